import Foundation
import Testing
import TeczkaCore
import TeczkaReports

/// `Tests/Fixtures/siechnice/siechnice.json` is the Siechnice fixture as a Teczka export, the file the end-to-end
/// test imports with `teczka import`. Record ids are random, so the file is not compared with `SiechniceFixture`
/// byte for byte; instead, imported, it must give the same tables. Regenerate it with
/// `TECZKA_WRITE_SIECHNICE=Tests/Fixtures/siechnice/siechnice.json swift test --filter SiechniceFileTests`.
@Suite("Siechnice fixture file")
struct SiechniceFileTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/siechnice/siechnice.json").path

    @Test("the committed export, imported into an empty store, gives the same three tables as the fixture")
    func importedFileMatchesFixture() throws {
        let fixture = try SiechniceFixture.make()
        if let target = ProcessInfo.processInfo.environment["TECZKA_WRITE_SIECHNICE"] {
            try fixture.transferDocument().encoded().write(to: URL(fileURLWithPath: target))
        }
        let data = try #require(FileManager.default.contents(atPath: Self.path), "missing \(Self.path)")
        let document = try TransferDocument.read(data)
        let head = try #require(document.users.first { $0.role == .koordynator })
        let imported = try CaseFile.preview(as: head, settings: document.storeSettings, clock: { SiechniceFixture.now })
        try imported.importDocument(document, fileName: "siechnice.json")
        for name in ["rodziny", "zakonczenia", "problemy"] {
            let report = try #require(ReportCatalog.named(name))
            let periods = name == "problemy" ? [ReportPeriod.asOf(SiechniceFixture.asOf)] : SiechniceFixture.periods
            let fromFile = report.table(ReportData(file: imported), periods: periods)
            let fromFixture = report.table(ReportData(file: fixture), periods: periods)
            #expect(fromFile == fromFixture, "\(name)")
        }
        #expect(ReportRenderer.render(ReportCatalog.named("rodziny")!.table(ReportData(file: imported), periods: SiechniceFixture.periods),
                                      as: .text) == ExpectedText.table3)
    }
}
