#!/usr/bin/env python3
"""Writes a realistic salesctl store for the benchmark and the cache tests.

    scripts/bench-gen.py DIR --deals N --reports M [--seed S] [--today YYYY-MM-DD]

DIR must be a store made by `salesctl init` (its salesctl.yaml is kept) or not exist (then a
minimal store is written with the default settings, which salesctl supplies itself). Output is
deterministic from the seed: the same arguments give byte-identical files. Deal files and
reports follow docs/FORMATS.md: Japanese names, titles, departments, key persons,
checklists, history, attendees, signals, homework and a body.

Python 3 standard library only, so the benchmark needs no build of its own and the product
list of Package.swift stays "salesctl" alone.
"""
import argparse
import datetime
import os
import random

SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
            "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水"]
GIVEN = ["健", "美咲", "太郎", "花子", "一郎", "直樹", "由美", "翔太", "陽子", "大輔",
         "明美", "拓也", "恵", "誠", "彩", "浩二", "真由美", "隆", "愛", "修"]
COMPANY_STEMS = ["アクメ", "東都", "北辰", "みなと", "さくら", "日本橋", "大和", "富士見", "青葉", "光陽",
                 "三栄", "丸和", "新星", "朝日", "平和", "中央", "東洋", "協和", "昭和", "未来"]
COMPANY_KINDS = ["工業", "商事", "物産", "製作所", "電機", "システムズ", "運輸", "建設", "食品", "化学"]
ROMAJI = ["acme", "toto", "hokushin", "minato", "sakura", "nihonbashi", "yamato", "fujimi", "aoba", "koyo",
          "sanei", "maruwa", "shinsei", "asahi", "heiwa", "chuo", "toyo", "kyowa", "showa", "mirai"]
PROJECTS = [("erp", "基幹システム刷新"), ("crm", "顧客管理システム導入"), ("wms", "倉庫管理システム更改"),
            ("hr", "人事給与システム移行"), ("cloud", "クラウド移行"), ("sec", "セキュリティ強化"),
            ("bi", "データ分析基盤構築"), ("edi", "受発注EDI刷新"), ("pos", "店舗POS更新"), ("mes", "製造実行システム導入")]
TITLES = ["代表取締役", "取締役", "執行役員", "本部長", "部長", "次長", "課長", "係長", "主任", "担当"]
DEPARTMENTS = ["情報システム部", "経理部", "総務部", "営業本部", "製造部", "購買部", "経営企画室", "人事部", "物流部", "品質保証部"]
STAGES = ["discovery", "define", "decision", "delivery", "maintenance"]
PRE_SALE = 3  # delivery and maintenance come after the win
STEPS = {"discovery": ["plan", "reason", "schedule", "competitors"],
         "define": ["budget", "decision-process", "key-person", "feasibility", "proposal"],
         "decision": ["explain", "influencers", "propose", "why-needed", "why-now", "why-us"]}
KINDS = ["visit", "visit-us", "web-meeting", "phone", "inquiry", "email-reply", "demo", "email"]
SIGNALS = ["introduced-boss", "new-stakeholder", "budget-request", "ringi-started", "question", "homework-given"]
ROLES = ["D", "A", "I"]
STANCES = ["supporter", "cooperative", "neutral", "uncooperative", "opposed"]
SOURCES = ["referral", "inbound", "event", "outbound", "partner"]
HOMEWORK = ["見積書を送付", "導入事例を共有", "技術資料を送付", "デモ環境を準備", "稟議用の資料を作成",
            "保守費用の内訳を提示", "移行計画案を提出", "セキュリティチェックシートに回答"]
NEXTS = ["来週に提案内容を説明", "12月第1週に再訪問", "見積の回答を待つ", "部長同席で打合せ", "デモ日程を調整"]
BODIES = ["刷新時期を確認。来期予算で検討中。", "現行システムの課題をヒアリングした。保守切れが近い。",
          "競合他社の提案内容について質問があった。価格よりも導入実績を重視している様子。",
          "部長から役員への説明資料について相談を受けた。稟議は年明けに上がる見込み。",
          "デモの反応は良好。現場の担当者から操作性について具体的な質問が多かった。",
          "予算の上限について確認。概算で一千万円前後と聞いた。決裁は取締役会。"]


