import Foundation

/// A printout rendered the way its users print it: headless Chromium to PDF, then read back page by page with
/// poppler's `pdfinfo` and `pdftotext`. `make test` installs both (Debian's `chromium` and `poppler-utils`).
struct PDFPages {
    let paper: String
    let pages: [String]

    enum Problem: Error, CustomStringConvertible {
        case missing(String)
        case failed(String, String)
        var description: String {
            switch self {
            case .missing(let tool): return "\(tool) is not installed: `make test` installs it (chromium, poppler-utils)"
            case .failed(let tool, let output): return "\(tool) failed: \(output)"
            }
        }
    }

    /// Renders `html` to PDF in a folder of its own and reads it back.
    static func render(_ html: String, name: String) throws -> PDFPages {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("teczka-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("\(name).html"), pdf = folder.appendingPathComponent("\(name).pdf")
        try Data(html.utf8).write(to: page)
        _ = try run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                 "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw Problem.failed("chromium", "no PDF written") }
        // To look at the pages: TECZKA_KEEP_PDF=/some/folder keeps each PDF there.
        if let keep = ProcessInfo.processInfo.environment["TECZKA_KEEP_PDF"] {
            let kept = URL(fileURLWithPath: keep).appendingPathComponent("\(name).pdf")
            try? FileManager.default.removeItem(at: kept)
            try FileManager.default.copyItem(at: pdf, to: kept)
            try? Data(html.utf8).write(to: kept.deletingPathExtension().appendingPathExtension("html"))
        }
        let info = try run("pdfinfo", [pdf.path])
        let paper = info.split(separator: "\n").first { $0.hasPrefix("Page size:") }.map(String.init) ?? ""
        let count = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        let pages = try (1...max(1, count)).map { n in try run("pdftotext", ["-f", "\(n)", "-l", "\(n)", "-layout", pdf.path, "-"]) }
        return PDFPages(paper: paper, pages: pages)
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        guard let path = ["/usr/bin", "/bin", "/usr/local/bin"].map({ "\($0)/\(tool)" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { throw Problem.missing(tool) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Problem.failed(tool, text) }
        return text
    }

    /// A page's lines without blanks, with runs of spaces (pdftotext's layout) made one; pdftotext ends each page
    /// with a form feed, which is not text.
    static func lines(_ page: String) -> [String] {
        page.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" })
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            .filter { !$0.isEmpty }
    }
}
