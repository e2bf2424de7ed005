"""SAQA (South African Qualifications Authority) - registered unit standard page for a paralegal unit standard
(SGB Legal Education and Training), old table-layout HTML as served by regqs.saqa.org.za/showUnitStandard.php.
Hand-written HTML: metadata tables, purpose, range, SPECIFIC OUTCOME / ASSESSMENT CRITERION rows, embedded
knowledge, critical cross-field outcomes, qualifications table."""
import bilib as L

STEM = "saqa-us-represent-clients-paralegal"
TITLE = "Represent clients within a paralegal context"
PURPOSE = ("The learner who achieves this unit standard will be able to represent clients, and advise them on "
           "representation, in a paralegal setting.")
LEARNING_ASSUMED = ("It is assumed that learners are competent in Communication and Mathematical Literacy at NQF "
                    "Level 4 and are able to apply fundamental legal concepts within a paralegal sector.")
RANGE = ("Relevant forums include, but are not limited to, community meetings, mediation and conciliation "
         "sessions, tribunals, small claims courts, government departments and statutory bodies.")
OUTCOMES = [
    ("Identify the issues to be discussed, consulted on, negotiated or advocated.", [
        "The client's problem is analysed to establish the facts and the legal issues involved.",
        "The issues suitable for discussion, consultation, negotiation or advocacy are identified and explained "
        "to the client.",
        "The client's interests and desired outcomes are established and recorded."], None),
    ("Prepare to take part in a relevant forum.", [
        "The appropriate forum is identified in relation to the nature of the issue.",
        "The procedures and rules of the forum are established.",
        "The relevant documents and evidence are gathered and organised.",
        "A strategy for representation is developed and agreed with the client."],
     "The strategy includes the arguments to be put, the likely responses of other parties and the fall-back "
     "positions acceptable to the client."),
    ("Represent the client in the relevant forum.", [
        "The client's case is presented clearly, accurately and persuasively.",
        "Representation is conducted in accordance with the procedures of the forum and with professional "
        "ethics.",
        "Responses from other parties are considered and dealt with in the interest of the client.",
        "Agreements reached are recorded accurately."], None),
    ("Give feedback to the client and other role-players.", [
        "The outcome of the representation is explained to the client in a language the client understands.",
        "Further steps and options available to the client are identified and explained.",
        "Relevant role-players are informed of the outcome, with the consent of the client."], None),
]
KNOWLEDGE = [
    "the jurisdiction and procedures of relevant forums;",
    "the principles of negotiation, mediation and advocacy;",
    "the ethical duties of a paralegal towards clients and third parties;",
    "the limits of paralegal practice and the circumstances that require referral to a legal practitioner;",
    "record keeping and confidentiality requirements.",
]
CCFOS = [
    ("UNIT STANDARD CCFO IDENTIFYING",
     "Identify and solve problems by analysing the client's situation and selecting the appropriate forum for "
     "representation."),
    ("UNIT STANDARD CCFO ORGANISING",
     "Organise and manage oneself and one's activities responsibly when preparing for representation."),
    ("UNIT STANDARD CCFO COMMUNICATING",
     "Communicate effectively when presenting the client's case and when giving feedback."),
]

DISCLAIMER = ("Qualifications and part qualifications registered on the National Qualifications Framework are public "
              "property, so payment may be made only for service and reproduction. Selling this material for "
              "profit is illegal. Where the material is reproduced or quoted, the South African Qualifications "
              "Authority (SAQA) must be acknowledged as the source.")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def section(title, body_html):
    return (f'<TR><TD><TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="2">\n'
            f'<TR><TD BGCOLOR="#CCCCCC"><B>{title}</B></TD></TR>\n'
            f'<TR><TD>{body_html}</TD></TR>\n</TABLE></TD></TR>\n')


