"""canada: two documents modeled on the Government of Canada Key Leadership Competencies profile
(Public Service Human Resources Management Agency / Public Service Commission; later TBS), in which the
effective behaviours of each competency are laid out across the leadership continuum: the header row of a
table holds the level labels (Deputy Minister .. Supervisor, high to low, left to right) and each column's
cell holds that level's bullets; generic ineffective behaviours for all levels follow the table.

  canada-klc-integrity-vision-strategy.pdf      2 landscape pages (one competency per page), running
                                                       header, footer with page number; Create Vision and Strategy has
                                                       "Analysis" / "Ideas" sub-headings inside every cell
  canada-klc-mobilize-people-achieve-results.docx     same layout as a Word file, two other competencies;
                                                       Achieve Results has three sub-headings per cell

All wording is invented for the test corpus; only the layout follows the KLC profile.
Run:  /tmp/venvtest/bin/python build.py
"""
import os
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # build/: the shared common.py
import common as C  # noqa: E402

WORK = Path(os.environ.get("KEEP_WORK") or tempfile.mkdtemp(prefix="canada-build-"))
WORK.mkdir(parents=True, exist_ok=True)

TITLE = "Key Leadership Competencies"
COLUMNS = ["Deputy Minister", "Assistant Deputy Minister", "Director General", "Director",
           "Manager", "Supervisor"]                       # as printed, left to right (high to low)
RANK = {label: 6 - i for i, label in enumerate(COLUMNS)}   # Supervisor = 1 ... Deputy Minister = 6
INEFFECTIVE = "Ineffective Behaviours (all levels)"

# cells: a list of bullets, or a list of (sub-heading, [bullets]) pairs
PDF_COMPS = [
    {
        "name": "Uphold Integrity and Respect",
        "tagline": "Leading by example in public service",
        "definition": "Leaders in the public service act with honesty and fairness, respect the law and the "
                      "democratic process, and build workplaces where people are treated with dignity. Their "
                      "personal conduct sets the standard that others follow.",
        "cells": [
            ["Embeds public service values in the governance and decision making of the department.",
             "Gives candid, evidence-based advice to the Minister while respecting the Minister\u2019s authority.",
             "Resolves tensions between competing values openly and explains the choice made.",
             "Champions an inclusive, bilingual workplace across the department."],
            ["Holds the branch accountable for ethical conduct and the fair treatment of employees.",
             "Provides frank advice to the Deputy Minister, including unwelcome news.",
             "Ensures that branch decisions can withstand public scrutiny.",
             "Promotes diversity in hiring and in the make-up of management teams."],
            ["Builds ethical considerations into program design and delivery.",
             "Addresses misconduct promptly and consistently.",
             "Makes staffing and resourcing decisions that are transparent and free of favouritism."],
            ["Sets clear expectations for conduct and discusses ethical dilemmas with the team.",
             "Protects the confidentiality of information entrusted to the directorate.",
             "Treats employees fairly when assigning work and opportunities."],
            ["Applies the code of conduct consistently in day-to-day decisions.",
             "Raises ethical concerns with senior management through the proper channels.",
             "Fosters a respectful workplace and intervenes when behaviour falls short."],
            ["Models honesty and courtesy in dealings with staff and clients.",
             "Explains rules and procedures to employees and applies them evenly.",
             "Encourages employees to raise concerns without fear of reprisal."],
        ],
        "ineffective": [
            "Bends rules to favour particular individuals or groups.",
            "Withholds information that others need to make sound decisions.",
            "Ignores disrespectful or discriminatory conduct in the workplace.",
            "Places personal or organizational interests ahead of the public interest.",
        ],
    },
    {
        "name": "Create Vision and Strategy",
        "tagline": "Analysis and ideas that shape the future",
        "definition": "Leaders understand the forces that affect their organization and the people it serves. "
                      "They analyse complex information, anticipate issues and generate ideas that move policy "
                      "and programs forward.",
        "cells": [
            [("Analysis", ["Interprets national and global trends and their consequences for the portfolio.",
                           "Frames complex issues for Cabinet in terms of risks, options and public value."]),
             ("Ideas", ["Sets a long-term vision for the department that is consistent with government priorities.",
                        "Encourages bold policy options and tests them against evidence."])],
            [("Analysis", ["Connects branch issues with departmental and horizontal priorities.",
                           "Identifies the underlying causes of persistent policy problems."]),
             ("Ideas", ["Translates the departmental vision into strategic direction for the branch.",
                        "Sponsors pilots that test new approaches before wide adoption."])],
            [("Analysis", ["Integrates data from programs, regions and stakeholders to assess performance.",
                           "Anticipates emerging issues and prepares options in advance."]),
             ("Ideas", ["Develops medium-term plans that link program objectives with branch strategy.",
                        "Adapts successful practices from other jurisdictions."])],
            [("Analysis", ["Breaks complex problems into components and assigns the analysis accordingly.",
                           "Weighs the operational, financial and legal implications of proposals."]),
             ("Ideas", ["Proposes improvements to programs based on results and client feedback.",
                        "Encourages the team to challenge assumptions."])],
            [("Analysis", ["Gathers and verifies information from reliable sources before drawing conclusions.",
                           "Identifies links between the work of the unit and broader objectives."]),
             ("Ideas", ["Suggests practical solutions to operational problems.",
                        "Invites employees to contribute ideas and acts on the useful ones."])],
            [("Analysis", ["Spots problems in daily operations and brings them forward with the relevant facts.",
                           "Checks the accuracy of work before it leaves the unit."]),
             ("Ideas", ["Recommends simple changes that make work easier or faster.",
                        "Passes on ideas from front-line staff to management."])],
        ],
        "ineffective": [
            "Relies on past solutions without examining whether conditions have changed.",
            "Makes recommendations without adequate evidence.",
            "Dismisses ideas that come from outside own area.",
        ],
    },
]

