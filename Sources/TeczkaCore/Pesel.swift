/// The Polish personal number: 11 digits, YYMMDD with the century in the month, a serial, a sex digit and a
/// checksum with weights 1-3-7-9.
public struct Pesel: Hashable, Sendable {
    public let digits: String

    public enum Problem: Error, Equatable, Sendable {
        case wrongLength
        case notDigits
        case badChecksum
        case badDate
    }

    private static let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]

    public init(_ text: String) throws(Problem) {
        let trimmed = text.filter { $0 != " " }
        guard trimmed.allSatisfy(\.isASCIIDigitChar) else { throw .notDigits }
        guard trimmed.count == 11 else { throw .wrongLength }
        let values = trimmed.compactMap { $0.wholeNumberValue }
        let sum = zip(values.prefix(10), Pesel.weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard (10 - sum % 10) % 10 == values[10] else { throw .badChecksum }
        digits = trimmed
        guard birthDate != nil else { throw .badDate }
    }

    private var values: [Int] { digits.compactMap { $0.wholeNumberValue } }

    /// The birth date encoded in the number (months +80 for 1800s, +0 for 1900s, +20, +40, +60 for later centuries).
    public var birthDate: LocalDate? {
        let v = values
        let yy = v[0] * 10 + v[1]
        let mm = v[2] * 10 + v[3]
        let dd = v[4] * 10 + v[5]
        let century: Int
        let month: Int
        switch mm {
        case 81...92: century = 1800; month = mm - 80
        case 1...12: century = 1900; month = mm
        case 21...32: century = 2000; month = mm - 20
        case 41...52: century = 2100; month = mm - 40
        case 61...72: century = 2200; month = mm - 60
        default: return nil
        }
        return LocalDate(year: century + yy, month: month, day: dd)
    }

    public var isFemale: Bool { values[9] % 2 == 0 }
}
