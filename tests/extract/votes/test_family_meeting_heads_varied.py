"""A protocol's meeting date, however its head writes it (labelled, on the line below its label, in a header
table, with weekday or month abbreviated, ISO), holds for every row of a one-meeting protocol; a committee step
keeps its own date; a deadline in a decision or a next-meeting line never becomes the meeting's date."""

from __future__ import annotations

import pytest

from pipeline.extract.votes.dates import parse_date
from pipeline.extract.votes.lexicon import lexicon
from tests.extract.votes.helpers import votes

# the body line and a case with a decision after the head, per language
BODY = {"da": "Byrådet\n", "nb": "Kommunestyret\n", "nn": "Kommunestyret\n", "nl": "Gemeenteraad\n"}
CASE = {
    "da": "\n\n12. Budget 2027\nBeslutning: Godkendt med 19 stemmer for og 6 imod.\n",
    "nb": "\n\nPS 41/26 Budsjett 2027\nVedtak: Innstillingen ble vedtatt med 20 mot 7 stemmer.\n",
    "nn": "\n\nPS 41/26 Budsjett 2027\nVedtak: Innstillinga vart samrøystes vedteken.\n",
    "nl": "\n\nAgendapunt 7 Klimaatadaptatie\nBesluit: Het raadsvoorstel wordt unaniem aangenomen.\n",
}
SECOND = {
    "da": "\n\n13. Skolestruktur\nBeslutning: Godkendt.\n",
    "nb": "\n\nPS 42/26 Skolestruktur\nVedtak: Enstemmig vedtatt.\n",
    "nn": "\n\nPS 42/26 Skulestruktur\nVedtak: Samrøystes vedteke.\n",
    "nl": "\n\nAgendapunt 8 Begroting\nBesluit: Aangenomen.\n",
}

HEADS = [
    ("da", "Mødedato: 14.11.2025", "2025-11-14"),
    ("da", "Mødedato 14-11-2025 kl. 16:00", "2025-11-14"),
    ("da", "Dato: torsdag den 14. november 2025", "2025-11-14"),
    ("da", "Byrådets møde den 27. januar 2026", "2026-01-27"),
    ("da", "Referat af ordinært møde i Økonomiudvalget mandag 2. februar 2026", "2026-02-02"),
    ("da", "Mødedato: tors. 12. feb. 2026", "2026-02-12"),
    ("da", "Mødedato: 2026-03-12", "2026-03-12"),
    ("da", "Mødedato:\n12. marts 2026", "2026-03-12"),
    ("da", "Dato | Tid | Sted\n12.03.2026 | 16:00 | Rådhuset", "2026-03-12"),
    ("nb", "Møtedato: 14.11.2025", "2025-11-14"),
    ("nb", "Dato: 17.06.2025 kl. 09:00", "2025-06-17"),
    ("nb", "Møte i kommunestyret 12. mars 2026", "2026-03-12"),
    ("nb", "Tid: 12.03.2026 kl. 18:00", "2026-03-12"),
    ("nb", "Møtetid: 12.03.2026", "2026-03-12"),
    ("nb", "Møtedato: tor. 12. feb. 2026", "2026-02-12"),
    ("nb", "Møtedato:\n12.03.2026", "2026-03-12"),
    ("nb", "Møtested: Rådhuset\nMøtedato: 12. mars 2026\nTidspunkt: 18:00", "2026-03-12"),
    ("nn", "Møtedato 14.11.2025", "2025-11-14"),
    ("nn", "Møtestad og dato: Kommunehuset, 14.11.2025", "2025-11-14"),
    ("nn", "Møte i kommunestyret 12. mars 2026", "2026-03-12"),
    ("nn", "Møtedato: 2026-03-12", "2026-03-12"),
    ("nn", "Dato: 12. des. 2025", "2025-12-12"),
    ("nn", "Møtedato: tysdag 12. mars 2026", "2026-03-12"),
    ("nl", "vergadering van dinsdag 9 april 2024", "2024-04-09"),
    ("nl", "Datum: 9 april 2024", "2024-04-09"),
    ("nl", "Zitting van 23-04-2026", "2026-04-23"),
    ("nl", "Datum vergadering: 09-04-2026 19:30", "2026-04-09"),
    ("nl", "Raadsvergadering 9 april 2026", "2026-04-09"),
    ("nl", "Datum: di 9 apr 2026", "2026-04-09"),
    ("nl", "Datum:\n9 april 2026", "2026-04-09"),
    ("nl", "Datum | Tijd | Locatie\n09-04-2026 | 19:30 | Raadzaal", "2026-04-09"),
    ("nl", "Datum en tijd: donderdag 9 april 2026, 19.30 uur", "2026-04-09"),
    # a month abbreviated between hyphens, as some registries print a date
    ("da", "Mødedato: 12-feb-2026", "2026-02-12"),
    ("nb", "Møtedato: 12-MAR-2026 kl. 18:00", "2026-03-12"),
    ("nn", "Møtedato: 3-des-2025", "2025-12-03"),
    ("nl", "Datum: 9-apr-2026", "2026-04-09"),
]


