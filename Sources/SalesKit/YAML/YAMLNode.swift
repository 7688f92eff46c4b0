/// A position in a YAML text. `line` and `column` are 0-based as libyaml reports them
/// (print them 1-based); `offset` is the UTF-8 byte offset into the parsed bytes.
public struct Mark: Sendable, Equatable, Hashable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }
}

/// How a scalar was written; the writer keeps the style of a value it replaces when it can.
public enum ScalarStyle: Sendable, Equatable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A parsed YAML node that remembers where it came from.
///
/// Only what salesctl needs: scalars keep their text exactly as written (no YAML 1.1
/// resolution: `no` stays "no", `0123` stays "0123"), mappings keep their keys in order.
public indirect enum YAMLNode: Sendable, Equatable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    public struct Scalar: Sendable, Equatable {
        public var value: String
        public var style: ScalarStyle
        public var start: Mark
        public var end: Mark
    }

    public struct Sequence: Sendable, Equatable {
        public var items: [YAMLNode]
        public var isFlow: Bool
        public var start: Mark
        public var end: Mark
    }

    public struct Mapping: Sendable, Equatable {
        public var entries: [Entry]
        public var isFlow: Bool
        public var start: Mark
        public var end: Mark

        public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
        public subscript(key: String) -> YAMLNode? { entry(key)?.value }
    }

    public struct Entry: Sendable, Equatable {
        public var key: String
        public var keyStart: Mark
        public var value: YAMLNode
    }

    public var start: Mark {
        switch self {
        case .scalar(let s): s.start
        case .sequence(let s): s.start
        case .mapping(let m): m.start
        }
    }

    public var end: Mark {
        switch self {
        case .scalar(let s): s.end
        case .sequence(let s): s.end
        case .mapping(let m): m.end
        }
    }

    public var scalar: Scalar? { if case .scalar(let s) = self { s } else { nil } }
    public var mapping: Mapping? { if case .mapping(let m) = self { m } else { nil } }
    public var sequence: Sequence? { if case .sequence(let s) = self { s } else { nil } }

    /// A plain empty scalar (`key:` with nothing after it) reads as null.
    public var isNull: Bool {
        guard case .scalar(let s) = self, s.style == .plain else { return false }
        return s.value.isEmpty || s.value == "~" || s.value == "null"
    }

    /// What the node is, for error messages ("a mapping", "a list", "text").
    public var kindDescription: String {
        switch self {
        case .scalar: "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
