"""SHL - "SHL's Universal Competency Framework: Competency Definitions" (DOCX).

Modelled on the two-page UCF definitions sheet: title and subtitle in capitals, the Great Eight factors as
numbered headings ("1. Leading and Deciding"), each followed by a borderless two-column table whose left cell
holds the dimension number and name ("1.1 Deciding and Initiating Action", vertically centred) and whose right
cell holds the definition (semicolon-separated clauses). Factor and dimension names are SHL's labels; the
definitions are reworded. Footer with copyright line and "Page X of Y". python-docx.
"""
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import bulib as L

STEM = "shl-ucf-competency-definitions"
OUT = L.DOCS / f"{STEM}.docx"
BLUE = RGBColor(0x00, 0x3A, 0x70)

FACTORS = [
    ("1", "Leading and Deciding", [
        ("1.1", "Deciding and Initiating Action",
         "Takes responsibility for actions, projects and people; shows initiative and works under own direction; "
         "starts activities and brings change into work processes; makes quick, clear decisions, including tough "
         "choices and calculated risks."),
        ("1.2", "Leading and Supervising",
         "Gives others a clear sense of direction; motivates and empowers them; recruits staff of high calibre; "
         "gives staff coaching and opportunities to develop; sets appropriate standards of behaviour."),
    ]),
    ("2", "Supporting and Co-operating", [
        ("2.1", "Working with People",
         "Respects the views and contributions of other team members; shows empathy; listens to, supports and "
         "cares for others; consults others and shares information and expertise with them; builds team spirit "
         "and settles conflict; adapts to the team and fits in well."),
        ("2.2", "Adhering to Principles and Values",
         "Upholds ethics and values; acts with integrity; promotes and defends equal opportunities and builds "
         "diverse teams; encourages organisational and personal responsibility towards the community and the "
         "environment."),
    ]),
    ("3", "Interacting and Presenting", [
        ("3.1", "Relating and Networking",
         "Builds good relationships with customers and staff with ease; gets on well with people at every level; "
         "develops a wide and effective network of contacts; uses humour appropriately to bring warmth to "
         "working relationships."),
        ("3.2", "Persuading and Influencing",
         "Wins clear agreement and commitment from others through persuasion, argument and negotiation; uses "
         "organisational politics effectively to influence others; promotes ideas on behalf of self or others; "
         "makes a strong personal impact; manages the impression made on others."),
        ("3.3", "Presenting and Communicating Information",
         "Speaks fluently; puts across opinions, information and the key points of an argument clearly; presents "
         "and speaks in public with skill and confidence; responds quickly to the needs, reactions and feedback "
         "of an audience; comes across as credible."),
    ]),
    ("4", "Analysing and Interpreting", [
        ("4.1", "Writing and Reporting",
         "Writes clearly, concisely and correctly; writes persuasively in an engaging and expressive style; "
         "avoids needless jargon and convoluted language; structures writing logically; organises information to "
         "suit the needs and understanding of the intended reader."),
        ("4.2", "Applying Expertise and Technology",
         "Applies detailed specialist and technical expertise; builds job knowledge through continuing "
         "professional development; shares expertise and knowledge with others; uses technology to achieve "
         "objectives; shows a sound understanding of the business and the organisation."),
        ("4.3", "Analysing",
         "Analyses numerical, verbal and all other sources of information; breaks information down into its "
         "parts, patterns and relationships; probes for more information or a deeper understanding of a "
         "problem; makes rational judgements from the information and analysis available; produces workable "
         "solutions to a range of problems; understands how one issue may be part of a much larger system."),
    ]),
    ("5", "Creating and Conceptualising", [
        ("5.1", "Learning and Researching",
         "Picks up new tasks quickly and retains information well; gathers thorough information to support "
         "decisions; encourages the organisation to learn from its successes and failures and from staff and "
         "customer feedback; manages knowledge by collecting, classifying and passing on what is useful to the "
         "organisation."),
        ("5.2", "Creating and Innovating",
         "Produces new ideas, approaches or insights; creates innovative products or designs; generates a range "
         "of solutions to a problem; looks for opportunities to improve the organisation; designs effective "
         "change initiatives."),
        ("5.3", "Formulating Strategies and Concepts",
         "Works strategically towards organisational goals; sets and develops strategy; identifies and develops "
         "a positive, compelling vision of what the organisation could become; takes account of a wide range of "
         "issues across and around the organisation."),
    ]),
    ("6", "Organising and Executing", [
        ("6.1", "Planning and Organising",
         "Sets clearly defined objectives; plans activities and projects well ahead and allows for changing "
         "circumstances; identifies and organises the resources a task needs; manages time well; tracks "
         "performance against deadlines and milestones."),
        ("6.2", "Delivering Results and Meeting Customer Expectations",
         "Concentrates on customer needs and satisfaction; sets high standards of quality and quantity; monitors "
         "and maintains quality and productivity; works in a systematic, methodical and orderly way; achieves "
         "project goals consistently."),
        ("6.3", "Following Instructions and Procedures",
         "Follows instructions from others without challenging authority unnecessarily; keeps to procedures, "
         "policies and schedules; arrives on time for work and meetings; shows commitment to the organisation; "
         "meets the legal and safety obligations of the role."),
    ]),
    ("7", "Adapting and Coping", [
        ("7.1", "Adapting and Responding to Change",
         "Adapts to changing circumstances; accepts new ideas and change initiatives; adjusts interpersonal "
         "style to different people and situations; is respectful of and sensitive to cultural and religious "
         "differences; copes with ambiguity and makes positive use of the opportunities it offers."),
        ("7.2", "Coping with Pressures and Setbacks",
         "Keeps a positive outlook at work; works productively under pressure; keeps emotions in check in "
         "difficult situations; balances the demands of work and personal life; takes criticism well and learns "
         "from it."),
    ]),
    ("8", "Enterprising and Performing", [
        ("8.1", "Achieving Personal Work Goals and Objectives",
         "Takes on demanding goals with enthusiasm; works hard and puts in extra hours when needed; seeks "
         "progression to roles with more responsibility and influence; identifies own development needs and "
         "makes use of development and training opportunities."),
        ("8.2", "Entrepreneurial and Commercial Thinking",
         "Keeps up to date with competitor information and market trends; spots business opportunities for the "
         "organisation; shows financial awareness; controls costs and thinks in terms of profit, loss and added "
         "value."),
    ]),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    normal = doc.styles["Normal"]
    L.style_font(normal, "Arial")
    normal.font.size = Pt(9)
    normal.paragraph_format.space_after = Pt(0)
    L.clear_core_props(doc, "SHL's Universal Competency Framework")

    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 17.0)
    r = fp.add_run("\u00a9 SHL Group Limited. All rights reserved.\tPage ")
    L.add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    L.add_field(fp, "NUMPAGES", "2")
    for run in fp.runs:
        run.font.size = Pt(7)

    for txt, size in (("SHL\u2019s UNIVERSAL COMPETENCY FRAMEWORK", 15), ("COMPETENCY DEFINITIONS", 12)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(txt)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(size), BLUE
    for num, factor, dims in FACTORS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(4)
        L.keep_with_next(p)
        r = p.add_run(f"{num}.  {factor}")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(11), BLUE
        t = doc.add_table(rows=0, cols=2)
        L.set_cell_margins(t, top=40, bottom=40, left=80, right=80)
        for code, name, definition in dims:
            row = t.add_row()
            L.row_flags(row)
            left, right = row.cells
            left.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            rr = left.paragraphs[0].add_run(f"{code}  {name}")
            rr.bold = True
            right.paragraphs[0].add_run(definition)
            right.paragraphs[0].paragraph_format.space_after = Pt(3)
        L.fix_widths(t, [5.2 / 2.54, 11.8 / 2.54])
    doc.save(str(OUT))


def gold():
    comps = []
    for _n, _f, dims in FACTORS:
        for _code, name, definition in dims:
            comps.append(L.competency(STEM, name, definition))
    L.write_gold(OUT, "docx", "SHL\u2019s UNIVERSAL COMPETENCY FRAMEWORK", comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
