import Foundation
import TeczkaCore

public enum Language: String, Sendable, CaseIterable {
    case pl, en

    /// `--lang` wins; otherwise an English locale (LC_ALL, LC_MESSAGES, LANG in that order) gives English, and
    /// everything else Polish.
    public static func choose(option: String?, environment: [String: String]) -> Language? {
        if let option { return Language(rawValue: option.lowercased()) }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .pl
            }
        }
        return .pl
    }
}

/// Every text the program shows, one table per language. Polish is the default and the reference.
public struct Strings: Sendable {
    public let language: Language
    // Frame
    public let appName: String
    public let tooSmall: String
    public let tooSmallSize: @Sendable (Int, Int) -> String
    public let yes: String
    public let no: String
    public let confirmKeys: String
    // Keys
    public let keyHelp, keySave, keySearch, keyEdit, keyNewFamily, keyNewMember, keyArchive, keyQuit, keyBack,
                keyOpen, keyCancel, keyPanel, keyArchived, keyRestore, keyChoose, keyPerson, keyFamily, keyArchiveShort: String
    // Busy
    public let busyCreating, busyUnlocking, busyDemo: String
    // Setup and log-in
    public let setupTitle: String
    public let setupIntro: @Sendable (String) -> [String]
    public let setupDone: String
    public let demoQuestion: String
    public let demoLoaded: @Sendable (Int) -> String
    public let loginTitle: String
    public let loginIntro: @Sendable (String) -> String
    public let loginPassphrase: String
    public let wrongPassphraseLeft: @Sendable (Int) -> String
    public let tooManyAttempts: String
    // Family list
    public let familiesTitle: String
    public let archivedFamiliesTitle: String
    public let columnFamily, columnLocality, columnAdults, columnChildren, columnFlags: String
    /// The coordinator's columns: whose the family is, where the work stands, the last visit.
    public let columnAssistant, columnWork, columnLastVisit: String
    public let workState: @Sendable (WorkState) -> String
    public let searchPrompt: String
    public let searchShowing: @Sendable (String, Int, Int) -> String
    public let noFamilies: String
    public let noMatches: String
    /// Type to find on the casework lists: nothing found, how many are shown, and the help lines about it.
    public let listNoMatches: @Sendable (String) -> String
    public let listSearchHelp: [KeyLine]
    /// The F9 menu: its title, its help, and the family list's commands.
    public let keyMenu, menuTitle, menuHelp: String
    public let menuTodo, menuMeetings, menuReview, menuReports, menuExchange, menuConflicts, menuUsers: String
    public let menuArchive, menuActive, menuMonth, menuNewFamily: String
    public let familyCount: @Sendable (Int) -> String
    public let archiveFamilyQuestion: @Sendable (String) -> String
    public let restoreFamilyQuestion: @Sendable (String) -> String
    public let familyArchived: @Sendable (String) -> String
    public let familyRestored: @Sendable (String) -> String
    public let largeFamilyFlag: String
    public let ruralFlag: String
    // Family card
    public let cardTitle: @Sendable (String) -> String
    public let membersHeading, historyHeading, notesHeading: String
    public let noMembers, noHistory: String
    public let archivedBadge: String
    public let years: @Sendable (Int) -> String
    public let childWord, adultWord: String
    public let noBirthDate: String
    public let archiveMemberQuestion: @Sendable (String) -> String
    public let memberArchived: @Sendable (String) -> String
    // Forms
    public let newFamilyTitle, editFamilyTitle, newMemberTitle, editMemberTitle: String
    public let dateHint, peselHint, choiceHint, toggleHint: String
    /// Said when text is typed on a choice, a yes/no or a list field, which it does not change.
    public let notATextField: String
    /// The program stopped from outside (a closed terminal, SIGTERM), and the draft of an unsaved form.
    /// The command line's passphrase prompts: whose passphrase is asked for.
    public let promptOwnPassphrase, promptNewStorePassphrase: String
    public let promptPassphraseFor: @Sendable (String) -> String
    public let stoppedFromOutside, draftTitle, draftReopen, draftDiscard, draftLater, draftDiscardQuestion: String
    public let draftHelp: [String]
    public let draftIntro: @Sendable (String, Date) -> String
    public let saved: String
    public let notSaved: @Sendable (Int) -> String
    public let discardQuestion: String
    public let fieldLabel: @Sendable (Field) -> String
    public let memberRole: @Sendable (MemberRole) -> String
    public let userRole: @Sendable (UserRole) -> String
    public let structure: @Sendable (FamilyStructure) -> String
    public let rural: @Sendable (Bool) -> String
    public let large: String
    // Messages
    public let issue: @Sendable (ValidationIssue) -> String
    public let storeProblem: @Sendable (StoreProblem) -> String
    public let unexpected: @Sendable (String) -> String
    public let catalogueProblem: @Sendable (ProblemCatalogue.LoadProblem) -> String
    public let history: @Sendable (HistoryEntry.Change) -> String
    // Help
    public let helpTitle: @Sendable (String) -> String
    public let helpClose: String
    public let helpCommon: [String]
    public let helpSetup, helpLogin: [String]
    public let helpList, helpCard: ScreenHelp
    public let helpFamilyForm, helpMemberForm: [String]
    public let casework: CaseworkText
    public let userText: UserText
    public let assessment: AssessmentText
    public let meeting: MeetingText
    public let report: ReportText
    public let exchange: ExchangeText
    public let lock: LockText
    public let conflict: ConflictText

    public static func forLanguage(_ language: Language) -> Strings {
        language == .en ? .english : .polish
    }
}
