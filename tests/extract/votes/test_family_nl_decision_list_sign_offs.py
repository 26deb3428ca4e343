"""A decision list's publication notice and the minutes' approval at a later meeting ("Deze besluitenlijst
wordt gepubliceerd ...", "De notulen worden goedgekeurd in de volgende zitting") sign the record off: run on
under a closed item's pointer ("Besluit: zie afzonderlijke notulen."), they are no decision of that item."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract

HEAD = (
    "Gemeente Lommel-Zuid\nBESLUITENLIJST GEMEENTERAAD\nZitting van dinsdag 19 mei 2026\n\n"
    "1.  2026_GR_00101 - Jaarrekening 2025\n"
    "    Besluit: goedgekeurd met 15 stemmen voor en 8 stemmen tegen.\n\n"
    "2.  2026_GR_00102 - Vaststelling van het reglement voor de speelpleinwerking\n"
    "    Besluit: zie afzonderlijke notulen.\n\n"
)


def votes(text: str) -> list[VoteRow]:
    return extract(document_from_text(text, language="nl", municipality="Lommel-Zuid"))


@pytest.mark.parametrize(
    "footer",
    [
        "Deze besluitenlijst wordt bekendgemaakt overeenkomstig artikel 285 van het\n"
        "Decreet over het lokaal bestuur. De volledige notulen worden ter goedkeuring\n"
        "voorgelegd aan de volgende zitting.\n",
        "Deze besluitenlijst wordt gepubliceerd conform het decreet lokaal bestuur.\n",
        "De besluiten worden binnen tien dagen op de gemeentelijke website bekendgemaakt.\n",
        "De notulen worden goedgekeurd in de eerstvolgende zitting van de gemeenteraad.\n",
        "Deze lijst werd op 22 mei 2026 openbaar gemaakt op de webtoepassing van de gemeente.\n",
        "Vastgesteld in de openbare vergadering van 16 juni 2026.\nDe griffier, De voorzitter,\n",
    ],
)
def test_sign_off_under_a_closed_item_gives_no_row(footer: str) -> None:
    rows = votes(HEAD + footer)
    assert [(r.case_number, r.outcome) for r in rows] == [("1", "adopted")], rows


def test_item_deciding_the_notulen_is_still_a_row() -> None:
    rows = votes(
        HEAD.split("2.  ")[0] + "2.  2026_GR_00102 - Goedkeuring notulen vorige zitting\n"
        "    Besluit: de notulen worden goedgekeurd met 20 stemmen voor en 3 onthoudingen.\n"
    )
    assert [(r.case_number, r.outcome) for r in rows] == [("1", "adopted"), ("2", "adopted")], rows


def test_publication_item_decided_by_the_council_is_still_a_row() -> None:
    rows = votes(
        HEAD.split("2.  ")[0] + "2.  2026_GR_00102 - Reglement op de bekendmaking van besluiten\n"
        "    Besluit: de gemeenteraad keurt het reglement goed met 18 stemmen voor en 5 tegen.\n"
    )
    assert [(r.case_number, r.outcome) for r in rows] == [("1", "adopted"), ("2", "adopted")], rows
