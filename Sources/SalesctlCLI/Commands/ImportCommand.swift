import ArgumentParser
import SalesKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import deals and activities from the CSV export of the CRM you leave.",
        discussion: """
            Reads the standard export columns of Salesforce (Data Loader or report export), HubSpot \
            and Pipedrive, or any CSV with --from generic and a map file. Deals become deal files, \
            activities become reports; a map file (--map, YAML) translates stages, statuses, owners \
            and activity types, and names columns. docs/IMPORT.md describes the columns read and the \
            map file.

            Safe to repeat: every record keeps 'source_id: <crm>:<record id>', and a record already \
            in the store is left alone. All or nothing: a row that cannot be imported is reported \
            as file:line and nothing is written, unless --skip-bad. The file may be UTF-8 (with or \
            without a BOM), Shift_JIS (CP932, as Japanese Excel saves) or UTF-16 with a BOM; \
            quoted cells may span lines.

            Examples:
              salesctl import deals opportunities.csv --from salesforce --map sf-map.yaml --dry-run
              salesctl import deals opportunities.csv --from salesforce --map sf-map.yaml
              salesctl import activities tasks.csv --from salesforce --map sf-map.yaml --skip-bad
              salesctl import deals 商談.csv --from generic --map map.yaml --encoding shift_jis
            """,
        subcommands: [ImportDeals.self, ImportActivities.self]
    )
}

extension CRM: ExpressibleByArgument {}

/// The options both `import deals` and `import activities` take.
struct ImportOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp("The CSV file exported from the CRM.", valueName: "FILE"),
        completion: .file(extensions: ["csv", "txt"]))
    var file: String

    @Option(
        help: ArgumentHelp(
            "The CRM that wrote the file: salesforce, hubspot, pipedrive or generic (columns from --map).",
            valueName: "CRM"))
    var from: CRM

    @Option(
        help: ArgumentHelp(
            "A map file (YAML): stages, statuses, owners, types, columns, defaults.", valueName: "MAP.yaml"),
        completion: .file(extensions: ["yaml", "yml"]))
    var map: String?

    @Flag(help: "Print the files that would be written; write nothing.")
    var dryRun = false

    @Flag(help: "Import the good rows and report the bad ones as warnings (default: a bad row stops the import).")
    var skipBad = false

    @Option(
        help: ArgumentHelp(
            "The file's encoding: utf-8, shift_jis (cp932) or utf-16 (default: detected).", valueName: "ENCODING"))
    var encoding: String?

    @Option(help: "Who imports (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    func run(_ kind: ImportKind, global: GlobalOptions, context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        var encodingValue: TextEncoding?
        if let encoding {
            guard let value = TextEncoding(name: encoding) else {
                throw SalesError.invalidArgument(ErrorText(.useUnknownEncoding, quoted(encoding)))
            }
            encodingValue = value
        }
        var options = Importer.Options(
            crm: from, kind: kind, encoding: encodingValue,
            author: await session.author(author), today: try session.today())
        if let map {
            options.map = try ImportMap.parse(
                try FileSystem.read(context.path(map), display: map, limit: YAMLReader.maxFileSize), path: map,
                fields: ImportKind.allFields)
        }
        let bytes = try FileSystem.read(context.path(file), display: file, limit: Importer.maxFileSize)
        let plan = try Importer.plan(bytes, path: file, store: store, options: options)
        session.output.warnSkipped(plan.skippedDeals)
        for finding in plan.badRows {
            var shown = finding
            if skipBad {
                shown.severity = .warning
                shown.message += Message.useSkipped.text()
            }
            session.output.error(shown.description)
        }
        if !plan.badRows.isEmpty && !skipBad {
            let count = plan.badRows.count
            throw SalesError.refused(
                ErrorText(.useBadRows, count, quoted(file), "--skip-bad", count == 1 ? "it" : "them"))
        }
        if dryRun {
            for file in plan.files { session.output.write("==> \(file.path) <==\n\(file.text)\n") }
            session.output.error(Message.doneImportDry.text(plan.summary))
            return
        }
        for path in try store.createFiles(plan.files) { session.output.line(path) }
        session.output.error(Message.doneImport.text(plan.summary))
    }
}

struct ImportDeals: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "deals",
        abstract: "Import deals (opportunities) as deal files.",
        discussion: """
            Reads: record id, name/title, account or company, owner, stage, status, amount, \
            currency, close date, created date, lead source. New deal ids are <prefix>-<record id> \
            in lower case (sf-0065g00000abcde; the map's id_prefix changes the prefix). Prints the \
            path of every file written.

            Examples:
              salesctl import deals opportunities.csv --from salesforce --map sf-map.yaml --dry-run
              salesctl import deals deals.csv --from hubspot --map hs-map.yaml
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportOptions

    func run(_ context: Context) async throws { try await options.run(.deals, global: global, context: context) }
}

struct ImportActivities: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "activities",
        abstract: "Import activities (calls, meetings, mails, notes) as reports.",
        discussion: """
            Reads: record id, date, type, subject, description, contacts, related deal, owner. \
            The related deal is found by the CRM id of an imported deal (import the deals first), \
            else by a salesctl deal id, else by a unique deal title. Subject and description become \
            the report's body; contacts its attendees. An activity dated after today (an open \
            task) is a bad row. Prints the path of every report written.

            Examples:
              salesctl import activities tasks.csv --from salesforce --map sf-map.yaml --dry-run
              salesctl import activities activities.csv --from pipedrive --skip-bad
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportOptions

    func run(_ context: Context) async throws { try await options.run(.activities, global: global, context: context) }
}
