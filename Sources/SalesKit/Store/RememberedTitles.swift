/// Remembered titles (issue 19): people the team has met at a customer, so an attendee typed
/// without a title gets the title and department last known for them. The people are the key
/// persons of the customer's deals and the attendees of their reports; names match by the one
/// rule of `NameMatch` (exact, spaces and width aside, unique prefix).
public struct Acquaintances: Sendable {
    /// One sighting of a person: where and when their title was seen.
    public struct Sighting: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var department: String?
        public var date: CalendarDate
        /// The current deal's key persons win over every other sighting.
        public var isKeyPersonOfDeal: Bool
    }

    public enum Match: Sendable, Equatable {
        /// The person, with the title and department to remember (the latest known).
        case person(Sighting, byPrefix: Bool)
        case ambiguous([String])
        case unknown
    }

    public var sightings: [Sighting]

    public init(sightings: [Sighting]) { self.sightings = sightings }

    /// The people met at `deal`'s customer: the deal's key persons, then the key persons of the
    /// customer's other deals (dated by the last history event naming them, else the deal's
    /// creation) and the attendees of `reports` of those deals.
    public init(deal: Deal, customerDeals: [Deal], reports: [Report]) {
        var sightings = deal.keyPersons.map {
            Sighting(
                name: $0.name, title: $0.title, department: $0.department, date: deal.created, isKeyPersonOfDeal: true)
        }
        for other in customerDeals where other.id != deal.id {
            for person in other.keyPersons {
                let named = other.history.filter {
                    $0.kind == "person" && $0["name"].map { NameMatch.sameName($0, person.name) } == true
                }
                sightings.append(
                    Sighting(
                        name: person.name, title: person.title, department: person.department,
                        date: named.map(\.date).max() ?? other.created, isKeyPersonOfDeal: false))
            }
        }
        for report in reports {
            for a in report.attendees {
                sightings.append(
                    Sighting(
                        name: a.name, title: a.title, department: a.department, date: report.date,
                        isKeyPersonOfDeal: false))
            }
        }
        self.init(sightings: sightings)
    }

    /// Who `typed` is among the people known, and their latest title and department: a key
    /// person of the deal first, else the latest sighting with a title (by date; of one date, the
    /// last given). The title and department are taken together, from one sighting.
    public func match(_ typed: String) -> Match {
        let names = sightings.map(\.name)
        let found: String
        var byPrefix = false
        switch NameMatch.resolve(typed, among: names, kind: .person) {
        case .match(let name):
            found = name
            byPrefix = !NameMatch.sameName(typed, name)
        case .ambiguous(let candidates):
            // Spellings of one person (`山田太郎`, `山田 太郎`) are one person.
            guard let first = candidates.first, candidates.allSatisfy({ NameMatch.sameName($0, first) }) else {
                return .ambiguous(candidates)
            }
            found = first
            byPrefix = !NameMatch.sameName(typed, first)
        case .none:
            return .unknown
        }
        let same = sightings.filter { NameMatch.sameName($0.name, found) }
        let keyPerson = same.first(where: \.isKeyPersonOfDeal)
        if let keyPerson, keyPerson.title != nil || keyPerson.department != nil {
            return .person(keyPerson, byPrefix: byPrefix)
        }
        var best: Sighting?
        for s in same where s.title != nil || s.department != nil {
            if best == nil || s.date >= best!.date { best = s }
        }
        guard var chosen = best ?? keyPerson ?? same.last else { return .unknown }
        // The deal's key person's spelling of the name wins, whatever the title's source.
        if let keyPerson { chosen.name = keyPerson.name }
        return .person(chosen, byPrefix: byPrefix)
    }
}