def person(rng):
    return rng.choice(SURNAMES) + " " + rng.choice(GIVEN)


def date_text(d):
    return d.isoformat()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def deal_file(rng, deal_id, customer, project, created, reps, today):
    status = rng.choices(["open", "won", "lost", "dropped", "on-hold"], [70, 12, 10, 5, 3])[0]
    # Only a won deal goes on into the post-sale stages (won_at: delivery); the others stop
    # before them.
    stage_index = rng.randrange(len(STAGES) if status == "won" else PRE_SALE)
    stage = STAGES[stage_index]
    owner = rng.choice(reps)
    amount = rng.randrange(10, 3000) * 100000
    lines = [f"title: {project}", f"customer: {customer}", f"owner: {owner}"]
    members = sorted(set(rng.sample(reps, rng.randrange(0, 3))) - {owner})
    if members:
        lines.append("members:")
        lines += [f"  - {m}" for m in members]
    lines += [f"stage: {stage}", f"status: {status}",
              f"amount: {amount}", "currency: JPY", f"created: {date_text(created)}",
              f"expected_close: {date_text(created + datetime.timedelta(days=rng.randrange(60, 400)))}",
              f"source: {rng.choice(SOURCES)}", "key_persons:"]
    names = set()
    for _ in range(rng.randrange(1, 5)):
        name = person(rng)
        if name in names:
            continue
        names.add(name)
        lines += [f"  - name: {name}", f"    title: {rng.choice(TITLES)}", f"    department: {rng.choice(DEPARTMENTS)}",
                  f"    role: {rng.choice(ROLES)}", f"    stance: {rng.choice(STANCES)}",
                  f"    authority: {rng.choice(['strong', 'weak'])}",
                  f"    information: {rng.choice(['sufficient', 'insufficient'])}"]
    history = [(created, owner, "created", [("stage", "discovery")])]
    checked = []
    day = created

    def close(day):
        """The status event (a win records its amount); a won deal's post-sale stages come after it."""
        day = min(day + datetime.timedelta(days=rng.randrange(1, 30)), today)
        fields = [("from", "open"), ("to", status), ("stage", STAGES[min(stage_index, PRE_SALE - 1)])]
        if status == "won":
            fields.append(("amount", str(amount)))
        else:
            fields.append(("reason", rng.choice(["price", "competitor", "no-budget", "timing", "no-decision"])))
        history.append((day, owner, "status", fields))
        return day

    closed = False
    for i in range(1, stage_index + 1):
        if i == PRE_SALE:
            day, closed = close(day), True
        for step in STEPS.get(STAGES[i - 1], []):
            if rng.random() < 0.7:
                day = min(day + datetime.timedelta(days=rng.randrange(1, 20)), today)
                checked.append((step, day))
        day = min(day + datetime.timedelta(days=rng.randrange(1, 30)), today)
        history.append((day, owner, "stage", [("from", STAGES[i - 1]), ("to", STAGES[i])]))
    if checked:
        lines.append("checklist:")
        for step, done in checked:
            lines += [f"  {step}:", f"    done: {date_text(done)}", f"    note: {rng.choice(BODIES)[:12]}"]
    if status != "open" and not closed:
        close(day)
    # An edit with `deal set` (the amount, the old one under amount_was) on a quarter of deals.
    if rng.random() < 0.25:
        when = min(created + datetime.timedelta(days=rng.randrange(1, max(2, (today - created).days))), today)
        history.append((when, owner, "changed", [("amount", str(amount)),
                                                  ("amount_was", str(rng.randrange(10, 3000) * 100000))]))
    # The dated next action of an open deal (a fifth have none; some are overdue).
    if status == "open" and rng.random() < 0.8:
        when = max(created, today - datetime.timedelta(days=rng.randrange(0, 30)))
        due = when + datetime.timedelta(days=rng.randrange(1, 30))
        history.append((when, owner, "next", [("action", "set"), ("text", rng.choice(NEXTS)), ("due", date_text(due))]))
    lines.append("history:")
    for when, by, event, fields in sorted(history, key=lambda h: h[0]):
        lines += [f"  - date: {date_text(when)}", f"    by: {by}", f"    event: {event}"]
        lines += [f"    {k}: {v}" for k, v in fields]
    return "\n".join(lines) + "\n", [n for n in names]