def build():
    h = []
    h.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n<HEAD>\n'
             '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">\n'
             f'<TITLE>SAQA</TITLE>\n<LINK REL="stylesheet" HREF="/css/saqa_report.css" TYPE="text/css">\n'
             '<SCRIPT LANGUAGE="JavaScript">function printPage(){ window.print(); }</SCRIPT>\n'
             '</HEAD>\n<BODY BGCOLOR="#FFFFFF" LEFTMARGIN="10" TOPMARGIN="10">\n')
    h.append('<TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="4">\n')
    h.append(f'<TR><TD><FONT SIZE="1"><I>{esc(DISCLAIMER)}</I></FONT></TD>'
             '<TD ALIGN="RIGHT"><A HREF="javascript:printPage()"><IMG SRC="/images/print.gif" BORDER="0" ALT="Print"></A></TD></TR>\n')
    h.append('<TR><TD COLSPAN="2" ALIGN="CENTER"><IMG SRC="/images/saqa_logo.gif" ALT="SAQA"><BR>'
             '<B>SOUTH AFRICAN QUALIFICATIONS AUTHORITY</B></TD></TR>\n')
    h.append('<TR><TD COLSPAN="2" ALIGN="CENTER"><B>REGISTERED UNIT STANDARD:</B></TD></TR>\n')
    h.append(f'<TR><TD COLSPAN="2" ALIGN="CENTER"><FONT SIZE="+1"><B>{esc(TITLE)}</B></FONT></TD></TR>\n')
    h.append('</TABLE>\n<TABLE WIDTH="100%" BORDER="1" CELLSPACING="0" CELLPADDING="3">\n')
    meta = [
        (["SAQA US ID", "UNIT STANDARD TITLE"], ["119504", TITLE]),
        (["ORIGINATOR"], ["SGB Legal Education and Training"]),
        (["PRIMARY OR DELEGATED QUALITY ASSURANCE FUNCTIONARY"], ["-"]),
        (["FIELD", "SUBFIELD"], ["Field 08 - Law, Military Science and Security", "Justice in Society"]),
        (["ABET BAND", "UNIT STANDARD TYPE", "PRE-2009 NQF LEVEL", "NQF LEVEL", "CREDITS"],
         ["Undefined", "Regular", "Level 5", "Level TBA: Pre-2009 was L5", "10"]),
        (["REGISTRATION STATUS", "REGISTRATION START DATE", "REGISTRATION END DATE", "SAQA DECISION NUMBER"],
         ["Reregistered", "2018-07-01", "2023-06-30", "SAQA 06120/18"]),
        (["LAST DATE FOR ENROLMENT", "LAST DATE FOR ACHIEVEMENT"], ["2026-06-30", "2029-06-30"]),
    ]
    for heads, vals in meta:
        h.append("<TR>" + "".join(f'<TD BGCOLOR="#E0E0E0"><B>{esc(x)}</B></TD>' for x in heads) + "</TR>\n")
        h.append("<TR>" + "".join(f"<TD>{esc(x)}</TD>" for x in vals) + "</TR>\n")
    h.append("</TABLE>\n<BR>\n")
    h.append('<TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="3">\n')
    h.append('<TR><TD><FONT SIZE="1">The tables in this document show both the pre-2009 NQF Level and the NQF '
             'Level. In the text (purpose statements, qualification rules, etc), NQF Levels refer to the pre-2009 '
             'levels unless stated otherwise.</FONT></TD></TR>\n')
    h.append('<TR><TD>This unit standard neither replaces nor is replaced by any other unit standard.</TD></TR>\n')
    outcomes_ul = "".join(f"<LI>{esc(t)}</LI>" for t, _a, _r in OUTCOMES)
    h.append(section("PURPOSE OF THE UNIT STANDARD",
                     f"{esc(PURPOSE)}<BR><BR>The qualifying learner will be able to:\n<UL>{outcomes_ul}</UL>"))
    h.append(section("LEARNING ASSUMED TO BE IN PLACE AND RECOGNITION OF PRIOR LEARNING", esc(LEARNING_ASSUMED)))
    h.append(section("UNIT STANDARD RANGE", esc(RANGE)))
    h.append('<TR><TD><B>Specific Outcomes and Assessment Criteria:</B></TD></TR>\n')
    for i, (title, criteria, acr) in enumerate(OUTCOMES, 1):
        rows = [f'<TR><TD BGCOLOR="#CCCCCC"><B>SPECIFIC OUTCOME {i}</B></TD></TR>',
                f"<TR><TD>{esc(title)}</TD></TR>",
                '<TR><TD><B>ASSESSMENT CRITERIA</B></TD></TR>']
        for j, c in enumerate(criteria, 1):
            rows.append(f'<TR><TD BGCOLOR="#EEEEEE"><B>ASSESSMENT CRITERION {j}</B></TD></TR>')
            rows.append(f"<TR><TD>{esc(c)}</TD></TR>")
            if acr and j == len(criteria):
                rows.append('<TR><TD BGCOLOR="#EEEEEE"><B>ASSESSMENT CRITERION RANGE</B></TD></TR>')
                rows.append(f"<TR><TD>{esc(acr)}</TD></TR>")
        h.append('<TR><TD><TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="2">\n'
                 + "\n".join(rows) + "\n</TABLE></TD></TR>\n")
    h.append(section("UNIT STANDARD ACCREDITATION AND MODERATION OPTIONS",
                     "<UL><LI>Providers offering learning towards this unit standard must be accredited by the "
                     "relevant ETQA or by an ETQA that has a Memorandum of Understanding with it.</LI>"
                     "<LI>Assessment must be conducted by an assessor registered with the relevant ETQA.</LI>"
                     "<LI>Moderation must include both internal and external moderation of assessments.</LI></UL>"))
    kn = "".join(f"<LI>{esc(k)}</LI>" for k in KNOWLEDGE)
    h.append(section("UNIT STANDARD ESSENTIAL EMBEDDED KNOWLEDGE",
                     f"The learner is able to demonstrate knowledge and understanding of:\n<UL>{kn}</UL>"))
    h.append(section("UNIT STANDARD DEVELOPMENTAL OUTCOME", "N/A"))
    h.append(section("UNIT STANDARD LINKAGES", "N/A"))
    h.append('<TR><TD><B>Critical Cross-field Outcomes (CCFO):</B></TD></TR>\n')
    for head, text in CCFOS:
        h.append(section(head, esc(text)))
    h.append(section("UNIT STANDARD ASSESSOR CRITERIA",
                     "Assessors should hold a relevant qualification at NQF Level 6 or above and have at least two "
                     "years of experience in paralegal practice."))
    h.append(section("UNIT STANDARD NOTES", "N/A"))
    quals = ('<TABLE WIDTH="100%" BORDER="1" CELLSPACING="0" CELLPADDING="3">'
             '<TR><TD>&nbsp;</TD><TD><B>ID</B></TD><TD><B>QUALIFICATION TITLE</B></TD><TD><B>PRE-2009 NQF LEVEL</B></TD>'
             '<TD><B>NQF LEVEL</B></TD><TD><B>STATUS</B></TD><TD><B>END DATE</B></TD>'
             '<TD><B>PRIMARY OR DELEGATED QA FUNCTIONARY</B></TD></TR>'
             '<TR><TD>Core</TD><TD>49598</TD><TD>National Diploma: Paralegal Practice</TD><TD>Level 5</TD>'
             '<TD>NQF Level 05</TD><TD>Passed the End Date -<BR>Status was "Reregistered"</TD><TD>2023-06-30</TD>'
             '<TD>SAS SETA</TD></TR>'
             '<TR><TD>Core</TD><TD>97228</TD><TD>National Certificate: Paralegal Practice</TD><TD>Level 5</TD>'
             '<TD>NQF Level 05</TD><TD>Passed the End Date -<BR>Status was "Reregistered"</TD><TD>2023-06-30</TD>'
             '<TD>As per Learning Programmes recorded against this Qual</TD></TR></TABLE>')
    h.append(section("QUALIFICATIONS UTILISING THIS UNIT STANDARD:", quals))
    h.append(section("PROVIDERS CURRENTLY ACCREDITED TO OFFER THIS UNIT STANDARD:",
                     "The list shows current accreditations only (those not past their accreditation end dates) "
                     "and is the most complete record SAQA holds today. Because some Primary or Delegated Quality "
                     "Assurance Functionaries record provider accreditation with a delay, SAQA may not yet have been "
                     "told of every accredited provider or of every extended end date. Please notify the relevant "
                     "Primary or Delegated Quality Assurance Functionary if a record seems to be missing.<BR><BR>"
                     "NONE"))
    h.append("</TABLE>\n<BR>\n")
    h.append(f'<P ALIGN="CENTER"><FONT SIZE="1"><I>{esc(DISCLAIMER)}</I></FONT></P>\n')
    h.append("</BODY>\n</HTML>\n")
    out = L.DOCS / f"{STEM}.html"
    out.write_text("".join(h), encoding="utf-8")
    return out


def gold(path):
    indicators = []
    for title, criteria, _acr in OUTCOMES:
        indicators += [L.item(STEM, c, group=title) for c in criteria]
    indicators += [L.item(STEM, k, group="UNIT STANDARD ESSENTIAL EMBEDDED KNOWLEDGE") for k in KNOWLEDGE]
    notes = [L.item(STEM, LEARNING_ASSUMED, group="LEARNING ASSUMED TO BE IN PLACE AND RECOGNITION OF PRIOR LEARNING"),
             L.item(STEM, RANGE, group="UNIT STANDARD RANGE")]
    notes += [L.item(STEM, acr, group="ASSESSMENT CRITERION RANGE") for _t, _c, acr in OUTCOMES if acr]
    notes += [L.item(STEM, text, group=head) for head, text in CCFOS]
    comp = L.competency(STEM, TITLE, PURPOSE, indicators=indicators, notes=notes)
    L.write_gold(path, "html", TITLE, [comp])


if __name__ == "__main__":
    gold(build())
