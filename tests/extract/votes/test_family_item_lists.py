"""Decision lists written as numbered items (besluitenlijst, vedtaksliste, beslutningsliste), not as tables: the
outcome on the line under its item (bare, in brackets, after its counts or after a decision label) or in a column
of its own beside it. Look-alikes: agendas, headings without an outcome, items recording no decision ("Geen
besluit", "Ingen vedtak"), trackers, minutes whose record goes on under the outcome. Headings and notes:
test_family_list_headings_and_notes.py."""

from __future__ import annotations

import json
import re

import pytest

from tests.extract.votes.helpers import votes

HEADS = {
    "nl": "Besluitenlijst gemeenteraad Oostveld\nZitting van maandag 16 maart 2026\n\n",
    "nb": "Vedtaksliste – Kommunestyret\nMøtedato: 16.03.2026\n\n",
    "nn": "Vedtaksliste – Kommunestyret\nMøtedato: 16.03.2026\n\n",
    "da": "Beslutningsliste – Byrådet\nMødedato: 16. marts 2026\n\n",
}
FIRST_CASE = {"nl": "1", "nb": "30/26", "nn": "30/26", "da": "40"}
FIRST = {  # the list's first entry, the same in every test
    "nl": "  1   Goedkeuring notulen vorige zitting\n      Goedgekeurd\n",
    "nb": "  PS 30/26  Godkjenning av innkalling og saksliste\n             Godkjent\n",
    "nn": "  PS 30/26  Godkjenning av innkalling og sakliste\n             Godkjend\n",
    "da": "  Pkt. 40  Godkendelse af dagsorden\n           Godkendt\n",
}

# (language, item line, outcome line(s), expected: case, outcome, unanimous, for, against, parties against)
UNDER = [
    ("nl", "  2   Mobiliteitsplan centrum 2026", "      Goedgekeurd - eenparig", ("2", "adopted", True, None, 0, None)),
    ("nl", "  3   Jaarrekening AGB Sport 2025", "      Kennisname", ("3", "noted", None, None, None, None)),
    (
        "nl",
        "  4   Reglement standplaatsen wekelijkse markt",
        "      Verdaagd naar de zitting van april",
        ("4", "postponed", None, None, None, None),
    ),
    (
        "nl",
        "  5   Voorstel van raadslid Peeters over zwerfvuil",
        "      Verworpen met 9 stemmen voor en 20 stemmen tegen",
        ("5", "rejected", False, 9, 20, None),
    ),
    (
        "nl",
        "  6   Retributiereglement parkeren",
        "      Goedgekeurd met 18 stemmen voor (CD&V, N-VA) en 7 stemmen tegen (Groen 4, PVDA 3)",
        ("6", "adopted", False, 18, 7, {"Groen": 4, "PVDA": 3}),
    ),
    ("nl", "  7   Verslag van de seniorenadviesraad", "      Akte genomen", ("7", "noted", None, None, None, None)),
    (
        "nl",
        "- 8.  Aanduiding vertegenwoordiger Fluvius",
        "  Unaniem aangenomen.",
        ("8", "adopted", True, None, 0, None),
    ),
    (
        "nb",
        "  PS 31/26  Budsjettregulering 1. tertial",
        "             Vedtatt mot 4 stemmer (Sp)",
        ("31/26", "adopted", False, None, 4, {"Sp": 4}),
    ),
    (
        "nb",
        "  PS 32/26  Årsmelding for eldrerådet 2025",
        "             Tatt til orientering",
        ("32/26", "noted", None, None, None, None),
    ),
    (
        "nb",
        "  PS 33/26  Reguleringsplan for Solbakken",
        "             Utsatt til neste møte",
        ("33/26", "postponed", None, None, None, None),
    ),
    (
        "nb",
        "  PS 34/26  Ny gang- og sykkelvei langs Fv 120",
        "             Enstemmig vedtatt",
        ("34/26", "adopted", True, None, 0, None),
    ),
    (
        "nb",
        "  PS 35/26  Forslag fra Rødt om gratis skolemat",
        "             Ikke vedtatt, 7 mot 22 stemmer",
        ("35/26", "rejected", False, 7, 22, None),
    ),
    (
        "nb",
        "  PS 36/26  Godkjenning av protokoll fra forrige møte",
        "             Godkjent - enstemmig",
        ("36/26", "adopted", True, None, 0, None),
    ),
    (
        "nn",
        "  PS 31/26  Budsjettendring 1. tertial",
        "             Vedteke mot 2 røyster (Raudt)",
        ("31/26", "adopted", False, None, 2, {"Raudt": 2}),
    ),
    (
        "nn",
        "  PS 32/26  Årsmelding for ungdomsrådet 2025",
        "             Teke til orientering",
        ("32/26", "noted", None, None, None, None),
    ),
    (
        "nn",
        "  PS 33/26  Reguleringsplan for Nesvegen",
        "             Utsett",
        ("33/26", "postponed", None, None, None, None),
    ),
    (
        "nn",
        "  PS 34/26  Ny fleirbrukshall på Hauge",
        "             Samrøystes vedteke",
        ("34/26", "adopted", True, None, 0, None),
    ),
    (
        "nn",
        "  PS 35/26  Framlegg frå SV om gratis SFO",
        "             Ikkje vedteke, 6 mot 15 røyster",
        ("35/26", "rejected", False, 6, 15, None),
    ),
    (
        "nn",
        "  PS 36/26  Gebyrregulativ for byggesaker",
        "             Godkjend",
        ("36/26", "adopted", None, None, None, None),
    ),
    (
        "da",
        "  Pkt. 41  Lokalplan 212 for Havnefronten",
        "           Godkendt - enstemmigt",
        ("41", "adopted", True, None, 0, None),
    ),
    (
        "da",
        "  Pkt. 42  Årsberetning 2025 for Handicaprådet",
        "           Taget til efterretning",
        ("42", "noted", None, None, None, None),
    ),
    (
        "da",
        "  Pkt. 43  Budgetopfølgning pr. 28. februar",
        "           Udsat",
        ("43", "postponed", None, None, None, None),
    ),
    (
        "da",
        "  Pkt. 44  Forslag fra Enhedslisten om gratis busser",
        "           Forkastet med 5 stemmer mod 20",
        ("44", "rejected", False, 5, 20, None),
    ),
    (
        "da",
        "  Pkt. 45  Anlægsbevilling til ny daginstitution",
        "           Godkendt med 17 stemmer mod 8",
        ("45", "adopted", False, 17, 8, None),
    ),
    (
        "da",
        "  Pkt. 46  Takster for svømmehallen 2027",
        "           Anbefalet",
        ("46", "adopted", None, None, None, None),
    ),
]


