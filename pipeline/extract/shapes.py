"""What a piece of text is, by its shape: a question, a citation, advice in the imperative, a behaviour, a
definition, a sentence. These are the content evidence the labeller weighs where no heading names a field."""

from __future__ import annotations

import re

from ..model.tree import Node
from ..vocab.language import is_imperative, is_title_case, lemma
from ..vocab.text import ends_sentence
from .citations import parse_citation

# a line or caption that goes on with the question before it ("Probe: ...", "Follow-up questions:", "Prompts")
FOLLOW_UP = re.compile(r"^(?:probe|probing|follow[- ]?up|prompt|ask|then ask)s?\b", re.I)

QUESTION_OPENERS = re.compile(
    r"^(?:describe|tell (?:me|us)|give (?:me |us )?an? (?:example|instance)|share an? (?:example|time)|"
    r"walk (?:me|us) through|talk (?:me |us )?(?:about|through)|explain (?:how|what|why|a time|an occasion)|"
    r"think (?:of|about) a time|recall a time|provide an example|can you|could you|have you|how (?:do|did|would|have|"
    r"can)|what (?:do|did|would|have|is|are|was)|when (?:have|did)|why (?:do|did)|which)\b",
    re.I,
)
DEFINITION_OPENERS = re.compile(
    r"^(?:(?:the |an? )?(?:ability|capacity|willingness|capability|skill|knowledge|commitment|drive|desire|"
    r"extent|degree|intent|disposition|competence|competency|knowing|understanding)\b|"
    r"[A-Z][\w\s&/,'’-]{0,60}?\b(?:is|are|means|involves|refers to|describes|concerns)\b)",
    re.I,
)
# a caption that says what the holder must or can do ("Registrant paramedics must:", "The graduate is able to:")
OBLIGATION = re.compile(r"\b(?:must|should|shall|will|can|(?:is|are|be) able to|knows? how to)\s*[:…]$", re.I)
# a caption naming who does what its list states, people by an agent noun ("Effective leaders:", "Registered
# nurses:", "Students:"; not "Five steps:"), or a first-person sentence the items finish ("I…", "We will:")
HOLDER_CAPTION = re.compile(
    r"^(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]*(?:er|or|ist|ant|ent|ee|ian|nurse)s"
    # "Leaders in adult social care:", "Workers with this capability:", "Staff who show it:"
    r"(?:\s+(?:in|of|at|for|within|across|with|who)\s+[A-Za-z' -]{1,40})?\s*:$"
    r"|^(?:I|We)\b[^.:!?]{0,30}(?:…|\.\.\.|:)$"
)
# an organisation as the subject ("The University will:", "The Council shall:"): a policy's commitments, not what a
# person in a role does
INSTITUTION = re.compile(
    r"^(?:the|our|each|every)\s+(?:\w+\s+)?(?:university|college|school|council|department|company|organi[sz]ation|"
    r"agency|trust|board|employer|institute|institution|government|ministry|authority|committee|service|business|"
    r"firm|group|centre|center|faculty|office|unit|division)\b",
    re.I,
)
_PRONOUN_START = re.compile(r"^(?:you|your|i|my)\b", re.I)


def is_question(text: str) -> bool:
    """An interview question: it asks ("...?") or asks for an account ("Describe a time ...", "Tell me about ...")."""
    t = text.strip()
    return bool(t) and ("?" in t[-3:] or bool(QUESTION_OPENERS.match(t)) and len(t.split()) >= 4)


def is_citation(text: str) -> bool:
    """A reference to a book or article: authors and a year, or a title and an author, in a citation's shape."""
    cite = parse_citation(text)
    return cite is not None and bool(cite.authors) and cite.year is not None


def is_advice(text: str) -> bool:
    """Development advice: a sentence in the imperative ("Ask for feedback ...", "Volunteer to lead ..."), also
    after a phrase saying when or where ("Before sending an important email, reread it ...", "In conversations,
    restate ...")."""
    if is_imperative(text):
        return True
    lead = SETTING_LEAD.match(text.strip())
    return lead is not None and is_imperative(text.strip()[lead.end() :])


