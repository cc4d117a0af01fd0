extension SearchFolder {
    /// Folds `text` into the front of `buffer` (grown as needed), scalar by scalar as
    /// `fold(_:into:)` does; returns the scalar count. It decodes the UTF-8 itself and writes
    /// into the buffer's memory: the index builders fold every document's text, and an append
    /// per scalar cost more than the folding. `expansion` is scratch for scalars that fold to
    /// several.
    func fold(_ text: String, into buffer: inout [Unicode.Scalar], expansion: inout [Unicode.Scalar]) -> Int {
        var text = text
        let capacity = text.utf8.count * 2 + 32
        if buffer.count < capacity { buffer = [Unicode.Scalar](repeating: " ", count: capacity) }
        var m = 0
        var overflow = false
        text.withUTF8 { bytes in
            Self.withSimplifiedBMP { simplified in Self.punctuation.withUnsafeBufferPointer { punctuation in
            buffer.withUnsafeMutableBufferPointer { out in
                let n = bytes.count
                var i = 0
                while i < n {
                    // A String's UTF-8 is valid: lead byte, then its continuation bytes.
                    let b0 = UInt32(bytes[i])
                    if b0 < 0x80 {
                        out[m] = Unicode.Scalar(b0 >= 0x41 && b0 <= 0x5A ? b0 + 0x20 : b0).unsafelyUnwrapped
                        m += 1
                        i += 1
                        continue
                    }
                    let v = UTF8Scalar.value(in: bytes, at: &i)
                    let s = Unicode.Scalar(v).unsafelyUnwrapped
                    if v >= 0x3400 && v <= 0x9FFF && (v >= 0x4E00 || v <= 0x4DBF) {
                        // `foldHan`, with its table read once a text.
                        let folded = simplified[Int(v - 0x3400)]
                        out[m] = folded == 0 ? s : Unicode.Scalar(folded).unsafelyUnwrapped
                        m += 1
                        continue
                    }
                    if let place = Self.punctuationPlace(v), punctuation[place] != 0 {
                        out[m] = Unicode.Scalar(punctuation[place]).unsafelyUnwrapped
                        m += 1
                        continue
                    }
                    expansion.removeAll(keepingCapacity: true)
                    fold(s, into: &expansion)
                    guard m + expansion.count <= out.count else { overflow = true; break }
                    for x in expansion {
                        out[m] = x
                        m += 1
                    }
                }
            } } }
        }
        if overflow {
            // Folding grew the text more than twice (long compatibility decompositions).
            buffer = fold(text)
            return buffer.count
        }
        return m
    }

    /// How many scalars `fold(text)` gives, when `text` has no scalar at or above U+2E80 (the
    /// first that may fold to a Han character; `SearchBuildFastPathTests` checks every one below):
    /// then the folding holds no Han character and a reader of Han runs can skip it. Nil when the
    /// text has such a scalar. An English text is counted without folding its ASCII.
    func hanFreeFoldedCount(_ text: String, expansion: inout [Unicode.Scalar]) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var count = 0, i = 0
            let n = bytes.count
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    count += 1
                    i += 1
                    continue
                }
                // U+2E80 is E2 BA 80.
                guard b0 < 0xE2 || (b0 == 0xE2 && bytes[i + 1] < 0xBA) else { return nil }
                let v = UTF8Scalar.value(in: bytes, at: &i)
                expansion.removeAll(keepingCapacity: true)
                fold(Unicode.Scalar(v).unsafelyUnwrapped, into: &expansion)
                count += expansion.count
            }
            return count
        }
    }
}
