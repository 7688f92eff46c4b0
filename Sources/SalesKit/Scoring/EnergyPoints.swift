/// What a report is worth to `Energy`: points by kind, attendee title and signal, from `salesctl.yaml`.
extension Energy {
    /// Points of an attendee by title: the first rank (most senior first) with a keyword found in
    /// the title wins, else the default. Japanese keywords match anywhere in the title; keywords
    /// in ASCII match whole words, ignoring ASCII case ("cto" is not found in "Factory").
    public static func titlePoints(_ title: String?, config: Config) -> (points: Int, keyword: String?) {
        guard let title, !title.isEmpty else { return (config.defaultTitlePoints, nil) }
        let folded = asciiLowercased(title)
        for rank in config.titles {
            for keyword in rank.keywords where !keyword.isEmpty && contains(folded, asciiLowercased(keyword)) {
                return (rank.points, keyword)
            }
        }
        return (config.defaultTitlePoints, nil)
    }

    /// One report's points, itemised. Unknown kinds and signals count 0 (`check` reports them).
    public static func line(for report: Report, config: Config) -> Line {
        PointTable([report], config: config).line(for: report)
    }

    /// What a report's words are worth, worked out once per distinct title, kind and signal (a
    /// store of 200k reports has a few dozen of each): the answers of `titlePoints`,
    /// `Config.kind(named:)` and `Config.signal(named:)`, without a search per attendee. Words
    /// not seen when the table was made are looked up in the config.
    struct PointTable: Sendable {
        let config: Config
        private var titles: [TextKey: (points: Int, keyword: String?)] = [:]
        private var kinds: [TextKey: (id: String, points: Int)] = [:]
        private var signals: [TextKey: (id: String, points: Int)] = [:]

        init(_ reports: UnsafeBufferPointer<Report>, config: Config) {
            self.config = config
            for i in reports.indices { learn(reports[i]) }
        }

        /// Looks up the kind, titles and signals of `report` not seen yet: a table made from
        /// no reports learns as a stream goes (`Totals`).
        mutating func learn(_ report: Report) {
            if kinds[TextKey(report.kind)] == nil { kinds[TextKey(report.kind)] = lookUpKind(report.kind) }
            for a in report.attendees {
                if let title = a.title, titles[TextKey(title)] == nil {
                    titles[TextKey(title)] = titlePoints(title, config: config)
                }
            }
            for id in report.signals where signals[TextKey(id)] == nil { signals[TextKey(id)] = lookUpSignal(id) }
        }

        init(_ reports: [Report], config: Config) {
            self = reports.withUnsafeBufferPointer { PointTable($0, config: config) }
        }

        func title(_ title: String?) -> (points: Int, keyword: String?) {
            title.flatMap { titles[TextKey($0)] } ?? titlePoints(title, config: config)
        }

        /// The kind's id and points; an unknown kind counts 0 (`check` reports it).
        func kind(_ name: String) -> (id: String, points: Int) { kinds[TextKey(name)] ?? lookUpKind(name) }

        /// The signal's id and points; an unknown signal counts 0 (`check` reports it).
        func signal(_ id: String) -> (id: String, points: Int) { signals[TextKey(id)] ?? lookUpSignal(id) }

        private func lookUpKind(_ name: String) -> (id: String, points: Int) {
            config.kind(named: name).map { ($0.id, $0.points) } ?? (name, 0)
        }

        private func lookUpSignal(_ id: String) -> (id: String, points: Int) {
            config.signal(named: id).map { ($0.id, $0.points) } ?? (id, 0)
        }

        /// A report's points, without building its `Line`.
        func points(kind: String, attendees: [Report.Attendee], signals ids: [String]) -> Int {
            var total = self.kind(kind).points
            for a in attendees { total += title(a.title).points }
            for id in ids { total += signal(id).points }
            return total
        }

        /// One report's points, itemised.
        func line(for report: Report) -> Line {
            let kind = kind(report.kind)
            return Line(
                date: report.date, path: report.path, kind: kind.id, kindPoints: kind.points,
                attendees: report.attendees.map { a in
                    let (points, keyword) = title(a.title)
                    return AttendeePoints(
                        name: a.name, title: a.title, department: a.department, points: points, keyword: keyword)
                },
                signals: report.signals.map(signal))
        }
    }

    static func asciiLowercased(_ s: String) -> [Unicode.Scalar] {
        // ASCII upper case is exactly A-Z; no Unicode property lookup (it was 15% of `energy score`).
        s.unicodeScalars.map { (0x41...0x5A).contains($0.value) ? Unicode.Scalar($0.value + 32)! : $0 }
    }

    /// `needle` in `haystack`; an ASCII needle must stand as a whole word (no ASCII letter or
    /// digit right before or after it).
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        let wordy = needle.allSatisfy(\.isASCII)
        func isWordChar(_ s: Unicode.Scalar) -> Bool {
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))
        }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            guard haystack[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            if wordy {
                if start > 0 && isWordChar(haystack[start - 1]) { continue }
                let end = start + needle.count
                if end < haystack.count && isWordChar(haystack[end]) { continue }
            }
            return true
        }
        return false
    }
}
