"""A USAJOBS vacancy announcement of the Peace Corps (HTML): NOT a competency document.

USAJOBS page chrome (gov banner, header, overview panel, section tabs, footer, scripts). The
announcement lists duties, conditions of employment and the skills an applicant must show as plain
bullets; gold: "competencies": []."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "peacecorps-program-specialist-vacancy"
DOC = C.DOCS / f"{STEM}.html"

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>USAJOBS - Job Announcement - Program Specialist (Returned Volunteer)</title>
<link rel="stylesheet" href="/Content/styles/usajobs.min.css">
<script src="/Scripts/vendor/jquery.min.js"></script>
<script>window.usajobs = window.usajobs || {}; usajobs.controlNumber = "826935300";</script>
</head>
<body class="usajobs-joa">
<section class="usa-banner" aria-label="Official website of the United States government">
  <div class="usa-banner__header"><p>An official website of the United States government</p>
  <button class="usa-banner__button" aria-expanded="false">Here's how you know</button></div>
</section>
<header class="usajobs-nav">
  <a class="usajobs-nav__logo" href="/">USAJOBS</a>
  <ul class="usajobs-nav__menu">
    <li><a href="/Search/">Search</a></li>
    <li><a href="/Help/">Help</a></li>
    <li><a href="/Applicant/ProfileDashboard/Home">Sign In</a></li>
  </ul>
</header>
<main id="main-content">
  <div class="usajobs-joa-banner">
    <h1 class="usajobs-joa-banner__title">Program Specialist (Returned Volunteer)</h1>
    <p class="usajobs-joa-banner__dept">Peace Corps</p>
    <p class="usajobs-joa-banner__agency">Office of Global Operations</p>
    <a class="usa-button" href="/job/826935300/apply">Apply</a>
  </div>
  <div class="usajobs-joa-summary">
    <h2>Summary</h2>
    <p>These positions give Returned Peace Corps Volunteers a chance to gain experience in the Federal Government while
    continuing to support the Peace Corps mission. Selectees are placed in entry-level positions across the agency,
    supporting domestic or overseas operations.</p>
    <h3>Overview</h3>
    <dl class="usajobs-joa-summary__list">
      <dt>Open &amp; closing dates</dt><dd>03/04/2025 to 03/18/2025</dd>
      <dt>Salary</dt><dd>$61,111 - $79,443 per year</dd>
      <dt>Pay scale &amp; grade</dt><dd>FP 07 - 09</dd>
      <dt>Location</dt><dd>Washington, DC &mdash; Few vacancies</dd>
      <dt>Remote job</dt><dd>No</dd>
      <dt>Telework eligible</dt><dd>Yes&mdash;as determined by the agency policy.</dd>
      <dt>Travel Required</dt><dd>Occasional travel</dd>
      <dt>Appointment type</dt><dd>Term &mdash; Not to exceed 5 years</dd>
      <dt>Work schedule</dt><dd>Full-time</dd>
      <dt>Promotion potential</dt><dd>09</dd>
      <dt>Supervisory status</dt><dd>No</dd>
      <dt>Announcement number</dt><dd>PC-25-RPCV-0148</dd>
      <dt>Control number</dt><dd>826935300</dd>
    </dl>
  </div>
  <nav class="usajobs-joa-nav" aria-label="Announcement sections">
    <a href="#duties">Duties</a> <a href="#requirements">Requirements</a> <a href="#required-documents">Required documents</a>
    <a href="#how-to-apply">How to apply</a>
  </nav>
  <section id="duties">
    <h2>Duties</h2>
    <p>Selectees will be assigned to one of several job categories, such as communications, data management,
    finance and budget, human resources, training administration or volunteer recruitment. Typical duties include:</p>
    <ul>
      <li>Drafting correspondence, reports and briefing material for program staff.</li>
      <li>Tracking project milestones and keeping program records up to date.</li>
      <li>Coordinating logistics for trainings, meetings and overseas travel.</li>
      <li>Collecting and summarizing data on program activities for periodic reviews.</li>
      <li>Answering inquiries from applicants, Volunteers and partner organizations.</li>
    </ul>
  </section>
  <section id="requirements">
    <h2>Requirements</h2>
    <h3>Conditions of Employment</h3>
    <ul>
      <li>U.S. citizenship is required.</li>
      <li>Applicants must hold active Peace Corps non-competitive eligibility.</li>
      <li>Selectees must pass a background investigation.</li>
      <li>A one-year trial period may be required.</li>
    </ul>
    <h3>Qualifications</h3>
    <p>For the FP-09 grade you need one year of specialized experience equivalent to the FP-07 grade, or a master's
    degree, or two full years of graduate study in a related field. Your resume must show that you have the
    following skills:</p>
    <ul>
      <li>Written communication, including drafting clear emails and short reports</li>
      <li>Organizing work and meeting deadlines with limited supervision</li>
      <li>Using spreadsheets and databases to track information</li>
      <li>Working with people from a wide range of cultures and backgrounds</li>
      <li>Proficiency in a language other than English (preferred, not required)</li>
    </ul>
    <h3>Education</h3>
    <p>If you are using education to qualify, you must submit transcripts.</p>
    <h3>Additional information</h3>
    <p>Peace Corps employment is limited to five years under the Peace Corps Act. Relocation expenses will not be paid.</p>
  </section>
  <section id="how-you-will-be-evaluated">
    <h2>How you will be evaluated</h2>
    <p>We will review your resume and supporting documents to make sure you meet the qualification requirements.
    Qualified applicants will be rated on their responses to the assessment questionnaire, and the best-qualified
    candidates will be referred to the hiring manager.</p>
  </section>
  <section id="required-documents">
    <h2>Required documents</h2>
    <ul>
      <li>Resume showing work schedule, hours worked per week and dates of employment</li>
      <li>Description of Service (DOS) or other proof of Peace Corps eligibility</li>
      <li>Transcripts, if qualifying on education</li>
    </ul>
  </section>
  <section id="how-to-apply">
    <h2>How to apply</h2>
    <p>Select Apply Online to create or sign in to your USAJOBS account and complete the questionnaire by 11:59 PM
    Eastern Time on the closing date.</p>
    <p>Agency contact: Peace Corps Office of Human Resources, hrjobs@peacecorps.gov</p>
  </section>
</main>
<footer class="usajobs-footer">
  <ul>
    <li><a href="/Help/">Help Center</a></li>
    <li><a href="/Help/privacy/">Privacy Policy</a></li>
    <li><a href="/Help/accessibility/">Accessibility</a></li>
    <li><a href="https://www.opm.gov">U.S. Office of Personnel Management</a></li>
  </ul>
  <p>USAJOBS is a Federal Government website managed by the Office of Personnel Management.</p>
</footer>
<script src="/Scripts/usajobs.joa.min.js"></script>
</body>
</html>
"""


def build():
    DOC.write_text(HTML, encoding="utf-8")
    C.write_gold(DOC, "html", "Program Specialist (Returned Volunteer)", [])


if __name__ == "__main__":
    build()
    print("built", DOC)
