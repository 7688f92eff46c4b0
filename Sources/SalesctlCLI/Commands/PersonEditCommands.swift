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
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a key person to a deal.",
        discussion: """
            Appends the person to key_persons (creating the list above checklist/history when there \
            is none) and a history event 'person' with action 'add'.

            Examples:
              salesctl person add tokai-erp "伊藤 直子" --title 課長 --department 経理部 --role I --stance △ \\
                --authority weak --information sufficient --reports-to "松本 隆"
              salesctl person add hokuriku-ec "森 雅人" --title 部長 --role D --stance neutral
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @Argument(help: "The person's name.") var name: String
    @OptionGroup var options: PersonFieldOptions

    static let mode = PersonEdit.Mode.add
}

struct PersonSet: PersonFieldsCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of a key person.",
        discussion: """
            Changes only the given fields, in place; an empty value ("") removes a field. The history \
            event 'person' (action 'set') records each new value and the old one (stance_was, ...).

            Examples:
              salesctl person set tokai-erp "松本 隆" --stance △
              salesctl person set kansai-logi "藤田 直樹" --title 部長 --authority strong
              salesctl person set tokai-erp "中村 修" --reports-to ""
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @Argument(help: "The person's name (spaces do not matter).", completion: .keyPersons) var name: String
    @OptionGroup var options: PersonFieldOptions

    static let mode = PersonEdit.Mode.set
}

struct PersonRemove: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Remove a key person from a deal.",
        discussion: """
            Removes the person's lines from key_persons and appends a history event 'person' with \
            action 'rm'. People who reported to them keep their reports_to; a warning names them.

            Examples:
              salesctl person rm tokai-erp "井上 美和"
              salesctl person rm kansai-logi "藤田 直樹" --date 2026-11-20
            """
    )

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
