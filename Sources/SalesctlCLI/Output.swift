import SalesKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// stdout is data, stderr is talk. One instance per run of the program, passed down in the
/// `Context`: stdout is buffered and written with write(2), so a closed pipe
/// (`salesctl deal list | head -1`) ends quietly. Tests give it other file descriptors.
final class Output {
    private var buffer: [UInt8] = []
    private var hintedCheck = false
    private var pendingWarnings: [String] = []
    let standardOutput: Int32
    let standardError: Int32
    /// Set by `usePager`: the pager to start once the output is taller than `rows` lines.
    private var paging: (command: String, environment: [String: String], rows: Int)?
    private var heldLines = 0
    private var pager: Pager?

    init(standardOutput: Int32 = 1, standardError: Int32 = 2) {
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// Long output on a terminal goes through `command` (Pager.command), as in git: what the
    /// command prints is held until it is taller than the screen, then the pager gets all of it;
    /// shorter output is written as it is. Nothing happens when stdout is not a terminal.
    func usePager(_ command: String?, environment: [String: String]) {
        guard let command, isTerminal() else { return }
        paging = (command, environment, Pager.screenRows(fd: standardOutput, environment: environment))
    }

    func write(_ text: String) {
        if let paging, pager == nil {
            buffer.append(contentsOf: text.utf8)
            heldLines += text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
            guard heldLines >= paging.rows else { return }
            pager = Pager(command: paging.command, environment: paging.environment)
            self.paging = nil
            flush()
            return
        }
        guard text.utf8.count > 1 << 16 else {
            buffer.append(contentsOf: text.utf8)
            if buffer.count > 1 << 16 { flush() }
            return
        }
        // A whole table at once (30 MB for 200k rows): written from the string, not copied.
        flush()
        var text = text
        text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: pager?.fd ?? standardOutput) }
    }

    func line(_ text: String = "") { write(text + "\n") }

    func flush() {
        buffer.withUnsafeBytes { writeAll($0, to: pager?.fd ?? standardOutput) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The end of stdout: what is held is written, and the pager, if one runs, is waited for
    /// (messages to stderr come after it, where the person sees them).
    func end() {
        flush()
        paging = nil
        pager?.finish()
        pager = nil
    }

    /// Files a list command could not read: one warning each on stderr, and how to find out
    /// more; the list goes on.
    func warnSkipped(_ findings: [Finding]) {
        for finding in findings { error(Message.warnSkipped.text(finding.description)) }
        if let summary = SkippedDeals.summary(findings) { error("warning: " + summary) }
        if !findings.isEmpty && !hintedCheck {
            error(Message.hintSkipped.text())
            hintedCheck = true
        }
    }

    /// A warning about what the command did, written only if it succeeds (`finish`).
    func warnOnSuccess(_ text: String) { pendingWarnings.append(text) }

    /// After a successful command: stdout flushed, then the warnings kept for success.
    func finish() {
        end()
        for text in pendingWarnings { error(text) }
        pendingWarnings = []
    }

    /// One message to stderr (a newline is added).
    func error(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        bytes.withUnsafeBytes { writeAll($0, to: standardError) }
    }

    /// Whether stdout (or stderr) is a terminal: colour and table widths depend on it.
    func isTerminal(standardError: Bool = false) -> Bool {
        isatty(standardError ? self.standardError : standardOutput) == 1
    }

    /// The terminal's width when stdout is one; nil for pipes and files (never cut data there).
    var terminalWidth: Int? {
        guard isTerminal() else { return nil }
        var size = winsize()
        if ioctl(standardOutput, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }

    /// Writes every byte, or stops quietly when the stream is gone.
    private func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = rawWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                break
            }
            offset += n
        }
    }
}

/// write(2), named apart from `Output.write`.
private func rawWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, pointer, count)
}
