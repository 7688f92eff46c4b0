extension Store {
    /// Creates `deals/<id>.yaml` for a new deal with a `created` history event. The id is
    /// checked first; the stage may be typed by id or label.
    @discardableResult
    public func createDeal(_ input: Deal, by author: String?) throws -> String {
        let deal = try prepareNewDeal(input, by: author)
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
    public func prepareNewDeal(_ input: Deal, by author: String?) throws -> Deal {
        var input = input
        input.id = CodeInput.asciiCode(input.id)
        if let currency = input.currency { input.currency = CodeInput.normalize(currency) }
        try DealID.validate(input.id)
        let stage = try config.requireStage(input.stage)
        for (field, value) in [("title", input.title), ("customer", input.customer)] where value.trimmingSpaces.isEmpty {
            throw SalesError.invalidArgument("\(field: field) must not be empty")
        }
        for (i, person) in input.keyPersons.enumerated() where input.keyPersons[..<i].contains(where: { $0.hasName(person.name) }) {
            throw SalesError.invalidArgument("key person \(quoted(person.name)) is given twice")
        }
        if let amount = input.amount, amount < 0 {
            throw SalesError.invalidArgument("amount must not be negative")
        }
        var deal = input
        deal.title = deal.title.trimmingSpaces
        deal.customer = deal.customer.trimmingSpaces
        deal.stage = stage.id
        deal.history = [Deal.Event(date: deal.created, by: author, kind: "created", fields: [("stage", stage.id)])]
        return deal
    }

}
