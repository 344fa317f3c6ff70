/// A one-line text editor: insert at the cursor, Backspace/Delete, Left/Right, Home/End, Ctrl-U clears.
/// Scrolls horizontally when the text is longer than the field. Masked fields show `•` (passphrases).
public struct TextField: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    private var scroll = 0
    public var masked: Bool
    public var limit: Int

    public init(_ text: String = "", masked: Bool = false, limit: Int = 200) {
        characters = Array(text)
        cursor = characters.count
        self.masked = masked
        self.limit = limit
    }

    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
        }
    }

    /// Handles an editing key; returns false for keys it does not use (Enter, Tab, arrows up/down …).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            // Typed text never holds control characters; longer text than the limit is refused by validation,
            // but typing stops a little past it so the user sees the message instead of a silent cut.
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
                  characters.count < limit + 1 else { return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeAll()
            cursor = 0
        default: return false
        }
        return true
    }

    /// Draws the visible part of the text at (x, y) in `width` columns; returns the cursor's column.
    /// Draws the field: a field being edited scrolls to keep the cursor in sight, with "…" where text is hidden at
    /// either end; a field not being edited shows its beginning, cut with "…" (never the end of a long text alone).
    public mutating func draw(into canvas: inout Canvas, x: Int, y: Int, width: Int, role: StyleRole) -> Int {
        guard width > 0 else { return x }
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: role)
        let text = masked ? String(repeating: "•", count: characters.count) : String(characters)
        guard role == .fieldFocused, DisplayWidth.of(text) > width else {
            if role != .fieldFocused { scroll = 0 }
            canvas.put(text, x: x, y: y, role: role, maxWidth: width)
            return x + DisplayWidth.of(String(Array(text).prefix(cursor)))
        }
        if cursor < scroll + 1 { scroll = max(0, cursor - 1) }
        let shownText = Array(text)
        // Columns from `scroll` to the cursor, kept within the field (one column for "…" before, one for the cursor).
        var before = shownText[scroll..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while before > width - 2 {
            before -= DisplayWidth.of(shownText[scroll])
            scroll += 1
        }
        var column = x
        if scroll > 0 {
            canvas.put("…", x: column, y: y, role: role)
            column += 1
        }
        canvas.put(String(shownText[scroll...]), x: column, y: y, role: role, maxWidth: x + width - column)
        return column + before
    }
}
