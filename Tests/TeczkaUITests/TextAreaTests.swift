import Testing
@testable import TeczkaUI

@Suite("Multi-line editor")
struct TextAreaTests {
    /// Draws in an area one column wider than `width`: the text wraps at `width`, the spare column holds the cursor
    /// after a full line and the scroll marks.
    @discardableResult
    func draw(_ area: inout TextArea, width: Int = 20, height: Int = 5) -> (canvas: Canvas, cursor: (x: Int, y: Int)) {
        var canvas = Canvas(width: width + 1, height: height)
        let cursor = area.draw(into: &canvas, area: Rect(x: 0, y: 0, width: width + 1, height: height), role: .normal)
        return (canvas, cursor)
    }

    func cursorAt(_ area: inout TextArea, width: Int = 20, height: Int = 5) -> [Int] {
        let (_, cursor) = draw(&area, width: width, height: height)
        return [cursor.x, cursor.y]
    }

    func type(_ area: inout TextArea, _ text: String) {
        for key in Key.typing(text) {
            let used = area.handle(key)
            #expect(used)
        }
    }

    func press(_ area: inout TextArea, _ keys: Key...) {
        for key in keys {
            let used = area.handle(key)
            #expect(used)
        }
    }

    @Test("Polish letters, also with combining marks, are one character and one column each")
    func polishText() {
        var area = TextArea()
        type(&area, "Zażółć gęślą jaźń")
        #expect(area.text == "Zażółć gęślą jaźń")
        #expect(area.characters.count == 17)
        #expect(cursorAt(&area) == [17, 0])
        // A decomposed ę (e + combining ogonek) and ź (z + combining acute), the mark typed as its own key.
        var decomposed = TextArea()
        press(&decomposed, .character("e"), .character("\u{0328}"), .character("z"), .character("\u{0301}"))
        #expect(decomposed.characters.count == 2)
        #expect(decomposed.text == "e\u{0328}z\u{0301}")
        #expect(decomposed.text == "ęź")
        press(&decomposed, .left, .backspace)
        #expect(decomposed.text == "z\u{0301}")
        #expect(cursorAt(&decomposed) == [0, 0])
        // Whole decomposed characters from the terminal, and text set from outside.
        var whole = TextArea("Łódź: ")
        press(&whole, .character("s\u{0301}"), .character("l"), .character("a\u{0328}"))
        #expect(whole.text == "Łódź: śl\u{0105}")
        #expect(whole.characters.count == 9)
        let (canvas, cursor) = draw(&whole)
        #expect(canvas.line(0) == "Łódź: śl\u{0061}\u{0328}")
        #expect(cursor == (9, 0))
    }

    @Test("Enter starts a new line; Backspace at a line's start joins it to the one above")
    func newlines() {
        var area = TextArea()
        type(&area, "Rozmowa z mamą.")
        press(&area, .enter)
        type(&area, "Łucja")
        var (canvas, cursor) = draw(&area)
        #expect(area.text == "Rozmowa z mamą.\nŁucja")
        #expect(canvas.text == "Rozmowa z mamą.\nŁucja\n\n\n")
        #expect(cursor == (5, 1))
        press(&area, .home, .backspace)
        (canvas, cursor) = draw(&area)
        #expect(area.text == "Rozmowa z mamą.Łucja")
        #expect(canvas.line(0) == "Rozmowa z mamą.Łucja")
        #expect(cursor == (15, 0))
        // Delete at a line's end joins too; a trailing newline puts the cursor on an empty last line.
        var second = TextArea("Ala\nOla")
        press(&second, .up, .end, .delete)
        #expect(second.text == "AlaOla")
        second.text = "Ala\n"
        #expect(cursorAt(&second) == [0, 1])
        press(&second, .left)
        #expect(cursorAt(&second) == [3, 0])
        press(&second, .right, .backspace)
        #expect(second.text == "Ala")
        #expect(cursorAt(&second) == [3, 0])
        press(&second, .enter, .enter)
        #expect(cursorAt(&second) == [0, 2])
    }

