extension Importer.Context {
    /// Each row a report, as `report add` writes it (`Store.prepareReport`), with its
    /// `source_id`. The row's deal is found by the CRM record id of an imported deal
    /// (`source_id`), else as a salesctl deal id, else by a unique deal title; the deals come first.
    mutating func planActivities() {
        let loaded = store.loadDeals()
        let deals = loaded.deals
        plan.skippedDeals = loaded.findings
        var bySource: [String: Deal] = [:]
        var byID: [String: Deal] = [:]
        var byTitle: [String: [Deal]] = [:]
        for deal in deals {
            if let source = deal.sourceID { bySource[source] = deal }
            byID[deal.id] = deal
            byTitle[deal.title, default: []].append(deal)
        }
        var imported = Set<String>()
        _ = store.forEachReport(detail: .summary) { report in
            if let source = report.sourceID { imported.insert(source) }
        }
        for row in table.rows {
            guard let sourceID = sourceID(of: row) else { continue }
            if imported.contains(sourceID) {
                plan.alreadyImported += 1
                continue
            }
            let dealText = row["deal"] ?? ""
            let candidates = byTitle[dealText] ?? []
            guard
                let deal = bySource[options.crm.rawValue + ":" + dealText] ?? byID[dealText]
                    ?? (candidates.count == 1 ? candidates[0] : nil)
            else {
                bad(
                    row,
                    candidates.count > 1
                        ? Message.impAmbiguousDeal.text(quoted(dealText), String(candidates.count))
                        : Message.impNoDeal.text(quoted(dealText), table.describe("deal")))
                continue
            }
            do {
                let report = try report(from: row, deal: deal, sourceID: sourceID)
                let suffix = Self.suffix(of: sourceID)
                let path = ReportName(date: report.date, deal: deal.id, suffix: suffix).relativePath
                var written = report
                written.path = path
                plan.files.append(Store.NewFile(kind: .report, path: path, text: written.fileText))
            } catch let problem as Importer.RowProblem {
                bad(row, problem.message)
            } catch let error as SalesError {
                bad(row, Self.reason(error))
            } catch {
                bad(row, "\(error)")
            }
        }
    }

    private func report(from row: ImportTable.Row, deal: Deal, sourceID: String) throws -> Report {
        guard let date = try self.date(row, "date") else {
            throw Importer.RowProblem(Message.impNoDate.text(table.describe("date")))
        }
        let typeText = row["type"] ?? ""
        let config = store.config
        let kind =
            options.map.types[typeText].flatMap { config.kind(named: $0) }
            ?? config.kind(named: typeText)
            ?? CRMLayout.builtinTypes[CRMLayout.key(typeText)].flatMap { config.kind(named: $0) }
        guard let kind else {
            if let mapped = options.map.types[typeText] {
                throw Importer.RowProblem(
                    Message.impTypeNotKind.text(
                        quoted(typeText), quoted(mapped), config.kinds.map(\.id).joined(separator: ", ")))
            }
            throw Importer.RowProblem(
                Message.impUnknownType.text(quoted(typeText), config.kinds.map(\.id).joined(separator: ", ")))
        }
        var input = Store.ReportInput(deal: deal.id, kind: kind.id, date: date, author: person(row["owner"]))
        input.attendees = ImportValues.people(row["contacts"] ?? "").map { Report.Attendee(name: $0) }
        input.next = row["next"].map(ImportValues.line)
        let subject = row["subject"].map(ImportValues.line) ?? ""
        let description = row["description"].map(ImportValues.body) ?? ""
        input.body = [subject, description].filter { !$0.isEmpty }.joined(separator: "\n\n")
        if input.body.utf8.count > YAMLReader.maxFileSize - 64 * 1024 {
            throw Importer.RowProblem(
                Message.impTextTooLong.text(String(input.body.utf8.count), String(YAMLReader.maxFileSize - 64 * 1024)))
        }
        var report = try store.prepareReport(input, deal: deal, today: options.today)
        report.sourceID = sourceID
        return report
    }

    /// Six hex digits from the source id (FNV-1a), so a report's file name is the same in a
    /// dry run and in the real one.
    static func suffix(of sourceID: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in sourceID.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100000001b3
        }
        return String(hash & 0xFFFFFF, radix: 16).leftPadded(to: 6)
    }
}