def _row(row):
    parties = None if row.against_parties is None else json.loads(row.against_parties)
    return (row.case_number, row.outcome, row.unanimous, row.votes_for, row.votes_against, parties)


def _title(item: str) -> str:
    """The item line's title: what follows its number, set apart by two or more spaces."""
    return re.split(r"\s{2,}", item.strip())[-1]


@pytest.mark.parametrize(("language", "item", "outcome", "expected"), UNDER)
def test_the_line_under_a_listed_item_is_its_outcome(language, item, outcome, expected):
    rows = votes(HEADS[language] + FIRST[language] + f"{item}\n{outcome}\n", language)
    assert [_row(r) for r in rows[1:]] == [expected]
    assert rows[1].subject == _title(item)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "  2   Samenwerkingsovereenkomst met de\n      buurgemeente over de brandweer\n      Goedgekeurd\n",
            ("2", "Samenwerkingsovereenkomst met de buurgemeente over de brandweer"),
        ),
        (
            "nb",
            "  PS 31/26  Interkommunalt samarbeid om\n             legevakt\n             Vedtatt\n",
            ("31/26", "Interkommunalt samarbeid om legevakt"),
        ),
        (
            "da",
            "  Pkt. 41  Samarbejdsaftale med nabokommunen om\n           beredskab\n           Godkendt\n",
            ("41", "Samarbejdsaftale med nabokommunen om beredskab"),
        ),
    ],
)
def test_a_title_wrapped_above_the_outcome_is_the_whole_title(language, text, expected):
    rows = votes(HEADS[language] + FIRST[language] + text, language)
    assert [(r.case_number, r.subject, r.outcome) for r in rows[1:]] == [(*expected, "adopted")]


