/// A multi-line text editor (visit notes, monitoring notes): word wrap at the field's width, cursor keys over the
/// wrapped lines, Home/End, PgUp/PgDn, Enter for a new line. Tab, Esc and F-keys are left to the form.
///
/// Every `Character` takes one column (Polish letters, also written with combining marks, are one character). Text
/// wraps at spaces to the area's width less one column: the last column holds the cursor after a full line, a space
/// at a line break, and the ↑/↓ marks that say the text goes on above or below.
public struct TextArea: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// The index in `characters` the next typed character goes to.
    public private(set) var cursor: Int
    /// Longer text is refused by validation; typing stops one character past it so that the message shows.
    public var limit: Int
    /// Columns of text per line, kept from the last draw for Up/Down and PgUp/PgDn.
    private var wrapWidth = 60
    /// Rows shown, kept from the last draw for PgUp/PgDn.
    private var visibleRows = 6
    /// The first visual line shown.
    private var top = 0
    /// The column Up/Down try to keep.
    private var preferredColumn: Int?

    public init(_ text: String = "", limit: Int = 8000) {
        characters = Array(text)
        cursor = characters.count
        self.limit = limit
    }

    /// The whole text; setting it puts the cursor at the end.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
            preferredColumn = nil
        }
    }

    /// One visual line: `count` characters from `start`, without the line break. A line that `continues` is cut by
    /// the wrap, so its end is the next line's start.
    struct Line: Equatable {
        let start: Int
        let count: Int
        let continues: Bool
    }

    /// Newlines typed here, and Windows line ends in imported text.
    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n"
    }

    /// Visual lines: paragraphs split at newlines, then wrapped at spaces (long words are cut). A space at a break
    /// stays at the end of its line, so every character has a place on screen.
    func layout(width: Int) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var paragraphStart = 0
        for end in 0...characters.count where end == characters.count || Self.isLineBreak(characters[end]) {
            var start = paragraphStart
            while end - start > width {
                let cut = breakPoint(from: start, end: end, width: width)
                lines.append(Line(start: start, count: cut - start, continues: true))
                start = cut
            }
            lines.append(Line(start: start, count: end - start, continues: false))
            paragraphStart = end + 1
        }
        return lines
    }

    /// Where a line from `start` that is too long for `width` ends: after the last space that fits behind a word (a
    /// space just after `width` characters may take the spare column), else after `width` characters.
    private func breakPoint(from start: Int, end: Int, width: Int) -> Int {
        var cut = start + width
        var afterWord = false
        // A space is a break only when something follows it on the paragraph, so the cursor after the paragraph's
        // last character never goes past the spare column.
        for index in start..<min(start + width + 1, end - 1) {
            if characters[index] == " " {
                if afterWord { cut = index + 1 }
            } else {
                afterWord = true
            }
        }
        return cut
    }

    /// The visual row and column of the cursor: the last line starting at or before it (a cursor at a wrapped line's
    /// end shows at the start of the next one; at a paragraph's end, after its last character).
    func position(in lines: [Line]) -> (row: Int, column: Int) {
        var low = 0, high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].start <= cursor { low = middle } else { high = middle - 1 }
        }
        return (low, min(max(0, cursor - lines[low].start), lines[low].count))
    }

    /// The last column the cursor may take on a line: on a wrapped line, before its last character.
    private func lastColumn(of line: Line) -> Int {
        line.continues ? line.count - 1 : line.count
    }

    /// Up/Down (one row) and PgUp/PgDn (a screenful, scrolling with it), keeping the column. Up on the first row
    /// goes to the start of the text, Down on the last row to its end.
    private mutating func moveRows(_ delta: Int, scrolls: Bool) {
        let lines = layout(width: wrapWidth)
        let (row, column) = position(in: lines)
        let keep = preferredColumn ?? column
        preferredColumn = keep
        let target = min(max(0, row + delta), lines.count - 1)
        if target == row {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        cursor = lines[target].start + min(keep, lastColumn(of: lines[target]))
        if scrolls { top = max(0, top + target - row) }
    }

    /// Inserts at the cursor (joining a combining mark to the letter before it), unless the text is already past
    /// the limit.
    private mutating func insert(_ character: Character) {
        let joinsLetter = cursor > 0 && (String(characters[cursor - 1]) + String(character)).count == 1
        guard joinsLetter || characters.count < limit + 1 else { return }
        characters.insert(character, at: cursor)
        cursor += 1
        rejoin(at: cursor - 1)
        rejoin(at: cursor)
    }

    /// Merges the characters either side of index `boundary` when together they make one `Character` (a combining
    /// mark typed after its letter, or a letter and a mark that meet after a deletion). The cursor stays after it.
    private mutating func rejoin(at boundary: Int) {
        guard boundary > 0, boundary < characters.count else { return }
        let pair = String(characters[boundary - 1]) + String(characters[boundary])
        guard pair.count == 1, let merged = pair.first else { return }
        characters.replaceSubrange(boundary - 1...boundary, with: [merged])
        if cursor > boundary { cursor -= 1 }
    }

    /// Handles an editing key; returns false for keys it does not use (Tab, Shift-Tab, Esc, F-keys …).
    public mutating func handle(_ key: Key) -> Bool {
        var keepsColumn = false
        switch key {
        case .character(let c):
            // Typed text never holds control characters.
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return true }
            insert(c)
        case .enter:
            insert("\n")
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
                rejoin(at: cursor)
            }
        case .delete:
            if cursor < characters.count {
                characters.remove(at: cursor)
                rejoin(at: cursor)
            }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .up: moveRows(-1, scrolls: false); keepsColumn = true
        case .down: moveRows(1, scrolls: false); keepsColumn = true
        case .pageUp: moveRows(-visibleRows, scrolls: true); keepsColumn = true
        case .pageDown: moveRows(visibleRows, scrolls: true); keepsColumn = true
        case .home, .control("a"):
            let lines = layout(width: wrapWidth)
            cursor = lines[position(in: lines).row].start
        case .end, .control("e"):
            let lines = layout(width: wrapWidth)
            let line = lines[position(in: lines).row]
            cursor = line.start + lastColumn(of: line)
        case .control("u"):
            characters.removeAll()
            cursor = 0
            top = 0
        default: return false
        }
        if !keepsColumn { preferredColumn = nil }
        return true
    }

    /// Fills `area` with `role`, draws the wrapped text scrolled to the cursor, and returns the cursor's screen
    /// position. The width and height are kept for the keys that move by rows.
    public mutating func draw(into canvas: inout Canvas, area: Rect, role: StyleRole) -> (x: Int, y: Int) {
        guard area.width > 0, area.height > 0 else { return (area.x, area.y) }
        wrapWidth = max(1, area.width - 1)
        visibleRows = area.height
        let lines = layout(width: wrapWidth)
        let (row, column) = position(in: lines)
        top = min(max(0, top), max(0, lines.count - visibleRows))
        if row < top { top = row }
        if row >= top + visibleRows { top = row - visibleRows + 1 }
        canvas.fill(area, role: role)
        for (offset, line) in lines[top..<min(lines.count, top + visibleRows)].enumerated() {
            canvas.put(String(characters[line.start..<line.start + line.count]), x: area.x, y: area.y + offset,
                       role: role, maxWidth: area.width)
        }
        let right = area.x + area.width - 1
        if top > 0 { canvas.put("↑", x: right, y: area.y, role: .dim) }
        if top + visibleRows < lines.count { canvas.put("↓", x: right, y: area.maxY - 1, role: .dim) }
        return (area.x + column, area.y + row - top)
    }
}
