"""Geoscience Australia - Capability Framework (PDF; portrait intro page, landscape level matrices)."""
from aolib import *

STEM = "ga-capability-framework"
TITLE = "Geoscience Australia Capability Framework"
NAVY = "1F3864"
OCHRE = "C55A11"
LEVELS = ["APS 1-2", "APS 3-4", "APS 5-6", "EL 1", "EL 2"]

CAPS = [
    ("2.", "Achieves Results",
     "Delivers the agency's scientific and corporate outcomes by planning work, using resources wisely, "
     "applying expertise and seeing tasks through to completion.",
     [("Identifies and uses resources wisely",
       [["Uses equipment, vehicles and consumables carefully and as instructed",
         "Completes routine tasks within agreed timeframes"],
        ["Plans own work to make good use of time and resources",
         "Points out where a process could be made more efficient"],
        ["Allocates resources across competing tasks within the work team",
         "Tracks expenditure against the team budget and flags variations early"],
        ["Prepares work plans that balance scientific, operational and budget priorities",
         "Makes the case for the resources a program needs to meet its objectives"],
        ["Aligns section resources with agency priorities and the Government's agenda",
         "Reviews resource use across programs and redirects effort where required"]]),
      ("Applies and builds professional expertise",
       [["Learns the procedures, systems and safety rules of the work area",
         "Asks for guidance when unsure how to proceed"],
        ["Applies technical knowledge to solve routine problems",
         "Passes on know-how to new team members"],
        ["Gives sound technical advice within own discipline",
         "Keeps up to date with developments in the field and in data standards"],
        ["Is recognised as a source of expertise inside and outside the agency",
         "Builds the technical capability of the team through coaching and review"],
        ["Brings broad professional and scientific judgement to complex, high-profile issues",
         "Promotes the agency's standing as a trusted source of geoscience advice"]]),
      ("Responds positively to change",
       [["Accepts new tasks and ways of working with a positive attitude"],
        ["Adjusts own priorities when circumstances change",
         "Suggests practical ways to make new arrangements work"],
        ["Helps colleagues understand the reasons for change and what it means for them",
         "Remains effective when priorities are unclear or shifting"],
        ["Leads the team through change, keeping work on track during transition",
         "Identifies risks that change may bring and plans to manage them"],
        ["Initiates and drives change that positions the agency for future needs",
         "Creates a climate in which staff see change as an opportunity"]]),
      ("Takes responsibility for managing work projects to achieve results",
       [["Takes ownership of allocated tasks and reports on progress",
         "Raises problems with the supervisor as soon as they arise"],
        ["Sets realistic milestones for own work and meets them",
         "Follows through on commitments made to colleagues and clients"],
        ["Manages small projects from scoping to delivery",
         "Monitors quality and adjusts plans to keep projects on schedule"],
        ["Manages multiple projects and holds team members accountable for agreed outcomes",
         "Applies sound project and risk management practice"],
        ["Takes responsibility for the delivery of major programs and for their outcomes",
         "Builds a culture of achievement and accountability across the section"]]),
      ("Delivers outcomes for clients and stakeholders",
       [["Provides accurate information to clients in a courteous and timely way"],
        ["Clarifies what clients need before starting work",
         "Checks that products meet the agreed specification"],
        ["Designs products and services around the needs of users of geoscience data",
         "Resolves client issues that fall outside standard procedures"],
        ["Negotiates the scope and timing of deliverables with partner agencies",
         "Evaluates client satisfaction and acts on the findings"],
        ["Sets the strategic direction for client service in the division",
         "Ensures agency outputs meet the needs of government, industry and the community"]])]),
    ("5.", "Communicates with Influence",
     "Communicates clearly and with confidence, listens to others, and presents messages in a way that "
     "persuades and engages a range of audiences, including non-specialists.",
     [("Communicates clearly",
       [["Writes and speaks in plain language that others can follow",
         "Passes on messages accurately and promptly"],
        ["Structures written material logically for its purpose",
         "Explains routine technical matters to clients in simple terms"],
        ["Prepares clear reports, briefs and correspondence on complex matters",
         "Presents information confidently to internal and external groups"],
        ["Translates complex scientific information for senior, ministerial and public audiences",
         "Represents the section at forums and conferences"],
        ["Acts as a credible spokesperson for the agency on sensitive or contested issues",
         "Sets the standard for high-quality communication across the division"]]),
      ("Listens, understands and adapts to audience",
       [["Listens carefully to instructions and checks understanding"],
        ["Asks questions to draw out the views of others",
         "Adjusts tone and content to the needs of the listener"],
        ["Recognises the interests and concerns of stakeholders and responds to them",
         "Seeks feedback on how messages have been received"],
        ["Anticipates how different audiences will react and tailors the approach",
         "Reads underlying issues in discussions and responds with tact"],
        ["Shapes messages to take account of the wider political and community context",
         "Engages openly with diverse and opposing views"]]),
      ("Negotiates persuasively",
       [["Puts forward own view in team discussions"],
        ["Presents a reasoned case when seeking agreement from others",
         "Works towards outcomes that suit all parties where possible"],
        ["Negotiates with colleagues and clients to reach agreed solutions",
         "Stands firm on matters of principle while remaining open to compromise"],
        ["Negotiates complex agreements with other agencies and industry partners",
         "Builds support for proposals before formal decisions are taken"],
        ["Leads high-stakes negotiations on behalf of the agency",
         "Secures the commitment of influential stakeholders to agency directions"]]),
      ("Shares information and knowledge",
       [["Keeps team members informed about own work"],
        ["Contributes to team meetings and shares useful information",
         "Records work so that others can find and use it"],
        ["Shares knowledge across teams and disciplines",
         "Writes clear metadata and documentation for data products"],
        ["Establishes channels that keep stakeholders informed of program progress",
         "Encourages open exchange of ideas within and between sections"],
        ["Promotes a culture of open information sharing across the agency",
         "Ensures the agency's knowledge is accessible to the public and to partners"]])]),
]


