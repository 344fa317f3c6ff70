import Foundation

/// The peak resident memory of this process on Linux (`VmHWM`), which can be reset (`clear_refs` 5) so that make
/// bench shows the memory the data takes apart from the log-in's scrypt, whose 256 MiB are freed before the data is
/// read. Elsewhere, or when /proc is not there, nothing is reset and nil is read.
public enum PeakMemory {
    public static func reset() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// The peak since the start or the last reset, in MiB.
    public static func mebibytes() -> Int? { status("VmHWM:") }

    /// The resident memory now, in MiB (make bench shows it after each phase of opening).
    public static func residentNow() -> Int? { status("VmRSS:") }

    /// Gives the pages malloc holds free back to the system (glibc's `malloc_trim`, looked up at run time: the Glibc
    /// module does not declare it). Opening a store frees as much as it keeps (decrypted rows, checkpoints' buffers);
    /// without this the process would go on holding those pages.
    public static func returnFreePages() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    private static func status(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        return kilobytes / 1024
    }
}
