"""Norwegian result fields whose value says more than the bare outcome word: an adoption 'without a vote'
("Resultat: Vedtatt uten votering.", "Resultat: Vedteke utan røysting."), a postponement naming what was put
off or until when ("Resultat: Saken utsatt til neste møte."), and a noting ("Resultat: Tatt til orientering.",
"Resultat: Teke til vitande."). Each decides the case under its header, as the bare field does; a field whose
value decides nothing ("Resultat: Saken drøftet.") gives no row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "VOTERINGSRESULTATER\nKommunestyret, tirsdag 10. mars 2026\n\n"
    "Sak 30/26 | Tilskudd til nytt lysanlegg på stadion\nResultat: Vedtatt. For: 25. Mot: 2.\n\n",
    "nn": "RØYSTINGSRESULTAT\nKommunestyret, tysdag 10. mars 2026\n\n"
    "Sak 30/26 | Tilskot til nytt lysanlegg på stadion\nResultat: Vedteke. For: 25. Mot: 2.\n\n",
}
TITLES = {
    "nb": ["Høringsuttalelse om regional transportplan", "Tertialrapport 1/2026", "Salg av tomt i Nordbyen",
           "Revisjon av gebyrregulativet", "Navnsetting av ny vei på Moan"],
    "nn": ["Høyringsfråsegn om regional transportplan", "Tertialrapport 1/2026", "Sal av tomt i Nordbygda",
           "Revisjon av gebyrregulativet", "Namnsetjing av ny veg på Moen"],
}
HEADERS = ["Sak 31/26 | {t}", "Sak 31/26: {t}", "Sak 31/26 {t}", "Sak 31/26 – {t}", "PS 31/26 {t}"]

FIELDS = {
    ("nb", "adopted"): ["Resultat: Vedtatt uten votering.", "Resultat: Godkjent uten votering",
                        "Utfall: Vedtatt uten avstemning.", "Resultat: Bifalt uten votering.",
                        "Voteringsresultat: Vedtatt uten votering"],
    ("nn", "adopted"): ["Resultat: Vedteke utan røysting.", "Resultat: Godkjend utan røysting",
                        "Utfall: Vedteke utan avrøysting.", "Resultat: Vedtatt utan votering.",
                        "Røysteresultat: Vedteke utan røysting"],
    ("nb", "postponed"): ["Resultat: Saken utsatt til neste møte.", "Resultat: Utsatt til kommunestyret i mai.",
                          "Resultat: Saken utsatt.", "Utfall: Behandlingen utsatt på grunn av nye opplysninger.",
                          "Resultat: Saken utsatt på ubestemt tid."],
    ("nn", "postponed"): ["Resultat: Saka utsett til neste møte.", "Resultat: Utsett til kommunestyret i mai.",
                          "Resultat: Saka utsett.", "Utfall: Handsaminga utsett på grunn av nye opplysningar.",
                          "Resultat: Saka utsett på ubestemt tid."],
    ("nb", "noted"): ["Resultat: Tatt til orientering.", "Resultat: Saken tatt til orientering",
                      "Utfall: Tatt til etterretning.", "Resultat: Enstemmig tatt til orientering.",
                      "Resultat: Meldingen tatt til orientering."],
    ("nn", "noted"): ["Resultat: Teke til vitande.", "Resultat: Saka teke til vitande",
                      "Utfall: Teke til orientering.", "Resultat: Samrøystes teke til vitande.",
                      "Resultat: Meldinga teken til vitande."],
}


def _rows(language: str, header: str, title: str, field: str) -> list[tuple]:
    text = HEAD[language] + header.format(t=title) + f"\n{field}\n\nSist oppdatert 11.03.2026\n"
    return [(r.subject, r.outcome) for r in votes(text, language) if r.case_number == "31/26"]


@pytest.mark.parametrize(
    ("language", "outcome", "field"), [(lang, out, f) for (lang, out), fields in FIELDS.items() for f in fields]
)
def test_a_result_field_with_a_manner_or_a_noting_decides_the_case(language, outcome, field):
    for header, title in zip(HEADERS, TITLES[language], strict=True):
        assert _rows(language, header, title, field) == [(title, outcome)], (header, field)


@pytest.mark.parametrize(
    ("language", "field"),
    [
        ("nb", "Resultat: Saken drøftet."),
        ("nb", "Resultat: Behandlet."),
        ("nb", "Resultat: Resultatet offentliggjøres ikke."),
        ("nb", "Resultat: Til behandling i formannskapet."),
        ("nn", "Resultat: Saka drøfta."),
        ("nn", "Resultat: Handsama."),
        ("nn", "Resultat: Resultatet vert ikkje offentleggjort."),
        ("nn", "Resultat: Til handsaming i formannskapet."),
    ],
)
def test_a_result_field_deciding_nothing_gives_no_row(language, field):
    assert _rows(language, HEADERS[0], TITLES[language][0], field) == []
