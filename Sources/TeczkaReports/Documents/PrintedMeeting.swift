import TeczkaCore

/// A team meeting protocol as a document: date, place, chair, participants, and per family the remarks and
/// recommendations; signed by the chair and by whoever wrote it down.
public enum PrintedMeeting {
    /// Nil when the meeting does not exist; only the entries about families the reader may see are printed.
    public static func document(_ id: RecordID, in file: CaseFile) -> PrintedDocument? {
        guard let meeting = file.meetings[id] else { return nil }
        let entries = meeting.entries.filter { file.canSee($0.familyID) }
        var facts = [("Data posiedzenia", meeting.date.polish)]
        if let place = meeting.place { facts.append(("Miejsce", place)) }
        if let chair = meeting.chair { facts.append(("Prowadzący(a)", chair)) }
        facts.append(("Uczestnicy", meeting.participants.split(separator: "\n").joined(separator: ", ")))
        let rows = entries.enumerated().map { index, entry in
            ["\(index + 1)", file.families[entry.familyID]?.label ?? "", entry.remarks, entry.recommendations]
        }
        let sections: [PrintedDocument.Section] = [
            .init(title: "Rodziny omawiane na posiedzeniu", paragraphs: rows.isEmpty ? ["—"] : [],
                  table: rows.isEmpty ? nil : (["Lp.", "Rodzina", "Uwagi", "Zalecenia"], rows)),
        ]
        let signatures = [SignatureLine("Protokołował(a)", meeting.recordedBy.map { file.userName($0) } ?? ""),
                          SignatureLine("Prowadzący(a) posiedzenie", meeting.chair ?? "")]
        return PrintedDocument(title: "Protokół posiedzenia zespołu z dnia \(meeting.date.polish)", facts: facts,
                               sections: sections, status: "", signatures: signatures, letterhead: .of(file))
    }
}
