/// Values by number, so that a table of half a million entries names each in four bytes (scopes in the ledger,
/// families and assistants in the visits' facts). Numbers are given in order and never taken back.
struct NumberedValues<Value: Hashable & Sendable>: Sendable {
    private(set) var values: [Value] = []
    private var numbers: [Value: Int32] = [:]

    mutating func number(_ value: Value) -> Int32 {
        if let known = numbers[value] { return known }
        let next = Int32(values.count)
        values.append(value)
        numbers[value] = next
        return next
    }

    subscript(number: Int32) -> Value { values[Int(number)] }
}
