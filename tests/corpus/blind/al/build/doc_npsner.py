"""National Park Service, Northeast Region (NER) - "Executive Core Qualifications ECQ's Data Dictionary", excerpt.

Layout (after the NER Word dictionary, as listed on mylearning.nps.gov and in the stored PDF copy): title block,
"Using the Competency Dictionary" (what Definition / Importance / Elements / Developmental Description mean),
then per competency a heading "Name (ECQ)", "Definition:" run-in paragraph, "Name—Importance:" run-in paragraph,
"Name—Elements:" with a lettered list A., B., ... each element followed by its codes "(E-K) (E-S) ...", and
"Name—Developmental Description:" with one run-in labelled paragraph per career level ("All Employees:",
"Team Lead:", "Supervisor:", "Manager/Executive:").  Footer with page number (injected into the ODT master page).
hand-written HTML -> LibreOffice (ODT) -> PDF.
"""
import re
import shutil
import zipfile
from html import escape
from pathlib import Path

import allib as L

STEM = "nps-ner-ecq-data-dictionary"
TITLE = "EXECUTIVE CORE QUALIFICATIONS ECQ\u2019s Data Dictionary"

USING = [
    ("Definition", "the current OPM definition of the competency, with the ECQ to which it belongs shown in "
                   "parentheses after the competency name."),
    ("Importance", "why the competency matters for government work in today\u2019s context."),
    ("Elements", "the knowledge, skills, abilities and other characteristics (KSAOs) that make up the competency, "
                 "stated in their most basic form. The codes after each element show whether it is a knowledge "
                 "(E-K), skill (E-S), ability (E-A) or other (E-O) element."),
    ("Developmental Description", "how the competency shows itself at each career level, from all employees to "
                                  "team leads, supervisors, and managers and executives."),
]

ENTRIES = [
    {
        "name": "Conflict Management", "ecq": "Leading People",
        "definition": "Encourages creative tension and differing opinions. Anticipates and acts to prevent "
                      "counter-productive confrontations. Manages and resolves conflicts and disagreements in a "
                      "constructive way.",
        "importance": "Conflict is a normal part of working life wherever people with different backgrounds, roles "
                      "and interests come together. Handled well, disagreement brings better ideas to the surface "
                      "and strengthens working relationships; handled poorly, it drains energy, damages trust and "
                      "pulls attention away from the mission of the parks. Employees at every level who recognize "
                      "conflict early and address it constructively help keep the organization focused on serving "
                      "visitors and protecting resources.",
        "elements": [
            "Recognize the sources and early signs of conflict in the workplace. (E-K) (E-S)",
            "Listen to all parties and restate their positions to confirm understanding. (E-S) (E-A)",
            "Separate the people from the problem and focus on interests rather than positions. (E-S)",
            "Use suitable techniques, such as mediation or facilitated discussion, to resolve disputes. (E-K) (E-S)",
            "Encourage the open expression of differing views as a source of better decisions. (E-A) (E-O)",
            "Know when to seek help from a supervisor, Employee Relations or the Ombudsman. (E-K)",
        ],
        "levels": [
            ("All Employees", "Deals with disagreements with co-workers directly and respectfully. Listens to "
                              "other points of view and looks for common ground before a disagreement escalates."),
            ("Team Lead", "Helps team members talk through differences about work methods and priorities. Keeps "
                          "the discussion on the task and brings unresolved issues to the supervisor."),
            ("Supervisor", "Addresses conflict among employees promptly and fairly, using coaching and "
                           "facilitated discussion. Creates a work climate in which employees can raise concerns "
                           "without fear of reprisal."),
            ("Manager/Executive", "Anticipates the conflict that organizational change, partnerships and policy "
                                  "decisions may bring and puts strategies in place to deal with it. Models "
                                  "constructive disagreement and resolves conflicts that cross divisions, parks or "
                                  "outside organizations."),
        ],
    },
    {
        "name": "Teambuilding", "ecq": "Leading People",
        "definition": "Inspires, motivates, and guides others toward accomplishing goals. Consistently builds and "
                      "sustains cooperative working relationships. Encourages and facilitates cooperation within "
                      "the organization and with customer groups; fosters commitment, team spirit, pride and "
                      "trust. Develops leadership in others through coaching, mentoring, rewarding and guiding "
                      "employees.",
        "importance": "Team-based ways of working (formal and informal groups, work groups, committees, and "
                      "collaborative efforts of varying scope and complexity) can be powerful building blocks for "
                      "organizational performance. A high-performing team combines the knowledge and skills of its "
                      "members to solve problems that no individual could solve alone. As the Region relies more "
                      "and more on interdisciplinary and cross-park teams, the ability to build and sustain "
                      "effective teams becomes essential at every level.",
        "elements": [
            "Value the importance of teams and set up teams of suitable size, structure and composition, as "
            "needed, to reach goals. (E-K) (E-S) (E-O)",
            "Model the importance of teams by taking part in team processes at the appropriate level. (E-K) (E-S)",
            "Define team purpose, roles and ground rules so that every member knows what is expected. (E-K) (E-S)",
            "Recognize and reward team accomplishments as well as individual contributions. (E-S) (E-O)",
            "Coach and mentor team members to build their skills and their leadership. (E-S) (E-A)",
        ],
        "levels": [
            ("All Employees", "Participates actively as a team member, shares information and completes assigned "
                              "tasks on time. Supports team decisions once they are made."),
            ("Team Lead", "Organizes the work of the team, clarifies roles and keeps members focused on shared "
                          "goals. Draws out the participation of every member."),
            ("Supervisor", "Builds teams with the right mix of skills, sets clear expectations and recognizes team "
                           "success. Coaches employees to take on leadership roles within teams."),
            ("Manager/Executive", "Creates an organizational culture that values teamwork across divisions and "
                                  "parks. Sponsors interdisciplinary teams and removes the barriers that keep them "
                                  "from succeeding."),
        ],
    },
]

