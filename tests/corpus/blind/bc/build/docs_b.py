"""Batch BC documents 5-8: University of Portland interview questions (DOCX), University of Portsmouth
AUA professional behaviours (PDF), U.S. DOT leadership competency framework (HTML), Keck Medicine of USC
competency performance statements (PDF)."""
import html

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import bclib as B
from bclib import C, comp, it, lv

# ====================================================================== 5. University of Portland (DOCX)
UP_STEM = "uportland-interview-questions"
UP_TITLE = "Developing interview questions"
UP_INQUIRIES = [
    ("Attendance/reliability", "What hours and days are you able to work?", "How many children do you have?",
     "May be seen as discriminating against women"),
    ("Attendance/reliability", "Are there particular times when you are unable to work?", "What is your religion?",
     "May be seen as religious discrimination"),
    ("Attendance/reliability", "Do you have commitments outside work that would get in the way of job "
     "requirements such as travel?", "What child care arrangements have you made?",
     "May be seen as discriminating against women"),
    ("Attendance/reliability", "Do you have a dependable way of getting to work?", "Do you own a car?",
     "May be treated as racial discrimination"),
    ("Citizenship/national origin", "Are you legally authorized to work in the United States?",
     "Where were you born? Where were your parents born?", "May be seen as national origin discrimination"),
    ("Age", "Are you at least 18 years old?", "When did you graduate from high school?",
     "May reveal age and be treated as age discrimination"),
]
UP_THEMES = [
    ("Adaptability", [
        "Tell us about a time when your duties or priorities changed at short notice. How did you adjust, and "
        "what was the result?",
        "Describe a new system or process you had to learn quickly. What steps did you take to get up to speed?",
        "Give us an example of a time you had to work with someone whose style was very different from yours. "
        "How did you make it work?",
        "Tell us about a change at work that you did not agree with. What did you do?",
    ]),
    ("Customer Service", [
        "Describe a situation in which you went beyond what was expected to help a student, colleague or other "
        "customer.",
        "Tell us about the most difficult customer you have had to serve. What was the issue, and how did you "
        "resolve it?",
        "Give an example of a time you could not give a customer what they asked for. How did you handle the "
        "conversation?",
        "How have you found out whether the people you serve are satisfied? Give us a specific example.",
    ]),
    ("Teamwork", [
        "Tell us about a successful team project you were part of. What was your role, and what did you "
        "contribute?",
        "Describe a time when a member of your team was not doing their share. What did you do?",
        "Give an example of a disagreement you had with a co-worker. How was it resolved?",
    ]),
    ("Problem Solving/Decision Making", [
        "Walk us through a difficult decision you made in the last year. What information did you gather, and "
        "how did you weigh your options?",
        "Tell us about a time you noticed a problem before anyone else did. What action did you take?",
        "Describe a decision you made that turned out to be wrong. What did you learn from it?",
        "Give an example of a time you had to act without all the facts. How did you decide?",
    ]),
]


def build_portland():
    d = docx.Document()
    C.clear_core_props(d, UP_TITLE)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("University of Portland | Human Resources")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor.from_string("5E2D91")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Revised 08/2016\u2003\u2003")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")

    d.add_heading(UP_TITLE, level=1)
    d.add_paragraph(
        "Use the job description as your guide and write questions around each major task, responsibility or "
        "core skill. Avoid questions that invite only a \u201cyes\u201d or \u201cno\u201d. Behavioral interview "
        "techniques give a fuller picture of what the candidate has actually done, and past behavior is the best "
        "predictor of future behavior. Sample behavioral interview questions for several themes are included at "
        "the end of this document to get you started. Please contact HR if you need further support.")
    d.add_paragraph(
        "Interviews must be lawful. Before any question is put to a candidate, ask: \u201cCan the employer show "
        "that asking this is necessary for the job?\u201d Whether discrimination has occurred depends on the "
        "intent behind a question and on how the answer is used. Ask yourself whether you really need the "
        "information to judge the applicant\u2019s qualifications, skills and overall competence for the job.")
    d.add_heading("Acceptable and Unacceptable Inquiries for Interviews and/or Applications", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, ["Topic", "Acceptable", "Unacceptable", "If Unacceptable, What Is the Reason?"]):
        c.paragraphs[0].add_run(h).bold = True
    C.mark_header_row(t.rows[0])
    for row in UP_INQUIRIES:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.paragraphs[0].add_run(v).font.size = Pt(10)
    C.fix_widths(t, [1.3, 1.9, 1.7, 1.6])

    d.add_paragraph()
    d.add_heading("Examples of Behavioral Interview Questions", level=2)
    bnum = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"), "1BC0B005")
    for theme, qs in UP_THEMES:
        d.add_heading(theme, level=3)
        for q in qs:
            p = d.add_paragraph(q, style="List Paragraph")
            C.set_num(p, bnum)
    out = B.DOCS / f"{UP_STEM}.docx"
    d.save(out)
    return out


