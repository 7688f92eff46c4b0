import ArgumentParser
import SalesKit

/// The fields `person add` and `person set` take.
struct PersonFieldOptions: ParsableArguments {
    @Option(help: "Job title (部長, 課長, ...).")
    var title: String?

    @Option(help: "Department.")
    var department: String?

    @Option(help: "D (decision maker), A (approver) or I (influencer).")
    var role: String?

    @Option(help: "supporter ○, cooperative △, neutral −, uncooperative ▽ or opposed × (word or symbol).")
    var stance: String?

    @Option(help: "Organisational authority and influence: strong or weak.")
    var authority: String?

    @Option(help: "Information they have: sufficient or insufficient.")
    var information: String?

    @Option(
        name: .customLong("reports-to"), help: ArgumentHelp("Their boss, by name.", valueName: "NAME"),
        completion: .keyPersons)
    var reportsTo: String?

    @Option(help: ArgumentHelp("Date of the history event (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "Who makes the change (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    var fields: PersonEdit.Fields {
        PersonEdit.Fields(
            title: title, department: department, role: role, stance: stance,
            authority: authority, information: information, reportsTo: reportsTo)
    }
}

/// `person add|set`: one implementation; `PersonEdit.edit` checks what each mode requires.
protocol PersonFieldsCommand: SalesctlCommand {
    static var mode: PersonEdit.Mode { get }
    var global: GlobalOptions { get }
    var id: String { get }
    var name: String { get }
    var options: PersonFieldOptions { get }
}

extension PersonFieldsCommand {
    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let date = try session.eventDate(options.date)
        let event = try store.editKeyPerson(
            Self.mode, name, fields: options.fields, deal: id, date: date,
            by: await session.author(options.author), today: try session.today())
        session.output.line(TimelineEntry.successLine(id, event, config: store.config))
    }
}

struct PersonAdd: PersonFieldsCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            help: .personAdd)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @Argument(help: "The person's name.") var name: String
    @OptionGroup var options: PersonFieldOptions

    static let mode = PersonEdit.Mode.add
}

struct PersonSet: PersonFieldsCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "set",
            help: .personSet)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @Argument(help: "The person's name (spaces do not matter).", completion: .keyPersons) var name: String
    @OptionGroup var options: PersonFieldOptions

    static let mode = PersonEdit.Mode.set
}

struct PersonRemove: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "rm",
            help: .personRm)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @Argument(help: "The person's name (spaces do not matter).", completion: .keyPersons) var name: String

    @Option(help: ArgumentHelp("Date of the history event (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "Who makes the change (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let day = try session.eventDate(date)
        let (event, orphans) = try store.removeKeyPerson(
            name, deal: id, date: day, by: await session.author(author),
            today: try session.today())
        session.output.line(TimelineEntry.successLine(id, event, config: store.config))
        for orphan in orphans {
            session.output.error(Message.warnOrphan.text(orphan, name, id))
        }
    }
}
