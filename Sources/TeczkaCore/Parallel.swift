import Foundation

/// `(0..<count).map(work)` on every core, the results in order: for independent work per record (opening a sealed
/// body, decoding a document) over a whole store, where one core would leave the others idle at log-in.
/// `sequentialBelow`: fewer items than this are not worth the threads (cheap work per item).
public func parallelMap<T: Sendable>(_ count: Int, sequentialBelow: Int = 1_000, _ work: @Sendable (Int) -> T) -> [T] {
    guard count >= sequentialBelow, count > 1 else { return (0..<count).map(work) }
    let results = ResultSlots<T>(count)
    // More slices than cores, interleaved, so a core that finishes early is not left waiting for a slow one.
    let slices = ProcessInfo.processInfo.activeProcessorCount * 4
    DispatchQueue.concurrentPerform(iterations: slices) { slice in
        for index in stride(from: slice, to: count, by: slices) { results.set(index, work(index)) }
    }
    return results.collect()
}

/// Two independent pieces of work at once, on two cores (building a report's data on a laptop).
public func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let a = ResultSlots<A>(1), b = ResultSlots<B>(1)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { a.set(0, first()) } else { b.set(0, second()) }
    }
    return (a.collect()[0], b.collect()[0])
}

/// One slot per index, each written by exactly one thread of `parallelMap` and read after all of them finished.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(_ count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    func set(_ index: Int, _ value: T) { slots[index] = value }

    func collect() -> [T] { slots.map { $0! } }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}
