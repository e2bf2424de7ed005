"""Nova Scotia Health - physician leader onboarding page "LEADS in a Caring Environment" (Markdown export).

Modelled on https://physicians.nshealth.ca/topics/physician-leader-onboarding/leads-caring-environment: image
credit lines ("Image source: LEADS Canada"), a quotation from the Canadian College of Health Leaders, "LEADS is:"
list of the five domains, "Why do we use LEADS at Nova Scotia Health?" bullets, "Recommended reading" for the
whole page, a link to "LEADS through the perspectives of Equity, Diversity and Inclusion", and per domain the
capabilities with "knowledge checklists of actions for the physician leader". Exported as Markdown the way
pandoc writes a Drupal page (gfm with header attributes, task-list checkboxes, fenced divs, link lines for the
site chrome). The page covers the Lead Self and Achieve Results domains here; per capability a checklist and a
Vancouver-style reading list (real publications). Wording ours.
"""
import bslib as L

STEM = "nshealth-leads-physician-leader"
OUT = L.DOCS / f"{STEM}.md"

PAGE_READING = ("Dickson G, Tholl B. Bringing leadership to life in health: LEADS in a caring environment. "
                "2nd ed. Cham: Springer; 2020.")

DOMAINS = [
    ("Lead Self", "lead-self",
     "Self-motivated leaders know themselves, manage their own performance and well-being, keep learning and "
     "model the character they expect of others.",
     [("Are self-aware",
       "They know their own assumptions, values, principles, strengths and limits.",
       ["Complete the LEADS self-assessment in the Nova Scotia Health Learning Management System (LMS) in your "
        "first three months",
        "Ask two colleagues for feedback on how you come across in department meetings",
        "Write down the values that guide your clinical and leadership decisions and share them with your "
        "department head"],
       [("Goleman D. What makes a leader? Harv Bus Rev. 1998;76(6):93-102.",
         "What makes a leader?", ["D Goleman"], "Harv Bus Rev", 1998),
        ("Eurich T. Insight: why we're not as self-aware as we think, and how seeing ourselves clearly helps us "
         "succeed at work and in life. New York: Crown Business; 2017.",
         "Insight: why we're not as self-aware as we think, and how seeing ourselves clearly helps us succeed "
         "at work and in life", ["T Eurich"], "Crown Business", 2017)]),
      ("Manage themselves",
       "They take responsibility for their own performance and their own health.",
       ["Block protected time in your schedule for leadership work and keep to it",
        "Review the physician wellness resources available through the Medical Staff Office",
        "Agree with your department head how your clinical and leadership time will be balanced"],
       [("Shanafelt TD, Noseworthy JH. Executive leadership and physician well-being: nine organizational "
         "strategies to promote engagement and reduce burnout. Mayo Clin Proc. 2017;92(1):129-46.",
         "Executive leadership and physician well-being: nine organizational strategies to promote engagement "
         "and reduce burnout", ["TD Shanafelt", "JH Noseworthy"], "Mayo Clin Proc", 2017)]),
      ("Develop themselves",
       "They look actively for opportunities and challenges that help them learn, build character and grow.",
       ["Set one leadership learning goal for your first year and record it in your annual review",
        "Find a mentor among the physician leaders in your zone",
        "Register for a Physician Leadership Development Program session"],
       [("Gawande A. Better: a surgeon's notes on performance. New York: Metropolitan Books; 2007.",
         "Better: a surgeon's notes on performance", ["A Gawande"], "Metropolitan Books", 2007)]),
      ("Demonstrate character",
       "They model honesty, integrity, resilience and confidence.",
       ["Read the Nova Scotia Health Code of Conduct and the medical staff bylaws",
        "Think of a time you admitted a mistake to your team and what it taught you",
        "Follow through on every commitment you make in your first leadership meeting"],
       [("Kouzes JM, Posner BZ. Credibility: how leaders gain and lose it, why people demand it. 2nd ed. San "
         "Francisco: Jossey-Bass; 2011.",
         "Credibility: how leaders gain and lose it, why people demand it", ["JM Kouzes", "BZ Posner"],
         "Jossey-Bass", 2011)])]),
    ("Achieve Results", "achieve-results",
     "Goal-oriented leaders set direction, make decisions grounded in values and evidence, act on them and check "
     "whether they worked.",
     [("Set direction",
       "They inspire a vision by setting and communicating clear, meaningful expectations and outcomes.",
       ["Read your department's operational plan and the Nova Scotia Health strategic plan",
        "Agree two or three priorities for your first year with your department head",
        "Explain those priorities to your department at a staff meeting"],
       [("Kotter JP. Leading change. Boston: Harvard Business School Press; 1996.",
         "Leading change", ["JP Kotter"], "Harvard Business School Press", 1996)]),
      ("Strategically align decisions with vision, values, and evidence",
       "They bring together the organization's mission and values with reliable, valid evidence when making "
       "decisions.",
       ["Find out who supports data and decision support requests in your zone",
        "Use a recent quality or utilization report in a department decision",
        "Check a proposed change against the organization's values before approving it"],
       [("Sackett DL, Rosenberg WM, Gray JA, Haynes RB, Richardson WS. Evidence based medicine: what it is and "
         "what it isn't. BMJ. 1996;312(7023):71-2.",
         "Evidence based medicine: what it is and what it isn't",
         ["DL Sackett", "WM Rosenberg", "JA Gray", "RB Haynes", "WS Richardson"], "BMJ", 1996)]),
      ("Take action to implement decisions",
       "They act in line with the organization's values to deliver effective, efficient, people-centred service.",
       ["Lead or sponsor one improvement project in your department",
        "Learn the approval steps for new programs and equipment in your zone",
        "Take the Quality Improvement Foundations course in the LMS"],
       [("Langley GJ, Moen RD, Nolan KM, Nolan TW, Norman CL, Provost LP. The improvement guide: a practical "
         "approach to enhancing organizational performance. 2nd ed. San Francisco: Jossey-Bass; 2009.",
         "The improvement guide: a practical approach to enhancing organizational performance",
         ["GJ Langley", "RD Moen", "KM Nolan", "TW Nolan", "CL Norman", "LP Provost"], "Jossey-Bass", 2009)]),
      ("Assess and evaluate",
       "They measure and evaluate results, compare them with benchmarks and correct course when needed.",
       ["Identify three measures that show how your department is performing",
        "Review your department's results with your team at least twice a year",
        "Ask what the measures mean for patients as well as for the budget"],
       [("Berwick DM, Nolan TW, Whittington J. The triple aim: care, health, and cost. Health Aff (Millwood). "
         "2008;27(3):759-69.",
         "The triple aim: care, health, and cost", ["DM Berwick", "TW Nolan", "J Whittington"],
         "Health Aff (Millwood)", 2008)])]),
]


