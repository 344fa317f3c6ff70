import Foundation
import TeczkaReports

/// Money as the user types and reads it: "1 234,56" zł ↔ grosze.
public enum Money {
    /// Grosze from "1234,56", "1 234.5", "1234"; nil for anything else, a negative amount or more than two decimals.
    public static func grosze(parsing text: String) -> Int? {
        let cleaned = text.filter { !$0.isWhitespace && $0 != "\u{00A0}" }.replacingOccurrences(of: ",", with: ".")
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0, parts[0].allSatisfy(\.isNumber) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber), let f = Int(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? f * 10 : f
        }
        let (total, overflow) = whole.multipliedReportingOverflow(by: 100)
        return overflow ? nil : total + fraction
    }

    /// "1 234,56 zł", grouped as the reports group numbers.
    public static func text(_ grosze: Int) -> String {
        PolishNumber.format(grosze / 100) + "," + String(format: "%02d", grosze % 100) + " zł"
    }
}
