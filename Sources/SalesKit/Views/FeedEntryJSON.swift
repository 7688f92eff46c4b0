/// The JSON of FeedEntry for scripts: field names are part of the interface, never translated.

extension FeedEntry {
    public var json: JSONValue {
        .object([
            ("date", .string(date.description)), ("logged", .optional(logged?.description)),
            ("deal", .string(deal)), ("deal_title", .string(dealTitle)),
            ("type", .string(kind.rawValue)), ("event", .string(event)), ("who", .optional(who)),
            ("summary", .string(summary)), ("details", .array(details.map { .string($0) })),
            ("path", .string(path)), ("ref", .optional(ref)),
            ("committed_by", .optional(commit?.author)), ("commit", .optional(commit?.hash))
        ])
    }
}
