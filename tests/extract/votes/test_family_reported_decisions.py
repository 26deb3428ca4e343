"""A news item reporting a council decision ("Byrådet besluttede i aftes at ...", "Bystyret vedtok torsdag
...", "De gemeenteraad keurde dinsdagavond ... goed") is one row per decision reported, whose subject is
what was decided: the object, without the council, the weekday or the counts. An amendment reported in
the same item is a row of its own. An earlier decision mentioned as background ("besluttede i 2019",
"vedtok i 2018", "keurde in 2019 ... goed") is no row. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NEWS = {"da": "Nyheder\n\n", "nb": "Nyheter\n\n", "nn": "Nyheiter\n\n", "nl": "Nieuws\n\n"}


def _rows(language: str, text: str) -> list[tuple[str | None, str, int | None, int | None]]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(NEWS[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("da", "Byrådet besluttede i aftes at lukke Søndervang Skole.\n", "at lukke Søndervang Skole"),
        ("da", "Byrådet i Testby godkendte tirsdag aften den nye klimaplan.\n", "den nye klimaplan"),
        (
            "da",
            "Kommunalbestyrelsen vedtog mandag en ny parkeringsstrategi. Planen træder i kraft til sommer.\n",
            "en ny parkeringsstrategi",
        ),
        (
            "da",
            "Økonomiudvalget godkendte onsdag et anlægsbudget på 12 mio. kr. til Hallen.\n",
            "et anlægsbudget på 12 mio. kr. til Hallen",
        ),
        ("da", "Byrådet har i går besluttet at sælge den gamle rådhusgrund.\n", "at sælge den gamle rådhusgrund"),
        ("da", "Kommunalbestyrelsen vedtog på sit møde i går budgettet for 2025.\n", "budgettet for 2025"),
        ("nb", "Bystyret vedtok torsdag å bygge ny svømmehall på Nordbyen.\n", "å bygge ny svømmehall på Nordbyen"),
        (
            "nb",
            "Kommunestyret vedtok i går kveld budsjettet for 2025. Opposisjonen stemte imot.\n",
            "budsjettet for 2025",
        ),
        ("nb", "Formannskapet godkjente tirsdag avtalen om nytt rådhus.\n", "avtalen om nytt rådhus"),
        ("nb", "Bystyret vedtok onsdag kveld en ny klimaplan for byen.\n", "en ny klimaplan for byen"),
        (
            "nb",
            "Kommunestyret har vedtatt å avslutte vennskapsbysamarbeidet med Kerava.\n",
            "å avslutte vennskapsbysamarbeidet med Kerava",
        ),
        ("nn", "Kommunestyret vedtok i går å selje den gamle skulen på Myra.\n", "å selje den gamle skulen på Myra"),
        ("nn", "Heradsstyret vedtok torsdag ein ny plan for kulturbygg.\n", "ein ny plan for kulturbygg"),
        ("nn", "Kommunestyret godkjende måndag avtalen med nabokommunen.\n", "avtalen med nabokommunen"),
        (
            "nn",
            "Formannskapet vedtok i dag å løyve 2 millionar kroner til vegen.\n",
            "å løyve 2 millionar kroner til vegen",
        ),
        ("nn", "Kommunestyret har vedteke å byggje ny brannstasjon.\n", "å byggje ny brannstasjon"),
        ("nl", "De gemeenteraad keurde dinsdagavond het nieuwe mobiliteitsplan goed.\n", "het nieuwe mobiliteitsplan"),
        ("nl", "De raad stelde donderdag de begroting voor 2025 vast.\n", "de begroting voor 2025"),
        ("nl", "De gemeenteraad van Testby heeft woensdag het klimaatplan goedgekeurd.\n", "het klimaatplan"),
        ("nl", "De gemeenteraad verbrak gisteravond de stedenband met Lublin.\n", "de stedenband met Lublin"),
        ("nl", "Vorige week stemde de raad in met het nieuwe speelruimteplan.\n", "het nieuwe speelruimteplan"),
        # Flemish reports
        ("nl", "De gemeenteraad van Testbeek keurde maandagavond het meerjarenplan goed.\n", "het meerjarenplan"),
        (
            "nl",
            "De gemeenteraad heeft maandag beslist om toe te treden tot het Burgemeestersconvenant.\n",
            "toe te treden tot het Burgemeestersconvenant",
        ),
        (
            "nl",
            "Een motie van de SP over gratis zwemles werd dinsdag met 20 tegen 13 stemmen aangenomen.\n",
            "Een motie van de SP over gratis zwemles",
        ),
    ],
)
def test_a_reported_decision_is_about_its_object(language, text, subject):
    assert [s for s, _, _, _ in _rows(language, text)] == [subject]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De gemeenteraad van Testby heeft maandagavond met 19 stemmen voor en 6 tegen ingestemd met de "
            "verkoop van het oude zwembad.\n",
            ("de verkoop van het oude zwembad", "adopted", 19, 6),
        ),
        (
            "Met 22 tegen 9 stemmen nam de gemeenteraad gisteravond het bestemmingsplan Molenweg aan.\n",
            ("het bestemmingsplan Molenweg", "adopted", 22, 9),
        ),
    ],
)
def test_counts_in_a_report_are_read_not_kept_in_the_subject(text, expected):
    assert _rows("nl", text) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "da",
            "Byrådet godkendte i aftes lokalplanen for Havnen. Et ændringsforslag fra Venstre om færre etager "
            "blev forkastet med 8 stemmer mod 19.\n",
            [
                ("lokalplanen for Havnen", "adopted", None, None),
                ("Et ændringsforslag fra Venstre om færre etager", "rejected", 8, 19),
            ],
        ),
        (
            "nb",
            "Bystyret vedtok i kveld ny kommuneplan. Et endringsforslag fra Rødt om flere sykkelveier falt med "
            "5 mot 34 stemmer.\n",
            [
                ("ny kommuneplan", "adopted", None, None),
                ("Et endringsforslag fra Rødt om flere sykkelveier", "rejected", 5, 34),
            ],
        ),
        (
            "nn",
            "Kommunestyret vedtok i kveld budsjettet. Eit endringsframlegg frå Sp om lågare eigedomsskatt fall "
            "med 8 mot 21 røyster.\n",
            [
                ("budsjettet", "adopted", None, None),
                ("Eit endringsframlegg frå Sp om lågare eigedomsskatt", "rejected", 8, 21),
            ],
        ),
        (
            "nl",
            "De Testbeekse gemeenteraad heeft gisteren het nieuwe parkeerplan goedgekeurd. Een amendement van "
            "N-VA werd verworpen.\n",
            [("het nieuwe parkeerplan", "adopted", None, None), ("Een amendement van N-VA", "rejected", None, None)],
        ),
        (
            "nl",
            "De gemeenteraad keurde maandag het mobiliteitsplan goed. Een amendement om de parkeertarieven te "
            "bevriezen werd verworpen met 2 tegen 27 stemmen.\n",
            [
                ("het mobiliteitsplan", "adopted", None, None),
                ("Een amendement om de parkeertarieven te bevriezen", "rejected", 2, 27),
            ],
        ),
    ],
)
def test_an_amendment_reported_beside_the_decision_is_its_own_row(language, text, expected):
    assert _rows(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Byrådet besluttede i 2019 at indføre gratis bus for pensionister. Nu evalueres ordningen.\n"),
        ("da", "Kommunalbestyrelsen besluttede på den baggrund at fortsætte politikken uændret.\n"),
        ("nb", "Bystyret vedtok i 2018 å etablere et ungdomsråd. Nå evalueres ordningen.\n"),
        ("nn", "Kommunestyret vedtok i 2017 å byggje ny skule. No er skulen ferdig.\n"),
        ("nl", "De gemeenteraad keurde in 2019 het klimaatplan goed. Nu volgt een evaluatie.\n"),
    ],
)
def test_an_earlier_decision_mentioned_as_background_is_no_row(language, text):
    assert _rows(language, text) == []
