"""5. nsw-capability-framework.pdf -- NSW Public Service Commission, NSW Public Sector Capability Framework (excerpt).

python-docx -> LibreOffice -> PDF. Each capability: group line, name, description, then a 2-column table
"Level | Behavioural indicators" with levels as ROWS (Foundational ... Highly Advanced), Word bullets inside the
cells, the header row repeated on every page (w:tblHeader) and rows allowed to break across pages."""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches, RGBColor

import helpers as H

STEM = "nsw-capability-framework"

LEVELS = ["Foundational", "Intermediate", "Adept", "Advanced", "Highly Advanced"]
LEVEL_KEY = [
    ("Foundational", "applies the capability to routine tasks under guidance."),
    ("Intermediate", "applies the capability independently to familiar work."),
    ("Adept", "applies the capability to complex work and supports others to do so."),
    ("Advanced", "leads the capability across a business unit."),
    ("Highly Advanced", "sets direction for the capability across the organisation or sector."),
]

CAPS = [
    {
        "group": "Personal Attributes",
        "name": "Act with Integrity",
        "desc": "Behave ethically and professionally, and uphold and advance the values of the public sector",
        "rows": [
            ["Behave in an honest, ethical and professional way",
             "Ask questions to clarify what ethical behaviour requires in your role",
             "Find out which legislation, rules, policies, guidelines and codes of conduct apply to your role and "
             "follow them",
             "Speak up when you notice wrongdoing",
             "Report apparent conflicts of interest to your manager"],
            ["Represent the organisation in an honest, ethical and professional way",
             "Support a workplace culture of integrity and professionalism",
             "Understand and follow the legislation, rules, policies, guidelines and codes of conduct that apply "
             "to your role",
             "Recognise misconduct and illegal or inappropriate behaviour, and report it",
             "Report and manage apparent conflicts of interest"],
            ["Represent the organisation in an honest, ethical and professional way, and encourage others to do "
             "the same",
             "Show professionalism in a way that supports a culture of integrity across the team",
             "Set an example for others, and point out and explain ethical issues as they arise",
             "Make sure that others understand the legislation and policy framework within which they work",
             "Act to prevent misconduct and illegal or inappropriate behaviour, and report it when it occurs",
             "Keep a register of conflicts of interest in the team and review how each one is managed"],
            ["Model the highest standards of ethical and professional behaviour, and reinforce their use",
             "Represent the organisation honestly and professionally, and promote a culture of integrity",
             "Make sure the team has a working understanding of the relevant legislation and policy framework",
             "Create an environment in which people feel safe to raise concerns and report misconduct",
             "Act promptly on reported breaches of legislation, policy and guidelines"],
            ["Champion the highest standards of ethical and professional behaviour, and act as an advocate for them",
             "Drive a culture of integrity and professionalism across the organisation and in dealings outside it",
             "Define, communicate and evaluate the ethical practices, standards and systems of the organisation, "
             "and reinforce their use",
             "Create a climate in which the workforce and stakeholders can raise concerns and expect them to be "
             "dealt with",
             "Take action on breaches of standards and policy that could damage public trust"],
        ],
    },
    {
        "group": "Personal Attributes",
        "name": "Manage Self",
        "desc": "Show drive and motivation, the ability to reflect on your own performance, and a commitment to "
                "learning",
        "rows": [
            ["Keep up to date with the key changes in your role and in your organisation",
             "Ask for feedback on your work from your manager and colleagues",
             "Take on new tasks and learn the skills they require",
             "Show that you are willing to learn from mistakes",
             "Stay focused on your work when things get busy"],
            ["Adapt to new situations and to changes in how work is done",
             "Ask for and reflect on feedback about your work, and act on it",
             "Take part in learning activities that build your skills and knowledge",
             "Show motivation and commitment to the work of the team",
             "Keep your composure when you meet setbacks"],
            ["Look for and take up opportunities to develop your skills and knowledge",
             "Reflect on your own performance, and turn feedback into a development plan",
             "Show drive and motivation, and take on tasks that stretch you",
             "Stay calm and professional under pressure, and help others to do the same",
             "Question what is expected of your role, and propose better ways of working"],
            ["Keep abreast of changes in your field and in the wider public sector, and share what you learn",
             "Reflect critically on your performance and that of your team, and set goals for improvement",
             "Remain composed and effective when dealing with complex or difficult situations",
             "Take calculated risks and show initiative to get results",
             "Show resilience after setbacks and help the team to recover"],
            ["Act as a role model for continuous learning across the organisation",
             "Look for feedback from a wide range of sources, including stakeholders, and act on it",
             "Stay optimistic and energetic when the organisation faces sustained pressure",
             "Set challenging personal goals that support the direction of the organisation",
             "Recognise the limits of your own knowledge and seek expert advice when you need it"],
        ],
    },
]


