import Foundation
import TeczkaCore

/// The whole terminal program as state + key handling + drawing, with no terminal attached: the terminal layer
/// feeds it keys and copies `render` to the screen; tests do the same with text.
public final class App {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public let strings: Strings
    let store: CaseStore
    let clock: () -> Date
    /// The open case file once the user has logged in.
    var file: CaseFile?
    var stack: [Screen] = []
    /// A one-line message at the bottom (saved, errors …); cleared by the next key.
    var message: (text: String, isError: Bool)?
    public private(set) var isFinished = false
    /// Why the program ended, when it ended on an error (shown after the terminal is restored).
    public private(set) var exitMessage: String?
    public private(set) var exitStatus: Int32 = 0
    private var pending: (text: String, work: (App) -> Void)?
    /// Whether the last drawn window was big enough; keys do nothing on a screen the user cannot see.
    private var windowTooSmall = false
    /// Families added by the demo offer (the command line's `demo` uses `DemoData` directly).
    let demoFamilies = 12
    /// Lock the screen after this long without a key (nil: never); `teczka --lock-after` sets it.
    public var idleLimit: TimeInterval? = 10 * 60
    /// When the last key came, for the idle lock.
    var lastInput: Date

    public init(store: CaseStore, strings: Strings, clock: @escaping () -> Date = Date.init) {
        self.store = store
        self.strings = strings
        self.clock = clock
        lastInput = clock()
        if store.isInitialized {
            stack = [LoginScreen()]
        } else {
            stack = [SetupScreen(location: store.location)]
        }
    }

    var today: LocalDate { LocalDate.today(now: clock()) }

    // MARK: Navigation

    func push(_ screen: Screen) { stack.append(screen) }

    func pop() {
        guard stack.count > 1 else { return }
        stack.removeLast()
        stack.last?.reappear(app: self)
    }

    func replaceAll(with screen: Screen) {
        stack = [screen]
    }

    func show(_ text: String, error: Bool = false) { message = (text, error) }

    func finish(message: String? = nil, status: Int32 = 0) {
        isFinished = true
        exitMessage = message
        exitStatus = status
    }

    /// Runs slow work (key derivation, demo data) after the next draw, so the user sees `text` meanwhile.
    func schedule(_ text: String, _ work: @escaping (App) -> Void) { pending = (text, work) }

    public var hasPendingWork: Bool { pending != nil }

    public func runPendingWork() {
        guard let job = pending else { return }
        pending = nil
        job.work(self)
    }

    /// Quits, asking first when a form on the stack holds unsaved typing.
    func requestQuit() {
        if stack.contains(where: \.hasUnsavedChanges) {
            push(ConfirmDialog(strings.discardQuestion, onYes: { $0.finish() }))
        } else {
            finish()
        }
    }

    /// Shows an error from the store or the rules in the user's language.
    /// After log-in: what the check of the store found (revisions left out, with the advice), and whether this
    /// account can sign what it saves.
    func announceStoreCheck(_ file: CaseFile) {
        if !file.canSign { show(strings.trust.noSigningKey, error: true) }
        guard !file.integrity.isEmpty else { return }
        let heading = strings.language == .en ? "Store check" : "Kontrola bazy"
        push(PackagePreviewScreen(heading: heading, lines: strings.integrityLines(file.integrity, in: file), question: nil))
    }

    func report(_ error: Error) {
        show(strings.explain(error), error: true)
    }

    // MARK: Keys

    public func handle(_ key: Key) {
        guard !isFinished, pending == nil else { return }
        if key == .resize { return }
        lastInput = clock()
        if windowTooSmall {
            // Nothing can be answered on a screen the user cannot see: F10 quits only when no typing would be lost.
            if key == .function(10), !stack.contains(where: \.hasUnsavedChanges) { finish() }
            return
        }
        message = nil
        guard let top = stack.last else { return }
        switch key {
        case .function(1):
            if !(top is HelpScreen) { openHelp(); return }
        case .character("?") where !top.isTyping:
            if !(top is HelpScreen) { openHelp(); return }
        case .function(10):
            requestQuit()
            return
        default: break
        }
        top.handle(key, app: self)
    }

