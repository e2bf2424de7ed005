"""Government of Nova Scotia job posting (jobs.novascotia.ca, SuccessFactors career site): hand-written HTML.

NOT a competency document: a job advertisement (competition number, department, closing date, About Us, About
Our Opportunity, Primary Accountabilities, Qualifications and Experience, Assets, Benefits, Working Conditions,
Additional Information, What We Offer, pay grade, employment equity statement). It names four behavioural
competencies IN PASSING (one sentence in "Qualifications and Experience", and the assessment paragraph) without
defining any. Career-site chrome: header, "Join our Talent Community", share links, Apply buttons, footer,
scripts. Gold: no competencies.
"""
import helpers as H

STEM = "novascotia-project-manager-job-posting"
TITLE = "Project Manager"

HTML = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Project Manager Job Details | Government of Nova Scotia</title>
<meta name="keywords" content="HALIFAX Project Manager, Government of Nova Scotia, jobs">
<link rel="stylesheet" href="/platform/css/j2w.min.css?v=1717092344000">
<link rel="stylesheet" href="/sites/NovaScotia/css/custom.css?v=1717092344000">
<script type="text/javascript" src="/platform/js/jquery/jquery-3.5.1.min.js"></script>
<script type="text/javascript">var j2w = j2w || {}; j2w.init({ "locale": "en_US", "siteType": "CSB" });</script>
</head>
<body class="coreCSB job-page">
<div id="outershell">
  <div id="header" role="banner">
    <a href="https://jobs.novascotia.ca/" class="logo"><img src="/sites/NovaScotia/img/ns-logo.svg" alt="Nova Scotia"></a>
    <ul class="nav-links">
      <li><a href="/content/Apply/?locale=en_US">How to Apply</a></li>
      <li><a href="/content/Working-for-Government/?locale=en_US">Working for Government</a></li>
      <li><a href="/lp/Frequently%20Asked%20Questions/be73cba0882590c0/?locale=en_US">FAQ</a></li>
      <li><a href="/talentcommunity/subscribe/?locale=en_US">Join our Talent Community</a></li>
      <li><a href="/login?locale=en_US">Sign In</a></li>
    </ul>
  </div>
  <div id="innershell" role="main">
    <div class="jobDisplayShell" itemscope itemtype="http://schema.org/JobPosting">
      <div class="jobTitle"><h1 itemprop="title">Project Manager</h1></div>
      <div class="applylink pull-right"><a class="btn btn-primary btn-large btn-lg apply dialogApplyBtn" href="/talentcommunity/apply/559512517/?locale=en_US">Apply now &raquo;</a></div>
      <div class="social-share"><span>Share this Job</span> <a href="#" class="shareEmail">Email</a> <a href="#" class="shareLinkedIn">LinkedIn</a> <a href="#" class="shareFacebook">Facebook</a></div>
      <div class="job">
        <span class="jobdescription" itemprop="description">
