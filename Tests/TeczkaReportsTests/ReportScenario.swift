import Foundation
import TeczkaCore
@testable import TeczkaReports

func d(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

/// A small case file for one counting rule at a time: a coordinator's file, "today" 15.01.2026, one assistant.
struct ReportScenario {
    static let now = Date(timeIntervalSince1970: 1_768_435_200)  // 15.01.2026
    let file: CaseFile
    let assistant = UserAccount.test("Anna Nowak", .asystent)

    init(settings: StoreSettings? = nil) throws {
        file = try CaseFile.test([], journal: MemoryJournal(), as: UserAccount.test("Ewa", .koordynator),
                            clock: { Self.now })
        try file.saveUser(assistant)
        if let settings { try file.saveSettings(settings) }
    }

    /// A family with parents and children born on the given dates (nil: no birth date).
    @discardableResult
    func family(_ label: String, adults: [LocalDate?] = [d("1985-01-01")], children: [LocalDate?] = []) throws -> RecordID {
        let family = try file.saveFamily(Family(label: label))
        for birth in adults { try file.saveMember(Member(familyID: family.id, firstName: "Rodzic", lastName: label, birthDate: birth, role: .rodzic)) }
        for birth in children { try file.saveMember(Member(familyID: family.id, firstName: "Dziecko", lastName: label, birthDate: birth, role: .dziecko)) }
        return family.id
    }

    @discardableResult
    func cooperate(_ family: RecordID, _ start: String, _ end: String? = nil, reason: EndReason? = nil,
                   category: FamilyCategory = .problemowa, by assistant: RecordID? = nil,
                   referral: ReferralBasis = .wniosekPracownika) throws -> Cooperation {
        var cooperation = Cooperation(familyID: family, assistantID: assistant ?? self.assistant.id, referral: referral,
                                      referralReference: referral == .postanowienieSadu ? "III Nsm 1/25" : "", start: d(start),
                                      category: category, end: end.map(d), endReason: end == nil ? nil : reason ?? .celeOsiagniete)
        cooperation.monitoringMonths = 6
        return try file.saveCooperation(cooperation, confirmed: true)
    }

    func data(assistant: RecordID? = nil) -> ReportData { ReportData(file: file, assistant: assistant) }

    func table(_ name: String, _ periods: [ReportPeriod], assistant: RecordID? = nil) -> ReportTable {
        ReportCatalog.named(name)!.table(data(assistant: assistant), periods: periods)
    }

    /// The numbers of one row, for comparing with expected figures.
    func numbers(_ name: String, _ periods: [ReportPeriod], row: String, assistant: RecordID? = nil) -> [Int] {
        let table = table(name, periods, assistant: assistant)
        return (table.allRows.first { $0.label == row }?.cells ?? []).map { Int($0.number ?? -1) }
    }
}
