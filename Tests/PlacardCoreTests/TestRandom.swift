/// A deterministic random number generator (xorshift), so that a test that samples its inputs
/// (queries, documents, Markdown) draws the same ones on every run and a failure repeats.
struct TestRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
