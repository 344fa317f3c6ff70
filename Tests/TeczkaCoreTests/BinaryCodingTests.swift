import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// The compact encoding of checkpoints gives back every document of every kind exactly; anything cut or altered is
/// refused, never half-read.
@Suite("Binary coding of documents")
struct BinaryCodingTests {
    @Test("every document of a demo store comes back the same, byte for byte in JSON")
    func roundTrip() throws {
        let file = try CaseFile.test(journal: MemoryJournal(), as: UserAccount.test("Anna Nowak", .koordynator))
        try DemoData.populate(file, families: 6, seed: 3, today: file.today, years: 2)
        var kinds = Set<RecordKind>()
        for (id, history) in file.revisions {
            let kind = history[0].kind
            let document = try #require(kind.traits.current(file, id))
            let writer = BinaryWriter()
            try kind.traits.encodeBinary(document, writer)
            let back = try writer.bytes.withUnsafeBytes { try kind.traits.decodeBinary($0) }
            #expect(try DocumentCoding.encoder.encode(back) == (try DocumentCoding.encoder.encode(document)) as Data)
            kinds.insert(kind)
        }
        #expect(kinds.isSuperset(of: [.family, .member, .cooperation, .problem, .planVersion, .visit, .assessment, .user]))
    }

    @Test("a document cut short or with a byte too many does not decode")
    func truncated() throws {
        let visit = Visit(familyID: .make(), assistantID: .make(), date: LocalDate(year: 2025, month: 3, day: 4)!, notes: "Rozmowa o budżecie.")
        let writer = BinaryWriter()
        try RecordKind.visit.traits.encodeBinary(visit, writer)
        let bytes = writer.bytes
        #expect(throws: (any Error).self) { try Array(bytes.dropLast()).withUnsafeBytes { try RecordKind.visit.traits.decodeBinary($0) } }
        #expect(throws: (any Error).self) { try (bytes + [0]).withUnsafeBytes { try RecordKind.visit.traits.decodeBinary($0) } }
    }
}
