"""cds-our-behaviours.md: CDS handbook 'Our Behaviours' page as a Notion Markdown export (title, a
properties block written as 'Key: Value' lines, <aside> callouts, a simple table of seniority levels,
values as H2 with their statement as a quote, one toggle per seniority level written as a bullet with
indented children, bold behaviour names inside the toggles, Notion page links with ids at the end)."""
import akcommon as C

STEM = "cds-our-behaviours"
TITLE = "Our Behaviours"

LEVEL_TABLE = [
    ("Senior Leadership", "Accountable for organisation-wide strategy, outcomes and direction", "Organisation"),
    ("Principal", "Highly experienced, V-shaped professionals who lead and bring deep expertise, with "
                  "significant accountability across the organisation", "Organisation"),
    ("Lead", "Experienced, adaptable practitioners whose roles reach beyond the day-to-day to help CDS grow",
     "Department"),
    ("Mid", "A broad level covering skilled practitioners in most of the \u201cdoing\u201d roles in the business",
     "Team"),
    ("Associate", "Entry-level roles across all disciplines and departments", "Self"),
]
ORDER = ["Associate", "Mid", "Lead", "Principal", "Senior Leadership"]   # toggles, low -> high

VALUES = [
    ("Tenacity",
     "We are determined and thorough. We don\u2019t go looking for the easy way out, and we are proud of "
     "everything we achieve.",
     ("Practitioner Excellence", "Proactivity and Drive"),
     {
         "Associate": (
             "Performs well in their core skill set and is keen to broaden it. Looks for chances to learn "
             "new techniques and approaches, building a solid base of capability.",
             "Brings enthusiasm to their work and stays resilient when things get hard, keeping a "
             "constructive attitude that lifts the people around them. Tackles obstacles with "
             "determination and a problem-solving mindset."),
         "Mid": (
             "Performs strongly in their core skill set and actively works to broaden it. Champions that "
             "skill set within CDS, sharing expertise with colleagues and joining conversations about "
             "capability.",
             "Drives work forward with energy, treats obstacles as opportunities and helps keep team "
             "morale up through difficult periods. Takes the initiative to overcome challenges and "
             "encourages others by example."),
         "Lead": (
             "Is recognised as an expert in their discipline and develops the skills of the people around "
             "them. Shapes how their department builds capability and raises the standard of its work.",
             "Takes ownership of difficult problems across their department and sees them through. Keeps "
             "teams motivated and focused when priorities shift."),
         "Principal": (
             "Sets the bar for practice in their field across the organisation. Brings deep expertise and "
             "broad experience to the hardest problems and makes sure what is learned is shared.",
             "Pursues ambitious, organisation-wide improvements over the long term. Stays with complex "
             "problems until they are solved and encourages others to do the same."),
         "Senior Leadership": (
             "Makes sure CDS has the capabilities its strategy needs, now and in the future. Invests in "
             "the organisation\u2019s expertise and holds it to the highest standard.",
             "Sets a determined direction for the organisation and shows persistence when the pressure is "
             "on. Clears blockers out of the way so that teams can deliver."),
     },
     None),
    ("Openness",
     "We share what we know and say what we think, honestly and kindly. We would rather raise a problem "
     "early than hide it.",
     ("Clear Communication", "Sharing Knowledge"),
     {
         "Associate": (
             "Keeps their team informed about progress and problems. Asks questions when something is "
             "unclear.",
             "Writes down what they learn so that others can use it. Shares useful findings with their "
             "team."),
         "Mid": (
             "Gives and receives feedback openly and respectfully. Adapts their message to the audience.",
             "Contributes regularly to team documentation and show-and-tells. Helps colleagues find the "
             "information they need."),
         "Lead": (
             "Makes room for honest conversations in their department and raises concerns early. Explains "
             "the reasons behind decisions.",
             "Sets up ways for knowledge to flow between teams, such as communities of practice. Makes sure "
             "lessons from projects are captured and reused."),
         "Principal": (
             "Speaks candidly to senior colleagues and clients about risks and trade-offs. Helps others to "
             "deliver difficult messages well.",
             "Shares expertise beyond CDS through talks, writing and the wider professional community."),
     },
     "Senior Leadership behaviours for Openness are being reviewed and will be added after the "
     "leadership team\u2019s away day."),
]

CALLOUT_TOP = ("At CDS our values come to life through specific behaviours. This page sets out what those "
               "behaviours look like at each seniority level, so that expectations are clear and career "
               "progression is transparent.")
CALLOUT_TIP = ("Each level builds on the ones before it. Open a level to see the behaviours expected there; "
               "your line manager will use the same descriptions in your progression review.")


def render(path):
    L = [f"# {TITLE}", "",
         "Owner: People Team",
         "Status: Published",
         "Tags: Handbook, Values",
         "Last edited time: 14 March 2025 10:32",
         "",
         "<aside>",
         f"\U0001F4A1 {CALLOUT_TOP}",
         "",
         "</aside>",
         "",
         "## Seniority levels",
         "",
         "| Level | Brief description | Scope |",
         "| --- | --- | --- |"]
    L += [f"| {a} | {b} | {c} |" for a, b, c in LEVEL_TABLE]
    L += ["", "<aside>", f"\u2139\uFE0F {CALLOUT_TIP}", "", "</aside>", ""]
    for name, statement, (b1, b2), by_level, note in VALUES:
        L += [f"## {name}", "", f"> {statement}", ""]
        if note:
            L += ["<aside>", f"\u26A0\uFE0F {note}", "", "</aside>", ""]
        for lv in ORDER:
            if lv not in by_level:
                continue
            t1, t2 = by_level[lv]
            L += [f"- {lv}", "    ",
                  f"    **{b1}**", "    ",
                  f"    {t1}", "    ",
                  f"    **{b2}**", "    ",
                  f"    {t2}"]
        L.append("")
    L += ["---", "",
          "Related: [Skills Matrix](Skills%20Matrix%207c1e2f9a0b3d4e5f8a9b0c1d2e3f4a5b.md) \u00b7 "
          "[Progression Reviews](Progression%20Reviews%20a93c5d1e2f3a4b5c6d7e8f9a0b1c2d3e.md) \u00b7 "
          "[Our Values](Our%20Values%2001f2e3d4c5b6a7980f1e2d3c4b5a6978.md)", ""]
    path.write_text("\n".join(L), encoding="utf-8")


def gold():
    d = STEM
    comps = []
    for name, statement, (b1, b2), by_level, note in VALUES:
        lvls = []
        for rank, lv in enumerate(ORDER, 1):
            if lv in by_level:
                t1, t2 = by_level[lv]
                lvls.append(C.level(d, rank, lv, [(t1, b1), (t2, b2)]))
        comps.append(C.competency(d, name, statement, levels=lvls,
                                  notes=[C.item(d, note)] if note else []))
    return comps


def build():
    path = C.DOCS / f"{STEM}.md"
    render(path)
    return C.write_gold(path, "md", TITLE, gold())
