import TeczkaCore
import TeczkaReports

extension App {
    /// Writes a document as a printable HTML page into the store's `wydruki/` folder, records the printout in the
    /// history (who printed what) and says where it went.
    func savePrintable(_ document: PrintedDocument, named name: String, about kind: RecordKind) {
        do {
            let path = try store.writeDocument(named: name, contents: document.render(.html))
            try file?.recordPrint(fileName: path, kind: kind)
            show(strings.meeting.printed(path))
        } catch {
            report(error)
        }
    }
}
