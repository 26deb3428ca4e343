"""Programme-only guards: an EU programme named as the money's source or as something wished for is no
participation ("med støtte fra LIFE", "Målet er at øge deltagelsen i EU-programmer som Horizon Europe").
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.networks.clauses import clause_before
from pipeline.extract.networks.context import Context
from pipeline.extract.networks.participation import names_issuer
from pipeline.extract.networks.rules import Cues
from pipeline.text.structure import is_heading


def funded_only(
    sentence: Span,
    scope: Span,
    start: int,
    previous_end: int,
    inside: set[int],
    municipality: str | None,
    rules: Cues,
) -> bool:
    """A programme named as the money's source ('Projektet gennemføres med støtte fra LIFE', 'gefinancierd door
    Erasmus+') in a sentence that neither names the issuer as the one funded ('Kommunen har fået midler fra
    Erasmus+') nor has a participation word besides project and funding words ('deltager i et projekt
    finansieret af Interreg'), nor follows a sentence that does ('Sinds 2022 werkt Hengelo in het project X. Het
    project wordt gefinancierd uit Interreg'), or precedes one that does ('Projektet er støttet af Interreg.
    Haderslev deltager sammen med ...'): a funding source, no participation. `scope`: the sentence with the one
    before and the one after."""
    begin = max(previous_end, sentence.start, start - rules.cue_window)
    if not rules.find("funding_sources", [t.text for t in sentence.doc[begin:start]]):
        return False
    words = [t.text if t.i not in inside else "" for t in scope]
    taking_part = [i for i in rules.find("participation", words) if not rules.word_is("project_cues", words[i])]
    issuer = names_issuer(scope, inside, municipality, rules)
    return not (taking_part or issuer or rules.find("membership", words))


def aspired(sentence: Span, start: int, previous_end: int, rules: Cues) -> bool:
    """A goal or wish word in the clause before the programme at token `start` ("Målet er at øge deltagelsen i",
    "Vi ønsker å delta i", "We willen meer gebruikmaken van") that no joining overtakes: a programme hoped for,
    not taken part in."""
    words = [t.text for t in clause_before(sentence.doc[max(previous_end, sentence.start) : start])]
    wished = rules.find("aspirations", words)
    return bool(wished) and not any(i > max(wished) for i in rules.find("joined", words))


ROUTE_REACH = 3  # "via", "gjennom", "door middel van": the route stands right before the programme


def routed(sentence: Span, scope: Span, start: int, previous_end: int, rules: Cues) -> bool:
    """A programme named as the way the plan's own work is done ('Flere elever skal på ophold i udlandet, blandt
    andet via Erasmus+', 'onder meer door middel van Interreg'): the issuer uses the programme. A route before
    another body ('via de VNG is de gemeente aangesloten bij ...') reads to that body, not here."""
    begin = max(previous_end, sentence.start, start - ROUTE_REACH)
    if rules.find("aspirations", [t.text for t in scope]):
        return False  # 'Wat willen we bereiken? Meer uitwisselingen via ...': a goal, the programme hoped for
    return bool(rules.find("routes", [t.text for t in sentence.doc[begin:start]]))


# "geen eigen project", "ikke selv et projekt": an own-word between; not "ikke prosjekteier", a part denied
OWN_PROJECT_GAP = 3
HEADING_WORDS = 6  # 'Niet gehonoreerd', 'Afviste ansøgninger': the next part of the page
ENTRY_SENTENCES = 2  # a programme's entry: its heading or sentence and the two sentences after it


def no_own_project(context: Context, sentence: Span, inside: set[int], municipality: str | None, rules: Cues) -> bool:
    """The programme's entry goes on to say the issuer has no project of its own in it ('Voor 2023-2027 heeft de
    lokale actiegroep LEADER-middelen aangevraagd. Gemeente X heeft daarin geen eigen project.', 'Kommunen har
    ikke selv et projekt i ordningen'): money others applied for, no participation of the issuer. The entry
    stops at the next network named."""
    entry = sentence
    for _ in range(ENTRY_SENTENCES):
        entry = context.with_next(entry)
    after = context.sdoc[sentence.end : entry.end]
    limit = _next_heading(context.doc.text, sentence.end_char)  # the entry ends where the next part's heading opens
    cut = next((t.i for t in after if t.i in inside or t.idx >= limit), entry.end)
    tail = context.sdoc[sentence.end : cut]
    words = [t.text for t in tail]
    projects = set(rules.find("project_cues", words))
    denied = any(j in projects for i in rules.find("negation", words) for j in range(i + 2, i + 1 + OWN_PROJECT_GAP))
    return denied and names_issuer(tail, inside, municipality, rules)


def _next_heading(text: str, start: int) -> int:
    """Where the first heading line after `start` opens (a short capitalised line without closing punctuation)."""
    at = text.find("\n", start)
    while at >= 0:
        end = text.find("\n", at + 1)
        line = text[at + 1 : end if end >= 0 else len(text)].strip()
        if line[:1].isupper() and is_heading(line, HEADING_WORDS):
            return at + 1
        at = end
    return len(text)
