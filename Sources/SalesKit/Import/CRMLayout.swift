/// The CRMs `import` knows, with the column headers of their documented exports. Headers
/// match without regard to case, spaces at the ends or a `Deal - ` style object prefix
/// written differently, so both Salesforce's Data Loader (API names, `STAGENAME`) and its
/// report export (labels, `Stage`) read without a map file.
public enum CRM: String, Sendable, CaseIterable {
    case salesforce, hubspot, pipedrive, generic

    /// The first part of new deal ids: `sf-0065g00000abcde`.
    public var idPrefix: String {
        switch self {
        case .salesforce: "sf"
        case .hubspot: "hs"
        case .pipedrive: "pd"
        case .generic: "imp"
        }
    }
}

/// What is imported: deals, or activities that become reports.
public enum ImportKind: String, Sendable, CaseIterable {
    case deals, activities

    /// The salesctl fields a row can fill, in the order `columns:` documents them.
    public var fields: [String] {
        switch self {
        case .deals:
            ["id", "title", "customer", "owner", "stage", "status", "amount", "currency", "close", "created", "source"]
        case .activities: ["id", "date", "type", "subject", "description", "contacts", "deal", "owner", "next"]
        }
    }

    /// Every field of either kind: one map file serves both imports from a CRM.
    public static var allFields: [String] {
        var seen = Set<String>()
        return (ImportKind.deals.fields + ImportKind.activities.fields).filter { seen.insert($0).inserted }
    }

    /// Fields without which a row is bad (after `defaults:`).
    var required: [String] {
        switch self {
        case .deals: ["id", "title", "customer", "stage"]
        case .activities: ["id", "date", "type", "deal"]
        }
    }
}

enum CRMLayout {
    /// Column headers each CRM writes for each field, most specific first.
    static func headers(_ crm: CRM, _ kind: ImportKind) -> [String: [String]] {
        switch (crm, kind) {
        case (.salesforce, .deals):
            // Opportunity: Data Loader (API names) and report export (labels).
            return [
                "id": ["Id", "Opportunity ID"], "title": ["Name", "Opportunity Name"],
                "customer": ["Account.Name", "Account Name", "Account"],
                "owner": ["Owner.Name", "Opportunity Owner", "Owner", "OwnerId"],
                "stage": ["StageName", "Stage"], "amount": ["Amount"],
                "currency": ["CurrencyIsoCode", "Opportunity Currency", "Amount Currency"],
                "close": ["CloseDate", "Close Date"], "created": ["CreatedDate", "Created Date"],
                "source": ["LeadSource", "Lead Source"]
            ]
        case (.salesforce, .activities):
            // Task and Event: Data Loader and activity report.
            return [
                "id": ["Id", "Activity ID"], "date": ["ActivityDate", "Date", "Due Date", "StartDateTime"],
                "type": ["Type", "TaskSubtype", "EventSubtype", "Task Subtype"], "subject": ["Subject"],
                "description": ["Description", "Comments", "Full Comments"],
                "contacts": ["Who.Name", "Contact", "Name"],
                "deal": ["WhatId", "Opportunity ID", "Related To ID", "What.Name", "Opportunity", "Related To"],
                "owner": ["Owner.Name", "Assigned", "Assigned To", "OwnerId"]
            ]
        case (.hubspot, .deals):
            return [
                "id": ["Record ID", "Deal ID", "hs_object_id"], "title": ["Deal Name", "dealname"],
                "customer": ["Associated Company", "Company name", "Associated Company (Primary)"],
                "owner": ["Deal owner", "hubspot_owner_id"], "stage": ["Deal Stage", "dealstage"],
                "amount": ["Amount", "amount"], "currency": ["Currency", "Deal currency code", "deal_currency_code"],
                "close": ["Close Date", "closedate"], "created": ["Create Date", "createdate"],
                "source": ["Original Source Type", "Original Traffic Source"]
            ]
        case (.hubspot, .activities):
            return [
                "id": ["Record ID", "Activity ID", "hs_object_id"],
                "date": ["Activity date", "hs_timestamp", "Create Date"],
                "type": ["Activity type", "Activity Type", "hs_activity_type", "Call and meeting type"],
                "subject": ["Subject", "Call title", "Meeting name", "Title"],
                "description": ["Body preview", "Notes", "Call notes", "Meeting description", "Note body", "Body"],
                "contacts": ["Associated Contact", "Associated Contacts", "Attendees"],
                "deal": ["Associated Deal IDs", "Associated Deal", "Associated Deals"],
                "owner": ["Activity assigned to", "Created by", "Owner", "hubspot_owner_id"]
            ]
        case (.pipedrive, .deals):
            return [
                "id": ["Deal - ID", "ID"], "title": ["Deal - Title", "Title"],
                "customer": ["Deal - Organization", "Organization", "Deal - Organization name"],
                "owner": ["Deal - Owner", "Owner"], "stage": ["Deal - Stage", "Stage"],
                "status": ["Deal - Status", "Status"], "amount": ["Deal - Value", "Value"],
                "currency": ["Deal - Currency of Value", "Deal - Currency", "Currency"],
                "close": ["Deal - Expected close date", "Expected close date"],
                "created": ["Deal - Deal created", "Deal created", "Deal - Add time"],
                "source": ["Deal - Source origin", "Deal - Source channel"]
            ]
        case (.pipedrive, .activities):
            return [
                "id": ["Activity - ID", "ID"], "date": ["Activity - Due date", "Due date", "Activity - Date of entry"],
                "type": ["Activity - Type", "Type"], "subject": ["Activity - Subject", "Subject"],
                "description": ["Activity - Note", "Note"],
                "contacts": ["Activity - Contact person", "Contact person", "Activity - Participants"],
                "deal": ["Activity - Deal ID", "Activity - Deal", "Deal ID", "Deal"],
                "owner": ["Activity - Assigned to user", "Assigned to user", "Activity - Owner"]
            ]
        case (.generic, _):
            return Dictionary(uniqueKeysWithValues: kind.fields.map { ($0, [$0]) })
        }
    }

    /// Statuses the CRMs write in their stage or status columns, when the map has no rule.
    static let builtinStatuses: [String: Deal.Status] = [
        "closed won": .won, "closedwon": .won, "won": .won, "受注": .won,
        "closed lost": .lost, "closedlost": .lost, "lost": .lost, "失注": .lost,
        "open": .open, "進行中": .open, "dropped": .dropped, "on-hold": .onHold, "on hold": .onHold
    ]

    /// Activity types of the CRMs' exports and the kind of salesctl's default settings each
    /// becomes, used when the map has no rule and the team has such a kind.
    static let builtinTypes: [String: String] = [
        "call": "phone", "phone": "phone", "phone call": "phone", "電話": "phone",
        "email": "email", "e-mail": "email", "mail": "email", "メール": "email",
        "meeting": "visit", "visit": "visit", "訪問": "visit", "lunch": "visit",
        "web meeting": "web-meeting", "video call": "web-meeting", "demo": "demo", "デモ": "demo"
    ]

    /// Header text compared loosely: case, spaces around, and `_`/space differences aside.
    static func key(_ header: String) -> String {
        String(header.trimmingSpaces.lowercased().map { $0 == "_" ? " " : $0 })
    }
}
