import TeczkaCore

/// The store's accounts (F9 `U` on the family list): a coordinator adds and deactivates them; everyone can change
/// their own passphrase (H).
enum UsersScreen {
    static func screen(app: App) -> RecordListScreen {
        let u = app.strings.userText
        let screen = RecordListScreen(
            heading: { app in app.strings.userText.title },
            columns: { app in app.strings.userText.columns },
            rows: { app in
                guard let file = app.file else { return [] }
                let s = app.strings
                return file.users.values.sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }.map { user in
                    .init(id: user.id, text: fit(user.name, 32) + " " + fit(s.userRole(user.role), 24) + " "
                        + (user.active ? [s.userText.keyState(user), s.employmentText.today(user.ftePercent(on: app.today))]
                            .filter { !$0.isEmpty }.joined(separator: ", ") : s.userText.inactive), dim: !user.active)
                }
            },
            details: { _, _ in [] },
            empty: { _ in "" },
            help: { app in app.strings.userText.help })
        screen.actions = [
            .init(u.keyAdd, keys: [.function(7)], menu: "N", run: { _, app in app.push(addForm(app: app)) }),
            .init(u.keyDeactivate, keys: [.function(8)], menu: "D", run: { id, app in
                guard let id, let user = app.file?.users[id], user.active else { return }
                app.push(ConfirmDialog(app.strings.userText.deactivateQuestion(user.name), onYes: { app in
                    do {
                        try app.store.deactivate(id, by: app.file!)
                        app.show(app.strings.userText.deactivated(user.name))
                    } catch {
                        app.report(error)
                    }
                }))
            }),
            .init(u.keyPassphrase, menu: "H", run: { _, app in
                app.push(passphraseForm(app: app))
            }),
            .init(app.strings.employmentText.keyEmployment, menu: "E", run: { id, app in
                guard let id, app.file?.users[id] != nil else { return }
                app.push(EmploymentScreen.screen(id, app: app))
            }),
            .init(u.keyReset, menu: "R", run: { id, app in
                guard let id, let user = app.file?.users[id], user.active else { return }
                app.push(resetForm(user, app: app))
            }),
        ]
        return screen
    }

    static func addForm(app: App) -> RecordFormScreen {
        let s = app.strings
        let fields = [
            FormField(.userName, s.fieldLabel(.userName), .text(TextField(limit: 100))),
            FormField(.userRole, s.fieldLabel(.userRole), .choice(options: UserRole.allCases.map(s.userRole), selected: 0), hint: s.choiceHint),
            FormField(.passphrase, s.fieldLabel(.passphrase), .text(TextField(masked: true, limit: 1000))),
            FormField(.passphraseRepeat, s.fieldLabel(.passphraseRepeat), .text(TextField(masked: true, limit: 1000))),
        ]
        let screen = RecordFormScreen(heading: s.userText.addTitle, help: s.userText.help.prose, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            let passphrase = form.field(.passphrase)!.text
            for issue in UserAccount.validatePassphrase(passphrase, repeated: form.field(.passphraseRepeat)!.text) { issues[issue.field] = issue }
            guard issues.isEmpty else { return issues }
            let user = try app.store.addUser(name: form.field(.userName)!.text, role: UserRole.allCases[form.field(.userRole)!.selected],
                                             passphrase: passphrase, by: app.file!)
            app.show(app.strings.userText.added(user.name, app.strings.userRole(user.role)))
            return [:]
        }
        // The passphrase is stretched (scrypt, about a second): the screen says so meanwhile.
        screen.busyMessage = s.userText.busySealing
        return screen
    }

    /// A coordinator gives another account a new passphrase and signing key.
    static func resetForm(_ user: UserAccount, app: App) -> RecordFormScreen {
        let s = app.strings
        let fields = [
            FormField(.passphrase, s.userText.newPassphrase, .text(TextField(masked: true, limit: 1000))),
            FormField(.passphraseRepeat, s.fieldLabel(.passphraseRepeat), .text(TextField(masked: true, limit: 1000))),
        ]
        let screen = RecordFormScreen(heading: s.userText.resetTitle(user.name), help: s.userText.help.prose, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            let passphrase = form.field(.passphrase)!.text
            for issue in UserAccount.validatePassphrase(passphrase, repeated: form.field(.passphraseRepeat)!.text) { issues[issue.field] = issue }
            guard issues.isEmpty else { return issues }
            try app.store.resetAccount(user.id, passphrase: passphrase, by: app.file!)
            app.show(app.strings.userText.resetDone(user.name))
            return [:]
        }
        // The passphrase is stretched (scrypt, about a second): the screen says so meanwhile.
        screen.busyMessage = s.userText.busySealing
        return screen
    }

    static func passphraseForm(app: App) -> RecordFormScreen {
        let s = app.strings
        let fields = [
            FormField(.passphrase, s.userText.newPassphrase, .text(TextField(masked: true, limit: 1000))),
            FormField(.passphraseRepeat, s.fieldLabel(.passphraseRepeat), .text(TextField(masked: true, limit: 1000))),
        ]
        let screen = RecordFormScreen(heading: s.userText.passphraseTitle, help: s.userText.help.prose, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            let passphrase = form.field(.passphrase)!.text
            for issue in UserAccount.validatePassphrase(passphrase, repeated: form.field(.passphraseRepeat)!.text) { issues[issue.field] = issue }
            guard issues.isEmpty else { return issues }
            try app.store.changePassphrase(to: passphrase, for: app.file!)
            return [:]
        }
        // The passphrase is stretched (scrypt, about a second): the screen says so meanwhile.
        screen.busyMessage = s.userText.busySealing
        return screen
    }
}
