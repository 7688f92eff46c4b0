/// The JSON of Finding for scripts: field names are part of the interface, never translated.

extension Finding {
    public var json: JSONValue {
        .object(
            [
                ("path", .string(path)),
                ("line", line.map { .int($0) } ?? .null),
                ("column", column.map { .int($0) } ?? .null),
                ("severity", .string(severity.rawValue)),
                ("code", .string(code)),
                ("message", .string(message))
            ] + (hint.map { [("hint", JSONValue.array($0.map { .string($0) }))] } ?? []))
    }
}
