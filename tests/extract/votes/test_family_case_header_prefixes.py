"""Case headers whose number carries a body prefix or an abbreviation.

"KS-sak 54/26  Title", "FS-sak 12/25", "HTM-sak 7/26", "Saksnr. 33/26 Title", "ØU-sag 7/26",
"Pkt. 23", "Agendapunt 7.b", "Raadsvoorstel 2026-14": any short capital prefix, with or without a case
noun glued to it, opens a case. Its number goes to every decision inside the case until the next case
header, and decisions are split at these headers. Look-alikes: a party code before a number, an archive
number under its label with no title, a date in a proposal number's place.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Byrådet\n\nMødedato: 24. marts 2026\n\n",
    "nb": "Kommunestyret\n\nMøtedato: 12.03.2026\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 12.03.2026\n\n",
    "nl": "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n",
}
DECISION = {
    "da": ("Beslutning:\nGodkendt.", "Beslutning:\nUdsat."),
    "nb": ("Vedtak:\nInnstillingen vedtas.", "Vedtak:\nSaken utsettes."),
    "nn": ("Vedtak:\nInnstillinga vert vedteken.", "Vedtak:\nSaka vert utsett."),
    "nl": ("Besluit:\nAangenomen.", "Besluit:\nAangehouden."),
}


def _cases(language: str, first: str, second: str) -> list[tuple]:
    adopt, postpone = DECISION[language]
    text = f"{HEAD[language]}{first}\n{adopt}\n\n{second}\n{postpone}\n"
    return [(r.case_number, r.outcome) for r in votes(text, language)]


@pytest.mark.parametrize(
    ("language", "first", "second", "numbers"),
    [
        ("nb", "KS-sak 54/26  Årsmelding for kontrollutvalget", "KS-sak 55/26 Salg av tomt", ("54/26", "55/26")),
        ("nb", "FS-sak 12/25 Budsjettjustering", "FS-sak 13/25 Ny gang- og sykkelvei", ("12/25", "13/25")),
        ("nb", "HTM-sak 7/26 Helsehus", "UTV-sak 8/26 Reguleringsplan for Nordhagen", ("7/26", "8/26")),
        ("nb", "Saksnr. 33/26 Salg av tomt", "Sak nr. 112/2025 – Reguleringsplan for Nordhagen", ("33/26", "112/2025")),
        ("nb", "KST 15/26 Skolestruktur", "PS-sak 16/26 Barnehagebehov", ("15/26", "16/26")),
        ("nb", "BYST-sak 101/26: Kommuneplanens arealdel", "Sak 5/26: Valg av meddommere", ("101/26", "5/26")),
        ("nn", "KS-sak 54/26 Tertialrapport", "UTV-sak 3/26 Reguleringsplan for Haugen", ("54/26", "3/26")),
        ("nn", "HS-sak 7/26 Heradsstyret sitt reglement", "HS-sak 8/26 Skulebruk", ("7/26", "8/26")),
        ("nn", "FSK-sak 21/25 Budsjettjustering", "KOM-sak 22/25 Kommunedelplan", ("21/25", "22/25")),
        ("nn", "PS 41/24 Val av medlem", "Saksnr. 42/24 Sal av tomt", ("41/24", "42/24")),
        ("nn", "LKU-sak 9/26 – Bustadsosial plan", "PLN-sak 10/26: Reguleringsplan", ("9/26", "10/26")),
        ("da", "ØU-sag 7/26 Anlægsbevilling til Skovvej", "ØU-sag 8/26 Salg af grund", ("7/26", "8/26")),
        ("da", "Punkt 12. Lokalplan 55 for Skovvej", "Punkt 13. Budgetopfølgning", ("12", "13")),
        ("da", "Pkt. 23 Budgetopfølgning", "Pkt. 24 Salg af grund", ("23", "24")),
        ("da", "Sag nr. 45 Salg af grund", "Sag nr. 46 Skolestruktur", ("45", "46")),
        ("da", "KB-sag 112/2025 Kommuneplan", "TMU 14/26 Trafikplan", ("112/2025", "14/26")),
        ("nl", "Agendapunt 7.b Klimaatadaptatie", "Agendapunt 7.c Verordening jeugdhulp", ("7.b", "7.c")),
        ("nl", "Punt 4c. Verordening jeugdhulp", "Punt 4d. Subsidieregeling", ("4c", "4d")),
        ("nl", "Raadsvoorstel 2026-14 Grondexploitatie", "Raadsvoorstel 2026-15 Woonvisie", ("2026-14", "2026-15")),
        ("nl", "RV 24-031 Integraal Huisvestingsplan", "RV 24-032 Begrotingswijziging", ("24-031", "24-032")),
        ("nl", "Agendapunt 9 Jaarstukken", "Agendapunt 10. Kadernota", ("9", "10")),
    ],
)
def test_a_prefixed_case_header_numbers_its_decisions_and_splits_them(language, first, second, numbers):
    assert _cases(language, first, second) == [(numbers[0], "adopted"), (numbers[1], "postponed")]


@pytest.mark.parametrize(
    ("language", "header", "number"),
    [
        ("nb", "KS-sak 54/26 Budsjett 2027", "54/26"),
        ("nn", "KS-sak 54/26 Budsjett 2027", "54/26"),
        ("da", "ØU-sag 54/26 Budget 2027", "54/26"),
        ("nl", "Raadsvoorstel 2026-14 Begroting 2027", "2026-14"),
    ],
)
def test_every_decision_inside_the_case_keeps_its_number(language, header, number):
    adopt, postpone = DECISION[language]
    rows = votes(f"{HEAD[language]}{header}\n{adopt}\n\n{postpone}\n", language)
    assert [r.case_number for r in rows] == [number] * len(rows) and rows


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "SV 12/26 fremmet et nytt forslag"),  # a party code before a number
        ("nb", "Saksnr. 23/5521"),  # an archive number under its label, no title
        ("nn", "Saksnr. 23/3350"),
        ("nb", "FrP-sak 12/26 Ny veg"),  # mixed case: a party, not a body prefix
        ("da", "Sagsnr. 25/1234"),
    ],
)
def test_a_number_that_is_no_case_header_keeps_the_case_above(language, line):
    adopt, _ = DECISION[language]
    header = {"da": "12. Lokalplan 55", "nb": "PS 41/26 Budsjett", "nn": "PS 41/26 Budsjett"}[language]
    number = {"da": "12", "nb": "41/26", "nn": "41/26"}[language]
    rows = votes(f"{HEAD[language]}{header}\n{line}\n{adopt}\n", language)
    assert [r.case_number for r in rows] == [number]
