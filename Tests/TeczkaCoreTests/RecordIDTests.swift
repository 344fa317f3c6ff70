import Foundation
import Testing
@testable import TeczkaCore

/// Ids are kept compactly in memory (issue 14); what is written to files, digests and signatures must not change.
@Suite("Record ids")
struct RecordIDTests {
    @Test("an id gives back exactly the text it was made from, canonical or not")
    func roundTrip() throws {
        let texts = ["0d10d56e-89b2-4785-ba81-6349e94720d2", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                     "00000000-0000-0000-0000-000000000000", "settings", "",
                     // Not canonical: uppercase, braces, a missing hyphen, two parents joined, one character off.
                     "0D10D56E-89B2-4785-BA81-6349E94720D2", "{0d10d56e-89b2-4785-ba81-6349e94720d2}",
                     "0d10d56e89b2-4785-ba81-6349e94720d2x", "0d10d56e-89b2-4785-ba81-6349e94720d2,8fed58a5-d141-4391-b078-8c272a3c24c2",
                     "0d10d56e-89b2-4785-ba81-6349e94720dg", "żółw-89b2-4785-ba81-6349e94720d2"]
        for text in texts {
            let id = RecordID(text)
            #expect(id.raw == text)
            #expect(id.description == text)
            let json = try JSONEncoder().encode([id])
            #expect(String(decoding: json, as: UTF8.self) == "[\"\(text.replacingOccurrences(of: "/", with: "\\/"))\"]")
            #expect(try JSONDecoder().decode([RecordID].self, from: json) == [id])
        }
        #expect(RecordID("0d10d56e-89b2-4785-ba81-6349e94720d2").short == "0d10d56e")
    }

    @Test("new ids are lowercase UUIDs, all different")
    func newIDs() {
        let ids = (0..<1_000).map { _ in RecordID.make() }
        #expect(Set(ids).count == 1_000)
        for id in ids.prefix(50) {
            #expect(id.raw == id.raw.lowercased())
            #expect(UUID(uuidString: id.raw) != nil)
            #expect(RecordID(id.raw) == id)
            #expect(RecordID(id.raw).hashValue == id.hashValue)
        }
    }

    @Test("equality and order are those of the text, across both forms")
    func orderAndEquality() {
        let texts = (0..<200).map { _ in UUID().uuidString.lowercased() }
            + ["settings", "a", "zzz", "0", "ffffffff-ffff-ffff-ffff-fffffffffffg", "00000000-0000-0000-0000-00000000000"]
        let ids = texts.map(RecordID.init)
        #expect(ids.sorted().map(\.raw) == texts.sorted())
        for (a, ta) in zip(ids, texts).prefix(40) {
            for (b, tb) in zip(ids, texts) {
                #expect((a == b) == (ta == tb))
                #expect((a < b) == (ta < tb))
            }
        }
        // The uppercase spelling of an id is another id, as it always was.
        #expect(RecordID(texts[0].uppercased()) != RecordID(texts[0]))
    }
}


@Suite("Record ids as bytes")
struct RecordIDBytesTests {
    @Test("the bytes written for an id are its text's UTF-8, canonical or not")
    func bytes() {
        for text in ["0d10d56e-89b2-4785-ba81-6349e94720d2", "settings", "", "Ząb", "a,b", UUID().uuidString.lowercased()] {
            var out: [UInt8] = [7]
            RecordID(text).appendUTF8(to: &out)
            #expect(out == [7] + Array(text.utf8))
            #expect(RecordID(text).utf8Count == text.utf8.count)
        }
    }
}
