"""A Danish amendment may be put forward in one line that quotes its words after a colon ('Naleraq fremsatte
ændringsforslag: "Taksten fastfryses på 2026-niveau."'), then voted on as "Ændringsforslaget": the vote's subject
is the quoted words (their first sentence), and the recommendation voted after it keeps its own row
(models/votes/da.json `subjects.proposal_leads`, pipeline/extract/votes/subjects.py `_put_forward`). A stop
before the closing quote ends the lead's sentence, so the vote line under it is no part of the proposal
(subject_rules.py `_SENTENCE_END`). Look-alikes: a lead without a quote keeps its "om, at" clause; a sentence
telling a fact is no lead, and the bare "Ændringsforslaget" stays.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen\nBeslutningsprotokol\nTorsdag den 23. april 2026\n\n"


def _case(lead: str) -> str:
    return (
        HEAD + "Punkt 05  Takstblad for renovation 2027\n"
        "Indstilling\n"
        "Økonomiudvalget indstiller, at takstbladet godkendes.\n"
        "Beslutning\n"
        f"{lead}\n"
        "Ændringsforslaget blev forkastet med 4 stemmer for og 13 imod.\n"
        "Indstillingen blev herefter godkendt enstemmigt.\n"
    )


@pytest.mark.parametrize(
    ("lead", "words"),
    [
        (
            'Naleraq fremsatte ændringsforslag: "Taksten for husstandsindsamling fastfryses på 2026-niveau."',
            "Taksten for husstandsindsamling fastfryses på 2026-niveau",
        ),
        (
            "Venstre stillede følgende ændringsforslag: «Taksten hæves med 3 pct. i stedet for 5 pct.»",
            "Taksten hæves med 3 pct. i stedet for 5 pct",
        ),
        (
            "Anne Holm (C) fremsatte et ændringsforslag: “Taksten fastfryses, og forskellen dækkes af kassen.”",
            "Taksten fastfryses, og forskellen dækkes af kassen",
        ),
        (
            'Enhedslisten fremlagde tillægsforslag: "Der indføres en social rabat. Den finansieres af puljen."',
            "Der indføres en social rabat",
        ),
        (
            'Socialdemokratiet havde et ændringsforslag på vegne af A og F: "Bygderne fritages for taksten."',
            "Bygderne fritages for taksten",
        ),
    ],
)
def test_an_amendment_quoted_after_its_lead_is_voted_on_in_its_own_words(lead, words):
    rows = votes(_case(lead), "da")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows][0] == (words, "rejected", 4, 13)
    assert [r.outcome for r in rows] == ["rejected", "adopted"]


def test_a_lead_without_a_quote_keeps_its_clause():
    rows = votes(_case("Jens Lund (V) stillede forslag om, at taksten fastfryses på 2026-niveau."), "da")
    assert [(r.subject, r.outcome) for r in rows][0] == ("taksten fastfryses på 2026-niveau", "rejected")


def test_a_sentence_telling_a_fact_is_no_lead():
    rows = votes(_case("Det blev oplyst, at taksten stiger med 4 pct."), "da")
    assert [(r.subject, r.outcome) for r in rows][0] == ("Ændringsforslaget", "rejected")