@pytest.mark.parametrize(
    ("language", "item", "nothing"),
    [
        ("nl", "  2   Mondelinge vraag van raadslid Claes over de speelpleinen", "      Geen besluit"),
        ("nb", "  PS 31/26  Interpellasjon fra SV om skolemat", "             Ingen vedtak"),
        ("nn", "  PS 31/26  Spørsmål frå Raudt om bustader", "             Ikkje vedtak"),
        ("da", "  Pkt. 41  Spørgsmål fra borgere", "           Ingen beslutning"),
        ("nb", "  PS 31/26  Eiendomsskatt 2027", "             Se merknader nedenfor"),
    ],
)
def test_an_item_the_list_records_no_decision_for_gives_no_row(language, item, nothing):
    rows = votes(HEADS[language] + FIRST[language] + f"{item}\n{nothing}\n", language)
    assert [r.case_number for r in rows] == [FIRST_CASE[language]]


@pytest.mark.parametrize(
    ("language", "agenda"),
    [
        ("nl", "Agenda\n  1   Goedkeuring notulen\n  2   Mobiliteitsplan centrum 2026\n  3   Jaarrekening AGB Sport\n"),
        ("nb", "Saker til behandling\nPS 31/26  Budsjettregulering\nPS 32/26  Årsmelding for eldrerådet\n"),
        ("nn", "Saker til handsaming\nPS 31/26  Budsjettendring\nPS 32/26  Årsmelding for ungdomsrådet\n"),
        ("da", "Dagsorden\nPkt. 41  Lokalplan 212\nPkt. 42  Årsberetning for Handicaprådet\n"),
        ("nl", "Bespreekstukken\n  7.1  Nota Wonen 2026\n  7.2  Kadernota duurzaamheid\n"),
        ("nl", "INHOUD\n  1   Opening\n  2   Vaststelling agenda\n  3   Sluiting\n"),
    ],
)
def test_an_agenda_or_a_heading_giving_no_outcome_gives_no_rows(language, agenda):
    assert votes(HEADS[language] + agenda, language) == []


def test_headings_in_capitals_between_entries_are_no_items():
    text = (
        HEADS["nl"] + "OPENBAAR\n" + FIRST["nl"] + "  2   Verkeersplan\n      Kennisname\n"
        "BESLOTEN\n  3   Aanstelling diensthoofd\n      Goedgekeurd\n"
    )
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == [
        ("1", "adopted"),
        ("2", "noted"),
        ("3", "adopted"),
    ]


# (language, heading, expected outcome, unanimous)
NUMBERS = {
    "nl": ("1.", "2.", "1", "2"),
    "da": ("Pkt. 1", "Pkt. 2", "1", "2"),
    "nb": ("PS 1/26", "PS 2/26", "1/26", "2/26"),
}
NUMBERS["nn"] = NUMBERS["nb"]


@pytest.mark.parametrize(
    ("language", "first", "second", "outcomes"),
    [
        ("nl", "(Vastgesteld)", "[Verworpen]", ["adopted", "rejected"]),
        ("nb", "(Vedtatt)", "(Utsatt)", ["adopted", "postponed"]),
        ("da", "[Godkendt]", "(Taget til efterretning)", ["adopted", "noted"]),
        ("nn", "(Vedteke)", "(Ikkje vedteke)", ["adopted", "rejected"]),
    ],
)
def test_an_outcome_printed_in_brackets_under_its_item(language, first, second, outcomes):
    one, two, *cases = NUMBERS[language]
    text = HEADS[language] + f"{one}  Godkjenning av sakliste\n{first}\n{two}  Reglement for bibliotek\n{second}\n"
    assert [(r.case_number, r.outcome) for r in votes(text, language)] == list(zip(cases, outcomes, strict=True))


@pytest.mark.parametrize(
    ("language", "outcome", "expected"),
    [
        ("nl", "Met 25 stemmen voor en 4 tegen aangenomen.", ("adopted", 25, 4)),
        ("nl", "Met algemene stemmen aangenomen", ("adopted", None, 0)),
        ("nb", "Med 19 mot 8 stemmer vedtatt", ("adopted", 19, 8)),
        ("nn", "Med 15 mot 6 røyster vedteke", ("adopted", 15, 6)),
        ("da", "Med 17 stemmer mod 8 godkendt", ("adopted", 17, 8)),
    ],
)
def test_an_outcome_line_opening_with_its_counts_is_about_the_item(language, outcome, expected):
    one, two, _, case = NUMBERS[language]
    adopted = {"nl": "Goedgekeurd", "da": "Godkendt", "nb": "Godkjent", "nn": "Godkjend"}[language]
    text = HEADS[language] + f"{one}  Agenda\n{adopted}\n{two}  Reglement for bibliotek\n{outcome}\n"
    row = votes(text, language)[-1]
    assert (row.case_number, row.subject) == (case, "Reglement for bibliotek")
    assert (row.outcome, row.votes_for, row.votes_against) == expected


