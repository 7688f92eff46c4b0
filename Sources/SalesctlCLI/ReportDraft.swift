import SalesKit

/// The editor round trip of `report add`: a draft in .salesctl/ (see `ReportDrafts`), kept
/// when anything fails so no typing is lost, and never overwritten by the next run.
enum ReportDraft {
    /// The prepared report and the draft to remove once it is written.
    static func edit(_ report: Report, store: Store, today: CalendarDate, context: Context) async throws -> (
        Store.PreparedReport, String
    ) {
        try FileSystem.createDirectories(store.absolute(Store.stateDirectory))
        let kept = store.keptDrafts()
        let draftPath = store.newDraftPath()
        if let last = kept.last {
            context.output.error(
                "salesctl: \(kept.count == 1 ? "a draft is" : "\(kept.count) drafts are") kept from before (\(last)); this one is \(draftPath)"
            )
        }
        let help = """
            \(ReportDrafts.helpStart) write what happened above or below this comment, in Markdown. Edit
            the front matter as needed. This comment is removed; an empty body aborts and writes nothing.
            kinds: \(store.config.kinds.map { "\($0.id) (\($0.label))" }.joined(separator: ", "))
            signals: \(store.config.signals.map { "\($0.id) (\($0.label))" }.joined(separator: ", "))
            -->

            """
        var draft = report
        draft.logged = nil
        draft.body = "\n" + help
        let written = Array(draft.fileText.utf8)
        try FileSystem.writeAtomically(written, to: draftPath)
        try await Editor.edit(draftPath, context: context)
        let bytes = try FileSystem.read(draftPath)
        if bytes == written {
            FileSystem.removeFile(draftPath)
            throw SalesError.aborted("empty report; nothing written")
        }
        do {
            guard
                let edited = try ReportFile.parse(
                    bytes, path: draftPath, allowed: ReportFile.draftFields,
                    config: store.config, today: today)
            else {
                throw SalesError.invalidArgument("\(draftPath) no longer starts with '---' front matter")
            }
            let body = ReportDrafts.removingHelp(edited.body).trimmingSpaces
            guard !body.trimmingCharactersAndNewlines.isEmpty else {
                throw SalesError.aborted("empty report; nothing written; your draft is kept in \(draftPath)")
            }
            var input = Store.ReportInput(
                deal: edited.deal ?? report.deal, kind: edited.kind ?? report.kind,
                date: edited.date ?? report.date, author: edited.author)
            input.attendees = edited.attendees ?? []
            input.signals = edited.signals ?? []
            input.homework = edited.homework ?? []
            input.next = edited.next
            input.body = body.trimmingTrailingNewlines
            return (try store.prepare(input, today: today), draftPath)
        } catch let error as SalesError {
            if case .aborted = error { throw error }
            context.output.error("salesctl: your draft is kept in \(draftPath)")
            throw error
        }
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\r\n") { text.removeLast() }
        return text
    }

    var trimmingCharactersAndNewlines: String {
        String(
            self.unicodeScalars.filter { !($0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}") })
    }
}
