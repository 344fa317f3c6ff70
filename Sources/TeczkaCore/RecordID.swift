import Foundation

/// A stable identifier of a record (family, member, user …); lowercase UUID text.
///
/// A city centre's store holds millions of them in memory (every revision, every document, every index), so an id in
/// the canonical form ("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", lowercase hex, as `make()` writes it) is kept as its
/// 128 bits: no allocation, and hashing and comparing two numbers instead of 36 characters. Any other text ("settings",
/// several parents joined by commas, an id from an older program) is kept as it is. `raw` gives back exactly the
/// text the id was made from, so files, digests and signatures are the same bytes as before.
public struct RecordID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    private enum Storage: Hashable, Sendable {
        case uuid(UInt64, UInt64)
        case text(String)
    }

    private let storage: Storage

    public init(_ raw: String) {
        if let (high, low) = RecordID.canonicalBits(raw) {
            storage = .uuid(high, low)
        } else {
            storage = .text(raw)
        }
    }

    public static func make() -> RecordID {
        let u = UUID().uuid
        let high = [u.0, u.1, u.2, u.3, u.4, u.5, u.6, u.7].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = [u.8, u.9, u.10, u.11, u.12, u.13, u.14, u.15].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return RecordID(storage: .uuid(high, low))
    }

    private init(storage: Storage) { self.storage = storage }

    public var raw: String {
        switch storage {
        case .text(let text): return text
        case .uuid(let high, let low): return RecordID.canonicalText(high, low)
        }
    }

    /// The order of `raw` (for canonical ids the order of their numbers is the order of their lowercase hex text).
    public static func < (a: RecordID, b: RecordID) -> Bool {
        if case .uuid(let ah, let al) = a.storage, case .uuid(let bh, let bl) = b.storage { return (ah, al) < (bh, bl) }
        return a.raw < b.raw
    }

    public var description: String { raw }

    /// Appends `raw` as UTF-8 (digests and envelopes of half a million revisions: no string is made for a canonical id).
    public func appendUTF8(to out: inout [UInt8]) {
        switch storage {
        case .text(let text): out.append(contentsOf: text.utf8)
        case .uuid(let high, let low):
            for nibble in 0..<32 {
                if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 { out.append(UInt8(ascii: "-")) }
                let word = nibble < 16 ? high : low
                out.append(RecordID.hexDigits[Int((word >> UInt64(60 - 4 * (nibble % 16))) & 0xF)])
            }
        }
    }

    /// The 128 bits of a canonical id (nil for an id kept as text): a checkpoint writes them as 16 bytes.
    var bits: (high: UInt64, low: UInt64)? {
        if case .uuid(let high, let low) = storage { return (high, low) }
        return nil
    }

    init(high: UInt64, low: UInt64) { storage = .uuid(high, low) }

    /// The length of `raw` in UTF-8 bytes.
    public var utf8Count: Int {
        switch storage {
        case .text(let text): return text.utf8.count
        case .uuid: return 36
        }
    }

    /// The first 8 characters, enough to name a record to a person.
    public var short: String { String(raw.prefix(8)) }

    public init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(raw)
    }

    // MARK: Canonical text

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func isHyphen(_ offset: Int) -> Bool { offset == 8 || offset == 13 || offset == 18 || offset == 23 }

    /// The 128 bits of a canonical lowercase UUID text; nil for any other text.
    private static func canonicalBits(_ text: String) -> (UInt64, UInt64)? {
        var text = text
        return text.withUTF8 { canonicalBits($0) }
    }

    private static func canonicalBits(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard bytes.count == 36 else { return nil }
        var high: UInt64 = 0, low: UInt64 = 0, nibbles = 0
        for (offset, byte) in bytes.enumerated() {
            if isHyphen(offset) {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            let value: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            if nibbles < 16 { high = high << 4 | value } else { low = low << 4 | value }
            nibbles += 1
        }
        return (high, low)
    }

    private static func canonicalText(_ high: UInt64, _ low: UInt64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        RecordID(storage: .uuid(high, low)).appendUTF8(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
