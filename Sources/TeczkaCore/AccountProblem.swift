/// Why an account change was refused.
public enum AccountProblem: Error, Equatable, Sendable {
    /// Only a coordinator may add or deactivate users.
    case notAllowed
    /// Another account already opens with this passphrase (the passphrase is what finds the account).
    case passphraseInUse
    case unknownUser
    /// The last active coordinator cannot be deactivated: nobody could manage the store afterwards.
    case lastCoordinator
    /// The account already has a passphrase: only its owner changes it.
    case hasPassphrase
    /// A coordinator changes their own passphrase themselves (`teczka user passwd`), not by a reset.
    case ownAccount
}
