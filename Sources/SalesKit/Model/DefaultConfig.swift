extension Config {
    /// What `salesctl init` writes: every setting, with a comment on what it does.
    public static let defaultYAML = """
        # salesctl settings for this team. Edit freely: comments and order are yours.
        # Every section is optional; a section left out takes salesctl's default.

        # Dates in deal files and reports are calendar dates in this time zone.
        timezone: Asia/Tokyo
        # Currency of deal amounts unless a deal names its own.
        currency: JPY
        # An open deal is stale when its last contact is more than this many days old
        # (a stage may set its own stale_days).
        stale_days: 30
        # Columns that ○△×▽, … and the ▁▂▃ of sparklines take in your terminals: 1, or 2 when
        # they are set to show East Asian Ambiguous characters wide (SALESCTL_AMBIGUOUS_WIDTH wins).
        # ambiguous_width: 2

        # The sales process (営業活動プロセス). Deals move through these stages in order.
        # id: what files and commands use; label: what people read (either can be typed).
        # probability: percent used by the forecast. steps: the checklist of the stage,
        # the evidence behind the forecast (根拠に基づくフォーキャスト). `deal advance`
        # lets a deal into a stage only when the steps of the stages before it are checked.
        stages:
        \(defaultStagesYAML)
        # Life after the win: the stages from won_at on are post-sale. A deal enters them
        # once won ('deal win'), and a won deal moves only through them. The forecast counts
        # a won deal at its amount in the month of the win.
        won_at: delivery

        # Kinds of customer contact (one activity report each) and their energy points
        # (ユーザエネルギー). Actions the customer starts weigh more; our own mail that
        # got no answer scores 0.
        kinds:
          - id: visit
            label: 訪問
            points: 3
          - id: visit-us
            label: 来社
            points: 5
          - id: web-meeting
            label: Web会議
            points: 3
          - id: phone
            label: 電話
            points: 2
          - id: inquiry
            label: 問い合わせ
            points: 5
          - id: email-reply
            label: メール返信
            points: 1
          - id: demo
            label: デモ
            points: 4
          - id: email
            label: メール
            points: 0

        # Energy points per attendee by title, most senior first: the first rank with a
        # keyword found in the title wins; anyone else scores the default. Japanese
        # keywords match anywhere in the title (本部長 in 物流本部長); English ones match
        # whole words in any case (CTO, not the "cto" in Factory).
        titles:
          default: 1
          ranks:
            - keywords: [社長, 代表取締役, CEO, President]
              points: 10
            - keywords: [役員, 取締役, 執行役員, Director, CxO, CFO, CTO, CIO]
              points: 8
            - keywords: [本部長]
              points: 6
            - keywords: [部長, General Manager]
              points: 5
            - keywords: [次長]
              points: 4
            - keywords: [課長, Manager]
              points: 3
            - keywords: [係長]
              points: 2
            - keywords: [主任]
              points: 2

        # Signals a report can carry, and their energy points.
        signals:
          - id: introduced-boss
            label: 上司を紹介された
            points: 5
          - id: new-stakeholder
            label: 新しい関係者が参加
            points: 3
          - id: budget-request
            label: 予算取りの相談
            points: 5
          - id: ringi-started
            label: 稟議開始
            points: 8
          - id: question
            label: 質問を受けた
            points: 2
          - id: homework-given
            label: 宿題をもらった
            points: 3

        # Why deals are lost, dropped or put on hold (失注理由). `deal lose`, `deal drop`
        # and `deal hold` need one of these (id or label); `salesctl lost` groups by them.
        lost_reasons:
          - id: price
            label: 価格
          - id: competitor
            label: 競合に負けた
          - id: no-budget
            label: 予算なし
          - id: timing
            label: 時期が合わない
          - id: no-decision
            label: 意思決定されず
          - id: lost-contact
            label: 連絡が途絶えた

        \(QualityTemplate.pronavi.yaml)
        """

    /// The default sales process (営業活動プロセス) of `defaultYAML`, one stage a row: id, label,
    /// probability, its own stale_days (or nil), and its steps (id, label).
    static let defaultStages: [(String, String, Int, Int?, [(String, String)])] = [
        (
            "discovery", "発見", 10, nil,
            [("plan", "お客様の計画を確認"), ("reason", "計画の理由を確認"), ("schedule", "開始・終了時期を確認"), ("competitors", "競合を確認")]
        ),
        (
            "define", "定義", 30, nil,
            [
                ("budget", "予算を確認"), ("decision-process", "決裁プロセスを確認"), ("key-person", "キーパーソンに接触"),
                ("feasibility", "技術的な実現性を確認"), ("proposal", "提案書と見積を準備")
            ]
        ),
        (
            "decision", "決定", 60, 14,
            [
                ("explain", "キーパーソンに説明"), ("influencers", "他の影響者の合意"), ("propose", "意思決定者に提案"), ("why-needed", "なぜ必要か"),
                ("why-now", "なぜ今か"), ("why-us", "なぜ当社か"), ("informal-order", "内示を受ける"), ("contract", "契約条件と金額に合意")
            ]
        ),
        ("delivery", "デリバリー", 90, nil, [("support", "導入を支援"), ("billing", "請求"), ("revenue", "売上を計上")]),
        ("maintenance", "維持", 100, 60, [("relationship", "関係を維持"), ("next-opportunity", "次の商談を発見")])
    ]

    /// The `stages:` items of `defaultYAML`.
    static var defaultStagesYAML: String {
        defaultStages.map { id, label, probability, staleDays, steps in
            "  - id: \(id)\n    label: \(label)\n    probability: \(probability)\n"
                + (staleDays.map { "    stale_days: \($0)\n" } ?? "") + "    steps:\n"
                + steps.map { "      - id: \($0.0)\n        label: \($0.1)\n" }.joined()
        }.joined()
    }

    /// The settings when `salesctl.yaml` leaves a section out.
    public static let defaults: Config = {
        let base = Config(
            timezone: "Asia/Tokyo", currency: "JPY", staleDays: 30, stages: [], kinds: [],
            titles: [], defaultTitlePoints: 1, signals: [], lostReasons: [], indicators: [])
        // The default text is part of the program; a failure here is a bug caught by the tests.
        // won_at is written by 'init' but is not a default: a store whose salesctl.yaml leaves
        // it out keeps selling into every stage, as before post-sale stages existed.
        var parsed = (try? Config.parse(Array(defaultYAML.utf8), base: base)) ?? base
        parsed.wonAt = nil
        return parsed
    }()
}
