"""Europass digital competence self-assessment grid (DigComp-based): competence areas as table COLUMNS,
levels as ROWS (Basic / Independent / Proficient user). DOCX via python-docx."""
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import common as C
import util as U

STEM = "europass-digital-competence-grid"
FILE = STEM + ".docx"
TITLE = "Digital competence - Self-assessment grid"
AREAS = ["Information processing", "Content creation", "Safety"]
LEVELS = ["Basic user", "Independent user", "Proficient user"]

CELLS = {
    ("Basic user", "Information processing"):
        "Using a search engine, I am able to look things up online. I realise that some of what I find on the "
        "internet may be unreliable. I know how to keep files and other content (texts, photos, songs, clips, web "
        "pages, for example) and open them again later.",
    ("Basic user", "Content creation"):
        "With digital tools I can put together simple content, such as a short text, a table, a picture or a sound "
        "file, in at least one format. I am able to make minor changes to material created by others. I am aware "
        "that some content is covered by copyright. In the programs and apps I use, I can adjust basic features and "
        "settings, for instance the defaults.",
    ("Basic user", "Safety"):
        "I protect my devices in simple ways, for example with passwords and anti-virus software. I understand that "
        "online information is not always trustworthy. I realise that someone could steal my login details. I avoid "
        "putting private details online. I am aware that spending too much time with digital technology can affect "
        "my health. I try to use less energy in simple ways.",
    ("Independent user", "Information processing"):
        "I search with more than one search engine and narrow my results with filters, for example to show only "
        "pictures, videos or maps. I check information against several sources before I trust it. I keep my "
        "information in a logical structure of files and folders so that it is quick to find, and I make backup "
        "copies of what I store.",
    ("Independent user", "Content creation"):
        "I can create more complex content, such as texts, tables, images and sound files, in several formats. "
        "Starting from a template, I can build a blog or a web page with an editing tool. I can add basic "
        "formatting, such as footnotes, charts or tables, to my own content or to content made by others. I know "
        "how content protected by copyright may be quoted and reused. I understand the basics of one programming "
        "language.",
    ("Independent user", "Safety"):
        "The devices I use online have security software, such as anti-virus and a firewall, which I keep updated. "
        "I use a different password for each device and service and change my passwords now and then. I can "
        "recognise websites and e-mails designed to cheat people, phishing messages included. I manage how I appear "
        "online and keep an eye on the traces I leave. I understand the health risks of digital technology, such as "
        "poor posture or addiction, and the ways technology helps and harms the environment.",
    ("Proficient user", "Information processing"):
        "I find reliable information online with advanced search techniques such as search operators. I follow "
        "content that interests me through web feeds like RSS. I apply a range of criteria to decide whether "
        "information is valid and credible. I follow new developments in the way information is searched for, "
        "stored and retrieved. I can keep what I find online in various formats and I use cloud storage.",
    ("Proficient user", "Content creation"):
        "I can create and edit complex multimedia content in several formats across a variety of platforms, tools "
        "and environments. I can write the code for a website myself. I use the advanced features of different "
        "tools, such as mail merge, combining documents of different formats, complex formulas and macros. I know "
        "how licences and copyright are applied to content. I work in several programming languages and can design, "
        "build and change databases with software tools.",
    ("Proficient user", "Safety"):
        "I review the security settings of my devices and applications regularly. I know what to do when my "
        "computer catches a virus. I can configure the firewall and other security settings of my devices, encrypt "
        "files and e-mails and filter out spam. I use information technology sensibly so as not to harm my health. "
        "I have an informed view of the effects of digital technology on daily life, on online consumption and on "
        "the environment.",
}

BLUE = "0E4194"


def build():
    d = docx.Document()
    C.clear_core_props(d, "Europass: Digital competence - self-assessment grid")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.4)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)

    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(26.4), alignment=2)
    U.set_font(hp.add_run("europass"), "Arial", 14, bold=True, color=BLUE)
    U.set_font(hp.add_run("\tEuropean Union"), "Arial", 8, color="7F7F7F")
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(26.4), alignment=2)
    U.set_font(fp.add_run("© European Union, 2004-2017 | http://europass.cedefop.europa.eu\t"), "Arial", 7, color="7F7F7F")
    C.add_field(fp, "PAGE", "1")
    for r in fp.runs[1:]:
        U.set_font(r, "Arial", 7, color="7F7F7F")

    p = d.add_paragraph()
    U.set_font(p.add_run(TITLE), "Arial", 16, bold=True, color=BLUE)
    U.para_spacing(p, 0, 4)
    p = d.add_paragraph()
    U.set_font(p.add_run("The grid describes three levels of proficiency in each area of digital competence. "
                         "Read the descriptions and choose, for each area, the level that best matches what you can do."),
               "Arial", 9, italic=True, color="404040")
    U.para_spacing(p, 0, 10)

    t = d.add_table(rows=1, cols=1 + len(AREAS))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    U.table_borders(t, "9FA8C7", 6)
    C.mark_header_row(t.rows[0])
    C.shade(t.rows[0].cells[0], BLUE)
    for j, a in enumerate(AREAS, start=1):
        c = t.rows[0].cells[j]
        C.shade(c, BLUE)
        cp = c.paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        U.set_font(cp.add_run(a), "Arial", 10, bold=True, color="FFFFFF")
        U.para_spacing(cp, 3, 3)
    for lv in LEVELS:
        row = t.add_row()
        C.row_flags(row)
        c0 = row.cells[0]
        C.shade(c0, "E4E8F4")
        U.set_font(c0.paragraphs[0].add_run(lv), "Arial", 9.5, bold=True, color=BLUE)
        for j, a in enumerate(AREAS, start=1):
            cp = row.cells[j].paragraphs[0]
            U.set_font(cp.add_run(CELLS[(lv, a)]), "Arial", 8.5)
            U.para_spacing(cp, 2, 2)
            U.cell_margins(row.cells[j], 60, 60, 90, 90)
    U.fixed_table(t, [3.0, 7.8, 7.8, 7.8])
    d.save(U.DOCS / FILE)


def gold():
    comps = []
    for a in AREAS:
        levels = [{"rank": r, "label": lv, "behaviors": [C.item(STEM, CELLS[(lv, a)])]}
                  for r, lv in enumerate(LEVELS, start=1)]
        comps.append(C.competency(a, STEM, levels=levels))
    return C.write_gold(U.DOCS / FILE, "docx", TITLE, comps)