CSS = """
body { font-family: 'Times New Roman', serif; font-size: 12pt; }
h1 { font-family: Arial, sans-serif; font-size: 22pt; text-align: center; color: #4b3621; margin-bottom: 2pt; }
p.sub { font-family: Arial, sans-serif; font-size: 16pt; text-align: center; color: #4b3621; }
p.tag { text-align: center; font-style: italic; font-size: 12pt; }
p.org { text-align: center; font-size: 11pt; }
h2 { font-family: Arial, sans-serif; font-size: 15pt; color: #4b3621; border-bottom: 1pt solid #4b3621;
     margin-top: 18pt; }
p { margin-top: 3pt; margin-bottom: 6pt; text-align: justify; }
ol { margin-top: 0pt; }
li { margin-bottom: 3pt; }
p.lv { margin-left: 0.3in; }
"""


def html():
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{escape(TITLE)}</title>",
           f"<style>{CSS}</style></head><body>"]
    out += ["<h1>EXECUTIVE CORE QUALIFICATIONS<br>ECQ\u2019s</h1>",
            "<p class=\"sub\">Data Dictionary</p>",
            "<p class=\"tag\">A Reference Aligning NPS NER\u2019s Leading Excellence Strategy with desired "
            "service-wide attitudes, behaviors, and conditions</p>",
            "<p class=\"org\">National Park Service &#8226; Northeast Region &#8226; Learning and Development</p>"]
    out.append("<h2>Using the Competency Dictionary</h2>")
    out.append("<p>Each competency in this dictionary is presented in the same four parts:</p>")
    for head, text in USING:
        out.append(f"<p class=\"lv\"><b>{escape(head)}:</b> {escape(text)}</p>")
    out.append("<p>Behaviors at the lower levels are assumed at the higher levels and are not repeated.</p>")
    for e in ENTRIES:
        n = e["name"]
        out.append(f"<h2 style=\"page-break-before: always\">{escape(n)} ({escape(e['ecq'])})</h2>")
        out.append(f"<p><b>Definition:</b> {escape(e['definition'])}</p>")
        out.append(f"<p><b>{escape(n)}\u2014Importance:</b> {escape(e['importance'])}</p>")
        out.append(f"<p><b>{escape(n)}\u2014Elements:</b></p>")
        out.append("<ol type=\"A\">" + "".join(f"<li>{escape(x)}</li>" for x in e["elements"]) + "</ol>")
        out.append(f"<p><b>{escape(n)}\u2014Developmental Description:</b></p>")
        for label, text in e["levels"]:
            out.append(f"<p class=\"lv\"><b>{escape(label)}:</b> {escape(text)}</p>")
    out.append("</body></html>")
    return "\n".join(out)


FOOTER_STYLE = ('<style:footer-style><style:header-footer-properties fo:min-height="0.3in" '
                'fo:margin-top="0.15in"/></style:footer-style>')
FOOTER = ('<style:footer><text:p text:style-name="Footer">NPS Northeast Region \u2022 ECQ Data Dictionary'
          ' \u2022 Page <text:page-number text:select-page="current">1</text:page-number></text:p>'
          '</style:footer>')


def add_footer(odt):
    """Give the ODT's master pages a footer (LibreOffice's HTML import has no way to declare one)."""
    tmp = odt.with_suffix(".tmp.odt")
    with zipfile.ZipFile(odt) as zin, zipfile.ZipFile(tmp, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "styles.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<style:page-layout-properties[^>]*?)(/>)", r"\1\2" + FOOTER_STYLE, s)
                s = re.sub(r"(<style:page-layout-properties[^>]*?>.*?</style:page-layout-properties>)",
                           lambda m: m.group(1) + FOOTER_STYLE, s, flags=re.S) if FOOTER_STYLE not in s else s
                s = re.sub(r"(<style:master-page [^>]*?)/>", r"\1>" + FOOTER + "</style:master-page>", s)
                s = re.sub(r"(<style:master-page [^>]*?[^/]>)(?!" + re.escape(FOOTER) + ")",
                           lambda m: m.group(1) + FOOTER, s)
                data = s.encode("utf-8")
            zout.writestr(info, data, compress_type=zipfile.ZIP_STORED if info.filename == "mimetype"
                          else zipfile.ZIP_DEFLATED)
    shutil.move(tmp, odt)


def build():
    tmp = L.BATCH / "build" / "tmp"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{STEM}.html"
    src.write_text(html(), encoding="utf-8")
    L.soffice(src, "odt:writer8", tmp, infilter="HTML (StarWriter)")
    odt = tmp / f"{STEM}.odt"
    add_footer(odt)
    L.soffice(odt, "pdf", L.DOCS)
    out = L.DOCS / f"{STEM}.pdf"
    gold = []
    for e in ENTRIES:
        levels = [L.level(STEM, i + 1, label, [text]) for i, (label, text) in enumerate(e["levels"])]
        gold.append(L.competency(STEM, e["name"], e["definition"],
                                 indicators=[L.item(STEM, x) for x in e["elements"]],
                                 levels=levels,
                                 notes=[L.item(STEM, e["importance"])]))
    L.write_gold(out, "pdf", TITLE, gold)
    return out


if __name__ == "__main__":
    print(build())
