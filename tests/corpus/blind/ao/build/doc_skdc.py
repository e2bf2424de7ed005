"""South Kesteven District Council - Behavioural framework guidance for staff, "What we expect of each
other" (PDF; A5 booklet, two-column introduction pages, one value per page with expect / don't want
columns)."""
from aolib import *

STEM = "skdc-behavioural-framework-staff"
TITLE = "Behavioural framework: What we expect of each other"
GREEN = "00703C"
LIME = "8DC63F"
WANT = "What we expect to see"
DONT = "What we don't want to see"

VALUES = [
    ("Customer focus",
     "We put the customer at the heart of everything we do and take pride in giving a service we would be "
     "happy to receive ourselves.",
     ["Treating customers with courtesy and respect, whoever they are",
      "Finding out what the customer needs before deciding how to help",
      "Keeping customers informed, especially when there is a delay",
      "Owning a customer's problem until it is resolved or passed to the right person",
      "Using customer feedback to improve the service"],
     ["Passing customers from one person to another",
      "Making promises that cannot be kept",
      "Blaming other teams or the system in front of customers",
      "Ignoring calls or emails because they are difficult"],
     "Our customers judge the whole council by each contact they have with us. Getting it right first time "
     "saves money as well as reputation."),
    ("Working as one team",
     "We work as one council, supporting each other and our partners to deliver our priorities.",
     ["Sharing information and knowledge with colleagues in other services",
      "Offering help when a colleague is busy or under pressure",
      "Listening to other people's ideas and building on them",
      "Treating colleagues fairly and with respect, including those we disagree with"],
     ["Working in silos and protecting our own patch",
      "Talking about colleagues behind their backs",
      "Leaving others to pick up work we should have done",
      "Being dismissive of ideas from other teams"],
     None),
    ("Taking responsibility",
     "We do what we say we will do, we own our mistakes and we look for ways to do things better.",
     ["Doing what we say we will do, when we say we will do it",
      "Owning up to mistakes and learning from them",
      "Suggesting better ways of working rather than waiting to be asked",
      "Managing our own time and workload and asking for help early",
      "Using council resources as carefully as if they were our own"],
     ["Saying \u201cit's not my job\u201d",
      "Waiting for someone else to sort out a problem",
      "Covering up mistakes or passing the blame",
      "Resisting change without considering what it could achieve"],
     "Unlocking our potential depends on every member of staff taking ownership of their part in it."),
]


