"""Medium Engineering Growth Framework (snowflake tracks): Markdown.

A Jekyll-style page: YAML front matter (layout, title, permalink, tracks, last_modified_at), an intro, then two
tracks, each "## <track>" with an HTML anchor, an italic one-line summary, a description paragraph, and
"### Milestone 1".."### Milestone 5", each with a summary paragraph, "**Example behaviors:**" bullets and
example tasks, the latter inside raw HTML <details><summary>Example tasks</summary> blocks for the first track;
an HTML comment, <br>, and bullets hard-wrapped with a two-space continuation.
"""
import textwrap

import helpers as H

STEM = "medium-engineering-growth-framework"
TITLE = "Engineering Growth Framework"

TRACKS = [
    {
        "anchor": "project-management", "name": "Project management",
        "summary": "Delivers well-scoped programs of work that meet their goals, on time, within budget and without friction",
        "description": ("There is a limit to what one person can achieve alone, so coordinating the work of several "
                        "people matters a great deal. We need engineers who can take large projects, break them "
                        "into achievable milestones, manage and delegate scope well, and make sure that deadlines "
                        "are met."),
        "details": True,
        "milestones": [
            ("Delivers individual tasks effectively",
             ["Estimates small tasks accurately", "Delivers tightly scoped projects efficiently",
              "Writes clear technical specs that outline the approach"],
             ["Wrote the technical spec for the settings page redesign",
              "Shipped a small change to the sign-up flow on schedule",
              "Broke a feature request into tickets for the sprint"]),
            ("Delivers small personal projects effectively",
             ["Researches the problem and considers alternative approaches",
              "Balances pragmatism and polish appropriately", "Sets interim milestones and hits them"],
             ["Delivered the first version of the notifications digest",
              "Ran the rollout of the new image upload flow",
              "Wrote a post-launch summary of a two-week project"]),
            ("Delivers projects through a small team effectively",
             ["Delegates tasks to others appropriately", "Builds business needs into project planning",
              "Chooses a project management approach that fits the context"],
             ["Ran a project retrospective and acted on what it found",
              "Completed the launch checklist unprompted for a controlled rollout",
              "Facilitated a kickoff meeting to get buy-in from partner teams"]),
            ("Delivers projects through a large team, or with many stakeholders or a lot of complexity, effectively",
             ["Finds ways to deliver the requested scope faster, and prioritizes the backlog",
              "Manages dependencies on other projects and teams",
              "Recognizes repeated project patterns and makes use of them"],
             ["Oversaw delivery of the new publishing editor",
              "Brought marketing, legal and support into a launch from the very start"]),
            ("Manages major company efforts delivered by several teams",
             ["Plans with external constraints and business objectives in mind",
              "Leads teams of teams and coordinates effective cross-functional collaboration",
              "Owns a key company metric"],
             ["Managed the migration of the platform to a new cloud provider",
              "Delivered a multi-quarter engineering program on time"]),
        ],
    },
    {
        "anchor": "mentorship", "name": "Mentorship",
        "summary": "Supports colleagues, spreads knowledge and helps the team grow outside formal reporting lines",
        "description": ("Mentorship builds the team's capability and helps new people settle in quickly. It is part "
                        "of every engineer's job, whether or not they manage people, and it benefits the mentor as "
                        "much as the person being mentored."),
        "details": False,
        "milestones": [
            ("Informally mentors individuals in an ad-hoc way, and supports new hires",
             ["Makes themselves available for informal support and advice",
              "Acts as a sounding board for peers and junior members of the team",
              "Gives encouragement and support where it is needed"],
             ["Gave feedback on a colleague's first pull request", "Paired with a new hire on their first bug fix",
              "Answered onboarding questions in the team channel"]),
            ("Mentors people proactively, and guides them to their own realizations rather than handing over the answer",
             ["Takes an interest in the professional development of others",
              "Asks questions that lead others to their own conclusions",
              "Shares knowledge through code review, pairing and documentation"],
             ["Ran a lunch-and-learn session on testing practices",
              "Mentored an intern through their summer project"]),
            ("Teaches small groups of engineers and contributes to the shared knowledge base",
             ["Avoids creating knowledge silos by writing things down and sharing them",
              "Writes tutorials and guides for the team", "Helps others plan their learning"],
             ["Wrote the team's guide to the deployment pipeline", "Led a reading group on system design"]),
            ("Encourages people to mentor each other, and creates ways for them to do so",
             ["Defines and runs mentoring programs across the team", "Matches mentors and mentees effectively",
              "Helps mentors get better at mentoring"],
             ["Set up a mentoring scheme for new engineers", "Created a guide for first-time mentors"]),
            ("Instills and promotes a culture of learning and development within the team",
             ["Sets incentives and structures that reward mentoring",
              "Is recognized across the company as a source of guidance",
              "Makes learning part of the team's everyday work"],
             ["Introduced regular learning time for the whole engineering team",
              "Built a company-wide program of internal talks"]),
        ],
    },
]


def bullets(items):
    out = []
    for it in items:
        lines = textwrap.wrap(it, width=64)
        out.append("- " + lines[0])
        out += ["  " + ln for ln in lines[1:]]
    return out


def build():
    L = ["---",
         "layout: framework",
         f'title: "{TITLE}: Project management and Mentorship"',
         "permalink: /growth-framework/tracks/",
         "tracks:",
         "  - project-management",
         "  - mentorship",
         "categories: [executing, strengthening]",
         "last_modified_at: 2018-01-15",
         "---",
         "",
         f"# {TITLE}",
         "",
         "Our growth framework describes what we expect of engineers at Medium. It is made up of tracks that cover",
         "building, executing, supporting and strengthening. Each track has five milestones; the",
         "<abbr title=\"the examples are illustrative, not a checklist\">example behaviors and example tasks</abbr>",
         "under each milestone show what working at that milestone looks like. Milestones are cumulative.",
         "",
         "<!-- Track content is generated from tracks.yml; edit the data file, not this page. -->",
         ""]
    for t in TRACKS:
        L += [f'<a id="{t["anchor"]}"></a>', f"## {t['name']}", "", f"*{t['summary']}*", ""]
        L += textwrap.wrap(t["description"], width=100) + [""]
        for i, (summary, beh, tasks) in enumerate(t["milestones"], 1):
            L += [f"### Milestone {i}", "", summary, "", "**Example behaviors:**", ""]
            L += bullets(beh) + [""]
            if t["details"]:
                L += ["<details>", "<summary>Example tasks</summary>", ""] + bullets(tasks) + ["", "</details>", ""]
            else:
                L += ["**Example tasks:**<br>", ""] + bullets(tasks) + [""]
        L += ['<p class="back-to-top"><a href="#top">Back to top</a></p>', ""]
    L += ["---", "", "<small>Medium Engineering \u00b7 Growth framework \u00b7 "
          "<a href=\"https://snowflake.medium.com\">Open the interactive tool</a></small>", ""]
    out = H.DOCS / f"{STEM}.md"
    out.write_text("\n".join(L), encoding="utf-8")

    comps = []
    for t in TRACKS:
        levels = []
        for i, (summary, beh, tasks) in enumerate(t["milestones"], 1):
            levels.append(H.level(i, f"Milestone {i}", [H.item(STEM, summary)]
                                  + H.items(STEM, beh, "Example behaviors") + H.items(STEM, tasks, "Example tasks")))
        comps.append(H.competency(STEM, t["name"], t["summary"], levels=levels,
                                  notes=[H.item(STEM, t["description"])]))
    H.write_gold(out, "md", TITLE, comps)


if __name__ == "__main__":
    build()
