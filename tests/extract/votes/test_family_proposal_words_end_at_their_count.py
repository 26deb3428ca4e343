"""A proposal whose words follow its heading on the same line ("Ændringsforslag fra Kasper Holm (F):
Byggehøjden reduceres til højst 2 etager.") may have its vote written on in the same paragraph ("For
ændringsforslaget stemte 5 (F, Ø), imod stemte 20. Ændringsforslaget / blev forkastet."): the proposal's words
end where its vote is counted, so the vote and the outcome below are read, and the recommendation voted after
it keeps its own row.
Look-alikes: a proposal whose words hold a number but no vote keeps them whole, and an outcome phrase inside
the words ("Sagen udsættes til næste møde.") is what the proposal says, not a decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Byrådet\nMødedato: 29. juni 2026\n\n98. Lokalplan 412 for boliger ved Østergade\n\n"
    "Beslutning i Byrådet den 29. juni 2026\n"
)


def _rows(body: str) -> list[tuple[str | None, str, int | None]]:
    return [(r.subject, r.outcome, r.votes_against) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Ændringsforslag fra Kasper Holm (F): Byggehøjden reduceres til højst 2 etager.\n"
            "For ændringsforslaget stemte 5 (F, Ø), imod stemte 20. Ændringsforslaget\nblev forkastet.\n",
            "Byggehøjden reduceres til højst 2 etager",
        ),
        (
            "Ændringsforslag fra Enhedslisten (Ø): Andelen af almene boliger hæves til 30 procent.\n"
            "For stemte 3 (Ø), imod stemte 22. Ændringsforslaget blev forkastet.\n",
            "Andelen af almene boliger hæves til 30 procent",
        ),
        (
            "Ændringsforslag fra Mette Lund (O): Parkeringsnormen fastholdes.\n"
            "For ændringsforslaget stemte 4 (O), imod stemte 21.\nÆndringsforslaget faldt.\n",
            "Parkeringsnormen fastholdes",
        ),
        (
            "Ændringsforslag fra Venstre (V): Grønne tage gøres frivillige. For ændringsforslaget stemte 8 (V),"
            " imod stemte 17. Ændringsforslaget\nbortfaldt.\n",
            "Grønne tage gøres frivillige",
        ),
        (
            "Ændringsforslag fra Jonas Friis (Ø): Stien langs åen bevares.\nFor ændringsforslaget stemte 2 (Ø),"
            " imod stemte 23. Ændringsforslaget blev\nforkastet.\n",
            "Stien langs åen bevares",
        ),
    ],
)
def test_an_amendment_counted_in_its_own_paragraph_is_a_row(body, subject):
    rows = _rows(body + "Indstillingen blev herefter godkendt med 20 stemmer for og 5 imod.\n")
    assert [(s, o) for s, o, _ in rows] == [(subject, "rejected"), ("Indstillingen", "adopted")]


def test_a_proposal_with_a_number_and_no_vote_keeps_its_words():
    body = "Ændringsforslag fra Kasper Holm (F): Byggehøjden reduceres til 2 etager og 40 boliger.\nForkastet.\n"
    assert [s for s, o, _ in _rows(body) if o == "rejected"] == ["Byggehøjden reduceres til 2 etager og 40 boliger"]


def test_an_outcome_phrase_in_the_proposals_words_is_no_decision():
    body = "Ændringsforslag fra Kasper Holm (F): Sagen udsættes til næste møde.\nÆndringsforslaget blev forkastet.\n"
    assert [o for _, o, _ in _rows(body)] == ["rejected"]
