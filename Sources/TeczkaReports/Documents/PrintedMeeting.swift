import TeczkaCore

/// A team meeting protocol as a document: date, participants, and per family the remarks and recommendations.
public enum PrintedMeeting {
    /// Nil when the meeting does not exist; only the entries about families the reader may see are printed.
    public static func document(_ id: RecordID, in file: CaseFile) -> PrintedDocument? {
        guard let meeting = file.meetings[id] else { return nil }
        let entries = meeting.entries.filter { file.canSee($0.familyID) }
        let facts = [("Data posiedzenia", meeting.date.polish), ("Uczestnicy", meeting.participants)]
        let rows = entries.enumerated().map { index, entry in
            ["\(index + 1)", file.families[entry.familyID]?.label ?? "", entry.remarks, entry.recommendations]
        }
        let sections: [PrintedDocument.Section] = [
            .init(title: "Rodziny omawiane na posiedzeniu", paragraphs: rows.isEmpty ? ["—"] : [],
                  table: rows.isEmpty ? nil : (["Lp.", "Rodzina", "Uwagi", "Zalecenia"], rows)),
        ]
        return PrintedDocument(title: "Protokół posiedzenia zespołu z dnia \(meeting.date.polish)", facts: facts,
                               sections: sections, status: "", signatures: ["Protokołował(a)", "Kierownik"])
    }
}
