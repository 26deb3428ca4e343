"""Danish: a body or a majority approving the recommendation in the past tense, with the majority sized in
members ("Et flertal på 6 medlemmer godkendte indstillingen."), an adverb between verb and object ("Udvalget
godkendte herefter indstillingen.") or the adverb first and the verb before its subject ("Herefter godkendte
et flertal indstillingen."), is the recommendation's adopted row: about "indstillingen" as written, the size
of the majority its votes for, never the adverb; beside an amendment voted first, each is its own row.
Look-alikes: a majority voting against ("et flertal på 17 stemte imod") adopts nothing, and a sentence putting a
proposal forward ("Herefter foreslog Venstre, at ...") decides nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Teknik- og Miljøudvalget\nBeslutningsprotokol\nTirsdag den 8. september 2026\n\n"
    "Punkt 83 Trafiksikkerhedsplan 2027-2030\nSagsnr. 26/10452\n"
    "Indstilling: Forvaltningen indstiller, at udvalget godkender trafiksikkerhedsplanen.\n"
)
AMENDMENT = (
    "Ib Kragh (Æ) stillede følgende ændringsforslag:\n"
    '"Udvalget beslutter, at der etableres 40 km/t-zone på hele Østergade."\n'
    "Ændringsforslaget blev forkastet med 2 stemmer for (Æ) og 5 imod.\n"
)


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.unanimous) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    ("sentence", "votes_for", "unanimous"),
    [
        ("Et flertal på 5 medlemmer godkendte indstillingen.", 5, None),
        ("Et flertal på fem medlemmer (A, V og C) anbefalede indstillingen over for Byrådet.", 5, None),
        ("Udvalget godkendte herefter indstillingen.", None, None),
        ("Kommunalbestyrelsen vedtog dermed indstillingen.", None, None),
        ("Herefter godkendte et flertal indstillingen.", None, None),
        ("Derefter anbefalede et enigt udvalg indstillingen over for Økonomiudvalget.", None, True),
        ("Endelig tiltrådte udvalget indstillingen", None, None),
    ],
)
def test_the_recommendation_approved_after_an_amendment_is_its_own_row(sentence, votes_for, unanimous):
    rows = _rows("Beslutning:\n" + AMENDMENT + sentence + "\n")
    assert rows[0][:2] == ("Udvalget beslutter, at der etableres 40 km/t-zone på hele Østergade", "rejected")
    assert rows[1:] == [("indstillingen", "adopted", votes_for, unanimous)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Herefter godkendte et flertal indstillingen.",
        "Et flertal på 6 medlemmer godkendte indstillingen.",
        "Udvalget godkendte herefter indstillingen.",
    ],
)
def test_alone_the_sentence_is_the_cases_one_decision_without_its_adverb(sentence):
    (row,) = votes(HEAD + "Beslutning:\n" + sentence + "\n", "da")
    assert row.outcome == "adopted" and "herefter" not in (row.subject or "").lower()


@pytest.mark.parametrize(
    "sentence",
    [
        "Et forslag om en vejbump faldt, idet et flertal på 17 stemte imod.",
        "Herefter foreslog Venstre, at sagen udsættes.",
    ],
)
def test_look_alikes_adopt_nothing(sentence):
    rows = _rows("Beslutning:\n" + sentence + "\n")
    assert all(outcome != "adopted" or subject != "indstillingen" for subject, outcome, _, _ in rows)