    @Test("a long paragraph wraps at spaces at width 20, long words are cut, newlines are kept")
    func wrapping() {
        var area = TextArea("Matka opowiedziała o trudnościach z dojazdem do szkoły i o pracy zmianowej.\n"
                            + "Konstantynopolitańczykowianeczka\n\nKoniec")
        let (canvas, cursor) = draw(&area, height: 10)
        #expect(canvas.text == """
            Matka opowiedziała o
            trudnościach z
            dojazdem do szkoły i
            o pracy zmianowej.
            Konstantynopolitańcz
            ykowianeczka

            Koniec


            """)
        #expect(cursor == (6, 7))
        // Every visual line is at most 20 columns plus a space at the break.
        for line in area.layout(width: 20) {
            #expect(line.count <= 21)
        }
    }

    @Test("the cursor at a wrapped line's end shows on the next row; at a full last line, in the spare column")
    func cursorAtLineEnds() {
        var area = TextArea("aaaa bbbb cccc dddd eeee")
        // "aaaa bbbb cccc dddd " takes 20 columns and the space; the cursor after it is on the next row.
        #expect(cursorAt(&area) == [4, 1])
        press(&area, .home)
        #expect(cursorAt(&area) == [0, 1])
        press(&area, .left)
        #expect(cursorAt(&area) == [19, 0])
        // A word cut at the width: the cursor after the 20th letter is at the next row's start.
        var cut = TextArea(String(repeating: "x", count: 25))
        for _ in 0..<5 { press(&cut, .left) }
        #expect(cursorAt(&cut) == [0, 1])
        // A line of exactly 20 characters ending the paragraph keeps the cursor on it, in the spare column.
        var full = TextArea(String(repeating: "y", count: 20))
        #expect(cursorAt(&full) == [20, 0])
        let (canvas, _) = draw(&full)
        #expect(canvas.line(0) == String(repeating: "y", count: 20))
        #expect(canvas.line(1) == "")
    }

    @Test("Up and Down move by wrapped lines and keep the column")
    func upDown() {
        // Rows at width 10: "aaaa bbbb ", "cc dddd ", "eeeeeeeeee" (a cut word), "ee", then "ffff ggggg".
        var area = TextArea("aaaa bbbb cc dddd eeeeeeeeeeee\nffff ggggg")
        draw(&area, width: 10)
        press(&area, .up, .up, .up, .up)  // From the end (column 10): wrapped rows end before their last character.
        #expect(cursorAt(&area, width: 10) == [9, 0])
        press(&area, .home, .right, .right, .right, .right, .right, .right, .right)
        #expect(cursorAt(&area, width: 10) == [7, 0])
        press(&area, .down)
        #expect(cursorAt(&area, width: 10) == [7, 1])
        press(&area, .down)
        #expect(cursorAt(&area, width: 10) == [7, 2])
        press(&area, .down)  // "ee" is shorter: the cursor goes to its end …
        #expect(cursorAt(&area, width: 10) == [2, 3])
        press(&area, .down)  // … and comes back to column 7 on a longer line.
        #expect(cursorAt(&area, width: 10) == [7, 4])
        press(&area, .up, .up, .up)
        #expect(cursorAt(&area, width: 10) == [7, 1])
        press(&area, .up, .up)  // Up on the first row goes to the start.
        #expect(area.cursor == 0)
        press(&area, .down, .down, .down, .down, .down)  // Down on the last row goes to the end.
        #expect(area.cursor == area.characters.count)
        // Typing forgets the kept column (7): Down after "X" keeps the new one (8).
        press(&area, .up, .up, .up, .end)
        #expect(cursorAt(&area, width: 10) == [7, 1])
        type(&area, "X")
        press(&area, .down)
        #expect(cursorAt(&area, width: 10) == [8, 2])
    }

    @Test("Home and End (and Ctrl-A, Ctrl-E) go to the start and end of the visual line")
    func homeEnd() {
        var area = TextArea("Rodzina zgłosiła problem z opłaceniem rachunków za prąd.\nDruga linia")
        draw(&area)
        press(&area, .up, .up)  // onto "problem z opłaceniem"
        press(&area, .home)
        #expect(cursorAt(&area) == [0, 1])
        press(&area, .end)
        #expect(cursorAt(&area) == [20, 1])
        press(&area, .control("a"))
        #expect(cursorAt(&area) == [0, 1])
        press(&area, .control("e"))
        #expect(cursorAt(&area) == [20, 1])
        press(&area, .down, .down)  // "Druga linia", a paragraph's last line: End goes after its last letter.
        press(&area, .control("a"))
        #expect(cursorAt(&area) == [0, 3])
        press(&area, .end)
        #expect(cursorAt(&area) == [11, 3])
        #expect(area.cursor == area.characters.count)
    }

    @Test("after 4,000 typed characters the view scrolls so that the cursor stays in a 5-row area")
    func scrolling() {
        var area = TextArea()
        let sentence = "Rozmowa o szkole, pracy i zdrowiu dzieci. "
        for _ in 0..<100 { type(&area, sentence) }
        #expect(area.text.count == 4200)
        var (canvas, cursor) = draw(&area, width: 40, height: 5)
        #expect(cursor.y == 4)
        #expect(canvas.line(0).hasSuffix("↑"))
        #expect(canvas.line(4).hasSuffix("zdrowiu dzieci."))
        #expect(cursor.x == canvas.line(4).count + 1)  // after the final space
        let rows = area.layout(width: 40).count
        #expect(rows > 100)
        // PgUp moves by the visible height and keeps the cursor on screen.
        press(&area, .pageUp)
        (canvas, cursor) = draw(&area, width: 40, height: 5)
        #expect((0..<5).contains(cursor.y))
        let (row, _) = area.position(in: area.layout(width: 40))
        #expect(row == rows - 1 - 5)
        #expect(canvas.line(4).hasSuffix("↓"))
        // Going to the start scrolls to the top, and back down again.
        for _ in 0..<30 { press(&area, .pageUp) }
        (canvas, cursor) = draw(&area, width: 40, height: 5)
        #expect(cursor == (0, 0))
        #expect(canvas.line(0).hasPrefix("Rozmowa o szkole"))
        for _ in 0..<30 { press(&area, .pageDown) }
        (_, cursor) = draw(&area, width: 40, height: 5)
        #expect(cursor.y == 4)
        #expect(area.cursor == area.characters.count)
        // Typing in the middle keeps the cursor visible too.
        for _ in 0..<12 { press(&area, .up) }
        type(&area, "ąę")
        (_, cursor) = draw(&area, width: 40, height: 5)
        #expect((0..<5).contains(cursor.y))
        // Ctrl-U clears everything.
        press(&area, .control("u"))
        #expect(area.text.isEmpty)
        #expect(cursorAt(&area, width: 40) == [0, 0])
    }

    @Test("typing stops one character past the limit, so validation can say the text is too long")
    func limit() {
        var area = TextArea(limit: 4000)
        #expect(TextArea().limit == 8000)
        type(&area, String(repeating: "Notatka. ", count: 500))
        #expect(area.text.count == 4001)
        press(&area, .enter)
        #expect(area.text.count == 4001)
        press(&area, .backspace, .enter)
        #expect(area.text.count == 4001)
        #expect(area.text.hasSuffix("\n"))
        var small = TextArea(limit: 3)
        type(&small, "abcdef")
        #expect(small.text == "abcd")
        // A combining mark still joins the last letter: it adds no character.
        press(&small, .character("\u{0328}"))
        #expect(small.characters.count == 4)
    }

    @Test("control characters are refused; imported ones are shown, never sent to the terminal")
    func controlCharacters() {
        var area = TextArea("ok")
        for scalar in ["\u{1B}", "\u{07}", "\t", "\r", "\u{7F}", "\u{00}"] {
            press(&area, .character(Character(scalar)))
        }
        #expect(area.text == "ok")
        var imported = TextArea("a\u{1B}[2Jb\tc\r\nd")
        let (canvas, _) = draw(&imported)
        #expect(canvas.line(0) == "a␛[2Jb␉c")
        #expect(canvas.line(1) == "d")
    }

    @Test("keys the editor does not use are left to the form")
    func unusedKeys() {
        var area = TextArea("tekst")
        let results = [Key.tab, .backTab, .escape, .function(2), .function(10), .resize, .control("x")].map {
            area.handle($0)
        }
        #expect(results == [false, false, false, false, false, false, false])
        #expect(area.text == "tekst")
        let used = [Key.enter, .left, .right, .up, .down, .home, .end, .pageUp, .pageDown, .backspace, .delete,
                    .control("a"), .control("e"), .control("u"), .character("x")].map { area.handle($0) }
        #expect(used.allSatisfy { $0 })
    }
}
