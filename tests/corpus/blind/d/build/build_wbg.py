"""World Bank Group core competencies with grade-level descriptions (PDF via python-docx -> LibreOffice).

NO heading styles: every competency name is a bold 15 pt line in a Normal paragraph, one competency
per page (the PDF has no outline and no tags). Under the name: an italic scope line, a description
paragraph, "Behavioral indicators at each level build around:" with the behavioural themes as
bullets, then the grade levels, low to high, each a paragraph "Level 1 (GA): <summary>" (label
bold, summary on the same line) followed by bullets. The introduction lists the five competency
names as bullets. Footer "pg. N/M"."""
import shutil
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "wbg-core-competencies"
DOC = C.DOCS / f"{STEM}.pdf"

ALL5 = ["Deliver Results for Clients", "Collaborate Within Teams and Across Boundaries", "Lead and Innovate",
        "Create, Apply and Share Knowledge", "Make Smart Decisions"]

COMPS = [
    {"name": "Deliver Results for Clients",
     "scope": "Includes client orientation and results orientation, with a focus on accountability and on making "
              "an impact on the mission",
     "desc": "Effective WBG staff set high standards and demanding goals, and they measure impact. They respond to the "
             "needs and challenges of internal and external clients while keeping the goals of ending poverty and "
             "boosting prosperity as the final objective. They hold themselves accountable, take personal ownership "
             "of identifying and managing risks, and deliver evidence-based results that are financially, "
             "environmentally and socially sustainable.",
     "themes": ["Achieving impactful results", "Client focus", "Ownership/accountability"],
     "levels": [
         ("Level 1 (GA)", "Responds to client requests in a timely manner", [
             "Shows a positive attitude and responsiveness to client requests",
             "Has a basic understanding of the role of the department and of the wider organization",
             "Carries out tasks and completes requests consistently and on time"]),
         ("Level 2 (GB)", "Proactively responds to and completes client requests", [
             "Displays a positive, professional service orientation",
             "Understands what the client needs and follows up to make sure the need is met",
             "Takes personal responsibility for the quality and timeliness of own work"]),
         ("Level 3 (GC/GD)", "Anticipates client needs and delivers results with little supervision", [
             "Looks for ways to improve the service given to clients",
             "Handles several client requests at once and sets priorities in line with unit goals",
             "Flags risks to delivery early and proposes solutions"]),
         ("Level 4 (GE)", "Owns agreed results and the deadlines that go with them, and organizes own work to "
                          "meet them", [
             "Understands the client's context and the development impact of the work",
             "Uses evidence to track results and adjusts the approach when needed",
             "Keeps clients and managers informed of progress and problems"]),
         ("Level 5 (GF/GG)", "Contributes to team and unit results that make a difference for clients and the "
                             "mission", [
             "Sets challenging goals for self and team and measures their impact",
             "Identifies and manages operational, financial and reputational risks",
             "Builds lasting client relationships founded on trust and results"]),
     ]},
    {"name": "Collaborate Within Teams and Across Boundaries",
     "scope": "Includes collaboration across organizational boundaries, openness to diverse perspectives and "
              "constructive handling of conflict",
     "desc": "Effective WBG staff work well with colleagues across units, institutions and locations, share "
             "information and resources, and put the goals of the Group ahead of those of their own unit. They "
             "listen to and respect different views, and they work through disagreement constructively.",
     "themes": ["Working across boundaries", "Valuing diverse perspectives", "Resolving conflict constructively"],
     "levels": [
         ("Level 1 (GA)", "Works cooperatively with team members", [
             "Shares information readily with colleagues",
             "Treats team members with courtesy and respect",
             "Asks for help when needed and offers help to others"]),
         ("Level 2 (GB)", "Builds effective working relationships within and outside the unit", [
             "Seeks the views of colleagues before acting",
             "Adapts own working style to that of the team",
             "Raises disagreements openly and respectfully"]),
         ("Level 3 (GC/GD)", "Collaborates across units to get work done", [
             "Builds networks across the organization to share knowledge",
             "Acknowledges the contributions of others",
             "Helps to resolve minor conflicts within the team"]),
         ("Level 4 (GE)", "Initiates collaboration across boundaries and brings differing views into the work", [
             "Looks for and values diverse perspectives, including those of clients and partners",
             "Treats conflict as a problem to be solved together",
             "Shares credit for team results"]),
         ("Level 5 (GF/GG)", "Fosters a culture of collaboration across the WBG", [
             "Creates a safe environment in which people feel free to voice dissenting opinions",
             "Works across the institutions of the Group to deliver integrated solutions",
             "Holds self and others accountable for collaborative behavior"]),
     ]},
]

NAVY = RGBColor(0x00, 0x2F, 0x54)


def build():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("pg. ")
    C.add_field(fp, "PAGE")
    fp.add_run("/")
    C.add_field(fp, "NUMPAGES", "3")
    bullet = C.add_numbering(d, C.bullet_lvl(glyph="\u2022", left=540, hanging=270, font="Calibri"), "6B1F0A77")

    p = d.add_paragraph()
    r = p.add_run("WBG CORE COMPETENCIES")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = NAVY
    d.add_paragraph().add_run("Competencies with definitions and grade-level descriptions").italic = True
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Introduction").bold = True
    d.add_paragraph(
        "The World Bank Group (WBG) Core Competencies describe the critical behaviors expected of all WBG staff. "
        "Job-specific competencies, which define the technical knowledge and skills of particular jobs, and "
        "managerial competencies, for staff in managerial positions, complement them. The core competencies are "
        "used in performance management, in recruitment and selection, and in career development.")
    d.add_paragraph("The five World Bank Group core competencies are:")
    for n in ALL5:
        C.set_num(d.add_paragraph(n), bullet)
    d.add_paragraph(
        "Each competency includes behavioral themes, which are listed under the competency title and further "
        "described in the pages below. This extract covers the first two competencies.")

    for c in COMPS:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        p = d.add_paragraph()
        r = p.add_run(c["name"])
        r.bold = True
        r.font.size = Pt(15)
        r.font.color.rgb = NAVY
        p = d.add_paragraph()
        p.add_run(c["scope"]).italic = True
        d.add_paragraph(c["desc"])
        d.add_paragraph("Behavioral indicators at each level build around:")
        for th in c["themes"]:
            C.set_num(d.add_paragraph(th), bullet)
        for lab, summary, bullets in c["levels"]:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
            p.add_run(lab + ":").bold = True
            p.add_run(" " + summary)
            for b in bullets:
                bp = d.add_paragraph(b)
                bp.paragraph_format.space_after = Pt(0)
                C.set_num(bp, bullet)
    C.clear_core_props(d, "WBG Core Competencies")

    tmp = Path(tempfile.mkdtemp(prefix="batchd-wbg-"))
    src = tmp / f"{STEM}.docx"
    d.save(src)
    C.soffice(src, "pdf", tmp)
    shutil.copy(tmp / f"{STEM}.pdf", DOC)
    shutil.rmtree(tmp, ignore_errors=True)

    comps = []
    for c in COMPS:
        levels = [{"rank": i + 1, "label": lab,
                   "behaviors": [C.item(STEM, summary)] + [C.item(STEM, b) for b in bullets]}
                  for i, (lab, summary, bullets) in enumerate(c["levels"])]
        comps.append(C.competency(STEM, c["name"], c["scope"] + " " + c["desc"],
                                  key_words=list(c["themes"]), levels=levels))
    C.write_gold(DOC, "pdf", "WBG CORE COMPETENCIES", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)
