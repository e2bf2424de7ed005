"""Penn State Health (Milton S. Hershey Medical Center), Nursing - Professional Clinical Ladder,
as a Markdown export of the web page plus its "domain descriptions" (composite).

Chrome: skip link, site nav line, breadcrumb, footer. Front matter that must NOT become a
competency: eligibility criteria, the list of the six domains, and "Description of levels" (the
ladder's key: Nurse Clinician I ... IV, bold inline labels). Then three domain descriptions: heading,
definition paragraph, one paragraph per level with its label INLINE ("**Nurse Clinician II:** text"),
and, under the third domain, a "Further reading" list of APA citations (italic titles with _..._).
"""
import lib

STEM = "pennstate-clinical-ladder"
g = lib.G(STEM)
TITLE = "Professional Clinical Ladder"
LABELS = ["Nurse Clinician I", "Nurse Clinician II", "Nurse Clinician III", "Nurse Clinician IV"]

KEY = [
    "The Nurse Clinician I works within policies, procedures and standards. At this stage the "
    "nurse is building a knowledge base through practice and is most comfortable with a "
    "task-oriented approach, describing clinical situations in terms of what needs to be done "
    "rather than how the patient is responding.",
    "The Nurse Clinician II has the experience to recognize recurring patterns in patient care "
    "and to plan care with a longer view. The nurse organizes the work of a shift efficiently "
    "and begins to see the patient’s situation as a whole.",
    "The Nurse Clinician III grasps clinical situations quickly and adjusts care as they change. "
    "The nurse is a resource for colleagues and takes an active part in improving practice on "
    "the unit.",
    "The Nurse Clinician IV practices with an intuitive grasp of complex situations, is "
    "recognized as a clinical expert and leads change in nursing practice beyond the unit.",
]

DOMAINS = [
    ("The caring role",
     "The nurse builds a therapeutic relationship with patients and families, respecting their "
     "values and preferences and providing comfort, dignity and emotional support throughout "
     "the care experience.",
     ["Provides safe, respectful care guided by policies and procedures. Recognizes the basic "
      "comfort and emotional needs of patients and asks more experienced colleagues for help "
      "when a situation becomes complex.",
      "Builds trusting relationships with patients and families and adapts care to their "
      "individual preferences. Anticipates common emotional responses to illness and offers "
      "support without being prompted.",
      "Reads subtle changes in a patient’s condition or mood and responds before problems "
      "develop. Is a role model for compassionate care and coaches colleagues through difficult "
      "family situations.",
      "Is recognized across the organization as an expert in patient- and family-centered care. "
      "Leads initiatives that improve the patient experience and shapes practice standards for "
      "the unit and the hospital."],
     []),
    ("Patient and family education",
     "The nurse assesses the learning needs of patients and families and teaches them what they "
     "need to know and do to take part in care and to manage their health after discharge.",
     ["Uses standard teaching materials to give patients and families basic information about "
      "their care, medications and follow-up. Documents the teaching and checks understanding "
      "with teach-back.",
      "Tailors teaching to the patient’s literacy, language and readiness to learn, and involves "
      "family members in the teaching plan.",
      "Develops individualized education plans for patients with complex needs and teaches "
      "colleagues effective patient education techniques.",
      "Designs or revises patient education programs and materials for the unit or the "
      "organization and evaluates their effect on patient outcomes."],
     []),
    ("Clinical knowledge development",
     "The nurse keeps learning, applies evidence to practice and shares knowledge with the "
     "nursing team.",
     ["Completes required education and competencies and asks questions to build clinical "
      "knowledge.",
      "Seeks out learning opportunities, attends continuing education and applies new knowledge "
      "at the bedside.",
      "Precepts new nurses, takes part in evidence-based practice projects and presents at unit "
      "education sessions.",
      "Leads evidence-based practice or research projects, presents or publishes beyond the "
      "organization and mentors other nurses in their professional development."],
     [("Benner, P. (1984). _From novice to expert: Excellence and power in clinical nursing "
       "practice_. Addison-Wesley.",
       "From novice to expert: Excellence and power in clinical nursing practice",
       ["P. Benner"], "Addison-Wesley", 1984),
      ("American Nurses Association. (2021). _Nursing: Scope and standards of practice_ (4th "
       "ed.). American Nurses Association.",
       "Nursing: Scope and standards of practice", ["American Nurses Association"],
       "American Nurses Association", 2021),
      ("Melnyk, B. M., & Fineout-Overholt, E. (2019). _Evidence-based practice in nursing and "
       "healthcare: A guide to best practice_ (4th ed.). Wolters Kluwer.",
       "Evidence-based practice in nursing and healthcare: A guide to best practice",
       ["B. M. Melnyk", "E. Fineout-Overholt"], "Wolters Kluwer", 2019)]),
]


