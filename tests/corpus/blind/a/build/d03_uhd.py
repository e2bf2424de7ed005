"""3. uhd-staff-competencies.html -- University of Houston-Downtown, Human Resources, staff competencies.

Hand-written HTML, glossary style: <dl> with <dt> name / <dd> definition (+ nested <ul> of requirements),
UHD-style chrome (utility bar, header, mega-nav, breadcrumb, left section nav, footer, scripts)."""
import helpers as H

STEM = "uhd-staff-competencies"

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Staff Competencies | Human Resources | University of Houston-Downtown</title>
<link rel="stylesheet" href="/_assets/css/uhd-main.min.css">
<link rel="stylesheet" href="/hr/_assets/css/department.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-UHD0HR2023"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-UHD0HR2023');
</script>
</head>
<body class="department hr">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="utility-bar">
  <ul>
    <li><a href="/students/">Current Students</a></li>
    <li><a href="/faculty-staff/">Faculty &amp; Staff</a></li>
    <li><a href="/alumni/">Alumni</a></li>
    <li><a href="https://uhd.edu/givenow">Give Now</a></li>
    <li><a href="/myuhd/">myUHD</a></li>
  </ul>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/_assets/img/uhd-logo-white.svg" alt="University of Houston-Downtown"></a>
  <form class="site-search" action="/search/" method="get">
    <label for="q" class="sr-only">Search UHD</label>
    <input id="q" name="q" type="search" placeholder="Search UHD">
    <button type="submit">Search</button>
  </form>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/admissions/">Admissions</a></li>
      <li><a href="/academics/">Academics</a></li>
      <li><a href="/campus-life/">Campus Life</a></li>
      <li><a href="/research/">Research</a></li>
      <li><a href="/about/">About UHD</a></li>
    </ul>
  </nav>
</header>
<div class="dept-banner"><span>Human Resources</span></div>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> &gt; <a href="/hr/">Human Resources</a> &gt; <a href="/hr/compensation/">Compensation</a> &gt; <span>Staff Competencies</span>
</nav>
<div class="page-wrap">
<aside class="section-nav">
  <h2>Human Resources</h2>
  <ul>
    <li><a href="/hr/benefits/">Benefits</a></li>
    <li><a href="/hr/compensation/" class="active">Compensation</a>
      <ul>
        <li><a href="/hr/compensation/job-descriptions.aspx">Job Descriptions</a></li>
        <li><a href="/hr/compensation/staff-competencies.aspx" aria-current="page">Staff Competencies</a></li>
        <li><a href="/hr/compensation/pay-plan.aspx">Pay Plan</a></li>
      </ul>
    </li>
    <li><a href="/hr/employment/">Employment</a></li>
    <li><a href="/hr/training/">Training &amp; Development</a></li>
    <li><a href="/hr/policies/">Policies &amp; Forms</a></li>
    <li><a href="/hr/contact/">Contact HR</a></li>
  </ul>
</aside>
<main id="main-content">
<h1>Staff Competencies</h1>
<p>The competencies below describe how staff members carry out their job duties and contribute to the success of the university. The competencies assigned to your position are listed in your job description.</p>
<p class="note">(See the <a href="/hr/compensation/docs/staff-competencies.pdf">Staff Competencies PDF</a> for the complete descriptions of every competency.)</p>

<h2>Work Behaviors <small>(required for all jobs)</small></h2>
<dl class="competency-list">
  <dt id="proficiency">Proficiency</dt>
  <dd>
    <p>Has the job skills the position requires and puts them to use.</p>
    <ul>
      <li>Holds the job knowledge and skills that the position requires.</li>
      <li>Applies that knowledge and those skills to carry out job duties and assignments competently.</li>
      <li>Keeps job skills current as tools and methods change.</li>
    </ul>
  </dd>
  <dt id="dependability">Dependability</dt>
  <dd>
    <p>Takes ownership of work, meets deadlines, accepts new assignments and meets attendance expectations.</p>
    <ul>
      <li>Takes responsibility for finishing assignments within reasonable deadlines.</li>
      <li>Is willing to take on new projects and commitments.</li>
      <li>Follows through to finish projects on time and to keep commitments.</li>
      <li>Arrives at work on time, prepared and ready to contribute.</li>
    </ul>
  </dd>
  <dt id="flexibility">Flexibility</dt>
  <dd>
    <p>Adapts to change, sees change as an opportunity and keeps a positive attitude toward it.</p>
    <ul>
      <li>Adjusts willingly to changing assignments or working conditions.</li>
      <li>Is open to changes in procedures, technology or organizational structure.</li>
      <li>Sees change as a chance to learn and develop professionally.</li>
      <li>Shows a positive attitude that encourages others.</li>
      <li>Responds promptly to shifting priorities and to unexpected situations.</li>
    </ul>
  </dd>
</dl>

<h2>Customer Service <small>(one of these three competencies is required for all jobs)</small></h2>
<dl class="competency-list">
  <dt id="customer-relations-management">Customer Relations Management</dt>
  <dd>Leads and manages customer service for a unit.
    <ul>
      <li>Sets service standards for the unit and checks that they are met.</li>
      <li>Uses customer feedback to improve services and processes.</li>
      <li>Resolves escalated customer concerns fairly and promptly.</li>
    </ul>
  </dd>
  <dt id="focus-on-customer-service">Focus on Customer Service</dt>
  <dd>Works directly with customers.
    <ul>
      <li>Greets students, visitors and colleagues courteously and gives them full attention.</li>
      <li>Finds out what the customer needs and provides it, or refers the customer to the right office.</li>
      <li>Follows up to make sure the customer\u2019s request was handled.</li>
    </ul>
  </dd>
  <dt id="communicates-effectively">Communicates Effectively</dt>
  <dd>Has little direct contact with customers.</dd>
</dl>
<p class="updated">Last updated: August 2023</p>
</main>
</div>
<footer class="site-footer">
  <div class="footer-contact">
    <p><strong>University of Houston-Downtown</strong><br>One Main Street<br>Houston, TX 77002<br>713-221-8000</p>
  </div>
  <ul class="footer-links">
    <li><a href="/privacy/">Privacy Notice</a></li>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="https://gov.texas.gov/organization/hsgd">Texas Homeland Security</a></li>
    <li><a href="https://www.tsl.texas.gov/trail/index.html">Statewide Search</a></li>
    <li><a href="/compliance/">Required Links</a></li>
  </ul>
  <p class="copyright">&copy; 2023 University of Houston-Downtown. All rights reserved.</p>
</footer>
<script src="/_assets/js/jquery-3.6.0.min.js"></script>
<script src="/_assets/js/uhd-main.min.js"></script>
</body>
</html>
"""


def build():
    out = H.DOCS / f"{STEM}.html"
    out.write_text(HTML, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())
