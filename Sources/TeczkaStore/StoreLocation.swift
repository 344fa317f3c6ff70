import Foundation

/// Where the store lives unless `--store` says otherwise: `$XDG_DATA_HOME/teczka/teczka.sqlite`, else
/// `~/.local/share/teczka/teczka.sqlite`.
public enum StoreLocation {
    public static let fileName = "teczka.sqlite"

    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty, xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("teczka/\(fileName)")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/teczka/\(fileName)")
    }

    /// Makes an absolute, tidy path from what the user typed.
    public static func resolve(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        let cwd = FileManager.default.currentDirectoryPath
        return ((cwd as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}
