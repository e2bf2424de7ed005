"""Central Statistics Office (Ireland) with the UNECE HLG-MOS, "Statistical Training Framework aligned to
the Generic Statistical Business Process Model" (January 2018) -> PDF.

python-docx -> LibreOffice, A4: running header "Statistical Training Framework" / "January 2018", centred page
number in the footer; intro on the three levels (front matter); then numbered headings ("5. Sampling and
Estimation"), a description paragraph, a "Related GSBPM sub-processes:" line and a two-column table
Level | Descriptors with rows Basic / Intermediate / Advanced and Word bullets in the right cell. The
header row is a repeating table header; the second table breaks across a page (rows cannot split)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import common as C
import helpers as H

STEM = "cso-statistical-training-framework"
TITLE = "Statistical Training Framework"

HEADINGS = [
    ("5", "Sampling and Estimation",
     "Designing samples that deliver estimates of known quality at an acceptable cost, and producing weighted "
     "estimates and their measures of precision from the data collected.",
     "Related GSBPM sub-processes: 2.4 Design frame and sample; 4.1 Create frame and select sample; "
     "5.6 Calculate weights; 5.7 Calculate aggregates",
     {"Basic": ["Explains the difference between a census, a probability sample and a non-probability sample",
                "Selects a simple random or systematic sample from a frame by following a documented procedure",
                "Applies design weights supplied by methodologists to produce totals and means"],
      "Intermediate": ["Designs a stratified sample and allocates it across strata to meet precision targets",
                       "Calibrates weights to known population totals and checks the resulting weights for "
                       "extreme values",
                       "Estimates sampling variances and confidence intervals for the main survey outputs",
                       "Identifies coverage problems in a frame and proposes how to deal with them"],
      "Advanced": ["Designs complex multi-stage or rotating panel samples for new and redesigned surveys",
                   "Develops small area or model-assisted estimators where direct estimates are not reliable",
                   "Advises senior management on the trade-offs between sample size, cost and quality",
                   "Leads the methodological review of sample designs across the organisation"]}),
    ("6", "Editing and Imputation",
     "Detecting, investigating and treating errors and missing values in collected and administrative data so "
     "that outputs are accurate and the treatment is transparent.",
     "Related GSBPM sub-processes: 5.3 Review and validate; 5.4 Edit and impute",
     {"Basic": ["Applies existing validation rules and follows up the records they flag",
                "Distinguishes between item non-response, unit non-response and invalid values",
                "Records every manual change made to a data file so that it can be traced"],
      "Intermediate": ["Writes and tests edit rules, including consistency checks across variables",
                       "Chooses between deductive, donor and model-based imputation for a given variable",
                       "Uses selective editing scores to concentrate follow-up on the most influential records",
                       "Measures the effect of editing and imputation on the final estimates"],
      "Advanced": ["Designs an editing and imputation strategy for a whole statistical process",
                   "Evaluates new editing methods, including machine learning approaches, before they are used "
                   "in production",
                   "Sets quality indicators for editing and imputation and reports on them to users"]}),
    ("7", "Statistical Disclosure Control",
     "Protecting the confidentiality of respondents in every output released, while keeping as much of the "
     "value of the data for users as possible.",
     "Related GSBPM sub-processes: 6.4 Apply disclosure control; 7.2 Produce dissemination products",
     {"Basic": ["Describes the legal and ethical duty to protect the identity of respondents",
                "Applies threshold and dominance rules to tables before they are published",
                "Recognises when a table may reveal information about an individual person or business"],
      "Intermediate": ["Applies cell suppression, rounding or perturbation to tables and checks for "
                       "secondary disclosure",
                       "Prepares anonymised microdata files for researchers under a documented procedure",
                       "Assesses the disclosure risk of linked tables released from the same source"],
      "Advanced": ["Designs the disclosure control policy for a statistical domain or for the office",
                   "Evaluates methods such as differential privacy and synthetic data for use in outputs",
                   "Represents the office on national and international working groups on confidentiality"]}),
]


def _furniture(sec):
    hp = sec.header.paragraphs[0]
    hp.text = "Statistical Training Framework\tJanuary 2018"
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    H.right_tab(hp, 16.9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE", "1")
    for r in fp.runs:
        r.font.size = Pt(9)


def build():
    H.WORK.mkdir(parents=True, exist_ok=True)
    d = Document()
    H.set_font(d, "Calibri", 11)
    H.style_font(d, "Heading 1", "Calibri", 16, True, "1F4E79")
    H.style_font(d, "Heading 2", "Calibri", 13, True, "1F4E79")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    _furniture(sec)

    d.add_heading("Statistical Training Framework aligned to the Generic Statistical Business Process Model", 1)
    d.add_paragraph(
        "The framework describes thirteen high-level statistical headings. Each heading is set out at three "
        "levels, Basic, Intermediate and Advanced, which express increasing depth of learning. The Advanced "
        "descriptors are those expected of a methodologist or of someone with several years of experience in "
        "the area. Individuals can use the descriptors to assess their own strengths and weaknesses and to "
        "target their training; organisations can combine them with a skills register.")
    d.add_paragraph(
        "Headings 1 to 4 are described in the previous section. The headings below continue the framework.")
    bl = C.add_numbering(d, C.bullet_lvl("\u2022", left=284, hanging=284), "5C1D2E3F")

    for num, name, desc, gsbpm, levels in HEADINGS:
        h = d.add_heading(f"{num}. {name}", 2)
        h.paragraph_format.keep_with_next = True
        p = d.add_paragraph(desc)
        p.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        r = p.add_run(gsbpm)
        r.italic = True
        p.paragraph_format.keep_with_next = True
        t = d.add_table(rows=4, cols=2)
        H.borders(t, color="7F7F7F")
        H.cell_margins(t)
        for ci, lab in enumerate(("Level", "Descriptors")):
            c = t.rows[0].cells[ci]
            c.text = ""
            rr = c.paragraphs[0].add_run(lab)
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            C.shade(c, "1F4E79")
        C.mark_header_row(t.rows[0])
        for ri, lab in enumerate(("Basic", "Intermediate", "Advanced"), start=1):
            C.row_flags(t.rows[ri], cant_split=True)
            c0 = t.rows[ri].cells[0]
            c0.text = ""
            c0.paragraphs[0].add_run(lab).bold = True
            c1 = t.rows[ri].cells[1]
            for k, txt in enumerate(levels[lab]):
                p = c1.paragraphs[0] if k == 0 else c1.add_paragraph()
                p.text = txt
                C.set_num(p, bl)
                H.space(p, 0, 2)
        C.fix_widths(t, [3.8 / 2.54, 13.2 / 2.54])
        d.add_paragraph()

    C.clear_core_props(d, TITLE)
    src = H.WORK / f"{STEM}.docx"
    d.save(src)
    pdf = H.to_pdf(src, H.WORK)
    out = H.DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())
    return out


def gold(doc_path):
    comps = []
    for num, name, desc, gsbpm, levels in HEADINGS:
        lv = [H.lvl(i + 1, lab, levels[lab], STEM) for i, lab in enumerate(("Basic", "Intermediate", "Advanced"))]
        comps.append(H.comp(name, STEM, desc, levels=lv, notes=[H.it(gsbpm, STEM)]))
    return H.write_gold(doc_path, "pdf", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))
