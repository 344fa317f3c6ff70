import Foundation
import GRDB
import TeczkaCore

extension StoreProblem {
    /// What a failed write or read of `path` means to a user: a full disk, a read-only file or folder, and otherwise
    /// an input/output error naming the file — never SQLite's English text alone. `otherwise` is used for the rest
    /// (at opening: damage).
    static func from(_ error: Error, path: String, otherwise: (String) -> StoreProblem = { StoreProblem.io($0) }) -> StoreProblem {
        if let problem = error as? StoreProblem { return problem }
        if let database = error as? DatabaseError {
            switch database.resultCode {
            case .SQLITE_FULL: return .diskFull(path: path)
            case .SQLITE_READONLY, .SQLITE_PERM: return .readOnly(path: path)
            case .SQLITE_CANTOPEN:
                // SQLite only says "unable to open": find out why, in the user's terms.
                let folder = (path as NSString).deletingLastPathComponent
                if !FileManager.default.fileExists(atPath: folder) { return .notFound(path: folder) }
                if !FileManager.default.isWritableFile(atPath: folder) { return .readOnly(path: folder) }
                return .io(path)
            case .SQLITE_IOERR: return .io("\(path): \(database.message ?? "\(database.resultCode)")")
            default: return otherwise("\(database.message ?? "\(database)")")
            }
        }
        let code = (error as NSError).domain == NSPOSIXErrorDomain ? (error as NSError).code
            : ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { $0.domain == NSPOSIXErrorDomain ? $0.code : 0 } ?? 0
        switch Int32(code) {
        case ENOSPC, EDQUOT: return .diskFull(path: path)
        case EROFS, EACCES, EPERM: return .readOnly(path: path)
        case ENOENT, ENOTDIR: return .notFound(path: path)
        default: return otherwise("\(path): \(error.localizedDescription)")
        }
    }

    /// The last system call's failure on `path` (errno), explained the same way.
    static func lastSystemError(_ path: String) -> StoreProblem {
        from(NSError(domain: NSPOSIXErrorDomain, code: Int(errno)), path: path) { _ in .io("\(path): \(String(cString: strerror(errno)))") }
    }
}