def gold_portland(path):
    comps = [comp(UP_STEM, theme, interview_questions=[it(UP_STEM, q) for q in qs]) for theme, qs in UP_THEMES]
    return B.write_gold(path, "docx", UP_TITLE, comps)


# ====================================================================== 6. University of Portsmouth (PDF)
PO_STEM = "port-aua-professional-behaviours"
PO_TITLE = "The AUA Professional Behaviours Framework"
PO_NINE = ["Managing self and personal skills", "Delivering excellent service", "Finding solutions",
           "Embracing change", "Using resources effectively", "Engaging with the wider context",
           "Developing self and others", "Working together", "Achieving through others"]
PO_DEV = "Behaviours that may indicate a need for further development"
PO = [
    ("Delivering excellent service",
     "Giving the best possible service to internal and external customers and building honest, open and "
     "lasting relationships that raise service standards.",
     {"Self": ["Treats every customer with courtesy and respect, whoever they are",
               "Keeps the promises made to customers and warns them early if something will be late",
               "Asks customers for feedback and acts on what they say"],
      "Others": ["Shares what customers have said with colleagues so that the whole team can improve",
                 "Helps colleagues to resolve difficult customer issues",
                 "Agrees clear service standards with the team and checks that they are met"],
      "Organisation": ["Understands how the service fits into the wider student and staff experience",
                       "Works with other departments to remove the barriers customers come up against",
                       "Uses data and comparisons with other institutions to improve services across the "
                       "University"]},
     ["Puts own convenience ahead of the needs of the customer",
      "Passes customers on to someone else without making sure the issue is dealt with",
      "Becomes defensive when customers complain"]),
    ("Working together",
     "Working with others to achieve shared objectives, recognising and valuing the contribution that each "
     "person makes.",
     {"Self": ["Offers help to colleagues without waiting to be asked",
               "Is reliable and does a fair share of the team\u2019s work",
               "Listens to other people\u2019s views and takes them into account"],
      "Others": ["Shares information and knowledge freely within the team",
                 "Builds good working relationships with people in other teams",
                 "Deals with disagreements openly and constructively"],
      "Organisation": ["Builds networks across the University and with external partners",
                       "Puts the interests of the University first where they conflict with those of the team",
                       "Represents the University positively when working with external bodies"]},
     ["Works in isolation and does not consult others",
      "Holds back information that colleagues need",
      "Blames others when things go wrong"]),
]
PURPLE = "621360"


def _shade(cell, fill):
    C.shade(cell, fill)