@pytest.mark.parametrize(("language", "head", "date"), HEADS, ids=[f"{h[0]}-{i}" for i, h in enumerate(HEADS)])
def test_every_row_of_a_one_meeting_protocol_carries_the_heads_date(language, head, date):
    body, case = BODY[language], CASE[language]
    for text in (body + head + case + SECOND[language], head + "\n" + body + case):
        rows = votes(text, language)
        assert rows, "the decisions give rows"
        assert {r.meeting_date for r in rows} == {date}


NEXT_MEETINGS = [
    ("da", "Mødedato: 12. marts 2026", "Dato for næste møde: 09.04.2026", "2026-03-12"),
    ("da", "Mødedato: 12. marts 2026", "Næste møde: torsdag den 9. april 2026 kl. 16.00", "2026-03-12"),
    ("nb", "Møtedato: 12.03.2026", "Neste møte: torsdag 9. april 2026 kl. 18.00", "2026-03-12"),
    ("nn", "Møtedato: 12.03.2026", "Dato for neste møte: 09.04.2026", "2026-03-12"),
    ("nl", "Datum: 9 april 2026", "Volgende vergadering: 7 mei 2026", "2026-04-09"),
    ("nl", "Vergaderdatum: 9 april 2026", "Volgende raadsvergadering: donderdag 7 mei 2026", "2026-04-09"),
    ("nl", "Datum: 9 april 2026", "Datum volgende vergadering: 07-05-2026", "2026-04-09"),
    ("nl", "Datum: 9 april 2026", "Eerstvolgende zitting: 7 mei 2026", "2026-04-09"),
    ("nl", "Datum: 9 april 2026", "Volgende vergadering van 7 mei 2026", "2026-04-09"),
]


@pytest.mark.parametrize(("language", "head", "later", "date"), NEXT_MEETINGS,
                         ids=[f"{n[0]}-{i}" for i, n in enumerate(NEXT_MEETINGS)])
def test_a_next_meeting_line_does_not_date_the_meeting(language, head, later, date):
    body, case = BODY[language], CASE[language]
    for text in (body + head + "\n" + later + case, body + later + "\n" + head + case):
        assert {r.meeting_date for r in votes(text, language)} == {date}


DEADLINES = [
    ("da", "Mødedato: 12. marts 2026", " Administrationen skal senest 1. juni 2026 fremlægge en plan.", "2026-03-12"),
    ("nb", "Møtedato: 12.03.2026", " Rådmannen bes legge fram sak innen 1. juni 2026.", "2026-03-12"),
    ("nn", "Møtedato: 12.03.2026", " Frist for tiltaket er 1. juni 2026.", "2026-03-12"),
    ("nl", "Datum: 9 april 2026", " Het college rapporteert uiterlijk 1 juni 2026.", "2026-04-09"),
]


@pytest.mark.parametrize(("language", "head", "deadline", "date"), DEADLINES, ids=[d[0] for d in DEADLINES])
def test_a_deadline_in_a_decision_does_not_date_the_meeting(language, head, deadline, date):
    text = BODY[language] + head + CASE[language].rstrip("\n") + deadline + SECOND[language]
    rows = votes(text, language)
    assert len(rows) == 2
    assert {r.meeting_date for r in rows} == {date}


def test_a_committee_step_keeps_its_own_date_da():
    text = ("Byrådet\nMødedato: 12. marts 2026\n\n12. Budget 2027\n\nØkonomiudvalget, 2. marts 2026, pkt. 5\n"
            "Indstillingen anbefales godkendt.\n\nBeslutning i Byrådet den 12. marts 2026\nGodkendt.\n")
    assert {(r.body, r.meeting_date) for r in votes(text, "da")} == {
        ("Økonomiudvalget", "2026-03-02"), ("Byrådet", "2026-03-12")}


