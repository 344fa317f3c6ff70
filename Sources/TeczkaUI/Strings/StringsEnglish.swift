import Foundation
import TeczkaCore

extension Strings {
    public static let english: Strings = Strings(
        language: .en,
        appName: "Teczka",
        tooSmall: "The terminal window is too small",
        tooSmallSize: { w, h in "At least 80×24 characters are needed; this one is \(w)×\(h)." },
        yes: "yes", no: "no",
        confirmKeys: "Y – yes    N – no",
        keyHelp: "Help", keySave: "Save", keySearch: "Search", keyEdit: "Edit", keyNewFamily: "New family",
        keyNewMember: "New person", keyArchive: "Archive", keyQuit: "Quit", keyBack: "Back", keyOpen: "Open",
        keyCancel: "Cancel", keyPanel: "Panel", keyArchived: "Archive", keyRestore: "Restore", keyChoose: "Choose",
        keyPerson: "Person", keyFamily: "Family", keyArchiveShort: "Archive",
        busyCreating: "Creating the encrypted store… (this takes a moment)",
        busyUnlocking: "Checking the passphrase…",
        busyDemo: "Creating demo data…",
        setupTitle: "First start",
        setupIntro: { path in [
            "There is no store yet. It will be created in the file:",
            path,
            "The data is encrypted with your passphrase. Without it nobody can read it — remember it.",
        ] },
        setupDone: "The store has been created.",
        demoQuestion: "Load sample families (demo data) to try the program?",
        demoLoaded: { n in "Added \(n) sample \(n == 1 ? "family" : "families")." },
        loginTitle: "Log in",
        loginIntro: { path in "Store: \(path)" },
        loginPassphrase: "Passphrase",
        wrongPassphraseLeft: { n in "Wrong passphrase. \(n) \(n == 1 ? "try" : "tries") left." },
        tooManyAttempts: "Three wrong passphrases. The program ends; no data was changed.",
        familiesTitle: "Families",
        archivedFamiliesTitle: "Archived families",
        columnFamily: "Family", columnLocality: "Locality", columnAdults: "Adults", columnChildren: "Children",
        columnFlags: "Notes",
        columnAssistant: "Assistant", columnWork: "Work", columnLastVisit: "Visit",
        workState: { state in
            switch state {
            case .none: return "—"
            case .inProgress: return "in progress"
            case .monitoring: return "monitoring"
            case .ended: return "ended"
            }
        },
        searchPrompt: "Search: ",
        searchShowing: { q, n, all in "Filter “\(q)”: \(n) of \(all). Esc clears the filter." },
        noFamilies: "No families yet. Press F7 to add the first one.",
        noMatches: "No family matches the search.",
        listNoMatches: { q in "Nothing found for “\(q)”. Esc clears the search." },
        listSearchHelp: [
            KeyLine("letters", "search: the list shows only the rows containing the typed text (case and Polish letters ignored); Enter ends typing, Esc clears the filter. Letters are never commands."),
            KeyLine("F3", "search again with the text so far"),
            KeyLine("F9", "menu: every command of the screen with its letter"),
            KeyLine("Esc, ←", "back"),
        ],
        keyMenu: "Menu", menuTitle: "Commands",
        menuHelp: "This screen's commands. A letter runs its command at once (so do ↑ ↓ and Enter); Esc or F9 closes.",
        menuTodo: "To do", menuMeetings: "Team meetings", menuReview: "Assessments to approve",
        menuReports: "Reports", menuExchange: "Exchange with another store", menuConflicts: "Conflicts",
        menuUsers: "Users", menuArchive: "Archived families", menuActive: "Families (not archived)",
        menuMonth: "Month summary", menuNewFamily: "New family",
        familyCount: { n in "\(n) \(n == 1 ? "family" : "families")" },
        archiveFamilyQuestion: { l in "Move the family “\(l)” to the archive? Its data is kept." },
        restoreFamilyQuestion: { l in "Bring the family “\(l)” back from the archive?" },
        familyArchived: { l in "The family “\(l)” is in the archive (F9, A shows the archive)." },
        familyRestored: { l in "The family “\(l)” is back on the list." },
        largeFamilyFlag: "large",
        ruralFlag: "rural",
        cardTitle: { l in "Family: \(l)" },
        membersHeading: "People", historyHeading: "Change history", notesHeading: "Notes",
        noMembers: "No people yet. Press F7 to add one.",
        noHistory: "No history.",
        archivedBadge: "[ARCHIVED]",
        years: { n in "\(n) \(n == 1 ? "year" : "years")" },
        childWord: "child", adultWord: "adult",
        noBirthDate: "no birth date",
        archiveMemberQuestion: { n in "Move “\(n)” to the archive? The data is kept." },
        memberArchived: { n in "“\(n)” is in the archive." },
        newFamilyTitle: "New family", editFamilyTitle: "Edit family",
        newMemberTitle: "New person", editMemberTitle: "Edit person",
        dateHint: "YYYY-MM-DD or DD.MM.YYYY", peselHint: "11 digits; optional",
        choiceHint: "← → change the choice", toggleHint: "Space switches",
        notATextField: "This field takes no text: ← → change the choice (yes/no: Space, a list: Enter). Tab goes to the next field.",
        promptOwnPassphrase: "Your passphrase to the store (the account running the command)",
        promptNewStorePassphrase: "Passphrase of the new store (yours)",
        promptPassphraseFor: { "Passphrase for the account “\($0)”" },
        stoppedFromOutside: "The program was stopped from outside (the terminal window closed, or a signal to end). What was saved is safe; the unsaved form was kept as a draft for the next log-in.",
        draftTitle: "Unsaved form", draftReopen: "Open", draftDiscard: "Delete draft", draftLater: "Later",
        draftDiscardQuestion: "Delete the draft? Its text cannot be recovered afterwards.",
        draftHelp: [
            "A form that was not saved when the program was stopped from outside (a closed window, a dropped ssh connection).",
            "The draft is sealed with your account's key; nobody else can read it.",
            "  Enter         open the form with its text (a new visit); save it with F2",
            "  F8            delete the draft (asks first)",
            "  Esc           later: the draft stays and is offered at the next log-in",
            "  ↑ ↓           scroll the text",
        ],
        draftIntro: { heading, date in
            "“\(heading)” of \(warsawDateTime(date)) was not saved: the program was stopped from outside. This is what it held:"
        },
        saved: "Saved.",
        notSaved: { n in "Not saved: \(n) \(n == 1 ? "problem" : "problems") in the form." },
        discardQuestion: "Throw away the unsaved changes?",
        fieldLabel: englishFieldLabel,
        memberRole: { role in
            switch role {
            case .rodzic: return "parent/legal guardian"
            case .dziecko: return "child"
            case .innaDorosla: return "other adult"
            }
        },
        userRole: { role in role == .asystent ? "family assistant" : "coordinator/head" },
        structure: { s in s == .pelna ? "two-parent" : "single-parent" },
        rural: { r in r ? "rural" : "urban" },
        large: "large family",
        issue: { issue in
            switch issue {
            case .required: return "This field is required."
            case .tooLong(_, let limit): return "Too long (at most \(limit) characters)."
            case .controlCharacters: return "Control characters are not allowed."
            case .outsideCooperation(.handoverDate): return "The handover day must fall after the cooperation's start and the previous handover, and not after its end or today."
            case .outsideCooperation(.chargeMonth): return "The month is outside the placement."
            case .invalidDate(.chargeMonth): return "Not a valid month (MM.YYYY or YYYY-MM)."
            case .invalidDate: return "Not a valid date (YYYY-MM-DD or DD.MM.YYYY)."
            case .dateInFuture: return "The date cannot be later than today."
            case .peselLength: return "A PESEL has 11 digits."
            case .peselDigits: return "A PESEL has digits only."
            case .peselChecksum: return "The PESEL check digit is wrong."
            case .peselDate: return "The PESEL holds a birth date that does not exist."
            case .peselBirthDateMismatch(let d): return "Does not match the birth date (PESEL: \(d.polish))."
            case .peselInUse(let person, let family): return "\(person) (family \(family)) already has this PESEL. One PESEL is one person; if they moved to this family, give the old one a “W rodzinie do” date."
            case .endBeforeStart: return "The end date is before the start date."
            case .passphraseTooShort(let n): return "The passphrase needs at least \(n) characters."
            case .passphrasesDiffer: return "The passphrases differ."
            case .outOfRange(.fte, _, _): return "The FTE must be 0.01 to 1 (e.g. 1, 0.5, 3/4)."
            case .outOfRange(.chargeAmount, _, _): return "An amount in zł, above zero, up to 1,000,000 zł (e.g. 1 234,56)."
            case .outOfRange(.duration, _, _): return "The duration must be 0:01 to 12:00."
            case .outOfRange(_, let min, let max): return "Allowed values: \(min)–\(max)."
            case .outsideCooperation: return "The date is outside the cooperation."
            case .notApplicable: return "This field does not apply to this event."
            case .duplicateEntry: return "The same item appears twice."
            case .notInFamily: return "The person or problem belongs to another family."
            case .unknownCatalogueCode(let code): return "Unknown problem code: \(code)."
            case .noEffectsInCatalogue: return "This store's catalogue has no effects."
            case .overlapsCooperation(let s, let e):
                return "Overlaps the cooperation \(s.polish)–\(e?.polish ?? "ongoing")."
            case .overlapsEmployment(let f, let t):
                return "Overlaps the employment \(f.polish)–\(t?.polish ?? "ongoing")."
            case .sameAssistant: return "The family is already with this assistant."
            case .invalidTime: return "Not a valid time (HH:MM)."
            case .invalidDuration: return "Not a valid duration (e.g. 1:30 or 90)."
            case .caseNumberWithoutNumber: return "The pattern needs {nr}, e.g. AR.4011.{nr}.{rok}."
            case .unknownPlaceholder(let token): return "Unknown field \(token); allowed: {nr} and {rok}."
            }
        },
        storeProblem: { problem in
            switch problem {
            case .wrongPassphrase: return "Wrong passphrase."
            case .lockedByOtherProcess(let pid):
                return "The store is open in another window" + (pid.map { " (PID \($0))" } ?? "")
                    + ". Close that program and try again."
            case .notATeczkaStore(let path): return "The file \(path) is not a Teczka store. The file was not changed."
            case .damaged(let path, let detail):
                return "The file \(path) is damaged and cannot be opened (\(detail)). The file was not changed."
            case .newerFormat(let v): return "The store comes from a newer version of the program (format \(v)). Update Teczka."
            case .alreadyExists(let path): return "The store \(path) already exists."
            case .notInitialized(let path): return "The store \(path) does not exist. Create it: teczka init --store \(path) …"
            case .accountInactive: return "This account is inactive. Ask your coordinator."
            case .awaitingReset:
                return "This account has no keys to this store yet (a passphrase from the previous version, or a refused request for keys): a coordinator gives it a new passphrase and keys (Users screen, R, or teczka user reset)."
            case .diskFull(let path):
                return "The disk is full: nothing was written to \(path). What was saved before is safe. Free some space and try again."
            case .notFound(let path):
                return "No such file or folder: \(path). Check the path (or that the pendrive is in). Nothing was changed."
            case .readOnly(let path):
                return "Cannot write to \(path): the file or its folder is read-only (or not yours). Nothing was changed."
            case .awaitingKeys:
                return "Your passphrase is now protected the new way, and the program has asked for the keys to your families. You get them when a coordinator next logs in to this store; then log in with the same passphrase."
            case .unacceptableKeyDerivation(let path):
                return "The file \(path) asks for a key derivation beyond the allowed limits (e.g. over 1 GiB of memory): refused without trying. The file was not changed."
            case .awaitingCoordinator:
                return "The store comes from a previous version of the program: a coordinator must open it first, and the program then moves it to the new format (see the user guide, \"Data security\")."
            case .io(let detail): return "Could not read or write the file: \(detail)"
            }
        },
        unexpected: { detail in "Unexpected error: \(detail)" },
        catalogueProblem: { problem in
            switch problem {
            case .notJSON(let detail): return "The catalogue file is not valid JSON (\(detail))."
            case .wrongFormat: return "Not a Teczka catalogue file (\"format\" must be \"teczka-catalogue\")."
            case .unsupportedVersion(let v): return "Unsupported catalogue file version: \(v)."
            case .empty: return "The catalogue has no entries."
            case .duplicateCode(let c): return "The code \(c) appears more than once."
            case .badText(let c): return "Empty, too long or forbidden text in entry \(c.isEmpty ? "(header)" : c)."
            case .missingEffect(let c): return "Entry \(c) has no effect, but the catalogue has an effects table."
            }
        },
        history: { change in
            let labels: ([Field]) -> String = { $0.map { englishFieldLabel($0).lowercased() }.joined(separator: ", ") }
            switch change {
            case .familyCreated: return "Family created"
            case .familyChanged(let f): return "Family changed: \(labels(f))"
            case .familyArchived: return "Family moved to the archive"
            case .familyRestored: return "Family restored from the archive"
            case .memberAdded(let n): return "Person added: \(n)"
            case .memberChanged(let n, let f): return "Person \(n) changed: \(labels(f))"
            case .memberArchived(let n): return "Person moved to the archive: \(n)"
            case .memberRestored(let n): return "Person restored: \(n)"
            }
        },
        helpTitle: { s in "Help — \(s)" },
        helpClose: "Esc, F1 or q closes the help; ↑ ↓ scroll.",
        helpCommon: [
            "Keys everywhere:",
            "  F1 or ?       help for this screen",
            "  ↑ ↓           move in a list; PgUp PgDn Home End (on a list, letters search)",
            "  Enter         open / next",
            "  Esc           back to the previous screen",
            "  F10 or q      quit (every F2 saves at once)",
        ],
        helpSetup: [
            "You are creating a new encrypted store and its first user account.",
            "Type your full name, choose the role with ← →, then the same passphrase twice",
            "(at least 8 characters). The passphrase is not shown. Without it the data cannot be read.",
            "",
            "  Tab / ↓       next field;  Shift-Tab / ↑  previous field",
            "  F2 or Enter   on the last field: create the store",
            "  F10           leave without creating the store",
        ],
        helpLogin: [
            "Type your passphrase and press Enter. It opens your own account — every user has their own.",
            "After three wrong tries the program ends; no data is changed.",
            "",
            "  Enter         log in",
            "  F10           quit",
        ],
        helpList: ScreenHelp([
            "The family list: name, locality, and the number of adults and children (under 18) today; a coordinator sees the assistant, the state of the cooperation and the last visit instead.",
        ], commands: [
            "C": "open the family card",
            "S": "search: type a name, locality, address or a person's name; Esc clears the filter",
            "N": "new family",
            "E": "edit the selected family",
            "D": "new visit to the selected family (quick entry: today, everyone present)",
            "M": "month summary: your visits, hours, families not visited",
            "P": "move the family to the archive, or in the archive restore it (asks first; nothing is deleted)",
            "T": "to do: overdue assessments, plans, goals, families not visited",
            "O": "periodic assessments waiting for review (side by side with the plan and visits)",
            "Z": "team meeting protocols: remarks and recommendations per family",
            "R": "reports: the tables of the family-support report (period, assistant, save to a file)",
            "W": "data exchange with another store: a package to hand over, adding a package",
            "K": "conflicts: records changed on two computers",
            "U": "users: accounts, changing your passphrase",
            "B": "store settings: the centre's name, address and town, the case-number pattern, the limits (a coordinator changes them)",
            "A": "the archived families / back to the list",
        ], after: [
            "Letters on the list always search for a family — none opens another screen. Commands without a key of their own are in the F9 menu: there a letter runs a command.",
        ]),
        helpCard: ScreenHelp([
            "The family card: the family's data, its people with their age today, and the change history.",
        ], commands: [
            "P": "switch between the people and the history",
            "O": "edit the selected person",
            "N": "add a person",
            "A": "move the selected person to the archive",
            "R": "edit the family's data",
            "W": "new visit (quick entry)",
            "1": "cooperation",
            "2": "problems",
            "3": "work plan",
            "4": "visits",
            "5": "foster care and events",
            "6": "timeline",
            "7": "periodic assessments",
            "U": "share the family with assistants during a leave (coordinator)",
            "Z": "anonymise the family past the retention of its data (coordinator; Do zrobienia points it out): names, PESEL, addresses and notes go from every version, reports for past years do not change; cannot be undone",
        ], after: [
            "Esc goes back to the family list.",
        ]),
        helpFamilyForm: [
            "The family's data. Only the name is required (e.g. “Kowalscy”).",
            "A large family (3+ children) is computed from the people, not typed.",
            "",
            "  Tab / ↓       next field;  Shift-Tab / ↑  previous",
            "  ← →           change a choice; Space switches a yes/no field",
            "  F2            save;  Esc  cancel",
        ],
        helpMemberForm: [
            "The person's data. Birth date as YYYY-MM-DD or DD.MM.YYYY.",
            "The PESEL is optional; its check digit and its birth date are checked, and when the birth date",
            "is empty it is taken from the PESEL.",
            "A child is a person before their 18th birthday — counted for each date separately.",
            "",
            "  Tab / ↓       next field;  Shift-Tab / ↑  previous",
            "  ← →           change the role",
            "  F2            save;  Esc  cancel",
        ],
        casework: .english,
        userText: .english,
        assessment: .english,
        meeting: .english,
        report: .english,
        exchange: .english,
        lock: .english,
        conflict: .english
    )

