extension Int {
    /// The number in decimal with zeros in front, at least `width` digits: `String(format: "%0Nd")` for a
    /// number that is not negative (dates and times), without the cost of a format string (some 20,000
    /// instructions a call, and feeds and pages format every article's date).
    func zeroPadded(_ width: Int) -> String {
        let digits = String(self)
        return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
    }
}
