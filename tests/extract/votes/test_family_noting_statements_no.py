"""Norwegian decisions whose whole content is taking a matter for information, with the thing noted
between verb and 'til' ("Formannskapet tar økonomirapporten per 3. kvartal til orientering.",
"Kommunestyret tek orienteringa til vitande."): `noted`, about the case title, whether the sentence names
the matter itself or the report noted (test_family_noted_reports_name_the_case_no). An abbreviation's
full stop inside ("pr. 1. september") does not end the sentence. A recommendation that takes note and
decides more besides is `adopted`.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Utvalg: Formannskapet\nMøtedato: 09.11.2023\n\nSak 120/23 Økonomirapport for tredje kvartal\n\n",
    "nn": "Utval: Kommunestyret\nMøtedato: 30.11.2023\n\nPS 99/23 Orientering om barnevernet\n\n",
}
TITLE = {"nb": "Økonomirapport for tredje kvartal", "nn": "Orientering om barnevernet"}


def _rows(language: str, decision: str) -> list[tuple]:
    return [(r.outcome, r.subject) for r in votes(f"{HEAD[language]}{decision}\n", language)]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Vedtak:\nFormannskapet tar økonomirapporten per 3. kvartal til orientering."),
        ("nb", "Formannskapets vedtak:\nFormannskapet tar rapporten til orientering."),
        ("nb", "Vedtak:\nBystyret tar den økonomiske situasjonen pr. 1. september til etterretning."),
        ("nb", "Vedtak:\nKommunestyret tok meldingen om sykefravær til orientering."),
        ("nn", "Vedtak:\nHeradsstyret tek rapporten frå rådmannen til vitande."),
        ("nn", "Vedtak:\nFormannskapet tek den økonomiske stoda pr. 1. september til vitande."),
        ("nn", "Vedtak:\nKommunestyret tok meldinga om skulane til orientering."),
        ("nn", "Vedtak:\nUtvalet tek tertialrapporten til vitande."),
    ],
)
def test_taking_a_named_matter_for_information_is_noted_about_the_case(language, decision):
    assert _rows(language, decision) == [("noted", TITLE[language])]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Vedtak:\nUtvalget tar saken til orientering."),
        ("nb", "Vedtak:\nFormannskapet tar orienteringen til etterretning."),
        ("nb", "Bystyrets vedtak:\nBystyret tok informasjonen til orientering."),
        ("nb", "Vedtak:\nKommunestyret tar dette til orientering."),
        ("nb", "Vedtak:\nFormannskapet tar orienteringen fra rådmannen til orientering."),
        ("nn", "Vedtak:\nKommunestyret tek orienteringa til vitande."),
        ("nn", "Vedtak:\nHeradsstyret tek saka til orientering."),
        ("nn", "Vedtak:\nUtvalet tok meldinga til vitande."),
        ("nn", "Vedtak:\nFormannskapet tek dette til vitande."),
        ("nn", "Vedtak:\nKommunestyret tek orienteringa frå kommunedirektøren til vitande."),
    ],
)
def test_taking_the_matter_itself_for_information_is_noted_about_the_case_too(language, decision):
    assert _rows(language, decision) == [("noted", TITLE[language])]


@pytest.mark.parametrize(
    ("language", "recommendation"),
    [
        ("nb", "Formannskapet tar økonomirapporten til orientering.\nMerinntekter på 2 mill. kr. settes av til fond."),
        ("nb", "Bystyret tar rapporten pr. 1. mai til orientering.\nTiltakene i kapittel 3 settes i verk."),
        (
            "nn",
            "Formannskapet tek den økonomiske stoda pr. 1. september til vitande.\n"
            "Meirinntektene vert sette av til fond.",
        ),
        ("nn", "Kommunestyret tek rapporten til vitande.\nKommunedirektøren får fullmakt til å inngå avtale."),
        ("nn", "Heradsstyret tek orienteringa til vitande.\nDet vert løyvd 500 000 kr til tiltaket."),
    ],
)
def test_approving_noting_and_more_is_adopted(language, recommendation):
    text = f"Innstilling:\n{recommendation}\n\nVedtak:\nInnstillinga vart samrøystes vedteken.\n"
    assert [o for o, _ in _rows(language, text)] == ["adopted"]
