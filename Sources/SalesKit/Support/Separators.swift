/// The one place the parts of a structured value typed on the command line are split
/// (`--attendee "name,title,department"`, `--key-person "name,title,…"`,
/// `--homework "text;for;due"`). A Japanese IME types the full-width comma `，`, the
/// ideographic comma `、` and the full-width semicolon `；` as readily as ASCII ones; each is
/// read as the separator it looks like, so `岡田修，部長` is a name and a title, never a name.
public enum Separators {
    public enum Kind: Sendable {
        /// `,` `，` `、`
        case comma
        /// `;` `；`
        case semicolon

        public var characters: Set<Character> {
            switch self {
            case .comma: [",", "，", "、"]
            case .semicolon: [";", "；"]
            }
        }
    }

    /// Every separator of either kind: a name that still holds one after splitting was most
    /// likely typed with the wrong one.
    public static let all: Set<Character> = Kind.comma.characters.union(Kind.semicolon.characters)

    /// The parts of `text`, trimmed of spaces (half- and full-width); empty parts are kept, so
    /// positions stay (`name,,department`).
    public static func split(_ text: String, by kind: Kind) -> [String] {
        let separators = kind.characters
        return text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
            .map { $0.trimmingSpaces }
    }

    /// The first separator of any kind in `name`, if there is one.
    public static func firstSeparator(in name: String) -> Character? {
        name.first { all.contains($0) }
    }

    /// A warning about a name that still holds a separator after splitting, or nil. `what` is
    /// "attendee", "key person", "homework assignee".
    public static func warning(name: String, what: String) -> String? {
        guard let separator = firstSeparator(in: name) else { return nil }
        let who: [String: Message] = [
            "attendee": .whoAttendee, "key person": .whoKeyPerson, "homework assignee": .whoAssignee
        ]
        return Message.warnSeparator.text(
            who[what]?.text() ?? what, quoted(name), quoted(String(separator)), separatorHelp)
    }

    static var separatorHelp: String { Message.separatorHelp.text() }
}
