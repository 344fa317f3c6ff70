/// The F1 help of a list screen, per language: what the screen is for, one line per command keyed by the command's
/// letter in the F9 menu, and notes after the keys. The keys themselves come from the screen's declared commands,
/// so the help cannot name a key the screen does not have; a test checks that every command has its line here.
public struct ScreenHelp: Sendable {
    public let intro: [String]
    public let commands: [Character: String]
    public let outro: [String]

    public init(_ intro: [String], commands: [Character: String], after outro: [String] = []) {
        self.intro = intro
        self.commands = commands
        self.outro = outro
    }

    /// The prose without the key lines, for a form that shares the list's help.
    public var prose: [String] { outro.isEmpty ? intro : intro + [""] + outro }
}
