import Foundation

/// Where the build put the executables: beside the test bundle, or in `TECZKA_BIN`'s folder when the Makefile says.
public enum BuildProducts {
    public static func path(_ name: String) -> String {
        if let bin = ProcessInfo.processInfo.environment["TECZKA_BIN"], !bin.isEmpty {
            return ((bin as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = (exe as NSString).deletingLastPathComponent
        while directory.contains(".xctest") {
            directory = (directory as NSString).deletingLastPathComponent
        }
        return (directory as NSString).appendingPathComponent(name)
    }
}

/// A private temporary directory, removed when the value goes away.
public final class TemporaryDirectory {
    public let path: String

    public init() {
        path = NSTemporaryDirectory() + "teczka-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
}
