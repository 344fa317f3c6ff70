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

    public static let polish = UserText(
        newPassphrase: "Nowe hasło",
        inactive: "nieaktywne",
        added: { name, role in "Dodano konto: \(name) (\(role))." },
        passphraseChanged: { name in "Zmieniono hasło użytkownika \(name)." },
        deactivated: { name in "Konto \(name) jest nieaktywne; jego hasło nie otwiera już bazy, a historia zachowuje nazwisko." },
        notAllowed: "Tylko koordynator może dodawać i dezaktywować konta.",
        passphraseInUse: "Tego hasła używa już inne konto. Każdy użytkownik musi mieć własne hasło.",
        unknownUser: "Nie ma takiego konta (podaj początek identyfikatora z „teczka user list”).",
        lastCoordinator: "Nie można dezaktywować ostatniego koordynatora: nikt nie mógłby zarządzać kontami.")

    public static let english = UserText(
        newPassphrase: "New passphrase",
        inactive: "inactive",
        added: { name, role in "Account added: \(name) (\(role))." },
        passphraseChanged: { name in "Passphrase changed for \(name)." },
        deactivated: { name in "\(name)'s account is inactive; their passphrase no longer opens the store, and history keeps the name." },
        notAllowed: "Only a coordinator may add or deactivate accounts.",
        passphraseInUse: "Another account already uses this passphrase. Every user needs their own.",
        unknownUser: "No such account (give the start of an id from “teczka user list”).",
        lastCoordinator: "The last coordinator cannot be deactivated: nobody could manage the accounts.")
}
