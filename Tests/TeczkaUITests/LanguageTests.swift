import Testing
@testable import TeczkaUI

@Suite("Language")
struct LanguageTests {
    @Test("--lang wins; an English locale gives English; anything else Polish")
    func choose() {
        #expect(Language.choose(option: "en", environment: ["LANG": "pl_PL.UTF-8"]) == .en)
        #expect(Language.choose(option: "PL", environment: ["LANG": "en_US.UTF-8"]) == .pl)
        #expect(Language.choose(option: "de", environment: [:]) == nil)
        #expect(Language.choose(option: nil, environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.choose(option: nil, environment: ["LC_ALL": "pl_PL.UTF-8", "LANG": "en_US.UTF-8"]) == .pl)
        #expect(Language.choose(option: nil, environment: ["LANG": "C.UTF-8"]) == .pl)
        #expect(Language.choose(option: nil, environment: [:]) == .pl)
    }

    @Test("every Polish and English message is filled in")
    func tablesComplete() {
        for strings in [Strings.polish, Strings.english] {
            #expect(!strings.helpList.intro.isEmpty && !strings.helpCard.intro.isEmpty && !strings.helpLogin.isEmpty)
            #expect(strings.familyCount(2) != Strings.polish.familyCount(5) || strings.language == .en)
        }
        #expect(Strings.polish.familyCount(1) == "1 rodzina")
        #expect(Strings.polish.familyCount(3) == "3 rodziny")
        #expect(Strings.polish.familyCount(12) == "12 rodzin")
        #expect(Strings.polish.familyCount(22) == "22 rodziny")
        #expect(Strings.polish.years(1) == "1 rok")
        #expect(Strings.polish.years(14) == "14 lat")
    }
}


@Suite("System errors in Polish")
struct SystemErrorTextTests {
    @Test("a full disk, a missing folder and a read-only file are explained in Polish with the path, never in SQLite's English")
    func messages() {
        let full = Strings.polish.storeProblem(.diskFull(path: "/home/anna/teczka.sqlite"))
        #expect(full.hasPrefix("Brak miejsca na dysku: nie zapisano do /home/anna/teczka.sqlite. To, co zapisano wcześniej, jest bezpieczne."))
        #expect(Strings.polish.storeProblem(.notFound(path: "/media/pendrive")).hasPrefix("Nie ma takiego pliku ani folderu: /media/pendrive."))
        #expect(Strings.polish.storeProblem(.readOnly(path: "/media/cdrom/x")).hasPrefix("Nie można zapisywać do /media/cdrom/x"))
        #expect(Strings.english.storeProblem(.diskFull(path: "/x")).hasPrefix("The disk is full: nothing was written to /x."))
    }
}

/// Issue 13: each text is written once per language. The compiler makes every table name every text; this finds
/// a text left empty, a list of help lines left empty, and Polish left in the English table.
@Suite("String tables complete in both languages")
struct StringTableTests {
    /// Every plain text and help line in a table, with its path ("casework.helpChecklist[2]").
    static func texts(_ value: Any, path: String = "") -> [(String, String)] {
        switch value {
        case let text as String: return [(path, text)]
        case let lines as [String]: return lines.enumerated().map { ("\(path)[\($0.offset)]", $0.element) }
        case let keyLines as [KeyLine]: return keyLines.enumerated().map { ("\(path)[\($0.offset)]", $0.element.text) }
        case let commands as [Character: String]: return commands.map { ("\(path){\($0.key)}", $0.value) }
        default:
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .struct else { return [] }
            return mirror.children.flatMap { texts($0.value, path: path.isEmpty ? ($0.label ?? "") : "\(path).\($0.label ?? "")") }
        }
    }

    @Test("no text is empty in either language, and the English table holds no Polish sentence")
    func complete() {
        let polish = Self.texts(Strings.polish), english = Self.texts(Strings.english)
        #expect(polish.count == english.count && polish.count > 300, "\(polish.count) and \(english.count) texts")
        for (path, text) in polish + english where !path.contains("[") {
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "empty text: \(path)")
        }
        // Every command explained in one language is explained in the other (help lines by menu letter).
        let explained = { (texts: [(String, String)]) in Set(texts.map(\.0).filter { $0.contains("{") }) }
        #expect(explained(polish) == explained(english))
        #expect(explained(polish).count > 60)
        // Polish names of screens and fields may appear in English help ("Rodziny w archiwum"), but not Polish words
        // that only a sentence would use.
        let polishWords = [" jest ", " nie ", " oraz ", " albo ", " się ", " lub ", " Naciśnij ", " zapisano"]
        for (path, text) in english {
            #expect(!polishWords.contains { " \(text) ".contains($0) }, "Polish in the English table: \(path): \(text)")
        }
    }
}
