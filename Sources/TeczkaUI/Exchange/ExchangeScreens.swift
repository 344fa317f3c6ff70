import TeczkaCore

/// "Wymiana danych" (F9 `W` on the family list): make a package for the other store, or add one from it. The
/// slow parts (scrypt, sealing, merging) run as scheduled work, so the message line says what is happening.
enum ExchangeScreens {
    static let exportRow = RecordID("wymiana-pakiet")
    static let importRow = RecordID("wymiana-dolacz")
    static let historyRow = RecordID("wymiana-historia")

    static func menu(app: App) -> RecordListScreen {
        let screen = RecordListScreen(
            heading: { $0.strings.exchange.title },
            columns: { _ in "" },
            rows: { app in
                let e = app.strings.exchange
                return [.init(id: exportRow, text: e.exportHeading), .init(id: importRow, text: e.importHeading),
                        .init(id: historyRow, text: e.historyHeading)]
            },
            details: { _, app in app.strings.exchange.help.intro },
            empty: { _ in "" },
            help: { $0.strings.exchange.help })
        screen.actions = [
            .init(app.strings.keyOpen, keys: [.enter], menu: "O", run: { id, app in
                switch id {
                case importRow: app.push(importForm(app: app))
                case historyRow: app.push(history(app: app))
                default: app.push(exportForm(app: app))
                }
            }),
            .init(app.strings.exchange.keyExport, menu: "E", run: { _, app in
                app.push(exportForm(app: app))
            }),
            .init(app.strings.exchange.keyImport, menu: "I", run: { _, app in
                app.push(importForm(app: app))
            }),
            .init(app.strings.exchange.keyHistory, menu: "H", run: { _, app in
                app.push(history(app: app))
            }),
        ]
        return screen
    }

    /// Every export, import and exchange package of this store, newest first; under the list what it held.
    static func history(app: App) -> RecordListScreen {
        RecordListScreen(
            heading: { $0.strings.exchange.historyHeading },
            columns: { $0.strings.exchange.historyColumns },
            rows: { app in
                let e = app.strings.exchange
                return (app.file?.transferHistory ?? []).map { entry in
                    .init(id: entry.log.id, text: fit(FamilyCardScreen.timestamp(entry.timestamp), 17) + " " + fit(entry.author, 21) + " "
                          + e.direction(entry.log.direction) + ": " + entry.log.fileName)
                }
            },
            details: { id, app in
                guard let log = app.file?.transfers[id] else { return [] }
                let e = app.strings.exchange
                let counts = TransferCollection.allCases.compactMap { c in log.counts[c.rawValue].map { "\(e.collection(c)) \($0)" } }
                return [e.direction(log.direction) + ": " + log.fileName, counts.joined(separator: ", ")]
                    + app.strings.refusedHistoryLines(log, in: app.file!)
            },
            empty: { $0.strings.exchange.historyEmpty },
            help: { $0.strings.exchange.help })
    }

