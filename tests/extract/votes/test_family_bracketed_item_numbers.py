"""An agenda portal's export frames each item's number in brackets ("[41] Title", "[Punkt 7]  Title",
"[PS 12/26] Title") over the item's field block ("Sagsnr.:", "Indstilling:", "Beslutning ..."): the brackets set
the number off as a rule or a full stop does, so the line opens its case and each decision takes its item's number
and title.

Look-alikes: a bracketed source note in a strategy ("[2] Kilde: ...") opens no case and gives no row; a bracket
inside a sentence is no header.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

DA = [
    (
        "Portaludskrift · Testby Kommune\nUdvalg: Børne- og Ungeudvalget\nMøde: 03-03-2026 15:00\n"
        "----------------------------------------\n"
        "[31] Godkendelse af dagsorden\nBeslutning: Godkendt.\n"
        "----------------------------------------\n"
        "[32] Ny skolestruktur i Nordbyen\nSagsnr.: 17.00.00-A00-3-25\nBeslutning: Godkendt med 6 stemmer mod 1.\n"
        "----------------------------------------\n"
        "[33] Status på dagtilbudsplanen\nBeslutning: Taget til efterretning.\n"
    ),
    (
        "Eksport fra dagsordenportalen\nUdvalg: Børne- og Ungeudvalget\nMødedato: 03-03-2026 (tirsdag) 15:00\n\n"
        "[Punkt 31]  Godkendelse af dagsorden\nÅben/lukket: Åben\nBeslutning: Godkendt.\n\n"
        "[Punkt 32]  Ny skolestruktur i Nordbyen\nÅben/lukket: Åben\nBeslutning: Godkendt med 6 stemmer mod 1.\n\n"
        "[Punkt 33]  Status på dagtilbudsplanen\nÅben/lukket: Åben\nBeslutning: Taget til efterretning.\n"
    ),
    (
        "Børne- og Ungeudvalget\nReferat af mødet den 3. marts 2026\n###\n"
        "[Pkt. 31] Godkendelse af dagsorden\nBeslutning i Børne- og Ungeudvalget den 03-03-2026:\nGodkendt.\n###\n"
        "[Pkt. 32] Ny skolestruktur i Nordbyen\nBeslutning i Børne- og Ungeudvalget den 03-03-2026:\n"
        "Godkendt med 6 stemmer mod 1.\n###\n"
        "[Pkt. 33] Status på dagtilbudsplanen\nBeslutning i Børne- og Ungeudvalget den 03-03-2026:\n"
        "Taget til efterretning.\n"
    ),
    (
        "Børne- og Ungeudvalget - 03-03-2026\n\n"
        "[Sag 31] Godkendelse af dagsorden\nAfgørelse: Godkendt.\n\n"
        "[Sag 32] Ny skolestruktur i Nordbyen\nAfgørelse: Godkendt med 6 stemmer mod 1.\n\n"
        "[Sag 33] Status på dagtilbudsplanen\nAfgørelse: Taget til efterretning.\n"
    ),
]


@pytest.mark.parametrize("text", DA)
def test_each_bracketed_item_decides_its_own_case(text: str) -> None:
    assert [r[:5] for r in vote_cells(text, "da")] == [
        ("31", "Godkendelse af dagsorden", "adopted", None, None),
        ("32", "Ny skolestruktur i Nordbyen", "adopted", 6, 1),
        ("33", "Status på dagtilbudsplanen", "noted", None, None),
    ]


def test_a_bracketed_item_after_its_table_of_contents_keeps_its_own_number() -> None:
    text = (
        "Udvalg: Kommunalbestyrelsen\nMødedato: 18-02-2026 (onsdag) 19:00\n\nINDHOLDSFORTEGNELSE\n"
        "  12. Godkendelse af dagsorden\n  13. Salg af byggegrund på Møllevej\n  14. Lukket punkt: Ejendomssag\n"
        "###\n[12] Godkendelse af dagsorden\nBeslutning i Kommunalbestyrelsen den 18-02-2026:\nGodkendt.\n###\n"
        "[13] Salg af byggegrund på Møllevej\nBeslutning i Kommunalbestyrelsen den 18-02-2026:\n"
        "Godkendt med 19 stemmer mod 4.\n###\n"
    )
    assert [r[:5] for r in vote_cells(text, "da")] == [
        ("12", "Godkendelse af dagsorden", "adopted", None, None),
        ("13", "Salg af byggegrund på Møllevej", "adopted", 19, 4),
    ]


def test_bracketed_case_numbers_in_a_norwegian_export() -> None:
    text = (
        "Utval: Formannskapet\nMøtedato: 10.03.2026\n\n"
        "[PS 14/26] Godkjenning av innkalling og saksliste\nVedtak: Innkalling og saksliste godkjent.\n\n"
        "[PS 15/26] Tilskot til lag og foreiningar 2026\nVedtak: Innstillinga vart samrøystes vedteken.\n"
    )
    assert [r[0] for r in vote_cells(text, "nn")] == ["14/26", "15/26"]


def test_bracketed_source_notes_open_no_case() -> None:
    text = (
        "Klimastrategi 2030 for Testby Kommune\n\nKommunen vil halvere udledningen inden 2030 [1].\n\n"
        "[1] Kilde: Energistyrelsens opgørelse 2024\n[2] Kilde: Kommunens klimaregnskab\n"
        "[3] Kilde: Regionens trafikmodel\n"
    )
    assert vote_cells(text, "da") == []