    static func englishFieldLabel(_ field: Field) -> String {
        switch field {
        case .label: return "Family name"
        case .address: return "Address"
        case .locality: return "Locality"
        case .rural: return "Rural area"
        case .structure: return "Structure"
        case .notes: return "Notes"
        case .firstName: return "First name"
        case .lastName: return "Last name"
        case .birthDate: return "Birth date"
        case .role: return "Role in the family"
        case .pesel: return "PESEL"
        case .memberFrom: return "In the family from"
        case .memberTo: return "In the family until"
        case .userRole: return "Role"
        case .userName: return "Full name"
        case .passphrase: return "Passphrase"
        case .passphraseRepeat: return "Repeat passphrase"
        case .catalogue: return "Problem catalogue"
        case .caseloadCap: return "Caseload cap"
        case .fte: return "FTE"
        case .handoverDate: return "From"
        case .powiat: return "Powiat"
        case .chargeMonth: return "Month"
        case .chargeAmount: return "Amount"
        case .retentionYears: return "Retention (years)"
        case .centreName: return "Centre's name"
        case .centreAddress: return "Centre's address"
        case .centreTown: return "Centre's town"
        case .caseNumberPattern: return "Case-number pattern"
        case .capByEmployment: return "Cap by FTE"
        case .caseNumber: return "Case number"
        case .notVisitedDays: return "Days without a visit"
        case .referral: return "Referral basis"
        case .referralDate: return "Referral date"
        case .referralReference: return "Reference or note"
        case .consentDate: return "Family's consent"
        case .start: return "Start"
        case .end: return "End"
        case .endReason: return "End reason"
        case .category: return "Family category"
        case .categoryFrom: return "Category from"
        case .monitoringMonths: return "Monitoring (months)"
        case .monitoringNotes: return "Monitoring note"
        case .problems: return "Problems"
        case .identified: return "Identified on"
        case .source: return "Source"
        case .note: return "Note"
        case .status: return "Status"
        case .effectDate: return "Effect date"
        case .date: return "Date"
        case .startTime: return "Time"
        case .duration: return "Duration"
        case .place: return "Place"
        case .present: return "Present"
        case .activities: return "Activities"
        case .nextSteps: return "Next steps"
        case .child: return "Child"
        case .form: return "Form of care"
        case .placeName: return "Foster family/institution"
        case .endType: return "How it ended"
        case .eventKind: return "Event"
        case .until: return "Until"
        case .socialWorker: return "Social worker"
        case .fosterCoordinator: return "Foster-care coordinator"
        case .coordinated: return "With the child's plan"
        case .goals: return "Goals"
        case .actions: return "Plan actions"
        case .signatures: return "Signatures"
        case .signedOn: return "Signed on"
        case .participants: return "Participants"
        case .chair: return "Chaired by"
        case .meetingPlace: return "Place"
        case .families: return "Families"
        case .period: return "Period"
        case .assistant: return "Assistant"
        case .file: return "File"
        case .sinceLast: return "Only new"
        }
    }
}
