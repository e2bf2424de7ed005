"""EA Hub resources for group organisers (volunteer-run local effective altruism groups; site run by Rethink
Charity) - "Leadership Skills" article, Markdown source with YAML front matter, a chapter list of HTML anchor
links, <a name> anchors before '#' headings, '*' bullets with bold lead-ins and one nested list, NEXT/BACK
navigation and a suggestions footer."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "eahub-leadership-skills"
TITLE = "Leadership Skills"

MD = """---
title: Leadership Skills
date: 2020-02-07T05:06:51.415Z
license:
  - name: Creative Commons Attribution-ShareAlike 3.0
    url: 'https://creativecommons.org/licenses/by-sa/3.0/legalcode'
---
### *Published 23rd September 2019*

# Chapters
* <a href="#buildcommunity">How to Build and Maintain a Community</a>
* <a href="#delegation">Delegation</a>
* <a href="#exampleconstitutions">Example Constitutions</a>
* <a href="#handingoverleadership">Handing Over Leadership</a>
* <a href="#readingrecommendations">Reading Recommendations</a>


*This guide brings together material from other group-support organisations and the experience of several group organisers.*

Running a local group takes leadership skills. This section gathers practical advice on the people side of organising: building and keeping a community together, and sharing out the work.

One reminder before the specifics: leading a group can have a lot of impact, but do not neglect your own longer-term career. Most people organise a group for only a few years, so build skills that will also be useful in other roles. If you have not yet planned your career, work through the <a target="_blank" href="https://80000hours.org/career-guide/">80,000 Hours career guide</a> and talk your plan over with others.

<a name ="buildcommunity"></a>
# How To Build and Maintain a Community

A community is at its strongest when members are connected to one another, and not only to the organisers.

Ways to encourage those connections:

* Create chances to meet outside the main events, for example:

  * Informal socials such as shared dinners or board-game nights.
  * One-to-one coffees or walks. 
  * Co-working or study sessions where people get on with their own projects.
* Now and then, ask members to bring a friend. Do this face to face rather than in a group email, which people tend to ignore. 
* When you mention an upcoming event, make sure that you and at least one other person say you will be there. Regulars need reminding, once in a while, that their presence matters.
* Introduce members one by one to people and organisations in the wider community that match their interests. A short introduction email with a suggested topic is enough.

Above all, look after the health of the community. The <a target="_blank" href="https://resources.eahub.org/tips/community-health/">Community Health</a> page has more on this. 

<a name="delegation"></a>
# Delegation

Don't hesitate to ask for help. Most people are glad to be asked and want to contribute.

Benefits for the volunteer:

* A stronger CV.
* New skills.
* A closer connection to the group and the wider movement. 

Some tips for delegating well:

* **Communicate with care**. Frame tasks as requests rather than orders, and thank people. Give feedback that is constructive and encouraging, and celebrate jobs well done at meetings. 
* **Give every task an owner and a due date**. Send a friendly check-in halfway through, worded as an offer of help (\u201cis there anything else you need for this?\u201d) rather than as a reminder.
* **Plan for slippage**. Volunteers have other commitments, so some things will not get done, or not in the way you pictured. Set internal deadlines well ahead of the real one, which leaves time to help, to reassign the task or to do it yourself.
* **Be specific where you can**. If you are unsure what exactly needs doing, the volunteer will be too, and new volunteers may not feel confident making decisions. Say how much ownership they have. A short screen recording can explain a computer task faster than written instructions.
* **Pair dull tasks with interesting ones**. Data entry is easier to take on when it comes with something more rewarding.
* **Rotate roles**. Check in with volunteers regularly and share responsibilities around. Watch for roles that fall to the same people every time, for example along gender lines, and invite others to step up. 
* **Back people's own ideas.** Members are most motivated by projects they thought of themselves, so when someone suggests a good idea, encourage them to run with it!

<a name ="handingoverleadership"></a>
# Handing over leadership

Good leaders build up other people's skills until someone is ready to take over from them. The <a target="_blank" href="/tips/handover/">Handing Over Leadership</a> section explains how to make the transition a smooth one. 

<hr>

### [NEXT: Organiser Meetings](/tips/articles/organiser-meetings/)

### [BACK: Committee Structures](/tips/articles/committee/)

<hr>

_If you have suggestions on how to improve this page, please comment or suggest edits on_ <a target="_blank" href="https://docs.google.com/document/d/1a2b3c4d5e6f7g8h9i0j/edit?usp=sharing">_this google doc._</a>

<hr>
"""


def build():
    out = H.DOCS / f"{STEM}.md"
    out.write_text(MD, encoding="utf-8")
    return out


def gold(path):
    D = STEM
    community = H.comp(
        "How To Build and Maintain a Community", D,
        "A community is at its strongest when members are connected to one another, and not only to the organisers.",
        tips=H.items([
            "Create chances to meet outside the main events, for example: Informal socials such as shared dinners "
            "or board-game nights. One-to-one coffees or walks. Co-working or study sessions where people get on "
            "with their own projects.",
            "Now and then, ask members to bring a friend. Do this face to face rather than in a group email, which "
            "people tend to ignore.",
            "When you mention an upcoming event, make sure that you and at least one other person say you will be "
            "there. Regulars need reminding, once in a while, that their presence matters.",
            "Introduce members one by one to people and organisations in the wider community that match their "
            "interests. A short introduction email with a suggested topic is enough."], D),
        notes=H.items(["Above all, look after the health of the community. The Community Health page has more on "
                       "this."], D))
    delegation = H.comp(
        "Delegation", D, None,
        tips=H.items([
            "Communicate with care. Frame tasks as requests rather than orders, and thank people. Give feedback that "
            "is constructive and encouraging, and celebrate jobs well done at meetings.",
            "Give every task an owner and a due date. Send a friendly check-in halfway through, worded as an offer "
            "of help (\u201cis there anything else you need for this?\u201d) rather than as a reminder.",
            "Plan for slippage. Volunteers have other commitments, so some things will not get done, or not in the "
            "way you pictured. Set internal deadlines well ahead of the real one, which leaves time to help, to "
            "reassign the task or to do it yourself.",
            "Be specific where you can. If you are unsure what exactly needs doing, the volunteer will be too, and "
            "new volunteers may not feel confident making decisions. Say how much ownership they have. A short "
            "screen recording can explain a computer task faster than written instructions.",
            "Pair dull tasks with interesting ones. Data entry is easier to take on when it comes with something "
            "more rewarding.",
            "Rotate roles. Check in with volunteers regularly and share responsibilities around. Watch for roles "
            "that fall to the same people every time, for example along gender lines, and invite others to step up.",
            "Back people's own ideas. Members are most motivated by projects they thought of themselves, so when "
            "someone suggests a good idea, encourage them to run with it!"], D),
        notes=H.items(["Don't hesitate to ask for help. Most people are glad to be asked and want to contribute."], D)
        + H.items(["A stronger CV.", "New skills.", "A closer connection to the group and the wider movement."], D,
                  "Benefits for the volunteer"))
    handover = H.comp(
        "Handing over leadership", D, None,
        notes=H.items(["Good leaders build up other people's skills until someone is ready to take over from them. "
                       "The Handing Over Leadership section explains how to make the transition a smooth one."], D))
    return H.write_gold(path, "md", TITLE, [community, delegation, handover])


if __name__ == "__main__":
    print(gold(build()))
