/// Typed reading of marked nodes. Each accessor throws a finding at the node's mark, so every
/// mismatch in a hand-edited file says where it is.
///
/// The rules are the model's, not YAML 1.1's: text fields take any scalar as written, integers are
/// `-?[0-9]+` without a leading zero, dates are real `YYYY-MM-DD` days, enums list their values.
public struct NodeReader: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public func fail(_ node: YAMLNode?, _ code: String, _ message: String) -> SalesError {
        // An empty document has no node: its findings point at the file's start.
        .invalidFile(
            Finding(path: path, mark: node?.start ?? Mark(line: 0, column: 0, offset: 0), code: code, message: message))
    }

    public func mapping(_ node: YAMLNode?, what: String) throws -> YAMLNode.Mapping {
        guard let node, let mapping = node.mapping else {
            throw fail(node, "type", "\(what) must be a mapping of 'key: value' lines")
        }
        return mapping
    }

    /// Optional text: nil when missing or null.
    public func text(_ mapping: YAMLNode.Mapping, _ key: String) throws -> String? {
        guard let node = mapping[key], !node.isNull else { return nil }
        guard let scalar = node.scalar else {
            throw fail(node, "type", "'\(key)' must be text, not \(node.kindDescription)")
        }
        return scalar.value
    }

    public func requiredText(_ mapping: YAMLNode.Mapping, _ key: String, in what: String) throws -> String {
        guard let value = try text(mapping, key), !value.isEmpty else {
            throw fail(.mapping(mapping), "missing-field", "\(what) has no '\(key)'")
        }
        return value
    }

    public func integer(_ mapping: YAMLNode.Mapping, _ key: String) throws -> Int? {
        guard let node = mapping[key], !node.isNull else { return nil }
        return try integer(node, key)
    }

    public func integer(_ node: YAMLNode, _ key: String) throws -> Int {
        guard let scalar = node.scalar, scalar.style == .plain, let value = parseInteger(scalar.value) else {
            let shown = node.scalar.map { quoted($0.value) } ?? node.kindDescription
            throw fail(node, "type", "'\(key)' must be a whole number (like 1200000), not \(shown)")
        }
        return value
    }

    public func date(_ mapping: YAMLNode.Mapping, _ key: String) throws -> CalendarDate? {
        guard let node = mapping[key], !node.isNull else { return nil }
        return try date(node, key)
    }

    public func date(_ node: YAMLNode, _ key: String) throws -> CalendarDate {
        guard let scalar = node.scalar, let value = CalendarDate(scalar.value) else {
            let shown = node.scalar.map { quoted($0.value) } ?? node.kindDescription
            throw fail(node, "bad-date", "'\(key)' must be a date YYYY-MM-DD, not \(shown)")
        }
        return value
    }

    public func boolean(_ mapping: YAMLNode.Mapping, _ key: String) throws -> Bool? {
        guard let node = mapping[key], !node.isNull else { return nil }
        switch node.scalar?.value {
        case "true": return true
        case "false": return false
        default: throw fail(node, "type", "'\(key)' must be true or false")
        }
    }

    /// A list of text items; a single scalar is accepted as a one-item list.
    public func textList(_ mapping: YAMLNode.Mapping, _ key: String) throws -> [String] {
        guard let node = mapping[key], !node.isNull else { return [] }
        if let scalar = node.scalar { return [scalar.value] }
        guard let sequence = node.sequence else {
            throw fail(node, "type", "'\(key)' must be a list")
        }
        return try sequence.items.map { item in
            guard let scalar = item.scalar else {
                throw fail(item, "type", "items of '\(key)' must be text, not \(item.kindDescription)")
            }
            return scalar.value
        }
    }

    public func list(_ mapping: YAMLNode.Mapping, _ key: String) throws -> [YAMLNode] {
        guard let node = mapping[key], !node.isNull else { return [] }
        guard let sequence = node.sequence else {
            throw fail(node, "type", "'\(key)' must be a list")
        }
        return sequence.items
    }

    /// Reads an enum by raw value; the error lists the valid values.
    public func choice<T: RawRepresentable & CaseIterable>(
        _ mapping: YAMLNode.Mapping, _ key: String,
        as: T.Type
    ) throws -> T? where T.RawValue == String {
        guard let value = try text(mapping, key) else { return nil }
        guard let result = T(rawValue: value) else {
            let valid = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(mapping[key], "bad-value", "'\(key)' is \(quoted(value)); valid: \(valid)")
        }
        return result
    }
}

/// `-?[0-9]+` without a leading zero (so `0123` is refused rather than read as 83 or 123).
public func parseInteger(_ text: String) -> Int? {
    var digits = Substring(text)
    if digits.hasPrefix("-") { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    if digits.count > 1 && digits.first == "0" { return nil }
    return Int(text)
}
