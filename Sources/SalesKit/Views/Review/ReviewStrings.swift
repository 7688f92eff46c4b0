/// Every title and note of the review, in one place (English), for the three renderers: when the
/// message catalogue lands, this table moves into it and follows the store's language.
public enum ReviewStrings {
    public static let pageTitle = "Weekly sales review"
    public static let noData = "Nothing to show."

    /// The sections in page order: anchor id and title.
    public enum Section: String, CaseIterable, Sendable {
        case pipeline, forecast, attention, energy, quality, lost, activity

        public var number: Int {
            switch self {
            case .pipeline: 1
            case .forecast: 2
            case .attention: 4
            case .energy: 5
            case .quality: 6
            case .lost: 7
            case .activity: 8
            }
        }

        public var title: String {
            switch self {
            case .pipeline: "Pipeline by stage"
            case .forecast: "Forecast by month"
            case .attention: "Deals that need action"
            case .energy: "Customer energy"
            case .quality: "Deal quality"
            case .lost: "Lost and dropped deals"
            case .activity: "Activity per rep"
            }
        }

        public var heading: String { "\(number). \(title)" }
    }

    public static let stale = "Stale deals, with suggestions"
    public static let nextActions = "No next action, or an overdue one"
    public static let homework = "Overdue homework"
    public static let energyTrend = "Trend per open deal (points per week, last 12 weeks)"
    public static let falls = "Biggest falls (last 4 weeks against the 4 before)"
    public static let perWeek = "Reports per week (the week starting on the Monday shown)"
    public static let lostReasons = "By reason"
    public static let forecastNote = "Deals won, in the month of the win (dark), and open deals by expected close month, weighted by the stage's probability (light), as `salesctl forecast` counts them; a dashed line marks the month's target."
    public static let targets = "Targets of longer periods"
    public static let pipelineNote = "Open deals (on hold left out), as `salesctl forecast --by stage` counts them."

    public static func window(_ w: Review.Window) -> String {
        "\(w.since) – \(w.until) (\(w.days) day\(w.days == 1 ? "" : "s"))"
    }

    public static func activityNote(_ a: Review.Activity) -> String {
        guard let first = a.weeks.first, let last = a.weeks.last else { return "" }
        return "Activity reports by author, kind and week, weeks starting \(first) to \(last)."
    }

    public static func owner(_ name: String?) -> String { name.map { "Owner: \($0)" } ?? "All owners" }

    public static func standing(_ s: NextAction.Standing) -> String {
        switch s {
        case .missing: "no next action"
        case .overdue: "overdue"
        case .open: "open"
        }
    }
}
