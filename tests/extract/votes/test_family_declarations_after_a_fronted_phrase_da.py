"""A Danish protocol may put a member's proposal forward with a phrase fronted and the verb before the member
("Inden afstemningen stillede Lone Berg (Ø) følgende ændringsforslag:", "Under behandlingen fremsatte Per Holm
Nielsen (V) følgende forslag:"), or with a field label before the member ("Behandling: Knud Holm (A) stillede
forslag om:"), or a party's member "v/" and a bare colon ("Enhedslisten v/ Lis Berg (Ø) foreslår:"), the
proposal's words quoted on the line below and its vote after them
("Ændringsforslaget blev forkastet ..."). The vote is that member's proposal: its quoted words are the subject and
the member moved it, as when the member opens the line. Pattern: models/votes/da.json `proposal_declarations`.
Look-alikes: the member opening the line is read as before; a recommendation's vote below keeps its own label. All
texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\n\nMødedato: 12. marts 2026\n\n42. Ny svømmehal i Kalvehave\n\n"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.proposer, r.proposer_party) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Inden afstemningen stillede Lone Berg (Ø) følgende ændringsforslag:\n"Sagen udsættes til efteråret."\n'
            "Ændringsforslaget blev forkastet med 4 stemmer for (Ø) og 21 stemmer imod.\n",
            ("Sagen udsættes til efteråret", "rejected", "Lone Berg", "Ø"),
        ),
        (
            'Under behandlingen fremsatte Per Holm Nielsen (V) følgende forslag:\n"Anlægget placeres ved hallen."\n'
            "Forslaget blev forkastet med 8 stemmer for og 17 imod.\n",
            ("Anlægget placeres ved hallen", "rejected", "Per Holm Nielsen", "V"),
        ),
        (
            "Forud for afstemningen stillede Anna Lind (C) følgende tillægsforslag:\n"
            '"Der udarbejdes en evaluering i 2027."\nTillægsforslaget blev godkendt enstemmigt.\n',
            ("Der udarbejdes en evaluering i 2027", "adopted", "Anna Lind", "C"),
        ),
        (
            'På mødet stillede Jonas Dahl (F) følgende ændringsforslag:\n"Taksten nedsættes med 5 procent."\n'
            "Ændringsforslaget faldt med 3 stemmer for og 22 imod.\n",
            ("Taksten nedsættes med 5 procent", "rejected", "Jonas Dahl", "F"),
        ),
        (
            'Behandling: Knud Holm (A) stillede forslag om:\n"Sagen sendes tilbage til udvalget."\n'
            "Forslaget blev vedtaget med 9 stemmer mod 8.\n",
            ("Sagen sendes tilbage til udvalget", "adopted", "Knud Holm", "A"),
        ),
        (
            'Drøftelse på mødet: Eva Lund (V) fremsatte følgende ændringsforslag:\n"Beløbet hæves til 2 mio. kr."\n'
            "Ændringsforslaget faldt med 8 stemmer mod 17.\n",
            ("Beløbet hæves til 2 mio. kr", "rejected", "Eva Lund", "V"),
        ),
        (
            'Enhedslisten v/ Lis Berg (Ø) foreslår:\n"P-afgiften fjernes i midtbyen."\n\nBeslutning\n'
            "Forslaget blev forkastet med 8 stemmer mod 17.\n",
            ("P-afgiften fjernes i midtbyen", "rejected", "Lis Berg", "Ø"),
        ),
        (
            'Radikale Venstre v/ Eva Dahl (B) foreslog følgende:\n"Der indføres gratis bus for pensionister."\n'
            "Forslaget blev forkastet med 2 stemmer for og 19 imod.\n",
            ("Der indføres gratis bus for pensionister", "rejected", "Eva Dahl", "B"),
        ),
        (  # look-alike: the member opening the line, as before
            'Lone Berg (Ø) stillede følgende ændringsforslag:\n"Sagen udsættes til efteråret."\n'
            "Ændringsforslaget blev forkastet med 4 stemmer for (Ø) og 21 stemmer imod.\n",
            ("Sagen udsættes til efteråret", "rejected", "Lone Berg", "Ø"),
        ),
    ],
)
def test_the_fronted_declaration_names_the_proposal_and_its_mover(body: str, expected: tuple) -> None:
    assert _rows(body)[0] == expected


def test_the_recommendation_below_keeps_its_label() -> None:
    body = (
        'Inden afstemningen stillede Lone Berg (Ø) følgende ændringsforslag:\n"Sagen udsættes til efteråret."\n'
        "Ændringsforslaget blev forkastet med 4 stemmer for (Ø) og 21 stemmer imod.\n\n"
        "Herefter blev Økonomiudvalgets indstilling godkendt med 21 stemmer for mod 4 stemmer (Ø 4).\n"
    )
    assert _rows(body)[1][:3] == ("Økonomiudvalgets indstilling", "adopted", None)
