import Foundation

/// Host names past ASCII as browsers send them: each such label as `xn--` and its Punycode (RFC 3492),
/// so `数字.政务.cn` is `xn--p8sv8u.xn--zfr164b.cn`.
enum Punycode {
    /// `host` with each label past ASCII encoded; labels are lowercased first, and a Chinese full stop
    /// (`。`, `．`, `｡`) separates labels as `.` does (UTS #46). An ASCII host is only lowercased.
    static func host(_ host: String) -> String {
        let stops: Set<Character> = [".", "。", "．", "｡"]
        let labels = host.precomposedStringWithCanonicalMapping.lowercased().split(omittingEmptySubsequences: false) { stops.contains($0) }
        return labels.map { label in
            label.unicodeScalars.allSatisfy(\.isASCII) ? String(label) : "xn--" + encode(String(label))
        }.joined(separator: ".")
    }

    /// The Punycode of `text` (RFC 3492 §6.3), without the `xn--` prefix.
    static func encode(_ text: String) -> String {
        let base = 36, tMin = 1, tMax = 26
        let input = text.unicodeScalars.map { Int($0.value) }
        var output = String(String.UnicodeScalarView(text.unicodeScalars.filter(\.isASCII)))
        let basic = output.unicodeScalars.count
        var handled = basic
        if basic > 0 { output += "-" }
        var n = 128, delta = 0, bias = 72
        func digit(_ d: Int) -> Character { Character(Unicode.Scalar(UInt8(d < 26 ? d + 97 : d + 22))) }
        while handled < input.count {
            let next = input.filter { $0 >= n }.min()!
            delta += (next - n) * (handled + 1)
            n = next
            for code in input {
                if code < n { delta += 1 }
                guard code == n else { continue }
                var q = delta
                var k = base
                while true {
                    let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                    if q < t { break }
                    output.append(digit(t + (q - t) % (base - t)))
                    q = (q - t) / (base - t)
                    k += base
                }
                output.append(digit(q))
                bias = adapt(delta, points: handled + 1, first: handled == basic)
                delta = 0
                handled += 1
            }
            delta += 1
            n += 1
        }
        return output
    }

    /// The bias adaptation function of RFC 3492 §6.1.
    private static func adapt(_ delta: Int, points: Int, first: Bool) -> Int {
        var delta = first ? delta / 700 : delta / 2
        delta += delta / points
        var k = 0
        while delta > 455 {  // ((base - tMin) * tMax) / 2
            delta /= 35
            k += 36
        }
        return k + (36 * delta) / (delta + 38)
    }
}
