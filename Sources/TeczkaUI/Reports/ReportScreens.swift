import TeczkaCore
import TeczkaReports

/// Reports (F9 `R` on the family list): the list of reports, the period form, and the table on screen with its
/// completeness findings, saved to `wydruki/` in any format.
enum ReportScreens {
    static func list(app: App) -> RecordListScreen {
        let screen = RecordListScreen(
            heading: { $0.strings.report.title },
            columns: { $0.strings.report.columns },
            rows: { app in
                guard let file = app.file else { return [] }
                return ReportCatalog.available(for: file).map { .init(id: RecordID($0.name), text: fit($0.name, 17) + " " + $0.title) }
            },
            details: { id, _ in ReportCatalog.named(id.raw).map { [$0.title, $0.summary] } ?? [] },
            empty: { _ in "" },
            help: { $0.strings.report.helpList })
        screen.actions = [.init(app.strings.report.keyChoose, keys: [.enter, .right], menu: "W", run: { id, app in
            guard let id, let definition = ReportCatalog.named(id.raw) else { return }
            app.push(ReportOptionsScreen(definition, app: app))
        })]
        return screen
    }
}

/// The period and the assistant of one report. F2 shows the table; the form stays underneath, so Esc from the
/// table comes back here to change the period.
final class ReportOptionsScreen: FormScreen {
    let definition: ReportDefinition
    private let assistants: [UserAccount]

    init(_ definition: ReportDefinition, app: App) {
        self.definition = definition
        let r = app.strings.report
        let file = app.file
        assistants = file?.currentUser.role == .koordynator ? (file?.assistants ?? []) : []
        var fields = [
            FormField(.period, r.periodLabel, .text(TextField(String(app.today.year), limit: 30)), hint: r.periodHint),
            FormField(.date, r.asOfLabel, .text(TextField(app.today.polish, limit: 12)), hint: r.asOfHint),
        ]
        if !assistants.isEmpty {
            fields.append(FormField(.assistant, r.assistantLabel, .choice(options: [r.allAssistants] + assistants.map(\.name), selected: 0),
                                    hint: app.strings.choiceHint))
        }
        super.init(form: Form(fields: fields), heading: definition.title, help: r.helpOptions)
    }

    override var hasUnsavedChanges: Bool { false }

    override func keyHints(_ app: App) -> [KeyHint] {
        [KeyHint("F1", app.strings.keyHelp), KeyHint("F2", app.strings.report.keyShow), KeyHint("Tab", "↓"),
         KeyHint("Esc", app.strings.keyBack), KeyHint("F10", app.strings.keyQuit)]
    }

    override func handle(_ key: Key, app: App) {
        if key == .function(2) || (key == .enter && form.focus == form.fields.count - 1) {
            show(app)
        } else if key == .escape {
            app.pop()
        } else {
            super.handle(key, app: app)
        }
    }

    /// Parses the period as the form says it (see `ReportPeriodText`) and pushes the table.
    func show(_ app: App) {
        guard let file = app.file else { return }
        let r = app.strings.report
        let language: ReportLanguage = app.strings.language == .pl ? .pl : .en
        let periods: [ReportPeriod]
        do {
            periods = try ReportPeriodText.periods(form.field(.period)?.text ?? "", asOf: form.field(.date)?.text ?? "", today: file.today)
        } catch {
            form.setErrors([error.field: error.message(language)])
            app.show(r.periodInvalid, error: true)
            return
        }
        form.setErrors([:])
        let chosen = form.field(.assistant)?.selected ?? 0
        let assistant = chosen > 0 ? assistants[chosen - 1].id : nil
        let definition = self.definition
        app.schedule(r.computing) { app in
            let data = ReportData(file: file, assistant: assistant)
            let table = definition.table(data, periods: periods)
            let overall = ReportPeriod.range(from: periods[0].from, to: periods[periods.count - 1].to) ?? periods[0]
            app.push(ReportViewScreen(table: table, findings: CompletenessCheck.findings(data, period: overall, reports: [definition], today: app.today),
                                      fileName: "raport-\(definition.name)-\(overall.from.iso)_\(overall.to.iso)"))
        }
    }
}

