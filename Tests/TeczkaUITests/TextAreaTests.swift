import Testing
@testable import TeczkaUI

@Suite("Multi-line editor")
struct TextAreaTests {
    func draw(_ area: inout TextArea, width: Int = 20, height: Int = 5) -> (Canvas, (x: Int, y: Int)) {
        var canvas = Canvas(width: width + 2, height: height)
        let cursor = area.draw(into: &canvas, area: Rect(x: 0, y: 0, width: width + 1, height: height), role: .normal)
        return (canvas, cursor)
    }

    func type(_ area: inout TextArea, _ text: String) {
        for key in Key.typing(text) { _ = area.handle(key) }
    }

    @Test("Polish text wraps at spaces; Enter starts a new line; Backspace joins lines")
    func wrapping() {
        var area = TextArea()
        type(&area, "Zażółć gęślą jaźń, pójdź do szkoły")
        _ = area.handle(.enter)
        type(&area, "Łucja")
        var (canvas, cursor) = draw(&area)
        #expect(canvas.line(0) == "Zażółć gęślą jaźń,")
        #expect(canvas.line(1) == "pójdź do szkoły")
        #expect(canvas.line(2) == "Łucja")
        #expect(cursor == (5, 2))
        for _ in 0..<6 { _ = area.handle(.backspace) }
        (canvas, cursor) = draw(&area)
        #expect(area.text == "Zażółć gęślą jaźń, pójdź do szkoły")
        #expect(cursor == (15, 1))
    }

    @Test("Up and Down move by wrapped lines and keep the column; Home and End stay on the visual line")
    func movement() {
        var area = TextArea("aaaa bbbb cccc dddd eeee ffff gggg")
        _ = draw(&area, width: 10)
        _ = area.handle(.home)
        var (_, cursor) = draw(&area, width: 10)
        #expect(cursor == (0, 3))
        _ = area.handle(.right)
        _ = area.handle(.right)
        _ = area.handle(.up)
        (_, cursor) = draw(&area, width: 10)
        #expect(cursor == (2, 2))
        _ = area.handle(.end)
        (_, cursor) = draw(&area, width: 10)
        #expect(cursor.y == 2)
        _ = area.handle(.pageUp)
        (_, cursor) = draw(&area, width: 10)
        #expect(cursor.y == 0)
    }

    @Test("a long note scrolls so the cursor stays visible; the limit and control characters are enforced")
    func longNotes() {
        var area = TextArea(limit: 4500)
        type(&area, String(repeating: "Notatka z wizyty. ", count: 250))
        #expect(area.text.count == 4500)
        let (_, cursor) = draw(&area, width: 40, height: 5)
        #expect(cursor.y == 4)
        var small = TextArea(limit: 3)
        type(&small, "abcdef")
        #expect(small.text == "abcd")
        _ = small.handle(.character("\u{1B}"))
        #expect(small.text == "abcd")
    }

    @Test("keys the editor does not use are left to the form")
    func unusedKeys() {
        var area = TextArea()
        let results = [Key.tab, .escape, .function(2), .enter].map { area.handle($0) }
        #expect(results == [false, false, false, true])
    }
}
