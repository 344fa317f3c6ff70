/// How a cell looks. Roles, not colours: the terminal maps them to colours when it has them and `NO_COLOR` is
/// unset, and to bold/reverse/underline otherwise.
public enum StyleRole: Int, Sendable, CaseIterable {
    case normal, title, selected, error, keyNumber, keyLabel, dim, heading, field, fieldFocused
}

public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: StyleRole

    /// The right half of a character two columns wide: the terminal draws nothing there (the character covers it),
    /// and the text of the screen leaves it out.
    public static let continuation: Character = "\u{0}"
    public var isContinuation: Bool { character == Cell.continuation }
}

public struct Rect: Equatable, Sendable {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
    public var maxY: Int { y + height }
    public var maxX: Int { x + width }
}

/// A screen as a grid of cells. Screens draw onto it; the terminal copies it to ncurses; tests read it as text.
public struct Canvas: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes after drawing (the selected row or the text being typed), and whether it shows.
    public var cursor: (x: Int, y: Int) = (0, 0)
    public var cursorVisible = false

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(character: " ", role: .normal), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Replaces control characters (and bidi overrides) with visible placeholders, so that nothing typed or
    /// imported can reach the terminal as an escape sequence: ESC → ␛, newline → ␊, other C0 → control pictures.
    public static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Writes text from (x, y) in display columns (a wide character takes two), clipped to `maxWidth` columns and to
    /// the canvas; text that does not fit ends with "…", so a cut is always visible. Returns the columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(maxWidth ?? width, width - x)
        guard limit > 0 else { return 0 }
        let characters = Array(Canvas.visible(text))
        let total = characters.reduce(0) { $0 + DisplayWidth.of($1) }
        // Room for the text, less one column for "…" when it does not all fit.
        let room = total > limit ? limit - 1 : limit
        var column = 0
        for character in characters {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            guard column + w <= room else { break }
            set(character, x + column, y, role)
            if w == 2 { set(Cell.continuation, x + column + 1, y, role) }
            column += w
        }
        if total > limit {
            set("…", x + column, y, role)
            column += 1
        }
        return column
    }

    private mutating func set(_ character: Character, _ cx: Int, _ y: Int, _ role: StyleRole) {
        guard cx >= 0, cx < width else { return }
        // Overwriting half of a wide character blanks its other half.
        if cells[y * width + cx].isContinuation, cx > 0 { cells[y * width + cx - 1].character = " " }
        if cx + 1 < width, cells[y * width + cx + 1].isContinuation, !(character == Cell.continuation) {
            cells[y * width + cx + 1].character = " "
        }
        cells[y * width + cx] = Cell(character: character, role: role)
    }

    /// Fills a rectangle with spaces of a role (backgrounds of bars and selected rows).
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.x + rect.width) {
                cells[y * width + x] = Cell(character: " ", role: role)
            }
        }
    }

    /// A single-line box frame around `rect`.
    public mutating func box(_ rect: Rect, role: StyleRole = .normal) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1, bottom = rect.maxY - 1
        for x in rect.x...right {
            put(x == rect.x ? "┌" : x == right ? "┐" : "─", x: x, y: rect.y, role: role)
            put(x == rect.x ? "└" : x == right ? "┘" : "─", x: x, y: bottom, role: role)
        }
        for y in (rect.y + 1)..<bottom {
            put("│", x: rect.x, y: y, role: role)
            put("│", x: right, y: y, role: role)
        }
    }

    /// The screen as plain text, one line per row, trailing spaces removed (what screen tests compare).
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// Row `y` as text (trailing spaces removed; a wide character once).
    public func line(_ y: Int) -> String {
        var line = String((0..<width).map { cells[y * width + $0].character }.filter { $0 != Cell.continuation })
        while line.last == " " { line.removeLast() }
        return line
    }
}

/// Pads or cuts text to exactly `width` display columns (a wide character takes two); a cut ends with "…".
func fit(_ text: String, _ width: Int, alignRight: Bool = false) -> String {
    guard width > 0 else { return "" }
    let count = DisplayWidth.of(text)
    if count > width {
        var kept = "", used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            guard used + w <= width - 1 else { break }
            kept.append(character)
            used += w
        }
        return kept + "…" + String(repeating: " ", count: width - 1 - used)
    }
    let pad = String(repeating: " ", count: width - count)
    return alignRight ? pad + text : text + pad
}

/// Text cut to at most `width` display columns, ending with "…" when cut (no padding).
func clip(_ text: String, _ width: Int) -> String {
    DisplayWidth.of(text) <= width ? text : String(fit(text, width).reversed().drop { $0 == " " }.reversed())
}

/// Splits text into lines of at most `width` columns at spaces (long words are cut), keeping explicit line breaks.
func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var current = ""
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            while DisplayWidth.of(word) > width {
                if !current.isEmpty { lines.append(current); current = "" }
                // As many characters as fit the columns, and at least one (a wide one in a one-column space).
                var taken = 0, used = 0
                for character in word {
                    let w = DisplayWidth.of(character)
                    guard used + w <= width || taken == 0 else { break }
                    taken += 1
                    used += w
                }
                lines.append(String(word.prefix(taken)))
                word = String(word.dropFirst(taken))
            }
            if current.isEmpty {
                current = word
            } else if DisplayWidth.of(current) + 1 + DisplayWidth.of(word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
    }
    return lines
}
