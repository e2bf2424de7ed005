"""Environment Agency (England) - Technical Development Framework, organisation-wide capability dictionary
(extract), rendered DOCX -> PDF with LibreOffice (A4).

Layout: running header "Environment Agency" / "Technical Development Framework" (left / right), footer
"Capability dictionary" and "Page X of Y"; a front section with the five capability categories as bullets and a
level key table (1 = awareness or novice ... 5 = expert); then per capability a small label/value table
(Capability / Code / Category), a "Description" heading and paragraph, a level table (header row "Level" /
"What you would see at this level", one row per level low to high, first cell "Level N - word", bullets in the
second cell), and "Ways to develop this capability" bullets.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "ea-capability-dictionary"
TITLE = "Capability dictionary"
GREEN = RGBColor(0x00, 0x6A, 0x3D)

CATEGORIES = ["Personal effectiveness", "Cross-functional know how", "Operational and Technical specialist",
              "Support specialist", "Management"]
LEVELS = [("1", "Awareness", "awareness or novice: knows the capability exists and why it matters"),
          ("2", "Basic", "basic or being supervised: can apply it in routine work with guidance"),
          ("3", "Confident", "confident or working independently: applies it without supervision"),
          ("4", "Advanced", "advanced or guiding others: deals with complex cases and guides colleagues"),
          ("5", "Expert", "expert or recognised authority: sets direction inside and outside the Agency")]

CAPS = [
    ("Communicating effectively", "PE03", "Personal effectiveness",
     "Shares information, ideas and advice clearly and accurately, in speech and in writing, in a way that suits "
     "the audience and the purpose.",
     [["Understands why clear and accurate communication matters in the Agency\u2019s work.",
       "Passes on routine information accurately when asked."],
      ["Writes short notes, emails and file records using Agency templates, with guidance.",
       "Explains routine matters clearly to colleagues and members of the public."],
      ["Writes clear reports, letters and briefings without supervision.",
       "Adapts style and content for technical and non-technical audiences.",
       "Listens carefully and checks that others have understood."],
      ["Presents complex or contentious issues to external audiences, including public meetings.",
       "Reviews and improves the written work of others."],
      ["Is sought out to put across the Agency\u2019s position on high-profile or sensitive issues.",
       "Sets standards for communication across a function or area."]],
     ["Ask a colleague to review a report you have drafted and talk through their comments.",
      "Shadow an officer presenting at a public drop-in session or liaison meeting.",
      "Offer to write your team\u2019s piece for the area newsletter."]),
    ("Working with partners and customers", "CF02", "Cross-functional know how",
     "Builds effective working relationships with customers, partners and other organisations to achieve "
     "shared environmental outcomes.",
     [["Knows who the Agency\u2019s main customers and partners are in own area of work."],
      ["Deals politely and helpfully with customers\u2019 routine enquiries, with support.",
       "Keeps customers informed about what will happen and when."],
      ["Builds working relationships with local partners such as councils, water companies and landowners.",
       "Resolves most customer complaints without referring them on.",
       "Finds out what partners need and explains what the Agency can and cannot do."],
      ["Leads joint work with partners, agreeing shared objectives and roles.",
       "Handles difficult or conflicting stakeholder interests and negotiates workable solutions."],
      ["Shapes partnerships at regional or national level and influences partners\u2019 priorities.",
       "Is recognised by external organisations as a trusted contact for the Agency."]],
     ["Join a catchment partnership meeting and note how partners\u2019 interests are balanced.",
      "Take the lead on a routine customer enquiry from start to finish, then review it with your line manager.",
      "Complete the customer service e-learning module."]),
    ("Environmental data interpretation", "OT14", "Operational and Technical specialist",
     "Collects, checks, analyses and interprets environmental monitoring data and draws sound conclusions from it.",
     [["Knows the main types of monitoring data the team uses and where they are stored."],
      ["Enters and checks routine sample results against quality rules, under supervision.",
       "Produces standard tables and graphs from existing datasets."],
      ["Chooses suitable methods to analyse data and spots trends, outliers and errors.",
       "Writes clear interpretations of results for use in permitting or incident work."],
      ["Designs monitoring programmes and analyses complex or incomplete datasets.",
       "Advises others on the limits of data and the confidence that can be placed in conclusions."],
      ["Is a recognised authority on the interpretation of a type of environmental data.",
       "Develops new analytical approaches and national guidance."]],
     ["Work alongside a data specialist on an annual water quality summary.",
      "Attend the internal course on basic statistics for environmental monitoring.",
      "Present the findings of a small dataset to your team and ask for feedback."]),
]


def _font(run, size=10, bold=False, color=None, italic=False):
    run.font.name = "Liberation Sans"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if color is not None:
        run.font.color.rgb = color


def _para(container, text, size=10, bold=False, color=None, italic=False, after=6, before=0):
    p = container.add_paragraph()
    if text:
        _font(p.add_run(text), size, bold, color, italic)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    return p


def _cell_text(cell, text, size=9.5, bold=False, color=None):
    p = cell.paragraphs[0]
    _font(p.add_run(text), size, bold, color)
    p.paragraph_format.space_after = Pt(2)
    return p


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="Technical Development Framework - Capability dictionary",
                       author="Environment Agency")
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(10)
    bnum = H.add_numbering(d, H.bullet_lvl("\u2022", 284, 284), "5A1C0B01")
    cnum = H.add_numbering(d, H.bullet_lvl("\u2013", 227, 227), "5A1C0B02")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), alignment=2)
    _font(hp.add_run("Environment Agency\tTechnical Development Framework"), 8, color=GREEN)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), alignment=2)
    _font(fp.add_run("Capability dictionary \u2013 version 2, April 2008\tPage "), 8)
    H.add_field(fp, "PAGE")
    _font(fp.add_run(" of "), 8)
    H.add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)

    _para(d, "Technical Development Framework", 20, True, GREEN, after=2)
    _para(d, "Capability dictionary", 15, True, after=14)
    _para(d, "About the dictionary", 12, True, GREEN, after=4)
    _para(d, "Capabilities are short, high-level descriptions of the behaviours, skills and knowledge we need to do "
             "our work. Every capability the Agency needs is held in this one dictionary, which works as a menu: "
             "the capabilities for any job can be chosen from it. Most capabilities are deliberately general so "
             "that they apply to many roles and help staff and managers see which skills can be transferred.",
          after=6)
    _para(d, "The capabilities are grouped into five categories:", after=3)
    for c in CATEGORIES:
        H.set_num(_para(d, c, after=2), bnum)
    _para(d, "Capability levels", 12, True, GREEN, after=4, before=8)
    _para(d, "Each capability is described at five levels:", after=4)
    t = d.add_table(rows=1 + len(LEVELS), cols=2)
    t.style = "Table Grid"
    _cell_text(t.cell(0, 0), "Level", bold=True)
    _cell_text(t.cell(0, 1), "Meaning", bold=True)
    for c in t.rows[0].cells:
        H.shade(c, "D9EAD3")
    for i, (n, word, meaning) in enumerate(LEVELS, 1):
        _cell_text(t.cell(i, 0), n, bold=True)
        _cell_text(t.cell(i, 1), f"{n} = {meaning}")
    H.fix_widths(t, [0.8, 6.0])
    _para(d, "For each capability the dictionary gives its code and category, a description, what you would see "
             "at each level, and some ways to develop it. The extract below covers one capability from each of "
             "three categories.", after=6, before=8)

    for name, code, cat, desc, levels, acts in CAPS:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        info = d.add_table(rows=3, cols=2)
        info.style = "Table Grid"
        for r, (k, v) in enumerate([("Capability", name), ("Code", code), ("Category", cat)]):
            _cell_text(info.cell(r, 0), k, 10, True)
            H.shade(info.cell(r, 0), "D9EAD3")
            _cell_text(info.cell(r, 1), v, 12 if r == 0 else 10, r == 0, GREEN if r == 0 else None)
        H.fix_widths(info, [1.3, 5.5])
        _para(d, "Description", 11, True, GREEN, after=3, before=10)
        _para(d, desc, after=8)
        lt = d.add_table(rows=1 + len(levels), cols=2)
        lt.style = "Table Grid"
        lt.alignment = WD_TABLE_ALIGNMENT.CENTER
        _cell_text(lt.cell(0, 0), "Level", bold=True)
        _cell_text(lt.cell(0, 1), "What you would see at this level", bold=True)
        for c in lt.rows[0].cells:
            H.shade(c, "D9EAD3")
        H.header_row(lt.rows[0])
        for i, bullets in enumerate(levels, 1):
            n, word, _ = LEVELS[i - 1]
            _cell_text(lt.cell(i, 0), f"Level {n} \u2013 {word}", bold=True)
            cell = lt.cell(i, 1)
            for j, b in enumerate(bullets):
                p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                _font(p.add_run(b), 9.5)
                p.paragraph_format.space_after = Pt(2)
                H.set_num(p, cnum)
            H.cant_split(lt.rows[i])
        H.fix_widths(lt, [1.6, 5.2])
        _para(d, "Ways to develop this capability", 11, True, GREEN, after=3, before=10)
        for a in acts:
            H.set_num(_para(d, a, after=2), bnum)

    src = Path(outdir) / f"{STEM}.docx"
    d.save(src)
    H.soffice(src, "pdf", H.DOCS)
    return H.DOCS / f"{STEM}.pdf"


def gold():
    comps = []
    for name, code, cat, desc, levels, acts in CAPS:
        comps.append(H.competency(
            STEM, name, desc,
            levels=[H.level(STEM, i, f"Level {LEVELS[i-1][0]} \u2013 {LEVELS[i-1][1]}", bs)
                    for i, bs in enumerate(levels, 1)],
            activities=H.items(STEM, acts),
            notes=[H.item(STEM, code, "Code"), H.item(STEM, cat, "Category")]))
    return "Technical Development Framework", comps