def build():
    doc = docx.Document()
    H.clear_core_props(doc, "NSW Public Sector Capability Framework")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)   # A4
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = Inches(0.9)
    sec.bottom_margin = Inches(0.9)

    hp = sec.header.paragraphs[0]
    hp.add_run("NSW PUBLIC SERVICE COMMISSION | NSW PUBLIC SECTOR CAPABILITY FRAMEWORK VERSION 2: 2020").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    H.add_field(fp, "PAGE")

    bul = H.add_abstract(doc, H.lvl(0, "bullet", "\u2022", 260, 220, font="Arial"), "2B7E1A05")

    def p(text="", bold=False, size=None, after=6, before=0, color=None):
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(after)
        par.paragraph_format.space_before = Pt(before)
        if text:
            r = par.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        return par

    # front matter: how to read the capabilities
    p("The NSW Public Sector Capability Framework", bold=True, size=20, after=4, color="002664")
    p("How to read the capabilities", bold=True, size=13, before=8, color="002664")
    p("Each capability has a name, a short description and five levels. The levels describe the knowledge, "
      "skills and abilities needed for effective performance, from Foundational to Highly Advanced. Behavioural "
      "indicators show what the capability looks like at each level; they are examples, not an exhaustive list, "
      "and not every indicator applies to every role.")
    for lab, txt in LEVEL_KEY:
        par = p(after=2)
        par.paragraph_format.left_indent = Inches(0.25)
        par.add_run(lab).bold = True
        par.add_run(" \u2013 " + txt)

    for ci, cap in enumerate(CAPS):
        par = p(after=0)
        par.runs and None
        par.add_run().add_break(WD_BREAK.PAGE)
        p("Capability group: " + cap["group"], size=10, after=2, color="146CFD")
        p(cap["name"], bold=True, size=18, after=4, color="002664")
        p(cap["desc"], size=12, after=10)
        t = doc.add_table(rows=1, cols=2)
        H.set_borders(t, sz=4, color="9E9E9E")
        hdr = t.rows[0]
        H.row_flags(hdr, header=True)
        for cell, txt in zip(hdr.cells, ["Level", "Behavioural indicators"]):
            cell.paragraphs[0].add_run(txt).bold = True
            cell.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
            H.shade(cell, "002664")
        num = H.add_num(doc, bul)
        for lvl, bullets in zip(LEVELS, cap["rows"]):
            row = t.add_row()
            row.cells[0].paragraphs[0].add_run(lvl).bold = True
            H.shade(row.cells[0], "EBEBEB")
            c = row.cells[1]
            first = True
            for b in bullets:
                bp = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                bp.add_run(b)
                bp.paragraph_format.space_after = Pt(4)
                H.set_num(bp, num, 0)
        H.fix_widths(t, [1.45, 5.0])

    tmp = Path(tempfile.mkdtemp())
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.soffice(src, "pdf", tmp)
    shutil.copy(tmp / f"{STEM}.pdf", H.DOCS / f"{STEM}.pdf")
    shutil.rmtree(tmp)
    return H.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    print(build())
