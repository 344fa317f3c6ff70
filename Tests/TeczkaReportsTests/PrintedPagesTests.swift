import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaReports

/// Issue 17: each case printout, printed by Chromium, is A4; every page carries the centre, the case number, the
/// family and "Strona X z Y"; no page holds only the places to sign — with a plan of 40 actions and documents whose
/// text ends near the foot of a page.
@Suite("Printouts on A4 paper", .serialized)
struct PrintedPagesTests {
    static let now = Date(timeIntervalSince1970: 1_795_338_000)  // 22.11.2026
    static let centre = CentreDetails(name: "Miejsko-Gminny Ośrodek Pomocy Społecznej w Siechnicach",
                                      address: "ul. Jana Pawła II 12, 55-011 Siechnice", town: "Siechnice",
                                      caseNumberPattern: "AR.4011.{nr}.{rok}")

    /// A centre with its settings, an assistant and a family in cooperation since May 2026 (case AR.4011.7.2026).
    final class Scene {
        let journal = MemoryJournal()
        let assistant = UserAccount.test("Anna Nowak", .asystent)
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        let headFile: CaseFile
        let family: Family
        let mother: Member
        let father: Member
        let cooperation: Cooperation

        init() throws {
            headFile = try CaseFile.test([], journal: journal, as: head, clock: { PrintedPagesTests.now })
            try headFile.saveUser(assistant)
            var settings = headFile.settings
            settings.centre = PrintedPagesTests.centre
            try headFile.saveSettings(settings)
            family = try headFile.saveFamily(Family(label: "Wiśniewscy", address: "ul. Polna 3", locality: "Siechnice"))
            mother = try headFile.saveMember(Member(familyID: family.id, firstName: "Marta", lastName: "Wiśniewska",
                                                    birthDate: LocalDate(year: 1988, month: 7, day: 14)))
            father = try headFile.saveMember(Member(familyID: family.id, firstName: "Jan", lastName: "Wiśniewski",
                                                    birthDate: LocalDate(year: 1986, month: 2, day: 1)))
            var opened = Cooperation(familyID: family.id, assistantID: assistant.id, start: LocalDate(year: 2026, month: 5, day: 1)!)
            opened.caseNumber = "AR.4011.7.2026"
            cooperation = try headFile.saveCooperation(opened)
            try headFile.recordProblems(familyID: family.id, codes: ["A1", "A14"], identified: LocalDate(year: 2026, month: 5, day: 2)!, source: .wywiad)
        }

        var assistantFile: CaseFile {
            get throws { try CaseFile.test(journal.revisions, journal: journal, as: assistant, clock: { PrintedPagesTests.now }) }
        }

        /// A plan version with `actions` actions, signed by the mother only.
        func plan(actions: Int) throws -> PrintedDocument {
            let file = try assistantFile
            var plan = try #require(file.draftNextPlanVersion(of: cooperation.id, on: LocalDate(year: 2026, month: 11, day: 1)!))
            let problems = file.problems.values.map(\.id).sorted()
            plan.goals = (1...3).map { n in
                PlanGoal(text: "Cel \(n): spójne zasady wychowawcze i rytm dnia dzieci", problemIDs: problems,
                         deadline: LocalDate(year: 2027, month: n, day: 28), expectedEffect: "Rodzice stosują ustalone zasady.")
            }
            plan.actions = (1...max(1, actions)).map { n in
                PlanAction(text: "Działanie \(n): spotkanie z pedagogiem szkolnym i omówienie postępów dziecka w nauce",
                           who: n % 2 == 0 ? "matka" : "asystent rodziny", deadline: LocalDate(year: 2027, month: 1 + n % 12, day: 15))
            }
            plan.signatures = [Signature(memberID: mother.id, date: LocalDate(year: 2026, month: 11, day: 2)!)]
            let saved = try file.savePlanVersion(plan)
            return try #require(PrintedPlan.document(saved.id, in: file))
        }

        /// An approved assessment whose situation runs to `paragraphs` paragraphs.
        func assessment(paragraphs: Int) throws -> PrintedDocument {
            let file = try assistantFile
            var a = try file.assessmentDraft(forCooperation: cooperation.id, on: LocalDate(year: 2026, month: 11, day: 1)!)
            a.situation = (1...paragraphs).map { n in "Akapit \(n). Matka pracuje na pół etatu, ojciec szuka pracy." }
                .joined(separator: "\n")
            a.children = "Dzieci uczęszczają do szkoły regularnie."
            a.cooperationText = "Rodzina współpracuje, dotrzymuje terminów spotkań."
            a.recommendation = .kontynuacja
            for i in a.goals.indices { a.goals[i].comment = "Realizowany zgodnie z planem." }
            for i in a.problems.indices { a.problems[i].comment = "Bez zmian w okresie oceny." }
            try file.saveAssessment(a)
            try file.act(.pass, on: a.id)
            let head = try CaseFile.test(journal.revisions, journal: journal, as: self.head, clock: { PrintedPagesTests.now })
            try head.act(.approve, on: a.id)
            return try #require(PrintedAssessment.document(a.id, in: head))
        }
    }

