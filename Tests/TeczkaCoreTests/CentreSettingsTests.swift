import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// Issue 17: the centre's details in the settings (checked like every typed text), the case-number pattern, the
/// suggested case number of a new cooperation, and both in the export document.
@Suite("Centre settings and case numbers")
struct CentreSettingsTests {
    static let now = Date(timeIntervalSince1970: 1_795_338_000)  // 22.11.2026
    func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    func office(pattern: String = "AR.4011.{nr}.{rok}") throws -> (CaseFile, UserAccount) {
        let file = try CaseFile.test([], journal: MemoryJournal(), as: UserAccount.test("Ewa", .koordynator), clock: { Self.now })
        let anna = UserAccount.test("Anna Nowak", .asystent)
        try file.saveUser(anna)
        var settings = file.settings
        settings.centre.caseNumberPattern = pattern
        try file.saveSettings(settings)
        return (file, anna)
    }

    @discardableResult
    func cooperation(_ file: CaseFile, _ anna: UserAccount, _ start: String, _ number: String?, archived: Bool = false) throws -> Cooperation {
        let family = try file.saveFamily(Family(label: "Rodzina \(file.families.count)"))
        var cooperation = Cooperation(familyID: family.id, assistantID: anna.id, start: day(start), end: day(start), endReason: .celeOsiagniete,
                                      archived: archived)
        cooperation.caseNumber = number
        return try file.saveCooperation(cooperation, confirmed: true)
    }