/// The table as it prints, scrolled in both directions, with the completeness findings under it.
final class ReportViewScreen: Screen {
    let table: ReportTable
    let findings: [Finding]
    /// Without the extension: `raport-rodziny-2023-01-01_2025-10-31`.
    let fileName: String
    private var lines: [String] = []
    private var linesWidth = 0
    private var top = 0
    private var left = 0
    private var height = 10

    init(table: ReportTable, findings: [Finding], fileName: String) {
        self.table = table
        self.findings = findings
        self.fileName = fileName
    }

    func title(_ app: App) -> String { table.title }

    func keyHints(_ app: App) -> [KeyHint] {
        commands(app).hints(app, last: KeyHint("Esc", app.strings.keyBack))
    }

    func helpLines(_ app: App) -> [String] { commands(app).help(app.strings.report.helpView) }

    /// The formats the table is saved in; nothing is typed on this viewer, so the letters run them directly.
    func commands(_ app: App) -> [Command] {
        let r = app.strings.report, explained = r.helpView.commands
        let formats: [(Character, String, ReportFormat)] = [("H", "HTML", .html), ("C", r.keySpreadsheet, .csv),
                                                             ("X", r.keyWorkbook, .xlsx), ("M", "Markdown", .md),
                                                             ("J", "JSON", .json), ("T", r.keyText, .text)]
        return formats.map { letter, label, format in
            Command(label, keys: [.character(letter)], menu: letter, explanation: explained[letter]) { [self] app in save(format, app) }
        }
    }

    func handle(_ key: Key, app: App) {
        let widest = lines.map(\.count).max() ?? 0
        switch key {
        case .down, .character("j"): top = min(top + 1, max(0, lines.count - height))
        case .up, .character("k"): top = max(0, top - 1)
        case .pageDown, .character(" "): top = min(top + max(1, height - 1), max(0, lines.count - height))
        case .pageUp: top = max(0, top - max(1, height - 1))
        case .home, .character("g"): top = 0
        case .end, .character("G"): top = max(0, lines.count - height)
        case .right, .character("l"): left = min(left + 10, max(0, widest - 40))
        case .left: left = max(0, left - 10)
        case .escape: app.pop()
        case .function(9): app.push(MenuScreen(heading: app.strings.menuTitle, items: commands(app).menuItems))
        default: commands(app).matchingLetter(key)?.run(app)
        }
    }

    /// Writes the report into `wydruki/`; CSV the way a Polish spreadsheet opens it (`;`, BOM, decimal comma), XLSX
    /// as a workbook with the findings on their own sheet.
    func save(_ format: ReportFormat, _ app: App) {
        let name = fileName + "." + format.fileExtension
        let findings = self.findings
        // A file leaves the program: it names the centre, who made it and when (issue 17).
        let table = app.file.map { self.table.made(by: .of($0)) } ?? self.table
        app.schedule(app.strings.report.saving) { app in
            do {
                let path = format.isBinary
                    ? try app.store.writeDocument(named: name, data: ReportRenderer.document([table], as: format, findings: findings))
                    : try app.store.writeDocument(named: name, contents: ReportRenderer.render(table, as: format, csv: .spreadsheet,
                                                                                              findings: findings))
                try app.file?.recordPrint(fileName: path, kind: nil)
                app.show(app.strings.report.saved(path))
            } catch {
                app.report(error)
            }
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        if linesWidth != area.width - 2 {
            linesWidth = area.width - 2
            lines = ReportRenderer.screenLines(table, findings: findings, width: linesWidth)
        }
        // The last row says where the view is, so that a long table is not taken for the whole of it.
        height = max(1, area.height - 1)
        top = min(top, max(0, lines.count - height))
        for (i, line) in lines.dropFirst(top).prefix(height).enumerated() {
            canvas.put(String(line.dropFirst(left)), x: 1, y: area.y + i, maxWidth: area.width - 2)
        }
        let widest = lines.map(\.count).max() ?? 0
        canvas.put(app.strings.report.position(top + 1, min(lines.count, top + height), lines.count, widest > area.width - 2),
                   x: 1, y: area.maxY - 1, role: .dim, maxWidth: area.width - 2)
        canvas.cursor = (1, area.y)
    }
}
