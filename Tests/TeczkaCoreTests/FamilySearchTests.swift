import Testing
@testable import TeczkaCore

/// Type to find compares folded UTF-8 bytes (issue 14: every key, over every family of a city centre).
@Suite("Type to find")
struct FamilySearchTests {
    @Test("a text matches where the pattern occurs whole: at the start, the end, after a false start, never past the end")
    func bytes() {
        func found(_ text: String, _ pattern: String) -> Bool {
            Array(text.utf8).withUnsafeBytes { t in Array(pattern.utf8).withUnsafeBytes { FamilySearch.contains(t, $0) } }
        }
        #expect(found("kowalska", "kow"))
        #expect(found("kowalska", "ska"))
        #expect(found("kowalska", "kowalska"))
        #expect(found("aaab", "aab"))
        #expect(!found("kowalska", "kowalskaa"))
        #expect(!found("kowalsk", "ska"))
        #expect(!found("", "a"))
        #expect(found("łucja\nwiśniewska", "wiś"))
        #expect(!found("nowak\nanna", "kan"))   // not across two lines (a line never holds "\n" in a pattern)
    }

    @Test("the indices of the texts that match, all of them for an empty query")
    func indices() {
        let texts = ["nowakowie\nnowa wies", "wisniewscy\nlucja wisniewska", "kowalscy"].map { Array($0.utf8) }
        #expect(FamilySearch.matches("", in: texts) == [0, 1, 2])
        #expect(FamilySearch.matches("  ", in: texts) == [0, 1, 2])
        #expect(FamilySearch.matches("Wiś", in: texts) == [1])
        #expect(FamilySearch.matches("NOWA", in: texts) == [0])
        #expect(FamilySearch.matches("scy", in: texts) == [1, 2])
        #expect(FamilySearch.matches("zielinscy", in: texts).isEmpty)
    }
}
