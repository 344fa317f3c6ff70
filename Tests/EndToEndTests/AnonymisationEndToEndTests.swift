import Foundation
import Testing
import TestSupport

/// Issue 15: a coordinator anonymises the families past retention, on the command line and on a family's card; the
/// reports for a past year print byte for byte as before, and the store checks clean.
@Suite("End to end: anonymising families past retention")
struct AnonymisationEndToEndTests {
    /// A demo office (seed 5: one family ended more than a year ago) keeping families one year.
    func office(_ store: String) throws {
        let made = try Binary.demoOffice(store, families: 12, assistants: 2, years: 3, seed: 5)
        #expect(made.status == 0, "\(made.err)")
        #expect(try Binary.run(["settings", "--store", store, "--retention-years", "1"], environment: Binary.boss).status == 0)
    }

    /// The families the command lists as past retention: (id prefix, label).
    func due(_ store: String) throws -> [(id: String, label: String)] {
        let listed = try Binary.run(["anonymise", "--store", store], environment: Binary.boss)
        #expect(listed.status == 0, "\(listed.err)")
        return listed.out.split(separator: "\n").dropFirst().map { line in
            let parts = line.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")
            return (parts[0], parts[1])
        }
    }

    func export(_ store: String, _ folder: TemporaryDirectory) throws -> [String: [[String: Any]]] {
        let file = folder.file("eksport-\(UUID().uuidString).json")
        let exported = try Binary.run(["export", "--store", store, "--output", file], environment: Binary.boss)
        #expect(exported.status == 0, "\(exported.err)")
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any]
        return (object ?? [:]).compactMapValues { $0 as? [[String: Any]] }
    }

    @Test("listed, previewed, refused for a wrong id, then anonymised: reports for 2024 and 2025 unchanged, the names gone")
    func commandLine() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        try office(store)
        let due = try due(store)
        #expect(due.count == 1, "\(due)")
        let reports = ["report", "--all", "--store", store, "--years", "2024-2025"]
        let before = try [[], ["--format", "csv"], ["--format", "md"]].map { try Binary.run(reports + $0, environment: Binary.boss) }
        #expect(before.allSatisfy { $0.status == 0 && !$0.out.isEmpty })

        let preview = try Binary.run(["anonymise", "--store", store, "--past-retention"], environment: Binary.boss)
        #expect(preview.status == 0 && preview.out.contains("Nic nie zmieniono; z --yes rodziny zostaną zanonimizowane."), "\(preview.out)")
        let wrong = try Binary.run(["anonymise", "--store", store, "--yes", due[0].id, "ffffffff"], environment: Binary.boss)
        #expect(wrong.status == 1 && wrong.err.contains("Nie ma rodziny o identyfikatorze „ffffffff”."), "\(wrong.err)")
        let kept = try export(store, folder)["families"]?.filter { ($0["id"] as? String)?.hasPrefix(due[0].id) == true }
        #expect(kept?.first?["label"] as? String == due[0].label, "nothing was anonymised by the refused command")

        let done = try Binary.run(["anonymise", "--store", store, "--past-retention", "--yes"], environment: Binary.boss)
        #expect(done.status == 0 && done.out.contains("Zanonimizowano rodzinę \(due[0].label)"), "\(done.err)")
        let after = try [[], ["--format", "csv"], ["--format", "md"]].map { try Binary.run(reports + $0, environment: Binary.boss) }
        for (old, new) in zip(before, after) { #expect(old.out == new.out) }

        let exported = try export(store, folder)
        let family = try #require(exported["families"]?.first { ($0["id"] as? String)?.hasPrefix(due[0].id) == true })
        #expect(family["label"] as? String == "Zanonimizowana \(due[0].id)" && family["address"] as? String == "")
        let people = exported["members"]?.filter { $0["familyID"] as? String == family["id"] as? String } ?? []
        #expect(!people.isEmpty && people.allSatisfy { $0["firstName"] as? String == "" && $0["pesel"] == nil })
        #expect(people.allSatisfy { $0["birthDate"] is String }, "birth dates stay")

        let check = try Binary.run(["check", "--store", store], environment: Binary.boss)
        #expect(check.status == 0 && check.out.contains("jest w porządku"), "\(check.out)\(check.err)")
        let history = try Binary.run(["history", "--store", store], environment: Binary.boss)
        #expect(history.out.contains("anonimizacja rodziny  Zanonimizowana \(due[0].id)"), "\(history.out)")
        let again = try Binary.run(["anonymise", "--store", store], environment: Binary.boss)
        #expect(again.out.contains("Żadna rodzina nie jest po okresie przechowywania danych."))
        let twice = try Binary.run(["anonymise", "--store", store, due[0].id, "--yes"], environment: Binary.boss)
        #expect(twice.status == 1 && twice.err.contains("Ta rodzina jest już zanonimizowana."), "\(twice.err)")
    }

    @Test("in tmux: Do zrobienia points to the family, F9 Z on its card asks twice, and the card shows it anonymised")
    func onTheCard() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        try office(store)
        let due = try due(store)
        try TmuxSession.loggedIn(store, Binary.boss["TECZKA_PASSPHRASE"]!) { tmux in
            try tmux.waitFor("po okresie przechowywania danych")
            try tmux.press("End")
            try tmux.press("Enter")
            try tmux.waitFor("Rodzina: \(due[0].label)")
            try tmux.press("F9")
            try tmux.waitFor("Z  Anonimizuj rodzinę")
            try tmux.press("z")
            try tmux.waitFor("Zanonimizować rodzinę \(due[0].label)?")
            try tmux.press("n")
            try tmux.waitFor("Rodzina: \(due[0].label)")
            try tmux.press("F9")
            try tmux.waitFor("Z  Anonimizuj rodzinę")
            try tmux.press("z")
            try tmux.waitFor("Zanonimizować rodzinę")
            try tmux.press("t")
            try tmux.waitFor("Tego nie można cofnąć")
            try tmux.press("t")
            let card = try tmux.waitFor("Zanonimizowano rodzinę \(due[0].label)")
            #expect(card.contains("Rodzina: Zanonimizowana \(due[0].id)"))
            #expect(card.contains("(zanonimizowano)"), "the people's names are gone from the card")
        }
        let check = try Binary.run(["check", "--store", store], environment: Binary.boss)
        #expect(check.status == 0 && check.out.contains("jest w porządku"), "\(check.out)\(check.err)")
    }
}
