/// The sort of a language's dictionary by key, on every core, without copying a term.
extension SearchTermTable {
    /// The terms of `parts`, taken one after another as one list, sorted by key (`SearchTermKey.less`),
    /// stably. Small entries (`KeyChunk`) are sorted, and then each term is copied once from its part
    /// to its place, both on every core: the parts are not appended to one another first, so that
    /// no third array of every term is made (the build's peak of memory may be here, at 10,000 articles).
    static func sortedByKey(_ parts: [[Term]]) -> [Term] {
        parts.withUnsafeBufferPointer { parts in TermParts.with(parts) { Self.sorted($0) } }
    }

    private static func sorted(_ terms: TermParts) -> [Term] {
        let count = terms.count
        var entries = [KeyChunk](repeating: KeyChunk(chunk: 0, index: 0), count: count)
        entries.withUnsafeMutableBufferPointer { entries in
            let shared = Shared(entries.baseAddress)
            Parallel.forEach(steps(count)) { s in
                for k in step(s, of: count) { shared.base![k] = KeyChunk(key: terms[k].pointee.key, index: k) }
            }
            KeyChunk.sort(entries, terms: terms)
        }
        // Place k takes the term of entry k (thirty-two bytes with nothing to retain: a copy is a move).
        return [Term](unsafeUninitializedCapacity: count) { buffer, initialized in
            entries.withUnsafeMutableBufferPointer { entries in
                let (places, order) = (Shared(buffer.baseAddress), Shared(entries.baseAddress))
                Parallel.forEach(steps(count)) { s in
                    for k in step(s, of: count) {
                        (places.base! + k).initialize(to: terms[Int(order.base![k].index)].pointee)
                    }
                }
            }
            initialized = count
        }
    }

    /// Parts of terms read as one list: term `index` of the list is in the part whose range of
    /// indices holds it. `@unchecked Sendable`: the workers of `sorted` only read the terms.
    struct TermParts: @unchecked Sendable {
        private var bases: [UnsafePointer<Term>] = []
        /// Where each part starts in the list, and its end.
        private var offsets = [0]

        var count: Int { offsets.last! }

        subscript(index: Int) -> UnsafePointer<Term> {
            var part = 0
            while offsets[part + 1] <= index { part += 1 }
            return bases[part] + (index - offsets[part])
        }

        /// `body` of the parts, whose storage stays in place until it returns.
        static func with<Result>(_ parts: UnsafeBufferPointer<[Term]>, _ body: (TermParts) -> Result) -> Result {
            func nest(_ k: Int, _ terms: TermParts) -> Result {
                guard k < parts.count else { return body(terms) }
                return parts[k].withUnsafeBufferPointer { part in
                    guard let base = part.baseAddress, part.count > 0 else { return nest(k + 1, terms) }
                    var terms = terms
                    terms.bases.append(base)
                    terms.offsets.append(terms.count + part.count)
                    return nest(k + 1, terms)
                }
            }
            return nest(0, TermParts())
        }
    }

    /// The work of `sorted` on every core goes a step of 4,096 places at a time.
    private static func steps(_ count: Int) -> Int { (count + 4095) / 4096 }
    private static func step(_ s: Int, of count: Int) -> Range<Int> { (s * 4096)..<min(count, (s + 1) * 4096) }

    /// A buffer shared by the workers of `sorted`, a step of its places each: each place is
    /// written by one worker.
    private struct Shared<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>?

        init(_ base: UnsafeMutablePointer<Element>?) { self.base = base }
    }
}
