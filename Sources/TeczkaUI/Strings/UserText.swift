import TeczkaCore

/// Texts about user accounts, per language.
public struct UserText: Sendable {
    public let newPassphrase: String
    public let inactive: String
    public let added: @Sendable (String, String) -> String
    public let passphraseChanged: @Sendable (String) -> String
    public let deactivated: @Sendable (String) -> String
    public let notAllowed: String
    public let passphraseInUse: String
    public let unknownUser: String
    public let lastCoordinator: String
    public let hasPassphrase: String
    public let ownAccount: String
    public let title: String
    public let columns: String
    public let keyAdd: String
    public let keyDeactivate: String
    public let keyPassphrase: String
    public let keyReset: String
    public let resetTitle: @Sendable (String) -> String
    public let resetDone: @Sendable (String) -> String
    /// Shown beside an account whose record names no signing key.
    public let noKey: String
    /// An account of format 2 whose keys come at its first log-in after the store moved (`StoreProblem.awaitingKeys`).
    public let keysAtLogIn: String
    public let busySealing: String
    public let addTitle: String
    public let passphraseTitle: String
    public let deactivateQuestion: @Sendable (String) -> String
    public let help: ScreenHelp

    public static let polish = UserText(
        newPassphrase: "Nowe hasło",
        inactive: "nieaktywne",
        added: { name, role in "Dodano konto: \(name) (\(role))." },
        passphraseChanged: { name in "Zmieniono hasło użytkownika \(name)." },
        deactivated: { name in "Konto \(name) jest nieaktywne; jego hasło nie otwiera już bazy, a historia zachowuje nazwisko." },
        notAllowed: "Tylko koordynator może dodawać i dezaktywować konta.",
        passphraseInUse: "Tego hasła używa już inne konto. Każdy użytkownik musi mieć własne hasło.",
        unknownUser: "Nie ma takiego konta (podaj początek identyfikatora z „teczka user list”).",
        lastCoordinator: "Nie można dezaktywować ostatniego koordynatora: nikt nie mógłby zarządzać kontami.",
        hasPassphrase: "To konto ma już hasło; zmienić je może jego właściciel (teczka user passwd) albo koordynator nadaje nowe (teczka user reset).",
        ownAccount: "Własne hasło zmieniasz sam (teczka user passwd); nadanie nowego hasła i klucza dotyczy innych kont.",
        title: "Użytkownicy",
        columns: "Imię i nazwisko                  Rola",
        keyAdd: "Dodaj", keyDeactivate: "Dezaktywuj", keyPassphrase: "Moje hasło", keyReset: "Nowe hasło",
        resetTitle: { "Nowe hasło i klucze: \($0)" },
        resetDone: { "Konto \($0) ma nowe hasło i nowe klucze; przekaż hasło tej osobie osobiście." },
        noKey: "bez kluczy",
        keysAtLogIn: "klucze przy logowaniu",
        busySealing: "Zabezpieczam hasło…",
        addTitle: "Nowe konto", passphraseTitle: "Zmiana mojego hasła",
        deactivateQuestion: { name in "Dezaktywować konto „\(name)”? Jego hasło przestanie otwierać bazę; historia zachowa nazwisko." },
        help: ScreenHelp([
            "Konta tej bazy. Każdy ma własne hasło — hasło wskazuje konto przy logowaniu, więc nie może się powtarzać.",
        ], commands: [
            "N": "nowe konto (koordynator): imię i nazwisko, rola, hasło dwa razy",
            "D": "dezaktywuj konto (koordynator; ostatniego koordynatora nie można)",
            "H": "zmień własne hasło",
            "E": "zatrudnienie konta: okresy z etatem (koordynator); limit rodzin idzie za etatem",
            "R": "nowe hasło i nowe klucze dla innego konta (koordynator): zapomniane hasło albo konto „bez kluczy” po przejściu bazy z poprzedniej wersji; hasło wpisuje ta osoba albo je dostaje",
        ], after: [
            "„Klucze przy logowaniu”: konto z poprzedniej wersji dostaje klucze samo — gdy ta osoba zaloguje się swoim hasłem, a po niej koordynator. Nowego hasła nie trzeba.",
        ]))

    public static let english = UserText(
        newPassphrase: "New passphrase",
        inactive: "inactive",
        added: { name, role in "Account added: \(name) (\(role))." },
        passphraseChanged: { name in "Passphrase changed for \(name)." },
        deactivated: { name in "\(name)'s account is inactive; their passphrase no longer opens the store, and history keeps the name." },
        notAllowed: "Only a coordinator may add or deactivate accounts.",
        passphraseInUse: "Another account already uses this passphrase. Every user needs their own.",
        unknownUser: "No such account (give the start of an id from “teczka user list”).",
        lastCoordinator: "The last coordinator cannot be deactivated: nobody could manage the accounts.",
        hasPassphrase: "This account already has a passphrase; its owner changes it (teczka user passwd), or a coordinator gives a new one (teczka user reset).",
        ownAccount: "You change your own passphrase yourself (teczka user passwd); a reset is for other accounts.",
        title: "Users",
        columns: "Name                             Role",
        keyAdd: "Add", keyDeactivate: "Deactivate", keyPassphrase: "My passphrase", keyReset: "New passphrase",
        resetTitle: { "New passphrase and keys: \($0)" },
        resetDone: { "\($0) has a new passphrase and new keys; give the passphrase to that person in person." },
        noKey: "no keys",
        keysAtLogIn: "keys at log-in",
        busySealing: "Protecting the passphrase…",
        addTitle: "New account", passphraseTitle: "Change my passphrase",
        deactivateQuestion: { name in "Deactivate “\(name)”? Their passphrase will stop opening the store; history keeps the name." },
        help: ScreenHelp([
            "The store's accounts. Everyone has their own passphrase — it finds the account at log-in, so no two may be equal.",
        ], commands: [
            "N": "new account (coordinator): name, role, the passphrase twice",
            "D": "deactivate an account (coordinator; not the last coordinator)",
            "H": "change your own passphrase",
            "E": "the account's employment: periods with their FTE (coordinator); the caseload cap follows the FTE",
            "R": "a new passphrase and new keys for another account (coordinator): a forgotten passphrase, or an account \"no keys\" after the store moved from an earlier version; that person types it or is given it",
        ], after: [
            "\"Keys at log-in\": an account from the previous version gets its keys by itself — when that person logs in with their passphrase, and a coordinator after them. No new passphrase is needed.",
        ]))
}

extension UserText {
    /// What is missing from an active account's keys: none (a reset gives them), or the agreement key its owner's
    /// next log-in asks for; empty when it has both.
    public func keyState(_ user: UserAccount) -> String {
        if user.signingKey == nil { return noKey }
        return user.agreementKey == nil ? keysAtLogIn : ""
    }
}