DOCX_COMPS = [
    {
        "name": "Mobilize People",
        "tagline": "Mobilizing people and partners",
        "definition": "Leaders build commitment among employees, partners and stakeholders. They communicate "
                      "openly, create networks and work across boundaries so that shared goals are achieved.",
        "cells": [
            ["Builds coalitions with other departments, governments and sectors on national priorities.",
             "Represents the department credibly before Parliament, the media and international partners.",
             "Creates a climate in which employees feel their contribution to the mandate is valued."],
            ["Aligns branch priorities with those of partner departments and central agencies.",
             "Consults stakeholders early and shows how their input shaped decisions.",
             "Communicates the direction of the branch in a way that motivates employees."],
            ["Develops networks with counterparts in other organizations to resolve shared issues.",
             "Negotiates agreements that balance the interests of the branch and its partners.",
             "Keeps employees informed about change and listens to their concerns."],
            ["Works with other directorates to remove barriers to joint results.",
             "Involves employees in planning the work of the directorate.",
             "Recognizes team and individual contributions publicly."],
            ["Encourages cooperation between the unit and related teams.",
             "Holds regular meetings to share information and gather feedback.",
             "Helps employees understand how their work serves clients."],
            ["Builds a cooperative atmosphere within the work team.",
             "Explains decisions and instructions clearly to employees.",
             "Passes client and employee feedback on to the manager."],
        ],
        "ineffective": [
            "Works in isolation and does not consult those affected by decisions.",
            "Shares information selectively to gain advantage.",
            "Fails to acknowledge the contributions of others.",
        ],
    },
    {
        "name": "Achieve Results",
        "tagline": "Delivering results through sound management",
        "definition": "Leaders deliver on commitments by organizing work, developing people and managing public "
                      "funds responsibly.",
        "cells": [
            [("Action Management", ["Sets departmental priorities and holds executives accountable for results."]),
             ("People Management", ["Builds a strong executive team and plans for leadership succession."]),
             ("Financial Management", ["Ensures that resources are allocated to the highest priorities of the "
                                       "government."])],
            [("Action Management", ["Turns departmental priorities into branch plans with clear performance "
                                    "measures."]),
             ("People Management", ["Develops the leadership capacity of directors general and directors."]),
             ("Financial Management", ["Reallocates funds within the branch as priorities shift."])],
            [("Action Management", ["Coordinates programs and services to deliver integrated results."]),
             ("People Management", ["Supports learning and career development across the directorates."]),
             ("Financial Management", ["Monitors budgets and takes corrective action on variances."])],
            [("Action Management", ["Organizes projects and resources to meet deadlines and service standards."]),
             ("People Management", ["Conducts meaningful performance discussions with managers."]),
             ("Financial Management", ["Prepares accurate forecasts and justifies resource requests."])],
            [("Action Management", ["Plans the work of the unit and adjusts it to changing demands."]),
             ("People Management", ["Coaches employees and addresses performance issues early."]),
             ("Financial Management", ["Manages the unit budget within approved limits."])],
            [("Action Management", ["Schedules daily work and checks that tasks are completed correctly."]),
             ("People Management", ["Orients new employees and provides on-the-job coaching."]),
             ("Financial Management", ["Uses supplies and equipment economically."])],
        ],
        "ineffective": [
            "Commits to results without the resources to deliver them.",
            "Avoids dealing with poor performance.",
            "Loses track of spending until problems become serious.",
        ],
    },
]


