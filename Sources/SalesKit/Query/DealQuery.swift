/// Which deals a list command shows: the filters every list shares (status, stage, owner,
/// customer) and the deals named on the command line. Typed names follow the one rule of
/// `NameMatch`: an owner or customer that matches nobody is an error listing the known ones, an
/// ambiguous prefix lists the candidates.
public struct DealQuery: Sendable {
    public var statuses: Set<Deal.Status>
    /// A stage id of salesctl.yaml.
    public var stage: String?
    /// An owner's name as the deal files spell it.
    public var owner: String?
    /// A customer's name as the deal files spell it.
    public var customer: String?

    /// Resolves what was typed: the status and the stage against salesctl.yaml, the owner among
    /// the owners of `deals` and the customer among their customers (all of them, whatever the
    /// status, so a name is never "unknown" because its deals are closed).
    public init(
        status: String = "all", stage: String? = nil, owner: String? = nil, customer: String? = nil,
        config: Config, deals: [Deal]
    ) throws {
        let status = CodeInput.normalize(status)
        switch status {
        case "all": statuses = Set(Deal.Status.allCases)
        case "closed": statuses = [.won, .lost, .dropped]
        default:
            guard let value = Deal.Status(rawValue: status) else {
                throw SalesError.invalidArgument(ErrorText(.errUnknownStatus, quoted(status)))
            }
            statuses = [value]
        }
        self.stage = try stage.map { try config.requireStage($0).id }
        self.owner = try owner.map {
            try NameMatch.require($0, among: deals.compactMap(\.owner), kind: .person, what: "owner")
        }
        self.customer = try customer.map {
            try NameMatch.require($0, among: deals.map(\.customer), kind: .customer, what: "customer")
        }
    }

    public func matches(_ deal: Deal) -> Bool {
        statuses.contains(deal.status)
            && (stage == nil || deal.stage == stage)
            && (owner == nil || deal.owner == owner)
            && (customer == nil || deal.customer == customer)
    }

    public func select(_ deals: [Deal]) -> [Deal] { deals.filter(matches) }
}

extension Store {
    /// The deals named by `ids` (in that order, each once; each must exist and read), else every
    /// open deal that reads, with findings for the files that do not.
    public func selectDeals(ids: [String]) throws -> (deals: [Deal], findings: [Finding]) {
        guard !ids.isEmpty else {
            let loaded = loadDeals()
            return (loaded.deals.filter { $0.status == .open }, loaded.findings)
        }
        var seen = Set<String>()
        return (try ids.filter { seen.insert($0).inserted }.map { try loadDeal($0) }, [])
    }

    /// The people a filter of our side can name: owners and members of `deals`.
    public static func team(of deals: [Deal]) -> [String] {
        Array(Set(deals.flatMap { ($0.owner.map { [$0] } ?? []) + $0.members })).sorted()
    }
}
