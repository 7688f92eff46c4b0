import ArgumentParser
import SalesKit

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            help: .importData,
            subcommands: [ImportDeals.self, ImportActivities.self])
    }
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
        let options = try await importerOptions(kind, session: session)
        let bytes = try FileSystem.read(context.path(file), display: file, limit: Importer.maxFileSize)
        let plan = try Importer.plan(bytes, path: file, store: session.store, options: options)
        try reportBadRows(plan, session: session)
        if dryRun {
            for file in plan.files { session.output.write("==> \(file.path) <==\n\(file.text)\n") }
            session.output.error(Message.doneImportDry.text(plan.summary))
            return
        }
        for path in try session.store.createFiles(plan.files) { session.output.line(path) }
        session.output.error(Message.doneImport.text(plan.summary))
    }

    /// The importer's options from the command line: the encoding, the author, today, the map.
    func importerOptions(_ kind: ImportKind, session: Session) async throws -> Importer.Options {
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
                try FileSystem.read(session.context.path(map), display: map, limit: YAMLReader.maxFileSize), path: map,
                fields: ImportKind.allFields)
        }
        return options
    }

    /// Every bad row on stderr; then, unless --skip-bad, the refusal.
    func reportBadRows(_ plan: Importer.Plan, session: Session) throws {
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
    }
}

struct ImportDeals: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "deals",
            help: .importDeals)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportOptions

    func run(_ context: Context) async throws { try await options.run(.deals, global: global, context: context) }
}

struct ImportActivities: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "activities",
            help: .importActivities)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportOptions

    func run(_ context: Context) async throws { try await options.run(.activities, global: global, context: context) }
}
