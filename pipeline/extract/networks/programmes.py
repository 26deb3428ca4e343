"""Programme-only guards: an EU programme named as the money's source or as something wished for is no
participation ("med støtte fra LIFE", "Målet er at øge deltagelsen i EU-programmer som Horizon Europe").
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.networks.clauses import clause_before
from pipeline.extract.networks.participation import names_issuer
from pipeline.extract.networks.rules import Cues


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
