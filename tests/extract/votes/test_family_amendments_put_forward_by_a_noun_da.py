"""A Danish amendment put forward by a noun phrase ("Venstre stillede ændringsforslag om nedsættelse af
dækningsafgiften.") and then voted as "Ændringsforslaget" is voted on as that sentence, the only words the amendment
has, as one put forward with "om, at ..." is (test_family_amendments_put_forward_da).

Without it, the row's subject was the bare reference "Ændringsforslaget".

Look-alike: a proposal that is not an amendment ("Borgmesteren stillede forslag om udsættelse af sagen.") is not
read as one; the recommendation voted after the amendment keeps its own name.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Kommunalbestyrelsen\nReferat\nMødedato: 30.09.2026\n\nAd 113  Budget 2027-2030, 2. behandling\n"
    "Økonomiudvalgets indstilling: at budgetforliget mellem A, F og C vedtages.\n"
)


@pytest.mark.parametrize(
    ("votes_text", "sentence", "outcome"),
    [
        (
            "Venstre stillede ændringsforslag om nedsættelse af dækningsafgiften.\n"
            "Ændringsforslaget blev forkastet med 4 stemmer for (V) og 17 imod\n(A 11, F 3, C 2, Ø 1).\n",
            "Venstre stillede ændringsforslag om nedsættelse af dækningsafgiften",
            "rejected",
        ),
        (
            "Dansk Folkeparti fremsatte et ændringsforslag om en pulje til skolebibliotekerne. Ændringsforslaget"
            " blev forkastet med 3 stemmer for og 24 imod.\n",
            "Dansk Folkeparti fremsatte et ændringsforslag om en pulje til skolebibliotekerne",
            "rejected",
        ),
        (
            "Mette Kure (F) stillede tillægsforslag om forlængelse af høringsperioden.\n"
            "Tillægsforslaget blev vedtaget med 15 stemmer mod 12.\n",
            "Mette Kure (F) stillede tillægsforslag om forlængelse af høringsperioden",
            "adopted",
        ),
        (
            "Det Konservative Folkeparti fremlagde ændringsforslag om lavere takster for pensionister.\n"
            "Ændringsforslaget blev forkastet med 2 stemmer for og 25 imod.\n",
            "Det Konservative Folkeparti fremlagde ændringsforslag om lavere takster for pensionister",
            "rejected",
        ),
        (
            "SF fremkom med ændringsforslag om gratis frokost i børnehaverne.\n"
            "Ændringsforslaget blev forkastet med 2 stemmer for (SF) og 23 imod.\n",
            "SF fremkom med ændringsforslag om gratis frokost i børnehaverne",
            "rejected",
        ),
    ],
)
def test_an_amendment_put_forward_by_a_noun_is_voted_as_its_sentence(
    votes_text: str, sentence: str, outcome: str
) -> None:
    rows = votes(HEAD + votes_text + "Økonomiudvalgets indstilling blev herefter godkendt med 16 stemmer for.\n", "da")
    assert [(r.subject, r.outcome) for r in rows][0] == (sentence, outcome)
    assert rows[-1].subject != sentence


def test_a_proposal_that_is_no_amendment_is_not_read_as_one() -> None:
    text = HEAD + "Borgmesteren stillede forslag om udsættelse af sagen.\nForslaget blev vedtaget enstemmigt.\n"
    assert "Borgmesteren stillede forslag om udsættelse af sagen" not in [r.subject for r in votes(text, "da")]
