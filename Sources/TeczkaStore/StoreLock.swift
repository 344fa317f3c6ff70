import Foundation
import TeczkaCore
#if canImport(Glibc)
import Glibc
#endif

/// One writer per store: an exclusive `flock` on `<store>.lock`, which holds the owner's PID so that a second
/// program can say who has the store. The kernel drops the lock when the process dies, even by SIGKILL.
final class StoreLock {
    let path: String
    private var descriptor: Int32

    init(storePath: String) throws {
        path = storePath + ".lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreProblem.io("\(path): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let owner = StoreLock.readPID(descriptor)
            close(descriptor)
            throw StoreProblem.lockedByOtherProcess(pid: owner)
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count - 1, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer.prefix(count), as: UTF8.self)
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
