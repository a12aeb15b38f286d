@testable import PardazExtract
import Testing

/// The Persian first-name lists the tagger uses as features (Resources/gazetteer/persian-names.tsv).
@Suite("Gazetteer name lists")
struct GazetteerNameListsTests {
    static func codes(_ words: [String]) -> [UInt64] {
        NameLists.shipped.codes(keys: words.map(Gazetteer.key), language: "fa")
    }

    @Test func theShippedListsHaveBothTiersOfFirstNames() {
        // first: hand-made lists (code 1 begins, 2 inside); first-more: the large ones (3 begins, 6 inside).
        #expect(Self.codes(["محمد", "رضایی", "گفت"]) == [1, 3, 0])
        #expect(Self.codes(["ژانویه"]) == [0])
        #expect(!NameLists.shipped.isEmpty)
    }

    @Test func namesOfSeveralTokensAndLetterVariantsMatch() {
        let lists = NameLists(names: [("fa", .first, "عبد الله"), ("fa", .firstMore, "علي")])
        #expect(lists.codes(keys: ["آقای", "عبد", "الله", "و", "علی"].map(Gazetteer.key), language: "fa") == [0, 1, 2, 0, 3])
        #expect(lists.codes(keys: ["Ali"].map(Gazetteer.key), language: "en") == [0])
    }
}
