"""Danish texts that quote decisions without taking one: background sections and follow-up trackers.

A case's background ("Sagsfremstilling", "Baggrund", "Økonomi", "Høring") retells earlier decisions,
counts included; a plan tracker's "Status:" / "Kommentar:" fields report approvals. Neither gives a
row; the item's own decision block below them still does.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = "Byrådet - Referat\n\nMødedato: 28-05-2024\n\n"


def _rows(text: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in votes(MEETING + text, "da")]


@pytest.mark.parametrize(
    "background",
    [
        "Sagsfremstilling\nPlanen blev vedtaget med 15 stemmer mod 10, og arbejdet er nu gået i gang.",
        "Baggrund\nByrådet godkendte strategien på sit møde i efteråret. Forslaget fra V blev forkastet.",
        "Sagens baggrund:\nFor stemte 17 (A, F og Ø). Imod stemte 8 (V og O). Rammen er siden udmøntet.",
        "Økonomi\nAnlægsbevillingen er godkendt, og midlerne er frigivet.",
        "Høring\nForslaget har været i høring, og Ældrerådet har anbefalet det enstemmigt.",
        "Tidligere beslutninger\nIndstillingen blev tiltrådt af Økonomiudvalget med 6 stemmer for og 3 imod.",
    ],
)
def test_a_background_section_gives_no_row_and_the_decision_below_it_does(background):
    text = f"41. Udbygning af Østre Skole\n\n{background}\n\nBeslutning\nGodkendt.\n"
    assert _rows(text) == [("41", "adopted", None, None)]


@pytest.mark.parametrize(
    "background",
    [
        "Sagsfremstilling\nProjektet blev godkendt med 19 stemmer mod 6.",
        "Baggrund\nTidligere forslag om en ny hal blev forkastet.",
        "Resumé\nRammeaftalen er tiltrådt af alle kommuner i regionen.",
        "Beskrivelse\nLokalplanen blev vedtaget endeligt.",
        "Vurdering\nDet er forvaltningens vurdering, at tilbuddet bør godkendes.",
    ],
)
def test_an_item_with_only_background_and_no_decision_gives_no_row(background):
    assert _rows(f"42. Orientering om hallen\n\n{background}\n") == []


@pytest.mark.parametrize(
    "tracker",
    [
        "Ansvarlig: Teknik og Miljø\nStatus: Godkendt af Byrådet\nTidsplan: 2024-2025",
        "Status: Vedtaget\nKommentar: Planen er vedtaget og sendt i offentlig høring.\nAnsvarlig: Plan",
        "Handling 3.2 Grønne tage\nAnsvarlig: Ejendomme\nStatus: Anbefalet af udvalget, afventer\nFrist: Q4 2024",
        "Kommentar: Indstillingen blev tiltrådt i marts.\nStatus: Igangsat\nNæste skridt: udbud",
        "Status: Taget til efterretning af Økonomiudvalget\nOpfølgning: ny status i efteråret\nAnsvarlig: Økonomi",
    ],
)
def test_a_follow_up_trackers_fields_give_no_row(tracker):
    assert _rows(f"43. Opfølgning på klimahandleplanen\n\n{tracker}\n") == []


def test_a_single_status_line_without_other_tracker_fields_is_still_read():
    rows = _rows("44. Takster for 2025\n\nBeslutning\nStatus: Taksterne blev godkendt med 20 stemmer mod 5.\n")
    assert rows == [("44", "adopted", 20, 5)]


def test_a_decision_block_after_a_tracker_is_still_a_row():
    text = (
        "45. Opfølgning på handleplanen\n\nAnsvarlig: Kultur\nStatus: Godkendt\nTidsplan: 2025\n\n"
        "Beslutning\nOrienteringen blev taget til efterretning.\n"
    )
    assert _rows(text) == [("45", "noted", None, None)]


@pytest.mark.parametrize(
    "table",
    [
        "Indsats | Ansvarlig | Status | Kommentar\nNye boliger | Plan | Godkendt | Lokalplanen er vedtaget",
        "Handling\tStatus\tTidsplan\nCykelsti langs åen\tAnlægsbevilling godkendt\t2025",
        "Nr. | Tiltag | Status | Frist\n1.2 | Grønne tage | Anbefalet | 2024\n1.3 | Solceller | Vedtaget | 2025",
        "Projekt | Kommentar | Ansvar\nNy skole | Byrådet godkendte projektet | Børn og Unge",
        "Mål | Status | Opfølgning\nFlere praktikpladser | Forslaget blev forkastet | Ny sag i efteråret",
    ],
)
def test_a_tracker_table_with_status_columns_gives_no_row(table):
    rows = _rows(f"46. Status på handleplanen\n\n{table}\n\nBeslutning\nTaget til efterretning.\n")
    assert rows == [("46", "noted", None, None)]


def test_a_vote_table_without_tracker_columns_is_still_read():
    rows = _rows("47. Budget\n\nBeslutning\nParti | For | Imod\nIndstillingen blev godkendt med 18 stemmer mod 9.\n")
    assert rows == [("47", "adopted", 18, 9)]


@pytest.mark.parametrize(
    "agenda",
    [
        "1. Godkendelse af dagsorden\n\n2. Kvalitetsstandarder\n\nIndstilling\nForvaltningen indstiller, at "
        "standarderne godkendes.\n\nBeslutning\n",
        "Indholdsfortegnelse\n1. Godkendelse af dagsorden\n2. Kvalitetsstandarder - godkendelse\n"
        "3. Budgetopfølgning - til efterretning\n4. Eventuelt\n",
        "3. Orientering om budget\n\nIndstilling\nForvaltningen indstiller, at orienteringen tages til efterretning.\n",
        "5. Meddelelser\n\nBeslutning\nIngen.\n\n6. Eventuelt\n\nBeslutning\nIntet.\n",
        "7. Lokalplan\n\nIndstilling\nDirektionen indstiller, at forslaget vedtages og sendes i høring i 8 uger.\n",
    ],
)
def test_an_agenda_without_decisions_gives_no_row(agenda):
    assert _rows(agenda) == []


@pytest.mark.parametrize(
    "proposal",
    [
        "Indstilling: Direktionen indstiller, at orienteringen tages til efterretning.",
        "Forslag til beslutning: Forvaltningen foreslår, at planen godkendes og oversendes til Byrådet.",
        "Forvaltningens indstilling: At rammen på 4 mio. kr. anbefales godkendt.",
        "Indstillingen: Sagen oversendes til Økonomiudvalget.",
        "Administrationens indstilling: Forslaget vedtages endeligt.",
    ],
)
def test_a_recommendation_on_its_labels_line_is_no_decision(proposal):
    assert _rows(f"49. Ny plan\n\n{proposal}\n") == []


def test_a_decision_below_a_recommendation_on_its_labels_line_is_about_the_recommendation():
    rows = votes(
        MEETING + "50. Ny plan\n\nIndstilling: Direktionen indstiller, at planen tages til efterretning.\n\n"
        "Beslutning: Godkendt.\n",
        "da",
    )
    assert [(r.outcome, r.subject) for r in rows] == [("noted", "at planen tages til efterretning.")]


@pytest.mark.parametrize(
    "decision",
    [
        "Beslutning 28-05-2024\nGodkendt.",
        "Beslutning den 28. maj 2024:\nGodkendt.",
        "Protokol\nGodkendt.",
        "Udvalgets bemærkninger:\nGodkendt.",
        "Godkendt.",
    ],
)
def test_a_background_section_ends_at_the_next_label_or_heading_whatever_it_says(decision):
    text = (
        "52. Ny plan\n\nSagsfremstilling\nDer er udarbejdet et forslag til en ny plan, som skal behandles i udvalget "
        "og derefter i Byrådet, og forslaget beskrives nærmere i bilaget.\n\n" + decision + "\n"
    )
    assert _rows(text) == [("52", "adopted", None, None)]


@pytest.mark.parametrize(
    "proposal",
    [
        "Staben foreslår, at Byrådet godkender anlægsregnskabet.",
        "Forvaltningen anbefaler, at udvalget godkender planen og anbefaler den over for Byrådet.",
        "Det foreslås, at Kommunalbestyrelsen tiltræder aftalen.",
        "Administrationen indstiller, at Økonomiudvalget anbefaler budgettet.",
        "Sekretariatet foreslår, at Udvalget godkender mødeplanen og tiltræder takstbladet.",
    ],
)
def test_a_body_approving_inside_a_proposal_sentence_is_no_decision(proposal):
    rows = _rows(f"53. Anlægsregnskab\n\n{proposal}\n\nBeslutning\nUdsat.\n")
    assert rows == [("53", "postponed", None, None)]
