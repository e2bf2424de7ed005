"""Pieces that carry on the sentence of the piece before them are joined to it: a bullet wrapped over two list
items, a paragraph broken over lines or pages, a sentence split over two paragraphs. Every part's provenance is
kept. Headings never join nor are joined."""

from __future__ import annotations

from dataclasses import replace

from ..model.blocks import Kind
from ..vocab.language import is_word
from ..vocab.text import collapse_whitespace, ends_sentence, join_lines, starts_lower
from .pieces import Piece

# words a phrase does not end on: a paragraph ending on one continues in the next
FUNCTION_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "for",
    "in",
    "on",
    "with",
    "by",
    "as",
    "at",
    "from",
    "that",
    "which",
    "who",
    "whose",
    "is",
    "are",
    "be",
    "not",
    "but",
    "nor",
    "its",
    "their",
    "into",
    # prepositions a phrase does not end on either ("Resource Stewardship Across" / "Boundaries")
    "across",
    "within",
    "without",
    "through",
    "between",
    "among",
    "under",
    "over",
    "about",
    "beyond",
    "toward",
    "towards",
    "via",
    "upon",
    "against",
    "during",
}


def merge_continuations(pieces: list[Piece], heading: list[bool]) -> tuple[list[Piece], list[bool]]:
    """The pieces with each run that carries on one sentence joined into its first piece, and the heading flags
    of what remains. A run is joined once, at its end, so a long run costs its length, not its square."""
    out: list[Piece] = []
    flags: list[bool] = []
    run: list[Piece] = []
    lower_case_lists = _lower_case_lists(pieces)
    for n, (piece, is_heading) in enumerate(zip(pieces, heading, strict=True)):
        if (
            run
            and not flags[-1]
            and not is_heading
            and continues(run[0], run[-1].text, piece)
            and not (piece.is_item and run[0].is_item and n in lower_case_lists)
        ):
            run.append(piece)
            continue
        if run and flags[-1] and is_heading and wraps_heading(run[-1], piece):
            run.append(piece)  # a heading wrapped over two lines ("... for Collaborative Research and" / "Analysis")
            continue
        if run:
            out[-1] = _join(run)
        out.append(piece)
        flags.append(is_heading)
        run = [piece]
    if run:
        out[-1] = _join(run)
    return out, flags


def _lower_case_lists(pieces: list[Piece]) -> set[int]:
    """The indexes of the items of lists whose items mostly start in lower case (each completes a lead-in, "You
    can:" over "investigate ...", "help ..."): there a lower-case item is the list's style, not a bullet wrapped
    onto the next one."""
    out: set[int] = set()
    n = 0
    while n < len(pieces):
        if not pieces[n].is_item:
            n += 1
            continue
        end = n
        while end < len(pieces) and pieces[end].cell == pieces[n].cell and _in_list(pieces[end]):
            end += 1
        # a list of one depth and one kind of marker: numbered clauses ("1.2 Applies ...") and the bullets under
        # them ("▪ considers ...") are two lists, whatever their depth
        for depth, ordered in {(p.depth, p.ordered) for p in pieces[n:end] if p.is_item}:
            members = [
                k
                for k in range(n, end)
                if pieces[k].is_item and pieces[k].depth == depth and pieces[k].ordered == ordered
            ]
            if len(members) >= 2 and sum(starts_lower(pieces[k].text) for k in members) * 2 > len(members):
                out.update(members)
        n = end
    return out


def _in_list(piece: Piece) -> bool:
    """Is `piece` part of a list: an item, or a line of an item's text wrapped onto a line of its own (a PDF
    cell's bullet over two lines)?"""
    return piece.is_item or (piece.kind is not Kind.HEADING and starts_lower(piece.text))


