import Foundation
import SalesKit
import Testing

/// The hostile-input corpus of issue 13: one case per hazard and per kind of file (a deal file,
/// a report's front matter, salesctl.yaml). Each case is refused with one finding (its code and
/// place are part of the case) or, for a byte-order mark, CRLF line ends and `no`, accepted
/// exactly. `HostileInputTests` runs every case in-process and end to end.
struct HostileCase: Sendable, CustomTestStringConvertible {
    enum Target: String, Sendable { case deal, report, config }
    enum Expectation: Sendable, Equatable {
        /// Refused with this code at `line:col`.
        case refused(code: String, at: String)
        /// Accepted; `value` is the deal's title, the report's body or the first stage's label as read.
        case accepted(value: String)
    }

    var name: String
    var target: Target
    var bytes: [UInt8]
    var expectation: Expectation

    var testDescription: String { "\(target.rawValue): \(name)" }

    /// Where the case's file goes in a store.
    var path: String {
        switch target {
        case .deal: "deals/bad.yaml"
        case .report: "reports/2026/11/2026-11-20-acme-0a1b2c.md"
        case .config: "salesctl.yaml"
        }
    }
}

enum HostileCorpus {
    static let dealBase = """
        title: 基幹システム刷新
        customer: 株式会社アクメ
        stage: discovery
        status: open
        created: 2026-11-01
        history:
          - date: 2026-11-01
            by: 佐藤 健
            event: created
            stage: discovery

        """

    static let reportBody = "要件を確認。\n"
    static func report(_ frontMatter: String, body: String = reportBody) -> String {
        "---\n" + frontMatter + "---\n\n" + body
    }
    static let reportBase = report("date: 2026-11-20\ndeal: acme\nkind: visit\n")

    /// "Billion laughs": nine levels, each ten aliases of the one before (10^9 leaves if expanded).
    static let billionLaughs: String = {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        return text
    }()

