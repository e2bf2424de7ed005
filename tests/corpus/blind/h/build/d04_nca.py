"""National Crime Agency (UK), Personal Qualities Framework (PQF) for G4: DOCX via python-docx.

A Word template that was never filled in: "[INSERT SECURITY CLASSIFICATION]" header and footer; a summary
table of the ten PQF behaviours by NCA grade (DD, G1..G6) with letter levels A..D (A highest) and a vertically
merged cluster column; then "Appendices": one page per behaviour at the level required for G4, headed
"<Behaviour> - Level <letter>", with "Behaviour definition", "Level definition" and "Positive indicators".
"""
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Inches

import helpers as H

STEM = "nca-personal-qualities-framework-g4"
TITLE = "Personal Qualities Framework for G4"
GRADES = ["DD", "G1", "G2", "G3", "G4", "G5", "G6"]
SUMMARY = [
    ("WORKING WITH OTHERS", [("Communication", "AABBCCD"), ("Teamwork & Partnership", "AAABBCD"),
                             ("Respect for Others", "AAAAAAA")]),
    ("ACHIEVING RESULTS", [("Problem Solving", "AABBCCD"), ("Personal Accountability", "ABBBCCD")]),
    ("LEADERSHIP", [("Strategic Thinking", "AABCCDD"), ("People Management", "ABBBCDD"),
                    ("Negotiating & Influencing", "AABBCCD")]),
    ("MAKING A DIFFERENCE", [("Innovation", "ABBCCDD"), ("Change", "ABBCCDD")]),
]
RANK = {"D": 1, "C": 2, "B": 3, "A": 4}

ENTRIES = [
    {
        "name": "Communication", "letter": "C",
        "definition": ("Communicates information and ideas in a way that suits the situation, using the range of "
                       "methods available. Chooses language and a style of communication that fit the audience "
                       "and the circumstances."),
        "level": ("Communicates in a suitable way with a range of stakeholders, including external partners, teams "
                  "and individuals."),
        "positive": ["Communicates in a way that everyone can understand and find meaningful.",
                     "Adjusts communication style to suit the audience.",
                     "Backs up arguments and recommendations effectively.",
                     "Delivers difficult messages with sensitivity.",
                     "Makes sure that important messages are communicated and understood within the Business Area."],
    },
    {
        "name": "Teamwork and Partnership", "letter": "B",
        "definition": ("Works jointly with partners, colleagues and customers. Builds strong working relationships "
                       "with internal and external stakeholders to reach shared goals. Removes barriers between "
                       "groups and involves others in decisions where appropriate."),
        "level": "Develops and sustains existing partnerships. Works effectively as part of a team.",
        "positive": ["Builds and keeps collaborative relationships with partner agencies and encourages staff to do "
                     "likewise.",
                     "Works with stakeholders on joint activity to agree and act on complex issues.",
                     "Understands the priorities of partner organisations and how they affect joint work.",
                     "Shares information and resources with partners where it is appropriate to do so."],
    },
    {
        "name": "Respect for Others", "letter": "A",
        "definition": ("Treats everyone with dignity and respect, values difference and challenges behaviour that "
                       "is inappropriate or discriminatory."),
        "level": ("Shows respect for others in all dealings and promotes a culture in which diversity is valued. "
                  "This level applies to all grades."),
        "positive": ["Treats colleagues, partners and members of the public fairly and with courtesy.",
                     "Recognises and values the contributions of people from different backgrounds.",
                     "Challenges inappropriate language and behaviour promptly.",
                     "Considers the needs of others when planning work."],
    },
]


def _run(p, text, bold=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def _vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:vMerge {nsdecls("w")} w:val="{val}"/>' if val else f'<w:vMerge {nsdecls("w")}/>'))


def _vertical_text(cell):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="btLr"/>'))


def build():
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    bullet = H.add_numbering(d, H.bullet_lvl("\uf0b7", left=360, hanging=360, font="Symbol"), "4E434101")

    for part in (sec.header, sec.footer):
        p = part.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, "[INSERT SECURITY CLASSIFICATION]", bold=True, size=9, color="C00000")
    fp = sec.footer.add_paragraph()
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    H.add_field(fp, "PAGE")

    d.add_heading(TITLE, level=1)
    d.add_paragraph("The following table below provides a summary of PQF behaviours by NCA grade.")
    t = d.add_table(rows=1, cols=2 + len(GRADES))
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].merge(hdr[1])
    hdr[0].paragraphs[0].text = ""
    _run(hdr[0].paragraphs[0], "PQF - BEHAVIOURS", bold=True)
    for c, g in zip(hdr[2:], GRADES):
        c.paragraphs[0].text = ""
        _run(c.paragraphs[0], g, bold=True)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        H.shade(c, "D9D9D9" if g != "G4" else "FFE699")
    for cluster, rows in SUMMARY:
        for i, (name, letters) in enumerate(rows):
            r = t.add_row().cells
            if i == 0:
                r[0].paragraphs[0].text = ""
                _run(r[0].paragraphs[0], cluster, bold=True, size=7)
                _vertical_text(r[0])
                _vmerge(r[0], "restart")
            else:
                _vmerge(r[0], None)
            r[1].paragraphs[0].text = name
            for c, (g, letter) in zip(r[2:], zip(GRADES, letters)):
                c.paragraphs[0].text = letter
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                if g == "G4":
                    H.shade(c, "FFF2CC")
    H.fix_widths(t, [0.45, 2.0] + [0.5] * len(GRADES))

    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Appendices", level=1)
    for i, e in enumerate(ENTRIES):
        if i:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(f"{e['name']} \u2013 Level {e['letter']}", level=2)
        p = d.add_paragraph()
        _run(p, "Behaviour definition", bold=True)
        d.add_paragraph(e["definition"])
        p = d.add_paragraph()
        _run(p, "Level definition", bold=True)
        d.add_paragraph(e["level"])
        p = d.add_paragraph()
        _run(p, "Positive indicators", bold=True)
        for b in e["positive"]:
            H.set_num(d.add_paragraph(b), bullet)

    out = H.DOCS / f"{STEM}.docx"
    d.save(out)

    comps = []
    for e in ENTRIES:
        beh = [H.item(STEM, e["level"], "Level definition")] + H.items(STEM, e["positive"], "Positive indicators")
        comps.append(H.competency(STEM, e["name"], e["definition"],
                                  levels=[H.level(RANK[e["letter"]], f"Level {e['letter']}", beh)]))
    H.write_gold(out, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
