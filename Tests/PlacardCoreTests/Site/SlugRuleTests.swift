import Foundation
import Testing
@testable import PlacardCore

/// `Identifier.isValidSlug` decides ASCII itself; it must agree with the letters and digits of
/// `CharacterSet` it used for every scalar.
@Suite struct SlugRuleTests {
    static func reference(_ slug: String) -> Bool {
        guard !slug.isEmpty, !slug.hasPrefix("."), !slug.contains(".."), !slug.contains("/"), !slug.contains("\\") else { return false }
        return slug.unicodeScalars.allSatisfy {
            CharacterSet.letters.contains($0) || CharacterSet.decimalDigits.contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }

    @Test func everyASCIIScalarAndSomeOthersAsBefore() {
        let others: [Unicode.Scalar] = ["é", "数", "字", "ａ", "１", "٣", "　", "，", "—", "ß", "\u{301}", "😀"]
        for scalar in (0..<128).compactMap(Unicode.Scalar.init) + others {
            let slug = "a" + String(Character(scalar)) + "b"
            #expect(Identifier.isValidSlug(slug) == Self.reference(slug), "\(scalar.value)")
        }
        #expect(Identifier.isValidSlug("phone-class_2024.v2"))
        #expect(Identifier.isValidSlug("数字素养"))
        #expect(!Identifier.isValidSlug("phone class"))
    }
}