    /// Aliases without anchors on the first line, so the alias itself is the first refusal.
    static let aliasFirst = "title: *t\ncustomer: *c\n"
    /// A "key bomb": complex keys nested in complex keys (slow in resolvers that hash them).
    static let keyBomb = "? " + String(repeating: "[", count: 30) + "k" + String(repeating: "]", count: 30) + "\n: v\n"
    static let deepFlow = String(repeating: "[", count: 10_000)
    static let deepMapping = String(repeating: "{a: ", count: 10_000)
    static let deepBlock: String = (0..<100).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined()
    static let huge = String(repeating: "x", count: 100_000)
    static let overLimit = String(repeating: "# 1 MB of comments\n", count: 60_000)

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func cases() -> [HostileCase] {
        var all: [HostileCase] = []
        func add(_ name: String, _ target: HostileCase.Target, _ bytes: [UInt8], _ expectation: HostileCase.Expectation)
        {
            all.append(HostileCase(name: name, target: target, bytes: bytes, expectation: expectation))
        }
        func refused(_ code: String, _ at: String) -> HostileCase.Expectation { .refused(code: code, at: at) }

        // MARK: deal files
        let d = HostileCase.Target.deal
        add("billion laughs", d, bytes(billionLaughs), refused("yaml-anchor", "1:5"))
        add("alias before any anchor", d, bytes(aliasFirst), refused("yaml-alias", "1:8"))
        add("anchor on the document", d, bytes("&doc\n" + dealBase), refused("yaml-anchor", "1:1"))
        add("key bomb (nested complex keys)", d, bytes(keyBomb), refused("yaml-key", "1:3"))
        add(
            "duplicate keys, 10,000 of them", d,
            bytes("{" + Array(repeating: "k: v", count: 10_000).joined(separator: ", ") + "}\n"),
            refused("yaml-duplicate-key", "1:8"))
        add("10,000 [", d, bytes(deepFlow), refused("yaml-depth", "1:65"))
        add("10,000 {a:", d, bytes(deepMapping), refused("yaml-depth", "1:257"))
        add("100 nested block mappings", d, bytes(deepBlock), refused("yaml-depth", "65:129"))
        add("huge scalar (100 KB)", d, bytes("title: \(huge)\n"), refused("value-too-long", "1:8"))
        add("file over 1 MB", d, bytes(dealBase + overLimit), refused("file-too-large", "1:1"))
        add("invalid UTF-8 (0xFF)", d, bytes("title: ") + [0xFF, 0xFE] + bytes("\n"), refused("invalid-utf8", "1:8"))
        add("overlong UTF-8", d, bytes("title: a") + [0xC0, 0xAF] + bytes("\n"), refused("invalid-utf8", "1:9"))
        add(
            "UTF-16 surrogate in UTF-8", d, bytes("customer: c\ntitle: ") + [0xED, 0xA0, 0x80] + bytes("\n"),
            refused("invalid-utf8", "2:8"))
        add("truncated UTF-8 at the end", d, bytes("title: 山") + [0xE7, 0x94], refused("invalid-utf8", "1:9"))
        add("NUL", d, bytes("title: a\0b\n"), refused("yaml-syntax", "1:9"))
        add("raw C1 control character (CSI)", d, bytes("title: a\u{9B}2J\n"), refused("yaml-syntax", "1:9"))
        add("ESC sequence in a value", d, bytes("title: \u{1B}]0;pwned\u{7}\n"), refused("yaml-syntax", "1:8"))
        add("escaped control character", d, bytes("title: \"\\e[2J\\0\"\n"), refused("control-character", "1:8"))
        add("C1 control character (CSI)", d, bytes("title: \"a\\x9b2Jb\"\n"), refused("control-character", "1:8"))
        add("BOM", d, [0xEF, 0xBB, 0xBF] + bytes(dealBase), .accepted(value: "基幹システム刷新"))
        add("CRLF", d, bytes(dealBase.replacingOccurrences(of: "\n", with: "\r\n")), .accepted(value: "基幹システム刷新"))
        add("tab indentation", d, bytes("title: t\n\tcustomer: c\n"), refused("yaml-syntax", "2:1"))
        add("duplicate key", d, bytes(dealBase + "title: 別件\n"), refused("yaml-duplicate-key", "11:1"))
        add(
            "duplicate long key", d, bytes("\(huge.prefix(1000)): 1\n\(huge.prefix(1000)): 2\n"),
            refused("yaml-duplicate-key", "2:1"))
        add(
            "wrong type: title is a list", d,
            bytes(dealBase.replacingOccurrences(of: "title: 基幹システム刷新", with: "title: [a, b]")),
            refused("type", "1:8"))
        add(
            "wrong type: history is a mapping", d,
            bytes(dealBase.components(separatedBy: "history:")[0] + "history: {a: b}\n"),
            refused("type", "6:10"))
        add("amount 0123", d, bytes(dealBase + "amount: 0123\n"), refused("type", "11:9"))
        add(
            "title no (stays text)", d, bytes(dealBase.replacingOccurrences(of: "title: 基幹システム刷新", with: "title: no")),
            .accepted(value: "no"))
        add(
            "status no", d, bytes(dealBase.replacingOccurrences(of: "status: open", with: "status: no")),
            refused("bad-value", "4:9"))
        add(
            "created 2026-13-45", d,
            bytes(dealBase.replacingOccurrences(of: "created: 2026-11-01", with: "created: 2026-13-45")),
            refused("bad-date", "5:10"))
        add("tag", d, bytes("title: !!binary aGVsbG8=\n"), refused("yaml-tag", "1:8"))
        add("two documents", d, bytes(dealBase + "---\n" + dealBase), refused("yaml-multiple-documents", "11:1"))
        add("empty file", d, [], refused("type", "1:1"))

        // MARK: report front matter
        let r = HostileCase.Target.report
        add("billion laughs", r, bytes(report(billionLaughs)), refused("yaml-anchor", "2:5"))
        add("alias", r, bytes(report("date: 2026-11-20\ndeal: *d\n")), refused("yaml-alias", "3:7"))
        add("key bomb", r, bytes(report(keyBomb)), refused("yaml-key", "2:3"))
        add("10,000 [", r, bytes(report(deepFlow + "\n")), refused("yaml-depth", "2:65"))
        add(
            "huge scalar (100 KB)", r, bytes(report("date: 2026-11-20\ndeal: acme\nkind: visit\nnext: \(huge)\n")),
            refused("value-too-long", "5:7"))
        add("file over 1 MB", r, bytes(reportBase + overLimit), refused("file-too-large", "1:1"))
        add(
            "invalid UTF-8 in front matter", r, bytes("---\ndate: 2026-11-20\nnext: ") + [0xFF] + bytes("\n---\n"),
            refused("invalid-utf8", "3:7"))
        add(
            "invalid UTF-8 in the body", r, bytes(reportBase + "本文") + [0xE3, 0x81] + bytes("\n"),
            refused("invalid-utf8", "8:3"))
        add("NUL in front matter", r, bytes(report("date: 2026-11-20\0\n")), refused("yaml-syntax", "2:17"))
        add("ESC in the body", r, bytes(reportBase + "\u{1B}[2J消える\n"), refused("control-character", "8:1"))
        add("BOM", r, [0xEF, 0xBB, 0xBF] + bytes(reportBase), .accepted(value: reportBody))
        add("CRLF", r, bytes(reportBase.replacingOccurrences(of: "\n", with: "\r\n")), .accepted(value: "要件を確認。\r\n"))
        add("tab indentation", r, bytes(report("date: 2026-11-20\n\tdeal: acme\n")), refused("yaml-syntax", "3:1"))
        add(
            "duplicate key", r, bytes(report("date: 2026-11-20\ndeal: acme\nkind: visit\ndeal: other\n")),
            refused("yaml-duplicate-key", "5:1"))
        add(
            "wrong type: attendees is text", r,
            bytes(report("date: 2026-11-20\ndeal: acme\nkind: visit\nattendees: 5\n")),
            refused("type", "5:12"))
        add("date 0123", r, bytes(report("date: 0123\ndeal: acme\nkind: visit\n")), refused("bad-date", "2:7"))
        add(
            "date 2026-13-45", r, bytes(report("date: 2026-13-45\ndeal: acme\nkind: visit\n")),
            refused("bad-date", "2:7"))
        add(
            "next no (stays text)", r, bytes(report("date: 2026-11-20\ndeal: acme\nkind: visit\nnext: no\n")),
            .accepted(value: reportBody))
        add("no front matter", r, bytes("date: 2026-11-20\n"), refused("no-front-matter", "1:1"))
        add(
            "unterminated front matter", r, bytes("---\ndate: 2026-11-20\n" + String(repeating: "x: y\n", count: 10)),
            refused("no-front-matter", "1:1"))

        // MARK: salesctl.yaml
        let c = HostileCase.Target.config
        let config = Config.defaultYAML
        let firstLabel = "発見"
        add("billion laughs", c, bytes(billionLaughs), refused("yaml-anchor", "1:5"))
        add("anchor and alias on stages", c, bytes("stages: &s []\nkinds: *s\n"), refused("yaml-anchor", "1:9"))
        add("key bomb", c, bytes(keyBomb), refused("yaml-key", "1:3"))
        add("10,000 [", c, bytes(deepFlow), refused("yaml-depth", "1:65"))
        add("huge scalar (100 KB)", c, bytes("timezone: \(huge)\n"), refused("value-too-long", "1:11"))
        add("file over 1 MB", c, bytes(config + overLimit), refused("file-too-large", "1:1"))
        add("invalid UTF-8", c, bytes("currency: ") + [0xFF] + bytes("\n"), refused("invalid-utf8", "1:11"))
        add("NUL", c, bytes("currency: JPY\0\n"), refused("yaml-syntax", "1:14"))
        add("BOM", c, [0xEF, 0xBB, 0xBF] + bytes(config), .accepted(value: firstLabel))
        add("CRLF", c, bytes(config.replacingOccurrences(of: "\n", with: "\r\n")), .accepted(value: firstLabel))
        add("tab indentation", c, bytes("stages:\n\t- id: a\n"), refused("yaml-syntax", "2:1"))
        add("duplicate key", c, bytes("currency: JPY\ncurrency: USD\n"), refused("yaml-duplicate-key", "2:1"))
        add("wrong type: stages is text", c, bytes("stages: many\n"), refused("type", "1:9"))
        add("stale_days 0123", c, bytes("stale_days: 0123\n"), refused("type", "1:13"))
        add("stale_days 2026-13-45", c, bytes("stale_days: 2026-13-45\n"), refused("type", "1:13"))
        add(
            "currency no (stays text)", c,
            bytes(config.replacingOccurrences(of: "currency: JPY", with: "currency: no")),
            .accepted(value: firstLabel))
        return all
    }

    static let all = cases()
}
