import TeczkaCore

/// One command of a screen, declared once: the keys that run it, its letter in the F9 menu, its name on the bottom
/// bar and in the menu, and its line in F1 help. The bar, the menu, the help and the key tables of Docs/keys.md
/// (checked by a test) all come from these declarations, so they cannot disagree.
///
/// On a list, `keys` holds no letters: letters there start the search (issue 13). A command without a key of its
/// own is reached through the F9 menu by its `menu` letter.
struct Command {
    let label: String
    let keys: [Key]
    let menu: Character?
    /// Shown on the bottom bar (which has room for about seven commands at 80 columns).
    let inBar: Bool
    /// The longer line in F1 help; the label when nil.
    let explanation: String?
    /// A shorter label for the bar, where 80 columns hold about seven commands.
    let barLabel: String?
    let run: (App) -> Void

    init(_ label: String, keys: [Key] = [], menu: Character? = nil, inBar: Bool = true, explanation: String? = nil,
         barLabel: String? = nil, run: @escaping (App) -> Void) {
        self.label = label
        self.barLabel = barLabel
        self.keys = keys
        self.menu = menu
        self.inBar = inBar
        self.explanation = explanation
        self.run = run
    }

    /// How a key is written on the bar, in help and in Docs/keys.md.
    static func name(of key: Key) -> String {
        switch key {
        case .function(let n): "F\(n)"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .left: "←"
        case .right: "→"
        case .up: "↑"
        case .down: "↓"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .resize: ""
        }
    }

    /// Every way to run the command, as help and Docs/keys.md write it: "F8", "Enter, F4", "F9 K".
    var keyText: String {
        var names = keys.map(Command.name(of:))
        if let menu { names.append("F9 \(menu)") }
        return names.joined(separator: ", ")
    }
}

extension [Command] {
    func matching(_ key: Key) -> Command? { first { $0.keys.contains(key) } }

    /// On a viewer, where nothing is typed, a letter runs its command in either case (declared in upper case).
    func matchingLetter(_ key: Key) -> Command? {
        guard case .character(let letter) = key else { return matching(key) }
        return matching(.character(Character(letter.uppercased())))
    }

    /// F1 help of a screen: what it is for, its commands, then the notes.
    func help(_ help: ScreenHelp) -> [String] {
        help.intro + [""] + helpLines + (help.outro.isEmpty ? [] : [""] + help.outro)
    }

    var hasMenu: Bool { contains { $0.menu != nil } }

    /// The bottom bar: help first, then the commands the bar has room for, the menu and the way back.
    func hints(_ app: App, last: KeyHint) -> [KeyHint] {
        var hints = [KeyHint("F1", app.strings.keyHelp)]
        hints += filter { $0.inBar && !$0.keys.isEmpty }.map { KeyHint(Command.name(of: $0.keys[0]), $0.barLabel ?? $0.label) }
        if hasMenu { hints.append(KeyHint("F9", app.strings.keyMenu)) }
        return hints + [last]
    }

    /// The key lines of F1 help, in the layout of the hand-written ones ("  F7            what it does"), followed by
    /// the keys every list shares; one column for the keys, so the explanations line up.
    func helpLines(then shared: [KeyLine] = []) -> [String] {
        let rows = map { ($0.keyText, $0.explanation ?? $0.label) } + shared.map { ($0.keys, $0.text) }
        let width = Swift.max(14, (rows.map(\.0.count).max() ?? 0) + 2)
        return rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count) + $0.1 }
    }

    var helpLines: [String] { helpLines() }

    var menuItems: [MenuItem] {
        compactMap { command in
            command.menu.map { MenuItem(key: $0, label: command.label, shortcut: command.keys.first.map(Command.name(of:)),
                                        run: command.run) }
        }
    }
}

/// A key line of help that belongs to no command (the keys every list shares): the keys as written, what they do.
public struct KeyLine: Sendable {
    public let keys: String
    public let text: String
    public init(_ keys: String, _ text: String) {
        self.keys = keys
        self.text = text
    }
}
