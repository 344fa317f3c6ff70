import Foundation
import Testing
@testable import TeczkaCore
@testable import TeczkaUI
import TeczkaReports

/// Issue 13: every screen's commands are declared once (`Command`), and the bar, the F9 menu, F1 help and
/// Docs/keys.md come from that declaration. These tests hold the declarations to the rules and the document to them.
@Suite("Keys declared once: rules, help, and Docs/keys.md")
struct KeysDocTests {
    /// Every screen with declared commands, by the id of its block in Docs/keys.md.
    static func screens(_ language: Language) throws -> [(id: String, commands: [Command], isList: Bool)] {
        let h = try ScreenHarness(language: language)
        let family = try h.addFamily("Wiśniewscy")
        let app = h.app
        let date = LocalDate(year: 2026, month: 5, day: 1)!
        let plan = PlanScreens.Draft(PlanVersion(familyID: family.id, cooperationID: .make(), date: date))
        let assessment = AssessmentScreens.Draft(Assessment(familyID: family.id, cooperationID: .make(), authorID: h.file.currentUser.id,
                                                            periodFrom: date, periodTo: date))
        let meeting = MeetingScreens.Draft(TeamMeeting(date: date))
        let lists: [(String, RecordListScreen)] = [
            ("cooperations", CooperationScreens.list(familyID: family.id, app: app)),
            ("problems", ProblemScreens.list(familyID: family.id, app: app)),
            ("plan", PlanScreens.list(familyID: family.id, app: app)),
            ("plan-goals", PlanScreens.goalList(plan, app: app)),
            ("plan-actions", PlanScreens.actionList(plan, app: app)),
            ("visits", VisitScreens.list(familyID: family.id, app: app)),
            ("placements", PlacementScreens.list(familyID: family.id, app: app)),
            ("timeline", TimelineScreen.screen(familyID: family.id, app: app)),
            ("assessments", AssessmentScreens.list(familyID: family.id, app: app)),
            ("assessment-progress", AssessmentScreens.progressList(assessment, goals: true, app: app)),
            ("todo", TodoScreen.screen(app: app)),
            ("review-queue", ReviewQueueScreen.screen(app: app)),
            ("meetings", MeetingScreens.list(app: app)),
            ("meeting-entries", MeetingScreens.entryList(meeting, app: app)),
            ("meeting-family-picker", MeetingScreens.familyPicker(meeting, app: app)),
            ("reports", ReportScreens.list(app: app)),
            ("exchange", ExchangeScreens.menu(app: app)),
            ("conflicts", ConflictScreens.list(app: app)),
            ("users", UsersScreen.screen(app: app)),
            ("employment", EmploymentScreen.screen(app.file!.currentUser.id, app: app)),
        ]
        let table = ReportTable(name: "rodziny", title: "Rodziny", rowHeader: "", columnGroups: [], rows: [])
        let viewers: [(String, [Command], Bool)] = [
            ("family-list", FamilyListScreen().commands(app), true), ("family-card", FamilyCardScreen(familyID: family.id).commands(app), false),
            ("review", ReviewScreen(assessmentID: .make()).commands(app), false),
            ("conflict-compare", ConflictScreen(recordID: .make()).commands(app), false),
            ("report-table", ReportViewScreen(table: table, findings: [], fileName: "raport").commands(app), false),
        ]
        return viewers + lists.map { ($0.0, $0.1.commands(app), true) }
    }

    /// The block of Docs/keys.md for one screen, in English (the document's language).
    static func block(_ id: String, _ commands: [Command]) -> String {
        var lines = ["<!-- commands: \(id) (generated from the code; see KeysDocTests) -->",
                     "| Keys | Command | What it does |", "|---|---|---|"]
        for command in commands {
            let keys = command.keyText.split(separator: ", ").map { "`\($0)`" }.joined(separator: ", ")
            lines.append("| \(keys) | \(command.label) | \(command.explanation ?? command.label) |")
        }
        return (lines + ["<!-- /commands -->"]).joined(separator: "\n")
    }

    static let docURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Docs/keys.md")

    @Test("lists take no letters as commands; each command has one F9 letter and a help line in both languages")
    func rules() throws {
        for language in [Language.pl, .en] {
            for (id, commands, isList) in try Self.screens(language) {
                let letters = commands.compactMap(\.menu)
                #expect(Set(letters).count == letters.count, "\(id): an F9 letter used twice: \(letters)")
                for command in commands {
                    #expect(command.menu != nil, "\(id): \(command.label) is not in the F9 menu")
                    #expect(command.explanation != nil, "\(id) (\(language)): \(command.label) has no help line")
                    if isList {
                        let typed = command.keys.filter { if case .character = $0 { true } else { false } }
                        #expect(typed.isEmpty, "\(id): a letter runs \(command.label); on a list letters search")
                    }
                }
            }
        }
    }

