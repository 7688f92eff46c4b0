/// A map file for `import`: how a CRM's values become salesctl's, in the spirit of hledger's
/// CSV rules: declarative, one rule a line, only what differs from the defaults. Every
/// section is optional.
///
/// ```yaml
/// columns:              # salesctl field: CSV header (needed for --from generic; else overrides)
///   title: 商談名
/// stages:               # CRM stage: salesctl stage (id or label), or {stage, status}
///   Prospecting: discovery
///   Closed Won: {stage: delivery, status: won}
/// statuses:             # CRM status: open, won, lost, dropped or on-hold
///   進行中: open
/// owners:               # CRM user: the person's name in salesctl
///   tanaka@example.co.jp: 田中 美咲
/// types:                # CRM activity type: kind (id or label)
///   Call: phone
/// defaults:             # a value for a field the file lacks or leaves empty
///   currency: JPY
/// date_order: ymd       # how to read 01/02/2026: ymd (default), mdy or dmy
/// id_prefix: sf         # new deal ids: <prefix>-<record id>
/// ```
public struct ImportMap: Sendable, Equatable {
    public struct StageRule: Sendable, Equatable {
        public var stage: String?
        public var status: Deal.Status?
    }

    public enum DateOrder: String, Sendable, CaseIterable { case ymd, mdy, dmy }

    public var columns: [String: String] = [:]
    public var stages: [String: StageRule] = [:]
    public var statuses: [String: Deal.Status] = [:]
    public var owners: [String: String] = [:]
    public var types: [String: String] = [:]
    public var defaults: [String: String] = [:]
    public var dateOrder: DateOrder = .ymd
    public var idPrefix: String?

    public init() {}

    static let sections = ["columns", "stages", "statuses", "owners", "types", "defaults", "date_order", "id_prefix"]

    /// Reads a map file; `fields` are the salesctl fields `columns` and `defaults` may name.
    public static func parse(_ bytes: [UInt8], path: String, fields: [String]) throws -> ImportMap {
        let node = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: path) }
        var map = ImportMap()
        guard let node else { return map }
        let r = NodeReader(path: path)
        let root = try r.mapping(node, what: "an import map")
        for entry in root.entries where !sections.contains(entry.key) {
            let valid = sections.joined(separator: ", ")
            let message =
                closestMatch(to: entry.key, in: sections).map {
                    Message.impUnknownSectionGuess.text(quoted(entry.key), quoted($0), valid)
                } ?? Message.impUnknownSection.text(quoted(entry.key), valid)
            throw r.fail(.mapping(root), "unknown-key", message).at(entry.keyStart, path: path)
        }
        func pairs(_ key: String) throws -> [(key: String, value: String, node: YAMLNode)] {
            guard let section = root[key], !section.isNull else { return [] }
            let m = try r.mapping(section, what: "'\(key)'")
            return try m.entries.map { entry in
                guard let scalar = entry.value.scalar, !entry.value.isNull else {
                    throw r.fail(
                        entry.value, "type",
                        Message.impMapText.text(
                            entry.key, key, FindingText.word(entry.value.kindDescription, in: .current)))
                }
                return (entry.key, scalar.value, entry.value)
            }
        }
        func checkField(_ field: String, _ node: YAMLNode, in section: String) throws {
            guard fields.contains(field) else {
                throw r.fail(
                    node, "unknown-key",
                    Message.impNotAField.text(quoted(field), section, fields.joined(separator: ", ")))
            }
        }
        if let section = root["columns"], !section.isNull {
            for entry in try r.mapping(section, what: "'columns'").entries {
                try checkField(
                    entry.key,
                    .scalar(.init(value: entry.key, style: .plain, start: entry.keyStart, end: entry.keyStart)),
                    in: "columns")
            }
        }
        for (key, value, _) in try pairs("columns") { map.columns[key] = value }
        if let section = root["defaults"], !section.isNull {
            for entry in try r.mapping(section, what: "'defaults'").entries {
                try checkField(
                    entry.key,
                    .scalar(.init(value: entry.key, style: .plain, start: entry.keyStart, end: entry.keyStart)),
                    in: "defaults")
            }
        }
        for (key, value, _) in try pairs("defaults") { map.defaults[key] = value }
        for (key, value, _) in try pairs("owners") { map.owners[key] = value }
        for (key, value, _) in try pairs("types") { map.types[key] = value }
        for (key, value, node) in try pairs("statuses") {
            guard let status = Deal.Status(rawValue: value) else {
                throw r.fail(
                    node, "bad-value",
                    Message.impMapStatus.text(
                        quoted(value), quoted(key), Deal.Status.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            map.statuses[key] = status
        }
        if let section = root["stages"], !section.isNull {
            for entry in try r.mapping(section, what: "'stages'").entries {
                if let scalar = entry.value.scalar, !entry.value.isNull {
                    map.stages[entry.key] = StageRule(stage: scalar.value, status: nil)
                    continue
                }
                let m = try r.mapping(entry.value, what: "stage rule \(quoted(entry.key))")
                for key in m.entries.map(\.key) where key != "stage" && key != "status" {
                    throw r.fail(m[key], "unknown-key", Message.impStageRuleKey.text(quoted(key)))
                }
                map.stages[entry.key] = StageRule(
                    stage: try r.text(m, "stage"), status: try r.choice(m, "status", as: Deal.Status.self))
            }
        }
        map.dateOrder = try r.choice(root, "date_order", as: DateOrder.self) ?? .ymd
        if let prefix = try r.text(root, "id_prefix") {
            if let problem = DealID.problem(prefix + "-x") {
                throw r.fail(
                    root["id_prefix"], "bad-value",
                    Message.impIDPrefix.text(quoted(prefix), FindingText.word(problem, in: .current)))
            }
            map.idPrefix = prefix
        }
        return map
    }
}

extension SalesError {
    /// The same finding at another place (a key rather than its mapping).
    func at(_ mark: Mark, path: String) -> SalesError {
        guard case .invalidFile(var finding) = self else { return self }
        finding.line = mark.line + 1
        finding.column = mark.column + 1
        return .invalidFile(finding)
    }
}