@pytest.mark.parametrize(
    ("language", "text", "bodies"),
    [
        (
            "da",
            "Pkt. 41  Lokalplan 212\nGodkendt.\nØkonomiudvalget den 2. marts 2026\nAnbefales.\n"
            "Pkt. 42  Takster 2027\nGodkendt.\nØkonomiudvalget den 2. marts 2026\nAnbefales.\n",
            ["Byrådet", "Økonomiudvalget", "Byrådet", "Økonomiudvalget"],
        ),
        (
            "nb",
            "PS 31/26  Budsjettregulering\nVedtatt.\nVedtak:\nBudsjettet reguleres som foreslått.\n"
            "PS 32/26  Årsmelding\nTatt til orientering.\nVedtak:\nÅrsmeldingen tas til orientering.\n",
            ["Kommunestyret", "Kommunestyret"],
        ),
    ],
)
def test_an_item_whose_record_goes_on_under_its_outcome_is_no_list_row(language, text, bodies):
    rows = votes(HEADS[language] + text, language)
    assert [r.body for r in rows] == bodies


@pytest.mark.parametrize(
    ("language", "first", "second", "expected"),
    [
        ("nb", "Vedtak: Godkjent", "Vedtak: Vedtatt mot 4 stemmer (Sp)", ("adopted", None, 4, {"Sp": 4})),
        ("nn", "Vedtak: Godkjend", "Vedtak: Vedteke mot 2 røyster (Raudt)", ("adopted", None, 2, {"Raudt": 2})),
        ("da", "Beslutning: Godkendt", "Beslutning: Forkastet med 5 stemmer mod 20", ("rejected", 5, 20, None)),
        ("nl", "Besluit: aangenomen", "Besluit: verworpen (9 voor, 18 tegen)", ("rejected", 9, 18, None)),
        ("nb", "Vedtak: Godkjent", "Vedtak: Utsatt", ("postponed", None, None, None)),
    ],
)
def test_an_outcome_after_a_decision_label_under_the_item_is_its_cell(language, first, second, expected):
    one, two, _, case = NUMBERS[language]
    text = HEADS[language] + f"{one}  Agenda\n{first}\n{two}  Reglement for bibliotek\n{second}\n"
    row = votes(text, language)[-1]
    parties = json.loads(row.against_parties) if row.against_parties else None
    assert (row.case_number, row.subject) == (case, "Reglement for bibliotek")
    assert (row.outcome, row.votes_for, row.votes_against, parties) == expected


@pytest.mark.parametrize(
    ("language", "archive", "outcome", "expected"),
    [
        ("nb", "Arkivsak: 24/991", "Utsatt", ("postponed", "24/991")),
        ("nb", "Arkivsak: 25/1234", "Vedtak: Vedtatt mot 4 stemmer (Sp)", ("adopted", "25/1234")),
        ("nn", "Arkivsak: 26/377", "Teke til orientering", ("noted", "26/377")),
        ("da", "Sagsnr.: 26/4410", "Godkendt - enstemmigt", ("adopted", "26/4410")),
    ],
)
def test_an_archive_field_between_the_item_and_its_outcome_is_the_items(language, archive, outcome, expected):
    one, two, _, case = NUMBERS[language]
    adopted = {"nl": "Goedgekeurd", "da": "Godkendt", "nb": "Godkjent", "nn": "Godkjend"}[language]
    text = HEADS[language] + f"{one}  Agenda\n{adopted}\n{two}  Reglement for bibliotek\n{archive}\n{outcome}\n"
    row = votes(text, language)[-1]
    assert (row.case_number, row.subject) == (case, "Reglement for bibliotek")
    assert (row.outcome, row.archive_case) == expected
