"""Case headers printed without a prefix (da, nb, nn): a case list of bare numbers with the archive number in a
column ("007/26  Kommunal planstrategi   25/1180"), then each case opening under a ruled line with its number and
title ("-----" / "007/26 Kommunal planstrategi"). Every decision inside the case takes that number and the
list's archive number; a bare number in prose, or a date fraction under a rule, opens no case."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = {
    "da": "Teknik- og Miljøudvalget\n\nMødedato: 11.03.2026\n\n",
    "nb": "Formannskapet\n\nMøtedato: 11.03.2026\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 11.03.2026\n\n",
}
DECISIONS = {
    "da": ["Beslutning:\nGodkendt.", "Beslutning: Anbefales enstemmigt.", "Beslutning:\nVedtaget med 5 stemmer mod 2."],
    "nb": [
        "Vedtak:\nEnstemmig vedtatt.",
        "Votering: Innstillingen ble vedtatt mot 2 stemmer.",
        "Vedtak: Som innstillingen.",
    ],
    "nn": [
        "Vedtak:\nSamrøystes vedteke.",
        "Røysting: Tilrådinga vart vedteken med 15 mot 4 røyster.",
        "Vedtak: Som tilrådinga.",
    ],
}
# (language, list entries, the case headers as written under the rules, a rule, case numbers, archive numbers)
SHAPES = [
    (
        "da",
        ["012/26  Vejplan 2026\t26/000210", "013/26  Ny skolestruktur\t25/014433"],
        ["012/26 Vejplan 2026", "013/26 Ny skolestruktur"],
        "-" * 40,
        ["012/26", "013/26"],
        ["26/000210", "25/014433"],
    ),
    (
        "da",
        ["7/2026 Lokalplan 88\t24/9911", "8/2026 Budgetopfølgning\t26/1205"],
        ["7/2026 Lokalplan 88", "8/2026 Budgetopfølgning"],
        "_" * 60,
        ["7/2026", "8/2026"],
        ["24/9911", "26/1205"],
    ),
    (
        "da",
        ["101/25\tHavnebad\t25/22874", "102/25\tSalg af grund\t25/30112"],
        ["101/25 Havnebad", "102/25 Salg af grund"],
        "=" * 30,
        ["101/25", "102/25"],
        ["25/22874", "25/30112"],
    ),
    (
        "da",
        ["044/26 Klimatilpasning i Havnebyen", "045/26 Ansøgning om dispensation, Strandvej 3"],
        ["044/26  Klimatilpasning i Havnebyen", "045/26  Ansøgning om dispensation, Strandvej 3"],
        "─" * 30,
        ["044/26", "045/26"],
        [None, None],
    ),
    (
        "da",
        ["20/26 Trafikplan\t26/311", "21/26 Kulturhus\t26/312"],
        ["20/26 Trafikplan\tSagsnr. 26/311", "21/26 Kulturhus\tSagsnr. 26/312"],
        "- " * 20,
        ["20/26", "21/26"],
        ["26/311", "26/312"],
    ),
    (
        "nb",
        ["061/26  Reguleringsplan for Sentrum\t26/118", "062/26  Budsjett 2027\t26/540"],
        ["061/26 Reguleringsplan for Sentrum", "062/26 Budsjett 2027"],
        "-" * 70,
        ["061/26", "062/26"],
        ["26/118", "26/540"],
    ),
    (
        "nb",
        ["21/26     Tertialrapport 1 – 2026", "22/26     Medlemskap i Sunne kommuner"],
        ["21/26 Tertialrapport 1 – 2026\tArkivsak 26/311", "22/26 Medlemskap i Sunne kommuner\tArkivsak 26/098"],
        "-" * 50,
        ["21/26", "22/26"],
        ["26/311", "26/098"],
    ),
    (
        "nb",
        ["5/2026 Salg av Brygga\t25/1470", "6/2026 Trafikksikkerhetsplan\t25/1471"],
        ["5/2026 Salg av Brygga", "6/2026 Trafikksikkerhetsplan"],
        "_" * 40,
        ["5/2026", "6/2026"],
        ["25/1470", "25/1471"],
    ),
    (
        "nb",
        ["104/25\tNy barnehage\t25/3318", "105/25\tSkolebruksplan\t25/771"],
        ["104/25 Ny barnehage", "105/25 Skolebruksplan"],
        "=" * 45,
        ["104/25", "105/25"],
        ["25/3318", "25/771"],
    ),
    (
        "nb",
        ["009/26 Vannforvaltning", "010/26 Kommunal planstrategi"],
        ["009/26  Vannforvaltning", "010/26  Kommunal planstrategi"],
        "*" * 20,
        ["009/26", "010/26"],
        [None, None],
    ),
    (
        "nn",
        ["061/26  Reguleringsplan for Vågen\t26/118", "062/26  Økonomiplan 2027–2030\t26/540"],
        ["061/26 Reguleringsplan for Vågen", "062/26 Økonomiplan 2027–2030"],
        "-" * 78,
        ["061/26", "062/26"],
        ["26/118", "26/540"],
    ),
    (
        "nn",
        ["14/26 Tilskot til drenering\t26/77", "15/26 Vegnamn i Lofthus\t26/78"],
        ["14/26 Tilskot til drenering", "15/26 Vegnamn i Lofthus"],
        "_" * 50,
        ["14/26", "15/26"],
        ["26/77", "26/78"],
    ),
    (
        "nn",
        ["003/2026\tSal av tomt\t25/1180", "004/2026\tNy brannstasjon\t25/1181"],
        ["003/2026 Sal av tomt", "004/2026 Ny brannstasjon"],
        "=" * 40,
        ["003/2026", "004/2026"],
        ["25/1180", "25/1181"],
    ),
    (
        "nn",
        ["71/25 Kulturplan for bygda", "72/25 Løyve til sal av alkohol – Kafé Nord"],
        ["71/25  Kulturplan for bygda\tArkivsak 25/44", "72/25  Løyve til sal av alkohol – Kafé Nord\tArkivsak 25/45"],
        "─" * 40,
        ["71/25", "72/25"],
        ["25/44", "25/45"],
    ),
    (
        "nn",
        ["030/26 Samarbeid med nabokommunen\t26/702", "031/26 Gebyrregulativ 2027\t26/703"],
        ["030/26 Samarbeid med nabokommunen", "031/26 Gebyrregulativ 2027"],
        "- " * 30,
        ["030/26", "031/26"],
        ["26/702", "26/703"],
    ),
]


def _protocol(language: str, listed: list[str], headers: list[str], rule: str) -> str:
    label = {"da": "Dagsorden", "nb": "Saksliste", "nn": "Saksliste"}[language]
    cases = [f"{rule}\n{header}\n{DECISIONS[language][i]}\n" for i, header in enumerate(headers)]
    return MEETING[language] + label + "\n" + "\n".join(listed) + "\n\n" + "".join(cases) + rule + "\nSide 1\n"


@pytest.mark.parametrize(("language", "listed", "headers", "rule", "cases", "archives"), SHAPES)
def test_each_decision_under_a_ruled_case_header_takes_its_number(language, listed, headers, rule, cases, archives):
    rows = votes(_protocol(language, listed, headers, rule), language)
    assert [r.case_number for r in rows] == cases
    assert [r.archive_case for r in rows] == archives


LOOK_ALIKES = [
    ("da", "Beslutning:\nGodkendt. Sagen blev behandlet 12/03 sammen med budgettet.\n"),
    ("da", "-----\n18/04 Udvalget besigtigede stedet.\nBeslutning:\nGodkendt.\n"),
    ("nb", "Vedtak:\nEnstemmig vedtatt.\n-----\n24/06 Kommunestyret vedtok planen.\n"),
    ("nb", "Vedtak:\nEnstemmig vedtatt.\n\n12/26 av representantene var til stede.\n"),
    ("nn", "Vedtak:\nSamrøystes vedteke.\n_____\n15/05 Utvalet var på synfaring.\n"),
    ("nn", "Vedtak:\nSamrøystes vedteke.\nMøtet vart halde 14/26 dagar etter fristen.\n"),
]


@pytest.mark.parametrize(("language", "tail"), LOOK_ALIKES)
def test_a_bare_number_in_prose_or_a_dated_line_under_a_rule_opens_no_case(language, tail):
    header = {"da": "12. Vejplan 2026\n", "nb": "PS 12/26 Vejplan 2026\n", "nn": "PS 12/26 Vegplan 2026\n"}[language]
    rows = votes(MEETING[language] + header + tail, language)
    assert rows and {r.case_number for r in rows} == {"12" if language == "da" else "12/26"}


UNRULED = [
    ("nb", ["11/26     Høringsuttalelse", "12/26     Salg av tomt", "13/26     Tilskudd til frivilligsentralen"]),
    ("nn", ["021/26  Budsjettregulering", "022/26  Skulebruksplan", "023/26  Gebyrregulativ"]),
    ("da", ["7/2026  Lokalplan 88", "8/2026  Budgetopfølgning", "9/2026  Vejnavne"]),
    ("nb", ["101/25\tHavnebad", "102/25\tSalg av grunn", "103/25\tKommunal planstrategi"]),
    ("nn", ["5/26 Val av meddommarar", "6/26 Referatsaker", "7/26 Kulturprisen"]),
]


@pytest.mark.parametrize(("language", "listed"), UNRULED)
def test_a_case_the_list_named_opens_at_its_own_bare_header_below_the_list(language, listed):
    label = {"da": "Dagsorden", "nb": "Saksliste", "nn": "Saksliste"}[language]
    numbers = [entry.split()[0] for entry in listed]
    titles = [" ".join(entry.split()[1:]) for entry in listed]
    pairs = enumerate(zip(numbers, titles, strict=True))
    cases = [f"{n} {t}\nMerknad til saka.\n{DECISIONS[language][i]}\n\n" for i, (n, t) in pairs]
    text = MEETING[language] + label + "\n" + "\n".join(listed) + "\n\n" + "".join(cases)
    assert [r.case_number for r in votes(text, language)] == numbers


def test_a_bare_number_the_list_did_not_name_opens_no_case():
    listed = ["11/26     Høringsuttalelse", "12/26     Salg av tomt"]
    text = (
        MEETING["nb"] + "Saksliste\n" + "\n".join(listed)
        + "\n\n11/26 Høringsuttalelse\nVedtak:\nEnstemmig vedtatt.\n\n"
        "12/26 Salg av tomt\nTomten ble regulert i 2019.\n24/06 Kommunestyret vedtok reguleringen.\n"
        "Vedtak:\nEnstemmig vedtatt.\n"
    )
    assert [r.case_number for r in votes(text, "nb")] == ["11/26", "12/26"]
