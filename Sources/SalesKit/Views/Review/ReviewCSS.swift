/// The review page's style sheet, inlined in the page: Japanese through the system's CJK fonts,
/// a chart beside its table on a screen, one under the other on A4 paper.
enum ReviewCSS {
    static let style: HTML = """
        :root { --ink: #111827; --muted: #6b7280; --rule: #e5e7eb; --accent: #2563eb; --warn: #b91c1c; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1200px; padding: 24px 32px; color: var(--ink); background: #fff;
          font-family: 'Noto Sans CJK JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', YuGothic, Meiryo, sans-serif;
          font-size: 14px; line-height: 1.5; }
        header { border-bottom: 3px solid var(--accent); margin-bottom: 16px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        header p { margin: 0 0 8px; color: var(--muted); }
        nav ol { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 0 0 16px; list-style: none; font-size: 13px; }
        nav a { color: var(--accent); text-decoration: none; }
        section { margin: 0 0 28px; }
        h2 { font-size: 18px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; margin: 0 0 12px; }
        h3 { font-size: 15px; margin: 12px 0 6px; }
        p.note { color: var(--muted); margin: 0 0 8px; font-size: 13px; }
        .pair { display: flex; flex-wrap: wrap; gap: 16px 24px; align-items: flex-start; }
        .pair > figure { flex: 0 0 auto; margin: 0; }
        .pair > .tables { flex: 1 1 420px; max-width: 100%; }
        svg { max-width: 100%; height: auto; overflow: visible; }
        svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }
        svg.spark { vertical-align: middle; }
        table { border-collapse: collapse; margin: 0 0 12px; font-size: 13px; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border-bottom: 1px solid var(--rule); padding: 3px 8px; text-align: left; vertical-align: top; }
        th { background: #f3f4f6; font-weight: 600; white-space: nowrap; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.nw { white-space: nowrap; }
        td ul { margin: 0; padding-left: 1.2em; min-width: 26em; }
        .chart { margin: 0 0 12px; }
        .chart-title { font-size: 12px; color: var(--muted); margin: 0 0 4px; }
        p.empty { color: var(--muted); font-style: italic; }
        footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); padding-top: 8px; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          nav { display: none; }
          .pair { display: block; }
          .pair > figure { margin-bottom: 6px; }
          section { break-inside: auto; }
          h2, h3, caption { break-after: avoid; }
          figure, tr { break-inside: avoid; }
          table { font-size: 9pt; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
