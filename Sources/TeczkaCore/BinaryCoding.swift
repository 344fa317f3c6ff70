import Foundation

/// A compact encoding of the case file's own values for checkpoints (`FamilyCheckpoint`): the values of a type in the
/// order its `encode(to:)` gives them, without keys, optionals with a presence byte, record ids as their 16 bytes.
/// Decoding is about four times faster than JSON's, which is what opening a city centre's store spends most on.
/// Only this program reads it back, with the same types; a checkpoint that does not decode is rebuilt from the
/// revisions, so a change of a type only costs one slower opening (and `FamilyCheckpoint.version` says so).
final class BinaryWriter {
    var bytes: [UInt8] = []

    func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    func int(_ value: Int) { varint(UInt64(bitPattern: Int64(value)) << 1 ^ UInt64(bitPattern: Int64(value) >> 63)) }

    func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    func string(_ value: String) {
        var text = value
        text.withUTF8 { buffer in
            varint(UInt64(buffer.count))
            bytes.append(contentsOf: buffer)
        }
    }

    func data(_ value: some Collection<UInt8>) {
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    func double(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }

    func recordID(_ id: RecordID) {
        guard let (high, low) = id.bits else {
            bytes.append(1)
            string(id.raw)
            return
        }
        bytes.append(0)
        withUnsafeBytes(of: high.bigEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: low.bigEndian) { bytes.append(contentsOf: $0) }
    }

    func date(_ date: LocalDate) { varint(UInt64(date.year * 512 + date.month * 32 + date.day)) }
}

struct BinaryDecodingFailure: Error {}

/// Reads what `BinaryWriter` wrote; every read is bounded, and anything out of place throws.
struct BinaryReader {
    let base: UnsafeRawBufferPointer
    var offset = 0

    init(_ base: UnsafeRawBufferPointer) { self.base = base }

    var isAtEnd: Bool { offset == base.count }

    mutating func byte() throws -> UInt8 {
        guard offset < base.count else { throw BinaryDecodingFailure() }
        defer { offset += 1 }
        return base[offset]
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
            guard shift < 64 else { throw BinaryDecodingFailure() }
        }
    }

    mutating func int() throws -> Int {
        let v = try varint()
        return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
    }

    /// A count of things still to come, each at least one byte long.
    mutating func count() throws -> Int {
        let value = try varint()
        guard value <= UInt64(base.count - offset) else { throw BinaryDecodingFailure() }
        return Int(value)
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw BinaryDecodingFailure()
        }
    }

    mutating func bytes(_ count: Int) throws -> UnsafeRawBufferPointer {
        guard count <= base.count - offset else { throw BinaryDecodingFailure() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: base[offset..<offset + count])
    }

    mutating func string() throws -> String { String(decoding: try bytes(try count()), as: UTF8.self) }

    mutating func data() throws -> Data { Data(try bytes(try count())) }

    mutating func double() throws -> Double {
        let raw = try bytes(8)
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(raw[index]) }
        return Double(bitPattern: bits)
    }

    mutating func recordID() throws -> RecordID {
        switch try byte() {
        case 0:
            let raw = try bytes(16)
            var high: UInt64 = 0, low: UInt64 = 0
            for index in 0..<8 { high = high << 8 | UInt64(raw[index]) }
            for index in 8..<16 { low = low << 8 | UInt64(raw[index]) }
            return RecordID(high: high, low: low)
        case 1: return RecordID(try string())
        default: throw BinaryDecodingFailure()
        }
    }

    mutating func date() throws -> LocalDate {
        let packed = Int(try varint())
        guard let date = LocalDate(year: packed / 512, month: packed / 32 % 16, day: packed % 32) else { throw BinaryDecodingFailure() }
        return date
    }
}

// MARK: Codable

/// Encodes a `Codable` value with `BinaryWriter`.
struct BinaryEncoder: Encoder {
    let writer: BinaryWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func encode(_ value: some Encodable, into writer: BinaryWriter) throws {
        try BinaryEncoder(writer: writer).encodeValue(value)
    }

