import CLibYAML

/// Reads YAML through libyaml's event API into `YAMLNode`s with marks.
///
/// Refuses, with the place of the problem: files over `maxFileSize`, invalid UTF-8 (checked on the
/// bytes first, never replaced by U+FFFD), anchors and aliases (at the first one, before anything is
/// expanded), tags, non-scalar and duplicate keys, more than one document, nesting deeper than
/// `maxDepth`, values longer than `maxScalarLength`. Time and memory stay linear in the input.
public enum YAMLReader {
    public static let maxFileSize = 1 << 20
    public static let maxDepth = 64
    /// The longest single value (a title, a note): far above any real one, far below a flood.
    public static let maxScalarLength = 64 << 10

    /// Parses one YAML document. Returns nil for a document with no content.
    ///
    /// - Parameters:
    ///   - bytes: the YAML text.
    ///   - path: the file name used in findings.
    ///   - origin: where `bytes` starts in its file (for front matter inside a Markdown file), so
    ///     marks and findings point into the whole file.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, path: String,
        origin: Mark = Mark(line: 0, column: 0, offset: 0)
    ) throws -> YAMLNode? {
        if bytes.count > maxFileSize {
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: 1, column: 1, code: "file-too-large",
                    message: "file is \(bytes.count) bytes; the limit is \(maxFileSize)"))
        }
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let mark = UTF8Check.mark(ofByte: bad, in: bytes, origin: origin)
            throw SalesError.invalidFile(
                Finding(
                    path: path, mark: mark, code: "invalid-utf8",
                    message: "invalid UTF-8 byte 0x\(String(bytes[bad], radix: 16, uppercase: true))"))
        }
        var builder = Builder(bytes: bytes, path: path, origin: origin)
        return try builder.run()
    }

    public static func parse(_ text: String, path: String) throws -> YAMLNode? {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { try parse($0, path: path) }
    }
}

private struct Builder {
    /// An open collection. A class, so appending to it never copies what it already holds
    /// (value-type frames popped and pushed back made a 200,000-item list quadratic).
    final class Frame {
        let isMapping: Bool
        let isFlow: Bool
        let start: Mark
        var items: [YAMLNode] = []
        var entries: [YAMLNode.Entry] = []
        var keys: Set<String> = []
        var pendingKey: (String, Mark)?

        init(isMapping: Bool, isFlow: Bool, start: Mark) {
            self.isMapping = isMapping
            self.isFlow = isFlow
            self.start = start
        }
    }

    let bytes: UnsafeRawBufferPointer
    let path: String
    let origin: Mark
    var stack: [Frame] = []
    var root: YAMLNode?
    var documents = 0
    var offsets: CharacterOffsets

    init(bytes: UnsafeRawBufferPointer, path: String, origin: Mark) {
        self.bytes = bytes
        self.path = path
        self.origin = origin
        self.offsets = CharacterOffsets(bytes: bytes)
    }

    func fail(_ mark: Mark?, _ code: String, _ message: String) -> SalesError {
        .invalidFile(Finding(path: path, mark: mark, code: code, message: message))
    }

    mutating func mark(_ m: yaml_mark_t) -> Mark {
        let byte = offsets.byteOffset(ofCharacter: Int(m.index))
        return Mark(
            line: Int(m.line) + origin.line,
            column: Int(m.column) + (m.line == 0 ? origin.column : 0),
            offset: byte + origin.offset)
    }

