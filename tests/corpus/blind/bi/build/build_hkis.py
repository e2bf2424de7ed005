"""HKIS (The Hong Kong Institute of Surveyors), Quantity Surveying Division - Rules and Guide to the Assessment
of Professional Competence, excerpt of section 8 "Approved Professional Training" with the competency
standards expected of APC candidates. python-docx (Word decimal numbering restarted per competency), A4."""
from docx import Document
from docx.shared import Pt, Cm

import bilib as L

STEM = "hkis-qsd-apc-competency-standards"

GROUPS = [
    ("1.", "Core Competencies", [
        ("1.1", "Measurement and billing", [
            "Able to apply knowledge of construction materials, construction technology and building services "
            "installations",
            "Able to identify, request, register and interpret the drawings, specifications, variation "
            "instructions and other information needed for measurement, and to raise queries where the "
            "information is unclear",
            "Able to apply the standard method of measurement adopted by the industry or a method of "
            "measurement specific to the project",
            "Able to take off quantities from drawings and to draft and edit item descriptions that reflect the "
            "specification, for bills of quantities, remeasurement, variations, claims or final accounts",
            "Able to measure approximate quantities for checking purposes and to understand quantity factors "
            "such as steel-to-concrete ratios and quantities per unit of floor area",
            "Able to prepare schedules of rates without quantities",
            "Able to check input documents for discrepancies and omissions, and output documents for "
            "completeness and accuracy",
            "Able to use billing, CAD and BIM software to support the measurement process",
        ], None),
        ("1.2", "Pre-contract cost data handling", [
            "Able to retrieve cost data of similar past projects and adjust it for use on new work",
            "Able to check returned tenders and quotations for arithmetical errors and inconsistencies in "
            "pricing",
            "Able to analyse tender prices into elemental and unit rate cost data",
            "Able to maintain a cost database with due regard to the date, location and nature of each "
            "project",
            "Able to apply price indices to adjust historical cost data for the effect of inflation",
        ], None),
        ("1.3", "Post-contract cost control", [
            "Able to prepare interim valuations and recommendations for payment",
            "Able to evaluate variations in accordance with the provisions of the contract",
            "Able to prepare regular cost reports and to forecast the final cost of the project",
            "Able to advise on the cost consequences of proposed changes before instructions are issued",
            "Able to assess contractors\u2019 claims for additional payment and extension of time, giving "
            "reasons",
            "Able to agree and settle final accounts",
        ], "Note: Candidates employed by contractors may meet this competency through experience of preparing, "
           "rather than assessing, interim applications, variation accounts and claims."),
    ]),
    ("2.", "Optional Competencies", [
        ("2.1", "Dispute avoidance and resolution", [
            "Able to identify at an early stage the matters likely to give rise to disputes and to advise on "
            "steps to avoid them",
            "Able to explain the principal methods of dispute resolution, including negotiation, mediation, "
            "adjudication and arbitration",
            "Able to prepare the quantum aspects of a case for use in dispute resolution proceedings",
            "Able to assist in the preparation of documents and evidence for mediation or arbitration",
        ], None),
    ]),
]


def para(doc, text="", bold=False, after=6, indent=None, size=11, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def numbered_para(doc, num, text, bold_num=True):
    """'8.1<tab>text' paragraph with a hanging indent, as the Rules and Guide sets its clauses."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.25)
    pf.first_line_indent = Cm(-1.25)
    pf.tab_stops.add_tab_stop(Cm(1.25))
    pf.space_after = Pt(8)
    r = p.add_run(num + "\t")
    r.bold = bold_num
    p.add_run(text)
    return p


def build():
    doc = Document()
    L.clear_core_props(doc, "HKIS QSD APC Rules and Guide")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    L.page_start(sec, 6)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 6.3)
    r = hp.add_run("HKIS QSD APC Rules and Guide\tPage ")
    r.font.size = Pt(9)
    r.italic = True
    L.add_field(hp, "PAGE", "6")
    for run in hp.runs[1:]:
        run.font.size = Pt(9)
        run.italic = True

    dec = L.add_abstract(doc, L.DECIMAL_LVL.format(left=1418, hang=567), "5A1B2C3D")

    p = para(doc, "8.\tAPPROVED PROFESSIONAL TRAINING", bold=True, after=10)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
    numbered_para(doc, "8.1", "Approved professional training is the period of structured practical experience "
                  "during which you acquire, under the guidance of your Supervisor and Counsellor, the "
                  "competencies required of a Professionally Qualified Quantity Surveyor.")
    numbered_para(doc, "8.2", "The competencies are of two kinds. Core Competencies must be attained by every "
                  "candidate. In addition, you must attain at least one of the Optional Competencies, chosen "
                  "in agreement with your Supervisor to suit the nature of your employment.")
    numbered_para(doc, "8.3", "For each competency, the standard expected of you at the Final Assessment is "
                  "described by a list of abilities. You should record the experience gained against each "
                  "competency in your Diary and summarise it in your Log Book.")
    numbered_para(doc, "8.4", "Competency Standards expected of APC Candidates")
    doc.paragraphs[-1].runs[-1].bold = True

    for gnum, gname, comps in GROUPS:
        p = para(doc, f"{gnum}  {gname}", bold=True, after=6, indent=1.25)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        for cnum, cname, abilities, note in comps:
            p = para(doc, f"{cnum}  {cname}", bold=True, after=4, indent=1.25)
            p.paragraph_format.keep_with_next = True
            nid = L.add_num(doc, dec, restart=True)
            for a in abilities:
                lp = doc.add_paragraph(a)
                L.set_num(lp, nid)
                lp.paragraph_format.space_after = Pt(3)
            if note:
                para(doc, note, italic=True, after=6, indent=2.0, size=10)
            else:
                para(doc, "", after=2)

    numbered_para(doc, "8.5", "You must gain not less than 24 months of approved professional training before "
                  "you may apply for the Final Assessment, of which at least 12 months should relate to the "
                  "Core Competencies.")

    out = L.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


def gold(path):
    comps = []
    for _gnum, _gname, group in GROUPS:
        for _cnum, cname, abilities, note in group:
            comps.append(L.competency(STEM, cname, None,
                                      indicators=[L.item(STEM, a) for a in abilities],
                                      notes=[L.item(STEM, note)] if note else []))
    L.write_gold(path, "docx", "HKIS QSD APC Rules and Guide", comps)


if __name__ == "__main__":
    gold(build())
