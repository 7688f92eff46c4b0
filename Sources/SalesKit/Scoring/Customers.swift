/// Customers (顧客), derived from the deals and their reports with no file of their own. The
/// deals of one customer are those whose customer names agree in NameMatch's loose form for
/// customers (spaces, width and company-type marks such as 株式会社 or (株) aside); the
/// customer is shown under the spelling most of its deals use (ties: the first in order).
public enum Customers {
    /// An amount in one currency.
    public struct Amount: Sendable, Equatable {
        public var currency: String
        public var amount: Int
    }

    public struct Summary: Sendable, Equatable {
        public var name: String
        /// The customer's deal ids, in id order.
        public var deals: [String]
        public var openDeals: Int
        /// Open deals' amounts, per currency.
        public var open: [Amount]
        public var wonDeals: Int
        /// Won deals' amounts (as the win recorded), per currency.
        public var won: [Amount]
        /// The newest activity report of any of its deals, up to today.
        public var lastContact: CalendarDate?
        /// User energy across its deals: the sum of their cumulative points.
        public var energy: Int
    }

    /// A person met at the customer: the title and department of the latest report that gives
    /// them, and the latest contact.
    public struct Person: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var department: String?
        public var lastContact: CalendarDate
        public var contacts: Int
        public var deals: [String]
    }

    public struct Detail: Sendable {
        public var summary: Summary
        public var deals: [Deal]
        /// Energy per deal id.
        public var energy: [String: Int]
        /// By latest contact, newest first, then by name.
        public var people: [Person]
        /// Open homework of its deals, oldest first.
        public var homework: [HomeworkItem]
    }

    /// The customers, by loose name: every spelling seen and the deals.
    public static func groups(_ deals: [Deal]) -> [(name: String, spellings: [String], deals: [Deal])] {
        var byKey: [String: [Deal]] = [:]
        for deal in deals { byKey[NameMatch.looseKey(deal.customer, kind: .customer), default: []].append(deal) }
        return byKey.values.map { group in
            let sorted = group.sorted { $0.id < $1.id }
            var counts: [String: Int] = [:]
            for deal in sorted { counts[deal.customer, default: 0] += 1 }
            let name = sorted.map(\.customer).max {
                counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && $0 > $1)
            }!
            return (name, counts.keys.sorted(), sorted)
        }.sorted { $0.name < $1.name }
    }

    /// The customer `typed` names by NameMatch's rule (exact, loose, unique prefix or substring;
    /// company-type marks aside), and its deals. Throws noMatch or ambiguousName.
    public static func find(_ typed: String, in deals: [Deal]) throws -> (name: String, deals: [Deal]) {
        let all = groups(deals)
        let name = try NameMatch.require(typed, among: all.map(\.name), kind: .customer, what: "customer")
        let group = all.first { $0.name == name }!
        return (group.name, group.deals)
    }

    /// One line per customer, by name. `reports`: the reports up to today (others are skipped).
    public static func list(deals: [Deal], reports: [Report], config: Config, today: CalendarDate) -> [Summary] {
        var activity = Activity(config: config, today: today)
        for report in reports { activity.add(report) }
        return list(deals: deals, activity: activity, config: config)
    }

    /// One line per customer, by name, from the activity of a stream of reports.
    public static func list(deals: [Deal], activity: Activity, config: Config) -> [Summary] {
        groups(deals).map {
            summary($0.name, $0.deals, energy: activity.energy.byDeal, last: activity.lastContacts, config: config)
        }
    }

    /// What `list` needs of the reports, gathered one report at a time (`Store.forEachReport`),
    /// so 200k reports are never held at once: each deal's energy total and last contact up to
    /// `today`.
    public struct Activity {
        public private(set) var energy: Energy.Totals
        public private(set) var lastContacts: [String: CalendarDate] = [:]
        private let today: CalendarDate

        public init(config: Config, today: CalendarDate) {
            self.energy = Energy.Totals(config: config, today: today)
            self.today = today
        }

        public mutating func add(_ report: Report) {
            guard report.date <= today else { return }
            energy.add(report)
            if lastContacts[report.deal].map({ report.date > $0 }) ?? true { lastContacts[report.deal] = report.date }
        }
    }

    /// Everything about one customer's deals.
    public static func detail(name: String, deals: [Deal], reports: [Report], config: Config, today: CalendarDate)
        -> Detail
    {
        let ids = Set(deals.map(\.id))
        let mine = reports.filter { ids.contains($0.deal) && $0.date <= today }
        let energy = energies(deals: deals, reports: mine, config: config, today: today)
        var people: [String: Person] = [:]
        for report in mine.sorted(by: { ($0.date, $0.path) < ($1.date, $1.path) }) {
            for attendee in report.attendees {
                let key = NameMatch.looseKey(attendee.name, kind: .person)
                var person =
                    people[key] ?? Person(name: attendee.name, lastContact: report.date, contacts: 0, deals: [])
                person.name = attendee.name
                person.title = attendee.title ?? person.title
                person.department = attendee.department ?? person.department
                person.lastContact = report.date
                person.contacts += 1
                if !person.deals.contains(report.deal) { person.deals.append(report.deal) }
                people[key] = person
            }
        }
        let homework = Homework.items(reports: mine, deals: deals).filter { $0.done == nil }
            .sorted { ($0.given, $0.ref) < ($1.given, $1.ref) }
        return Detail(
            summary: summary(name, deals, energy: energy, last: lastContacts(mine, today: today), config: config),
            deals: deals.sorted { $0.id < $1.id }, energy: energy,
            people: people.values.sorted { ($1.lastContact, $0.name) < ($0.lastContact, $1.name) },
            homework: homework)
    }

    static func summary(
        _ name: String, _ deals: [Deal], energy: [String: Int], last: [String: CalendarDate],
        config: Config
    ) -> Summary {
        var open: [String: Int] = [:]
        var won: [String: Int] = [:]
        var openDeals = 0
        var wonDeals = 0
        for deal in deals {
            let currency = deal.currency ?? config.currency
            if deal.status == .open {
                openDeals += 1
                open[currency, default: 0] += deal.amount ?? 0
            } else if deal.status == .won {
                wonDeals += 1
                let win = deal.history.last { $0.kind == "status" && $0["to"] == Deal.Status.won.rawValue }
                won[currency, default: 0] += win?["amount"].flatMap { Int($0) } ?? deal.amount ?? 0
            }
        }
        func amounts(_ d: [String: Int]) -> [Amount] { d.keys.sorted().map { Amount(currency: $0, amount: d[$0]!) } }
        return Summary(
            name: name, deals: deals.map(\.id).sorted(), openDeals: openDeals, open: amounts(open),
            wonDeals: wonDeals, won: amounts(won), lastContact: deals.compactMap { last[$0.id] }.max(),
            energy: deals.reduce(0) { $0 + (energy[$1.id] ?? 0) })
    }

    static func energies(deals: [Deal], reports: [Report], config: Config, today: CalendarDate) -> [String: Int] {
        let scores = Energy.scores(deals: deals, reports: reports, config: config, today: today, keepLines: false)
        return Dictionary(scores.map { ($0.deal, $0.total) }, uniquingKeysWith: +)
    }

    static func lastContacts(_ reports: [Report], today: CalendarDate) -> [String: CalendarDate] {
        var last: [String: CalendarDate] = [:]
        for report in reports where report.date <= today {
            if last[report.deal].map({ report.date > $0 }) ?? true { last[report.deal] = report.date }
        }
        return last
    }
}
