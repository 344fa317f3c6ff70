/// A key press, as the terminal layer decodes it. Tests build these directly.
public enum Key: Equatable, Sendable {
    case character(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)
    case resize
    /// Ctrl + letter (lowercase), for the few editing keys that need it.
    case control(Character)

    /// Keys from a string of ordinary characters, for tests and scripted input.
    public static func typing(_ text: String) -> [Key] { text.map { .character($0) } }
}

/// A key and its label for the bottom bar (MC style: "F2 Zapisz").
public struct KeyHint: Equatable, Sendable {
    public let key: String
    public let label: String
    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}
