import Foundation
import TeczkaCore
#if canImport(Glibc)
import Glibc
#endif

/// One writer per store: an exclusive `flock` on `<store>.lock`, which holds the owner's PID so that a second
/// program can say who has the store. The kernel drops the lock when the process dies, even by SIGKILL; a clean
/// exit removes the file.
final class StoreLock {
    let path: String
    private var descriptor: Int32 = -1

    init(storePath: String) throws {
        path = storePath + ".lock"
        // The owner removes the file when it lets go; if that happened between our open and our flock we hold a
        // lock on a file nobody else sees, so check that the path still names the file we locked, and retry.
        for _ in 0..<10 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw StoreProblem.lastSystemError(path)
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let owner = StoreLock.readPID(fd)
                close(fd)
                throw StoreProblem.lockedByOtherProcess(pid: owner)
            }
            var opened = stat(), named = stat()
            if fstat(fd, &opened) == 0, stat(path, &named) == 0, opened.st_ino == named.st_ino, opened.st_dev == named.st_dev {
                descriptor = fd
                let pid = "\(getpid())\n"
                _ = ftruncate(fd, 0)
                _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
                return
            }
            close(fd)
        }
        throw StoreProblem.io("\(path): the lock file keeps changing")
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
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