def build_portsmouth():
    d = docx.Document()
    C.clear_core_props(d, PO_TITLE)
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("UNIVERSITY of PORTSMOUTH")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor.from_string(PURPLE)
    r = hp.add_run("\u2003|\u2003Human Resources")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), alignment=2)
    r = fp.add_run("Learning and Development \u2013 AUA Professional Behaviours Framework\tPage ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")

    h = d.add_paragraph()
    r = h.add_run(PO_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor.from_string(PURPLE)
    d.add_paragraph(
        "The Association of University Administrators (AUA) promotes the professional recognition and "
        "development of everyone who works in support and professional services roles in higher education. "
        "Its Continuing Professional Development (CPD) Framework includes a set of Professional Behaviours "
        "that describe how, rather than what, we do in our jobs. The University uses the behaviours in "
        "appraisal, in personal development planning and in recruitment.")
    d.add_paragraph("The behaviours are grouped into nine areas:")
    bnum = C.add_numbering(d, C.bullet_lvl("\u2022", left=540, hanging=270, font="Symbol"), "1BC0B006")
    for n in PO_NINE:
        p = d.add_paragraph(n)
        C.set_num(p, bnum)
        p.paragraph_format.space_after = Pt(0)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Each area is looked at from three aspects: ")
    r = p.add_run("Self")
    r.bold = True
    p.add_run(" \u2013 behaviours seen in any working situation; ")
    r = p.add_run("Others")
    r.bold = True
    p.add_run(" \u2013 behaviours seen when working with, influencing or managing colleagues; ")
    r = p.add_run("Organisation")
    r.bold = True
    p.add_run(" \u2013 behaviours seen when influencing at institutional level or representing the University. "
              "Each area also lists behaviours that may point to a development need; use these for "
              "self-assessment and reflection, not as a checklist. The two areas below are reproduced as "
              "examples; the full framework is available from Learning and Development.")

    for i, (name, definition, aspects, devneed) in enumerate(PO):
        hp2 = d.add_paragraph()
        hp2.paragraph_format.space_before = Pt(14)
        hp2.paragraph_format.keep_with_next = True
        if i == 1:
            hp2.paragraph_format.page_break_before = True
        r = hp2.add_run(name)
        r.bold = True
        r.font.size = Pt(14)
        r.font.color.rgb = RGBColor.from_string(PURPLE)
        dp = d.add_paragraph()
        dp.paragraph_format.keep_with_next = True
        r = dp.add_run(definition)
        r.italic = True
        t = d.add_table(rows=4, cols=3)
        t.style = "Table Grid"
        for c, head in zip(t.rows[0].cells, ["Self", "Others", "Organisation"]):
            rr = c.paragraphs[0].add_run(head)
            rr.bold = True
            rr.font.color.rgb = RGBColor.from_string("FFFFFF")
            _shade(c, PURPLE)
        C.mark_header_row(t.rows[0])
        for c, head in zip(t.rows[1].cells, ["Self", "Others", "Organisation"]):
            first = True
            for b in aspects[head]:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                p.add_run("\u25aa " + b).font.size = Pt(9)
                p.paragraph_format.space_after = Pt(3)
        hdr = t.rows[2].cells[0].merge(t.rows[2].cells[2])
        rr = hdr.paragraphs[0].add_run(PO_DEV)
        rr.bold = True
        _shade(hdr, "E6D9EA")
        body = t.rows[3].cells[0].merge(t.rows[3].cells[2])
        first = True
        for b in devneed:
            p = body.paragraphs[0] if first else body.add_paragraph()
            first = False
            p.add_run("\u25aa " + b).font.size = Pt(9)
        for row in t.rows:
            C.row_flags(row)
        C.fix_widths(t, [2.25, 2.25, 2.25])
    tmp = B.BATCH / "build" / f"{PO_STEM}.docx"
    d.save(tmp)
    out = B.DOCS / f"{PO_STEM}.pdf"
    B.docx_to_pdf(tmp, out)
    tmp.unlink()
    return out


def gold_portsmouth(path):
    comps = []
    for name, definition, aspects, devneed in PO:
        inds = [it(PO_STEM, b, head) for head in ("Self", "Others", "Organisation") for b in aspects[head]]
        inds += [it(PO_STEM, b, PO_DEV) for b in devneed]
        comps.append(comp(PO_STEM, name, definition, indicators=inds))
    return B.write_gold(path, "pdf", PO_TITLE, comps)


# ====================================================================== 7. U.S. DOT (HTML)
DOT_STEM = "usdot-leadership-competencies"
DOT_TIERS = [
    ("Basic Competencies", ["Oral Communication", "Written Communications", "Problem Solving", "Customer Service",
                            "Partnering", "Interpersonal Skills", "Self-Direction", "Continual Learning",
                            "Flexibility", "Decisiveness", "Technical Credibility", "Integrity/Honesty"]),
    ("First-Level Competencies- Supervisors", ["Leveraging Diversity", "Resilience", "Conflict Management",
                                               "Team Building", "Influencing/Negotiating",
                                               "Human Resources Management", "Service Motivation",
                                               "Accountability"]),
    ("Mid-Level Competencies- Managers", ["Creativity & Innovation", "Financial Management", "Entrepreneurship"]),
    ("Higher Level Competencies- Executives", ["Strategic Thinking", "Vision", "External Awareness",
                                               "Political Savvy"]),
]
DOT = [
    ("Oral Communication",
     ["Gives clear and convincing oral presentations to individuals or groups.",
      "Listens carefully and asks for clarification when it is needed.",
      "Encourages an open exchange of ideas and keeps communication open."],
     ["Presentation Skills: Preparing to Present [GoLearn, Professional Development]",
      "Running Meetings: Before, During and After [GoLearn, Professional Development]",
      "Facilitating Groups [DOT Connection]",
      "Interviewing Techniques [DOT Connection]",
      "Speaking Off the Cuff [DOT Connection]"]),
    ("Written Communications",
     ["Puts facts and ideas in writing in a clear, convincing and organized way."],
     ["Business Writing Fundamentals [GoLearn]",
      "Grammar Essentials [GoLearn]",
      "Writing E-mail That Gets Read [GoLearn]",
      "Writing Reports and Proposals with Impact [GoLearn] (May also suit higher levels.)",
      "Writing Narrative Statements [DOT Connection]"]),
    ("Problem Solving",
     ["Spots and examines problems; judges whether information is relevant and accurate.",
      "Develops and compares alternative solutions and recommends a course of action."],
     ["Critical Thinking in Practice [GoLearn, Professional Development]",
      "Getting to the Root Cause [GoLearn]",
      "Creative Problem Solving [DOT Connection]"]),
    ("Customer Service",
     ["Anticipates and meets the needs of internal and external customers.",
      "Delivers high-quality products and services and commits to continuous improvement."],
     ["Serving the Internal Customer [GoLearn, Professional Development]",
      "Handling Difficult Customers [DOT Connection]",
      "Courtesy on the Telephone [DOT Connection]"]),
    ("Partnering",
     ["Builds networks and alliances and works across organizational boundaries.",
      "Finds common ground with a wide range of stakeholders and uses contacts to build internal support."],
     ["Building Strategic Partnerships [GoLearn]",
      "Networking for Results [DOT Connection]"]),
]


def _anchor(name):
    return "".join(ch for ch in name.lower() if ch.isalnum())


def build_usdot():
    toc = []
    for tier, names in DOT_TIERS:
        toc.append(f'<p class="tier"><b>{html.escape(tier)}</b></p>')
        for n in names:
            toc.append(f'<p class="toc"><a href="#{_anchor(n)}">{html.escape(n)}</a></p>')
        toc.append("<p>&nbsp;</p>")
    sections = ['<p>&nbsp;</p>', '<p>&nbsp;</p>', '<h3><a name="basic"></a>Basic Competencies</h3>',
                '<p>&nbsp;</p>']
    for name, behaviors, courses in DOT:
        sections.append(f'<h4><a name="{_anchor(name)}"></a>{html.escape(name)}</h4>')
        sections.append("<ul>")
        for b in behaviors:
            sections.append(f"  <li>{html.escape(b)}</li>")
        for c in courses:
            sections.append(f'  <li><a href="http://golearn.gov/" class="course">{html.escape(c)}</a></li>'
                            if "GoLearn" in c else
                            f'  <li><a href="/Toolkit/LearnDevel/dotconnection.htm" class="course">'
                            f'{html.escape(c)}</a></li>')
        sections.append("</ul>")
        sections.append('<p><a href="#top">Back to top</a></p>')
        sections.append("<p>&nbsp;</p>")
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>DOT HR Toolkit - Leadership Competencies</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="DOT, human resources, leadership, competencies, training">
<link href="/Toolkit/css/hrtoolkit.css" rel="stylesheet" type="text/css">
<script type="text/javascript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
  var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
  if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}
