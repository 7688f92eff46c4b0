/// Every title, caption and note of the review, for the three renderers, from the message
/// catalogue (`Message`): they follow the store's language (`language:`, `SALESCTL_LANG`).
/// Column headers and chart labels stay English, as the other commands' table headers do.
public enum ReviewStrings {
    public static var pageTitle: String { Message.reviewTitle.text() }
    public static var noData: String { Message.reviewNoData.text() }

    /// The sections in page order: anchor id and title.
    public enum Section: String, CaseIterable, Sendable {
        case pipeline, forecast, movement, attention, energy, quality, lost, activity

        public var number: Int { Section.allCases.firstIndex(of: self)! + 1 }

        public var title: String {
            switch self {
            case .pipeline: Message.reviewPipeline.text()
            case .forecast: Message.reviewForecast.text()
            case .movement: Message.reviewMovement.text()
            case .attention: Message.reviewAttention.text()
            case .energy: Message.reviewEnergy.text()
            case .quality: Message.reviewQuality.text()
            case .lost: Message.reviewLost.text()
            case .activity: Message.reviewActivity.text()
            }
        }

        public var heading: String { "\(number). \(title)" }
    }

    public static var stale: String { Message.reviewStale.text() }
    public static var nextActions: String { Message.reviewNextActions.text() }
    public static var homework: String { Message.reviewHomework.text() }
    public static var energyTrend: String { Message.reviewEnergyTrend.text() }
    public static var falls: String { Message.reviewFalls.text() }
    public static var perWeek: String { Message.reviewPerWeek.text() }
    public static var lostReasons: String { Message.reviewLostReasons.text() }
    public static var forecastNote: String { Message.reviewForecastNote.text() }
    public static var targets: String { Message.reviewPeriods.text() }
    public static var movedDeals: String { Message.reviewMovedDeals.text() }
    public static var movementNote: String { Message.reviewMovementNote.text() }
    public static var pipelineNote: String { Message.reviewPipelineNote.text() }

    public static func window(_ w: Review.Window) -> String {
        Message.reviewWindow.text(w.since.description, w.until.description, String(w.days))
    }

    public static func activityNote(_ a: Review.Activity) -> String {
        guard let first = a.weeks.first, let last = a.weeks.last else { return "" }
        return Message.reviewActivityNote.text(first.description, last.description)
    }

    public static func owner(_ name: String?) -> String {
        name.map { Message.reviewOwner.text($0) } ?? Message.reviewAllOwners.text()
    }

    public static func standing(_ s: NextAction.Standing) -> String {
        switch s {
        case .missing: Message.nextMissingLong.text()
        case .overdue: Message.nextOverdue.text()
        case .open: Message.nextOpen.text()
        }
    }
}
