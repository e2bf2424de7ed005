"""Neath Port Talbot County Borough Council (Wales) - ModernGov "Agenda and minutes" page of the Democratic
Services Committee, saved as plain text from the browser: skip link, bilingual banner, breadcrumb, meeting
title, venue/contact lines, "No. Item" list with "pdf icon PDF 214 KB" link remnants, "Additional documents:"
and "Minutes:" blocks (one item on the WLGA Development Framework for Councillors that replaces the old
competency framework), footer links. NOT a competency document (near miss)."""
import textwrap

from anlib import DOCS

STEM = "npt-democratic-services-committee-agenda-minutes"
FILE = DOCS / f"{STEM}.txt"
W = 78

ITEMS = [
    ("1.", "Chairs Announcements", None, [], [
        "The Chairperson welcomed Members and officers to the meeting and reminded those attending remotely to "
        "keep their microphones muted when not speaking."]),
    ("2.", "Declarations of Interest", None, [], [
        "No declarations of interest were received."]),
    ("3.", "Minutes of Previous Meeting", "PDF 198 KB", [], [
        "RESOLVED: That the minutes of the meeting held on 10 November 2021 be approved as a correct record."]),
    ("4.", "Development Framework for Councillors in Wales 2021", "PDF 256 KB",
     ["Appendix 1 - WLGA Development Framework for Councillors, item 4  pdf icon  PDF 1 MB"], [
         "Members received a report on the Development Framework for Councillors in Wales 2021, published by the "
         "Welsh Local Government Association (WLGA). The framework sets out the knowledge and skills that "
         "councillors may need in their different roles and replaces the competency framework previously used "
         "across Welsh councils.",
         "Officers explained that the framework would be used to shape the Member Induction Programme following "
         "the local government elections in May 2022, and to support Personal Development Reviews for Members. "
         "In response to a question, officers confirmed that use of the framework was voluntary and that Members "
         "would be able to choose which areas they wished to develop.",
         "RESOLVED: That the Development Framework for Councillors in Wales 2021 be noted, and that officers use "
         "it in preparing the Member Induction Programme 2022."]),
    ("5.", "Member Induction Programme 2022", "PDF 170 KB",
     ["Appendix 1 - Draft Induction Timetable May - July 2022  pdf icon  PDF 95 KB"], [
         "Members considered the draft induction programme for newly elected and returning Members. It was noted "
         "that mandatory sessions on the Code of Conduct, safeguarding and information governance would be held "
         "in the first month, with sessions on scrutiny, planning and licensing to follow.",
         "RESOLVED: That the draft Member Induction Programme 2022 be approved."]),
    ("6.", "Personal Development Reviews for Members", "PDF 142 KB", [], [
        "Officers reported that 21 Members had taken part in a Personal Development Review during 2021. Members "
        "discussed how the reviews could be made more useful and asked that a short guide be produced before the "
        "next round.",
        "RESOLVED: That the report be noted."]),
    ("7.", "Forward Work Programme 2021/22", "PDF 110 KB", [], [
        "RESOLVED: That the Forward Work Programme be noted."]),
    ("8.", "Urgent Items", None, [], [
        "Any urgent items at the discretion of the Chairperson pursuant to Statutory Instrument 2001 No. 2290 "
        "(as amended).",
        "There were no urgent items."]),
]


def _wrap(text, indent):
    return textwrap.fill(text, width=W, initial_indent=indent, subsequent_indent=indent)


def build():
    out = []
    out.append("Skip to content")
    out.append("")
    out.append("Neath Port Talbot County Borough Council")
    out.append("Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot")
    out.append("")
    out.append("Home > Council & Democracy > Committee structure > Democratic Services Committee > Meeting")
    out.append("")
    out.append("Agenda and minutes")
    out.append("")
    out.append("Democratic Services Committee - Wednesday, 9th February, 2022 2.00 pm")
    out.append("")
    out.append("Venue: Multi-Location Meeting - Council Chamber, Port Talbot & Microsoft Teams. View directions")
    out.append("")
    out.append("Contact: Democratic Services - 01639 763713")
    out.append("")
    out.append("Media")
    out.append("")
    out.append("Items")
    out.append("No.\tItem")
    out.append("")
    for num, title, pdf, extra, minutes in ITEMS:
        head = f"{num}\t{title}"
        if pdf:
            head += f"  pdf icon  {pdf}"
        out.append(head)
        out.append("")
        if extra:
            out.append("\tAdditional documents:")
            for e in extra:
                out.append(f"\t  * {e}")
            out.append("")
        out.append("\tMinutes:")
        for m in minutes:
            out.append(_wrap(m, "\t"))
            out.append("")
    out.append("Back to top")
    out.append("")
    out.append("Browse meetings | Calendar | Committees | Councillors | Decisions | Library | Search documents")
    out.append("")
    out.append("Neath Port Talbot County Borough Council, Civic Centre, Port Talbot, SA13 1PJ")
    out.append("Accessibility | Privacy | Cookies | Copyright")
    text = "\n".join(out) + "\n"
    FILE.write_text(text, encoding="utf-8")
    return FILE


def gold():
    return "txt", "Agenda and minutes", []
