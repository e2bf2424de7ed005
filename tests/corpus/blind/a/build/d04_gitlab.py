"""4. gitlab-values-competencies.md -- GitLab handbook page (Hugo/Docsy source): values competencies.

Hand-written Markdown: YAML front matter, Hugo shortcodes, a level-scope table (front matter), one "##" heading per
competency, nested bullets where a bold parent bullet names a group of child bullets, and a pipe table with job
levels as COLUMNS (Associate | Intermediate | Senior | Staff)."""
import helpers as H

STEM = "gitlab-values-competencies"

MD = """---
title: "Values Competencies"
description: "How GitLab team members show the values at each job level, with the behaviours we look for."
controlled_document: false
---

{{% alert title="Note" color="primary" %}}
This page is a Single Source of Truth (SSoT) for the values competencies. Job families, interview scorecards and promotion documents link here instead of copying it.
{{% /alert %}}

A competency is a set of skills, knowledge and behaviours that lets a team member do their role well. Values competencies describe how each of our values shows up in day-to-day work, and they change with job level: the scope of impact grows as the level rises.

| Level | Scope of impact | Expected behaviours |
|---|---|---|
| Associate | Own work | Learns and develops |
| Intermediate | Work within the team | Grows and acts |
| Senior | Cross-functional work | Models |
| Staff | Across teams | Implements |

Managers use the same tables; a Manager is expected to meet the Staff column.

## Collaboration

Helping others is a priority, even when it is not directly related to the goals you are trying to achieve. We rely on others being proactive about helping us, and on everyone assuming positive intent.

Behaviours we look for:

- **Kindness**
  - Uses kind language in issues, merge requests and Slack, including when disagreeing.
  - Remembers that there is a person behind every handle and every comment.
- **Share**
  - Shares what they know in public channels rather than in direct messages.
  - Documents decisions in the handbook so others do not have to ask again.
- **Give feedback effectively**
  - Gives feedback in a timely way, close to the moment it refers to.
  - Keeps negative feedback one-to-one and positive feedback public.

| Associate | Intermediate | Senior | Staff |
|---|---|---|---|
| Builds collaboration skills by learning from other team members. | Grows collaboration skills by using different ways of communicating: files issues in the right place, asks in the right channels and uses the right labels. | Models collaboration for the team and brings in counterparts from other functions early. | Implements ways of working that make collaboration across teams the default. |

## Results

We do what we promised to each other, to customers, to users and to investors. Results are measured by what we deliver, not by the hours we put in.

Behaviours we look for:

- **Measure results, not hours**
  - Agrees on the outcome before starting the work.
  - Reports progress against the outcome, not against the effort spent.
- **Ownership**
  - Follows through on commitments and says so early when a commitment is at risk.
  - Takes responsibility for mistakes and for fixing them.

| Associate | Intermediate | Senior | Staff |
|---|---|---|---|
| Develops the skills needed to commit to and carry out agreed actions. | Applies a commitment to results and shows they can carry out agreed actions. | Models a focus on results and helps the team remove blockers. | Implements goals and measures that connect the team\u2019s work to company results. |

Test your knowledge: [Results knowledge assessment](https://forms.gle/results-competency-assessment)

## Iteration

We do the smallest thing possible and get it out as quickly as possible. Small steps give us feedback sooner and let us change course before we have invested too much.

Behaviours we look for:

- **Minimal viable change**
  - Splits large pieces of work into small merge requests that can ship on their own.
  - Ships a first version and improves it based on feedback.
- **Low level of shame**
  - Publishes work that is not yet polished when that gets feedback sooner.
  - Treats a reverted change as information rather than failure.

| Associate | Intermediate | Senior | Staff |
|---|---|---|---|
| Develops own knowledge by trying things and learning from failure. | Breaks own work into small steps and delivers them one at a time. | Models iteration by coaching others to reduce the scope of their changes. | Implements processes that let several teams ship in small increments. |

---

[Return to the Competencies page](/handbook/people-group/competencies/) \u00b7 [Edit this page](https://gitlab.com/gitlab-com/content-sites/handbook/-/edit/main/content/handbook/values-competencies.md)
"""


def build():
    out = H.DOCS / f"{STEM}.md"
    out.write_text(MD, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())
