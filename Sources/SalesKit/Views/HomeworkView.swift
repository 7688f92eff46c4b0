/// How `homework list` shows its items: a row each, the status in words for people (open,
/// overdue by N days, done on a date) and as a code for scripts; JSON from `HomeworkItem.json`.
public enum HomeworkView {
    public static func list(_ items: [HomeworkItem], format: OutputFormat, today: CalendarDate) -> ListView {
        let rows = items.map { item -> [String] in
            let state = item.status(today: today)
            let status: String
            switch state {
            case .open: status = Message.wordOpen.text()
            case .overdue: status = Message.wordOverdueDays.text(String(item.daysOverdue(today: today)))
            case .done: status = Message.wordDone.text(item.done!.date.description)
            }
            return [
                item.ref, item.deal, item.given.description, item.due?.description ?? "", item.assignee ?? "",
                format.isForPeople ? status : state.rawValue, String(item.age(today: today)), item.text
            ]
        }
        return ListView(
            header: ["ref", "deal", "given", "due", "for", "status", "age", "text"], rows: rows,
            rightAligned: [6], json: { .array(items.map { $0.json(today: today) }) })
    }
}
