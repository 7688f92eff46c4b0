import Foundation
import Testing

/// What the README and docs/ name must exist: files and directories of the repository, test
/// suites and test functions, and the documents they link to. A rename that leaves a document
/// pointing at nothing fails here.
@Suite struct DocsReferenceTests {
    static let root = Harness.packageRoot.path

    /// Every `path` in backticks that starts with a top-level folder of the repository.
    @Test func namedPathsExist() throws {
        let ignored = Set(try Harness.read(Self.root + "/.gitignore").components(separatedBy: "\n"))  // made at run time
        let tops = ["Sources/", "Tests/", "scripts/", "examples/", "man/", "completions/", "docs/", "Fuzz/", ".ci/"]
        for document in TranscriptTests.documents() {
            for token in Self.codeSpans(in: try Harness.read(document))
            where tops.contains(where: token.hasPrefix) && !token.contains(where: { "<*… ".contains($0) })
                && !ignored.contains("/" + token)
            {
                let path = token.hasSuffix("/") ? String(token.dropLast()) : token
                #expect(
                    FileManager.default.fileExists(atPath: Self.root + "/" + path),
                    "\(Self.name(document)) names `\(token)`, which does not exist")
            }
        }
    }

    /// Every `SomethingTests` or `SomethingTests.function` in backticks is a suite (and function)
    /// of the test targets.
    @Test func namedTestsExist() throws {
        let sources = try Self.testSources()
        for document in TranscriptTests.documents() {
            for token in Self.codeSpans(in: try Harness.read(document)) {
                let parts = token.split(separator: ".").map(String.init)
                guard let suite = parts.first, suite.hasSuffix("Tests"), suite.first!.isUppercase, parts.count <= 2,
                    suite.allSatisfy({ $0.isLetter || $0.isNumber })
                else { continue }
                #expect(
                    sources.contains("struct \(suite)"),
                    "\(Self.name(document)) names suite `\(suite)`, which does not exist")
                if parts.count == 2 {
                    #expect(
                        sources.contains("func \(parts[1])("),
                        "\(Self.name(document)) names test `\(token)`, which does not exist")
                }
            }
        }
    }

    /// Every relative Markdown link points at a file that exists.
    @Test func linksPointAtFiles() throws {
        let link = /\]\(([^)#:\s]+)(#[^)]*)?\)/
        for document in TranscriptTests.documents() {
            let base = URL(fileURLWithPath: document).deletingLastPathComponent()
            for match in try Harness.read(document).matches(of: link) {
                let target = base.appendingPathComponent(String(match.1)).standardized.path
                #expect(
                    FileManager.default.fileExists(atPath: target),
                    "\(Self.name(document)) links to \(match.1), which does not exist")
            }
        }
    }

    /// User documents cite no internal issue or seed-document numbers.
    @Test func noInternalNumbers() throws {
        let citation = /(?i)\b(issue|seed)s? ?#?[0-9]+/
        for document in TranscriptTests.documents() {
            for (index, line) in try Harness.read(document).components(separatedBy: "\n").enumerated()
            where line.firstMatch(of: citation) != nil {
                Issue.record("\(Self.name(document)):\(index + 1): cites an internal number: \(line)")
            }
        }
    }

    /// The README's test command is the one CI runs, exactly.
    @Test func readmeTestCommandIsTheCIs() throws {
        let ci = try Harness.read(Self.root + "/.ci/run").components(separatedBy: "\n")
        let readme = try Harness.read(Self.root + "/README.md")
        let commands = ci.filter { $0.hasPrefix("swift test") }
        #expect(commands == ["swift test"], ".ci/run runs \(commands), the README says swift test")
        #expect(
            readme.contains("\nswift test\n")
                && readme.contains("`swift test` is the test command; CI (`.ci/run`) runs exactly it."))
    }

    static func name(_ document: String) -> String { document.replacingOccurrences(of: root + "/", with: "") }

    /// The text of single-backtick code spans, outside fenced blocks.
    static func codeSpans(in text: String) -> [String] {
        var spans: [String] = []
        var fenced = false
        for line in text.components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                fenced.toggle()
                continue
            }
            if fenced || line.hasPrefix("    ") { continue }
            let pieces = line.components(separatedBy: "`")
            spans += stride(from: 1, to: pieces.count - 1, by: 2).map { pieces[$0] }
        }
        return spans
    }

    static func testSources() throws -> String {
        var text = ""
        let enumerator = FileManager.default.enumerator(atPath: root + "/Tests")
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".swift") { text += try Harness.read(root + "/Tests/" + path) }
        }
        return text
    }

    @Test func codeSpansSkipFencesAndPairBackticks() {
        let text = "see `Tests/A.swift` and `B`\n```sh\n`not/this`\n```\n    `indented`\n"
        #expect(Self.codeSpans(in: text) == ["Tests/A.swift", "B"])
    }
}
