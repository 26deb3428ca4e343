"""Family 7 for Danish and Norwegian: meeting dates, bodies and case numbers in the forms protocols write them."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CONTEXTS = [
    (
        "da",
        "Byrådets møde den 27. januar 2020\n\nPunkt 86 Lokalplan for Havnen\n\nBeslutning\nGodkendt.\n",
        ("Byrådet", "2020-01-27", "86"),
    ),
    (
        "da",
        "Kommunalbestyrelsen\nMødedato 12-03-2021\n\nPkt. 23 Takstblad 2021\n\nBeslutning\nGodkendt.\n",
        ("Kommunalbestyrelsen", "2021-03-12", "23"),
    ),
    (
        "da",
        "Økonomiudvalget - Referat\nDato: 17.06.2025 kl. 09:00\n\n5. Budgetopfølgning\n\nBeslutning\nGodkendt.\n",
        ("Økonomiudvalget", "2025-06-17", "5"),
    ),
    (
        "da",
        "Referat\nBorgerrepræsentationen\ntorsdag den 5. september 2024 kl. 17.30\n\n12. Forslag om ny skole\n\n"
        "Beslutning\nForslaget blev vedtaget.\n",
        ("Borgerrepræsentationen", "2024-09-05", "12"),
    ),
    (
        "da",
        "Teknik- og Miljøudvalget\nMødedato: 4. marts 2024\n\nSag nr. 7 Vejplan\n\nBeslutning\nGodkendt.\n",
        ("Teknik- og Miljøudvalget", "2024-03-04", "7"),
    ),
    (
        "nb",
        "Bystyret\nMøtedato: 14.11.2023\n\nSak 112/2023 Kommuneplanens arealdel\n\nVedtak:\nPlanen ble vedtatt.\n",
        ("Bystyret", "2023-11-14", "112/2023"),
    ),
    (
        "nb",
        "Formannskapet\nDato: 17.06.2025 kl. 09:00\n\nPS 41/24 Budsjettregulering\n\nInnstillingen ble vedtatt.\n",
        ("Formannskapet", "2025-06-17", "41/24"),
    ),
    (
        "nb",
        "Kommunestyret - møtebok\nMøtedato: 5. mars 2024\n\nSaknr. 12/24 Ny skolestruktur\n\n"
        "Kommunestyrets vedtak:\nNy skolestruktur vedtas.\n",
        ("Kommunestyret", "2024-03-05", "12/24"),
    ),
    (
        "nb",
        "Fylkestinget\nMøtedato: 03.04.24\n\nPS 7/24 Regional plan\n\nVedtak:\nPlanen godkjennes.\n",
        ("Fylkestinget", "2024-04-03", "7/24"),
    ),
    (
        "nb",
        "Bystyret\nMøtedato: 14.11.2023\n\nSak 113/23 Referatsaker\n\nVedtak:\nReferatsakene tas til orientering.\n",
        ("Bystyret", "2023-11-14", "113/23"),
    ),
    (
        "nn",
        "Kommunestyret\nMøtedato: 12.12.2024\n\nPS 80/24 Budsjett 2025\n\n"
        "Vedtak:\nBudsjettet vart samrøystes vedteke.\n",
        ("Kommunestyret", "2024-12-12", "80/24"),
    ),
    (
        "nn",
        "Heradsstyret - møtebok\nMøtedato: 3. september 2024\n\nSak 55/24 Trafikktryggingsplan\n\n"
        "Vedtak:\nPlanen vert godkjend.\n",
        ("Heradsstyret", "2024-09-03", "55/24"),
    ),
    (
        "nn",
        "Formannskapet\nDato: 01.10.2024 kl. 10:00\n\nPS 9/24 Tilskot til lag og organisasjonar\n\n"
        "Innstillinga vart vedteken.\n",
        ("Formannskapet", "2024-10-01", "9/24"),
    ),
    (
        "nn",
        "Kommunestyret\nMøtedato: 24.06.25\n\nSaknr. 31/25 Årsmelding\n\n"
        "Vedtak:\nÅrsmeldinga vert teken til vitande.\n",
        ("Kommunestyret", "2025-06-24", "31/25"),
    ),
    (
        "nn",
        "Kontrollutvalet\nMøtedato: 10.03.2025\n\nSak 4/25 Forvaltningsrevisjon\n\n"
        "Vedtak:\nRapporten vart samrøystes vedteken.\n",
        ("Kontrollutvalet", "2025-03-10", "4/25"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CONTEXTS)
def test_body_date_and_case_number_reach_the_decision(language, text, expected):
    (row,) = votes(text, language)
    assert (row.body, row.meeting_date, row.case_number) == expected


@pytest.mark.parametrize(
    ("head", "body", "date", "case"),
    [
        (
            "Referat fra Kommunalbestyrelsens møde 14.11.2023\n\n112. Salg af grunde",
            "Kommunalbestyrelsen",
            "2023-11-14",
            "112",
        ),
        (
            "Teknik- og Miljøudvalget\n\nReferat fra mødet den 4. september 2023\n\nSag nr. 7: Vejbelysning",
            "Teknik- og Miljøudvalget",
            "2023-09-04",
            "7",
        ),
        (
            "Borgerrepræsentationen\n\nMødedato: 31. oktober 2024\n\n5. Kommuneplantillæg for havnen (2024-0012345)",
            "Borgerrepræsentationen",
            "2024-10-31",
            "5",
        ),
        (
            "Beslutningsprotokol\nØkonomiudvalget\nTirsdag den 9. april 2024 kl. 16.00\n\nPkt. 23 Ny hal",
            "Økonomiudvalget",
            "2024-04-09",
            "23",
        ),
        ("Protokol for Byrådets møde den 27. januar 2020\n\nPunkt 4 Ny hal", "Byrådet", "2020-01-27", "4"),
    ],
)
def test_danish_meeting_heads_and_item_headers_in_several_layouts(head, body, date, case):
    (row,) = votes(f"{head}\n\nBeslutning\nGodkendt.\n", "da")
    assert (row.body, row.meeting_date, row.case_number) == (body, date, case)


@pytest.mark.parametrize(
    "header",
    [
        "Sag 7 - Lokalplan 112 for Vestbyen",
        "Sag nr. 7 - Lokalplan 112 for Vestbyen",
        "Punkt 7 - Lokalplan 112 for Vestbyen",
        "Åbent punkt 7: Lokalplan 112 for Vestbyen",
        "7. (Åben) Lokalplan 112 for Vestbyen",
        "Pkt. 7.  Lokalplan 112 for Vestbyen",
    ],
)
def test_danish_item_headers_with_dashes_and_open_or_closed_marks(header):
    (row,) = votes(f"Byrådet\n\nMødedato: 27. januar 2020\n\n{header}\n\nBeslutning\nGodkendt.\n", "da")
    assert (row.case_number, row.subject) == ("7", "Lokalplan 112 for Vestbyen")


def test_danish_a_sentence_opening_with_sag_and_a_number_is_no_item_header():
    rows = votes("Byrådet\n\nMødedato: 27. januar 2020\n\n8. Budget\n\nBeslutning\nSag 12 blev udsat.\n", "da")
    assert [(r.case_number, r.outcome) for r in rows] == [("8", "postponed")]
