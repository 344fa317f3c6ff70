/// A multi-line text editor (visit notes, monitoring notes): word wrap at the field's width, cursor keys over the
/// wrapped lines, Home/End, PgUp/PgDn, Enter for a new line. Tab, Esc and F-keys are left to the form.
public struct TextArea: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public var limit: Int
    private var wrapWidth = 60
    private var visibleRows = 6
    private var top = 0
    /// The column Up/Down try to keep.
    private var preferredColumn: Int?

    public init(_ text: String = "", limit: Int = 8000) {
        characters = Array(text)
        cursor = characters.count
        self.limit = limit
    }

    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
        }
    }

    struct Line: Equatable {
        let start: Int
        let count: Int
    }

    /// Visual lines: paragraphs split at newlines, then wrapped at spaces (long words are cut).
    func layout(width: Int) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var paragraphStart = 0
        for index in 0...characters.count where index == characters.count || characters[index] == "\n" {
            var start = paragraphStart
            if start == index { lines.append(Line(start: start, count: 0)) }
            while start < index {
                if index - start <= width {
                    lines.append(Line(start: start, count: index - start))
                    break
                }
                var cut = start + width
                if let space = (start + 1...start + width).reversed().first(where: { characters[$0 - 1] == " " }) { cut = space }
                lines.append(Line(start: start, count: cut - start))
                start = cut
            }
            paragraphStart = index + 1
        }
        return lines
    }

    /// The visual row and column of the cursor.
    func position(in lines: [Line]) -> (row: Int, column: Int) {
        let row = lines.lastIndex { $0.start <= cursor } ?? 0
        return (row, min(cursor - lines[row].start, lines[row].count))
    }

    /// The last column the cursor may take on a row: a wrapped row's end is the next row's start.
    private func lastColumn(_ row: Int, _ lines: [Line]) -> Int {
        let line = lines[row]
        let continues = row + 1 < lines.count && lines[row + 1].start == line.start + line.count
        return continues ? max(0, line.count - 1) : line.count
    }

    private mutating func moveRows(_ delta: Int) {
        let lines = layout(width: wrapWidth)
        let (row, column) = position(in: lines)
        let target = min(max(0, row + delta), lines.count - 1)
        let keep = preferredColumn ?? column
        cursor = lines[target].start + min(keep, lastColumn(target, lines))
        preferredColumn = keep
    }

    public mutating func handle(_ key: Key) -> Bool {
        var keepColumn = false
        switch key {
        case .character(let c):
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
                  characters.count < limit + 1 else { return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .enter:
            guard characters.count < limit + 1 else { return true }
            characters.insert("\n", at: cursor)
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
        case .up: moveRows(-1); keepColumn = true
        case .down: moveRows(1); keepColumn = true
        case .pageUp: moveRows(-max(1, visibleRows - 1)); keepColumn = true
        case .pageDown: moveRows(max(1, visibleRows - 1)); keepColumn = true
        case .home, .control("a"):
            let lines = layout(width: wrapWidth)
            cursor = lines[position(in: lines).row].start
        case .end, .control("e"):
            let lines = layout(width: wrapWidth)
            let row = position(in: lines).row
            cursor = lines[row].start + lastColumn(row, lines)
        case .control("u"):
            characters.removeAll()
            cursor = 0
        default: return false
        }
        if !keepColumn { preferredColumn = nil }
        return true
    }

    /// Draws the wrapped text scrolled to the cursor; returns the cursor's screen position.
    public mutating func draw(into canvas: inout Canvas, area: Rect, role: StyleRole) -> (x: Int, y: Int) {
        wrapWidth = max(1, area.width - 1)
        visibleRows = max(1, area.height)
        let lines = layout(width: wrapWidth)
        let (row, column) = position(in: lines)
        if row < top { top = row }
        if row >= top + visibleRows { top = row - visibleRows + 1 }
        top = max(0, min(top, max(0, lines.count - visibleRows)))
        canvas.fill(area, role: role)
        for (offset, line) in lines.dropFirst(top).prefix(visibleRows).enumerated() {
            canvas.put(String(characters[line.start..<line.start + line.count]), x: area.x, y: area.y + offset, role: role,
                       maxWidth: area.width)
        }
        if lines.count > visibleRows {
            canvas.put(top + visibleRows < lines.count ? "↓" : "↑", x: area.x + area.width - 1, y: area.maxY - 1, role: .dim)
        }
        return (area.x + column, area.y + row - top)
    }
}