    /// The finding for a libyaml error. Reader errors (a control character, a bad byte) carry a
    /// byte offset rather than a mark, and the offending character, which is shown escaped.
    mutating func syntaxError(_ parser: yaml_parser_t) -> SalesError {
        let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
        if parser.error == YAML_READER_ERROR {
            let offset = min(Int(parser.problem_offset), bytes.count)
            let where_ = UTF8Check.mark(ofByte: offset, in: bytes, origin: origin)
            var message = problem
            if parser.problem_value >= 0 {
                let value = UInt32(parser.problem_value)
                message += " (" + ControlCharacters.name(value) + ")"
            }
            return fail(where_, "yaml-syntax", escapedForMessage(message, limit: 200))
        }
        let where_ = mark(parser.problem_mark)
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) \(context)"
            let start = mark(parser.context_mark)
            if start.line != where_.line {
                message += " (started at line \(start.line + 1), column \(start.column + 1))"
            }
        }
        return fail(where_, "yaml-syntax", escapedForMessage(message, limit: 200))
    }

    mutating func run() throws -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw fail(nil, "yaml", "cannot initialise the YAML parser")
        }
        defer { yaml_parser_delete(&parser) }
        if let base = bytes.baseAddress {
            yaml_parser_set_input_string(&parser, base.assumingMemoryBound(to: UInt8.self), bytes.count)
        } else {
            return nil
        }
        // No yaml_parser_set_encoding: the bytes are valid UTF-8 (checked above), and libyaml's
        // own detection is what skips a leading byte-order mark (a set encoding keeps it as text).
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser)
            }
            defer { yaml_event_delete(&event) }
            let start = mark(event.start_mark)
            let end = mark(event.end_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw fail(start, "yaml-multiple-documents", "more than one YAML document")
                }
            case YAML_ALIAS_EVENT:
                throw fail(start, "yaml-alias", "aliases (*name) are not allowed")
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                if data.anchor != nil { throw fail(start, "yaml-anchor", "anchors (&name) are not allowed") }
                if data.tag != nil { throw fail(start, "yaml-tag", "tags (!tag) are not allowed") }
                if data.length > YAMLReader.maxScalarLength {
                    throw fail(
                        start, "value-too-long",
                        "a value of \(data.length) bytes; the limit is \(YAMLReader.maxScalarLength)")
                }
                let raw = UnsafeBufferPointer(start: data.value, count: data.length)
                if let bad = ControlCharacters.first(in: UnsafeRawBufferPointer(raw)) {
                    // Only a double-quoted escape (`"\e"`, `"\0"`) gets here: libyaml refuses raw ones.
                    throw fail(
                        start, "control-character",
                        "a value contains the control character \(ControlCharacters.name(bad))")
                }
                let value = String(decoding: raw, as: UTF8.self)
                let style: ScalarStyle =
                    switch data.style {
                    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
                    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
                    case YAML_LITERAL_SCALAR_STYLE: .literal
                    case YAML_FOLDED_SCALAR_STYLE: .folded
                    default: .plain
                    }
                try attach(.scalar(.init(value: value, style: style, start: start, end: end)), at: start)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                if data.anchor != nil { throw fail(start, "yaml-anchor", "anchors (&name) are not allowed") }
                if data.tag != nil { throw fail(start, "yaml-tag", "tags (!tag) are not allowed") }
                try push(
                    Frame(isMapping: false, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE, start: start), at: start)
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                if data.anchor != nil { throw fail(start, "yaml-anchor", "anchors (&name) are not allowed") }
                if data.tag != nil { throw fail(start, "yaml-tag", "tags (!tag) are not allowed") }
                try push(Frame(isMapping: true, isFlow: data.style == YAML_FLOW_MAPPING_STYLE, start: start), at: start)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                if frame.isMapping {
                    let closeEnd = frame.isFlow ? end : (frame.entries.last?.value.end ?? end)
                    try attach(
                        .mapping(
                            .init(entries: frame.entries, isFlow: frame.isFlow, start: frame.start, end: closeEnd)),
                        at: start)
                } else {
                    let closeEnd = frame.isFlow ? end : (frame.items.last?.end ?? end)
                    try attach(
                        .sequence(.init(items: frame.items, isFlow: frame.isFlow, start: frame.start, end: closeEnd)),
                        at: start)
                }
            default:
                break
            }
        }
    }

    mutating func push(_ frame: Frame, at start: Mark) throws {
        if let top = stack.last, top.isMapping, top.pendingKey == nil {
            throw fail(start, "yaml-key", "keys must be plain text, not a list or mapping")
        }
        if stack.count >= YAMLReader.maxDepth {
            throw fail(start, "yaml-depth", "nesting is deeper than \(YAMLReader.maxDepth) levels")
        }
        stack.append(frame)
    }

    mutating func attach(_ node: YAMLNode, at start: Mark) throws {
        guard let top = stack.last else {
            root = node
            return
        }
        if !top.isMapping {
            top.items.append(node)
        } else if let (key, keyStart) = top.pendingKey {
            top.entries.append(.init(key: key, keyStart: keyStart, value: node))
            top.pendingKey = nil
        } else {
            guard case .scalar(let scalar) = node else {
                throw fail(start, "yaml-key", "keys must be plain text, not a list or mapping")
            }
            guard top.keys.insert(scalar.value).inserted else {
                throw fail(start, "yaml-duplicate-key", "duplicate key \(quoted(scalar.value))")
            }
            top.pendingKey = (scalar.value, scalar.start)
        }
    }
}

/// Converts libyaml's character indexes into byte offsets, walking forward (and back) from the
/// last answer: marks arrive almost in order, so the whole file costs one pass.
struct CharacterOffsets {
    let bytes: UnsafeRawBufferPointer
    var character = 0
    var byte: Int

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        // libyaml skips a byte-order mark without counting it.
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.byte = hasBOM ? 3 : 0
        self.start = byte
    }
    let start: Int

    mutating func byteOffset(ofCharacter target: Int) -> Int {
        if target < character / 2 {
            character = 0
            byte = start
        }
        while character < target && byte < bytes.count {
            byte += 1
            while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            character += 1
        }
        while character > target && byte > start {
            byte -= 1
            while byte > start && bytes[byte] & 0xC0 == 0x80 { byte -= 1 }
            character -= 1
        }
        return byte
    }
}
