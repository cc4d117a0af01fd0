/// Constants of the index format, version 12 (described in `docs/search.md`).
///
/// What it bounds (`docs/search.md`, "Answering a query"): every query of 4 or more Chinese
/// characters downloads no more than about twice a two-character query's bytes. Term shards
/// are small (large postings live in list shards, large position blocks in position shards),
/// so learning a term's flags and count costs a small shard; a run of Han characters that is
/// not a long gram reads only the triples of a fixed cover (at 0, 3, 6, … and k − 3), whose
/// positions are inline when rare, and scores from them; a run longer than a long gram reads
/// its windows of `maxLongGram` characters, whose long grams carry positions.
public enum SearchIndexFormat {
    public static let version = 12
    public static let entryPath = "search-index.json"
    public static let folder = "search-index/"

    /// Caps on the number of files of each kind, whatever the size of the site.
    public static let maxTermShards = 2048
    public static let maxPositionShards = 2048
    /// Meta and body shards: a page of ten hits fetches up to ten of each, so they are kept to
    /// about ten documents on a large site (version 9: 2048 of each, before they were gzipped).
    /// Bodies are fetched only for a result whose summary shows no match: half as many shards.
    public static let maxMetaShards = 1024
    public static let maxBodyShards = 512
    public static let maxListShards = 1024
    /// Shards are cut before they pass this many bytes (unless the cap asks for larger ones);
    /// a larger single block or record has a shard of its own.
    /// A meta record is a few hundred bytes: sixteen make a shard of a few KB gzipped, and a page
    /// of ten hits still fetches little. A body is a few KB: four to a shard, which gzipped is
    /// about what two were before (version 9: two).
    static let minDocsPerMetaShard = 16
    static let minDocsPerBodyShard = 4
    /// 32 KB before gzip, some 12 KB after (version 9, not gzipped: 8 KB). Fewer files make a
    /// faster build; a query reads one term shard a term.
    static let termShardBytes = 32_768
    /// A term shard is cut where a family of keys starts (`SearchTermTable.termShards`), once
    /// it holds at least this share of `termShardBytes`.
    static let termShardFill = 0.75
    static let positionShardBytes = 16_384
    /// Postings longer than this go to a list shard of their own (flag 16) rather than the
    /// term record (while there are at most `maxListShards` of them; else the longest).
    static let inlinePostingsBytes = 2_048
    /// The positions of a pinyin triple or of a long gram of `maxLongGram` characters are
    /// inline (flag 32) up to this; a larger block (a phrase a thousand documents or more
    /// share) goes to a position shard, so that a shorter query, which reads the gram's
    /// postings only, does not fetch it with the record.
    static let inlinePositionBytes = 4_096

    /// Long grams (`SearchLongGrams`): runs of 4 up to this many Han characters, indexed when
    /// one of their triples is common (version 3: up to 8, when the first or last one was;
    /// versions 4 to 6: up to 16; 7 to 10: up to 64). Every run of 4 to 12 characters, the
    /// campaign's name (`全民数字素养与技能提升`, 11) and most names of organizers, reads one
    /// posting list; a longer one reads the positions of its windows of 12. The dictionary
    /// grows with the number of different runs times the grams a run gives, (L − 3)(L − 2)/2 for
    /// L up to the cap: with 64, sites whose clauses vary (`tools/gen-corpus.py`, which combines
    /// regions, organizers and activities) held 1.64 million long grams at 1,000 articles, and
    /// building them took most of the build (docs/benchmarks.md).
    static let maxLongGram = 12

    /// A join term's head whose table holds more tails than this lists them by how many
    /// documents name each (plain ordinals), so that most postings name theirs in one byte (an
    /// index under 64); a smaller table lists them ascending, as deltas.
    static let largeHeadTable = 64

    /// A triple of Han characters is common when its position block is over this: 4 KB, or on
    /// a small site (where every term costs a whole shard) a byte a document.
    static func commonTriplePositionBytes(documents: Int) -> Int { min(4_096, documents) }

    /// A language whose documents hold at most this many units in all (a site of a hundred
    /// short articles or so) keeps **every** run of 4 to `maxLongGram` Han characters as a long
    /// gram, and says so in its entry file (`everyRun`): there every term shard is a whole
    /// 8 KB, a two-character query reads one, and a run answered from its cover's triples
    /// would read one per triple. So a run reads the one shard where its gram is or would be.
    /// Some 2 to 3 grams a Han character of text that does not repeat itself, most of them
    /// references (flag 8).
    static let everyRunUnits = 150_000
    /// Up to this many units, every run is a long gram too when that adds at most
    /// `everyRunExtraGrams` grams a unit to those that hold a common triple (a site that
    /// repeats its sentences, whose runs are mostly long grams already); else the grams
    /// collected are cut back to those.
    static let everyRunTryUnits = 2_000_000
    static let everyRunExtraGrams = 0.1

    /// Term, list, meta and body shards are gzipped (`SearchGzip`, version 10): they shrink to
    /// between a half and a seventh. Position shards, mostly small numbers already packed as
    /// varints, would shrink by a fifth for more time than any other kind, and stay as they are.
    /// Each kind of shard has a folder of its own (version 12; before, one folder held them all).
    /// ext4 puts a folder's files in the folder's block group, and without a journal each new file
    /// there first steps over the inodes removed in the last minutes (CI and benchmarks remove the
    /// last build's output); folders are spread over block groups (`FileSystem.markTopFolder`).
    /// A build of 1,000 articles took 0.2 s less, one of 10,000 0.6 s (docs/benchmarks.md).
    public static func termShardPath(_ i: Int) -> String { "\(folder)t/\(i).bin.gz" }
    public static func positionShardPath(_ i: Int) -> String { "\(folder)p/\(i).bin" }
    public static func metaShardPath(_ i: Int) -> String { "\(folder)m/\(i).json.gz" }
    public static func bodyShardPath(_ i: Int) -> String { "\(folder)b/\(i).json.gz" }
    public static func listShardPath(_ i: Int) -> String { "\(folder)l/\(i).bin.gz" }

    /// Fields, in the order the builder lays them out.
    enum Field: Int, CaseIterable {
        case title = 0, summary, body, meta
    }

    /// BM25F: weights of the fields after the title, saturation and length normalization.
    static let summaryWeight = 3.0, metaWeight = 2.0, bodyWeight = 1.0
    static let k1 = 1.2
    static let b: [Double] = [0.5, 0.75, 0.75, 0.5]

    /// Offsets of one document's fields are laid end to end with this gap between them,
    /// so no pair and no phrase spans two fields.
    static let fieldGap = 8
}