    private func openHelp() {
        guard let top = stack.last else { return }
        push(HelpScreen(topic: top.title(self), lines: top.helpLines(self) + [""] + strings.helpCommon))
    }

    // MARK: Drawing

    public func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        windowTooSmall = width < App.minimumWidth || height < App.minimumHeight
        guard !windowTooSmall else {
            drawTooSmall(&canvas)
            return canvas
        }
        // Modal screens are drawn over the nearest full screen below them.
        let base = stack.lastIndex(where: { !$0.isModal }) ?? 0
        let content = Rect(x: 0, y: 1, width: width, height: height - 3)
        drawTitle(&canvas, stack[base].title(self))
        for screen in stack[base...] {
            screen.draw(into: &canvas, area: content, app: self)
        }
        drawMessageLine(&canvas)
        drawKeyBar(&canvas, stack.last?.keyHints(self) ?? [])
        return canvas
    }

    private func drawTooSmall(_ canvas: inout Canvas) {
        let lines = [strings.tooSmall, strings.tooSmallSize(canvas.width, canvas.height)]
        let top = max(0, canvas.height / 2 - 1)
        for (i, line) in lines.enumerated() {
            let x = max(0, (canvas.width - line.count) / 2)
            canvas.put(line, x: x, y: top + i, role: i == 0 ? .error : .normal)
        }
        canvas.cursor = (max(0, (canvas.width - lines[0].count) / 2), top)
    }

    private func drawTitle(_ canvas: inout Canvas, _ title: String) {
        canvas.fill(Rect(x: 0, y: 0, width: canvas.width, height: 1), role: .title)
        var right = today.polish + " "
        if let user = file?.currentUser { right = " " + clip(user.name, 24) + " · " + right }
        let rightWidth = DisplayWidth.of(right)
        // The title ends with "…" a column before the user's name, never running into it.
        canvas.put(" \(strings.appName) — \(title)", x: 0, y: 0, role: .title, maxWidth: canvas.width - rightWidth - 1)
        canvas.put(right, x: canvas.width - rightWidth, y: 0, role: .title)
    }

    private func drawMessageLine(_ canvas: inout Canvas) {
        let y = canvas.height - 2
        if let pending {
            canvas.put(pending.text, x: 1, y: y, role: .heading, maxWidth: canvas.width - 2)
        } else if let message {
            // A long message takes rows above too (up to four), so that nothing of it is lost; the start of a message
            // says what happened, so a longer one loses its end, marked with "…".
            var lines = wrap(message.text, width: canvas.width - 2)
            if lines.count > 4 {
                lines = Array(lines.prefix(4))
                lines[3] = String(lines[3].prefix(canvas.width - 3)) + "…"
            }
            let top = y - lines.count + 1
            for (i, line) in lines.enumerated() {
                canvas.fill(Rect(x: 0, y: top + i, width: canvas.width, height: 1), role: .normal)
                canvas.put(line, x: 1, y: top + i, role: message.isError ? .error : .heading, maxWidth: canvas.width - 2)
            }
        }
    }

    private func drawKeyBar(_ canvas: inout Canvas, _ hints: [KeyHint]) {
        let y = canvas.height - 1
        canvas.fill(Rect(x: 0, y: y, width: canvas.width, height: 1), role: .keyLabel)
        var x = 0
        for hint in hints {
            let needed = hint.key.count + hint.label.count + 2
            guard x + needed <= canvas.width else { break }
            x += canvas.put(hint.key + " ", x: x, y: y, role: .keyNumber)
            x += canvas.put(hint.label, x: x, y: y, role: .keyLabel)
            x += canvas.put(" ", x: x, y: y, role: .keyNumber)
        }
    }
}
