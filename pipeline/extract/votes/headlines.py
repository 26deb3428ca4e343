"""Headlines of news pages that state the decision the paragraph under them reports ("Begroting 2027 aangenomen" /
"De raad stemde in met de begroting 2027. ..."): one decision, not two. The paragraph's row keeps its vote and takes
the headline's subject, the short name the page gives the decision. A headline that only names the matter
("Cykelsti langs Vejlegårdsvej" / "Anlægsbevillingen på 6,8 mio. kr. ... blev godkendt") names the decision its
paragraph reports first: that decision takes it as subject; the paragraph's later decisions keep their own. Where
a language's pages name their decisions in the prose instead (Norwegian), they keep it, unless it is a bare definite
noun that only refers back ("Hamneplanen vart vedteken": `headline_over`); a noting keeps its object there too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.phrases import find_statements
from pipeline.extract.votes.subject_rules import subject_rules

if TYPE_CHECKING:
    from pipeline.extract.votes.lexicon import Lexicon
    from pipeline.extract.votes.news_rules import News
    from pipeline.extract.votes.section import SectionText

_MAX_HEADLINE = 100  # chars: a headline is a short line
_BELOW = 2  # lines: the paragraph's decision opens right under its headline
_CONTINUED = 3  # quoted lines a paragraph the text did not join may run on over
_QUOTES = frozenset("\"“”„«»‘’'")
_STEM = 6  # letters of a word compared between a headline and its paragraph
_INFLECTED = 4  # letters of ending a paragraph's word may add to a short headline word ("skole" / "skolerne")
_WORD = re.compile(r"[^\W\d_]{4,}")  # a content word: four letters or more
_CRUMBS = re.compile(r"\s[›>»]\s")  # "Forside › Politik › Nyheder": the site's path, no headline


def merge_headlines(
    decided: list[Decision], text: str, news: News | None = None, dateline: re.Pattern[str] | None = None
) -> list[Decision]:
    """`decided` (offsets in `text`) without the headlines that restate the next decision, whose subject they give;
    with `headline_subjects` (models/votes/<lang>.json `news`), each paragraph's headline names its first decision,
    where `headline_over` is given only a decision whose own subject it finds (a clause or fragment, not a noun
    phrase), and with `capital_headline_references` a headline in capitals only a decision whose words refer back
    bare; a line `dateline` finds ("Gepubliceerd op 25 november 2026") dates the page and heads no paragraph."""
    out: list[Decision] = []
    for index, decision in enumerate(decided):
        below = decided[index + 1] if index + 1 < len(decided) else None
        if below is not None and _restated_below(decision, below, text):
            below.subject = decision.subject
            continue
        out.append(decision)
    paragraph, above = -1, None  # the paragraph read last and its headline
    for decision in out if news is not None and news.headline_subjects else ():
        start = text.rfind("\n", 0, decision.start) + 1
        headline = _headline_above(decision, out, text, dateline)
        if headline and headline.isupper() and not _bare(decision.subject, news.capital_references):
            headline = None
        if news.headline_over is None:
            decision.subject = headline or _matter_above(decision, text, news) or decision.subject
        else:  # named once its subject is repaired (`named_by_headline`), also a later decision of its paragraph
            decision.headline = above if start == paragraph and headline is None else headline
        paragraph, above = start, decision.headline
    return out


def named_by_headlines(decided: list[Decision], over: re.Pattern[str] | None, notings: bool = True) -> None:
    """Each headline names one decision of its paragraph: the first whose repaired subject is still a clause or a
    fragment ("Een amendement van Vooruit ... werd verworpen. Het reglement zelf werd daarna goedgekeurd ...": the
    amendment names itself, the headline names the item the bare reference points back to). Without `notings`, a
    noting keeps the object its sentence names ("tok rapporten til vitande")."""
    named: set[str] = set()
    for decision in decided:
        if decision.headline is None or decision.headline in named or (not notings and decision.outcome == "noted"):
            continue
        named_by_headline(decision, over)
        if decision.subject == decision.headline:
            named.add(decision.headline)


def named_by_headline(decision: Decision, over: re.Pattern[str] | None) -> None:
    """The headline names a decision whose repaired subject is still a clause or a fragment ("De brief ... werd voor
    kennisgeving aangenomen", "en is daarmee verworpen"); a noun phrase ("Het krediet van 18,4 miljoen euro") stays."""
    if decision.headline and over is not None and (not decision.subject or over.search(decision.subject)):
        decision.subject = decision.headline


def _matter_above(decision: Decision, text: str, news: News) -> str | None:
    """The matter the paragraph's first sentence names ("Forslaget om at lukke Vestskolen blev ikke færdigbehandlet."),
    for a decision later in it whose words only refer back to it ("Sagen blev sendt tilbage til udvalget")."""
    if news.paragraph_matters is None or news.capital_references is None:
        return None
    if not _bare(decision.subject, news.capital_references):
        return None
    start = text.rfind("\n", 0, decision.start) + 1
    found = news.paragraph_matters.match(text, start)
    return found.group("matter") if found and found.end("matter") <= decision.start else None


def _bare(subject: str | None, references: re.Pattern[str] | None) -> bool:
    """A decision's words that only refer back ("Punktet", "Aftalen", "(punkt 9 på dagsordenen)"), nothing of what
    was decided; every subject, where the language sets no references (capitals name as any headline does)."""
    return references is None or not subject or references.fullmatch(subject.strip(" .")) is not None


def with_counts_restated(decided: list[Decision], text: str, language: str) -> list[Decision]:
    """`decided` (offsets in `text`) without the sentence that gives the paragraph's decision its count by a bare
    reference ("De raad stemde in met het bestemmingsplan X. Het voorstel werd aangenomen met 24 stemmen voor en 5
    tegen."): one decision, named by the sentence that names it, counted by the one that counts it."""
    refs = subject_rules(language).proposal_refs
    out: list[Decision] = []
    for decision in decided:
        above = out[-1] if out else None
        if above is not None and refs is not None and _counts_above(decision, above, text, refs):
            above.unanimous, above.votes_for, above.votes_against = (
                decision.unanimous,
                decision.votes_for,
                decision.votes_against,
            )
            above.against_parties = decision.against_parties or above.against_parties
            above.end = max(above.end, decision.end)
            continue
        out.append(decision)
    return out


def _counts_above(decision: Decision, above: Decision, text: str, refs: re.Pattern[str]) -> bool:
    """`decision` only counts `above`: a bare reference with a vote, the same outcome, in the same paragraph."""
    bare = (decision.subject or "").strip(" .")
    same = decision.outcome == above.outcome and decision.proposer is None and not decision.voteless
    near = above.end <= decision.start and "\n\n" not in text[above.end : decision.start]
    near = near and not _headed_between(text, above.end, decision.start)
    return same and near and above.voteless and bool(above.subject) and bool(refs.fullmatch(bare))


def _headed_between(text: str, start: int, end: int) -> bool:
    """A headline stands between `start` and `end`: a short line of its own, after a line that closed its sentence,
    not closed by a full stop itself ("BELASTING OP TWEEDE VERBLIJVEN OMHOOG"): the next paragraph's own report."""
    first = text.find("\n", start)
    lines = text[first + 1 : text.rfind("\n", 0, end)].split("\n") if 0 <= first < end else []
    before = text[:first].rstrip()
    for line in (line.strip() for line in lines):
        if before.endswith((".", "!", "?")) and 0 < len(line) <= _MAX_HEADLINE and not line.endswith((".", ":", ";")):
            return True
        before = line
    return False


def with_noted_paragraphs(decided: list[Decision], section: SectionText, lex: Lexicon) -> list[Decision]:
    """`decided` and each paragraph of a news page that only takes a matter for information ("Byrådet tog
    årsberetningen til efterretning."): the page reports one decision per paragraph, so its noting is that
    paragraph's decision, not a remark beside the page's other decisions (as in one case's minutes)."""
    text, base = section.text, section.base
    noted: list[Decision] = []
    for start, end in find_statements(text, lex):
        if not section.states_own(start, lex):
            continue  # "Forvaltningen indstiller, at ... tages til efterretning": what was proposed
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if any(base + line_start <= d.end and d.start < base + line_end for d in [*decided, *noted]):
            continue
        opening = max(text.rfind(". ", line_start, start) + 2, line_start)  # the sentence the statement stands in
        subject = noted_object(text[opening:end].strip(" ."), lex.news)
        noted.append(Decision(start=base + start, end=base + end, outcome="noted", subject=subject, statement=True))
    for decision in decided:  # a noting the phrases read already, named by its sentence
        if decision.outcome == "noted" and decision.subject:
            decision.subject = noted_object(decision.subject, lex.news)
    return sorted([*decided, *noted], key=lambda d: d.start)


def noted_object(sentence: str, news: News) -> str:
    """What a paragraph's noting sentence took for information ("Byrådet tog Visit Nyborgs årsberetning for 2025
    til efterretning": the report), by models/votes/<lang>.json `news.noted_objects`; else the whole sentence."""
    for regex in news.noted_objects:
        if (m := regex.search(sentence)) and m.group("object").strip():
            return m.group("object").strip(" ,")
    return sentence


def _restated_below(headline: Decision, below: Decision, text: str) -> bool:
    """`headline` fills a short line of its own without a full stop, states no vote nor mover, and `below` reaches
    the same outcome on the next lines."""
    start = text.rfind("\n", 0, headline.start) + 1
    end = text.find("\n", headline.start)
    line = text[start : end if end >= 0 else len(text)].strip()
    bare = headline.voteless
    short = 0 < len(line) <= _MAX_HEADLINE and not line.endswith((".", "!", "?", ":")) and headline.end <= end
    near = end >= 0 and below.start > end and text.count("\n", end, below.start) <= _BELOW
    same = headline.outcome == below.outcome and headline.proposer is None and bool(headline.subject)
    return bare and short and near and same


def _headline_above(
    decision: Decision, decided: list[Decision], text: str, dateline: re.Pattern[str] | None = None
) -> str | None:
    """The headline over the paragraph `decision` stands in (a paragraph is one line of the document text, or runs
    on over quoted lines the text did not join: `_paragraph`), when it is that paragraph's first decision: the line
    above, short and without a closing stop, also inside a closing quote (a quoted proposal's words end a sentence:
    'Dictum: "Het budget wordt verhoogd."')."""
    start = text.rfind("\n", 0, decision.start) + 1
    if start == 0 or any(start <= other.start < decision.start for other in decided):
        return None
    line = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip()
    closed = line.rstrip("".join(_QUOTES))
    if not 0 < len(line) <= _MAX_HEADLINE or closed.endswith((".", "!", "?", ":", ",", ";")) or _CRUMBS.search(line):
        return None
    if dateline is not None and dateline.search(line):
        return None
    return line if _stems(line) & _stems(_paragraph(text, start), _INFLECTED) else None


def _paragraph(text: str, start: int) -> str:
    """The paragraph opening at `start`: its line, and the lines under it that open with a quote (the text keeps
    the line break before a quoted name: '... deltager i projektet' / '"Øer i Kattegat" sammen med Öckerö.')."""
    end = text.find("\n", start)
    for _ in range(_CONTINUED):
        if end < 0 or text[end + 1 : end + 2] not in _QUOTES:
            break
        end = text.find("\n", end + 1)
    return text[start : end if end >= 0 else len(text)]


def _stems(text: str, inflected: int = 0) -> set[str]:
    """The content words' openings ("havnebad" for "Havnebadet"): a headline naming the matter shares one with
    its paragraph; a section heading ("Korte berichten", "Kort nyt") shares none. With `inflected`, also a
    word's openings shorter than the stem that leave at most that many letters of ending ("skole" for "skolen",
    "SKOLE" in a headline, not "kort" for "kortlægning")."""
    words = [word.casefold() for word in _WORD.findall(text)]
    stems = {word[:_STEM] for word in words}
    stems.update(word[:k] for word in words for k in range(4, _STEM) if 0 < len(word) - k <= inflected)
    return stems
