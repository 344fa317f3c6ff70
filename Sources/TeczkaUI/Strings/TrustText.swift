import Foundation
import TeczkaCore

/// Texts about signatures and the authority table: why a save or a revision of a package is refused, and what the
/// check of a store found, per language.
public struct TrustText: Sendable {
    /// Why a revision is refused, as a reason after a dash ("… — zatwierdzenie oceny przez asystenta").
    public let reason: @Sendable (RefusalReason) -> String
    /// A save refused here, before anything was written.
    public let saveRefused: @Sendable (RefusalReason) -> String
    /// "Odrzucone zapisy (3) — nie wejdą do tej bazy, cokolwiek wybierzesz:"
    public let refusedHeading: @Sendable (Int) -> String
    /// The same heading where there is nothing to choose (all refused, or in the history).
    public let refusedList: @Sendable (Int) -> String
    /// One refused revision: who, what, which family, why.
    public let refusedLine: @Sendable (_ author: String, _ kind: String, _ family: String?, _ reason: String) -> String
    public let confirmRest: String
    public let nothingAccepted: String
    /// The open store does not pass its own check: how many revisions are left out, and what to do.
    public let integrityHeading: @Sendable (Int) -> String
    /// One chain with findings: whose, which family, the first problem and how many revisions are left out.
    public let integrityLine: @Sendable (_ author: String, _ scope: String, _ problem: String, _ skipped: Int, _ from: Int, _ to: Int) -> String
    /// The first problem of a chain in a store: a missing or doubled position, or a reason at a position.
    public let storeProblem: @Sendable (RefusalReason, _ position: Int, _ kind: String) -> String
    public let integrityAdvice: String
    public let teamScope, meetingsScope, settingsScope, historyScope: String
    public let familyScope: @Sendable (String) -> String
    /// An account that cannot sign yet (a store migrated from the previous version).
    public let noSigningKey: String

    public func scope(_ scope: Scope, familyLabel: (RecordID) -> String) -> String {
        switch scope {
        case .family(let id): return familyScope(familyLabel(id))
        case .team: return teamScope
        case .meetings: return meetingsScope
        case .settings: return settingsScope
        case .history: return historyScope
        }
    }

    public static let polish = TrustText(
        reason: TrustText.polishReason,
        saveRefused: { reason in
            switch reason {
            case .notAssigned: return "Nie zapisano: ta rodzina nie jest Ci przydzielona (ani udostępniona). Możesz ją przeglądać; zmiany wprowadza koordynator."
            case .signerWithoutKey, .badSignature, .unknownSigner:
                return "Nie zapisano: Twoje konto nie ma jeszcze klucza podpisu. Poproś koordynatora o nadanie hasła (teczka user reset)."
            default: return "Nie zapisano: " + TrustText.polishReason(reason) + "."
            }
        },
        refusedHeading: { "Odrzucone zapisy (\($0)) — nie wejdą do tej bazy, cokolwiek wybierzesz:" },
        refusedList: { "Odrzucone zapisy (\($0)) — nie weszły do tej bazy:" },
        refusedLine: { author, kind, family, reason in "  \(author): \(kind)" + (family.map { ", rodzina \($0)" } ?? "") + " — \(reason)" },
        confirmRest: "Dołączyć pozostałe zapisy? (N: nic nie dołączaj)",
        nothingAccepted: "Żaden zapis z pakietu nie może wejść do tej bazy.",
        integrityHeading: { "Kontrola bazy: \($0) zapisów nie przeszło sprawdzenia podpisów i uprawnień i zostało pominiętych:" },
        integrityLine: { author, scope, problem, skipped, from, to in
            "  \(author), \(scope): \(problem); pominięte zapisy: \(skipped)" + (from == to ? " (pozycja \(from))" : " (pozycje \(from)–\(to))")
        },
        storeProblem: { reason, position, kind in
            switch reason {
            case .chainGap(let expected): return "brak zapisu nr \(expected) (usunięty z pliku)"
            case .chainFork(let index): return "zapis nr \(index) powtórzony albo podmieniony"
            default: return (position > 0 ? "zapis nr \(position) (\(kind)): " : "\(kind): ") + TrustText.polishReason(reason)
            }
        },
        integrityAdvice: "Ktoś zmienił plik bazy poza programem (usunięty, podmieniony albo dopisany zapis). Przywróć najnowszą kopię zapasową, która przechodzi kontrolę (teczka restore), i zgłoś to koordynatorowi.",
        teamScope: "konta", meetingsScope: "protokoły", settingsScope: "ustawienia", historyScope: "historia",
        familyScope: { "rodzina \($0)" },
        noSigningKey: "Twoje konto nie ma jeszcze klucza podpisu (baza z poprzedniej wersji programu): możesz przeglądać, ale zapisać zmiany możesz dopiero po nadaniu hasła przez koordynatora (teczka user reset)."
    )