# a phrase of time or place opening an instruction, up to its comma
SETTING_LEAD = re.compile(
    r"^(?:before|after|when|whenever|once|while|during|in|at|on|for|every|each|next time|over|within)\b"
    r"[^,.;:?]{2,60},\s+",
    re.I,
)


# a statement of what the holder knows or can do, as capability models and job specifications word them ("Knowledge
# of team dynamics", "Skill in writing for a range of media", "Ability to work under pressure")
REQUIREMENT_STATEMENT = re.compile(
    r"^(?:(?:working |basic |advanced |sound |good |thorough )?knowledge|skills?|ability|abilities|understanding|"
    r"awareness|proficiency|familiarity)\s+(?:of|in|with|to)\s+\S+(?:\s+\S+){1,}",
    re.I,
)


def is_requirement(text: str) -> bool:
    """A statement of what the holder knows or can do ("Knowledge of decision-making models ...")."""
    return bool(REQUIREMENT_STATEMENT.match(text.strip()))


def is_behaviour(text: str, gerunds: bool = True) -> bool:
    """A behaviour as competency documents state them: a verb in the third person ("Builds ...", "Is trusted ..."),
    or a gerund phrase ("Keeping commitments"; not with `gerunds=False`, where a theme's name "Managing change"
    would pass), not addressed to the reader."""
    if FIRST_PERSON.match(text.strip()) or SECOND_PERSON.match(text.strip()) or FIRST_PLURAL.match(text.strip()):
        # an "I statement" ("I spot gaps in intelligence and ..."), what "we" do ("We listen carefully ..."), or what
        # "you" do ("You seek out, listen to ... the views of others"), as values frameworks word them; not advice
        # ("You should ...", "You can ...")
        return True
    # an adverb before the verb ("Actively seeks ...", "Consistently delivers ...") is skipped
    m = re.match(r"[\"'“‘(]*(?:[A-Za-z]+ly\s+)?([A-Za-z]+)", text.strip())
    if not m or _PRONOUN_START.match(text.strip()):
        return False
    word = m.group(1)
    lower = word.lower()
    if _title_case(text) or len(text.split()) < 2 or NUMBERED_TITLE.search(text):
        # "Tips for Effective Team Meetings", "Grades", "Engineering Manager 1": a title or a word, not a behaviour
        return False
    if lower in ("is", "has", "does", "can", "will", "shows", "takes", "makes"):
        return True
    if ABILITY.match(text.strip()):
        return True  # "Able to give analysis ...", "Aware of the rules ...": what the holder can do, a standard's way
    if lower.endswith("s") and not lower.endswith("ss") and lemma(lower) != lower:
        return True
    return gerunds and lower.endswith("ing") and lemma(lower) != lower