def page():
    out = ["[Skip to main content](#main-content)", "",
           "[![Nova Scotia Health](/themes/custom/nshealth/logo.svg)](/ \"Home\")", "",
           "-   [Home](/)",
           "-   [Topics](/topics)",
           "-   [Physician resources](/physician-resources)",
           "-   [Contact](/contact)", "",
           "[Home](/) / [Topics](/topics) / [Physician leader onboarding](/topics/physician-leader-onboarding)", "",
           "# LEADS in a Caring Environment {#main-content}", "",
           "![LEADS in a Caring Environment capabilities framework](/sites/default/files/2023-03/leads-logo.png)",
           "", "Image source: LEADS Canada", "",
           "> LEADS is a leadership capabilities framework and an integrated",
           "> investment in the future of health leadership in Canada. It offers a",
           "> complete approach to leadership development for the Canadian health",
           "> sector: for the whole system, for health organizations and for",
           "> individual leaders.\"",
           ">", "> -Canadian College of Health Leaders", "",
           "LEADS is:", "",
           "-   an acronym for five domains:",
           "    -   Lead Self", "    -   Engage Others", "    -   Achieve Results",
           "    -   Develop Coalitions", "    -   Systems Transformation",
           "-   four capabilities in each domain, each with behaviours that can be observed and measured",
           "-   a framework built by health, for health, on evidence", "",
           "![LEADS illustrated](/sites/default/files/2023-03/leads-domains.png)", "",
           "Image source: LEADS Overview, Nova Scotia Health Learning Management System \\[LMS\\]", "",
           "## Why do we use LEADS at Nova Scotia Health? {#why-leads}", "",
           "-   it is our organizational model for personal and organizational leadership development",
           "-   it is our standard for measuring leadership expectations and accountabilities",
           "-   it describes behaviours expected of **all** physicians, employees, learners and volunteers",
           "-   it is a reference point for performance planning and development", "",
           "Below you will find each domain we ask new physician leaders to focus on in their first year, with "
           "a knowledge checklist of actions for the physician leader and reading for each capability.", "",
           "## Recommended reading {#recommended-reading}", "",
           "![Book cover](/sites/default/files/2023-03/bringing-leadership-to-life.jpg)", "",
           "Image source: Amazon.ca", "",
           PAGE_READING, "",
           "See also [LEADS through the perspectives of Equity, Diversity and "
           "Inclusion](https://cchl-ccls.ca/leads-edi/):", "",
           "> \"A leader informed by EDI reflects on their own social, economic,",
           "> gender, (dis)ability and racial position, and considers how it",
           "> affects their work.\" -Canadian College of Health Leaders", ""]
    for dom, anchor, desc, caps in DOMAINS:
        out += [f"## {dom} {{#{anchor}}}", "", desc, ""]
        for name, definition, checks, reads in caps:
            out += [f"### {name}", "", f"*{definition}*", "",
                    "::: {.checklist}", "**Knowledge checklist for the physician leader**", ""]
            out += [f"-   [ ] {c}" for c in checks]
            out += [":::", "", "**Recommended reading**", ""]
            out += [f"-   {r[0]}" for r in reads]
            out += [""]
    out += ["------------------------------------------------------------------------", "",
            "Last updated: March 2023", "",
            "-   [Privacy](https://www.nshealth.ca/privacy)",
            "-   [Accessibility](https://www.nshealth.ca/accessibility)",
            "-   [Nova Scotia Health](https://www.nshealth.ca)", "",
            "© Nova Scotia Health Authority", ""]
    return "\n".join(wrap(out))


def wrap(lines, width=72):
    """Hard-wrap paragraphs and list items at 72 columns, as pandoc's Markdown writer does."""
    import re
    import textwrap
    res = []
    for ln in lines:
        if len(ln) <= width or ln.startswith(("#", "!", "[", ">", ":::")):
            res.append(ln)
            continue
        m = re.match(r"^(-   (?:\[ \] )?)", ln)
        if m:
            lead = m.group(1)
            res += textwrap.wrap(ln[len(lead):], width, initial_indent=lead, subsequent_indent="    ",
                                 break_long_words=False, break_on_hyphens=False)
        else:
            res += textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False)
    return res


def gold():
    d = STEM
    comps = []
    for dom, anchor, desc, caps in DOMAINS:
        for name, definition, checks, reads in caps:
            comps.append(L.competency(
                d, name, definition, activities=L.items(d, checks),
                readings=[L.reading(d, t, ti, au, pu, y) for t, ti, au, pu, y in reads]))
    return comps


def main():
    OUT.write_text(page(), encoding="utf-8")
    L.write_gold(OUT, "md", "LEADS in a Caring Environment", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()