<p><strong>Competition # :</strong> 35515</p>
<p><strong>Department:</strong> Education &amp; Early Childhood Development</p>
<p><strong>Location:</strong> HALIFAX</p>
<p><strong>Type of Employment:</strong> Term</p>
<p><strong>Union Status:</strong> Exclusion - Non Union - NSPG</p>
<p><strong>Closing Date:</strong> 5/27/2022 (Applications are accepted until 11:59 PM Atlantic Time)</p>
<p>&nbsp;</p>
<h2>About Us</h2>
<p>At Education and Early Childhood Development, we make sure that children in their early years have the support they need for a positive start to school, that students from pre-primary to grade 12 receive a quality education that prepares them for what lies ahead, and we work with schools, teachers and others to raise student achievement and success.</p>
<h2>About Our Opportunity</h2>
<p>The Project Manager leads project management at a strategic level within the department and coordinates delivery with other government departments. You will report to the Director of Policy and Planning and will be accountable for contributing to, and making recommendations on, the development, planning, monitoring, budgeting, implementation and evaluation of policies and approaches that deliver on the department&rsquo;s mandate letter.</p>
<p>The position makes sure that work on the Minister&rsquo;s mandate commitments and other departmental priorities is managed effectively, by working with senior management and other staff to plan the steps to completion, report on progress and build in accountability. You will engage stakeholders on behalf of the department, including at senior officials&rsquo; tables.</p>
<h2>Primary Accountabilities</h2>
<ul>
<li>Supports the delivery of mandate commitments by working with department staff, senior management and staff of the Regional Centres for Education and the Conseil scolaire acadien provincial.</li>
<li>Develops project charters, work plans, schedules and risk registers for priority initiatives.</li>
<li>Prepares briefing notes, status reports and presentations for senior management and the Minister&rsquo;s office.</li>
<li>Tracks budgets and resources for assigned projects and recommends corrective action when needed.</li>
</ul>
<h2>Qualifications and Experience</h2>
<p>You have a bachelor&rsquo;s degree in public administration, business, education or a related field, and at least five years of progressive experience managing complex projects in a public-sector environment. An equivalent combination of training and experience may be considered.</p>
<p>You have excellent written and oral communication skills and experience working with senior officials. You are comfortable managing several priorities at once and meeting tight deadlines.</p>
<p>You will also demonstrate the following behavioural competencies: Building Partnerships, Results Orientation, Decision Making and Organizational Awareness.</p>
<p><strong>Assets</strong></p>
<ul>
<li>A recognized project management designation (PMP or equivalent)</li>
<li>Knowledge of the Nova Scotia education system</li>
<li>Ability to communicate in French</li>
</ul>
<p>We will assess candidates using a combination of behavioural, experience and knowledge-based interview questions, standardized testing, and reference checks.</p>
<h2>Benefits</h2>
<p>The Government of Nova Scotia offers a competitive benefits package including health, dental, life insurance, general illness, long-term disability, retirement and employee and family assistance programs.</p>
<h2>Working Conditions</h2>
<p>Normal office environment. Some travel within the province may be required, and occasional work outside regular hours to meet deadlines.</p>
<h2>Additional Information</h2>
<p>This is a term employment opportunity with an anticipated end date of March 31, 2024. Term employment may be extended or ended early, depending on operational requirements.</p>
<h2>What We Offer</h2>
<ul>
<li>Career development opportunities across government.</li>
<li>Engaging workplace: our employees feel valued, respected and connected to the work they do.</li>
<li>Flexible working schedules, subject to operational requirements.</li>
</ul>
<p><strong>Pay Grade:</strong> EC 10<br><strong>Salary Range:</strong> $2,887.30 - $3,608.80 Bi-Weekly</p>
<p><strong>Employment Equity Statement:</strong></p>
<p>Our goal is a diverse workforce that represents, at all job levels, the citizens we serve. We encourage applicants from under-represented groups to self-identify in the application process.</p>
        </span>
      </div>
      <div class="applylink"><a class="btn btn-primary btn-large btn-lg apply dialogApplyBtn" href="/talentcommunity/apply/559512517/?locale=en_US">Apply now &raquo;</a></div>
      <p class="back-link"><a href="/search/?locale=en_US">&laquo; Back to search results</a></p>
    </div>
  </div>
  <div id="footer" role="contentinfo">
    <div class="footerRow">
      <ul>
        <li><a href="https://beta.novascotia.ca/privacy">Privacy</a></li>
        <li><a href="https://beta.novascotia.ca/terms">Terms of Use</a></li>
        <li><a href="/content/Accessibility/?locale=en_US">Accessibility</a></li>
      </ul>
      <p>&copy; Crown copyright, Province of Nova Scotia.</p>
    </div>
  </div>
</div>
<script type="text/javascript">jQuery(function($){ $('.dialogApplyBtn').on('click', function(){ j2w.Apply.track(559512517); }); });</script>
</body>
</html>
"""


def build():
    path = H.DOCS / f"{STEM}.html"
    path.write_text(HTML, encoding="utf-8")
    H.write_gold(path, "html", TITLE, [])


if __name__ == "__main__":
    build()
