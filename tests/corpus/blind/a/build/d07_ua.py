"""7. ua-behavioral-interview-guide.txt -- The University of Alabama, Behavioral Interview Guide (excerpt).

Plain-text export: title block, instructions, competency names as short plain lines, an unlabelled definition
line, "* " question bullets with "o " follow-up probes under some, two "•Describe" bullets with the glyph glued
to the word, a form-feed page break with a running footer line."""
import helpers as H

STEM = "ua-behavioral-interview-guide"

TXT = """THE UNIVERSITY OF ALABAMA
BEHAVIORAL INTERVIEW GUIDE
Human Resources - Talent Acquisition

INSTRUCTIONS

This guide gives hiring managers and search committees a short overview of the UA behavioral interview process. Behavioral interviewing rests on the idea that the best predictor of a candidate's future performance is his or her past performance, so the questions ask about specific things the candidate has actually done rather than about "what if" situations.

Choose the competencies that matter most for the position (up to ten). For each one, ask two or three of the questions listed and use the follow-up probes, where needed, to get the details of the situation, the action taken and the result. Ask every candidate for the same position the same questions.

CORE COMPETENCIES

Adaptability
Adjusts to changing priorities, tasks and working conditions, and stays effective when the work environment changes.
* Tell me about a time when your priorities changed suddenly. How did you adjust your plans?
  o What did you have to set aside?
  o How did you let others know about the change?
* Describe a situation in which you had to learn a new system or procedure quickly.
* Give an example of a time when you had to work with someone whose style was very different from yours. What did you do to make it work?
•Describe a change at work that you did not agree with at first. How did you handle it?

Customer Focus
Finds out what internal and external customers need and meets those needs promptly and courteously.
* Tell me about a time when you went out of your way to help a student, visitor or co-worker.
  o What prompted you to do it?
  o How did the person respond?
* Describe the most difficult customer you have dealt with. What did you do, and what was the outcome?
* Give an example of a time when you could not give a customer what they asked for. How did you explain it to them?

UA Behavioral Interview Guide                                          Page 1
\fInitiative
Acts without waiting to be told, looks for ways to improve the work, and takes on responsibility beyond the basic job.
* Tell me about a time when you noticed a problem before anyone else did. What did you do about it?
* Give an example of an improvement you suggested that was put into practice.
  o How did you get support for the idea?
* Describe a project you started on your own. What was the result?
•Describe a time when you took on a task that was outside your job description. Why did you take it on?

Teamwork
Works cooperatively with others toward shared goals, shares information and supports the decisions of the group.
* Tell me about a team project that went well. What was your role in its success?
* Describe a time when you disagreed with other members of your team. How was the disagreement resolved?
  o Looking back, would you handle it differently?
* Give an example of a time when you helped a co-worker who was falling behind.

UA Behavioral Interview Guide                                          Page 2
"""


def build():
    out = H.DOCS / f"{STEM}.txt"
    out.write_text(TXT, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())
