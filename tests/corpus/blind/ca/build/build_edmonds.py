"""City of Edmonds (Washington) - Employment: Interview Preparation (HTML).

Modelled on edmondswa.gov/employment/interview-preparation.html: "Interview Preparation", "The Interview"
(congratulations, a bullet list of preparation steps incl. "Familiarize yourself with Performance Based and
Behavior Descriptive interview questions" and the STAR Method; every competition uses the same questions and
rating scale), "General Questions" (bullets), "Performance Based Interview Questions" (paragraph + "General
Sample Questions" bullets), then behaviour descriptive questions and the STAR method. The stored copy ends in
the performance-based section; the behaviour-descriptive section is laid out like the sections before it, with
sample questions under competency sub-headings (our layout). Municipal site chrome re-created (banner, nav,
breadcrumb, side menu, footer with City Hall address, scripts). All wording is ours.
"""
import calib as L

STEM = "edmonds-interview-preparation"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Interview Preparation"

BEHAVIOR = [
    ("Customer Service", [
        "Tell us about a time you helped a member of the public who was frustrated with a City process. What "
        "did you do, and how did it turn out?",
        "Describe a situation where you could not give a customer what they asked for. How did you handle "
        "it?"]),
    ("Collaboration", [
        "Tell us about a time you helped a co-worker meet a deadline, even though it was not your "
        "responsibility.",
        "Describe a disagreement you had with a team member. How was it resolved?"]),
    ("Decision Making", [
        "Tell us about a problem at work that you solved in a new way. How did you come up with the idea?",
        "Describe a time you had to act on a problem before you had all of the facts. What did you do?"]),
    ("Written and Oral Communication", [
        "Give us an example of a time you had to explain a rule or policy to someone who did not agree with "
        "it.",
        "Tell us about a written document you prepared for an audience outside your department."]),
    ("Adaptability", [
        "Tell us about a time your priorities changed suddenly. How did you adjust?",
        "Describe a new system or procedure you had to learn. What did you do to get up to speed?"]),
]

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Interview Preparation - City of Edmonds, WA</title>
<meta name="keywords" content="employment, jobs, interview, Edmonds">
<link rel="stylesheet" href="/templates/edmonds/css/template.css" type="text/css">
<link rel="stylesheet" href="/templates/edmonds/css/menu.css" type="text/css">
<script src="/media/jui/js/jquery.min.js"></script>
<script src="/templates/edmonds/js/menu.js"></script>
<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,'script','//www.google-analytics.com/analytics.js','ga');ga('create','UA-00000000-1','auto');ga('send','pageview');</script>
</head>
<body class="site employment">
<div id="banner">
 <a href="/index.html"><img src="/images/banner/edmonds-logo.png" alt="City of Edmonds, Washington"></a>
 <div id="tools"><a href="/contact-us.html">Contact Us</a> | <a href="/site-map.html">Site Map</a> | <form action="/search.html" method="get"><input type="text" name="searchword" placeholder="Search..."><button type="submit">Go</button></form></div>
</div>
<div id="topnav">
 <ul class="menu">
  <li><a href="/index.html">Home</a></li>
  <li><a href="/government.html">Government</a></li>
  <li><a href="/services.html">City Services</a></li>
  <li><a href="/departments.html">Departments</a></li>
  <li class="active"><a href="/employment.html">Employment</a></li>
  <li><a href="/community.html">Community</a></li>
  <li><a href="/discover-edmonds.html">Discover Edmonds</a></li>
 </ul>
