"""Te Arawhiti - The Office for Maori Crown Relations (New Zealand) - "Maori Crown Relations Capability Framework
for the Public Service - Individual Capability Component", rendered DOCX -> PDF with LibreOffice (A4).

Layout: agency name block in the header, centred page number in the footer; title; "Purpose of the Individual
Capability Component" with paragraphs numbered by Word (1., 2., ... and a second level 3.1., 4.1. ...); then
"Core competency areas" and one block per area: a coloured area heading, the area description as the next
numbered paragraph, a "Level | What this looks like" table (Foundation / Intermediate / Advanced, one paragraph
per cell) and an "Ideas for building capability" bullet list.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "tearawhiti-mcr-individual-capability-component"
TEAL = RGBColor(0x00, 0x5B, 0x5E)

PURPOSE = [
    (0, "The Individual Capability Component (ICC) is meant to help agencies identify and describe the M\u0101ori "
        "Crown relations skills they need, write job descriptions and carry out performance development. It is "
        "also meant to help agencies shape their approach to training and capability building. Where an agency "
        "already has a capability framework, the ICC can be built into it."),
    (0, "The ICC sits alongside other public service capability tools, such as the Policy Project\u2019s "
        "Development Pathways Tool and the leadership development material of the Leadership Development Centre. "
        "It is meant to help individual public servants find their strengths and development areas, and it "
        "offers a range of ideas for how they can gain skills."),
    (0, "The ICC sets out 11 competency areas, made up of:"),
    (1, "6 core competency areas; and"),
    (1, "5 more specialist competency areas."),
    (0, "Agencies and individuals will have different priorities. At a high level, however, Te Arawhiti has "
        "named the following as the first focus areas for the public service:"),
    (1, "Understanding racial equity and institutional racism;"),
    (1, "New Zealand history and the Treaty of Waitangi;"),
    (1, "Worldview knowledge;"),
    (1, "Tikanga/kawa;"),
    (1, "Te reo M\u0101ori; and"),
    (1, "Engagement with M\u0101ori."),
    (0, "Each competency area below has a short description, a description of what capability looks like at "
        "three levels, and some ideas for building capability. The levels build on each other: a person working "
        "at the Intermediate level is expected to show the Foundation capability as well."),
]

AREAS = [
    ("New Zealand history and the Treaty of Waitangi",
     "Knowledge of the history of Aotearoa New Zealand, including the signing of te Tiriti o Waitangi / the "
     "Treaty of Waitangi, its texts and principles, and how the relationship between M\u0101ori and the Crown has "
     "developed since 1840. It includes understanding how this history shapes the work of the public service "
     "today.",
     ["Knows the main events of New Zealand history, including the signing of the Treaty in 1840 and the "
      "differences between the English and M\u0101ori texts. Can describe in general terms why the Treaty matters "
      "to the work of their agency.",
      "Understands the principles of the Treaty as developed by the courts and the Waitangi Tribunal and applies "
      "them to their own work. Is aware of the history of the iwi and hap\u016b in the regions where their agency "
      "works.",
      "Can explain the Treaty settlement process and the Crown obligations that arise from it, and advises others "
      "on how these apply to policy and services. Draws on deep knowledge of local and national history when "
      "working with M\u0101ori."],
     ["Complete an online course on New Zealand history and the Treaty of Waitangi.",
      "Visit the Waitangi Treaty Grounds or a local museum with Treaty exhibits.",
      "Read the Treaty settlement legislation that relates to your region.",
      "Attend a Waitangi Day event in your community."]),
    ("Te reo M\u0101ori",
     "The ability to pronounce, understand and use te reo M\u0101ori at work, from correct pronunciation of names "
     "and places to confident use of the language in formal and everyday settings.",
     ["Pronounces M\u0101ori words, names and place names correctly. Uses simple greetings and sign-offs in emails "
      "and meetings. Can introduce themselves with a short pepeha or mihi.",
      "Holds simple conversations in te reo M\u0101ori and understands the main points of a mihi or karakia. Uses "
      "te reo M\u0101ori in presentations and written work where appropriate.",
      "Speaks te reo M\u0101ori with confidence in formal settings, including on the marae. Can review or write "
      "documents in te reo M\u0101ori and supports others to learn."],
     ["Enrol in a te reo M\u0101ori course with a w\u0101nanga or community provider.",
      "Use a pronunciation app or online guide to practise names and place names.",
      "Learn and practise your pepeha.",
      "Join a lunchtime te reo M\u0101ori group at work."]),
    ("Engagement with M\u0101ori",
     "The skills needed to build and keep relationships with iwi, hap\u016b, M\u0101ori organisations and "
     "communities, and to engage with them early, in good faith and in ways that reflect tikanga.",
     ["Knows which iwi and M\u0101ori organisations their team works with and why. Understands the agency\u2019s "
      "engagement guidelines and follows them when supporting engagement.",
      "Plans and takes part in engagement with M\u0101ori, allowing enough time and resources. Builds working "
      "relationships with M\u0101ori partners and reports back on how their views were used.",
      "Leads engagement on complex or sensitive issues and keeps long-term relationships at senior levels. "
      "Advises others on engagement approaches and on the Crown\u2019s obligations."],
     ["Read the Te Arawhiti guidelines for engagement with M\u0101ori.",
      "Shadow a colleague who is experienced in engaging with iwi.",
      "Attend a hui with a M\u0101ori partner organisation."]),
]


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="Individual Capability Component", author="Te Arawhiti")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = Inches(0.9)
    sec.bottom_margin = Inches(0.8)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)

    hp = sec.header.paragraphs[0]
    r = hp.add_run("TE ARAWHITI")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = TEAL
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("The Office for M\u0101ori Crown Relations")
    r.font.size = Pt(8)
    r.font.color.rgb = TEAL
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")

    lvls = (H.decimal_lvl("%1.", left=567, hanging=567, ilvl=0)
            + H.decimal_lvl("%1.%2.", left=1134, hanging=567, ilvl=1))
    num = H.add_numbering(d, lvls, "7A3B0C11")
    bul = H.add_numbering(d, H.bullet_lvl("\u2022", left=360, hanging=360), "7A3B0C12")

    p = d.add_paragraph()
    r = p.add_run("M\u0101ori Crown Relations Capability Framework for the Public Service - "
                  "Individual Capability Component")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = TEAL
    p.paragraph_format.space_after = Pt(10)

    def heading(text, size=12):
        hp = d.add_paragraph()
        hr = hp.add_run(text)
        hr.bold = True
        hr.font.size = Pt(size)
        hr.font.color.rgb = TEAL
        hp.paragraph_format.space_before = Pt(8)
        hp.paragraph_format.keep_with_next = True
        return hp

    heading("Purpose of the Individual Capability Component")
    for lvl, text in PURPOSE:
        p = d.add_paragraph(text)
        H.set_num(p, num, lvl)

    heading("Core competency areas", 13)
    for name, desc, levels, ideas in AREAS:
        heading(name)
        p = d.add_paragraph(desc)
        H.set_num(p, num, 0)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        H.fix_widths(t, [1.3, 4.97])
        for c, txt in zip(t.rows[0].cells, ["Level", "What this looks like"]):
            c.paragraphs[0].add_run(txt).bold = True
            H.shade(c, "D9EAEA")
        for lab, text in zip(["Foundation", "Intermediate", "Advanced"], levels):
            row = t.add_row()
            H.cant_split(row)
            row.cells[0].paragraphs[0].add_run(lab).bold = True
            row.cells[1].paragraphs[0].add_run(text)
        ip = d.add_paragraph()
        ip.paragraph_format.space_before = Pt(8)
        ip.paragraph_format.keep_with_next = True
        ip.add_run("Ideas for building capability").bold = True
        for idea in ideas:
            bp = d.add_paragraph(idea)
            bp.paragraph_format.space_after = Pt(2)
            H.set_num(bp, bul)

    src = outdir / f"{STEM}.docx"
    d.save(src)
    H.soffice(src, "pdf", H.DOCS)
    src.unlink()
    return H.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    import tempfile
    print(build(Path(tempfile.mkdtemp())))
