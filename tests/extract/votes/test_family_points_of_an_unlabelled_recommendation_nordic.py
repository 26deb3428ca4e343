"""A recommendation written without its label ("Forvaltningen indstiller," / "1. at ..." / "2. at ...") still has
points: a decision that settles them one by one ("Ad 1: Anbefales. Ad 2: Anbefales enstemmigt.") gives one row per
point, each about its own point (da, nb, nn). A decision adopting the numbered recommendation as a whole, or a
numbered list that is no recommendation, stays one row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

POINT_BY_POINT = [
    (
        "da",
        "Børne- og Kulturforvaltningen indstiller, at udvalget over for Økonomiudvalget og\n"
        "Kommunalbestyrelsen anbefaler\n   1. at skoledistrikterne ændres som beskrevet i model B,\n"
        "   2. at ændringen evalueres efter to skoleår.\nBeslutning:\nAd 1: Anbefales. Formanden gjorde brug af sin\n"
        "udslagsgivende stemme: For stemte C og V (2), imod stemte A og F (2).\nAd 2: Anbefales enstemmigt.\n",
        [
            ("at skoledistrikterne ændres som beskrevet i model B", "adopted"),
            ("at ændringen evalueres efter to skoleår", "adopted"),
        ],
    ),
    (
        "da",
        "Direktionen indstiller over for Byrådet,\na) at grunden sælges,\nb) at provenuet indgår i kassen.\n\n"
        "Beslutning i Økonomiudvalget den 3. marts 2026:\nAd a) Anbefales.\nAd b) Anbefales ikke.\n",
        [("at grunden sælges", "adopted"), ("at provenuet indgår i kassen", "rejected")],
    ),
    (
        "da",
        "Kultur- og Fritidsforvaltningen anbefaler,\n  1) at tilskuddet bevilges,\n"
        "  2) at tilskuddet finansieres af puljen.\nBeslutning:\nAd 1) Godkendt med 5 stemmer mod 2 (O, D).\n"
        "Ad 2) Godkendt enstemmigt.\n",
        [("at tilskuddet bevilges", "adopted"), ("at tilskuddet finansieres af puljen", "adopted")],
    ),
    (
        "da",
        "Forvaltningen foreslår,\n1. at vejen lukkes,\n2. at der etableres en sti.\nBeslutning:\n"
        "Ad pkt. 1: Forkastet.\nAd pkt. 2: Godkendt.\n",
        [("at vejen lukkes", "rejected"), ("at der etableres en sti", "adopted")],
    ),
    (
        "da",
        "Administrationen indstiller, at udvalget over for byrådet\nanbefaler,\n1. at budgettet godkendes,\n"
        "2. at taksterne fastsættes som i bilag 2.\nBeslutning:\nAd 1. Anbefales.\nAd 2. Anbefales.\n",
        [("at budgettet godkendes", "adopted"), ("at taksterne fastsættes som i bilag 2", "adopted")],
    ),
    (
        "nb",
        "Rådmannen innstiller,\n1. at planen vedtas,\n2. at tiltakene innarbeides i økonomiplanen.\nVedtak:\n"
        "Pkt. 1: Enstemmig vedtatt.\nPkt. 2: Vedtatt mot 12 stemmer.\n",
        [("at planen vedtas", "adopted"), ("at tiltakene innarbeides i økonomiplanen", "adopted")],
    ),
    (
        "nb",
        "Kommunedirektøren tilrår at kommunestyret gjør slikt vedtak:\n1. Planen vedtas.\n"
        "2. Tiltakene innarbeides i økonomiplanen.\nVedtak:\nPunkt 1: Enstemmig vedtatt.\n"
        "Punkt 2: Vedtatt mot 3 stemmer.\n",
        [("Planen vedtas", "adopted"), ("Tiltakene innarbeides i økonomiplanen", "adopted")],
    ),
    (
        "nn",
        "Kommunedirektøren rår til,\n1) at planen vert vedteken,\n2) at tiltaka vert innarbeidde i økonomiplanen.\n"
        "Vedtak:\nPunkt 1: Samrøystes vedteke.\nPunkt 2: Vedteke mot 4 røyster.\n",
        [("at planen vert vedteken", "adopted"), ("at tiltaka vert innarbeidde i økonomiplanen", "adopted")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), POINT_BY_POINT)
def test_each_point_settled_is_a_row_about_that_point(language, body, expected):
    rows = votes(CASE[language] + body, language)
    assert [(r.subject.rstrip("."), r.outcome) for r in rows] == expected


AS_A_WHOLE = [
    (
        "da",
        "Forvaltningen indstiller,\n1. at planen vedtages,\n2. at planen evalueres efter to år,\n"
        "3. at udgiften afholdes af puljen.\nBeslutning:\nIndstillingens punkt 1-3 godkendt.\n",
    ),
    (
        "da",
        "Direktionen indstiller,\n1. at planen vedtages,\n2. at planen evalueres efter to år.\n"
        "Beslutning:\nGodkendt.\n",
    ),
    (
        "da",
        "Sagsfremstilling:\nForvaltningen indstiller, at planen godkendes, fordi\n1. skolen er for lille,\n"
        "2. eleverne er for mange.\nBeslutning:\nGodkendt.\n",
    ),
    (
        "nb",
        "Rådmannen innstiller,\n1. at planen vedtas,\n2. at tiltakene innarbeides.\nVedtak:\nInnstillingen vedtatt.\n",
    ),
]


@pytest.mark.parametrize(("language", "body"), AS_A_WHOLE)
def test_a_numbered_recommendation_adopted_as_a_whole_is_one_row(language, body):
    rows = votes(CASE[language] + body, language)
    assert len(rows) == 1 and rows[0].outcome == "adopted"