    /// Ids and dates are written by the writer itself, not as their text.
    func encodeValue(_ value: some Encodable) throws {
        switch value {
        case let optional as any BinaryOptional:
            // An optional met as a value (an array's element, say) carries its presence byte too.
            writer.bool(!optional.isNone)
            try optional.encodeWrapped(self)
        case let id as RecordID: writer.recordID(id)
        case let date as LocalDate: writer.date(date)
        case let date as Date: writer.double(date.timeIntervalSinceReferenceDate)
        default: try value.encode(to: self)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed<Key>(encoder: self))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(writer: writer) }
    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: BinaryEncoder
        var writer: BinaryWriter { encoder.writer }
        var codingPath: [any CodingKey] { [] }
        func encodeNil(forKey key: Key) { writer.bytes.append(0) }
        func encode(_ value: Bool, forKey key: Key) { writer.bool(value) }
        func encode(_ value: String, forKey key: Key) { writer.string(value) }
        func encode(_ value: Int, forKey key: Key) { writer.int(value) }
        func encode(_ value: Double, forKey key: Key) { writer.double(value) }
        func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.encodeValue(value) }
        func encodeIfPresent(_ value: String?, forKey key: Key) {
            writer.bool(value != nil)
            if let value { writer.string(value) }
        }
        func encodeIfPresent(_ value: Int?, forKey key: Key) {
            writer.bool(value != nil)
            if let value { writer.int(value) }
        }
        func encodeIfPresent(_ value: Bool?, forKey key: Key) {
            writer.bool(value != nil)
            if let value { writer.bool(value) }
        }
        func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            writer.bool(value != nil)
            if let value { try encoder.encodeValue(value) }
        }
        func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
            KeyedEncodingContainer(Keyed<N>(encoder: encoder))
        }
        func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { Unkeyed(writer: writer) }
        func superEncoder() -> any Encoder { encoder }
        func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    /// The elements go to a buffer of their own, written after their count when the container is done with.
    final class Unkeyed: UnkeyedEncodingContainer {
        let writer: BinaryWriter
        let elements = BinaryWriter()
        var count = 0
        var codingPath: [any CodingKey] { [] }
        init(writer: BinaryWriter) { self.writer = writer }
        deinit {
            writer.varint(UInt64(count))
            writer.bytes.append(contentsOf: elements.bytes)
        }
        func encodeNil() { elements.bytes.append(0); count += 1 }
        func encode(_ value: Bool) { elements.bool(value); count += 1 }
        func encode(_ value: String) { elements.string(value); count += 1 }
        func encode(_ value: Int) { elements.int(value); count += 1 }
        func encode<T: Encodable>(_ value: T) throws { try BinaryEncoder(writer: elements).encodeValue(value); count += 1 }
        func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type) -> KeyedEncodingContainer<N> {
            count += 1
            return KeyedEncodingContainer(Keyed<N>(encoder: BinaryEncoder(writer: elements)))
        }
        func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { count += 1; return Unkeyed(writer: elements) }
        func superEncoder() -> any Encoder { BinaryEncoder(writer: elements) }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: BinaryEncoder
        var codingPath: [any CodingKey] { [] }
        func encodeNil() { encoder.writer.bytes.append(0) }
        func encode(_ value: Bool) { encoder.writer.bool(value) }
        func encode(_ value: String) { encoder.writer.string(value) }
        func encode(_ value: Int) { encoder.writer.int(value) }
        func encode(_ value: Double) { encoder.writer.double(value) }
        func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
    }
}

/// Decodes what `BinaryEncoder` wrote, into the same type.
final class BinaryDecoder: Decoder {
    var reader: BinaryReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ reader: BinaryReader) { self.reader = reader }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == RecordID.self { return try reader.recordID() as! T }
        if T.self == LocalDate.self { return try reader.date() as! T }
        if T.self == Date.self { return Date(timeIntervalSinceReferenceDate: try reader.double()) as! T }
        if let optional = T.self as? any BinaryOptional.Type { return try optional.decodeBinary(self) as! T }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(decoder: self))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { Unkeyed(decoder: self, count: try reader.count()) }
    func singleValueContainer() -> any SingleValueDecodingContainer { Single(decoder: self) }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: BinaryDecoder
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }
        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { try decoder.reader.byte() == 0 }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.reader.bool() }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.reader.string() }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.reader.int() }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.reader.double() }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.decodeValue(T.self) }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            try decoder.reader.bool() ? try decoder.reader.string() : nil
        }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            try decoder.reader.bool() ? try decoder.reader.int() : nil
        }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            try decoder.reader.bool() ? try decoder.reader.bool() : nil
        }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            try decoder.reader.bool() ? try decoder.decodeValue(T.self) : nil
        }
        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) -> KeyedDecodingContainer<N> {
            KeyedDecodingContainer(Keyed<N>(decoder: decoder))
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try decoder.unkeyedContainer() }
        func superDecoder() -> any Decoder { decoder }
        func superDecoder(forKey key: Key) -> any Decoder { decoder }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let decoder: BinaryDecoder
        let count: Int?
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var isAtEnd: Bool { currentIndex >= count! }
        init(decoder: BinaryDecoder, count: Int) {
            self.decoder = decoder
            self.count = count
        }
        mutating func next() throws {
            guard !isAtEnd else { throw BinaryDecodingFailure() }
            currentIndex += 1
        }
        /// Optionals carry their presence byte and are read whole by `decodeValue`.
        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { throw BinaryDecodingFailure() }
            return false
        }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try next(); return try decoder.reader.bool() }
        mutating func decode(_ type: String.Type) throws -> String { try next(); return try decoder.reader.string() }
        mutating func decode(_ type: Int.Type) throws -> Int { try next(); return try decoder.reader.int() }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(); return try decoder.decodeValue(T.self) }
        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> {
            try next()
            return decoder.container(keyedBy: N.self)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next()
            return try decoder.unkeyedContainer()
        }
        mutating func superDecoder() throws -> any Decoder { decoder }
    }

    struct Single: SingleValueDecodingContainer {
        let decoder: BinaryDecoder
        var codingPath: [any CodingKey] { [] }
        func decodeNil() -> Bool { false }
        func decode(_ type: Bool.Type) throws -> Bool { try decoder.reader.bool() }
        func decode(_ type: String.Type) throws -> String { try decoder.reader.string() }
        func decode(_ type: Int.Type) throws -> Int { try decoder.reader.int() }
        func decode(_ type: Double.Type) throws -> Double { try decoder.reader.double() }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(T.self) }
    }
}

/// Optionals written as values (not through `encodeIfPresent`) with a presence byte, which `Optional`'s own
/// `encode(to:)` would not write.
protocol BinaryOptional {
    var isNone: Bool { get }
    func encodeWrapped(_ encoder: BinaryEncoder) throws
    static func decodeBinary(_ decoder: BinaryDecoder) throws -> Self
}

extension Optional: BinaryOptional where Wrapped: Codable {
    var isNone: Bool { self == nil }

    func encodeWrapped(_ encoder: BinaryEncoder) throws {
        if let value = self { try encoder.encodeValue(value) }
    }

    static func decodeBinary(_ decoder: BinaryDecoder) throws -> Self {
        try decoder.reader.bool() ? .some(try decoder.decodeValue(Wrapped.self)) : .none
    }
}
