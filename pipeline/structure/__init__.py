"""Blocks to a document tree: page furniture dropped, headings nested by level, list items under what they belong
to, tables as one node each, label lines as label nodes. Guesses no meaning: that is `extract`'s job."""