    public static let english = TrustText(
        reason: TrustText.englishReason,
        saveRefused: { reason in
            switch reason {
            case .notAssigned: return "Not saved: this family is not assigned (or shared) to you. You can read it; a coordinator makes changes."
            case .signerWithoutKey, .badSignature, .unknownSigner:
                return "Not saved: your account has no signing key yet. Ask a coordinator for a passphrase (teczka user reset)."
            default: return "Not saved: " + TrustText.englishReason(reason) + "."
            }
        },
        refusedHeading: { "Refused revisions (\($0)) — they will not enter this store, whatever you choose:" },
        refusedList: { "Refused revisions (\($0)) — they did not enter this store:" },
        refusedLine: { author, kind, family, reason in "  \(author): \(kind)" + (family.map { ", family \($0)" } ?? "") + " — \(reason)" },
        confirmRest: "Merge the other revisions? (N: merge nothing)",
        nothingAccepted: "No revision of the package may enter this store.",
        integrityHeading: { "Store check: \($0) revisions failed the signature and authority check and were left out:" },
        integrityLine: { author, scope, problem, skipped, from, to in
            "  \(author), \(scope): \(problem); revisions left out: \(skipped)" + (from == to ? " (position \(from))" : " (positions \(from)–\(to))")
        },
        storeProblem: { reason, position, kind in
            switch reason {
            case .chainGap(let expected): return "revision no. \(expected) is missing (deleted from the file)"
            case .chainFork(let index): return "revision no. \(index) repeated or replaced"
            default: return (position > 0 ? "revision no. \(position) (\(kind)): " : "\(kind): ") + TrustText.englishReason(reason)
            }
        },
        integrityAdvice: "Someone changed the store file outside the program (a revision deleted, replaced or added). Restore the newest backup that passes the check (teczka restore) and tell your coordinator.",
        teamScope: "accounts", meetingsScope: "protocols", settingsScope: "settings", historyScope: "history",
        familyScope: { "family \($0)" },
        noSigningKey: "Your account has no signing key yet (a store from the previous version): you can read, but saving needs a passphrase from a coordinator (teczka user reset)."
    )