//-->
</script>
</head>
<body onLoad="MM_preloadImages('/Toolkit/images/nav_home_on.gif','/Toolkit/images/nav_ld_on.gif')">
<a name="top"></a>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td colspan="2"><img src="/Toolkit/images/banner.jpg" width="760" height="96" alt="DOT Logo, US Flag and people"></td>
  </tr>
  <tr>
    <td colspan="2" class="topnav"><a href="http://www.dot.gov/">DOT Home</a> | <a href="/Toolkit/index.htm">HR Toolkit Home</a> | <a href="/Toolkit/sitemap.htm">Site Map</a> | <a href="/Toolkit/contact.htm">Contact Us</a> | <a href="/Toolkit/search.htm">Search</a></td>
  </tr>
  <tr>
    <td width="170" valign="top" class="leftnav">
      <p class="navhead">HR Toolkit</p>
      <p><a href="/Toolkit/Benefits/index.htm">Benefits</a></p>
      <p><a href="/Toolkit/Classification/index.htm">Classification</a></p>
      <p><a href="/Toolkit/Employment/index.htm">Employment</a></p>
      <p><a href="/Toolkit/LearnDevel/index.htm" onMouseOut="MM_swapImgRestore()">Learning &amp; Development</a></p>
      <p class="sub"><a href="/Toolkit/LearnDevel/Leadership_Compentency_Framewo/leadership_comp.HTM">Leadership Competency Framework</a></p>
      <p class="sub"><a href="/Toolkit/LearnDevel/idp.htm">Individual Development Plans</a></p>
      <p><a href="/Toolkit/Performance/index.htm">Performance Management</a></p>
      <p><a href="/Toolkit/WorkLife/index.htm">Work/Life</a></p>
    </td>
    <td width="590" valign="top" class="content">
