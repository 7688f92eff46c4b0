import Foundation
import Testing

/// Commands stay thin: every `run()` in `Sources/SalesctlCLI/Commands` parses, makes one call to
/// SalesKit and prints, in 25 lines at most (about 20 is the aim). Presenters go to SalesKit's
/// `Views/`, queries to `Query/` or the scoring they belong to (docs/DEVELOPMENT.md).
@Suite struct ThinCommandTests {
    static let limit = 25

    static let commands = InProcess.packageRoot.appendingPathComponent("Sources/SalesctlCLI/Commands")

    /// Each `func run(` in `source`: its line (1-based) and how many lines its body has (the
    /// lines between the one that opens it and the one that closes it).
    static func runBodies(in source: String) -> [(line: Int, length: Int)] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var found: [(line: Int, length: Int)] = []
        var start: Int?
        var depth = 0
        for (index, line) in lines.enumerated() {
            let code = codeOnly(line)
            if start == nil {
                guard code.contains("func run(") else { continue }
                start = index
                depth = 0
            }
            let opens = code.filter { $0 == "{" }.count
            let closes = code.filter { $0 == "}" }.count
            depth += opens - closes
            if depth == 0 && opens + closes > 0, let first = start {
                found.append((first + 1, max(0, index - first - 1)))
                start = nil
            }
        }
        return found
    }

    /// A line without its string literals and its `//` comment, so braces in them do not count.
    static func codeOnly(_ line: String) -> String {
        var out = ""
        var inString = false
        var escaped = false
        var previous: Character?
        for c in line {
            if inString {
                if escaped {
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    inString = false
                }
            } else if c == "\"" {
                inString = true
            } else if c == "/" && previous == "/" {
                out.removeLast()
                break
            } else {
                out.append(c)
            }
            previous = c
        }
        return out
    }

    @Test func theMeasureCountsBodyLines() {
        let source = """
            struct A {
                func run(_ context: Context) async throws {
                    let x = "{ not a brace"  // nor this {
                    if x.isEmpty {
                        print(x)
                    }
                }
                func run() async throws { try await run(Context.process()) }
            }
            """
        let bodies = Self.runBodies(in: source)
        #expect(bodies.map(\.line) == [2, 8])
        #expect(bodies.map(\.length) == [4, 0])
    }

    @Test func everyRunIsShort() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.commands.path)
            .filter { $0.hasSuffix(".swift") }.sorted()
        var count = 0
        var long: [String] = []
        for file in files {
            let source = try String(contentsOf: Self.commands.appendingPathComponent(file), encoding: .utf8)
            for body in Self.runBodies(in: source) {
                count += 1
                if body.length > Self.limit { long.append("\(file):\(body.line): \(body.length) lines") }
            }
        }
        #expect(count > 40, "found only \(count) run() functions in \(Self.commands.path)")
        #expect(long.isEmpty, "run() longer than \(Self.limit) lines: \(long)")
    }
}
