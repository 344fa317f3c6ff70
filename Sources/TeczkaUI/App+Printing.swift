import TeczkaReports

extension App {
    /// Writes a document as a printable HTML page into the store's `wydruki/` folder and says where it went.
    func savePrintable(_ document: PrintedDocument, named name: String) {
        do {
            show(strings.meeting.printed(try store.writeDocument(named: name, contents: document.render(.html))))
        } catch {
            report(error)
        }
    }
}