def build(workdir):
    d = new_document(font="Liberation Sans", size=10, margins_cm=(2.0, 2.0, 2.0, 2.0))
    bullet = add_numbering(d, bullet_lvl("\u2022", left=227, hanging=170), "2B3C4D01")
    bullet2 = add_numbering(d, bullet_lvl("\u2022", left=360, hanging=360), "2B3C4D02")
    sec = d.sections[0]
    footer_text(sec, TITLE, ["Page ", "PAGE", " of ", "NUMPAGES"], size=8)

    # ---- page 1 (portrait): introduction
    para(d, "GEOSCIENCE AUSTRALIA CAPABILITY FRAMEWORK", bold=True, size=16, color=NAVY, after=10)
    para(d, "Geoscience Australia's Capability Framework describes the key capabilities that employees need to "
            "perform their work at each classification level, from APS1 to EL2. It has also been written with "
            "the agency's future workforce in mind, so that it can guide the development of our people.",
         align="justify")
    para(d, "The Framework is generic and applies to every role in the agency. It can be read alongside the "
            "frameworks of particular professions, which describe the specialist capabilities those professions "
            "require.", align="justify")
    para(d, "Capabilities are described in six broad groups:", after=2)
    bullets(d, ["Supports Strategic Direction", "Achieves Results", "Supports Productive Working Relationships",
                "Displays Personal Drive and Integrity", "Communicates with Influence",
                "Demonstrates Professional/Technical Proficiency"], bullet2)
    para(d, "For each capability the Framework gives indicative behaviours. Some behavioural indicators apply "
            "to all positions, while others relate only to particular roles; this reflects the wide range of work "
            "undertaken across the agency. The Framework supports recruitment and selection, performance "
            "management, and learning, development and career planning.", align="justify", before=4)
    para(d, "Relationship to Work Level Standards", bold=True, size=11, color=NAVY, before=6)
    para(d, "The Capability Framework is a companion to the agency's Work Level Standards (WLS). The WLS "
            "describe the job: they are used for job design, work value, classification and the writing of "
            "duty statements. The Capability Framework, by contrast, describes what the person brings to the "
            "job.", align="justify")
    para(d, "How to read the capability tables", bold=True, size=11, color=NAVY, before=6)
    para(d, "Each capability is broken into elements, shown as rows. The columns give indicative behaviours for "
            "each classification group. Behaviours at a given level assume that the behaviours described for "
            "lower levels are already in place. This extract reproduces two of the six capability groups.",
         align="justify")

    # ---- landscape section: capability tables
    sec2 = new_section(d, landscape=True, margins_cm=(1.6, 1.6, 1.6, 1.6))
    footer_text(sec2, TITLE, ["Page ", "PAGE", " of ", "NUMPAGES"], size=8)
    widths = [4.3] + [4.68] * 5
    for ci, (num, name, definition, rows) in enumerate(CAPS):
        p = para(d, "", after=2, keep_next=True, before=14 if ci else None)
        run(p, f"{num} {name}", bold=True, size=14, color=NAVY)
        para(d, definition, italic=True, after=6, keep_next=True)
        t = d.add_table(rows=1 + len(rows), cols=6)
        borders(t, color="8EA9DB")
        cell_margins(t, top=40, bottom=40, left=80, right=80)
        fix_widths(t, widths)
        hdr = t.rows[0]
        row_flags(hdr, cant_split=True, header=True)
        for i, h in enumerate(["Capability element"] + LEVELS):
            cell_text(hdr.cells[i], h, bold=True, color="FFFFFF", size=9, align="center" if i else None)
            shade(hdr.cells[i], NAVY if i == 0 else OCHRE)
        for r, (element, cells) in enumerate(rows, start=1):
            row = t.rows[r]
            row_flags(row, cant_split=True)
            cell_text(row.cells[0], element, bold=True, size=10)
            shade(row.cells[0], "DEEAF6")
            for c, lst in enumerate(cells, start=1):
                cell = row.cells[c]
                for k, b in enumerate(lst):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    run(p, b, size=9.5)
                    set_num(p, bullet)
                    p.paragraph_format.space_after = Pt(2)

    docx_path = workdir / f"{STEM}.docx"
    d.save(docx_path)
    pdf = to_pdf(docx_path, workdir)
    out = DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())

    comps = []
    for num, name, definition, rows in CAPS:
        levels = []
        for li, lab in enumerate(LEVELS):
            beh = [(b, element) for element, cells in rows for b in cells[li]]
            levels.append(level(STEM, li + 1, lab, beh))
        comps.append(competency(STEM, name, definition, levels=levels))
    write_gold(out, "pdf", TITLE, comps)
    return out
