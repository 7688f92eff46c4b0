import SalesKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// stdout is data, stderr is talk. Output is buffered and written with write(2), so a closed
/// pipe (`salesctl deal list | head -1`) ends quietly.
enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func write(_ text: String) {
        guard text.utf8.count > 1 << 16 else {
            buffer.append(contentsOf: text.utf8)
            if buffer.count > 1 << 16 { flush() }
            return
        }
        // A whole table at once (30 MB for 200k rows): written from the string, not copied.
        flush()
        var text = text
        text.withUTF8 { writeAll(UnsafeRawBufferPointer($0)) }
    }

    static func line(_ text: String = "") { write(text + "\n") }

    static func flush() {
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte to stdout, or stops quietly when stdout is gone.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            let n = rawWrite(1, bytes.baseAddress! + offset, bytes.count - offset)
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                break
            }
            offset += n
        }
    }

    /// Files a list command could not read: one warning each on stderr, and how to find out
    /// more; the list goes on.
    static func warnSkipped(_ findings: [Finding]) {
        for finding in findings { error("warning: skipped \(finding.description)") }
        if let summary = SkippedDeals.summary(findings) { error("warning: " + summary) }
        if !findings.isEmpty && !hintedCheck {
            error("hint: fix the skipped files by hand; 'salesctl check' lists every problem in the store")
            hintedCheck = true
        }
    }

    nonisolated(unsafe) private static var hintedCheck = false

    nonisolated(unsafe) private static var pendingWarnings: [String] = []

    /// A warning about what the command did, written only if it succeeds (`finish`).
    static func warnOnSuccess(_ text: String) { pendingWarnings.append(text) }

    /// After a successful command: stdout flushed, then the warnings kept for success.
    static func finish() {
        flush()
        for text in pendingWarnings { error(text) }
        pendingWarnings = []
    }

    /// One message to stderr (a newline is added).
    static func error(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { rawWrite(2, $0.baseAddress!, bytes.count) }
    }
}

/// write(2), named apart from `Output.write`.
private func rawWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, pointer, count)
}