NUMBERED_TITLE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+\d{1,2}$")  # a title and its step on a ladder
# "You understand ...", "You are open to change ...": the holder described to the reader, no advice or promise
_SAYS_WHAT_YOU_DO = re.compile(
    r"^You\s+(?:are\s+(?!expected|required|encouraged|asked|able|going)[a-z]+|(?!should\b|could\b|might\b|may\b"
    r"|can\b|must\b|need\b|will\b|would\b|want\b|have\b|are\b|get\b|find\b|see\b|learn\b|may\b)[a-z]{2,}s?)\b"
)
ABILITY = re.compile(r"^(?:(?:willing|ready)\s+and\s+)?(?:able\s+to|aware\s+of|capable\s+of)\s+[a-z]", re.I)
SECOND_PERSON = re.compile(
    r"^You\s+(?:[a-z]+ly\s+)?(?!should\b|could\b|might\b|may\b|can\b|must\b|need\b|will\b|would\b|want\b|have\b"
    r"|will\b|are\s+(?:expected|required|encouraged|asked)\b)[a-z]{2,}\s+\S+\s+\S+"
)
FIRST_PERSON = re.compile(r"^I\s+(?:[a-z]+ly\s+)?(?!think\b|believe\b|feel\b|was\b|had\b)[a-z]{2,}\s+\S+\s+\S+")
# what "we" do, as a values framework words its behaviours ("We listen carefully and take time to understand ..."),
# not what "we" are or aim at ("We are one health board ...", "We aim to ...": an organisation's statement)
FIRST_PLURAL = re.compile(
    r"^We\s+(?:[a-z]+ly\s+)?(?!think\b|believe\b|feel\b|were\b|had\b|have\b|hope\b|are\b|aim\b|strive\b|want\b|will\b)"
    r"[a-z]{2,}\s+\S+\s+\S+"
)


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def reads_as_definition(text: str) -> bool:
    """A definition: a complete sentence (or a noun phrase ending in a full stop) that says what a competency is,
    not a question and not addressed to the reader."""
    t = text.strip()
    if len(t.split()) < 4 or "?" in t or _PRONOUN_START.match(t) and not _SAYS_WHAT_YOU_DO.match(t):
        # a question, or text that turns to the reader ("You will ...") defines nothing; a graduate scheme's "You
        # understand how the energy market works, keep customers at the centre ..." says what the holder does
        return False
    if len(re.findall(r"[^\W\d_]{3,}", t)) < 3:
        return False  # a date or a time ("June 21, 2022, 12:30 p.m."), a code: no words to define with
    return ends_sentence(t) or bool(DEFINITION_OPENERS.match(t))


# a definition phrased as what one does, with no full stop ("Encouraging the growth and performance of staff ...")
GERUND_PHRASE = re.compile(r"^[A-Z][a-z]{2,}ing\b(?:\s+\S+){7,}$")


def defines(text: str) -> bool:
    """The first text under a name defines it: a definition's shape, or a long phrase of what one does."""
    return reads_as_definition(text) or bool(GERUND_PHRASE.match(text.strip())) and not text.rstrip().endswith(":")


def unterminated_sentence(text: str) -> bool:
    """A sentence printed without its full stop ("This includes spotting risks early and changing the plan when
    circumstances change"): eight words or more from a capital, no closing punctuation, not turned to the reader."""
    t = text.strip()
    return (
        len(t.split()) >= 8
        and t[:1].isupper()
        and not re.search(r"[.!?:;…]$", t)
        and not _PRONOUN_START.match(t)
        and "?" not in t
    )


def sentence_like(text: str) -> bool:
    """Narrative text: ends like a sentence, or runs long enough to be one."""
    return ends_sentence(text.strip()) or len(text.split()) >= 8


def short_phrase(text: str, words: int = 10) -> bool:
    """A name-like phrase: a few words, no closing full stop."""
    t = text.strip()
    return 0 < len(t.split()) <= words and not re.search(r"[.;!]$", t)


DURATION = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?|sessions?)|half[- ]day|full[- ]day|"
    r"one[- ]day|two[- ]day|three[- ]day|self[- ]paced)\b|"
    # a duration in words counts only as a bracketed attribute ("(Provider, two half-days)"): "review it after
    # six weeks" is advice, not a course
    r"[(,]\s*(?:one|two|three|four|five|six)[- ](?:half[- ])?(?:days?|hours?|weeks?|sessions?)\s*\)",
    re.I,
)
# a title, a colon and the kind of course it is ("Managing Change: online module (LinkedIn Learning)")
COURSE_KIND = re.compile(
    r"^[A-Z][^:]{3,80}:\s*(?:an?\s+)?(?:online |e-?learning |self-paced |short |one-day |two-day )?"
    r"(?:module|course|workshop|webinar|program|programme|e-?learning|masterclass|seminar)\s*(?:\([^()]*\))?\.?$",
    re.I,
)
COURSE_CODE = re.compile(r"^[A-Z]{2,6}[- ]?\d{2,4}[A-Z]?\b")