    /// A failed package (a wrong folder, a missing file, another passphrase) brings its form back with the path
    /// already typed, so only the mistake needs correcting.
    static func exportForm(app: App, path: String = "") -> RecordFormScreen {
        let s = app.strings, e = s.exchange
        // A coordinator writes a package for one person (an assistant gets her families, another coordinator everything),
        // with that person's signing key for setting up a laptop.
        let recipients: [UserAccount] = app.file.map { file in
            guard file.currentUser.role == .koordynator else { return [] }
            return file.users.values.filter { $0.active && $0.id != file.currentUser.id }
                .sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }
        } ?? []
        var fields = [
            FormField(.file, e.fileLabel, .text(TextField(path, limit: 500)), hint: e.fileHint),
            FormField(.passphrase, e.passphraseLabel, .text(TextField(masked: true, limit: 1000)), hint: e.passphraseHint),
            FormField(.passphraseRepeat, e.passphraseRepeatLabel, .text(TextField(masked: true, limit: 1000))),
        ]
        if !recipients.isEmpty {
            fields.append(FormField(.assistant, e.recipientLabel, .choice(options: [e.recipientAll] + recipients.map(\.name), selected: 0),
                                    hint: s.choiceHint))
        }
        fields.append(FormField(.sinceLast, e.sinceLastLabel, .toggle(true), hint: e.sinceLastHint))
        return RecordFormScreen(heading: e.exportHeading, help: e.help.prose, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            let path = form.field(.file)!.text.trimmingCharacters(in: .whitespaces)
            if path.isEmpty { issues[.file] = .required(.file) }
            let passphrase = form.field(.passphrase)!.text
            for issue in UserAccount.validatePassphrase(passphrase, repeated: form.field(.passphraseRepeat)!.text) { issues[issue.field] = issue }
            guard issues.isEmpty, let file = app.file else { return issues }
            let chosen = form.field(.assistant)?.selected ?? 0
            let recipient = chosen > 0 ? recipients[chosen - 1] : nil
            let sinceLast = form.field(.sinceLast)!.isOn
            app.show(e.sealing)
            app.schedule(e.sealing) { app in
                do {
                    let count = try Exchange.export(file, store: app.store, to: path, transferPassphrase: passphrase,
                                                    for: recipient, sinceLast: sinceLast)
                    app.show(e.exported(count, path))
                } catch {
                    app.push(exportForm(app: app, path: path))
                    app.report(error)
                }
            }
            return [:]
        }
    }

    static func importForm(app: App, path: String = "") -> RecordFormScreen {
        let e = app.strings.exchange
        let fields = [
            FormField(.file, e.fileLabel, .text(TextField(path, limit: 500)), hint: e.fileHint),
            FormField(.passphrase, e.passphraseLabel, .text(TextField(masked: true, limit: 1000))),
        ]
        return RecordFormScreen(heading: e.importHeading, help: e.help.prose, fields: fields) { form, app, _ in
            let path = form.field(.file)!.text.trimmingCharacters(in: .whitespaces)
            let passphrase = form.field(.passphrase)!.text
            var issues: [Field: ValidationIssue] = [:]
            if path.isEmpty { issues[.file] = .required(.file) }
            if passphrase.isEmpty { issues[.passphrase] = .required(.passphrase) }
            guard issues.isEmpty, let file = app.file else { return issues }
            app.show(e.opening)
            app.schedule(e.opening) { app in open(path, passphrase, file, app) }
            return [:]
        }
    }

    /// Shows what the package adds, by author, and what this store refuses of it (each refused revision named:
    /// author, kind, family, reason); merges the rest when the user says yes. Either way the refusals go into the
    /// history.
    static func open(_ path: String, _ passphrase: String, _ file: CaseFile, _ app: App) {
        let s = app.strings, e = s.exchange
        do {
            let (contents, preview) = try Exchange.open(file, store: app.store, at: path, transferPassphrase: passphrase)
            let lines = s.packageLines(preview, contents, in: file)
            app.message = nil   // "Otwieranie pakietu…" is over
            if preview.isEmpty {
                guard !preview.refusals.isEmpty else { return app.show(e.nothingNew) }
                try Exchange.decline(file, contents, preview, fileName: path)
                // Nothing to choose: the verdict first, then every refused revision.
                app.push(PackagePreviewScreen(heading: e.importHeading, lines: [s.trust.nothingAccepted, ""] + lines, question: nil))
                return
            }
            let question = preview.refusals.isEmpty ? e.confirmMerge : s.trust.confirmRest
            app.push(PackagePreviewScreen(heading: e.importHeading, lines: lines, question: question, onYes: { app in
                app.schedule(e.merging) { app in
                    do {
                        let merged = try Exchange.merge(file, contents, fileName: path)
                        app.show(e.merged(merged.revisions, merged.conflicts.count))
                    } catch {
                        app.report(error)
                    }
                }
            }, onNo: { app in
                do {
                    try Exchange.decline(file, contents, preview, fileName: path)
                } catch {
                    app.report(error)
                }
            }))
        } catch {
            app.push(importForm(app: app, path: path))
            app.report(error)
        }
    }
}
