/// Numbers the Polish way: thousands grouped with a non-breaking space (1 234), a decimal comma (12,5).
public enum PolishNumber {
    /// U+00A0: keeps "1 234" on one line in a terminal, a word processor and a browser.
    public static let groupSeparator: Character = "\u{00A0}"

    public static func format(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(groupSeparator) }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    public static func format(_ value: Double, places: Int) -> String {
        let (whole, fraction) = split(value, places: places)
        return fraction.isEmpty ? format(whole) : format(whole) + "," + fraction
    }

    /// Integer part and the decimal digits after rounding to `places`, e.g. 1234.56 / 1 → (1234, "6").
    static func split(_ value: Double, places: Int) -> (Int, String) {
        var scale = 1
        for _ in 0..<max(0, places) { scale *= 10 }
        let scaled = Int((value.magnitude * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? -1 : 1
        let fraction = places > 0 ? String(scaled % scale) : ""
        let padded = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        return (sign * (scaled / scale), padded)
    }

    /// Plain digits for data files: no grouping; the decimal mark is given (a comma for Polish spreadsheets).
    static func plain(_ cell: ReportCell, decimalMark: String) -> String {
        switch cell {
        case .count(let n), .flagged(let n): return String(n)
        case .decimal(let d, let places):
            let (whole, fraction) = split(d, places: places)
            return fraction.isEmpty ? String(whole) : "\(whole)\(decimalMark)\(fraction)"
        case .text(let s): return s
        case .empty: return ""
        }
    }

    /// A cell as people read it: Polish number format, "!" after a value above its limit.
    static func display(_ cell: ReportCell) -> String {
        switch cell {
        case .count(let n): return format(n)
        case .flagged(let n): return format(n) + " !"
        case .decimal(let d, let places): return format(d, places: places)
        case .text(let s): return s
        case .empty: return ""
        }
    }
}
