/// The tables of `export --sqlite`, documented in docs/EXPORT.md (a test checks that every
/// table named here is described there). Dates are TEXT `YYYY-MM-DD` (calendar dates, as in
/// the files: they sort and compare as text, and DuckDB casts them with `::DATE`). Amounts are
/// INTEGER in the deal's currency. A change that is not only an addition bumps `version`.
public enum ExportSchema {
    public static let version = 1

    /// Table name and its CREATE statement, in creation order.
    public static let tables: [(name: String, sql: String)] = [
        (
            "meta",
            """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
            """
        ),
        (
            "stages",
            """
            CREATE TABLE stages (id TEXT PRIMARY KEY, label TEXT NOT NULL, position INTEGER NOT NULL,
              probability INTEGER NOT NULL)
            """
        ),
        (
            "kinds",
            """
            CREATE TABLE kinds (id TEXT PRIMARY KEY, label TEXT NOT NULL, points INTEGER NOT NULL)
            """
        ),
        (
            "deals",
            """
            CREATE TABLE deals (id TEXT PRIMARY KEY, title TEXT NOT NULL, customer TEXT NOT NULL, owner TEXT,
              stage TEXT NOT NULL, status TEXT NOT NULL, amount INTEGER, currency TEXT NOT NULL,
              created TEXT NOT NULL, expected_close TEXT, source TEXT, source_id TEXT)
            """
        ),
        (
            "deal_members",
            """
            CREATE TABLE deal_members (deal_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
              PRIMARY KEY (deal_id, position))
            """
        ),
        (
            "events",
            """
            CREATE TABLE events (deal_id TEXT NOT NULL, seq INTEGER NOT NULL, date TEXT NOT NULL, author TEXT,
              event TEXT NOT NULL, note TEXT, PRIMARY KEY (deal_id, seq))
            """
        ),
        (
            "event_fields",
            """
            CREATE TABLE event_fields (deal_id TEXT NOT NULL, seq INTEGER NOT NULL, position INTEGER NOT NULL,
              key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (deal_id, seq, position))
            """
        ),
        (
            "key_persons",
            """
            CREATE TABLE key_persons (deal_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
              title TEXT, department TEXT, role TEXT, stance TEXT, authority TEXT, information TEXT,
              reports_to TEXT, PRIMARY KEY (deal_id, position))
            """
        ),
        (
            "checklist",
            """
            CREATE TABLE checklist (deal_id TEXT NOT NULL, stage TEXT, step TEXT NOT NULL, done TEXT NOT NULL,
              note TEXT, PRIMARY KEY (deal_id, step))
            """
        ),
        (
            "quality_judgements",
            """
            CREATE TABLE quality_judgements (deal_id TEXT NOT NULL, seq INTEGER NOT NULL, date TEXT NOT NULL,
              author TEXT, indicator TEXT NOT NULL, value TEXT NOT NULL, note TEXT, PRIMARY KEY (deal_id, seq))
            """
        ),
        (
            "next_actions",
            """
            CREATE TABLE next_actions (deal_id TEXT NOT NULL, seq INTEGER NOT NULL, date TEXT NOT NULL, author TEXT,
              text TEXT NOT NULL, due TEXT NOT NULL, assignee TEXT, report TEXT, state TEXT NOT NULL,
              closed TEXT, closed_by TEXT, closed_note TEXT, PRIMARY KEY (deal_id, seq))
            """
        ),
        (
            "reports",
            """
            CREATE TABLE reports (path TEXT PRIMARY KEY, date TEXT NOT NULL, deal_id TEXT NOT NULL, author TEXT,
              kind TEXT NOT NULL, next TEXT, body TEXT NOT NULL, source_id TEXT)
            """
        ),
        (
            "attendees",
            """
            CREATE TABLE attendees (report_path TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
              title TEXT, department TEXT, PRIMARY KEY (report_path, position))
            """
        ),
        (
            "signals",
            """
            CREATE TABLE signals (report_path TEXT NOT NULL, position INTEGER NOT NULL, signal TEXT NOT NULL,
              PRIMARY KEY (report_path, position))
            """
        ),
        (
            "homework",
            """
            CREATE TABLE homework (ref TEXT PRIMARY KEY, report_path TEXT NOT NULL, number INTEGER NOT NULL,
              deal_id TEXT NOT NULL, given TEXT NOT NULL, text TEXT NOT NULL, assignee TEXT, due TEXT,
              done TEXT, done_by TEXT, done_note TEXT)
            """
        )
    ]

    /// Created after the rows are in (faster than keeping them up to date row by row).
    public static let indexes = [
        "CREATE INDEX reports_deal ON reports (deal_id, date)",
        "CREATE INDEX reports_date ON reports (date)",
        "CREATE INDEX events_kind ON events (event, date)",
        "CREATE INDEX attendees_name ON attendees (name)",
        "CREATE INDEX homework_deal ON homework (deal_id)"
    ]
}
