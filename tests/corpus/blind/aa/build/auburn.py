"""Auburn University, Human Resources (Compensation, CCP) - "Job Specific Competencies" web page, as an HR
team receives it when someone saves the page into Word: HTML (site chrome included) -> LibreOffice ->
DOCX (docs/auburn-job-specific-competencies.docx). Each competency: name in bold with a parenthetical,
then a bullet "Definition: ..." and a bullet "Observable Behaviors" with a nested bullet list."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "auburn-job-specific-competencies"
TITLE = "Job Specific Competencies"
SUB = "Supervisors and employees select 2-4 that will most impact success in the job"

INTRO = [
    "Competencies are the knowledge, skills, abilities and other requirements that someone needs to perform "
    "a job successfully. They describe not only what a person has to know and do, but also how the person "
    "does it.",
    "The competencies listed below are ones a job may call for. From this list of pre-defined competencies, "
    "the supervisor and the employee should choose the two to four that will have the greatest effect on "
    "success in the job this year. They should talk through the behaviors and agree how they will be used "
    "when performance is evaluated. Note: Effective supervision must be included for each employee in a "
    "supervisory role.",
    "Each competency has a definition and a few observable behaviors that, when performed, may indicate "
    "acceptable performance. The behaviors are only a sample, so not every behavior listed will apply to a "
    "particular position.",
]

COMPS = [
    ("Effective Supervision", "(Required of all employees in a supervisory role)",
     "Training, coaching, delegating and developing the abilities of others; evaluating people and "
     "performance; disciplining and counseling; building positive relationships", [
         "Supports the development of staff by giving them ways to improve their skills and competencies",
         "Gives ongoing feedback and completes performance reviews on time",
         "Encourages people to solve problems on their own",
         "Deals with problems firmly and promptly",
         "Addresses performance problems and issues quickly; lets people know what is expected of them",
         "Keeps informed about employees\u2019 performance through both formal and informal methods",
         "Recognizes and encourages behaviors that contribute to teamwork",
         "Uses the full performance management system to develop, recognize and reward employees"]),
    ("Customer Service", "",
     "Meeting the needs and expectations of internal and external customers; responding promptly, "
     "courteously and accurately; building lasting customer relationships", [
         "Listens to customers to understand what they need",
         "Responds to requests and complaints promptly and follows up to make sure they are resolved",
         "Treats every customer with courtesy and respect, including in difficult situations",
         "Gives accurate information or refers customers to someone who can help",
         "Looks for ways to improve service to customers"]),
    ("Planning and Organizing", "",
     "Setting priorities, goals and timetables; organizing work and resources so that assignments are "
     "completed on time and within budget", [
         "Sets realistic goals and priorities for own work",
         "Breaks large assignments into manageable steps and schedules them",
         "Anticipates obstacles and plans how to get around them",
         "Uses time and resources efficiently",
         "Keeps track of progress and adjusts plans when circumstances change",
         "Meets deadlines"]),
    ("Problem Solving", "",
     "Identifying problems, gathering and analyzing relevant information, generating options and choosing "
     "sound solutions", [
         "Recognizes problems early and takes steps to understand their causes",
         "Gathers the facts and the views of the people involved before deciding",
         "Considers several possible solutions and weighs their costs and benefits",
         "Makes timely decisions and explains the reasons for them",
         "Checks the results of a solution and learns from what happened"]),
]

NAV = ["Home", "Benefits", "Compensation", "Employment", "Employee Relations", "Learning &amp; Development",
       "Payroll", "Forms", "Contact Us"]
SIDE = ["Comprehensive Compensation Plan (CCP)", "Job Families", "Salary Structure", "Job Specific Competencies",
        "Performance Management", "FAQs"]


def page():
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{TITLE} | Human Resources | Auburn University</title>',
           '<style>body{font-family:Georgia,serif;font-size:11pt} #au-header{background:#03244d;color:#fff}'
           ' .nav a{color:#fff;margin-right:8px} #footer{font-size:8pt;color:#555}</style>',
           '<script>var _gaq=_gaq||[];_gaq.push(["_setAccount","UA-000000-1"]);</script>',
           '</head><body>',
           '<div id="au-header"><p><b>AUBURN UNIVERSITY</b> &nbsp;|&nbsp; Human Resources</p>',
           '<p class="nav">' + " | ".join(f'<a href="#">{n}</a>' for n in NAV) + '</p></div>',
           '<p class="crumbs"><a href="#">Human Resources</a> &gt; <a href="#">Compensation</a> &gt; '
           '<a href="#">CCP</a> &gt; Job Specific Competencies</p>',
           '<table width="100%"><tr><td width="22%" valign="top" id="sidebar"><p><b>Compensation</b></p><ul>'
           + "".join(f'<li><a href="#">{e(s)}</a></li>' for s in SIDE) + '</ul></td><td valign="top">',
           f'<h1>{TITLE}</h1>', f'<h3>{e(SUB)}</h3>']
    out += [f'<p>{e(p)}</p>' for p in INTRO]
    for name, paren, definition, behaviors in COMPS:
        out.append(f'<p><strong>&nbsp;{e(name)}</strong>' + (f' {e(paren)}' if paren else '') + '</p>')
        out.append('<ul>')
        out.append(f'<li>Definition: {e(definition)}</li>')
        out.append('<li>Observable Behaviors<ul>' + "".join(f'<li>{e(b)}</li>' for b in behaviors)
                   + '</ul></li>')
        out.append('</ul>')
    out += ['</td></tr></table>',
            '<hr><div id="footer"><p>Auburn University | Auburn, Alabama 36849 | (334) 844-4000</p>',
            '<p><a href="#">Website Feedback</a> | <a href="#">Privacy</a> | <a href="#">Copyright &copy;</a> '
            '| Last updated: 06/14/2016</p></div>',
            '</body></html>']
    return "\n".join(out)


def gold():
    out = []
    for name, paren, definition, behaviors in COMPS:
        notes = [H.it(paren.strip("()"), STEM)] if paren else []
        out.append(H.comp(name, STEM, definition, indicators=H.items(behaviors, STEM),
                          notes=notes))
    return out


def main():
    src = H.WORK / f"{STEM}.html"
    src.write_text(page(), encoding="utf-8")
    H.soffice(src, "docx:MS Word 2007 XML", H.DOCS, infilter="HTML (StarWriter)")
    H.write_gold(STEM, f"{STEM}.docx", "docx", TITLE, gold())


if __name__ == "__main__":
    main()
