extension Importer.Context {
    /// Each row a deal file, as `deal new` writes it (`Store.prepareNewDeal`), with its
    /// `source_id`. New ids are `<prefix>-<record id>` in lower case (`sf-0065g00000abcde`),
    /// with `-2`, `-3` … when taken.
    mutating func planDeals() {
        let loaded = store.loadDeals()
        plan.skippedDeals = loaded.findings
        let imported = Set(loaded.deals.compactMap(\.sourceID))
        var taken = Set(store.dealIDs())
        let prefix = options.map.idPrefix ?? options.crm.idPrefix
        for row in table.rows {
            guard let sourceID = sourceID(of: row) else { continue }
            if imported.contains(sourceID) {
                plan.alreadyImported += 1
                continue
            }
            do {
                var deal = try deal(from: row, sourceID: sourceID)
                deal.id = Self.newID(
                    prefix: prefix, record: String(sourceID.drop { $0 != ":" }.dropFirst()), taken: taken)
                do {
                    let prepared = try store.prepareNewDeal(deal, by: options.author)
                    taken.insert(prepared.id)
                    plan.files.append(
                        Store.NewFile(kind: .deal, path: Store.dealFile(prepared.id), text: prepared.yamlText))
                } catch let error as SalesError {
                    bad(row, Self.reason(error))
                }
            } catch let problem as Importer.RowProblem {
                bad(row, problem.message)
            } catch {
                bad(row, "\(error)")
            }
        }
    }

    private func deal(from row: ImportTable.Row, sourceID: String) throws -> Deal {
        let config = store.config
        guard let title = row["title"].map(ImportValues.line), !title.isEmpty else {
            throw Importer.RowProblem(Message.impNoTitle.text(table.describe("title")))
        }
        guard let customer = row["customer"].map(ImportValues.line), !customer.isEmpty else {
            throw Importer.RowProblem(Message.impNoCustomer.text(table.describe("customer")))
        }
        var status: Deal.Status = .open
        if let text = row["status"] {
            guard let value = options.map.statuses[text] ?? CRMLayout.builtinStatuses[CRMLayout.key(text)] else {
                throw Importer.RowProblem(Message.impUnknownStatus.text(quoted(text)))
            }
            status = value
        }
        let stageText = row["stage"] ?? ""
        var stageName: String?
        if let rule = options.map.stages[stageText] {
            stageName = rule.stage
            if let ruled = rule.status { status = ruled }
        } else if let stage = config.stage(named: stageText) {
            stageName = stage.id
        } else if let closed = CRMLayout.builtinStatuses[CRMLayout.key(stageText)], closed != .open {
            status = closed  // "Closed Won": a status; the stage comes from defaults or is the first
        } else {
            let valid = config.stages.map { "\($0.id) (\($0.label))" }.joined(separator: ", ")
            throw Importer.RowProblem(Message.impUnknownStage.text(quoted(stageText), valid))
        }
        let stage = stageName ?? options.map.defaults["stage"] ?? config.stages[0].id
        var amount: Int?
        if let text = row["amount"] {
            guard let value = ImportValues.amount(text) else {
                throw Importer.RowProblem(Message.impNotAmount.text(quoted(text), table.describe("amount")))
            }
            amount = value
        }
        let created = try date(row, "created")
        let close = try date(row, "close", past: false)
        var deal = Deal(
            id: "", title: title, customer: customer, owner: person(row["owner"]), stage: stage, status: status,
            amount: amount, currency: row["currency"].map(ImportValues.line), created: created ?? options.today,
            expectedClose: close, source: row["source"].map(ImportValues.line))
        deal.sourceID = sourceID
        return deal
    }

    /// `<prefix>-<record id>` made a valid deal id: lower case, other characters `-`, at most
    /// 64 characters; `-2`, `-3` … while taken.
    static func newID(prefix: String, record: String, taken: Set<String>) -> String {
        var slug = ""
        for scalar in record.lowercased().unicodeScalars {
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if ok { slug.unicodeScalars.append(scalar) } else if !slug.hasSuffix("-") && !slug.isEmpty { slug += "-" }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        var base = String((slug.isEmpty ? prefix : prefix + "-" + slug).prefix(58))
        while base.hasSuffix("-") { base.removeLast() }
        var id = base
        var n = 2
        while taken.contains(id) {
            id = base + "-\(n)"
            n += 1
        }
        return id
    }

    /// A SalesError's message without the `salesctl: ` of a top-level error.
    static func reason(_ error: SalesError) -> String {
        let text = error.message
        return text.hasPrefix("salesctl: ") ? String(text.dropFirst(10)) : text
    }
}
