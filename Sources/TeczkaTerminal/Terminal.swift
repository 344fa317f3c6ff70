import CNcurses
import Foundation
import TeczkaUI
#if canImport(Glibc)
import Glibc
#endif

/// Set by SIGHUP (the terminal window closed, ssh dropped) or SIGTERM: the run loop notices it at once (the wait for a
/// key is interrupted) and stops the program the orderly way — an unsaved form kept as a draft, the terminal restored.
nonisolated(unsafe) private var stopRequested: sig_atomic_t = 0

/// Why the program cannot draw its screens here.
public enum TerminalUnavailable: Error, Equatable {
    case notATerminal
    case dumbTerminal
    case cannotStart
}

/// The only user of ncurses: sets the terminal up, copies a `Canvas` to it, and turns `wget_wch` input into `Key`s.
public final class Terminal {
    private let screen: OpaquePointer
    private let useColor: Bool
    private var ended = false

    /// Checks for a real terminal before touching ncurses (`initscr` would exit the process or draw garbage).
    public static func check(environment: [String: String]) -> TerminalUnavailable? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return .notATerminal }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return .dumbTerminal }
        return nil
    }

    /// From now on SIGHUP and SIGTERM ask the run loop to stop instead of killing the process mid-way.
    public static func catchStopSignals() {
        signal(SIGHUP) { _ in stopRequested = 1 }
        signal(SIGTERM) { _ in stopRequested = 1 }
    }

    /// Makes sure wide characters work: the user's locale if it is UTF-8, else C.UTF-8.
    public static func setUpLocale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: teczka_codeset()).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }

    public init(environment: [String: String]) throws(TerminalUnavailable) {
        guard let screen = teczka_newterm() else { throw .cannotStart }
        self.screen = screen
        set_term(screen)
        guard teczka_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw .dumbTerminal
        }
        raw()          // Ctrl-C and Ctrl-S arrive as keys instead of signals and flow control
        noecho()
        nonl()
        keypad(teczka_stdscr(), true)
        set_escdelay(25)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        useColor = !noColor && has_colors() && teczka_colors() >= 8
        if useColor {
            start_color()
            use_default_colors()
            Terminal.definePairs()
        }
    }

    deinit { end() }

    /// Gives the terminal back to the shell. Safe to call twice.
    public func end() {
        guard !ended else { return }
        ended = true
        endwin()
        delscreen(screen)
    }

    // MARK: Drawing

    private static func definePairs() {
        // Pair numbers are StyleRole raw values + 1; -1 keeps the terminal's own background.
        let pairs: [(StyleRole, Int16, Int16)] = [
            (.title, Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
            (.selected, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
            (.error, Int16(COLOR_RED), -1),
            (.keyNumber, -1, -1),
            (.keyLabel, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
            (.heading, Int16(COLOR_YELLOW), -1),
            (.field, -1, -1),
            (.fieldFocused, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        ]
        for (role, fg, bg) in pairs { init_pair(Int16(role.rawValue + 1), fg, bg) }
    }

    private func attributes(_ role: StyleRole) -> attr_t {
        if useColor {
            let pair = teczka_color_pair(Int32(role.rawValue + 1))
            switch role {
            case .normal: return teczka_a_normal()
            case .dim: return teczka_a_dim()
            case .heading, .title, .error: return pair | teczka_a_bold()
            case .field: return teczka_a_underline()
            default: return pair
            }
        }
        // Monochrome and NO_COLOR: attributes only.
        switch role {
        case .normal, .keyNumber: return teczka_a_normal()
        case .title, .selected, .keyLabel, .fieldFocused: return teczka_a_reverse()
        case .error, .heading: return teczka_a_bold()
        case .field: return teczka_a_underline()
        case .dim: return teczka_a_dim()
        }
    }

    public var size: (width: Int, height: Int) { (Int(teczka_cols()), Int(teczka_lines())) }

    public func draw(_ canvas: Canvas) {
        let window = teczka_stdscr()
        werase(window)
        for y in 0..<canvas.height {
            var x = 0
            while x < canvas.width {
                let role = canvas[x, y].role
                var run = ""
                let start = x
                while x < canvas.width, canvas[x, y].role == role {
                    // The right half of a wide character: ncurses advances two columns for the character itself.
                    if !canvas[x, y].isContinuation { run.append(canvas[x, y].character) }
                    x += 1
                }
                // The last cell of the screen would scroll some terminals: leave it out.
                if y == canvas.height - 1, x == canvas.width { run = String(run.dropLast()) }
                wattrset(window, Int32(bitPattern: UInt32(truncatingIfNeeded: attributes(role))))
                var wide = run.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
                mvwaddwstr(window, Int32(y), Int32(start), &wide)
            }
        }
        wattrset(window, 0)
        curs_set(canvas.cursorVisible ? 1 : 0)
        wmove(window, Int32(canvas.cursor.y), Int32(canvas.cursor.x))
        wrefresh(window)
    }

    // MARK: Keys

    enum Input: Equatable {
        case key(Key)
        case nothing
        case closed
    }

    /// Waits up to half a second for a key. Polling (rather than blocking) lets a resize signal that arrives just
    /// before the wait still be noticed; input that fails instantly again and again means the terminal is gone.
    /// The next key, waiting up to `milliseconds` (0: only a key already typed or pasted).
    func readInput(waiting milliseconds: Int32 = 500) -> Input {
        var instantFailures = 0
        wtimeout(teczka_stdscr(), milliseconds)
        while true {
            if stopRequested != 0 { return .closed }
            var wch: wint_t = 0
            let started = Date()
            let result = wget_wch(teczka_stdscr(), &wch)
            if result == KEY_CODE_YES {
                if let key = Terminal.functionKey(Int32(bitPattern: wch)) { return .key(key) }
                continue
            }
            if result == OK {
                if let key = Terminal.characterKey(wch) { return .key(key) }
                continue
            }
            if milliseconds == 0 || Date().timeIntervalSince(started) > 0.2 { return .nothing }
            instantFailures += 1
            if instantFailures > 50 { return .closed }
        }
    }

    static func characterKey(_ wch: wint_t) -> Key? {
        switch wch {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        case 1...26: return .control(Character(Unicode.Scalar(wch + 96)!))
        default:
            guard let scalar = Unicode.Scalar(wch) else { return nil }
            return .character(Character(scalar))
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            for n in 1...12 where code == teczka_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    /// Runs the program until it finishes: draw, do scheduled slow work, read a key, repeat.
    public func run(_ app: App) {
        var drawnSize = (width: -1, height: -1)
        var needsDrawing = true
        while !app.isFinished {
            if stopRequested != 0 {
                app.stopFromOutside()
                return
            }
            let current = size
            // A paste arrives as many keys at once: they are all handled before the screen is drawn once (a
            // 5,000-character note appears at once instead of being drawn 5,000 times).
            if needsDrawing, current == drawnSize, !app.hasPendingWork, case .key(let key) = readInput(waiting: 0) {
                app.handle(key == .control("c") ? .function(10) : key)
                continue
            }
            if needsDrawing || current != drawnSize {
                draw(app.render(width: current.width, height: current.height))
                drawnSize = current
                needsDrawing = false
            }
            if app.hasPendingWork {
                app.runPendingWork()
                needsDrawing = true
                continue
            }
            switch readInput() {
            case .closed:
                // The terminal is gone (or a signal asked to stop): what was typed is kept as a draft.
                app.stopFromOutside()
                return
            case .nothing:
                if app.lockIfIdle() { needsDrawing = true }
                continue
            case .key(let key):
                app.handle(key == .control("c") ? .function(10) : key)
                needsDrawing = true
            }
        }
    }
}
