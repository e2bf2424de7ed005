"""UC Berkeley Human Resources, Guide to Managing Human Resources, Chapter 1 Employment: Interviewing (HTML).

Campus page chrome (banner, utility links, chapter menu, breadcrumb, footer, scripts). General
interviewing guidance first (guiding principles, interview types), then competency-based sections:
an <h3> competency name, a one-paragraph definition and a bulleted list of questions that has no
"questions" heading of its own."""
import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "berkeley-competency-based-interviewing"
DOC = C.DOCS / f"{STEM}.html"

COMPS = [
    ("Communication Skills",
     "Expresses ideas and facts clearly and persuasively, orally and in writing, and listens to understand "
     "what others are saying.",
     ["Tell me about a time you had to explain a complicated process or policy to someone unfamiliar with it. "
      "How did you make sure they understood?",
      "Describe a written document you produced that you are proud of. Who was the audience, and why did it work?",
      "Give an example of a time when a misunderstanding arose because of something you said or wrote. "
      "What did you do to put it right?"]),
    ("Service Orientation",
     "Makes the needs of students, faculty, staff and the public a priority and works to meet them with "
     "courtesy and follow-through.",
     ["Describe a time you went out of your way to help a customer or client. What prompted you to do it?",
      "Tell me about the most difficult customer you have dealt with. What did you do, and how did it end?",
      "How do you find out what the people you serve actually need?",
      "Give an example of a service process you improved. What changed as a result?"]),
    ("Flexibility",
     "Adjusts readily to changing priorities, procedures and people, and stays effective under uncertainty.",
     ["Tell me about a time your priorities changed suddenly. How did you reorganize your work?",
      "Describe a situation in which you had to work with a new system or procedure you did not agree with. "
      "How did you handle it?",
      "Give an example of when you had to adapt your approach to work well with a colleague whose style "
      "differed from yours."]),
    ("Planning and Organizing",
     "Sets priorities, plans the steps and resources needed, and manages time so that work is completed "
     "accurately and on schedule.",
     ["Walk me through how you planned a project with several deadlines running at once.",
      "Tell me about a time you missed a deadline. What happened, and what did you learn from it?",
      "What tools or methods do you use to keep track of your commitments? Give a recent example."]),
]


def page():
    sections = []
    for name, definition, qs in COMPS:
        lis = "\n".join(f"        <li>{escape(q)}</li>" for q in qs)
        sections.append(f"""      <h3>{escape(name)}</h3>
      <p>{escape(definition)}</p>
      <ul>
{lis}
      </ul>""")
    body = "\n".join(sections)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Interviewing | Guide to Managing Human Resources | UC Berkeley Human Resources</title>
<link rel="stylesheet" type="text/css" href="/css/hrweb.css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-0000000-1']); _gaq.push(['_trackPageview']);
</script>
</head>
<body>
<div id="skip"><a href="#content">Skip to content</a></div>
<div id="banner">
  <a href="http://www.berkeley.edu"><img src="/images/ucb_logo.gif" alt="UC Berkeley" /></a>
  <span class="unit">Human Resources</span>
  <ul id="utility">
    <li><a href="/">HR Home</a></li>
    <li><a href="/az">A-Z Index</a></li>
    <li><a href="/contact">Contact Us</a></li>
    <li><a href="http://www.berkeley.edu/">UC Berkeley Home</a></li>
  </ul>
</div>
<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/guide">Guide to Managing Human Resources</a> &gt; <a href="/guide/employment">Employment</a> &gt; Interviewing</div>
<div id="leftnav">
  <h4>Guide to Managing HR</h4>
  <ul>
    <li><a href="/guide/empintro.htm">Chapter 1: Employment</a>
      <ul>
        <li><a href="/guide/empjob.htm">Job Descriptions</a></li>
        <li><a href="/guide/emprec.htm">Recruitment</a></li>
        <li class="current"><a href="/guide/empint.htm">Interviewing</a></li>
        <li><a href="/guide/empref.htm">Reference Checks</a></li>
        <li><a href="/guide/empsel.htm">Selection</a></li>
      </ul>
    </li>
    <li><a href="/guide/perf.htm">Chapter 2: Performance Management</a></li>
    <li><a href="/guide/comp.htm">Chapter 3: Compensation</a></li>
  </ul>
</div>
<div id="content">
  <p class="chapter">Guide to Managing Human Resources</p>
  <p class="chapter">Chapter 1: Employment</p>
  <h1>Interviewing</h1>
  <p>When you interview candidates you represent the campus. A well-run interview can leave a candidate with a good
  impression of Berkeley even when no offer follows; a poorly run one can harm the campus's reputation.</p>
  <p>An interview exists to gather information about each applicant's competencies and work experience so that you
  can choose the best qualified person. The key is to define clear selection criteria, and the questions that go
  with them, before the first interview.</p>
  <h2>Guiding Principles</h2>
  <p>Aim for an interview process that is both fair and effective. To keep it fair, you should:</p>
  <ul>
    <li>Hold structured interviews in which every candidate answers the same set of questions and is measured against the same criteria.</li>
    <li>Treat every candidate fairly, equally and consistently.</li>
    <li>Remove cultural and other forms of bias from the process.</li>
    <li>Use a mix of direct, open-ended and situational questions, and complete the evaluation form for every applicant you interview.</li>
    <li>Keep strong candidates interested by moving through the process quickly.</li>
  </ul>
  <h2>Types of Interviews</h2>
  <ul>
    <li><strong>Competency-Based Interviewing.</strong> Identifies the skills, abilities and talents that account for performance on the job, and can be used in any kind of interview.</li>
    <li><strong>Panel Interviews.</strong> Several interviewers meet the candidate together and rate the answers independently.</li>
    <li><strong>Telephone or Video Screening.</strong> A short first conversation used to narrow a large pool.</li>
  </ul>
  <h2>Competency-Based Interviewing</h2>
  <p>Choose the three to five competencies that matter most for the position and ask every candidate the same
  questions about each. Listen for a specific situation, the action the candidate took and the result. Examples
  for competencies that many campus positions share:</p>
{body}
  <h2>After the Interview</h2>
  <p>Record your ratings right after each interview, while the answers are fresh, and keep your notes with the
  recruitment file.</p>
  <p class="updated">Last updated: 08/14/2013</p>
</div>
<div id="footer">
  <p>Copyright &copy; 2013 UC Regents; all rights reserved</p>
  <p><a href="/privacy">Privacy Statement</a> | <a href="/accessibility">Accessibility</a> | <a href="mailto:hrweb@berkeley.edu">Contact the webmaster</a></p>
</div>
<script type="text/javascript">
  (function() {{ var ga = document.createElement('script'); ga.async = true; ga.src = 'https://ssl.google-analytics.com/ga.js';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
</script>
</body>
</html>
"""


def build():
    DOC.write_text(page(), encoding="utf-8")
    comps = [C.competency(STEM, name, d, interview_questions=[C.item(STEM, q) for q in qs])
             for name, d, qs in COMPS]
    C.write_gold(DOC, "html", "Interviewing", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)