def report_file(rng, when, deal_id, author, key_persons):
    lines = ["---", f"date: {date_text(when)}", f"deal: {deal_id}", f"author: {author}", f"kind: {rng.choice(KINDS)}"]
    people = rng.sample(key_persons, min(len(key_persons), rng.randrange(1, 3)))
    if rng.random() < 0.3:
        people.append(person(rng))
    lines.append("attendees:")
    for name in people:
        lines += [f"  - name: {name}", f"    title: {rng.choice(TITLES)}", f"    department: {rng.choice(DEPARTMENTS)}"]
    signals = rng.sample(SIGNALS, rng.choices([0, 1, 2], [60, 30, 10])[0])
    if signals:
        lines.append("signals:")
        lines += [f"  - {s}" for s in signals]
    if rng.random() < 0.3:
        lines += ["homework:", f"  - text: {rng.choice(HOMEWORK)}", f"    for: {person(rng)}",
                  f"    due: {date_text(when + datetime.timedelta(days=rng.randrange(3, 15)))}"]
    lines.append(f"next: {rng.choice(NEXTS)}")
    # Bodies from one line to a page, as reps write them.
    paragraphs = rng.choices([1, 2, 3, 5, 8], [35, 30, 20, 10, 5])[0]
    body = "\n\n".join(" ".join(rng.choice(BODIES) for _ in range(rng.randrange(1, 4))) for _ in range(paragraphs))
    lines += ["---", "", body, ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory")
    parser.add_argument("--deals", type=int, required=True)
    parser.add_argument("--reports", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", default="2026-11-20")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    today = datetime.date.fromisoformat(args.today)
    root = args.directory
    if not os.path.exists(os.path.join(root, "salesctl.yaml")):
        write(os.path.join(root, "salesctl.yaml"), "timezone: Asia/Tokyo\ncurrency: JPY\n")
        write(os.path.join(root, ".gitignore"), "/.salesctl/\n")
    reps = sorted({person(rng) for _ in range(40)})
    deals = []
    for i in range(args.deals):
        stem = rng.randrange(len(COMPANY_STEMS))
        code, project = rng.choice(PROJECTS)
        deal_id = f"{ROMAJI[stem]}-{code}-{i:05d}"
        customer = f"株式会社{COMPANY_STEMS[stem]}{rng.choice(COMPANY_KINDS)}"
        created = today - datetime.timedelta(days=rng.randrange(30, 1100))
        text, key_persons = deal_file(rng, deal_id, customer, project, created, reps, today)
        write(os.path.join(root, "deals", deal_id + ".yaml"), text)
        deals.append((deal_id, created, key_persons or [person(rng)], rng.choice(reps)))
    used = set()
    for _ in range(args.reports if deals else 0):
        deal_id, created, key_persons, author = rng.choice(deals)
        span = max(1, (today - created).days)
        when = created + datetime.timedelta(days=rng.randrange(span + 1))
        while True:
            suffix = f"{rng.randrange(1 << 24):06x}"
            name = f"{date_text(when)}-{deal_id}-{suffix}.md"
            if name not in used:
                used.add(name)
                break
        path = os.path.join(root, "reports", f"{when.year:04d}", f"{when.month:02d}", name)
        write(path, report_file(rng, when, deal_id, author, key_persons))


if __name__ == "__main__":
    main()