    /// The lines a page may hold besides the text: the header, the foot, the status line and the places to sign.
    static func isFrame(_ line: String, _ document: PrintedDocument) -> Bool {
        let head = document.letterhead
        if line.hasPrefix("Strona ") || line.contains(head.printedLine) || line.contains("Nr sprawy:") { return true }
        if !document.status.isEmpty && document.status.contains(line) { return true }
        if line.contains("data i podpis") || line.contains("podpisano ") { return true }
        return document.signatures.contains { line.contains($0.label) || $0.label.contains(line) }
    }

    /// A4; every page has the header and its number; no page is only signatures.
    static func checkPages(_ document: PrintedDocument, name: String, family: Bool = true) throws -> Int {
        let pdf = try PDFPages.render(document.render(.html), name: name)
        #expect(pdf.paper.contains("(A4)"), "\(name): \(pdf.paper)")
        for (index, page) in pdf.pages.enumerated() {
            let lines = PDFPages.lines(page)
            let joined = lines.joined(separator: " ")
            #expect(joined.contains("Strona \(index + 1) z \(pdf.pages.count)"), "\(name), page \(index + 1):\n\(page)")
            #expect(joined.contains("Miejsko-Gminny Ośrodek Pomocy Społecznej w Siechnicach"), "\(name), page \(index + 1):\n\(page)")
            if family {
                #expect(joined.contains("Nr sprawy: AR.4011.7.2026") && joined.contains("Rodzina: Wiśniewscy"),
                        "\(name), page \(index + 1):\n\(page)")
            }
            let text = lines.filter { !isFrame($0, document) }
            #expect(!text.isEmpty, "\(name): page \(index + 1) of \(pdf.pages.count) holds only signature lines:\n\(page)")
        }
        #expect(pdf.pages[0].contains("Siechnice, dnia 22 listopada 2026 r."), "\(name): \(pdf.pages[0])")
        return pdf.pages.count
    }

    @Test("a plan of 40 actions: A4, the header and the page number on every page, signatures with the end of the text")
    func longPlan() throws {
        let scene = try Scene()
        let document = try scene.plan(actions: 40)
        let pages = try Self.checkPages(document, name: "plan-40")
        #expect(pages >= 3)
        let html = document.render(.html)
        // The mother signed already: her signature is printed with its date, not as a blank line.
        #expect(html.contains("Członek rodziny: Marta Wiśniewska<br><small>podpisano 02.11.2026</small>"))
        #expect(html.contains("<div class=\"line\"></div>Członek rodziny: Jan Wiśniewski<br><small>data i podpis</small>"))
    }

    @Test("plans and assessments of every length up to a few pages never leave the signatures alone on a page")
    func lengths() throws {
        let scene = try Scene()
        // A step smaller than the signatures' height: one of the lengths ends the text just above a page's foot.
        for actions in stride(from: 2, through: 26, by: 2) {
            _ = try Self.checkPages(try scene.plan(actions: actions), name: "plan-\(actions)")
        }
        for paragraphs in stride(from: 10, through: 34, by: 2) {
            _ = try Self.checkPages(try Scene().assessment(paragraphs: paragraphs), name: "ocena-\(paragraphs)")
        }
    }

    @Test("a meeting protocol and a person's data: A4, the centre and the page number on every page, signers named")
    func meetingAndPerson() throws {
        let scene = try Scene()
        let others = try (1...12).map { n in try scene.headFile.saveFamily(Family(label: "Rodzina \(n)", locality: "Siechnice")) }
        let entries = ([scene.family] + others).map {
            MeetingEntry(familyID: $0.id, remarks: "Plan wymaga aktualizacji po ocenie okresowej; rodzina realizuje większość działań.",
                         recommendations: "Kontynuować współpracę, rozważyć skierowanie do terapeuty.")
        }
        let meeting = try scene.headFile.saveMeeting(TeamMeeting(date: LocalDate(year: 2026, month: 11, day: 20)!,
                                                                 participants: "Ewa Kierownik, Anna Nowak", entries: entries,
                                                                 place: "Siedziba ośrodka, sala 12", chair: "Ewa Kierownik"))
        let printedProtocol = try #require(PrintedMeeting.document(meeting.id, in: scene.headFile))
        _ = try Self.checkPages(printedProtocol, name: "protokol", family: false)
        let text = printedProtocol.render(.text)
        #expect(text.contains("Miejsce: Siedziba ośrodka, sala 12"))
        #expect(text.contains("Prowadzący(a): Ewa Kierownik"))
        #expect(text.contains("Protokołował(a): Ewa Kierownik"))
        #expect(text.contains("Prowadzący(a) posiedzenie: Ewa Kierownik"))
        let person = try #require(PrintedPerson.document(scene.mother.id, in: scene.headFile, on: scene.headFile.today))
        _ = try Self.checkPages(person, name: "osoba", family: false)
    }

    @Test("text from the file cannot break out of the page's header: a family named with quotes and a style tag")
    func hostileHeader() throws {
        let head = Letterhead(centre: PrintedPagesTests.centre, caseNumber: "AR\"; } body { display: none",
                              family: "</style><script>alert(1)</script>\\", printedOn: LocalDate(year: 2026, month: 11, day: 22)!)
        let css = PrintedDocument.pageStyle(head, title: "T")
        #expect(!css.contains("</style>") && !css.contains("\"; }") && !css.contains("<script>"))
        #expect(css.contains("content: \"Miejsko\\2d Gminny Ośrodek Pomocy Społecznej w Siechnicach \\b7  Nr sprawy\\3a  AR\\22 \\3b  \\7d  body"))
    }
}
