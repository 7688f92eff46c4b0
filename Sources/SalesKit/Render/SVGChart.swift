/// Inline SVG charts for the HTML review: no script, no external font or image, a `<title>`
/// for screen readers, and explicit `width`/`height` so every chart has a size before CSS. The
/// data stays in a table beside each chart; the chart is the picture of it.
public enum SVGChart {
    /// Colours with enough contrast on white, in the order series use them.
    public static let palette = ["#2563eb", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#0ea5e9", "#84cc16", "#ec4899"]

    public struct Bar: Sendable {
        public var label: String
        public var value: Int
        /// The text after the bar (a count, an amount).
        public var caption: String

        public init(label: String, value: Int, caption: String) {
            self.label = label
            self.value = value
            self.caption = caption
        }
    }

    static func open(width: Int, height: Int, title: String, className: String) -> HTML {
        "<svg class=\"\(className)\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\"><title>\(title)</title>"
    }

    /// A funnel: one centred bar per row, its width proportional to `value` (the widest row
    /// fills the chart; a row of 0 shows a thin line so the stage is still seen).
    public static func funnel(_ bars: [Bar], title: String, width: Int = 520) -> HTML {
        let layout = RowLayout(width: width, labelWidth: 110, captionWidth: 150, row: 30)
        return rows(bars, title: title, layout: layout, className: "chart funnel") { i, bar, y, scaled in
            let w = bar.value > 0 ? max(4, scaled) : 2
            let x = Double(layout.labelWidth) + (layout.area - w) / 2
            let colour = palette[i % palette.count]
            let label: HTML =
                "<text x=\"\(layout.labelWidth - 8)\" y=\(quotedNumber(Double(y) + 19)) text-anchor=\"end\">\(bar.label)</text>"
            return label
                + "<rect x=\(quotedNumber(x)) y=\"\(y + 4)\" width=\(quotedNumber(w)) height=\"\(layout.row - 8)\" rx=\"3\" fill=\"\(colour)\"></rect>"
                + "<text x=\"\(width - layout.captionWidth + 8)\" y=\(quotedNumber(Double(y) + 19))>\(bar.caption)</text>"
        }
    }

    /// Horizontal bars from the left, one per row, with a caption after each.
    public static func bars(_ bars: [Bar], title: String, width: Int = 520) -> HTML {
        let layout = RowLayout(width: width, labelWidth: 130, captionWidth: 130, row: 26)
        return rows(bars, title: title, layout: layout, className: "chart bars") { _, bar, y, scaled in
            let w = bar.value > 0 ? max(2, scaled) : 0
            let label: HTML =
                "<text x=\"\(layout.labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\">\(bar.label)</text>"
            return label
                + "<rect x=\"\(layout.labelWidth)\" y=\"\(y + 5)\" width=\(quotedNumber(w)) height=\"\(layout.row - 10)\" fill=\"\(palette[0])\"></rect>"
                + "<text x=\(quotedNumber(Double(layout.labelWidth) + w + 6)) y=\"\(y + 17)\">\(bar.caption)</text>"
        }
    }

    /// The frame of the charts with one bar per row: a label column, the bar area, a caption column.
    struct RowLayout {
        let width: Int
        let labelWidth: Int
        let captionWidth: Int
        let row: Int
        var area: Double { Double(width - labelWidth - captionWidth) }
    }

    /// One row per bar; `draw` gets the row's index, bar, top and the bar's length scaled so the
    /// largest value fills the area.
    static func rows(
        _ bars: [Bar], title: String, layout: RowLayout, className: String,
        draw: (Int, Bar, Int, Double) -> HTML
    ) -> HTML {
        let top = max(1, bars.map(\.value).max() ?? 0)
        var svg = open(
            width: layout.width, height: max(layout.row, bars.count * layout.row), title: title, className: className)
        for (i, bar) in bars.enumerated() {
            svg += draw(i, bar, i * layout.row, layout.area * Double(bar.value) / Double(top))
        }
        return svg + "</svg>"
    }

    /// A column per item: `base` as a dark bar, `value` as a lighter bar on it, `target` (when
    /// given) as a dashed line across.
    public struct Column: Sendable {
        public var label: String
        public var base: Int
        public var value: Int
        public var target: Int?

        public init(label: String, base: Int = 0, value: Int, target: Int?) {
            self.label = label
            self.base = base
            self.value = value
            self.target = target
        }
    }

    public static func columns(_ columns: [Column], title: String, height: Int = 180) -> HTML {
        let slot = 64
        let bottom = 22
        let top = 8
        let width = max(slot, columns.count * slot)
        let peak = max(1, columns.map { max($0.base + $0.value, $0.target ?? 0) }.max() ?? 0)
        let area = Double(height - bottom - top)
        var svg = open(width: width, height: height, title: title, className: "chart columns")
        for (i, c) in columns.enumerated() {
            let x = i * slot
            let b = area * Double(max(0, c.base)) / Double(peak)
            let h = area * Double(max(0, c.value)) / Double(peak)
            if b > 0 {
                svg +=
                    "<rect x=\"\(x + 14)\" y=\(quotedNumber(Double(height - bottom) - b)) width=\"\(slot - 28)\" height=\(quotedNumber(b)) fill=\"#1e3a8a\"></rect>"
            }
            svg +=
                "<rect x=\"\(x + 14)\" y=\(quotedNumber(Double(height - bottom) - b - h)) width=\"\(slot - 28)\" height=\(quotedNumber(h)) fill=\"\(palette[0])\" fill-opacity=\"0.55\"></rect>"
            if let target = c.target {
                let y = Double(height - bottom) - area * Double(target) / Double(peak)
                svg +=
                    "<line x1=\"\(x + 6)\" x2=\"\(x + slot - 6)\" y1=\(quotedNumber(y)) y2=\(quotedNumber(y)) stroke=\"#111827\" stroke-width=\"2\" stroke-dasharray=\"4 2\"></line>"
            }
            svg += "<text x=\"\(x + slot / 2)\" y=\"\(height - 6)\" text-anchor=\"middle\">\(c.label)</text>"
        }
        return svg + "</svg>"
    }

    /// A sparkline: the values as a line over `values.count` equal steps, the last point marked.
    public static func sparkline(_ values: [Int], title: String, width: Int = 120, height: Int = 28) -> HTML {
        var svg = open(width: width, height: height, title: title, className: "spark")
        guard !values.isEmpty else { return svg + "</svg>" }
        let peak = Double(max(1, values.max() ?? 0))
        let step = values.count > 1 ? Double(width - 4) / Double(values.count - 1) : 0
        let points = values.enumerated().map { i, v in
            (2 + Double(i) * step, Double(height - 3) - Double(max(0, v)) / peak * Double(height - 6))
        }
        let path = HTML.joined(points.map { "\($0.0),\($0.1)" }, separator: " ")
        svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(palette[0])\" stroke-width=\"1.5\"></polyline>"
        let last = points[points.count - 1]
        svg +=
            "<circle cx=\(quotedNumber(last.0)) cy=\(quotedNumber(last.1)) r=\"2.5\" fill=\"\(palette[0])\"></circle>"
        return svg + "</svg>"
    }

    /// One horizontal bar per row, split into segments (series in `palette` order), with a legend.
    public static func stacked(
        _ rows: [(label: String, segments: [Int])], series: [String], title: String,
        width: Int = 520
    ) -> HTML {
        let labelWidth = 110
        let row = 24
        let legendRow = 22
        let area = Double(width - labelWidth - 50)
        let peak = max(1, rows.map { $0.segments.reduce(0, +) }.max() ?? 0)
        let legendLines = (series.count + 3) / 4
        let height = max(row, rows.count * row) + legendLines * legendRow + 6
        var svg = open(width: width, height: height, title: title, className: "chart stacked")
        for (i, r) in rows.enumerated() {
            let y = i * row
            var x = Double(labelWidth)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">\(r.label)</text>"
            for (s, value) in r.segments.enumerated() where value > 0 {
                let w = area * Double(value) / Double(peak)
                svg +=
                    "<rect x=\(quotedNumber(x)) y=\"\(y + 4)\" width=\(quotedNumber(w)) height=\"\(row - 8)\" fill=\"\(palette[s % palette.count])\"></rect>"
                x += w
            }
            svg += "<text x=\(quotedNumber(x + 6)) y=\"\(y + 16)\">\(r.segments.reduce(0, +))</text>"
        }
        let legendTop = rows.count * row + 6
        for (s, name) in series.enumerated() {
            let x = labelWidth + (s % 4) * 100
            let y = legendTop + (s / 4) * legendRow
            svg +=
                "<rect x=\"\(x)\" y=\"\(y + 4)\" width=\"12\" height=\"12\" fill=\"\(palette[s % palette.count])\"></rect>"
            svg += "<text x=\"\(x + 16)\" y=\"\(y + 15)\">\(name)</text>"
        }
        return svg + "</svg>"
    }

    /// `"12.5"`: a number as a quoted attribute value.
    static func quotedNumber(_ value: Double) -> HTML { "\"\(value)\"" }
}
