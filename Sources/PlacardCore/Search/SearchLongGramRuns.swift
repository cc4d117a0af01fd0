/// The long grams each run of Han characters gave the first time it was collected, kept by
/// the run's text (`SearchLongGrams.Collector`). A site repeats its phrases on page after page
/// (at 10,000 articles of `tools/gen-corpus.py`, 1.3 million runs of 4 or more characters,
/// 26,000 of them different), so a run met again replays its grams' ids instead of hashing
/// and looking up each of its grams (about twelve a character) once more.
///
/// A run's grams are kept in the order the collector records them: for each start, its
/// lengths from the shortest that holds a common triple to the longest, so per start only
/// how many there are is kept. Holds at most `capacity` grams; a run that does not fit
/// is collected afresh each time it occurs, which gives the same grams.
struct SearchLongGramRuns {
    /// Gram ids of every kept run, back to back.
    private(set) var grams: [Int32] = []
    /// Per start of every kept run, back to back: how many grams start there.
    private(set) var perStart: [UInt8] = []
    /// The kept runs, by their text.
    private var table = SearchRunTable(slots: 1 << 10)
    /// Per kept run: where its grams and per-start counts begin.
    private var runs: [(grams: Int, starts: Int)] = []
    let capacity: Int

    /// 128 MB of gram ids at most: at 10,000 articles whose clauses vary (118,800 different runs) the
    /// runs need some 16 million; a run past the capacity costs its grams again at each occurrence.
    static let defaultCapacity = 1 << 25

    init(capacity: Int = defaultCapacity) {
        self.capacity = capacity
    }

    /// A run's grams: per start (`perStart[starts + p]` of them, p from 0), their ids in
    /// `grams` from `grams` on.
    struct Found {
        var grams: Int
        var starts: Int
        /// The run's index among those kept (in the order kept).
        var run: Int
        var length: Int
    }

    /// How many runs are kept.
    var count: Int { runs.count }

    /// Where kept run `r`'s grams are.
    func location(ofRun r: Int) -> Found {
        Found(grams: runs[r].grams, starts: runs[r].starts, run: r, length: table.length(ofRun: r))
    }

    /// Run `r`'s grams (as `add` was given them).
    func grams(ofRun r: Int) -> ArraySlice<Int32> {
        var total = 0
        for p in 0..<(table.length(ofRun: r) - 3) { total += Int(perStart[runs[r].starts + p]) }
        return grams[runs[r].grams..<(runs[r].grams + total)]
    }

    /// Where the grams of `run` (whose hash is `h`) are, when it is kept.
    func find(_ run: UnsafeBufferPointer<UInt32>, hash h: UInt64) -> Found? {
        table.find(run, hash: h).map(location(ofRun:))
    }

    /// Keeps `run` (hash `h`, not kept yet) with its grams: `perStart[p]` of them start at p,
    /// their ids in order in `grams`. Does nothing once `capacity` grams are kept; returns whether it kept the run.
    @discardableResult
    mutating func add(_ run: UnsafeBufferPointer<UInt32>, hash h: UInt64, perStart counts: ArraySlice<UInt8>, grams ids: [Int32]) -> Bool {
        guard grams.count + ids.count <= capacity else { return false }
        runs.append((grams.count, perStart.count))
        _ = table.add(run, hash: h)
        grams.append(contentsOf: ids)
        perStart.append(contentsOf: counts)
        return true
    }
}