<h1><img src="/Toolkit/images/ttl_leadership_comp.gif" width="300" height="30" alt="Leadership Comp"></h1>
<p>There are four levels of Core Competencies defined. To get a good visual of what the competencies are at DOT click here: <a href="/Toolkit/LearnDevel/Leadership_Compentency_Framewo/LCF_table.pdf">Leadership Competency Framework Table</a></p>
<p>&nbsp;</p>
{chr(10).join(toc)}
{chr(10).join(sections)}
    </td>
  </tr>
  <tr>
    <td colspan="2" class="footer">
      <p>U.S. Department of Transportation | 1200 New Jersey Avenue, SE | Washington, DC 20590 | 202-366-4000</p>
      <p><a href="http://www.dot.gov/privacy.htm">Privacy Policy</a> | <a href="http://www.dot.gov/accessibility.htm">Accessibility</a> | <a href="http://www.dot.gov/foia.htm">FOIA</a> | <a href="http://www.usa.gov/">USA.gov</a></p>
      <p class="updated">Last updated: Tuesday, July 22, 2008</p>
    </td>
  </tr>
</table>
</body>
</html>
"""
    out = B.DOCS / f"{DOT_STEM}.html"
    out.write_text(page, encoding="utf-8")
    return out


def gold_usdot(path):
    comps = [comp(DOT_STEM, n, indicators=[it(DOT_STEM, b) for b in bs], courses=[it(DOT_STEM, c) for c in cs])
             for n, bs, cs in DOT]
    return B.write_gold(path, "html", "DOT HR Toolkit - Leadership Competencies", comps)


# ====================================================================== 8. Keck Medicine of USC (PDF)
KK_STEM = "keck-performance-statements"
KK_TITLE = "Keck USC competency performance statements \u2013 staff"
KK_SCALE = ["Below Expectations", "Meets Some Expectations", "Meets Expectations", "Exceeds Some Expectations",
            "Exceeds Expectations"]
KK = [
    ("Job Knowledge, Skills, & Quality",
     "Measures the job-relevant knowledge and essential skills the employee shows, and how the work connects "
     "to the mission of the organization. Also measures the employee\u2019s efforts to build skills and "
     "knowledge and to keep up with changes that affect the job. Covers planning, prioritizing and carrying "
     "out work and dealing with unexpected requests. Behaviors include: accuracy and efficiency, completing "
     "assignments on time, attention to detail, volume of output, meeting objectives, responsiveness, and "
     "keeping knowledge and proficiency in line with job requirements. The individual delivers quality health "
     "care or outcomes through uncompromising service excellence.",
     ["Repeatedly shows a lack of the basic job knowledge and/or skills needed for the job. Seldom uses the "
      "training or skill-building opportunities on offer and often resists changing requirements. Produces "
      "less work, and work of lower quality, than most others; misses deadlines.",
      "Often lacks the basic or sufficient knowledge and skills for routine parts of the job. Sometimes resists "
      "changes in skill requirements or processes, including chances to build skills. Does not see how own "
      "department depends on others and makes little effort to keep up with changes in the field.",
      "Work shows adequate knowledge and skills for the job, with some knowledge of related work. Keeps up "
      "with major changes that affect the job and accepts change. Completes assignments accurately and on "
      "time and meets the expected volume of work.",
      "Shows thorough knowledge of the job and of related work and looks for ways to extend it. Often "
      "completes work ahead of schedule with few errors and takes on extra assignments when needed. Shares "
      "knowledge with co-workers.",
      "Is recognized as an expert in the job and a resource for others across departments. Consistently "
      "produces work of exceptional quality and volume, anticipates changes in the field and leads others in "
      "adopting new procedures."]),
    ("Teamwork/Collaboration",
     "Measures how well the employee works with others to reach shared goals: co-operating with colleagues in "
     "own and other departments, sharing information, supporting team decisions and contributing to a "
     "positive and respectful work environment for patients, families and staff.",
     ["Often works alone when co-operation is needed and withholds information from others. Shows little "
      "respect for the views of colleagues and may undermine team decisions.",
      "Co-operates with others only when asked. Sometimes fails to share information or to follow through on "
      "commitments to the team, which causes delays for others.",
      "Works well with others in and outside the department and shares information openly. Supports team "
      "decisions and does a fair share of the team\u2019s work.",
      "Goes out of the way to help colleagues and to build relationships with other departments. Helps the "
      "team resolve disagreements constructively and encourages others to contribute.",
      "Is a role model for teamwork across the organization. Brings people together across departments to "
      "solve shared problems and builds a climate of trust that lifts the performance of the whole team."]),
    ("Customer Focus",
     "Measures how well the employee identifies and meets the needs of patients, families, visitors and "
     "internal customers, treats every customer with courtesy and compassion, and follows through until "
     "concerns are resolved.",
     ["Is often discourteous or unresponsive to customers. Ignores requests or passes problems on to others "
      "without follow-up; complaints about service are frequent.",
      "Responds to customer needs inconsistently. Is sometimes slow to return calls or to follow up, and "
      "needs reminders to meet service standards.",
      "Treats customers with courtesy and respect and responds to their needs in a timely way. Follows up on "
      "concerns and meets the organization\u2019s service standards.",
      "Anticipates customer needs and takes the initiative to prevent problems. Receives positive comments "
      "from patients, families or colleagues and helps others to improve service.",
      "Sets the standard for service excellence. Finds new ways to improve the patient and customer experience, "
      "is sought out by others for service advice, and is consistently praised by customers."]),
]


def build_keck():
    d = docx.Document()
    C.clear_core_props(d, KK_TITLE)
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Keck Medicine of USC \u2013 Performance Management \u2013 Staff\u2003|\u2003Page ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    C.add_field(fp, "NUMPAGES")

    ban = d.add_table(rows=1, cols=1)
    c = ban.rows[0].cells[0]
    C.shade(c, "990000")
    rr = c.paragraphs[0].add_run("PERFORMANCE MANAGEMENT @ Keck Medicine of USC")
    rr.bold = True
    rr.font.size = Pt(14)
    rr.font.color.rgb = RGBColor.from_string("FFCC00")
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    t.paragraph_format.space_before = Pt(10)
    rr = t.add_run(KK_TITLE)
    rr.bold = True
    rr.font.size = Pt(13)
    d.add_paragraph("Before you begin, please review the competency definitions on the Performance Management "
                    "website. Need Assistance? Contact the HR Service Center at 213-821-8100 or uschr@usc.edu.")
    for i, (name, definition, levels) in enumerate(KK, start=1):
        h = d.add_paragraph()
        h.paragraph_format.space_before = Pt(14)
        h.paragraph_format.keep_with_next = True
        rr = h.add_run(f"{i}. {name}:")
        rr.bold = True
        rr.font.size = Pt(12)
        p = d.add_paragraph()
        rr = p.add_run("Definition:")
        rr.bold = True
        p.add_run("  " + definition)
        bnum = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"),
                               f"1BC0B8{i:02d}")
        for label, text in zip(KK_SCALE, levels):
            q = d.add_paragraph(style="List Paragraph")
            C.set_num(q, bnum)
            q.paragraph_format.space_after = Pt(4)
            rr = q.add_run(label)
            rr.bold = True
            q.add_run(" \u2013 " + text)
    tmp = B.BATCH / "build" / f"{KK_STEM}.docx"
    d.save(tmp)
    out = B.DOCS / f"{KK_STEM}.pdf"
    B.docx_to_pdf(tmp, out)
    tmp.unlink()
    return out


def gold_keck(path):
    comps = []
    for name, definition, levels in KK:
        lvls = [lv(KK_STEM, i + 1, lab, [txt]) for i, (lab, txt) in enumerate(zip(KK_SCALE, levels))]
        comps.append(comp(KK_STEM, name, definition, levels=lvls))
    return B.write_gold(path, "pdf", KK_TITLE, comps)
