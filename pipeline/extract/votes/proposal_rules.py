"""The compiled proposal rules of a language (models/votes/<lang>.json, key `proposals`): the shape of a
heading naming one proposal, lead lines, anaphors that refer back to a proposal, and the marks of who
moved it. Built once per language; proposals.py reads texts with them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.votes.lexicon import lexicon
from pipeline.extract.votes.schema import ProposalRules, VotesRules
from pipeline.rules import alternation, load_rules, whole_words
from pipeline.text.structure import conventions

_LEAD = r"^[ \t]*(?:[-–•*·][ \t]*|\d{1,2}[.)][ \t]+|[a-zA-Z][.)][ \t]+)?"  # a bullet, "1.", "a)", "B."
_BRACKET = r"[ \t]*\((?P<{}>[^()\n]{{1,80}})\)"
_SEPARATOR = r"(?:[ \t]*[:–—]|[ \t]+-)[ \t]*"
# a title in quotes; an apostrophe between letters is the title's own ("'Deelauto's in elke wijk'", "'Ap's plan'")
_QUOTED = r"[\"“„‘'«](?P<{}>(?:[^\"”’'»\n]|(?<=\w)['’](?=\w)){{2,120}})[\"”’'»](?!\w)"
QUOTED_GROUPS = ("quoted", "quoted_after_number", "quoted_last")  # a title in quotes, where headings put it
_NAME_CHARS = r"[^\n:;–—()\"“„«]"
# a title right after the proposal's own number or bracket, without a colon ("Motie M5 (SP) Warme truiendag")
_LOOSE = r"(?<=\d|\))[ \t]+(?P<loose>[A-ZÆØÅÄÖÜ][^\n]*?)"


@dataclass(frozen=True)
class ProposalLexicon:
    heading: re.Pattern[str]
    mention: re.Pattern[str]  # a heading's shape opened by a definite form too ("Tilleggsforslaget fra V")
    lead: re.Pattern[str] | None  # "SV v/ Kari Nordmann fremmet følgende forslag:"
    inverted_lead: re.Pattern[str] | None  # "Tijdens de zitting dient raadslid X (Groen) een amendement in:"
    agent: re.Pattern[str] | None  # the mark between party and member ("v/")
    reference: re.Pattern[str]  # a head word and a number inside a subject ("Motie M5")
    anaphor_word: re.Pattern[str]  # any anaphor, to cut a heading glued to the line after it
    kinds: tuple[tuple[str, re.Pattern[str]], ...]  # kind, head words of that kind ("SVs forslag" holds one)
    mention_kinds: tuple[tuple[str, re.Pattern[str]], ...]  # kind, head words and definite forms of that kind
    anaphors: tuple[tuple[str, re.Pattern[str]], ...]  # kind, subject that refers back to that kind
    case_anaphor: re.Pattern[str] | None  # a subject naming no kind, about the proposal the case is titled after
    pronoun: re.Pattern[str] | None  # a subject that is a pronoun alone ("Die"), about the proposal named last
    official: re.Pattern[str] | None
    procedural: re.Pattern[str] | None  # a motion to postpone ("utsettelsesforslag"), an official's too
    party_words: re.Pattern[str] | None
    conjunctions: re.Pattern[str]
    linked: re.Pattern[str]  # a link word or the number opening a bracket ("(ingediend door X)", "(M9, X)")
    bare: tuple[tuple[str, re.Pattern[str]], ...]  # kind, a heading opening with its number alone ("M5 (VVD) 'X'")


@cache
def proposal_lexicon(language: str) -> ProposalLexicon | None:
    """The compiled proposal rules of `language`, or None when it names no proposal kinds."""
    lex = lexicon(language)
    if lex is None:
        return None
    rules = load_rules("votes", language, VotesRules).proposals
    if not rules.heads:
        return None
    heads = [w for words in rules.heads.values() for w in sorted(words, key=len, reverse=True)]
    links = alternation(sorted(rules.links, key=len, reverse=True))
    # a head read only before what follows it ("voorstel(?= van raadslid ...)") names no lead's proposal: a look-ahead
    # would take the lead off its line gate (gated.py), and a lead ends on its head word
    lead_heads = [w for w in heads if "(?=" not in w]
    lead = (
        # "Behandling: Ap ved Mona Viken fremmet utsettelsesforslag:": a label may open the lead line
        rf"^[ \t]*(?:[^\W\d_][^\W\d_ \t]{{2,30}}[ \t]*:[ \t]*)?(?P<by>[^\n:]{{1,80}}?)[ \t]+"
        rf"(?i:{alternation(rules.lead_verbs)})[ \t]+(?:[^\n:]{{0,30}}?[ \t])?"
        rf"(?P<head>(?i:{alternation(lead_heads)}))\w*(?:[ \t]+\w{{1,3}})?[ \t]*:?[ \t]*$"
    )
    # verb second after an adverbial: the mover stands between verb and head word, ended by a filler ("een")
    inverted_lead = (
        rf"^[ \t]*[^\W\d_][^\n:]{{2,40}}?[ \t]+(?i:{alternation(rules.lead_verbs)})[ \t]+(?P<by>[^\n:]{{1,80}}?)"
        rf"[ \t]+(?i:{alternation(rules.lead_fillers)})[ \t]+"
        rf"(?P<head>(?i:{alternation(lead_heads)}))\w*(?:[ \t]+\w{{1,3}})?[ \t]*:?[ \t]*$"
    )
    definite = [w for words in rules.anaphors.values() for w in words]
    every_anaphor = alternation(definite)
    stops = alternation(rules.stops)

    def anaphor(words: list[str]) -> re.Pattern[str]:
        word = alternation(words)
        # the anaphor ends the subject ("Daaruit blijkt dat de motie") or opens it, followed by no new noun
        # phrase and no name ("Framlegget fekk 6 røyster og", not "Forslaget til vedtak", "Motie M2")
        return re.compile(rf"(?:(?i:(?:^|.*\s){word})|(?i:{word})(?:\s+(?!(?i:{stops})(?!\w))[^A-ZÆØÅÄÖÜ\n]*)?)$")

    return ProposalLexicon(
        heading=re.compile(_heading(heads, rules), re.MULTILINE),
        mention=re.compile(_heading(heads + definite, rules)),
        lead=re.compile(lead, re.MULTILINE) if rules.lead_verbs else None,
        inverted_lead=re.compile(inverted_lead, re.MULTILINE) if rules.lead_verbs and rules.lead_fillers else None,
        # "SV v/ Kari Nordmann", "H ved Per Dahl": the mark stands apart, never inside a name ("Svedberg")
        agent=re.compile(rf"\s+(?i:{alternation(rules.agent_marks)})(?:\s+|(?<=[/.]))") if rules.agent_marks else None,
        reference=re.compile(rf"(?<!\w)(?P<head>(?i:{alternation(heads)}))[ \t]+(?P<ident>{rules.ident})"),
        anaphor_word=re.compile(rf"(?<!\w)(?i:{every_anaphor})(?!\w)"),
        kinds=tuple((kind, re.compile(alternation(words), re.I)) for kind, words in rules.heads.items()),
        mention_kinds=tuple(
            (kind, re.compile(alternation(words + rules.anaphors.get(kind, [])), re.I))
            for kind, words in rules.heads.items()
        ),
        anaphors=tuple((kind, anaphor(words)) for kind, words in rules.anaphors.items()),
        case_anaphor=anaphor(rules.case_anaphors) if rules.case_anaphors else None,
        pronoun=re.compile(alternation(rules.pronouns), re.I) if rules.pronouns else None,
        official=re.compile(alternation(rules.official)) if rules.official else None,
        procedural=re.compile(alternation(rules.named_by_text), re.I) if rules.named_by_text else None,
        party_words=re.compile(whole_words(rules.party_words), re.I) if rules.party_words else None,
        conjunctions=re.compile(r"\s*,\s*|\s+" + alternation(conventions(language).conjunctions) + r"\s+"),
        linked=re.compile(rf"^(?:(?i:{links})[ \t]*|(?:{rules.ident})[ \t]*,[ \t]*)"),
        bare=tuple(
            (kind, re.compile(_LEAD + rf"(?P<ident>{ident})(?=[ \t]*[(\"“„‘'«])[^\n]*$", re.MULTILINE))
            for kind, ident in rules.bare_idents.items()
        ),
    )


def _heading(heads: list[str], rules: ProposalRules) -> str:
    """A line naming one proposal: a head word, then its number, bracket, mover, or title."""
    links = alternation(sorted(rules.links, key=len, reverse=True))
    about = alternation(rules.title_links)
    behalf = alternation(rules.on_behalf)
    return (
        _LEAD
        + rf"(?P<head>(?i:{alternation(heads)}))(?![\w])"
        + rf"(?:[ \t]+{_QUOTED.format('quoted')})?"
        + rf"(?:[ \t]+(?P<ident>{rules.ident}))?"
        + rf"(?:{_BRACKET.format('bracket')})?"
        + rf"(?:[ \t]+{_QUOTED.format('quoted_after_number')})?"  # "Motie M2 'Titel' (SP)"
        + rf"(?:[ \t]+(?i:{links})[ \t]*(?P<by>{_NAME_CHARS}{{1,80}}?))?"
        + rf"(?:{_BRACKET.format('party')})?"
        + rf"(?:[ \t]*,?[ \t]+(?i:{behalf})[ \t]+{_NAME_CHARS}{{1,80}}?)?"
        + r"(?:[ \t]*,[ \t]*[a-zæøåäöü][^\n:]{0,60}?(?=[ \t]*:))?"  # ", tillegg til høringsuttalelsen:"
        + rf"(?:[ \t]+{_QUOTED.format('quoted_last')})?"  # "Motie M7 van mevrouw X (D66) 'Titel'."
        + rf"(?:[ \t]+(?i:{about})[ \t]+(?P<about>[^\n]*?)|{_SEPARATOR}(?P<title>[^\n]*?)|{_LOOSE})?[ \t]*\.?[ \t]*$"
    )
