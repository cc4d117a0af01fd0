/// Runs of scalars, each kept once and found again by its text: their scalars back to back, each
/// run's hash, and open addressing over them. What `SearchHanRuns` (the runs a builder meets) and
/// `SearchLongGramRuns` (the runs whose grams are known) look their runs up in.
struct SearchRunTable {
    /// The runs' scalars: run r is `pool[starts[r] ..< starts[r + 1]]`.
    private var pool: [UInt32] = []
    private var starts: [Int] = [0]
    /// Each run's hash (`hash(_:)`).
    private(set) var hashes: [UInt64] = []
    /// Open addressing over the runs (-1: an empty slot).
    private var slots: [Int32]

    init(slots: Int = 1 << 8) {
        self.slots = [Int32](repeating: -1, count: slots)
    }

    var count: Int { hashes.count }

    /// Hash of a whole run.
    static func hash(_ run: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h = UInt64(run.count)
        for scalar in run { h = SearchLongGramTable.hash(h, scalar) }
        return h
    }

    func length(ofRun r: Int) -> Int { starts[r + 1] - starts[r] }

    /// Run `r`'s scalars.
    func withScalars<R>(ofRun r: Int, _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        pool.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[r]..<starts[r + 1]])) }
    }

    /// The number of `run` (whose hash is `h`), when it is kept.
    func find(_ run: UnsafeBufferPointer<UInt32>, hash h: UInt64) -> Int? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h >> 20) & mask
        while true {
            let r = Int(slots[i])
            if r < 0 { return nil }
            if hashes[r] == h && starts[r + 1] - starts[r] == run.count
                && pool.withUnsafeBufferPointer({ pool in (0..<run.count).allSatisfy { pool[starts[r] + $0] == run[$0] } }) {
                return r
            }
            i = (i + 1) & mask
        }
    }

    /// Keeps `run` (hash `h`, not kept yet); returns its number.
    mutating func add(_ run: UnsafeBufferPointer<UInt32>, hash h: UInt64) -> Int {
        hashes.append(h)
        pool.append(contentsOf: run)
        starts.append(pool.count)
        if hashes.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for r in hashes.indices { place(r) }
        } else {
            place(hashes.count - 1)
        }
        return hashes.count - 1
    }

    /// The number of `run`, kept now if it is new.
    mutating func index(_ run: UnsafeBufferPointer<UInt32>) -> Int {
        let h = Self.hash(run)
        return find(run, hash: h) ?? add(run, hash: h)
    }

    private mutating func place(_ r: Int) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hashes[r] >> 20) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(r)
    }
}
