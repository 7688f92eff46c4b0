extension Deal {
    /// A currency as it is stored: a three-letter code in upper case (ISO 4217), typed in any
    /// case or width (`usd`, `ＵＳＤ` → `USD`), so one currency never makes two totals.
    public static func currencyCode(_ typed: String) throws -> String {
        let code = NameMatch.looseKey(typed, kind: .person).uppercased()
        guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw SalesError.invalidArgument(ErrorText(.errBadCurrency, quoted(typed)))
        }
        return code
    }
}

extension Store {
    /// Creates `deals/<id>.yaml` for a new deal with a `created` history event. The id is
    /// checked first; the stage may be typed by id or label; the currency is stored as its
    /// upper-case code (`usd` → `USD`). `today`, when given, is the day the deal is entered: a
    /// deal created earlier records it as `logged` on its `created` event.
    @discardableResult
    public func createDeal(_ input: Deal, by author: String?, today: CalendarDate? = nil) throws -> String {
        let deal = try prepareNewDeal(input, by: author, today: today)
        let path = try dealPath(deal.id)
        try FileSystem.createDirectories(absolute(Store.dealsDirectory))
        try withLock {
            if FileSystem.exists(absolute(path)) { throw SalesError.dealExists(deal.id) }
            try writeDealFile(Array(deal.yamlText.utf8), to: path, createOnly: true)
        }
        return path
    }

    /// A new deal checked against the settings and ready to write: stage by id, trimmed title
    /// and customer, a `created` history event. `createDeal` and `import deals` share it.
    /// `today` as in `createDeal`; an import passes none (its deals are history, not late entries).
    public func prepareNewDeal(_ input: Deal, by author: String?, today: CalendarDate? = nil) throws -> Deal {
        var input = input
        input.id = CodeInput.asciiCode(input.id)
        if let currency = input.currency { input.currency = CodeInput.normalize(currency) }
        try DealID.validate(input.id)
        let stage = try config.requireStage(input.stage)
        for (field, value) in [("title", input.title), ("customer", input.customer)] where value.trimmingSpaces.isEmpty
        {
            throw SalesError.invalidArgument(ErrorText(.errMustNotBeEmpty, ErrorText.field(field)))
        }
        // An empty name would be listed as a person ('' among the known owners): no owner is nil.
        for (field, names) in [("owner", input.owner.map { [$0] } ?? []), ("member", input.members)]
        where names.contains(where: { $0.trimmingSpaces.isEmpty }) {
            throw SalesError.invalidArgument(ErrorText(.errMustNotBeEmpty, ErrorText.field(field)))
        }
        for (i, person) in input.keyPersons.enumerated()
        where input.keyPersons[..<i].contains(where: { $0.hasName(person.name) }) {
            throw SalesError.invalidArgument(ErrorText(.errPersonTwice, quoted(person.name)))
        }
        if let amount = input.amount, amount < 0 {
            throw SalesError.invalidArgument(ErrorText(.errNegativeAmount))
        }
        var deal = input
        deal.currency = try input.currency.map(Deal.currencyCode)
        deal.title = deal.title.trimmingSpaces
        deal.customer = deal.customer.trimmingSpaces
        deal.stage = stage.id
        deal.history = [
            Deal.Event(date: deal.created, by: author, kind: "created", fields: [("stage", stage.id)])
                .logged(on: today)
        ]
        return deal
    }

}
