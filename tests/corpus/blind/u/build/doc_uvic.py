"""University of Victoria (Canada), Human Resources - UVic competency model resource guide for the grouping
"ʔETALNƏW̓ƏL̓ | ÁTOL,NEUEL" (competency: Indigenous Acumen).  DOCX: hand-written HTML converted by
LibreOffice, then a running header and footer added with python-docx.

No levels (the UVic model is non-hierarchical).  Sections as the UVic page describes its resource guides:
how the competency could be demonstrated, strategic linkages, enabling skillsets, sample questions for
coaching, reflection or interviews, and learning opportunities (courses, readings, on-the-job learning).
"""
import html
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

import ucommon as C

STEM = "uvic-competency-resource-guide-indigenous-acumen"
NAME = STEM + ".docx"
TITLE = "Competency resource guide"
GROUPING = "\u0294ETALN\u018fW\u0313\u018fL\u0313 | \u00c1TOL,NEUEL"

GROUP_STATEMENT = (
    "Honouring one another\u2019s rights and living in right relationship with all things, we sustain a "
    "community of belonging and accountability in which Indigenous Peoples and their ways of knowing and being "
    "enrich education, research and service at the university.")
ABOUT = (
    "Resource guides accompany the UVic competency model. They suggest how a competency could show up in "
    "day-to-day work, offer questions for coaching and reflection, and point to learning opportunities. They "
    "are living documents: use what is helpful, and share your ideas for improving them with Human Resources.")

NAME_C = "Indigenous Acumen"
STATEMENT = (
    "I actively deepen my understanding of Indigenous histories, rights, cultures and ways of knowing, and I "
    "put that learning into practice to support truth, reconciliation and decolonization at UVic.")
SHOWS_UP = [
    "Learning about the history of the lands on which the university stands and the Nations whose territories "
    "they are.",
    "Acknowledging territory in a way that is personal and meaningful rather than scripted.",
    "Seeking out Indigenous perspectives and making room for them when planning work.",
    "Reflecting on how colonial structures may shape the policies and processes in my area.",
    "Building respectful relationships with Indigenous colleagues, students and community members without "
    "adding to their workload.",
    "Following protocol and asking for guidance before engaging with Indigenous communities.",
]
LINKAGES = (
    "Indigenous Acumen supports the commitment to truth, respect and reconciliation in UVic\u2019s Strategic "
    "Plan and the goals of the Indigenous Plan. It also reflects British Columbia\u2019s Declaration on the "
    "Rights of Indigenous Peoples Act and the Calls to Action of the Truth and Reconciliation Commission of "
    "Canada.")
SKILLS = ["Cultural humility", "Self-reflection", "Active listening", "Relationship building",
          "Comfort with discomfort"]
QUESTIONS = [
    "What have you learned recently about the Indigenous Peoples on whose territories you live and work, and "
    "how has it changed the way you work?",
    "Tell me about a time you made space for an Indigenous perspective in a project or decision. What was the "
    "outcome?",
    "How do you notice, and respond, when a process in your area may create barriers for Indigenous students "
    "or employees?",
    "What does reconciliation mean in your role, and what is one step you could take in the coming year?",
]
COURSES = [
    "Indigenous Cultural Acumen Training (ICAT) \u2013 in-person workshop offered on campus",
    "Indigenous Canada \u2013 free online course of 12 lessons from the University of Alberta",
    "San\u2019yas Indigenous Cultural Safety Training \u2013 self-paced online core training",
]
# (citation as printed, title, authors, publisher, year)
READINGS = [
    ("Joseph, B. (2018). 21 things you may not know about the Indian Act: Helping Canadians make reconciliation "
     "with Indigenous Peoples a reality. Indigenous Relations Press.",
     "21 things you may not know about the Indian Act: Helping Canadians make reconciliation with Indigenous "
     "Peoples a reality", ["B. Joseph"], "Indigenous Relations Press", 2018),
    ("Kimmerer, R. W. (2013). Braiding sweetgrass: Indigenous wisdom, scientific knowledge and the teachings of "
     "plants. Milkweed Editions.",
     "Braiding sweetgrass: Indigenous wisdom, scientific knowledge and the teachings of plants",
     ["R. W. Kimmerer"], "Milkweed Editions", 2013),
    ("Truth and Reconciliation Commission of Canada. (2015). Truth and Reconciliation Commission of Canada: "
     "Calls to action.",
     "Truth and Reconciliation Commission of Canada: Calls to action",
     ["Truth and Reconciliation Commission of Canada"], None, 2015),
    ("Vowel, C. (2016). Indigenous writes: A guide to First Nations, M\u00e9tis & Inuit issues in Canada. "
     "HighWater Press.",
     "Indigenous writes: A guide to First Nations, M\u00e9tis & Inuit issues in Canada", ["C. Vowel"],
     "HighWater Press", 2016),
]
ON_THE_JOB = [
    "Learn the names of the Nations on whose territory your work takes place, and practise a personal "
    "territory acknowledgement.",
    "Attend a public event at the First Peoples House and talk with your supervisor about what you learned.",
    "Review a process or form in your area by asking who it might create barriers for.",
    "Set a learning goal related to this competency in your annual performance and development conversation.",
]