def build(workdir):
    d = new_document(font="Liberation Sans", size=8.5, page="A5", margins_cm=(1.5, 1.4, 1.6, 1.4))
    sqb = add_numbering(d, bullet_lvl("\u25a0", left=227, hanging=198, font="DejaVu Sans", color=LIME), "4D5E6F01")
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    footer_text(sec, "", ["PAGE"], center=True, size=8, color=GREEN)

    # ---- cover
    para(d, "South Kesteven District Council", bold=True, size=11, color=GREEN, after=80)
    para(d, "Behavioural framework", bold=True, size=22, color=GREEN, after=2)
    para(d, "Guidance", size=14, color=LIME, after=10)
    para(d, "What we expect", bold=True, size=20, color="FFFFFF", shade=GREEN, after=0)
    para(d, "of each other", bold=True, size=20, color="FFFFFF", shade=GREEN, after=120)
    para(d, "Unlocking our Potential", italic=True, size=10, color=GREEN, after=0)
    para(d, "Staff framework", size=9, color="595959")

    # ---- two-column introduction (new section, 2 columns)
    sec2 = new_section(d, page="A5", margins_cm=(1.5, 1.4, 1.6, 1.4))
    set_columns(sec2, 2, space_cm=0.7)
    footer_text(sec2, "", ["PAGE"], center=True, size=8, color=GREEN)
    para(d, "Introduction from the Chief Executive", bold=True, size=11, color=GREEN, after=4)
    for t in ["We are an ambitious council. Our vision is for South Kesteven to be a place where people want to "
              "live, work, visit and invest, and where everyone enjoys a good quality of life.",
              "To get there we have set clear priorities, and we know that we can only deliver them through the "
              "hard work of all of our staff. Our programme \u201cUnlocking our Potential\u201d is built around the "
              "council's values.",
              "The behavioural frameworks matter because they show what living those values looks and feels "
              "like day to day. You will use them in your everyday work and in your regular meetings with your "
              "manager, and I hope you will find them a useful guide as you develop and help us to deliver our "
              "priorities.",
              "Chief Executive"]:
        para(d, t, after=5, italic=(t == "Chief Executive"))
    para(d, "What is a behavioural framework?", bold=True, size=11, color=GREEN, before=6, after=4, keep_next=True)
    para(d, "In summer 2011 every member of staff had the chance to help shape the council's values and "
            "behaviours. One clear message from that feedback was that we needed to spell out what living the "
            "values would actually look like.", after=5)
    para(d, "This framework sets out how we should behave towards each other and towards our customers. It "
            "also describes behaviours that do not help; if they carry on, they will hold the council back from "
            "delivering its priorities and projects for customers.", after=5)
    para(d, "Why do managers have a different framework?", bold=True, size=11, color=GREEN, before=6, after=4, keep_next=True)
    para(d, "The managers' framework contains the same elements as this one, plus some extra elements that "
            "are specific to managing people. Managers were consulted on these and already work with their "
            "framework.", after=5)
    para(d, "Why do we need a behavioural framework?", bold=True, size=11, color=GREEN, before=6, after=4, keep_next=True)
    para(d, "The framework aims:", after=3)
    bullets(d, ["to give a clear benchmark of the behaviours we need to deliver our priorities",
                "to make behaviour at work consistent across the whole organisation",
                "to help staff and managers talk openly about behaviour in one-to-ones and appraisals",
                "to recognise and celebrate the people who live our values",
                "to help us deal fairly with behaviour that is not acceptable"], sqb, size=8.5)
    para(d, "How to use this guide", bold=True, size=11, color=GREEN, before=6, after=4, keep_next=True)
    para(d, "Each of the following pages takes one of our values. It explains what the value means and then "
            "lists, side by side, the behaviours we expect to see and the behaviours we do not want to see. "
            "The lists are examples, not a complete set of rules.", after=5)

    # ---- one value per page (single column again)
    for vi, (name, meaning, want, dont, why) in enumerate(VALUES):
        s = new_section(d, page="A5", margins_cm=(1.5, 1.4, 1.6, 1.4))
        set_columns(s, 1)
        footer_text(s, "", ["PAGE"], center=True, size=8, color=GREEN)
        para(d, "Our values", size=9, color=LIME, after=0)
        para(d, name, bold=True, size=16, color="FFFFFF", shade=GREEN, after=6)
        p = para(d, "", after=8)
        run(p, "What this means: ", bold=True, color=GREEN, size=9.5)
        run(p, meaning, size=9.5)
        t = d.add_table(rows=2, cols=2)
        borders(t, color="FFFFFF", sz=8)
        cell_margins(t, top=80, bottom=80, left=100, right=100)
        fix_widths(t, [5.9, 5.9])
        for i, h in enumerate([WANT, DONT]):
            cell_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF", size=9.5)
            shade(t.rows[0].cells[i], GREEN if i == 0 else "A6192E")
        for i, lst in enumerate([want, dont]):
            cell = t.rows[1].cells[i]
            shade(cell, "EAF4E1" if i == 0 else "F7E3E6")
            for k, b in enumerate(lst):
                q = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run(q, b, size=8.5)
                set_num(q, sqb)
                q.paragraph_format.space_after = Pt(3)
        if why:
            para(d, "Why it matters", bold=True, size=10, color=GREEN, before=10, after=3)
            para(d, why, size=8.5)

    docx_path = workdir / f"{STEM}.docx"
    d.save(docx_path)
    pdf = to_pdf(docx_path, workdir)
    out = DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())

    comps = []
    for name, meaning, want, dont, why in VALUES:
        inds = [item(STEM, b, WANT) for b in want] + [item(STEM, b, DONT) for b in dont]
        notes = [item(STEM, why, "Why it matters")] if why else []
        comps.append(competency(STEM, name, meaning, indicators=inds, notes=notes))
    write_gold(out, "pdf", "Behavioural framework", comps)
    return out
