/// A String that compares and hashes by its UTF-8 bytes (its exact spelling), for sets and
/// dictionaries on hot paths. Swift's own String hashing and `==` follow canonical equivalence,
/// which normalises every non-ASCII string first: for Japanese names and titles that was most
/// of the time `energy score` spent counting distinct people over 200k reports. Values in
/// salesctl files are typed, not composed, so exact spelling is what people mean by "the same".
struct TextKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: TextKey, b: TextKey) -> Bool {
        var x = a.text
        var y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && p.elementsEqual(q) } }
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
