"""9. msu-behavioral-interview-questions.html -- Michigan State University Human Resources,
"Behavioral Competencies" interview-question bank for support staff hiring.

Hand-written HTML: MSU-style chrome (masthead, site title, nav, breadcrumb trail, sidebar, footer, scripts),
a short intro, each competency an <h3> followed by an <ol> of questions; some <li> hold a question and its
follow-up sentence(s)."""
import helpers as H

STEM = "msu-behavioral-interview-questions"

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Behavioral Competencies | MSU Human Resources</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_assets/css/msu-brand.css">
<link rel="icon" href="/favicon.ico">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="msu-hr"></script>
</head>
<body>
<div id="skip"><a href="#content">Skip navigation</a></div>
<div id="masthead">
  <div class="msu-wordmark"><a href="https://msu.edu"><img src="/_assets/img/masthead-helmet-white.svg" alt="Michigan State University"></a></div>
  <div class="site-title"><a href="/">Human Resources</a></div>
  <form id="search" action="/search" method="get">
    <input type="text" name="q" aria-label="Search Human Resources" placeholder="Search HR">
    <input type="submit" value="Go">
  </form>
</div>
<nav id="main-nav">
  <ul>
    <li><a href="/benefits/">Benefits</a></li>
    <li><a href="/ua/">Unit Administrators</a></li>
    <li><a href="/employment/">Employment</a></li>
    <li><a href="/training/">Training &amp; Development</a></li>
    <li><a href="/wellness/">Health &amp; Wellness</a></li>
    <li><a href="/contact/">Contact Us</a></li>
  </ul>
</nav>
<div id="breadcrumbs">
  <a href="/">MSU Human Resources</a> &gt;&gt; <a href="/ua/">Ua</a> &gt;&gt; <a href="/ua/hiring/">Hiring</a> &gt;&gt; <a href="/ua/hiring/support-staff/">Support-staff</a> &gt;&gt; Behavioral Competencies
</div>
<div id="wrapper">
<div id="content" role="main">
<h1>Behavioral Competencies</h1>
<p>Behavioral interview questions ask the candidate to tell a story about a time they handled a particular kind of situation. They rest on the idea that the best predictor of future behavior is past behavior. Choose the questions that fit the position, and ask every candidate the same ones.</p>

<h3>Respect for Others</h3>
<ol>
  <li>Tell me about a time when you had to settle a difference of opinion with a co-worker, customer or supervisor. How did you show respect for the other person?</li>
  <li>Describe a time when you had to give feedback to someone who was dealing with a sensitive personal problem. What was the outcome?</li>
  <li>Describe how you handled a specific problem that involved people whose values, ideas and beliefs differed from yours.</li>
</ol>

<h3>Interpersonal Skills</h3>
<ol>
  <li>Give me a specific example of a time when you had to deal with an angry customer. What was the problem, and how was it resolved?</li>
  <li>Tell me about the hardest challenge you have faced in trying to work with someone who did not share your ideas. What was your role in reaching the work objective? What effect did it have on your ability to work with this person later?</li>
  <li>Describe a situation at work that required you to listen closely and show compassion to a co-worker who was telling you about something personal.</li>
  <li>Tell me about a time when you built a good working relationship with someone you did not get along with at first.</li>
</ol>

<h3>Customer Orientation</h3>
<ol>
  <li>Give me an example of a change you started in a process or service in response to customer feedback.</li>
  <li>Tell me about an information campaign or outreach effort you developed. How did it meet the needs of the people it was meant for?</li>
  <li>Describe a time when you had to tell a customer that you could not do what they asked. How did you handle the conversation?</li>
</ol>

<h3>Commitment to Continuous Quality Improvement</h3>
<ol>
  <li>Tell me about a suggestion you made to improve the way work was done in your unit. What was the result?</li>
  <li>Tell me about an improvement you made that another department now uses.</li>
  <li>In your last job, what problems did you spot that others had overlooked? Were changes made as a result?</li>
</ol>
</div>
<div id="sidebar">
  <h2>Hiring Support Staff</h2>
  <ul>
    <li><a href="/ua/hiring/support-staff/posting.html">Posting a Position</a></li>
    <li><a href="/ua/hiring/support-staff/interviewing.html">Interviewing</a></li>
    <li><a href="/ua/hiring/support-staff/behavioral-competencies.html" class="current">Behavioral Competencies</a></li>
    <li><a href="/ua/hiring/support-staff/organizational-success.html">Organizational Success</a></li>
    <li><a href="/ua/hiring/support-staff/references.html">Reference Checks</a></li>
  </ul>
</div>
</div>
<footer id="footer">
  <div class="footer-contact">
    <p>MSU Human Resources<br>1407 S. Harrison Road, Nisbet Building<br>East Lansing, MI 48823<br>Phone: (517) 353-4434</p>
  </div>
  <div class="footer-msu">
    <p>Call MSU: <a href="tel:+15173551855">(517) 355-1855</a> | Visit: <a href="https://msu.edu">msu.edu</a> | <a href="https://civilrights.msu.edu">Notice of Nondiscrimination</a></p>
    <p><strong>Spartans Will.</strong> | &copy; Michigan State University</p>
  </div>
</footer>
<script src="/_assets/js/jquery.min.js"></script>
<script>
  $(function(){ $('#main-nav li').hover(function(){ $(this).toggleClass('open'); }); });
</script>
</body>
</html>
"""


def build():
    out = H.DOCS / f"{STEM}.html"
    out.write_text(HTML, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())
