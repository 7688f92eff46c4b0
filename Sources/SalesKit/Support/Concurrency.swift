import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `(0..<count).map(transform)`, worked out on all cores; the results in index order. The
/// workers speak the caller's language and count its ambiguous width (task-local values do not
/// reach Dispatch's threads by themselves).
func parallelMap<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    let results = ParallelResults<T?>(count: count, initial: nil)
    let (language, width) = (Language.scoped, AmbiguousWidth.scoped)
    DispatchQueue.concurrentPerform(iterations: count) { i in
        Language.$scoped.withValue(language) {
            AmbiguousWidth.$scoped.withValue(width) { results[i] = transform(i) }
        }
    }
    return results.values.map { $0! }
}

/// `(a(), b())`, the two worked out at the same time, in the caller's language. A
/// `parallelMap` inside either runs within the same pool of workers.
func inParallel<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    let first = ParallelResults<A?>(count: 1, initial: nil)
    let second = ParallelResults<B?>(count: 1, initial: nil)
    let language = Language.scoped
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        Language.$scoped.withValue(language) {
            if i == 0 { first[0] = a() } else { second[0] = b() }
        }
    }
    return (first.take(0)!, second.take(0)!)
}

/// A fixed-size array that parallel workers fill, each at its own indices.
final class ParallelResults<T>: @unchecked Sendable {
    private var storage: [T]
    private let initial: T
    private let lock = NSLockLike()

    init(count: Int, initial: T) {
        storage = Array(repeating: initial, count: count)
        self.initial = initial
    }

    /// Moves the value at `i` out (leaving the initial value), without copying it.
    func take(_ i: Int) -> T {
        var value = initial
        lock.withLock { swap(&value, &storage[i]) }
        return value
    }

    subscript(i: Int) -> T {
        get { lock.withLock { storage[i] } }
        set { lock.withLock { storage[i] = newValue } }
    }

    var values: [T] { lock.withLock { storage } }
}

/// A pthread mutex, so SalesKit's hot paths need no Foundation lock.
final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func withLock<R>(_ body: () throws -> R) rethrows -> R {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}

/// A value handed to parallel workers that Swift cannot prove safe to share: a buffer its owner
/// keeps alive for the call, read by all workers or written by each at its own indices only.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}
