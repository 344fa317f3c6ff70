import TeczkaCore

/// An error the user is told about in their own language. Every problem type of Core conforms here, once, so the
/// program's message line and the command line say the same thing (`Strings.explain`).
public protocol Explained: Error {
    func message(_ s: Strings) -> String
}

extension StoreProblem: Explained {
    public func message(_ s: Strings) -> String { s.storeProblem(self) }
}

extension AssessmentProblem: Explained {
    public func message(_ s: Strings) -> String { s.assessment.problem(self) }
}

extension AccessProblem: Explained {
    public func message(_ s: Strings) -> String {
        switch self {
        case .coordinatorOnly: return s.assessment.coordinatorOnly
        case .notVisible: return s.assessment.notVisible
        }
    }
}

extension AccountProblem: Explained {
    public func message(_ s: Strings) -> String {
        let u = s.userText
        switch self {
        case .notAllowed: return u.notAllowed
        case .passphraseInUse: return u.passphraseInUse
        case .unknownUser: return u.unknownUser
        case .lastCoordinator: return u.lastCoordinator
        case .hasPassphrase: return u.hasPassphrase
        case .ownAccount: return u.ownAccount
        }
    }
}

extension CaseFile.AssessmentSaveProblem: Explained {
    public func message(_ s: Strings) -> String {
        switch self {
        case .draftExists: return s.assessment.draftExists
        case .approvedIsFinal: return s.assessment.approvedIsFinal
        }
    }
}

extension PackageProblem: Explained {
    public func message(_ s: Strings) -> String { s.exchange.packageProblem(self) }
}

extension ExchangeProblem: Explained {
    public func message(_ s: Strings) -> String { s.exchange.exchangeProblem(self) }
}

extension SetUpProblem: Explained {
    public func message(_ s: Strings) -> String {
        let pl = s.language == .pl
        switch self {
        case .noIdentity(let name):
            return pl ? "Pakiet nie zawiera klucza podpisu konta „\(name)”. Koordynator tworzy go dla tej osoby: teczka exchange export --for \"\(name)\" (konto musi mieć hasło nadane po przejściu na zapisy podpisane: teczka user reset). Nic nie utworzono."
                      : "The package holds no signing key of “\(name)”. A coordinator makes one for that person: teczka exchange export --for \"\(name)\" (the account needs a passphrase given since signatures: teczka user reset). Nothing was created."
        case .wrongPassphrase(let name):
            return pl ? "To hasło nie otwiera klucza konta „\(name)” z pakietu: podaj hasło tego konta w bazie koordynatora. Nic nie utworzono."
                      : "This passphrase does not open the key of “\(name)” in the package: give that account's passphrase of the coordinator's store. Nothing was created."
        case .refused:
            return pl ? "Pakiet nie przeszedł sprawdzenia podpisów i uprawnień. Nic nie utworzono."
                      : "The package failed the signature and authority check. Nothing was created."
        }
    }
}

extension AuthorityProblem: Explained {
    public func message(_ s: Strings) -> String { s.trust.saveRefused(reason) }
}

extension ValidationFailure: Explained {
    public func message(_ s: Strings) -> String {
        issues.map { s.fieldLabel($0.field) + ": " + s.issue($0) }.joined(separator: " ")
    }
}

extension Strings {
    /// The message for any error from the store or the rules, in this language.
    public func explain(_ error: Error) -> String {
        (error as? Explained)?.message(self) ?? unexpected("\(error)")
    }
}