    static func polishReason(_ reason: RefusalReason) -> String {
        switch reason {
        case .unsigned: return "zapis bez podpisu (z poprzedniej wersji programu)"
        case .unknownSigner: return "autor nie ma konta w tej bazie (konto założone gdzie indziej albo nie przez koordynatora)"
        case .signerWithoutKey: return "konto autora nie ma klucza podpisu"
        case .inactiveSigner: return "konto autora jest nieaktywne"
        case .badSignature: return "podpis się nie zgadza (zapis zmieniony po podpisaniu)"
        case .chainGap(let expected): return "brakuje wcześniejszych zapisów tego autora (od pozycji \(expected)); najpierw dołącz wcześniejszy pakiet"
        case .chainFork(let index): return "na pozycji \(index) tego autora jest już inny zapis (zapis powtórzony albo podmieniony)"
        case .afterRefused: return "następuje po zapisie odrzuconym"
        case .missingParent: return "brak wcześniejszej wersji tego rekordu"
        case .wrongClock: return "zegar logiczny nie wynika z wcześniejszych wersji"
        case .futureTimestamp(let date): return "data z przyszłości (\(TrustText.date(date)))"
        case .backdated: return "data wcześniejsza niż poprzedni zapis tego autora (zegar cofnięty)"
        case .wrongScope: return "zapis podaje inną rodzinę niż jego treść"
        case .controlCharacters: return "tekst ze znakami sterującymi, których program nie zapisuje"
        case .kindChanged: return "ten rekord ma w tej bazie inny rodzaj"
        case .undecodable: return "treści zapisu nie da się odczytać"
        case .localKind: return "wpis historii innej bazy (nie podlega wymianie)"
        case .coordinatorOnly: return "konta, ustawienia, katalog i protokoły zmienia tylko koordynator"
        case .notAssigned: return "rodzina nie jest przydzielona autorowi w tym dniu ani mu udostępniona"
        case .sharingChange: return "udostępnić rodzinę może tylko koordynator"
        case .assignmentChange: return "przydzielić lub przekazać współpracę może tylko koordynator"
        case .coFinancingChange: return "powiat i noty obciążeniowe umieszczenia wpisuje tylko koordynator"
        case .ownAssessment: return "koordynator nie zatwierdza ani nie zwraca własnej oceny (zasada dwóch par oczu)"
        case .reviewByAssistant: return "ocenę zatwierdza albo zwraca tylko koordynator"
        case .approvedIsFinal: return "zatwierdzonej oceny nie można zmienić (korekta to nowa wersja)"
        case .authorMismatch: return "zapis podaje jako autora, recenzenta lub zatwierdzającego kogoś innego"
        case .vouchedByAssistant: return "zapis sprzed podpisów poświadczony przez kogoś, kto nie jest koordynatorem"
        case .keyMissing: return "zaszyfrowany kluczem, którego koordynator nie dostał (klucz usunięty z pliku?)"
        case .redactionUnapproved: return "treść zanonimizowana bez zapisu anonimizacji koordynatora (zmieniona w pliku?)"
        case .redactionUndone: return "zanonimizowana treść przywrócona albo niedostarczona z zapisem anonimizacji"
        }
    }

    static func englishReason(_ reason: RefusalReason) -> String {
        switch reason {
        case .unsigned: return "unsigned revision (from the previous version of the program)"
        case .unknownSigner: return "the author has no account in this store (made elsewhere, or not by a coordinator)"
        case .signerWithoutKey: return "the author's account has no signing key"
        case .inactiveSigner: return "the author's account is inactive"
        case .badSignature: return "the signature does not match (changed after signing)"
        case .chainGap(let expected): return "earlier revisions of this author are missing (from position \(expected)); merge the earlier package first"
        case .chainFork(let index): return "another revision already holds this author's position \(index) (replayed or replaced)"
        case .afterRefused: return "follows a refused revision"
        case .missingParent: return "the earlier version of this record is missing"
        case .wrongClock: return "its logical clock does not follow from the earlier versions"
        case .futureTimestamp(let date): return "dated in the future (\(TrustText.date(date)))"
        case .backdated: return "dated before this author's previous revision (a clock turned back)"
        case .wrongScope: return "it names another family than its contents"
        case .controlCharacters: return "text with control characters, which the program never saves"
        case .kindChanged: return "this record is of another kind in this store"
        case .undecodable: return "its contents cannot be read"
        case .localKind: return "another store's history entry (never exchanged)"
        case .coordinatorOnly: return "only a coordinator changes accounts, settings, the catalogue and protocols"
        case .notAssigned: return "the family is not assigned to the author on that day, nor shared with them"
        case .sharingChange: return "only a coordinator shares a family"
        case .assignmentChange: return "only a coordinator assigns or hands over a cooperation"
        case .coFinancingChange: return "only a coordinator records a placement's powiat and charge notes"
        case .ownAssessment: return "a coordinator does not approve or return their own assessment (four eyes)"
        case .reviewByAssistant: return "only a coordinator approves or returns an assessment"
        case .approvedIsFinal: return "an approved assessment cannot change (a correction is a new version)"
        case .authorMismatch: return "it names someone else as its author, reviewer or approver"
        case .vouchedByAssistant: return "a revision from before signatures vouched for by someone who is not a coordinator"
        case .keyMissing: return "sealed under a key the coordinator was not given (a key removed from the file?)"
        case .redactionUnapproved: return "anonymised content no coordinator's anonymisation record vouches for (edited in the file?)"
        case .redactionUndone: return "anonymised content put back as written, or missing beside its anonymisation record"
        }
    }