e = html.escape


def ul(items, tag="ul"):
    return f"<{tag}>\n" + "\n".join(f"  <li>{e(t)}</li>" for t in items) + f"\n</{tag}>"


def html_doc():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title>
<style>
body {{ font-family: Arial, sans-serif; font-size: 10.5pt; }}
h1 {{ font-size: 20pt; color: #005493; }}
h2 {{ font-size: 14pt; color: #005493; }}
h3 {{ font-size: 11.5pt; color: #333333; }}
p.grouping {{ font-size: 16pt; font-weight: bold; color: #c63527; }}
p.statement {{ font-style: italic; }}
</style></head>
<body>
<h1>{e(TITLE)}</h1>
<p class="grouping">{e(GROUPING)}</p>
<p class="statement">{e(GROUP_STATEMENT)}</p>
<p>{e(ABOUT)}</p>
<h2>{e(NAME_C)}</h2>
<h3>Competency statement</h3>
<p>{e(STATEMENT)}</p>
<h3>How this could show up</h3>
{ul(SHOWS_UP)}
<h3>Strategic linkages</h3>
<p>{e(LINKAGES)}</p>
<h3>Enabling skillsets</h3>
{ul(SKILLS)}
<h3>Questions for coaching, reflection or interviews</h3>
{ul(QUESTIONS, "ol")}
<h3>Learning opportunities</h3>
<p><b>Courses and workshops</b></p>
{ul(COURSES)}
<p><b>Reading, listening and viewing</b></p>
{ul([r[0] for r in READINGS])}
<p><b>On-the-job learning</b></p>
{ul(ON_THE_JOB)}
</body></html>
"""


def render(path):
    tmp = Path(tempfile.mkdtemp(prefix="uvic-"))
    src = tmp / (STEM + ".html")
    src.write_text(html_doc(), encoding="utf-8")
    C.soffice(src, "docx:MS Word 2007 XML", tmp, infilter="HTML (StarWriter)")
    d = Document(str(tmp / NAME))
    C.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.text = "University of Victoria | Human Resources"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run(f"UVic competencies \u2013 resource guide: {GROUPING} | page ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")
    d.save(str(path))
    shutil.rmtree(tmp, ignore_errors=True)


def gold():
    g = "Learning opportunities"
    comp = C.competency(
        NAME_C, STEM, definition=STATEMENT,
        key_words=SKILLS,
        indicators=[C.item(t, STEM) for t in SHOWS_UP],
        interview_questions=[C.item(q, STEM) for q in QUESTIONS],
        courses=[C.item(t, STEM, group="Courses and workshops") for t in COURSES],
        readings=[C.reading(c, t, a, p, y, None, STEM) for c, t, a, p, y in READINGS],
        activities=[C.item(t, STEM, group="On-the-job learning") for t in ON_THE_JOB],
        notes=[C.item(LINKAGES, STEM, group="Strategic linkages")],
    )
    return [comp]


def build():
    render(C.DOCS / NAME)
    return C.write_gold(STEM, NAME, "docx", TITLE, gold())


if __name__ == "__main__":
    print(build())