    @Test("each field a single line within its limit; the pattern holds {nr} and no placeholder but {nr} and {rok}")
    func validation() {
        #expect(CentreDetails().validate().isEmpty)
        #expect(DemoData.centre.validate().isEmpty)
        #expect(CentreDetails(caseNumberPattern: "{nr}").validate().isEmpty)
        #expect(CentreDetails(caseNumberPattern: "AR.{rok}").validate() == [.caseNumberWithoutNumber])
        #expect(CentreDetails(caseNumberPattern: "AR.{nr}.{year}").validate() == [.unknownPlaceholder("{year}")])
        #expect(CentreDetails(caseNumberPattern: "AR.{nr}.{rok").validate() == [.unknownPlaceholder("{rok")])
        #expect(CentreDetails(caseNumberPattern: "AR.{nr}}").validate() == [.unknownPlaceholder("}")])
        #expect(CentreDetails(name: "MGOPS\nSiechnice").validate() == [.controlCharacters(.centreName)])
        #expect(CentreDetails(address: "ul. \u{1B}[31m").validate() == [.controlCharacters(.centreAddress)])
        #expect(CentreDetails(town: String(repeating: "x", count: 101)).validate() == [.tooLong(.centreTown, limit: 100)])
        #expect(CentreDetails(caseNumberPattern: String(repeating: "x", count: 57) + "{nr}").validate()
            == [.tooLong(.caseNumberPattern, limit: 60)])
        #expect(ValidationIssue.unknownPlaceholder("{x}").field == .caseNumberPattern)
    }

    @Test("saving refuses wrong details with every issue and saves nothing; details are saved trimmed")
    func saving() throws {
        let (file, _) = try office(pattern: "")
        var settings = file.settings
        settings.centre = CentreDetails(name: "A\tB", caseNumberPattern: "AR.{numer}")
        settings.caseloadCap = 0
        #expect(throws: ValidationFailure([.outOfRange(.caseloadCap, min: 1, max: 100), .controlCharacters(.centreName),
                                           .caseNumberWithoutNumber])) { try file.saveSettings(settings) }
        #expect(file.settings.centre.isEmpty && file.settings.caseloadCap == 15)
        settings = file.settings
        settings.centre = CentreDetails(name: " MGOPS ", town: "Siechnice ", caseNumberPattern: " AR.{nr}.{rok} ")
        try file.saveSettings(settings)
        #expect(file.settings.centre == CentreDetails(name: "MGOPS", town: "Siechnice", caseNumberPattern: "AR.{nr}.{rok}"))
    }

    @Test("a cooperation's case number: one line, at most 60 characters; an empty one is none")
    func cooperationNumber() throws {
        let (file, anna) = try office()
        let family = try file.saveFamily(Family(label: "Nowakowie"))
        var cooperation = Cooperation(familyID: family.id, assistantID: anna.id, start: day("2026-03-01"))
        cooperation.caseNumber = String(repeating: "7", count: 61)
        #expect(throws: ValidationFailure([.tooLong(.caseNumber, limit: 60)])) { try file.saveCooperation(cooperation) }
        cooperation.caseNumber = "AR.4011.1.2026\u{202E}"
        #expect(throws: ValidationFailure([.controlCharacters(.caseNumber)])) { try file.saveCooperation(cooperation) }
        cooperation.caseNumber = "  "
        #expect(try file.saveCooperation(cooperation).caseNumber == nil)
        cooperation.caseNumber = " AR.4011.1.2026 "
        #expect(try file.saveCooperation(cooperation).caseNumber == "AR.4011.1.2026")
    }

    @Test("the pattern formats and reads back numbers; other text does not fit")
    func numbering() throws {
        let numbering = try #require(CaseNumbering("AR.4011.{nr}.{rok}"))
        #expect(numbering.format(number: 12, year: 2026) == "AR.4011.12.2026")
        #expect(numbering.parse("AR.4011.12.2026")! == (12, 2026))
        #expect(numbering.parse("ar.4011.012.2026")! == (12, 2026))
        #expect(numbering.parse("AR.4011.12.26") == nil)
        #expect(numbering.parse("AR-4011-12-2026") == nil, "the dots are text, not any character")
        #expect(numbering.parse("sprawa 12") == nil)
        #expect(try #require(CaseNumbering("{nr}/{rok}/{nr}")).parse("3/2026/4") == nil)
        #expect(try #require(CaseNumbering("ZP-{nr}")).parse("ZP-5")! == (5, nil))
        #expect(CaseNumbering("") == nil && CaseNumbering("AR.{rok}") == nil)
    }

    @Test("the suggestion: one more than the year's highest number under the pattern, else one more than the year's cooperations")
    func suggestion() throws {
        let (file, anna) = try office()
        #expect(file.suggestedCaseNumber(start: day("2026-11-22")) == "AR.4011.1.2026")
        try cooperation(file, anna, "2026-01-10", nil)
        try cooperation(file, anna, "2026-02-10", "własny numer")
        // No number of 2026 fits the pattern: the cooperations of the year are counted.
        #expect(file.suggestedCaseNumber(start: day("2026-11-22")) == "AR.4011.3.2026")
        try cooperation(file, anna, "2026-03-10", "AR.4011.7.2026")
        try cooperation(file, anna, "2026-04-10", "AR.4011.4.2026", archived: true)
        try cooperation(file, anna, "2025-12-10", "AR.4011.15.2025")
        // The number's own year counts, not the start's: an entry of last year's register.
        try cooperation(file, anna, "2026-01-02", "AR.4011.9.2025")
        #expect(file.suggestedCaseNumber(start: day("2026-11-22")) == "AR.4011.8.2026")
        #expect(file.suggestedCaseNumber(start: day("2025-06-01")) == "AR.4011.16.2025")
        #expect(file.suggestedCaseNumber(start: day("2024-06-01")) == "AR.4011.1.2024")
        var settings = file.settings
        settings.centre.caseNumberPattern = ""
        try file.saveSettings(settings)
        #expect(file.suggestedCaseNumber(start: day("2026-11-22")) == nil)
        // A pattern without the year numbers within the start year.
        settings.centre.caseNumberPattern = "ZP-{nr}"
        try file.saveSettings(settings)
        try cooperation(file, anna, "2026-05-10", "ZP-4")
        #expect(file.suggestedCaseNumber(start: day("2026-11-22")) == "ZP-5")
        #expect(file.suggestedCaseNumber(start: day("2025-11-22")) == "ZP-2", "one cooperation started in 2025")
    }

    @Test("settings and cooperations written before issue 17 decode with an empty centre and no case number")
    func olderRecords() throws {
        let settings = #"{"catalogue":{"id":"siechnice","name":"x","problemsTitle":"p","entries":[]},"caseloadCap":15,"monitoringMonths":6,"notVisitedDays":30,"capByEmployment":true,"retentionYears":10}"#
        #expect(try JSONDecoder().decode(StoreSettings.self, from: Data(settings.utf8)).centre == CentreDetails())
        let partial = #"{"name":"MGOPS"}"#
        #expect(try JSONDecoder().decode(CentreDetails.self, from: Data(partial.utf8)) == CentreDetails(name: "MGOPS"))
        let cooperation = Cooperation(familyID: .make(), assistantID: .make(), start: day("2026-01-01"))
        let body = try DocumentCoding.encoder.encode(cooperation)
        #expect(!String(decoding: body, as: UTF8.self).contains("caseNumber"), "a cooperation without a number is written as before")
        #expect(try DocumentCoding.decoder.decode(Cooperation.self, from: body).caseNumber == nil)
    }

    @Test("the export carries the centre only when set (a default store's document is unchanged) and a new store gets it back")
    func transfer() throws {
        let plain = try JSONEncoder().encode(TransferSettings(StoreSettings()))
        #expect(!String(decoding: plain, as: UTF8.self).contains("centre"))
        let (file, anna) = try office()
        try cooperation(file, anna, "2026-03-10", "AR.4011.7.2026")
        let document = file.transferDocument()
        #expect(document.settings?.centre == file.settings.centre)
        let decoded = try TransferDocument.read(try document.encoded())
        #expect(decoded.storeSettings.centre == file.settings.centre)
        #expect(decoded.cooperations.map(\.caseNumber) == ["AR.4011.7.2026"])
    }

    @Test("demo data: a store with a pattern numbers its cooperations per year in order of start; nothing else changes")
    func demo() throws {
        func run(_ centre: CentreDetails) throws -> CaseFile {
            let file = try CaseFile.test([], journal: MemoryJournal(), as: UserAccount.test("Ewa", .koordynator,
                id: RecordID("00000000-0000-4000-8000-000000000002")), clock: { Self.now })
            try file.saveSettings(StoreSettings(centre: centre))
            try DemoData.populate(file, families: 60, seed: 5, today: file.today, years: 3)
            return file
        }
        let numbered = try run(DemoData.centre), plain = try run(CentreDetails())
        #expect(plain.cooperations.values.allSatisfy { $0.caseNumber == nil })
        var stripped = numbered.cooperations
        for id in stripped.keys { stripped[id]!.caseNumber = nil }
        #expect(stripped == plain.cooperations)
        #expect(numbered.visits.count == plain.visits.count && numbered.assessments == plain.assessments)
        let numbering = try #require(CaseNumbering(DemoData.centre.caseNumberPattern))
        for (year, cooperations) in Dictionary(grouping: numbered.cooperations.values, by: \.start.year) {
            let parsed = cooperations.map { (start: $0.start, number: numbering.parse($0.caseNumber!)!) }
            #expect(parsed.allSatisfy { $0.number.year == year })
            let byNumber = parsed.sorted { $0.number.number < $1.number.number }
            #expect(byNumber.map(\.number.number) == Array(1...cooperations.count))
            #expect(zip(byNumber, byNumber.dropFirst()).allSatisfy { $0.start <= $1.start }, "numbered in order of start")
        }
        // A second run goes on after the numbers already there.
        let before = numbering.highest(in: numbered.cooperations.values)
        try DemoData.populate(numbered, families: 5, seed: 6, today: numbered.today, years: 1)
        let after = numbering.highest(in: numbered.cooperations.values)
        let year = numbered.today.year
        #expect(after[year]! > before[year]!)
        #expect(Set(numbered.cooperations.values.compactMap(\.caseNumber)).count == numbered.cooperations.count)
    }
}
