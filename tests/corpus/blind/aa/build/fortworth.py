"""City of Fort Worth, Texas - "Sample Competencies" (Word document: one two-column table,
Competency | Description, the description a run of short behaviour sentences).

Rendered python-docx (Word table with a repeated header row): docs/fortworth-sample-competencies.docx."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.shared import Cm, Pt

import common as C
import helpers as H

STEM = "fortworth-sample-competencies"
TITLE = "Sample Competencies \u2013 Fort Worth, Texas"

ROWS = [
    ("Communication Skills",
     "Presents ideas well in formal and informal settings. Expresses thoughts clearly and briefly. Listens "
     "well and asks good questions. Writes well. Keeps supervisor and coworkers informed. Shares complete "
     "and accurate information with others."),
    ("Customer Focus",
     "Knows his/her customers and can describe what they expect. Meets all of the expectations of internal "
     "and external customers. Earns the trust and respect of customers. Actively asks customers for feedback "
     "on the quality of the service he/she gives."),
    ("Interpersonal Skills",
     "Works well with a diverse workforce. Treats all people with dignity and respect. Always approachable, "
     "never rude. Takes negative feedback as a chance to learn. Comfortable with people at all levels. "
     "Aware of and sensitive to how other people feel. Does not belittle the opinions or work of others, "
     "whatever their status or position. Easy to get along with."),
    ("Accountability",
     "Takes personal responsibility for the quality and timeliness of his or her work. Does not act in ways "
     "meant to justify and document decisions for self-protection. Admits and corrects mistakes. Does not "
     "make excuses for errors or problems."),
    ("Ethics/Integrity",
     "Respects and keeps confidentiality. Keeps rumor, gossip and subjective opinion out of decisions. "
     "Admits mistakes even when there may be negative consequences. Presents unwelcome or disagreeable facts "
     "in an appropriate way. Keeps promises; meets goals and deadlines. Avoids situations and associations "
     "that could be seen as inappropriate. Honest in all dealings. \u2018A good role model.\u2019 Trusted by all."),
    ("Learning and Continuous Improvement",
     "Can explain the mission of his or her own work unit and of other units, and how they work together to "
     "meet the goals of the organization. Actively picks up new skills and competencies. Helps others with "
     "tools and approaches for solving problems. Looks for better ways to get the work done."),
]


def build_docx(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.54)
    sec.top_margin = sec.bottom_margin = Cm(2.54)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    H.para(d, TITLE, bold=True, size=14, align="center", after=12)
    t = d.add_table(rows=1, cols=2)
    t.style = d.styles["Table Grid"]
    C.fix_widths(t, [1.7, 4.8])
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Competency", "Description")):
        p = c.paragraphs[0]
        H.run(p, txt, bold=True)
        C.shade(c, "D9D9D9")
    C.mark_header_row(t.rows[0])
    for name, desc in ROWS:
        r = t.add_row().cells
        H.run(r[0].paragraphs[0], name, bold=True)
        H.run(r[1].paragraphs[0], desc)
    C.clear_core_props(d, "Sample Competencies")
    d.save(path)


def gold():
    return [H.comp(name, STEM, desc) for name, desc in ROWS]


def main():
    build_docx(H.DOCS / f"{STEM}.docx")
    H.write_gold(STEM, f"{STEM}.docx", "docx", TITLE, gold())


if __name__ == "__main__":
    main()
