"""naa-performance-expectations.pdf: National Archives of Australia careers page "Performance
expectations", as a staff member would have it after printing the web page to PDF (browser header with
date and page title, footer with URL and page x/y, the page chrome printed along).

Layout modelled on naa.gov.au: the page is organised by classification level (APS 1, APS 2, APS 3 ...),
each level split into "General capabilities" and "Leadership capabilities", each capability a bold
sub-heading over a short bullet list. So a capability's levels are scattered over the whole page.
Built with python-docx, rendered with LibreOffice."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

import common as C
import helpers as H

STEM = "naa-performance-expectations"
NAME = STEM + ".pdf"
URL = "https://www.naa.gov.au/about-us/employment/how-apply/performance-expectations"

GENERAL = ["Drive for results", "Flexible thinking", "Collaborative working"]
LEADERSHIP = ["Strategic insight", "Lead people through change"]

LEVELS = {
    "APS 1": {
        "Drive for results": [
            "Tracks how own tasks are going and deals with anything that gets in the way of results.",
            "Follows the relevant quality standards when completing work.",
            "Manages own time well to get tasks done."],
        "Flexible thinking": [
            "Is receptive to new information and to views from different standpoints.",
            "Takes on new work, using own skills to support the team.",
            "Asks for help when it is needed."],
        "Collaborative working": [
            "Shares all relevant or useful information.",
            "Backs team decisions, respects others and does a fair share of the work.",
            "Contributes to effective relationships with stakeholders."],
        "Strategic insight": [
            "Can name the key people, processes and technologies that matter for own role.",
            "Has a basic grasp of the agency’s role and functions."],
        "Lead people through change": [
            "Takes part in putting change into effect."],
    },
    "APS 2": {
        "Drive for results": [
            "Acts in ways that lead to agreed performance targets, goals or service standards being met.",
            "Shows determination to achieve objectives set by others.",
            "Follows the supervisor’s direction."],
        "Flexible thinking": [
            "Stays open to, and aware of, relevant changes in technology.",
            "Adjusts own thinking and assumptions to allow for new and differing viewpoints.",
            "Responds flexibly when team plans and schedules change."],
        "Collaborative working": [
            "Works cooperatively with team members and offers help when workloads peak.",
            "Keeps the supervisor up to date on progress and issues.",
            "Seeks out the views of others before forming a position."],
        "Strategic insight": [
            "Understands how own work contributes to the team’s goals.",
            "Is aware of the reasons behind decisions that affect the work area."],
        "Lead people through change": [
            "Keeps a positive attitude during periods of change and encourages colleagues to do the same."],
    },
    "APS 3": {
        "Drive for results": [
            "Plans and prioritises own work to deliver results on time and to standard.",
            "Identifies risks to delivery early and raises them with the supervisor.",
            "Checks work for accuracy before it goes out."],
        "Flexible thinking": [
            "Suggests practical improvements to work processes.",
            "Adapts their approach when circumstances or priorities shift."],
        "Collaborative working": [
            "Builds cooperative working relationships within and beyond the team.",
            "Resolves minor disagreements with colleagues constructively.",
            "Shares knowledge to help others get their work done."],
        "Strategic insight": [
            "Links own and team tasks to the agency’s business plan."],
        "Lead people through change": [
            "Explains the reasons for change to colleagues and supports them to adjust.",
            "Offers ideas to make change work better in the team."],
    },
}

NAVY = RGBColor(0x1B, 0x36, 0x5D)
GREY = RGBColor(0x55, 0x55, 0x55)


def para(d, text="", size=10, bold=False, color=None, before=0, after=4, align=None, italic=False):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if align:
        p.alignment = align
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color:
            r.font.color.rgb = color
    return p


def build():
    d = docx.Document()
    C.clear_core_props(d, "Performance expectations | naa.gov.au")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.55)
    sec.top_margin, sec.bottom_margin = Inches(0.6), Inches(0.6)
    sec.header_distance = sec.footer_distance = Inches(0.25)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)

    hp = sec.header.paragraphs[0]
    H.tab_stop_right(hp, 10350)
    r = hp.add_run("2/12/26, 10:14 am\tPerformance expectations | naa.gov.au")
    r.font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]
    H.tab_stop_right(fp, 10350)
    r = fp.add_run(URL + "\t")
    r.font.size = Pt(7.5)
    C.add_field(fp, "PAGE")
    fp.add_run("/")
    C.add_field(fp, "NUMPAGES")
    for run in fp.runs:
        run.font.size = Pt(7.5)

    # ---- page chrome (printed along with the page)
    para(d, "Skip to main content", size=8, color=GREY, after=2)
    p = para(d, "", after=2)
    r = p.add_run("Australian Government")
    r.font.size = Pt(8)
    r = p.add_run("   National Archives of Australia")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = NAVY
    para(d, "Explore the collection    Learn    Information management    Help your community    "
            "Visit us    About us    Search", size=8.5, color=NAVY, after=2)
    p = para(d, "Home  ›  About us  ›  Employment  ›  How to apply  ›  Performance expectations",
             size=8, color=GREY, after=8)
    H.bottom_border(p, "C8C8C8")

    para(d, "Performance expectations", size=22, bold=True, color=NAVY, before=6, after=8)
    para(d, "The standards below describe what we expect of staff at each classification level, whatever "
            "branch they work in. They do not replace the APSC Work Level Standards or the National "
            "Archives Capability Framework; they are written to be consistent with both.", size=10, after=10)

    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=500, hanging=250, font="Liberation Sans"),
                             "2B3C4D5E")
    for level, caps in LEVELS.items():
        p = para(d, level, size=16, bold=True, color=NAVY, before=10, after=4)
        H.keep_with_next(p)
        H.bottom_border(p, "1B365D", 8)
        for group, names in (("General capabilities", GENERAL), ("Leadership capabilities", LEADERSHIP)):
            p = para(d, group, size=12.5, bold=True, color=NAVY, before=6, after=2)
            H.keep_with_next(p)
            for name in names:
                p = para(d, name, size=10.5, bold=True, before=4, after=1)
                H.keep_with_next(p)
                for b in caps[name]:
                    bp = d.add_paragraph(b)
                    bp.paragraph_format.space_after = Pt(1)
                    C.set_num(bp, bullet)

    # ---- page footer chrome
    p = para(d, "Was this page helpful?    Yes    No", size=9, bold=True, before=16, after=8)
    H.top_border(p, "C8C8C8")
    para(d, "About us    Contact us    Careers    Accessibility    Privacy    Copyright    Freedom of "
            "information", size=8.5, color=NAVY, after=6)
    para(d, "The National Archives of Australia acknowledges the Traditional Custodians of Country "
            "throughout Australia and their continuing connection to land, sea and community. We pay our "
            "respects to them and their cultures, and to Elders past and present.", size=8, color=GREY,
         after=4, italic=True)
    para(d, "© National Archives of Australia 2026", size=8, color=GREY)

    src = H.WORK / (STEM + ".docx")
    d.save(src)
    H.docx_to_pdf(src, H.DOCS / NAME)
    src.unlink()


def gold():
    comps = []
    for name in GENERAL + LEADERSHIP:
        levels = [H.lv(i + 1, level, H.items(LEVELS[level][name], STEM))
                  for i, level in enumerate(LEVELS)]
        comps.append(H.comp(name, STEM, None, levels=levels))
    return H.write_gold(STEM, NAME, "pdf", "Performance expectations", comps)


if __name__ == "__main__":
    build()
    print(gold())