# a learning resource tagged with its format at the end ("Writing in Plain Language (Article)", "Building Trust on
# Your Team (E-Course)"), as learning catalogues list them: the field each format goes to
LEARNING_FORMAT = re.compile(
    r"\((?P<format>e-?courses?|e-?learning|online courses?|courses?|webinars?|workshops?|modules?|classes|class|"
    r"articles?|books?|e-?books?|videos?|podcasts?|ted talks?|talks?)\)\s*$",
    re.I,
)
READING_FORMAT = re.compile(r"^(?:articles?|e-?books?|books?)$", re.I)
ACTIVITY_FORMAT = re.compile(r"^(?:videos?|podcasts?|ted talks?|talks?)$", re.I)


# a catalogue's name in square brackets after a title ("Facilitating Groups [DOT Connection]", "Grammar Essentials
# [GoLearn, Professional Development]"), perhaps with a note after it: where the course is offered
CATALOGUE_TAG = re.compile(r"\s\[[A-Z][\w.&'’ -]{1,40}(?:,\s*[A-Z][\w.&'’ -]{1,40})*\](?:\s*\([^()]{1,80}\))?\s*$")


def format_field(text: str) -> str | None:
    """The field a resource's format tag puts it in (courses, readings, activities), or None when untagged."""
    m = LEARNING_FORMAT.search(text.strip())
    if m is None:
        tag = CATALOGUE_TAG.search(text)
        return "courses" if tag is not None and is_title_case(text[: tag.start()]) else None
    if READING_FORMAT.match(m["format"]):
        return "readings"
    return "activities" if ACTIVITY_FORMAT.match(m["format"]) else "courses"


def untagged(text: str) -> str:
    """A resource's title without its format tag."""
    return LEARNING_FORMAT.sub("", text).strip()


def is_course(text: str) -> bool:
    """A course as development guides list them: a course code ("HRD-204 ..."), or a title with its provider or
    duration ("... (LinkedIn Learning, 1 hr 4 min)", "... (2 days)")."""
    t = text.strip()
    if format_field(t) == "courses":
        return True  # "Running Meetings That Move Work Forward (E-Course)"
    return bool(COURSE_CODE.match(t) or COURSE_KIND.match(t)) or bool(DURATION.search(t)) and len(t.split()) <= 25


def states_what_one_does(caption: str, items: list[str]) -> bool:
    """A caption over statements of what its holder does: an obligation ("The graduate should:", "Students know
    how to:") over any list, or the holder named ("Effective leaders:", "I…") over items that finish its sentence
    (a verb in the base form, "Shape an educational mission ...", or a lower-case start)."""
    caption = caption.strip()
    if len(items) < 2 or INSTITUTION.match(caption):
        return False
    if OBLIGATION.search(caption):
        return True
    return bool(HOLDER_CAPTION.match(caption)) and all(
        completes_caption(t) or is_imperative(t) or is_behaviour(t) for t in items
    )


def completes_caption(text: str) -> bool:
    """A list item that goes on with its caption's sentence: a lower-case start, a few words."""
    return text[:1].islower() and len(text.split()) >= 3 and not is_question(text)


# an example given under a behaviour ("e.g. can find the right formula ...", "For example, ...")
EXAMPLE = re.compile(r"^\(?(?:e\.\s?g\.|eg\b|for example\b|for instance\b|example:)", re.I)


def is_example(text: str) -> bool:
    return bool(EXAMPLE.match(text))


# a clause's number in a standard's outline ("1.1", "2.3.1")
OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")


def clauses(items: list[Node]) -> bool:
    """Two items or more numbered as a standard numbers its clauses ("1.1", "1.2"): statements of what the holder
    does, in the imperative as often as not, no advice."""
    return len(items) >= 2 and all(OUTLINE_NUMBER.match(c.marker.strip()) for c in items)
