import TeczkaCore

/// What the family and member forms share: keys, saving with F2, inline messages, and asking before Esc throws
/// typed changes away. Subclasses build the record from the fields and save it.
class FormScreen: Screen {
    var form: Form
    let heading: String
    let help: [String]
    /// A line under the heading (what the other version of a record in conflict says).
    var note: String?
    /// How to open this form again from a draft kept when the program was stopped (`FormDraft`).
    var draftOrigin: FormDraft.Origin = .shown
    /// Said on the message line while a slow save runs (a passphrase being stretched), so the screen never looks stuck.
    var busyMessage: String?

    init(form: Form, heading: String, help: [String]) {
        self.form = form
        self.heading = heading
        self.help = help
    }

    var isTyping: Bool { true }
    var hasUnsavedChanges: Bool { form.isModified }
    func title(_ app: App) -> String { heading }
    func helpLines(_ app: App) -> [String] { help }

    func keyHints(_ app: App) -> [KeyHint] {
        let s = app.strings
        return [KeyHint("F1", s.keyHelp), KeyHint("F2", s.keySave), KeyHint("Tab", "↓"),
                KeyHint("Esc", s.keyCancel), KeyHint("F10", s.keyQuit)]
    }

    /// Saves the form's record; throws `ValidationFailure` (shown next to the fields), `CaseworkWarning` (asked
    /// about, then saved again with `confirmed`) or a store problem. Returns the field errors found before the
    /// rules ran (dates that do not parse …).
    func save(app: App, confirmed: Bool) throws -> [Field: ValidationIssue] { [:] }

    /// Opens the editor of a checklist or linked field (Enter or Space on it).
    func open(_ field: Field, app: App) {}

    func reappear(app: App) {}

    func handle(_ key: Key, app: App) {
        switch key {
        case .function(2):
            submitShowingProgress(app)
        case .escape:
            if form.isModified {
                app.push(ConfirmDialog(app.strings.discardQuestion, onYes: { $0.pop() }))
            } else {
                app.pop()
            }
        default:
            switch form.handle(key) {
            case .submit: submitShowingProgress(app)
            case .open(let field): open(field, app: app)
            case .notText: app.show(app.strings.notATextField)
            default: break
            }
        }
    }

    /// Saves at once, or after the next draw with `busyMessage` on the screen.
    func submitShowingProgress(_ app: App) {
        guard let busyMessage else { return submit(app) }
        app.schedule(busyMessage) { [self] app in submit(app) }
    }

    func submit(_ app: App, confirmed: Bool = false) {
        let s = app.strings
        var issues: [Field: ValidationIssue] = [:]
        do {
            app.message = nil
            issues = try save(app: app, confirmed: confirmed)
            if issues.isEmpty {
                app.pop()
                // A save that said something more specific keeps its message.
                if app.message == nil { app.show(s.saved) }
                return
            }
        } catch let warning as CaseworkWarning {
            app.push(ConfirmDialog(s.casework.warning(warning), onYes: { [self] app in submit(app, confirmed: true) }))
            return
        } catch let failure as ValidationFailure {
            for issue in failure.issues where issues[issue.field] == nil { issues[issue.field] = issue }
        } catch {
            app.report(error)
            return
        }
        form.setErrors(issues.mapValues(s.issue))
        app.show(s.notSaved(issues.count), error: true)
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        canvas.put(heading, x: 2, y: area.y, role: .heading)
        if let note { canvas.put(note, x: 2, y: area.y + 1, role: .dim, maxWidth: area.width - 4) }
        form.draw(into: &canvas, area: Rect(x: 2, y: area.y + 2, width: area.width - 4, height: area.height - 2),
                  yes: app.strings.yes, no: app.strings.no)
    }

    /// Parses a required date field.
    static func requiredDate(_ text: String, _ field: Field, into issues: inout [Field: ValidationIssue]) -> LocalDate? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            issues[field] = .required(field)
            return nil
        }
        return date(text, field, into: &issues)
    }

    /// Parses an optional date field: empty is nil, text that is not a date is an issue.
    static func date(_ text: String, _ field: Field, into issues: inout [Field: ValidationIssue]) -> LocalDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        guard let date = LocalDate(parsing: trimmed) else {
            issues[field] = .invalidDate(field)
            return nil
        }
        return date
    }
}

/// A form whose fields and saving come from closures: the casework forms.
final class RecordFormScreen: FormScreen {
    let saver: (Form, App, Bool) throws -> [Field: ValidationIssue]
    var opener: (Field, RecordFormScreen, App) -> Void = { _, _, _ in }
    /// Refreshes fields after a sub-screen edited what they summarise.
    var refresher: (RecordFormScreen, App) -> Void = { _, _ in }

    init(heading: String, help: [String], fields: [FormField], focus: Int = 0, labelWidth: Int = 20,
         save: @escaping (Form, App, Bool) throws -> [Field: ValidationIssue]) {
        saver = save
        super.init(form: Form(fields: fields, labelWidth: labelWidth, focus: focus), heading: heading, help: help)
    }

    override func save(app: App, confirmed: Bool) throws -> [Field: ValidationIssue] {
        try saver(form, app, confirmed)
    }

    override func open(_ field: Field, app: App) { opener(field, self, app) }

    override func reappear(app: App) { refresher(self, app) }

    /// Opens a checklist for a `.multi` field and writes the choice back.
    func openChecklist(_ field: Field, app: App) {
        guard let index = form.index(of: field), case .multi(let options, let selected) = form.fields[index].input else { return }
        app.push(ChecklistScreen(heading: form.fields[index].label, options: options, selected: selected) { [self] chosen, _ in
            form.set(field, .multi(options: options, selected: chosen))
        })
    }
}
