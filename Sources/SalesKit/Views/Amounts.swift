/// An amount as a table shows it (`12,000,000`) or as a script reads it (`12000000`).
public func money(_ value: Int, forTable: Bool) -> String { forTable ? grouped(value) : String(value) }

/// `12,000,000`: amounts grouped by thousands for people; scripts get plain numbers in JSON/CSV.
public func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return value < 0 ? "-" + out : out
}

/// An amount for people, with its currency: `¥48,000,000`, `$36,000`, `€1,200`, `£900`, else
/// `1,200 CHF`. Amounts are whole units of the currency, as the deal files hold them.
public func formatAmount(_ value: Int, currency: String) -> String {
    let symbols = ["JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "CNY": "CN¥", "KRW": "₩"]
    guard let symbol = symbols[currency.uppercased()] else { return grouped(value) + " " + currency }
    return (value < 0 ? "-" : "") + symbol + grouped(abs(value))
}