def build(comps, out_docx, header_right):
    d = docx.Document()
    C.clear_core_props(d, title=TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(3)
    for name, sz in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 10)):
        s = d.styles[name]
        s.font.name = "Arial"
        s.font.size = Pt(sz)
        s.font.color.rgb = RGBColor(0x26, 0x37, 0x4A)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(9.8), 2)   # right tab
    r = hp.add_run(f"{TITLE}\t\t\t{header_right}")   # Header style tabs 3.25in, 6.5in, then ours
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    C.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(8)

    bullet_abs = C.add_abstract(d, C.BULLET_LVL.format(left=200, hang=170), "5E2A9C11")
    bullet_abs2 = C.add_abstract(d, C.BULLET_LVL.format(left=360, hang=270), "5E2A9C12")
    d.add_heading(TITLE, level=1)
    col_w = Inches(9.8 / 6)
    for k, comp in enumerate(comps):
        if k:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(f"{comp['name']} \u2014 {comp['tagline']}", level=2)
        d.add_paragraph(comp["definition"])
        cap = d.add_paragraph()
        cap.add_run("Examples of effective behaviours").bold = True
        t = d.add_table(rows=2, cols=len(COLUMNS))
        t.style = d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for gc in t._tbl.tblGrid.findall(qn("w:gridCol")):
            gc.set(qn("w:w"), str(int(col_w.inches * 1440)))
        C.mark_header_row(t.rows[0])
        for cell, label in zip(t.rows[0].cells, COLUMNS):
            cell.width = col_w
            C.cell_shading(cell, "D9E2F3")
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(label).bold = True
        for cell, content in zip(t.rows[1].cells, comp["cells"]):
            cell.width = col_w
            first = cell.paragraphs[0]
            groups = content if isinstance(content[0], tuple) else [(None, content)]
            used_first = False
            for group, bullets in groups:
                if group:
                    gp = first if not used_first else cell.add_paragraph()
                    used_first = True
                    gp.add_run(group).bold = True
                    gp.paragraph_format.space_after = Pt(1)
                nid = C.add_num(d, bullet_abs)
                for b in bullets:
                    bp = first if not used_first else cell.add_paragraph()
                    used_first = True
                    bp.add_run(b)
                    bp.paragraph_format.space_after = Pt(2)
                    for run in bp.runs:
                        run.font.size = Pt(8.5)
                    C.set_num(bp, nid)
        d.add_heading(INEFFECTIVE, level=3)
        nid = C.add_num(d, bullet_abs2)
        for b in comp["ineffective"]:
            C.set_num(d.add_paragraph(b, style="List Paragraph"), nid)
    d.save(out_docx)
    return out_docx


def gold(path, fmt, comps, page_of=lambda text: None):
    doc_id = path.stem
    out = []
    for comp in comps:
        c = C.competency(doc_id, comp["name"], comp["definition"])
        for label, content in zip(COLUMNS, comp["cells"]):
            groups = content if isinstance(content[0], tuple) else [(None, content)]
            beh = [C.item(doc_id, b, page_of(b), g) for g, bullets in groups for b in bullets]
            c["levels"].append({"rank": RANK[label], "label": label, "behaviors": beh})
        c["indicators"] = [C.item(doc_id, b, page_of(b), INEFFECTIVE) for b in comp["ineffective"]]
        c["notes"] = [C.item(doc_id, comp["tagline"], page_of(comp["tagline"]))]
        out.append(c)
    return C.write_gold(path, fmt, TITLE, out)


if __name__ == "__main__":
    src = build(PDF_COMPS, WORK / "canada-klc-integrity-vision-strategy.docx", "Effective Behaviours")
    C.soffice(src, "pdf:writer_pdf_Export", C.DOCS)
    pdf = C.DOCS / "canada-klc-integrity-vision-strategy.pdf"
    pages = C.pdf_pages(pdf, tables=True)

    def page_of(text):
        hits = C.find_pages(pages, text)
        assert len(hits) == 1, (text, hits)
        return hits[0]
    g1 = gold(pdf, "pdf", PDF_COMPS, page_of)
    dx = build(DOCX_COMPS, C.DOCS / "canada-klc-mobilize-people-achieve-results.docx", "Effective Behaviours")
    g2 = gold(dx, "docx", DOCX_COMPS)
    ok = C.check(pdf, g1, pdf_tables=True) & C.check(dx, g2)
    sys.exit(0 if ok else 1)
