"""A protocol's head lines name its meeting: the body and date there hold for decisions no header dates."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADS = [
    ("da", "SKANDERBORG KOMMUNE – ØKONOMIUDVALGET\n\nReferat fra mødet 4. marts 2024\n\n"
           "Pkt. 31 Anlægsbevilling til ny hal i Ry\nBeslutning: Anbefales godkendt.",
     "Økonomiudvalget", "2024-03-04"),
    ("da", "Byrådet, Horsens Kommune\nReferat fra ordinært møde tirsdag 10. september 2024, kl. 19.00, Rådhuset\n\n"
           "Pkt. 112 Salg af byggegrund på Kildevej\nBeslutning: Godkendt.",
     "Byrådet", "2024-09-10"),
    ("da", "Hedensted Kommune · Kommunalbestyrelsen · Referat · 27-11-2024\n\n"
           "88. Takster for 2025\nBeslutning: Godkendt med 19 stemmer for og 6 imod.",
     "Kommunalbestyrelsen", "2024-11-27"),
    ("nb", "GJERDRUM KOMMUNE – FORMANNSKAPET\n\nSaksprotokoller fra møtet 6. juni 2024\n\n"
           "Sak 41/24 Kjøp av tomt ved Ask skole\nVedtak: Innstillingen ble enstemmig vedtatt.",
     "Formannskapet", "2024-06-06"),
    ("nb", "Kommunestyret i Nesodden\nMøteprotokoll 19.06.2024\n\n"
           "Sak 55/24 Budsjettjustering\nVedtak: Innstillingen ble vedtatt med 20 mot 7 stemmer.",
     "Kommunestyret", "2024-06-19"),
    ("nn", "Ulstein kommune – Kommunestyret\nMøteprotokoll frå møtet 12. desember 2023\n\n"
           "Sak 78/23 Økonomiplan 2024–2027\nVedtak: Samrøystes vedteke.",
     "Kommunestyret", "2023-12-12"),
    ("nn", "HERADSSTYRET I KVAM\nProtokoll 21.03.2024\n\n"
           "Sak 14/24 Skulebruksplan\nHeradsstyret sitt vedtak: Framlegget vart vedteke med 19 mot 12 røyster.",
     "Heradsstyret", "2024-03-21"),
    ("nl", "Besluitenlijst van de openbare vergadering van de gemeenteraad van Oss, gehouden op 7 november 2024\n\n"
           "Agendapunt 6 Verordening parkeerbelastingen\nBesluit: Het raadsvoorstel wordt unaniem aangenomen.",
     "gemeenteraad", "2024-11-07"),
]


@pytest.mark.parametrize(("language", "text", "body", "date"), HEADS, ids=[f"{h[0]}-{i}" for i, h in enumerate(HEADS)])
def test_the_head_lines_give_body_and_date_to_a_decision_no_header_dates(language, text, body, date):
    rows = votes(text, language)
    assert rows, "the decision gives a row"
    assert {(r.body.lower(), r.meeting_date) for r in rows} == {(body.lower(), date)}


def test_a_meeting_header_further_down_wins_over_the_head():
    text = ("Byrådet, Horsens Kommune\nReferat 10. september 2024\n\n"
            "Økonomiudvalget den 2. september 2024\nPkt. 5 Budget\nBeslutning: Anbefales godkendt.")
    rows = votes(text, "da")
    assert [(r.body, r.meeting_date) for r in rows] == [("Økonomiudvalget", "2024-09-02")]


def test_a_strategy_with_a_date_in_its_head_still_gives_no_row():
    text = ("Klimastrategi 2024–2030\nVedtaget af Byrådet 12. marts 2024\n\n"
            "Strategien blev vedtaget af byrådet i 2019 og er nu revideret.\nVi vil halvere udledningerne.")
    assert votes(text, "da") == []
