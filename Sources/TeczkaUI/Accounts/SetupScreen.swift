import TeczkaCore

/// First start: no store yet. Asks for the user's name, role and a new passphrase (twice, hidden), creates the
/// store and offers demo data.
final class SetupScreen: Screen {
    let location: String
    var form: Form?

    init(location: String) {
        self.location = location
    }

    private func makeForm(_ s: Strings) -> Form {
        Form(fields: [
            FormField(.userName, s.fieldLabel(.userName), .text(TextField(limit: 100))),
            FormField(.userRole, s.fieldLabel(.userRole),
                      .choice(options: UserRole.allCases.map(s.userRole), selected: 0), hint: s.choiceHint),
            FormField(.catalogue, s.fieldLabel(.catalogue),
                      .choice(options: ProblemCatalogue.builtIn.map(\.name), selected: 0), hint: s.choiceHint),
            FormField(.passphrase, s.fieldLabel(.passphrase), .text(TextField(masked: true, limit: 1000))),
            FormField(.passphraseRepeat, s.fieldLabel(.passphraseRepeat), .text(TextField(masked: true, limit: 1000))),
        ])
    }

    var isTyping: Bool { true }
    var hasUnsavedChanges: Bool { form?.isModified ?? false }
    func title(_ app: App) -> String { app.strings.setupTitle }
    func keyHints(_ app: App) -> [KeyHint] {
        [KeyHint("F1", app.strings.keyHelp), KeyHint("F2", app.strings.keySave), KeyHint("F10", app.strings.keyQuit)]
    }
    func helpLines(_ app: App) -> [String] { app.strings.helpSetup }

    func handle(_ key: Key, app: App) {
        if form == nil { form = makeForm(app.strings) }
        switch key {
        case .function(2): submit(app)
        case .escape: app.requestQuit()
        default:
            switch form!.handle(key) {
            case .submit: submit(app)
            case .notText: app.show(app.strings.notATextField)
            default: break
            }
        }
    }

    private func submit(_ app: App) {
        guard var form else { return }
        let s = app.strings
        let name = form.field(.userName)!.text
        let passphrase = form.field(.passphrase)!.text
        let repeated = form.field(.passphraseRepeat)!.text
        var errors: [Field: String] = [:]
        if let issue = TextRules.check(name, field: .userName, required: true, limit: 100) {
            errors[.userName] = s.issue(issue)
        }
        for issue in UserAccount.validatePassphrase(passphrase, repeated: repeated) {
            errors[issue.field] = s.issue(issue)
        }
        form.setErrors(errors)
        self.form = form
        guard errors.isEmpty else {
            app.show(s.notSaved(errors.count), error: true)
            return
        }
        let role = UserRole.allCases[form.field(.userRole)!.selected]
        let settings = StoreSettings(catalogue: ProblemCatalogue.builtIn[form.field(.catalogue)!.selected])
        app.schedule(s.busyCreating) { app in
            do {
                app.file = try app.store.initialize(name: name, role: role, passphrase: passphrase, settings: settings)
                app.replaceAll(with: FamilyListScreen())
                app.push(ConfirmDialog(s.demoQuestion, onYes: { app in
                    app.schedule(s.busyDemo) { app in
                        guard let file = app.file else { return }
                        do {
                            // A coordinator's demo store gets a sample centre (its case-number pattern numbers the cooperations).
                            if file.maySaveSettings, file.settings.centre.isEmpty {
                                var settings = file.settings
                                settings.centre = DemoData.centre
                                try file.saveSettings(settings)
                            }
                            try DemoData.populate(file, families: app.demoFamilies, seed: 2026, today: app.today)
                            app.stack.last?.reappear(app: app)
                            app.show(s.demoLoaded(app.demoFamilies))
                        } catch {
                            app.report(error)
                        }
                    }
                }, onNo: { app in app.show(s.setupDone) }))
            } catch {
                app.report(error)
            }
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        if form == nil { form = makeForm(app.strings) }
        var y = area.y + 1
        for line in app.strings.setupIntro(location) {
            for part in wrap(line, width: area.width - 4) {
                canvas.put(part, x: 2, y: y)
                y += 1
            }
        }
        form!.draw(into: &canvas, area: Rect(x: 2, y: y + 1, width: area.width - 4, height: area.maxY - y - 1),
                   yes: app.strings.yes, no: app.strings.no)
    }
}

/// Log-in: the passphrase opens the account it belongs to. Three wrong tries end the program.
final class LoginScreen: Screen {
    var passphrase = TextField(masked: true, limit: 1000)
    var failures = 0
    static let maximumAttempts = 3

    var isTyping: Bool { true }
    func title(_ app: App) -> String { app.strings.loginTitle }
    func keyHints(_ app: App) -> [KeyHint] {
        [KeyHint("F1", app.strings.keyHelp), KeyHint("Enter", app.strings.keyOpen), KeyHint("F10", app.strings.keyQuit)]
    }
    func helpLines(_ app: App) -> [String] { app.strings.helpLogin }

    func handle(_ key: Key, app: App) {
        switch key {
        case .enter, .function(2): submit(app)
        case .escape: app.requestQuit()
        default: _ = passphrase.handle(key)
        }
    }

    private func submit(_ app: App) {
        let s = app.strings
        let typed = passphrase.text
        guard !typed.isEmpty else { return }
        app.schedule(s.busyUnlocking) { [self] app in
            do {
                let file = try app.store.unlock(passphrase: typed)
                app.file = file
                // "Do zrobienia" comes first; Esc leads to the family list.
                app.replaceAll(with: FamilyListScreen())
                app.push(TodoScreen.screen(app: app))
                app.announceStoreCheck(file)
                app.offerDraft(file)
            } catch StoreProblem.wrongPassphrase {
                failures += 1
                passphrase.text = ""
                if failures >= LoginScreen.maximumAttempts {
                    app.finish(message: s.tooManyAttempts, status: 1)
                } else {
                    app.show(s.wrongPassphraseLeft(LoginScreen.maximumAttempts - failures), error: true)
                }
            } catch {
                passphrase.text = ""
                app.report(error)
            }
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let s = app.strings
        canvas.put(s.loginIntro(app.store.location), x: 2, y: area.y + 1, maxWidth: area.width - 4)
        let y = area.y + 3
        canvas.put(s.loginPassphrase, x: 4, y: y, role: .heading)
        let cursorX = passphrase.draw(into: &canvas, x: 24, y: y, width: 40, role: .fieldFocused)
        canvas.cursor = (cursorX, y)
        canvas.cursorVisible = true
    }
}
