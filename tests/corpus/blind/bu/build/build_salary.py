"""Salary.com - Skills model tour, job page "Project Manager - Construction" (HTML).

Modelled on salary.com/business/skills-model/tour/project-management-job-list/project-manager-construction: site
header and navigation, breadcrumb, job title and summary, then "N hard skills or competencies (industry
competencies) for <job>" and "N general skills or competencies (Job family competencies) for <job>"; per skill a
name, a "Skill definition-..." line (label glued to the text by a hyphen, as on the stored page) and five level
blocks "Level 1 Behaviors" + "(General Familiarity)" ... "Level 5 Behaviors" + "(Mastery)", each with one
visible behaviour and a "See 4 More Skill Behaviors" link; a demo call-to-action, a related-jobs sidebar and the
footer. Excerpt: all hard skills and three of the general skills (the heading counts what is shown). Level
names and page furniture follow the stored page; skill names, definitions and behaviours are ours.
"""
import bulib as L

STEM = "salarycom-project-manager-construction-skills"
OUT = L.DOCS / f"{STEM}.html"
E = L.html_escape
JOB = "Project Manager - Construction"
LEVEL_NAMES = ["General Familiarity", "Light Experience", "Moderate Experience", "Extensive Experience", "Mastery"]

HARD = [
    ("Civil Engineering",
     "Planning, designing and overseeing the safe construction and upkeep of structures and the built environment.",
     ["Lists the main branches and specialisms of civil engineering.",
      "Helps the civil engineering team with technical drawings and design tasks.",
      "Prepares detailed civil engineering plans using specialist design software.",
      "Directs the design and delivery of civil engineering projects of every size.",
      "Keeps up with the latest design and drafting standards to raise the quality of civil engineering work."]),
    ("Construction Management",
     "Planning, coordinating and controlling construction work from pre-construction through to handover.",
     ["Describes the stages of construction management from pre-construction to project close-out.",
      "Researches and analyzes routine construction management issues.",
      "Prepares requests for information, requests for proposal and change orders for construction projects.",
      "Uses construction management methods to deliver complex projects to a high standard.",
      "Sets process improvement measures for managing construction projects across the organization."]),
]
GENERAL = [
    ("Contract Management",
     "Choosing, managing and reviewing contracted services so that they meet the organization's needs.",
     ["Explains the basic terms of a contract and the obligations of each party.",
      "Keeps contract records up to date and tracks key dates and deliverables.",
      "Monitors contractor performance against agreed terms and resolves routine issues.",
      "Negotiates contract changes and settles disputes with contractors and suppliers.",
      "Designs the organization's contract management framework and coaches others in applying it."]),
    ("Budget Management",
     "Planning, allocating and controlling financial resources so that work is delivered within the approved "
     "budget.",
     ["Describes the main elements of a project budget.",
      "Records project costs and compares them with the budget.",
      "Prepares budget forecasts and explains variances to stakeholders.",
      "Manages budgets for large projects and takes corrective action when costs rise.",
      "Sets budgeting policies and standards for the organization's portfolio of projects."]),
    ("Risk Management",
     "Identifying, assessing and reducing risks that could affect the safety, cost, schedule or quality of "
     "work.",
     ["Recognizes common hazards and risks on a construction site.",
      "Records risks and their owners in the project risk register.",
      "Assesses the likelihood and impact of project risks and proposes controls.",
      "Leads risk reviews with the project team, the client and subcontractors.",
      "Builds the organization's approach to managing risk across all of its projects."]),
]

HEAD = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{JOB} Skills and Competencies | Salary.com</title>
<meta name="description" content="Skills and competencies for {JOB}: skill definitions and behaviors at five levels of proficiency.">
<link rel="canonical" href="https://www.salary.com/business/skills-model/tour/project-management-job-list/project-manager-construction">
<link rel="stylesheet" href="https://www.salary.com/business/wp-content/themes/salary/css/skills-model.css?ver=2.3.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8K2Z3W1LQX"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-8K2Z3W1LQX');
</script>
</head>
<body class="skills-model-tour">
<header class="sa-header">
  <div class="sa-header-top">
    <a class="sa-logo" href="https://www.salary.com/"><img src="https://www.salary.com/business/wp-content/uploads/salary-logo.svg" alt="Salary.com"></a>
    <nav class="sa-nav" aria-label="Primary">
      <ul>
        <li><a href="https://www.salary.com/business/solutions/">Solutions</a></li>
        <li><a href="https://www.salary.com/business/data/">Data</a></li>
        <li><a href="https://www.salary.com/business/resources/">Resources</a></li>
        <li><a href="https://www.salary.com/business/about-us/">About</a></li>
        <li><a href="https://www.salary.com/research/salary">For Individuals</a></li>
      </ul>
    </nav>
    <a class="sa-btn sa-btn-demo" href="https://www.salary.com/business/request-a-demo/">Request a Demo</a>
  </div>