def test_a_committee_step_keeps_its_own_date_nb():
    text = ("Kommunestyret\nMøtedato: 12.03.2026\n\nPS 41/26 Budsjett 2027\n\nFormannskapet 02.03.2026 – sak 12/26\n"
            "Behandling\nInnstillingen ble enstemmig vedtatt.\n\nKommunestyret 12.03.2026\nBehandling\n"
            "Vedtak: Innstillingen ble vedtatt med 20 mot 7 stemmer.\n")
    assert {(r.body, r.meeting_date) for r in votes(text, "nb")} == {
        ("Formannskapet", "2026-03-02"), ("Kommunestyret", "2026-03-12")}


JOINT_SESSIONS = [
    ("Besluitenlijst gemeenteraad en raad voor maatschappelijk welzijn\nZitting van 23 april 2026\n\n"
     "Gemeenteraad - openbare zitting\n\n1. Jaarrekening 2025 van de gemeente\n"
     "Goedgekeurd met 20 stemmen voor en 5 onthoudingen.\n\nRaad voor maatschappelijk welzijn - openbare zitting\n\n"
     "1. Jaarrekening 2025 van het OCMW\nGoedgekeurd met 20 stemmen voor en 5 onthoudingen.\n", "2026-04-23"),
    ("Besluitenlijst\nGemeenteraad en OCMW-raad\nDatum: 12 maart 2026\n\nGemeenteraad\n\n1. Reglement parkeren\n"
     "Besluit: Eenparig goedgekeurd.\n\nOCMW-raad\n\n1. Budgetwijziging\nBesluit: Eenparig goedgekeurd.\n",
     "2026-03-12"),
    ("Zitting gemeenteraad en OCMW-raad van dinsdag 17 februari 2026\n\nGemeenteraad\n\n1. Belastingreglement\n"
     "Besluit: Goedgekeurd met 18 stemmen voor en 7 tegen.\n\nOCMW-raad\n\n1. Notulen vorige zitting\n"
     "Besluit: Eenparig goedgekeurd.\n", "2026-02-17"),
]


@pytest.mark.parametrize(("text", "date"), JOINT_SESSIONS, ids=range(len(JOINT_SESSIONS)))
def test_each_council_a_joint_sessions_head_names_takes_its_date(text, date):
    rows = votes(text, "nl")
    assert len({r.body for r in rows}) == 2
    assert {r.meeting_date for r in rows} == {date}


PRINTED_HEADS = [
    ("da", "Udskrevet 14.03.2026\nByrådet\nReferat 12.03.2026"),
    ("da", "Udskriftsdato: 14.03.2026\nByrådet\nReferat 12.03.2026"),
    ("da", "Printet 14-03-2026 10:12\nByrådet\nBeslutningsprotokol 12.03.2026"),
    ("nb", "Utskrift 14.03.2026\nKommunestyret\nMøteprotokoll 12.03.2026"),
    ("nb", "Skrevet ut 14.03.2026\nKommunestyret\nMøteprotokoll 12.03.2026"),
    ("nn", "Utskriftsdato: 14.03.2026\nKommunestyret\nMøtebok 12.03.2026"),
    ("nn", "Skrive ut 14.03.2026\nKommunestyret\nMøtebok 12.03.2026"),
    ("nl", "Afgedrukt op 14-03-2026\nGemeenteraad\nBesluitenlijst 12-03-2026"),
]


@pytest.mark.parametrize(("language", "head"), PRINTED_HEADS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PRINTED_HEADS)])
def test_the_date_a_page_was_printed_does_not_date_the_meeting(language, head):
    assert {r.meeting_date for r in votes(head + CASE[language], language)} == {"2026-03-12"}


EXTRACT_TITLES = [  # an extract of the minutes ('Særutskrift') is titled with its meeting's date
    ("da", "Udskrift af beslutningsprotokol\nByrådet 12.03.2026"),
    ("nb", "Særutskrift – Kommunestyret 12.03.2026"),
    ("nn", "Utskrift av møtebok\nKommunestyret 12.03.2026"),
]


@pytest.mark.parametrize(("language", "head"), EXTRACT_TITLES, ids=[e[0] for e in EXTRACT_TITLES])
def test_an_extract_of_the_minutes_keeps_its_meetings_date(language, head):
    assert {r.meeting_date for r in votes(head + CASE[language], language)} == {"2026-03-12"}


@pytest.mark.parametrize(("language", "text"), [("da", "en 3-årig 2026-aftale"), ("nl", "de 6-jarige 2026 editie"),
                                                ("nb", "Budsjett 2027-2030 - 2026")])
def test_a_hyphenated_word_before_a_year_is_no_date(language, text):
    assert parse_date(text, lexicon(language)) is None
