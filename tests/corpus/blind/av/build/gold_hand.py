"""Gold for the hand-written documents of batch AV (two HTML pages, one text export), annotated by reading the
documents in docs/ (copied unchanged from build/src/)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402


def unaids():
    D = "unaids-cbi-guide-sample-questions"
    q = lambda *xs: H.items(D, xs)  # noqa: E731
    comps = [
        H.competency(D, "WORKING IN TEAMS",
                     "Works collaboratively with colleagues and partners to achieve shared goals and puts the "
                     "interests of the team before own interests.",
                     interview_questions=q(
                         "Tell us about a time when you had to work with a colleague whose way of working was very "
                         "different from yours. How did you make the collaboration work?",
                         "Describe a situation in which your team was not achieving its goals. What did you do to "
                         "bring it back on track?",
                         "Give an example of a joint activity with a partner organization or a government "
                         "counterpart. What was your role and what was the outcome?",
                         "Can you recall a time when you put aside your own preference to support a team decision? "
                         "Why did you do so?")),
        H.competency(D, "COMMUNICATING WITH IMPACT",
                     "Expresses ideas clearly and persuasively, listens actively and tailors the message to the "
                     "audience.",
                     interview_questions=q(
                         "Tell us about a presentation or briefing that you are particularly proud of. How did you "
                         "prepare it for that audience?",
                         "Describe a situation in which you had to persuade a sceptical stakeholder to accept a "
                         "proposal. What arguments did you use, and what happened?",
                         "Give an example of a written product, such as a report or a policy brief, that had to be "
                         "understood by non-specialists. What did you do to make it clear?")),
        H.competency(D, "PRODUCING RESULTS",
                     "Plans and organizes work to deliver agreed results on time, within budget and to the expected "
                     "quality.",
                     interview_questions=q(
                         "Describe a project you led from start to finish. How did you plan it and keep it on "
                         "schedule?",
                         "Tell us about a time when you were not able to deliver what was expected. What happened "
                         "and what did you learn from it?",
                         "Give an example of how you set priorities when you had several urgent deadlines at the "
                         "same time.")),
        H.competency(D, "MOVING FORWARD IN A CHANGING ENVIRONMENT",
                     "Adapts to change, shows initiative and seeks new ways of working in response to an evolving "
                     "epidemic and context.",
                     interview_questions=q(
                         "Tell us about a major change in your organization or your work. How did you adapt, and "
                         "how did you help others to adapt?",
                         "Describe an idea you proposed to improve the way your team worked. How did you get it "
                         "accepted and what was the result?",
                         "Give an example of a situation where plans changed at the last minute. What did you do?",
                         "What have you done in the past year to keep up with new evidence or approaches in your "
                         "field?")),
    ]
    return H.write_gold(H.DOCS / f"{D}.txt", "txt",
                        "COMPETENCY-BASED INTERVIEWING A GUIDE FOR SELECTION PANEL MEMBERS", comps)


def cdb():
    D = "cdb-opportunity-profile-hr-officer"
    i = lambda *xs: H.items(D, xs)  # noqa: E731
    comps = [
        H.competency(D, "Client Focus",
                     "Understands the needs of internal clients and delivers human resources services that meet "
                     "them.",
                     indicators=i("Builds productive working relationships with managers and staff across the Bank.",
                                  "Responds to requests promptly and keeps clients informed of progress.")),
        H.competency(D, "Planning and Organising",
                     "Sets priorities and manages resources so that learning programmes are delivered on time and "
                     "within budget.",
                     indicators=i("Prepares realistic annual learning plans and calendars.",
                                  "Coordinates logistics with trainers, vendors and participants.")),
        H.competency(D, "Communication",
                     "Conveys information clearly and persuasively, orally and in writing, to audiences at all "
                     "levels.",
                     indicators=i("Writes clear reports, briefs and policy notes.",
                                  "Facilitates workshops and presents with confidence.")),
        H.competency(D, "Integrity and Discretion",
                     "Handles confidential staff information with care and applies Bank policies consistently and "
                     "fairly.",
                     indicators=i("Maintains the confidentiality of personal data.",
                                  "Acts in accordance with the Bank\u2019s Code of Conduct.")),
    ]
    return H.write_gold(H.DOCS / f"{D}.html", "html",
                        "Human Resources Officer (Learning and Development) - Caribbean Development Bank Careers",
                        comps)


def icrc():
    D = "icrc-careers-application-process"
    comps = [
        H.competency(D, "Impact", "We aim to make a positive difference, through what we do ourselves and through "
                                  "the cooperation we build with others."),
        H.competency(D, "Collaboration", "We work side by side with affected communities, stakeholders and "
                                         "colleagues to reach our shared goals."),
        H.competency(D, "Respect", "We treat every person with dignity and fairness, and help keep our workplace "
                                   "safe and inclusive."),
        H.competency(D, "Compassion", "Empathy and care are at the heart of everything we do."),
    ]
    return H.write_gold(H.DOCS / f"{D}.html", "html", "Application process | ICRC Careers", comps)


def all_gold():
    return [unaids(), cdb(), icrc()]


if __name__ == "__main__":
    for p in all_gold():
        print(p)