    static func date(_ date: Date) -> String {
        let day = LocalDate.today(now: date)
        return day.polish
    }
}

extension Strings {
    public var trust: TrustText { language == .en ? .english : .polish }

    /// The refused revisions of a package, one line each, for the preview and the command line.
    public func refusalLines(_ refusals: [Refusal], in file: CaseFile, incomingNames: [RecordID: String] = [:],
                             choosing: Bool = true) -> [String] {
        guard !refusals.isEmpty else { return [] }
        return [choosing ? trust.refusedHeading(refusals.count) : trust.refusedList(refusals.count)] + refusals.map { refusal in
            let author = incomingNames[refusal.author] ?? file.userName(refusal.author)
            let family = refusal.familyID.map { id in file.families[id]?.label ?? incomingNames[id] ?? id.short }
            return trust.refusedLine(author, exchange.kindSingular(refusal.kind), family, trust.reason(refusal.reason))
        }
    }

    /// The refused revisions a history entry keeps, one line each.
    public func refusedHistoryLines(_ log: TransferLog, in file: CaseFile) -> [String] {
        guard let refused = log.refused, !refused.isEmpty else { return [] }
        return [trust.refusedList(refused.count)] + refused.map { r in
            let reason = RefusalReason(r).map(trust.reason) ?? r.reason
            let family = r.familyID.map { file.families[$0]?.label ?? r.familyLabel ?? $0.short }
            let author = file.users[r.author]?.name ?? r.authorName ?? r.author.short
            return trust.refusedLine(author, exchange.kindSingular(r.kind), family, reason)
        }
    }

    /// What a package adds, and what this store refuses of it, for the preview before the user chooses.
    public func packageLines(_ preview: MergeSummary, _ contents: PackageContents, in file: CaseFile) -> [String] {
        exchange.summaryLines(preview) + refusalLines(preview.refusals, in: file, incomingNames: contents.names(),
                                                      choosing: !preview.isEmpty)
    }

    /// What the check of an open store found, one line per author's chain (author, family, the first problem, how
    /// many revisions are left out), and the advice.
    public func integrityLines(_ findings: [Refusal], in file: CaseFile, limit: Int = 20) -> [String] {
        guard !findings.isEmpty else { return [] }
        var order: [String] = []
        var chains: [String: [Refusal]] = [:]
        for finding in findings {
            let key = finding.signer.raw + "|" + finding.scope.raw
            if chains[key] == nil { order.append(key) }
            chains[key, default: []].append(finding)
        }
        let lines = order.prefix(limit).map { key -> String in
            let group = chains[key]!
            let first = group[0]
            let positions = group.map(\.chainIndex).filter { $0 > 0 }
            return trust.integrityLine(file.userName(first.signer),
                                       trust.scope(first.scope) { file.families[$0]?.label ?? $0.short },
                                       trust.storeProblem(first.reason, first.chainIndex, exchange.kindSingular(first.kind)),
                                       group.count, positions.min() ?? 0, positions.max() ?? 0)
        }
        let more = order.count > limit ? [language == .en ? "  … and \(order.count - limit) more." : "  … i \(order.count - limit) kolejnych."] : []
        return [trust.integrityHeading(findings.count)] + lines + more + [trust.integrityAdvice]
    }
}
