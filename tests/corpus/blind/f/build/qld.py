"""qld-team-leader-success-profile.html: Queensland Government (Public Service Commission),
Workforce Capability Success Profile, Team leader page. Hand-written HTML (build/src/) copied to
docs/; gold from the same text."""
import shutil

import helpers as H

STEM = "qld-team-leader-success-profile"
COMPS = [
    ("Understands how their team\u2019s work aligns to organisational objectives", [
        "Communicates the vision for their area in a way that engages people",
        "Can explain how their own work, and the work of their team, contributes to organisational objectives",
        "Takes wider organisational objectives into account when making decisions and carrying out their work"]),
    ("Manages ambiguity", [
        "Handles risk and uncertainty with composure",
        "Takes a balanced approach to conflicting demands"]),
    ("Implements change", [
        "Explains the benefits of change for the team and the organisation",
        "Helps the team to adapt to a changing environment",
        "Influences others"]),
    ("Understands customers\u2019 perspectives", [
        "Works actively to understand customers and stakeholders",
        "Fosters a strong customer focus and builds understanding of customer perspectives within the team",
        "Shows respect for customers and stakeholders"]),
    ("Drives continuous improvement", [
        "Encourages creativity and innovation",
        "Finds and puts in place better ways of doing things"]),
    ("Manages team performance", [
        "Breaks projects down into objectives and goals, and accurately estimates the length and difficulty of tasks",
        "Organises the team to deliver the required work program",
        "Reports progress and performance clearly and accurately"]),
    ("Manages internal and external relationships", [
        "Written and verbal communication is clear and concise",
        "Builds constructive working relationships with other teams and with external partners",
        "Manages stakeholder expectations about what the team can deliver"]),
    ("Develops people", [
        "Gives team members regular and constructive feedback",
        "Supports team members to find and take up development opportunities"]),
    ("Demonstrates sound governance", [
        "Knows and applies the relevant legislation, policies and procedures",
        "Manages resources responsibly and transparently"]),
    ("Models self-awareness and resilience", [
        "Seeks feedback on their own performance and acts on it",
        "Stays composed under pressure and helps the team to do the same"]),
]


def build():
    out = H.DOCS / f"{STEM}.html"
    shutil.copyfile(H.BATCH / "build" / "src" / f"{STEM}.html", out)
    comps = [H.competency(STEM, n, None, indicators=H.items(STEM, ind)) for n, ind in COMPS]
    H.write_gold(out, "html", "Team leader - Success Profile", comps)


if __name__ == "__main__":
    build()
