import CXlsxWriter
import Foundation
import TeczkaCore

/// Reports as an Excel workbook (.xlsx), written by Debian's libxlsxwriter: one sheet per table, the completeness
/// findings on a sheet of their own. Unlike CSV, a workbook opens the same way in every locale: numbers are numbers
/// (shown with the spreadsheet's own separators), text is text and the letters are right.
enum XLSXWorkbook {
    /// Sheet names: at most 31 characters, none of `[ ] : * ? / \`, not starting or ending with an apostrophe.
    static let sheetNameLimit = 31
    static let findingsSheet = "Braki w danych"

    /// The workbook's bytes. libxlsxwriter writes only to a file, so it goes through a private temporary folder.
    static func render(_ tables: [ReportTable], findings: [Finding]) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("teczka-xlsx-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreProblem.io("\(folder.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("raport.xlsx").path
        try write(tables, findings: findings, to: path)
        guard let data = FileManager.default.contents(atPath: path) else { throw StoreProblem.io(path) }
        return data
    }

    private static func write(_ tables: [ReportTable], findings: [Finding], to path: String) throws {
        guard let workbook = workbook_new(path) else { throw StoreProblem.io(path) }
        let styles = XLSXStyles(workbook)
        var used: Set<String> = [findingsSheet.lowercased()]
        for table in tables {
            let name = sheetName(table.name, avoiding: used)
            used.insert(name.lowercased())
            guard let sheet = workbook_add_worksheet(workbook, name) else {
                workbook_close(workbook)
                throw StoreProblem.io("\(path): \(name)")
            }
            XLSXTable(table, sheet: sheet, styles: styles).write()
        }
        if !findings.isEmpty, let sheet = workbook_add_worksheet(workbook, findingsSheet) {
            XLSXTable.writeFindings(findings, sheet: sheet, styles: styles)
        }
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else { throw StoreProblem.io("\(path): \(String(cString: lxw_strerror(result)))") }
    }

    /// `name` made a valid sheet name that differs (case ignored, as the spreadsheets compare them) from `used`.
    static func sheetName(_ name: String, avoiding used: Set<String>) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var cleaned = String(name.map { forbidden.contains($0) ? "_" : $0 })
            .trimmingCharacters(in: CharacterSet(charactersIn: "' ").union(.whitespacesAndNewlines))
        if cleaned.isEmpty { cleaned = "Raport" }
        var candidate = String(cleaned.prefix(sheetNameLimit))
        var number = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(cleaned.prefix(sheetNameLimit - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }
}

/// The cell formats of one workbook, made once and shared by its sheets.
final class XLSXStyles {
    let title, heading, label, totalLabel, text, note: UnsafeMutablePointer<lxw_format>
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var numbers: [NumberStyle: UnsafeMutablePointer<lxw_format>] = [:]

    /// A number's format: its decimal places, bold in the RAZEM row, a "!" after a value above its limit.
    struct NumberStyle: Hashable {
        var places: Int
        var bold: Bool
        var flagged: Bool
    }

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
        func make(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format> {
            let format = workbook_add_format(workbook)!
            configure(format)
            return format
        }
        title = make { format_set_bold($0); format_set_font_size($0, 13); format_set_text_wrap($0); Self.top($0) }
        heading = make { format_set_bold($0); format_set_text_wrap($0); Self.boxed($0)
            format_set_align($0, UInt8(LXW_ALIGN_CENTER.rawValue)); format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)) }
        label = make { format_set_text_wrap($0); Self.boxed($0); Self.top($0) }
        totalLabel = make { format_set_bold($0); format_set_text_wrap($0); Self.boxed($0); Self.top($0) }
        text = make { format_set_text_wrap($0); Self.top($0) }
        note = make { format_set_text_wrap($0); format_set_font_size($0, 9); Self.top($0) }
    }

    /// `#,##0` is the spreadsheet file's own notation: Excel and Calc show it with the reader's separators, so a
    /// Polish one prints "1 234" and "12,50" while the cell keeps the number.
    func number(_ style: NumberStyle) -> UnsafeMutablePointer<lxw_format> {
        if let format = numbers[style] { return format }
        let format = workbook_add_format(workbook)!
        let decimals = style.places > 0 ? "." + String(repeating: "0", count: style.places) : ""
        format_set_num_format(format, "#,##0" + decimals + (style.flagged ? "\" !\"" : ""))
        if style.bold || style.flagged { format_set_bold(format) }
        Self.boxed(format)
        Self.top(format)
        numbers[style] = format
        return format
    }

    private static func boxed(_ format: UnsafeMutablePointer<lxw_format>) { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    private static func top(_ format: UnsafeMutablePointer<lxw_format>) { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
}
