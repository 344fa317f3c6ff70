import Testing
@testable import TeczkaUI

@Suite("Money typed and shown in Polish zł")
struct MoneyTests {
    @Test("amounts read with a comma or a dot, spaces between thousands; anything else is refused")
    func parsing() {
        #expect(["1234,56", "1 234,56", "1\u{00A0}234.5", "1234", "0,01"].map(Money.grosze(parsing:)) == [123_456, 123_456, 123_450, 123_400, 1])
        #expect(["", "-5", "+5", "1,234", "1.2.3", "abc", "12zł", "1e5", "١٢", "99999999999999999999"].allSatisfy { Money.grosze(parsing: $0) == nil })
        #expect(Money.text(123_456) == "1\u{00A0}234,56 zł" && Money.text(5) == "0,05 zł")
    }
}