    @Test("F1 help lists every command with its keys, from the declaration")
    func helpFromDeclaration() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy")
        let screen = CooperationScreens.list(familyID: family.id, app: h.app)
        // The explanations line up in one column; compared with single spaces.
        let help = screen.helpLines(h.app).map { $0.split(separator: " ").joined(separator: " ") }
        #expect(help.contains("F8, F9 K zakończenie: data i jeden z pięciu powodów"))
        #expect(help.contains("F9 C zmiana kategorii rodziny od wskazanej daty"))
        let columns = Set(screen.helpLines(h.app).filter { $0.hasPrefix("  F") || $0.hasPrefix("  Esc") }.map { $0.firstRange(of: #/  [a-zńęó]/#)?.lowerBound.utf16Offset(in: $0) })
        #expect(columns.count == 1, "the explanations start in one column")
        #expect(!help.contains { $0.hasPrefix("  K ") }, "no key the screen does not have")
    }

    /// Set TECZKA_UPDATE_KEYS_DOC=1 to write the blocks into Docs/keys.md after changing a screen's commands.
    @Test("Docs/keys.md holds the generated table of every screen's commands")
    func document() throws {
        var doc = try String(contentsOf: Self.docURL, encoding: .utf8)
        var stale: [String] = []
        let screens = try Self.screens(.en)
        for (id, commands, _) in screens {
            let expected = Self.block(id, commands)
            guard let start = doc.range(of: "<!-- commands: \(id) "),
                  let end = doc.range(of: "<!-- /commands -->", range: start.upperBound..<doc.endIndex) else {
                Issue.record("Docs/keys.md has no block for \(id); add one:\n\(expected)")
                continue
            }
            if doc[start.lowerBound..<end.upperBound] != expected {
                stale.append(id)
                doc.replaceSubrange(start.lowerBound..<end.upperBound, with: expected)
            }
        }
        let known = Set(screens.map(\.id))
        let named = doc.components(separatedBy: "<!-- commands: ").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(Set(named).isSubset(of: known), "blocks for screens that do not exist: \(Set(named).subtracting(known))")
        if !stale.isEmpty, ProcessInfo.processInfo.environment["TECZKA_UPDATE_KEYS_DOC"] != nil {
            try doc.write(to: Self.docURL, atomically: true, encoding: .utf8)
        } else {
            #expect(stale.isEmpty, "Docs/keys.md is out of date for \(stale); run the test with TECZKA_UPDATE_KEYS_DOC=1")
        }
    }
}

@Suite("Type to find on every list")
struct ListSearchTests {
    @Test("letters on a list filter its rows and run nothing; Esc clears; nothing found is said; F9 lists the commands")
    func typeToFind() throws {
        let h = try ScreenHarness()
        try h.file.saveUser(UserAccount.test("Beata Lis", .asystent))
        try h.file.saveUser(UserAccount.test("Celina Dąbrowska", .asystent))
        h.press(.function(9), .character("u"))
        #expect(h.screen.contains("Beata Lis") && h.screen.contains("Celina Dąbrowska"))
        // R used to reset an account, H to change one's passphrase: now they are letters of a search.
        h.type("dabr")
        #expect(h.screen.contains("Szukaj: dabr"))
        let rows = h.screen.split(separator: "\n").dropFirst()   // the title bar names the user
        #expect(rows.contains { $0.contains("Celina Dąbrowska") } && !rows.contains { $0.contains("Beata Lis") || $0.contains("Anna Nowak") })
        h.press(.enter)
        #expect(h.screen.contains("Filtr „dabr”: 1 z 3. Esc czyści filtr."))
        h.press(.escape)
        #expect(h.screen.contains("Beata Lis") && h.screen.contains("Anna Nowak"))
        h.type("hr")
        #expect(h.screen.contains("Nic nie znaleziono dla „hr”. Esc czyści wyszukiwanie."))
        #expect(!h.screen.contains("Nowe hasło"), "no form opened")
        h.press(.escape, .function(9))
        #expect(h.screen.contains(" H  Moje hasło"))
        #expect(h.screen.contains(/N  Dodaj +F7/))
    }
}
