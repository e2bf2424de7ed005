"""Korn Ferry (Lominger International: A Korn/Ferry Company) - "FYI: For Your Improvement", two competency chapters (PDF).

Modelled on the FYI development guide (5th edition, 2009): one chapter per competency, headed by its number and
name; the profile blocks "Unskilled" / "Skilled" / "Overused Skill" followed by a "Compensators:" line of
competency numbers; "Some Causes"; "The Map" (one narrative paragraph); "Some Remedies" (numbered, each led by a
bold sentence); "Develop-in-Place Assignments"; "Suggested Readings" (APA style with place of publication).
Running header "FYI For Your Improvement", copyright footer with the page number; the two chapters are not
contiguous in the book, so the page numbers jump (69-70, then 211-212). Wording ours; readings are real books.
python-docx -> LibreOffice PDF, US Letter.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

import bslib as L

STEM = "kf-fyi-composure-listening"
OUT = L.DOCS / f"{STEM}.pdf"
TEAL = RGBColor(0x00, 0x5A, 0x70)
BOX = "E6EEF1"

CHAPTERS = [
    dict(
        num="11", name="Composure", start=69,
        unskilled=[
            "Gets rattled and loses calm when the pressure is on",
            "Can be sharp, short or defensive when under stress",
            "Shows frustration openly when things go wrong",
            "Overreacts to criticism, setbacks or surprises",
            "Lets feelings drive decisions at the wrong moment",
            "May freeze or withdraw in a crisis and leave others to cope",
        ],
        skilled=[
            "Is cool under pressure",
            "Does not become defensive or irritated when times are tough",
            "Is considered mature; can be counted on to hold things together during tough times",
            "Can handle stress; is not knocked off balance by the unexpected",
            "Is a settling influence in a crisis",
        ],
        overused=[
            "May be seen as cold, aloof or uncaring",
            "May hide real feelings so well that others cannot read him/her",
            "May not show enough urgency or passion when it is called for",
            "May seem unmoved by events that do upset others",
        ],
        compensators="3, 10, 26, 31, 33, 44",
        causes=[
            "Too much on the plate; running on empty",
            "Takes things personally",
            "Perfectionist; can\u2019t let a mistake go",
            "Lacks tools for dealing with conflict",
            "Doesn\u2019t know own hot buttons",
            "Tired or out of shape",
        ],
        map=("Losing composure is usually a sudden, short event: something happens, a feeling floods in and the "
             "words or actions come out before judgement has caught up. Most people who lose their cool at work "
             "are reacting to a small set of familiar triggers: being challenged in public, being surprised, "
             "being blamed, or running out of time. The good news is that the first few seconds are the whole "
             "battle. People who look calm under fire have usually learned what sets them off and have a routine "
             "for getting through those first seconds without doing damage."),
        remedies=[
            ("Learn your triggers.", "Write down the last five times you lost your composure at work. What "
             "happened just before? Who was there? Look for the pattern; most people have three or four repeat "
             "triggers. Once you know them you can see them coming."),
            ("Buy time.", "When you feel the surge, slow the exchange down. Ask a question, ask the person to say "
             "more, or write something down. Anything that delays your reply by a few seconds lets the thinking "
             "part of you catch up."),
            ("Count to ten, literally.", "It sounds old-fashioned, but a silent count or a slow breath before "
             "answering works. Practise it in low-stakes situations so it is there when the stakes are high."),
            ("Check your body.", "Anger and anxiety show up physically first: a tight jaw, a raised voice, a "
             "faster pace. Learn your early physical signs and treat them as a signal to pause."),
            ("Get the facts before the feelings.", "Many flare-ups start with an assumption about what someone "
             "meant or did. Ask what happened before deciding how you feel about it."),
            ("Deal with it later, in private.", "If something needs to be said, it rarely needs to be said right "
             "now and in front of others. Note it, and come back to it one-to-one when you are calm."),
        ],
        assignments=[
            "Handle a tough negotiation with an internal or external client.",
            "Manage the cleanup of a project or system that has gone badly wrong.",
            "Take on a task you dislike or find hard to do.",
            "Represent the unit at a meeting with a group known to be hostile to it.",
        ],
        readings=[
            ("Goleman, D. (1995). Emotional intelligence. New York: Bantam Books.",
             "Emotional intelligence", ["D. Goleman"], "Bantam Books", 1995),
            ("Bradberry, T., & Greaves, J. (2009). Emotional intelligence 2.0. San Diego, CA: TalentSmart.",
             "Emotional intelligence 2.0", ["T. Bradberry", "J. Greaves"], "TalentSmart", 2009),
            ("Patterson, K., Grenny, J., McMillan, R., & Switzler, A. (2002). Crucial conversations: Tools for "
             "talking when stakes are high. New York: McGraw-Hill.",
             "Crucial conversations: Tools for talking when stakes are high",
             ["K. Patterson", "J. Grenny", "R. McMillan", "A. Switzler"], "McGraw-Hill", 2002),
            ("Loehr, J., & Schwartz, T. (2003). The power of full engagement: Managing energy, not time, is the "
             "key to high performance and personal renewal. New York: Free Press.",
             "The power of full engagement: Managing energy, not time, is the key to high performance and "
             "personal renewal", ["J. Loehr", "T. Schwartz"], "Free Press", 2003),
        ],
    ),
    dict(
        num="33", name="Listening", start=211,
        unskilled=[
            "Doesn\u2019t give people the time or attention to say what they came to say",
            "Interrupts, finishes other people\u2019s sentences or jumps ahead to the answer",
            "Looks busy or distracted while others are talking",
            "Hears the words but misses the feelings and the point behind them",
            "Tunes out people whose views or style differ from his/her own",
            "Can\u2019t accurately restate what was just said",
        ],
        skilled=[
            "Practises attentive and active listening",
            "Has the patience to hear people out",
            "Can accurately restate the opinions of others even when he/she disagrees",
        ],
        overused=[
            "May spend too much time listening and too little time deciding",
            "May let others run on long after the point has been made",
            "May be taken to agree when he/she is only listening",
            "May take in so much input that his/her own view gets lost",
        ],
        compensators="1, 11, 12, 16, 27, 50",
        causes=[
            "Impatient; wants to get on with it",
            "Believes own ideas are better",
            "Defensive when hearing criticism",
            "Too busy; doing several things at once",
            "Judges the speaker rather than the message",
            "Misses non-verbal cues",
        ],
        map=("Good listeners are rare. Most of us think faster than others can talk, so the mind wanders, fills "
             "the gaps and starts building a reply before the speaker has finished. Listening well means holding "
             "back the urge to answer, hearing the whole message, checking that you understood it, and only then "
             "responding. People decide whether they were listened to by what you do next, not by how attentive "
             "you looked while they spoke."),
        remedies=[
            ("Hold your tongue.", "Let people finish. Wait two seconds after they stop before you start. If you "
             "catch yourself interrupting, apologise and ask them to go on."),
            ("Restate before you respond.", "Before giving your view, sum up what you heard in your own words "
             "and ask whether you have it right. It slows you down and shows the other person you were with them."),
            ("Watch for the signals.", "Much of the message is in tone, pace and body language. Notice when the "
             "words and the signals do not match, and ask about it."),
            ("Listen to the people you find hardest to listen to.", "Make a list of the people you tune out. "
             "For each, aim for one conversation in which you do nothing but ask questions and listen."),
            ("Separate the message from the messenger.", "You may not like the person or the way they put it; "
             "the content may still be right. Judge the content on its own."),
            ("Ask more, tell less.", "In your next three meetings, count your questions and your statements. "
             "Aim to ask at least as many questions as you make statements."),
            ("Take notes in long conversations.", "Writing down the main points keeps your attention on the "
             "speaker and gives you something accurate to restate."),
        ],
        assignments=[
            "Manage a group of people who know more than you do about the work.",
            "Serve on a team set up to resolve a dispute between two units.",
            "Handle a set of customer complaints in person.",
            "Conduct exit interviews for the unit and report the common themes.",
        ],
        readings=[
            ("Bolton, R. (1986). People skills: How to assert yourself, listen to others, and resolve conflicts. "
             "New York: Simon & Schuster.",
             "People skills: How to assert yourself, listen to others, and resolve conflicts", ["R. Bolton"],
             "Simon & Schuster", 1986),
            ("Burley-Allen, M. (1995). Listening: The forgotten skill (2nd ed.). New York: John Wiley & Sons.",
             "Listening: The forgotten skill", ["M. Burley-Allen"], "John Wiley & Sons", 1995),
            ("Goulston, M. (2010). Just listen: Discover the secret to getting through to absolutely anyone. "
             "New York: AMACOM.",
             "Just listen: Discover the secret to getting through to absolutely anyone", ["M. Goulston"],
             "AMACOM", 2010),
            ("Nichols, M. P. (2009). The lost art of listening: How learning to listen can improve relationships "
             "(2nd ed.). New York: Guilford Press.",
             "The lost art of listening: How learning to listen can improve relationships", ["M. P. Nichols"],
             "Guilford Press", 2009),
            ("Stone, D., Patton, B., & Heen, S. (1999). Difficult conversations: How to discuss what matters most. "
             "New York: Viking.",
             "Difficult conversations: How to discuss what matters most", ["D. Stone", "B. Patton", "S. Heen"],
             "Viking", 1999),
        ],
    ),
]

# competency numbers printed on "Compensators:" lines that name a chapter of this excerpt
NUMBER_NAMES = {"11": "Composure", "33": "Listening"}


def style_doc(doc):
    st = doc.styles["Normal"]
    L.style_font(st, "Liberation Serif")
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(3)
    for s in ("List Bullet", "List Number"):
        L.style_font(doc.styles[s], "Liberation Serif")
        doc.styles[s].font.size = Pt(10.5)


def label(doc, text, before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(2)
    L.keep_with_next(p)
    r = p.add_run(text)
    r.bold = True
    r.font.name = "Liberation Sans"
    r.font.size = Pt(11)
    r.font.color.rgb = TEAL
    return p


def bullets(doc, items, num_id, shade=None):
    for t in items:
        p = doc.add_paragraph()
        L.set_num(p, num_id)
        p.paragraph_format.space_after = Pt(1)
        p.add_run(t)
        if shade:
            L.para_shading(p, shade)


def header_footer(section, doc):
    section.different_first_page_header_footer = False
    h = section.header
    h.is_linked_to_previous = False
    hp = h.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("FYI For Your Improvement")
    r.font.name = "Liberation Sans"
    r.font.size = Pt(8.5)
    r.font.small_caps = True
    r.font.color.rgb = TEAL
    L.para_border(hp, ("bottom",), color="005A70", size=4)
    f = section.footer
    f.is_linked_to_previous = False
    fp = f.paragraphs[0]
    L.right_tab(fp, 16.5)
    r = fp.add_run("\u00a9 Copyright 1996\u20132009 Lominger International: A Korn/Ferry Company. All rights reserved.\t")
    r.font.size = Pt(7.5)
    r.font.name = "Liberation Sans"
    L.add_field(fp, "PAGE", "1")
    for run in fp.runs[1:]:
        run.font.size = Pt(9)
        run.font.name = "Liberation Sans"


def page_start(section, n):
    sectPr = section._sectPr
    pg = sectPr.find(qn("w:pgNumType"))
    if pg is None:
        pg = parse_xml(f'<w:pgNumType {nsdecls("w")}/>')
        sectPr.append(pg)
    pg.set(qn("w:start"), str(n))


def build_doc():
    doc = Document()
    style_doc(doc)
    L.clear_core_props(doc, "FYI For Your Improvement")
    bullet_id = L.add_numbering(doc, L.bullet_lvl("\u25aa", left=360, hanging=240, font="Liberation Sans"), "1A2B3C4D")
    first = True
    for ch in CHAPTERS:
        if first:
            sec = doc.sections[0]
            first = False
        else:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
        sec.left_margin = sec.right_margin = Inches(0.9)
        sec.top_margin, sec.bottom_margin = Inches(0.8), Inches(0.8)
        header_footer(sec, doc)
        page_start(sec, ch["start"])
        # chapter head: big number and name
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(10)
        r = p.add_run(ch["num"] + "  ")
        r.bold = True
        r.font.size = Pt(30)
        r.font.name = "Liberation Sans"
        r.font.color.rgb = TEAL
        r = p.add_run(ch["name"])
        r.bold = True
        r.font.size = Pt(22)
        r.font.name = "Liberation Sans"
        L.para_border(p, ("bottom",), color="005A70", size=12, space=4)
        for lab, key in (("Unskilled", "unskilled"), ("Skilled", "skilled"), ("Overused Skill", "overused")):
            lp = label(doc, lab, before=6)
            L.para_shading(lp, BOX)
            bullets(doc, ch[key], bullet_id, shade=BOX)
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        r = p.add_run("Compensators: ")
        r.bold = True
        r.font.size = Pt(9.5)
        r = p.add_run(ch["compensators"])
        r.font.size = Pt(9.5)
        label(doc, "Some Causes")
        bullets(doc, ch["causes"], bullet_id)
        label(doc, "The Map")
        p = doc.add_paragraph(ch["map"])
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        label(doc, "Some Remedies")
        rem_id = L.add_numbering(doc, L.decimal_lvl("%1.", left=360, hanging=360), "2B3C4D5E")
        for lead, body in ch["remedies"]:
            p = doc.add_paragraph()
            L.set_num(p, rem_id)
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(lead).bold = True
            p.add_run(" " + body)
        label(doc, "Develop-in-Place Assignments")
        bullets(doc, ch["assignments"], bullet_id)
        label(doc, "Suggested Readings")
        for text, title, *_ in ch["readings"]:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Inches(0.4)
            p.paragraph_format.first_line_indent = Inches(-0.4)
            p.paragraph_format.space_after = Pt(3)
            i = text.index(title)
            p.add_run(text[:i])
            p.add_run(title).italic = True
            p.add_run(text[i + len(title):])
    return doc


def gold():
    comps = []
    for ch in CHAPTERS:
        d = STEM
        related = [NUMBER_NAMES[n.strip()] for n in ch["compensators"].split(",")
                   if n.strip() in NUMBER_NAMES and NUMBER_NAMES[n.strip()] != ch["name"]]
        comps.append(L.competency(
            d, ch["name"], None,
            indicators=(L.items(d, ch["unskilled"], "Unskilled") + L.items(d, ch["skilled"], "Skilled")
                        + L.items(d, ch["overused"], "Overused Skill")),
            activities=L.items(d, ch["assignments"]),
            readings=[L.reading(d, t, ti, au, pu, y) for t, ti, au, pu, y in ch["readings"]],
            related=related,
            tips=[L.item(d, f"{lead} {body}") for lead, body in ch["remedies"]],
            notes=L.items(d, ch["causes"], "Some Causes") + [L.item(d, ch["map"], "The Map")],
        ))
    return comps


def main():
    doc = build_doc()
    L.docx_to_pdf(doc, OUT)
    L.write_gold(OUT, "pdf", "FYI For Your Improvement", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()
