import Foundation
import Testing
@testable import PlacardCore

/// The shared tokenizer vectors (`Tests/vectors/search-tokenizer.json`), which the browser
/// tests run against `search-engine.js` too.
@Suite struct SearchVectorTests {
    struct Vectors: Decodable {
        struct Fold: Decodable { var input: String; var folded: String }
        struct Units: Decodable { var input: String; var units: [[Cell]]; var pairs: [String] }
        struct Chunk: Decodable { var units: [[Cell]]; var prefix: Bool }
        struct Query: Decodable { var input: String; var chunks: [Chunk] }
        var fold: [Fold]
        var units: [Units]
        var query: [Query]
    }

    /// A unit is written `[kind, text, offset, length]`.
    enum Cell: Decodable, Equatable {
        case text(String), number(Int)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .text(try c.decode(String.self)) }
        }
    }

    static let vectors: Vectors? = {
        let url = SearchTestSupport.repositoryRoot.appendingPathComponent("Tests/vectors/search-tokenizer.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Vectors.self, from: data)
    }()

    static func cells(_ units: [SearchUnit]) -> [[Cell]] {
        units.map { [.text($0.kind.rawValue), .text($0.text), .number($0.offset), .number($0.length)] }
    }

    @Test func vectorsLoad() throws {
        let v = try #require(Self.vectors)
        #expect(v.fold.count > 20 && v.units.count > 10 && v.query.count > 10)
    }

    @Test func folding() throws {
        let folder = SearchFolder()
        for v in try #require(Self.vectors).fold {
            #expect(folder.foldedString(v.input) == v.folded, "fold \(v.input.debugDescription)")
        }
    }

    @Test func unitsAndPairs() throws {
        for v in try #require(Self.vectors).units {
            let units = SearchTokenizer.units(v.input)
            #expect(Self.cells(units) == v.units, "units of \(v.input.debugDescription)")
            var pairs: [String] = []
            for k in 0..<max(0, units.count - 1) where units[k].offset + units[k].length == units[k + 1].offset {
                pairs.append(SearchTermKey.pair(units[k].text, units[k].kind, units[k + 1].text, units[k + 1].kind))
            }
            #expect(pairs == v.pairs, "pairs of \(v.input.debugDescription)")
        }
    }

    @Test func queryChunks() throws {
        for v in try #require(Self.vectors).query {
            let q = SearchQuery(v.input)
            #expect(q.chunks.map { Self.cells($0.units) } == v.chunks.map(\.units), "chunks of \(v.input.debugDescription)")
            #expect(q.chunks.map(\.prefix) == v.chunks.map(\.prefix), "prefix of \(v.input.debugDescription)")
        }
    }
}