def page():
    L = []
    A = L.append
    A("[Skip to main content](#main-content)")
    A("")
    A("[Penn State Health](https://www.pennstatehealth.org/) · [Find a Doctor](https://www.pennstatehealth.org/doctors) · "
      "[Locations](https://www.pennstatehealth.org/locations) · [Services](https://www.pennstatehealth.org/services-treatments) · "
      "[Careers](https://careers.pennstatehealth.org/) · [MyPennStateHealth](https://www.pennstatehealth.org/patients-visitors/mypennstatehealth)")
    A("")
    A("[Home](https://www.pennstatehealth.org/) › [Locations](https://www.pennstatehealth.org/locations) › "
      "[Milton S. Hershey Medical Center](https://www.pennstatehealth.org/locations/milton-s-hershey-medical-center) › "
      "Health Care Professionals › Nursing › Professional Clinical Ladder")
    A("")
    A('<a id="main-content"></a>')
    A("")
    A("# Professional Clinical Ladder")
    A("")
    A("The Professional Clinical Ladder recognizes excellence in clinical nursing practice. Its "
      "standards are based on the American Nurses Association (ANA) Standards of Professional "
      "Practice and on the rules of the Pennsylvania State Board of Nursing.")
    A("")
    A("Direct-care nurses assess themselves and build a portfolio that shows their level of "
      "practice. A peer-led committee reviews the portfolio, an audit and an interview, which "
      "together give a picture of the nurse's whole practice.")
    A("")
    A("## Eligibility criteria")
    A("")
    A("Registered nurses who wish to move to the next step on the clinical ladder must:")
    A("")
    for t in ("Work at an FTE of .5 or greater",
              "Hold a staff nurse job code and be directly involved in patient care",
              "Have completed probation and orientation",
              "Have at least two years of nursing experience",
              "Hold a BSN or higher degree for Level IV"):
        A(f"- {t}")
    A("")
    A("## Domains of practice")
    A("")
    A("Promotion on the clinical ladder is based on clinical expertise shown in six domains:")
    A("")
    for i, t in enumerate(("The caring role", "Patient and family education", "Clinical practice",
                           "Monitoring and ensuring the quality of health care practices",
                           "Professional collaboration and consultation",
                           "Clinical knowledge development"), 1):
        A(f"- Domain {i}: {t}")
    A("")
    A("## Description of levels")
    A("")
    for lab, t in zip(LABELS, KEY):
        A(f"- **{lab}:** {t}")
    A("")
    A("## Domain descriptions")
    A("")
    A("_The following descriptions are taken from the domain descriptions document (PDF). Three "
      "of the six domains are shown._")
    comps = []
    for name, definition, levels, reads in DOMAINS:
        A("")
        A(f"### {name}")
        A("")
        A(definition)
        for lab, t in zip(LABELS, levels):
            A("")
            A(f"**{lab}:** {t}")
        rd = []
        if reads:
            A("")
            A("#### Further reading")
            A("")
            for text, title, authors, pub, year in reads:
                A(f"- {text}")
                rd.append(g.rd(text.replace("_", ""), title, authors, pub, year))
        comps.append(g.comp(name, definition,
                            levels=[g.lvl(i + 1, LABELS[i], [levels[i]]) for i in range(4)],
                            readings=rd))
    A("")
    A("---")
    A("")
    A("© Penn State Health. All rights reserved. · [Privacy Policy](https://www.pennstatehealth.org/privacy) · "
      "[Nondiscrimination Statement](https://www.pennstatehealth.org/nondiscrimination) · "
      "[Price Transparency](https://www.pennstatehealth.org/price-transparency)")
    return "\n".join(L) + "\n", comps


def build():
    text, comps = page()
    (lib.DOCS / f"{STEM}.md").write_text(text, encoding="utf-8")
    g.write("md", TITLE, comps)


if __name__ == "__main__":
    build()
