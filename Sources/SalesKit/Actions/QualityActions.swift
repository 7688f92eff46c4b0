extension Store {
    /// What `quality set` changed: the indicator and its value before (nil: never judged).
    public struct QualityChange: Sendable, Equatable {
        public var deal: String
        public var indicator: Config.Indicator
        public var previous: QualityAnswer?
        public var value: QualityAnswer
    }

    /// Records a quality judgement: appends a `quality` history event to the deal file (the only
    /// lines that change), so earlier values stay in the history and in `git diff`.
    @discardableResult
    public func setQuality(
        deal id: String, indicator name: String, value text: String, note: String?,
        date: CalendarDate, by: String?, today: CalendarDate
    ) throws -> QualityChange {
        let indicator = try config.requireIndicator(name)
        guard let value = QualityAnswer(rawValue: CodeInput.normalize(text).lowercased()) else {
            throw SalesError.invalidArgument(ErrorText(.errBadQualityValue, quoted(text), indicator.id))
        }
        try Clock.requirePast(date, today: today)
        let note = note?.trimmingSpaces
        return try editDeal(id) { document in
            let previous = Quality.states(of: document.deal, config: config, today: date)
                .first { $0.indicator.id == indicator.id }?.current?.value
            var fields = [("indicator", indicator.id), ("value", value.rawValue)]
            if let note, !note.isEmpty { fields.append(("note", note)) }
            let event = Deal.Event(date: date, by: by, kind: "quality", fields: fields).logged(on: today)
            var editor = document.editor()
            editor.append(event.yamlValue, toListAt: "history")
            return (
                editor.apply(),
                QualityChange(deal: document.deal.id, indicator: indicator, previous: previous, value: value)
            )
        }
    }
}
