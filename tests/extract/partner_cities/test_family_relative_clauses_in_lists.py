"""A list of partner towns goes on past a relative clause about one of them, when a comma and a coordinator close
the clause ('Borlänge i Sverige, som vi har haft kontakt med siden 1971, og Nurmijärvi i Finland'): the town after
the coordinator is the list's next member. A clause no comma and coordinator close ('Kalmar, som ligger syd for
Växjö.') is about a place nearby, which stays no partner."""

from __future__ import annotations

import pytest

LISTED = [
    (
        "da",
        "Gribskov",
        "Gribskov har to venskabsbyer: Borlänge i Sverige, som vi har haft kontakt med siden 1971, og "
        "Nurmijärvi i Finland, hvor aftalen er fra 1975.",
        {"Borlänge": ("twin", 1971), "Nurmijärvi": ("twin", 1975)},
    ),
    (
        "da",
        "Ringsted",
        "Kommunens venskabsbyer er Kalmar, der ligger ved Østersøen, og Tartu i Estland.",
        {"Kalmar": ("twin", None), "Tartu": ("twin", None)},
    ),
    (
        "da",
        "Holbæk",
        "Holbæk har samarbejdsaftaler med Lund, hvor vi arbejder med vandmiljø, og Turku.",
        {"Lund": ("cooperation_agreement", None), "Turku": ("cooperation_agreement", None)},
    ),
    (
        "da",
        "Ikast-Brande",
        "Venskabsbyerne er Sandnes i Norge, hvorfra der kommer et kor hvert år,\nog Kuressaare i Estland.",
        {"Sandnes": ("twin", None), "Kuressaare": ("twin", None)},
    ),
    (
        "da",
        "Fredensborg",
        "Siden 1992 har vi haft venskabsbyer i Rendsburg, som ligger i Slesvig-Holsten, samt Tartu.",
        {"Rendsburg": ("twin", 1992), "Tartu": ("twin", 1992)},
    ),
    (
        "nb",
        "Harstad",
        "Harstad har to vennskapsbyer: Luleå i Sverige, som vi har hatt kontakt med siden 1971, og Oulu i Finland.",
        {"Luleå": ("twin", 1971), "Oulu": ("twin", None)},
    ),
    (
        "nb",
        "Molde",
        "Vennskapsbyene er Vejle, der vi har hatt skoleutveksling, og Borlänge.",
        {"Vejle": ("twin", None), "Borlänge": ("twin", None)},
    ),
    (
        "nb",
        "Gjøvik",
        "Gjøvik har samarbeidsavtaler med Uppsala, som vi samarbeider med om helse, og Tartu i Estland.",
        {"Uppsala": ("cooperation_agreement", None), "Tartu": ("cooperation_agreement", None)},
    ),
    (
        "nb",
        "Kongsberg",
        "Våre vennskapsbyer er Kalmar i Sverige, som feiret 50 år i fjor, og Nokia i Finland.",
        {"Kalmar": ("twin", None), "Nokia": ("twin", None)},
    ),
    (
        "nb",
        "Halden",
        "Siden 1980 har Halden vært vennskapsby med Strömstad, som ligger like over grensen,\nog Vejle.",
        {"Strömstad": ("twin", 1980), "Vejle": ("twin", 1980)},
    ),
    (
        "nn",
        "Voss",
        "Venskapsbyane våre er Vejle i Danmark, som vi har hatt kontakt med sidan 1971, og Borlänge i Sverige.",
        {"Vejle": ("twin", 1971), "Borlänge": ("twin", None)},
    ),
    (
        "nn",
        "Ørsta",
        "Ørsta har samarbeidsavtale med Lund, kor vi samarbeider om skule, og Turku.",
        {"Lund": ("cooperation_agreement", None), "Turku": ("cooperation_agreement", None)},
    ),
    (
        "nn",
        "Sogndal",
        "Venskapskommunane er Kalmar, som ligg ved Austersjøen, og Tartu i Estland.",
        {"Kalmar": ("twin", None), "Tartu": ("twin", None)},
    ),
    (
        "nn",
        "Stryn",
        "Stryn har venskapsbyar i Rendsburg, der skulekorpset har vore på besøk, og Vejle.",
        {"Rendsburg": ("twin", None), "Vejle": ("twin", None)},
    ),
    (
        "nn",
        "Førde",
        "Venskapsbyane er Tartu i Estland, som vi har samarbeidd med sidan 1992, samt Vejle.",
        {"Tartu": ("twin", 1992), "Vejle": ("twin", None)},
    ),
    (
        "nl",
        "Zwolle",
        "Zwolle heeft twee zustersteden: Lünen in Duitsland, waarmee we sinds 1971 contact hebben, en "
        "Kalmar in Zweden.",
        {"Lünen": ("twin", 1971), "Kalmar": ("twin", None)},
    ),
    (
        "nl",
        "Delft",
        "De stedenbanden van Delft zijn Esslingen, die al sinds 1964 bestaat, en Adelaide.",
        {"Esslingen": ("twin", 1964), "Adelaide": ("twin", None)},
    ),
    (
        "nl",
        "Venlo",
        "Venlo heeft samenwerkingsovereenkomsten met Krefeld, waar de gemeente een kantoor deelt, en Mönchengladbach.",
        {"Krefeld": ("cooperation_agreement", None), "Mönchengladbach": ("cooperation_agreement", None)},
    ),
    (
        "nl",
        "Goes",
        "Goes heeft stedenbanden met Aarhus, dat in Denemarken ligt, en Tartu in Estland.",
        {"Aarhus": ("twin", None), "Tartu": ("twin", None)},
    ),
    (
        "nl",
        "Breda",
        "De partnersteden zijn Wrocław, waarvan de burgemeester in mei op bezoek kwam, en Tartu.",
        {"Wrocław": ("twin", None), "Tartu": ("twin", None)},
    ),
]

UNCLOSED = [
    ("da", "Fredensborg", "Vores venskabsby er Kalmar, som ligger syd for Växjö.", {"Kalmar": ("twin", None)}),
    (
        "da",
        "Fredensborg",
        "Vores venskabsby er Kalmar, som ligger syd for Växjö, og Malmö har vi intet med at gøre.",
        {"Kalmar": ("twin", None)},
    ),
    ("nb", "Halden", "Vennskapsbyen vår er Kalmar, som ligger nær Växjö.", {"Kalmar": ("twin", None)}),
    ("nn", "Førde", "Venskapsbyen vår er Kalmar, som ligg nær Växjö.", {"Kalmar": ("twin", None)}),
    ("nl", "Breda", "Onze zusterstad is Wrocław, dat dicht bij Poznań ligt.", {"Wrocław": ("twin", None)}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LISTED)
def test_a_list_goes_on_past_a_closed_relative_clause(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), UNCLOSED)
def test_a_place_in_an_unclosed_relative_clause_is_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