def continues(head: Piece, last_text: str, piece: Piece) -> bool:
    """Does `piece` carry on the sentence that the run begun by `head`, now ending in `last_text`, left open?"""
    if head.cell != piece.cell or head.kind is Kind.HEADING or piece.kind is Kind.HEADING:
        return False
    if not piece.text or not last_text:
        return False
    if ends_sentence(last_text) and not _semicolon_goes_on(last_text, piece):
        return False
    if head.is_item and piece.is_item and piece.depth != head.depth:
        return False
    if piece.is_item and not head.is_item:
        return False  # a list that follows an open paragraph ("... such as") is that paragraph's list
    if head.is_item and not piece.is_item and piece.lead:
        return False
    if head.is_item and piece.is_item and piece.marker and _ends_list_phrase(last_text):
        return False  # a list punctuated as one sentence ("explaining how ...,", "..., and"): each bullet its own
    if head.is_item and piece.is_item and piece.ordered and piece.marker:
        return False  # a numbered item is an item of its own, whatever its first letter ("6.2 understand ...")
    if piece.cell is not None and not piece.is_item and piece.marker:
        return False  # "P2 involve team members ..." after "P1 ...": a coded line of a cell opens an entry of its own
    if starts_lower(piece.text):
        return True
    if head.is_item and not piece.is_item and piece.cell is not None and not piece.bold:
        if _ends_in_function_word(last_text):
            return True  # a cell's bullet wrapped after "the" onto a line of its own ("... across the" / "University")
    # a sentence broken across two plain paragraphs: the first ends in mid-phrase ("related to", "Focus,")
    both_plain = not head.is_item and not piece.is_item
    return both_plain and (last_text.endswith((",", "-", "–", "—", "/", "&")) or _ends_in_function_word(last_text))


def _semicolon_goes_on(last_text: str, piece: Piece) -> bool:
    """A clause closed by a semicolon, then a paragraph going on in lower case (an item's text broken out of its
    list: "Lets others speak without interrupting;" then "shows a genuine wish to listen"): one sentence."""
    return last_text.rstrip().endswith(";") and not piece.is_item and starts_lower(piece.text)


def wraps_heading(head: Piece, piece: Piece) -> bool:
    """Does heading line `piece` carry on heading line `head`, cut in mid-phrase ("Development Suggestions for
    Collaborative Research and" over "Analysis"): the same type, the same page, and the first ends where no phrase
    ends (a function word, "&", a comma or a hyphen) or the second goes on in lower case."""
    if head.cell != piece.cell or head.page != piece.page or head.kind is not piece.kind:
        return False
    if (head.size, head.bold, head.heading_level) != (piece.size, piece.bold, piece.heading_level):
        return False
    text = head.text.rstrip()
    # or the next line goes on in lower case: no heading starts so ("... and being" over "able to learn ...")
    return (
        _ends_in_function_word(text)
        or text.endswith(("&", ",", "-", "–", "/"))
        and not text.endswith(("--", "––"))  # "--Engineering--": a rule drawn round a title, no wrapped phrase
        or piece.text[:1].islower()
        and not text.endswith((".", ":", "?", "!"))
        or text.count("“") > text.count("”")  # a quotation opened and not closed ("Core Competency: “Service")
    )


def _ends_list_phrase(text: str) -> bool:
    text = text.rstrip()
    return text.endswith((",", ";")) or text.endswith((", and", ", or", "; and", "; or"))


def _ends_in_function_word(text: str) -> bool:
    return text.rstrip().rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS


def _join(run: list[Piece]) -> Piece:
    head = run[0]
    if len(run) == 1:
        return head
    texts = [piece.text for piece in run]
    hyphenated = any(t.endswith("-") for t in texts[:-1])
    text = collapse_whitespace(join_lines(texts, is_word=is_word if hyphenated else None))
    bold = all(piece.bold for piece in run)
    lead = head.lead or (head.text if head.bold and not bold else None)
    return replace(
        head,
        text=text,
        spans=tuple(s for piece in run for s in piece.spans),
        bold=bold,
        lead=lead,
        lines=sum(piece.lines for piece in run),
    )