</div>
<div id="breadcrumbs"><span>You are here: </span><a href="/index.html">Home</a> &gt; <a href="/employment.html">Employment</a> &gt; <span>Interview Preparation</span></div>
<div id="wrapper">
 <div id="left">
  <div class="moduletable"><h3>Employment</h3>
   <ul class="menu">
    <li><a href="/employment/current-openings.html">Current Job Openings</a></li>
    <li><a href="/employment/how-to-apply.html">How to Apply</a></li>
    <li class="current"><a href="/employment/interview-preparation.html">Interview Preparation</a></li>
    <li><a href="/employment/benefits.html">Benefits</a></li>
    <li><a href="/employment/volunteer.html">Volunteer Opportunities</a></li>
   </ul>
  </div>
 </div>
 <div id="content">
  <div class="item-page">
   <h2 class="page-title">Interview Preparation</h2>
   <h3>The Interview</h3>
   <p>If you have been invited to an interview, congratulations! To prepare, you may want to do some or all of the following:</p>
   <ul>
    <li>Review or print the job posting you applied for</li>
    <li>Review the skills and experience you have that relate to the position</li>
    <li>Think about your strengths</li>
    <li>Become familiar with Performance Based and Behavior Descriptive interview questions</li>
    <li>Become familiar with the STAR Method described below</li>
   </ul>
   <p>The interview gives you and the interview panel the chance to judge whether you have the knowledge, qualifications and skills to be highly successful in the job. It also lets you show your interest in the position and your interpersonal skills. Interviews include a mix of Performance Based and Behavior Descriptive questions. Every candidate in a recruitment is asked the same questions and rated on the same scale.</p>
   <h3>General Questions</h3>
   <p>You may be asked a few general questions, such as:</p>
   <ul>
    <li>How does this position fit with your career goals?</li>
    <li>Why would you like to work for the City?</li>
    <li>What do you know about the department?</li>
   </ul>
   <h3>Performance Based Interview Questions</h3>
   <p>Performance based questions describe a situation, scenario or challenge you could meet in the job and ask what you would do. They give you the chance to show how you would use your knowledge, qualifications and skills in typical situations. Your answers are scored on how acceptable and complete they are.</p>
   <p><strong>General Sample Questions</strong></p>
   <ul>
    <li>One of our important projects is&hellip; How would you organize it from start to finish?</li>
    <li>If you were offered this position, how would you approach your first 90 days?</li>
    <li>A key objective for this position is&hellip; How would you make sure it is met?</li>
   </ul>
   <h3>Behavior Descriptive Interview Questions</h3>
   <p>Behavior descriptive questions ask you to tell us about real situations you have handled in the past. They are based on the competencies listed in the job posting, because how you have acted before is a good guide to how you will act in the future. Below are sample questions for some of the competencies most often used in City recruitments.</p>
{sections}
   <h3>The STAR Method</h3>
   <p>A good way to answer behavior descriptive questions is to use the STAR Method:</p>
   <dl>
    <dt>S &ndash; Situation</dt><dd>Briefly describe the situation you were in.</dd>
    <dt>T &ndash; Task</dt><dd>Explain what you needed to achieve.</dd>
    <dt>A &ndash; Action</dt><dd>Describe what you did, step by step.</dd>
    <dt>R &ndash; Result</dt><dd>Tell us how things turned out and what you learned.</dd>
   </dl>
   <p>Questions about this page? <a href="/departments/human-resources.html">Contact Human Resources</a>.</p>
  </div>
 </div>
</div>
<div id="footer">
 <p>City of Edmonds &bull; 121 5th Avenue North &bull; Edmonds, WA 98020 &bull; (425) 775-2525</p>
 <p><a href="/privacy-policy.html">Privacy Policy</a> | <a href="/accessibility.html">Accessibility</a> | <a href="/disclaimer.html">Disclaimer</a></p>
 <p>Copyright &copy; City of Edmonds. All rights reserved.</p>
</div>
</body>
</html>
"""


def build():
    parts = []
    for name, qs in BEHAVIOR:
        parts.append(f"   <h4>{L.html_escape(name)}</h4>\n   <ul>\n" +
                     "\n".join(f"    <li>{L.html_escape(q)}</li>" for q in qs) + "\n   </ul>")
    OUT.write_text(HTML.replace("{sections}", "\n".join(parts)), encoding="utf-8")


def gold():
    d = STEM
    return [L.competency(d, name, None, interview_questions=L.items(d, qs)) for name, qs in BEHAVIOR]


def main():
    build()
    L.write_gold(OUT, "html", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()