</header>
<div class="sa-breadcrumb">
  <a href="https://www.salary.com/">Home</a> &gt;
  <a href="https://www.salary.com/business/">Business</a> &gt;
  <a href="https://www.salary.com/business/skills-model/">Skills Model</a> &gt;
  <a href="https://www.salary.com/business/skills-model/tour/">Tour</a> &gt;
  <a href="https://www.salary.com/business/skills-model/tour/project-management-job-list">Project Management Job List</a> &gt;
  <span>{JOB}</span>
</div>
<div class="sa-page">
<main class="sa-main">
<h1>{JOB}</h1>
<p class="sa-job-summary">The {JOB} plans, directs and coordinates construction projects from start to finish, making sure they are completed safely, on time and within budget. Being a {JOB} typically requires a bachelor's degree in construction management, engineering or a related field and several years of related experience.</p>
<p class="sa-note">Skills are listed with their definition and example behaviors at five levels of proficiency.</p>
"""

FOOT = f"""<div class="sa-cta">
  <h2>See every skill behavior for this job</h2>
  <p>Salary.com subscribers see all five behaviors at every level, plus skills for more than 15,000 jobs, in CompAnalyst.</p>
  <a class="sa-btn" href="https://www.salary.com/business/request-a-demo/">Request a Demo</a>
</div>
</main>
<aside class="sa-sidebar">
  <h3>Related Jobs</h3>
  <ul>
    <li><a href="../project-management-job-list/project-manager-i">Project Manager I</a></li>
    <li><a href="../project-management-job-list/construction-superintendent">Construction Superintendent</a></li>
    <li><a href="../project-management-job-list/project-engineer-construction">Project Engineer - Construction</a></li>
    <li><a href="../project-management-job-list/estimator-construction">Construction Estimator</a></li>
  </ul>
  <h3>Salary for {JOB}</h3>
  <p><a href="https://www.salary.com/research/salary/benchmark/project-manager-construction-salary">See the typical salary range for this job</a></p>
</aside>
</div>
<footer class="sa-footer">
  <ul class="sa-footer-links">
    <li><a href="https://www.salary.com/business/about-us/">About Us</a></li>
    <li><a href="https://www.salary.com/business/contact-us/">Contact Us</a></li>
    <li><a href="https://www.salary.com/business/privacy-policy/">Privacy Policy</a></li>
    <li><a href="https://www.salary.com/business/terms-of-use/">Terms of Use</a></li>
    <li><a href="https://www.salary.com/business/do-not-sell/">Do Not Sell My Personal Information</a></li>
  </ul>
  <p>&copy; 2024 Salary.com, LLC. All rights reserved.</p>
</footer>
<script src="https://www.salary.com/business/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
<script src="https://www.salary.com/business/wp-content/themes/salary/js/skills-model.js?ver=2.3.1"></script>
</body>
</html>
"""


def skill_html(name, definition, behaviors):
    out = ['<div class="sa-skill">', f'<h3 class="sa-skill-name">{E(name)}</h3>',
           f'<p class="sa-skill-def">Skill definition-{E(definition)}</p>', '<div class="sa-levels">']
    for i, (lname, beh) in enumerate(zip(LEVEL_NAMES, behaviors)):
        out += ['<div class="sa-level">',
                f'<div class="sa-level-title">Level {i+1} Behaviors<br>\n<span class="sa-level-name">({lname})</span></div>',
                f'<p class="sa-behavior">{E(beh)}</p>',
                '<a class="sa-more" href="https://www.salary.com/business/request-a-demo/">See 4 More Skill Behaviors</a>',
                '</div>']
    out += ['</div>', '</div>']
    return "\n".join(out) + "\n"


def build():
    body = (f'<section class="sa-skill-group">\n<h2>{len(HARD)} hard skills or competencies (industry competencies) '
            f'for {JOB}</h2>\n' + "".join(skill_html(*s) for s in HARD) + '</section>\n'
            f'<section class="sa-skill-group">\n<h2>{len(GENERAL)} general skills or competencies (Job family '
            f'competencies) for {JOB}</h2>\n' + "".join(skill_html(*s) for s in GENERAL) + '</section>\n')
    OUT.write_text(HEAD + body + FOOT, encoding="utf-8")


def gold():
    comps = []
    for name, definition, behaviors in HARD + GENERAL:
        levels = [L.level(STEM, i + 1, f"Level {i+1} Behaviors ({LEVEL_NAMES[i]})", [b])
                  for i, b in enumerate(behaviors)]
        comps.append(L.competency(STEM, name, definition, levels=levels))
    L.write_gold(OUT, "html", JOB, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()
