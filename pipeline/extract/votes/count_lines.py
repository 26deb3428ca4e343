"""Which count lines belong to which decision phrase: above it, on its line, or below it where a protocol prints
its counts after the decisions."""

from __future__ import annotations

from pipeline.extract.votes.phrases import Hit, TallyHit

_LIST_GOES_ON = 2  # lines: a paragraph's count list broken after a comma goes on over so many


def counts_follow(tallies: list[TallyHit], hits: list[Hit]) -> bool:
    """Count lines printed below the decisions they belong to ("Besluit: aangenomen." then a "Stemming"
    block): none above the first phrase, some below the last one."""
    return bool(hits and tallies) and tallies[0].start >= hits[0].start and tallies[-1].start >= hits[-1].end


def own_tallies(
    text: str,
    tallies: list[TallyHit],
    used: set[int],
    previous_end: int,
    hit: Hit,
    next_start: int,
    follow: bool,
    paragraphs: bool = False,
) -> list[int]:
    """Count lines before the phrase (since the previous one; its subject's own too), else on its line or the
    line after; where counts `follow` their decisions, every count line up to the next phrase. On a news page
    (`paragraphs`) each paragraph (one line) reports one decision: its counts stand in its own line."""
    free = [i for i in range(len(tallies)) if i not in used]
    if paragraphs:
        line_start = text.rfind("\n", 0, hit.phrase_start) + 1
        line_end = text.find("\n", hit.end)
        for _ in range(_LIST_GOES_ON):  # "haalde het niet: 7 stemmen voor," / "16 tegen.": the list goes on below
            if line_end <= 0 or text[line_end - 1] != ",":
                break
            line_end = text.find("\n", line_end + 1)
        free = [i for i in free if line_start <= tallies[i].start < (len(text) if line_end < 0 else line_end)]
    if follow:
        after = [i for i in free if hit.phrase_start <= tallies[i].start < next_start]
        if after or not paragraphs:
            return after
        # a news paragraph may tell its count before its outcome ("Kun to stemte for, og forslaget faldt") where
        # the page's other paragraphs count after theirs: the paragraph's own order holds
    before = [i for i in free if previous_end <= tallies[i].start < hit.phrase_start]  # the subject's own, too
    line_start = text.rfind("\n", 0, hit.phrase_start) + 1
    if any(tallies[i].start >= line_start for i in before) and any(tallies[i].start < line_start for i in before):
        # "For: 14 <gap> Mot: 3 <gap> Resultat: Vedtatt" under another vote's member list: the cells on its line
        before = [i for i in before if tallies[i].start >= line_start] if _cell_line(text, line_start, hit) else before
    if before:
        later = [i for i in free if hit.end <= tallies[i].start < next_start]
        return before + _names_below(tallies, before, later)
    return _below(text, tallies, free, hit, next_start)


def _cell_line(text: str, line_start: int, hit: Hit) -> bool:
    """The outcome closes a line of count cells: a column gap stands right before it."""
    gap = text[line_start : hit.phrase_start]
    return gap.endswith(("   ", "\t")) or gap.rstrip(" \t").endswith("|")


def _names_below(tallies: list[TallyHit], before: list[int], after: list[int]) -> list[int]:
    """Members named against under the outcome ("Stemmene falt 4 mot 4. Innstillingen ble vedtatt ..." / "Mot
    stemte: Kari Moe (H), ...", or a vote page's member list), before the next outcome, where the count above
    it stated how many: they break that count down."""
    if not any(tallies[i].option == "no" and tallies[i].n is not None for i in before):
        return []
    below = [i for i in after if tallies[i].start > tallies[before[-1]].end]
    return [i for i in below if tallies[i].parties is not None or (tallies[i].option == "no" and tallies[i].n is None)]


def _below(text: str, tallies: list[TallyHit], free: list[int], hit: Hit, next_start: int) -> list[int]:
    """Count lines on the phrase's line or the line after, and the other options adjacent to them."""
    line_end = text.find("\n", hit.end)
    next_line_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    limit = min(next_start, len(text) if next_line_end < 0 else next_line_end)
    after = [i for i in free if hit.phrase_start <= tallies[i].start < limit]
    for i in free:  # the other options of the same result follow on the next lines
        gap = text[tallies[after[-1]].end : tallies[i].start] if after else ""
        adjacent = after and "\n\n" not in gap and gap.count("\n") <= 1 and not gap.strip(" \t\n.;,()")
        if adjacent and i > after[-1] and tallies[i].start < next_start:
            after.append(i)
    return after


def spanned(tallies: list[TallyHit], hit: Hit) -> set[int]:
    """The count lines inside the phrase's own words: the phrase has read them already."""
    return {i for i, t in enumerate(tallies) if hit.phrase_start <= t.start < hit.end}
