"""A news summary of a meeting puts each case under a heading that carries its number in brackets
("EIENDOMSSKATT (sak 113/26)", "Budget 2027 (punkt 4)", "Ny skole i Nørreby (sag 45)", "Parkeerbeleid
(agendapunt 7)"). The heading's number is the case number of every decision below it, until the next heading;
a bracket that names no case ("(Ap)", "(2026)") is no heading. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _cases(language: str, text: str) -> list[str | None]:
    return [r.case_number for r in votes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "cases"),
    [
        (
            "nb",
            "Nyheter\n\nDette skjedde i bystyret 26. november 2026\n\nEIENDOMSSKATT (sak 113/26)\n\nBystyret vedtok "
            "å beholde eiendomsskatten på 4 promille.\n\nSKOLEBRUKSPLAN (sak 114/26)\n\nBystyret vedtok ny "
            "skolebruksplan mot 7 stemmer.\n",
            ["113/26", "114/26"],
        ),
        (
            "nb",
            "Nyheter\n\nFra formannskapet 3. mars 2026\n\nNy brannstasjon (PS 12/26)\n\nFormannskapet vedtok å "
            "bygge ny brannstasjon.\n",
            ["12/26"],
        ),
        (
            "nn",
            "Nyheiter\n\nKommunestyret 12. juni 2026\n\nSkulestruktur (sak 45/26)\n\nKommunestyret vedtok å "
            "behalde skulen på Myra.\n\nBudsjett (sak 46/26)\n\nKommunestyret vedtok budsjettet.\n",
            ["45/26", "46/26"],
        ),
        (
            "nn",
            "Nyheiter\n\nHeradsstyret 12. juni 2026\n\nNy barnehage (saka 21/26)\n\nHeradsstyret vedtok å "
            "byggje ny barnehage.\n",
            ["21/26"],
        ),
        (
            "da",
            "Nyheder\n\nByrådet 4. maj 2026\n\nBudget 2027 (punkt 4)\n\nByrådet vedtog budgettet med 20 stemmer "
            "mod 9.\n\nNy skole i Nørreby (sag 45)\n\nByrådet vedtog at bygge skolen.\n",
            ["4", "45"],
        ),
        (
            "da",
            "Nyheder\n\nKommunalbestyrelsen 4. maj 2026\n\nLokalplan for Havnen (pkt. 12)\n\n"
            "Kommunalbestyrelsen godkendte lokalplanen.\n",
            ["12"],
        ),
        (
            "nl",
            "Nieuws\n\nParkeerbeleid (agendapunt 7)\n\nDe raad stelde het parkeerbeleid vast.\n\nSporthal "
            "(agendapunt 8)\n\nHet voorstel werd verworpen met 10 stemmen voor en 19 tegen.\n",
            ["7", "8"],
        ),
        (
            "nl",
            "Nieuws\n\nAgendapunt 7: Parkeerbeleid\n\nDe raad stelde het parkeerbeleid vast.\n",
            ["7"],
        ),
        (
            "nl",
            "Nieuws\n\nBegroting 2027 (punt 4)\n\nDe gemeenteraad keurde de begroting goed.\n",
            ["4"],
        ),
    ],
)
def test_a_headings_bracketed_number_frames_the_decisions_below_it(language, text, cases):
    assert _cases(language, text) == cases


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Nyheter\n\nForslag fra Rødt (Ap)\n\nBystyret vedtok å bygge ny svømmehall.\n"),
        ("nb", "Nyheter\n\nBudsjett (2027)\n\nBystyret vedtok budsjettet.\n"),
        ("da", "Nyheder\n\nKlimaplan (2026-2030)\n\nByrådet vedtog klimaplanen.\n"),
        ("nl", "Nieuws\n\nVerkeersplan (D66)\n\nDe raad stelde het verkeersplan vast.\n"),
    ],
)
def test_a_bracket_naming_no_case_is_no_heading(language, text):
    assert _cases(language, text) == [None]


@pytest.mark.parametrize(
    ("language", "text", "case"),
    [
        (
            "nb",
            "Nyheter\n\nBystyret 5. mai 2026\n\nNy svømmehall (sak 40/26)\n\nBystyret vedtok å bygge hallen.\n",
            "40/26",
        ),
        ("nb", "Nyheter\n\nBystyret 5. mai 2026\n\nKlimaplan (saksnr. 41)\n\nBystyret vedtok klimaplanen.\n", "41"),
        (
            "nb",
            "Nyheter\n\nBystyret 5. mai 2026\n\nSalg av tomt (PS 42/26)\n\nBystyret vedtok å selge tomta.\n",
            "42/26",
        ),
        (
            "nn",
            "Nyheiter\n\nKommunestyret 5. mai 2026\n\nNy hall (sak 30/26)\n\nKommunestyret vedtok å byggje hallen.\n",
            "30/26",
        ),
        (
            "nn",
            "Nyheiter\n\nKommunestyret 5. mai 2026\n\nKulturplan (PS 31/26)\n\nKommunestyret vedtok kulturplanen.\n",
            "31/26",
        ),
        (
            "nn",
            "Nyheiter\n\nHeradsstyret 5. mai 2026\n\nVegen til Myra (sak 32)\n\nHeradsstyret vedtok å asfaltere "
            "vegen.\n",
            "32",
        ),
        ("da", "Nyheder\n\nByrådet 5. maj 2026\n\nNy hal (sag 60)\n\nByrådet vedtog at bygge hallen.\n", "60"),
        (
            "da",
            "Nyheder\n\nByrådet 5. maj 2026\n\nKlimaplan (dagsordenspunkt 61)\n\nByrådet vedtog klimaplanen.\n",
            "61",
        ),
        (
            "da",
            "Nyheder\n\nByrådet 5. maj 2026\n\nSalg af grund (sagsnr. 62)\n\nByrådet vedtog at sælge grunden.\n",
            "62",
        ),
        ("nl", "Nieuws\n\nWoonvisie (agendapunt 9)\n\nDe gemeenteraad keurde de woonvisie goed.\n", "9"),
        ("nl", "Nieuws\n\nKadernota (agp. 10)\n\nDe raad stelde de kadernota vast.\n", "10"),
    ],
)
def test_each_case_kind_of_bracket_names_the_case(language, text, case):
    assert _cases(language, text) == [case]
