import Foundation
import TeczkaCore

/// A form that was open, changed and not saved when the program was stopped from outside (the terminal window closed,
/// an ssh connection dropped, SIGTERM): what each field held, and how to open the same form again when that is known.
struct FormDraft: Codable, Equatable {
    /// Which form it was, so that the next start can open it again with these texts.
    enum Origin: Codable, Equatable {
        /// Only shown: the texts can be copied by hand.
        case shown
        /// A new visit to this family (F5).
        case newVisit(familyID: String)
    }

    struct Entry: Codable, Equatable {
        let field: String
        let label: String
        let text: String
    }

    let heading: String
    let savedAt: Date
    let origin: Origin
    let entries: [Entry]
}

extension FormScreen {
    /// The form as a draft: every field with what it shows (a choice its option, a list its ticks).
    func draft(savedAt: Date, yes: String, no: String) -> FormDraft {
        let entries = form.fields.map { field -> FormDraft.Entry in
            let text: String
            switch field.input {
            case .text(let editor): text = editor.text
            case .area(let editor, _): text = editor.text
            case .choice(let options, let selected): text = options[selected]
            case .toggle(let on): text = on ? yes : no
            case .multi(let options, let selected): text = selected.sorted().map { options[$0] }.joined(separator: ", ")
            case .link(let summary): text = summary
            }
            return FormDraft.Entry(field: field.id.rawValue, label: field.label, text: text)
        }
        return FormDraft(heading: heading, savedAt: savedAt, origin: draftOrigin, entries: entries)
    }

    /// Puts a draft's texts back into the fields they came from (text fields and notes; the rest stays as the form
    /// opened it).
    func restore(_ draft: FormDraft) {
        for entry in draft.entries {
            guard let id = Field(rawValue: entry.field), let index = form.index(of: id) else { continue }
            switch form.fields[index].input {
            case .text(let editor): form.set(id, .text(TextField(entry.text, limit: editor.limit)))
            case .area(let editor, let rows): form.set(id, .area(TextArea(entry.text, limit: editor.limit), rows: rows))
            default: continue
            }
        }
    }
}

extension App {
    /// The program is being stopped from outside: the topmost form with unsaved changes is kept as the account's
    /// draft, to be offered at the next log-in. Best effort — the store may be what failed.
    public func stopFromOutside() {
        defer { finish(message: strings.stoppedFromOutside, status: 1) }
        guard let file, let form = stack.last(where: \.hasUnsavedChanges) as? FormScreen else { return }
        let draft = form.draft(savedAt: clock(), yes: strings.yes, no: strings.no)
        guard let data = try? JSONEncoder().encode(draft) else { return }
        try? store.saveDraft(data, for: file)
    }

    /// After log-in: a draft kept at the last stop is offered first.
    func offerDraft(_ file: CaseFile) {
        guard let data = try? store.loadDraft(for: file), let draft = try? JSONDecoder().decode(FormDraft.self, from: data) else { return }
        push(DraftScreen(draft: draft))
    }
}

/// "Niezapisany formularz": what a draft holds, with Enter to open the form again (when it is known how), F8 to throw
/// it away (asked first) and Esc to decide later (it is offered again at the next log-in).
final class DraftScreen: Screen {
    let draft: FormDraft
    var offset = 0

    init(draft: FormDraft) { self.draft = draft }

    func title(_ app: App) -> String { app.strings.draftTitle }
    func helpLines(_ app: App) -> [String] { app.strings.draftHelp }
    func keyHints(_ app: App) -> [KeyHint] {
        let s = app.strings
        return (draft.origin == .shown ? [] : [KeyHint("Enter", s.draftReopen)]) + [KeyHint("F8", s.draftDiscard), KeyHint("Esc", s.draftLater)]
    }

    func handle(_ key: Key, app: App) {
        switch key {
        case .escape: app.pop()
        case .down: offset += 1
        case .up: offset = max(0, offset - 1)
        case .function(8):
            app.push(ConfirmDialog(app.strings.draftDiscardQuestion, onYes: { app in
                if let file = app.file { try? app.store.discardDraft(for: file) }
                app.pop()
            }))
        case .enter:
            guard case .newVisit(let familyID) = draft.origin, let file = app.file, file.families[RecordID(familyID)] != nil else { return }
            let screen = VisitScreens.form(file.quickVisit(familyID: RecordID(familyID)), app: app, isNew: true)
            screen.restore(draft)
            try? app.store.discardDraft(for: file)
            app.pop()
            app.push(screen)
        default: break
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let s = app.strings
        canvas.fill(area, role: .normal)
        var lines = wrap(s.draftIntro(draft.heading, draft.savedAt), width: area.width - 4) + [""]
        for entry in draft.entries where !entry.text.isEmpty {
            lines += wrap("\(entry.label): \(entry.text)", width: area.width - 4)
        }
        offset = min(offset, max(0, lines.count - area.height))
        for (i, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            canvas.put(line, x: 2, y: area.y + i, role: i == 0 && offset == 0 ? .heading : .normal, maxWidth: area.width - 4)
        }
    }
}

/// "01.12.2026 14:05": a moment as the program's users read it, in Polish time whatever the computer's zone.
public func warsawDateTime(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "dd.MM.yyyy HH:mm"
    formatter.timeZone = TimeZone(identifier: "Europe/Warsaw")
    return formatter.string(from: date)
}
