"""A running sentence's line ending on a lowercase head noun ('i programmet', 'medlem af netværket', 'lid van het
netwerk') with the name it introduces carried to the next line, though the name's first word would have fitted: the
sentence goes on over the break and the name is read in it. A short heading line ending on such a noun ('Internationale
netværk') heads what follows and is no part of the next sentence. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

_WIDE = {
    "da": (
        "Kommunen arbejder internationalt for at styrke erhvervslivet, uddannelserne og den grønne omstilling i hele\n"
        "kommunen, og samarbejdet bygger på konkrete projekter med partnere i hele"
        " Europa og i Norden gennem mange år.\n\n"
    ),
    "nb": (
        "Kommunen arbeider internasjonalt for å styrke næringslivet, utdanningen og det grønne skiftet i hele\n"
        "kommunen, og samarbeidet bygger på konkrete prosjekter med partnere i hele"
        " Europa og Norden gjennom mange år.\n\n"
    ),
    "nn": (
        "Kommunen arbeider internasjonalt for å styrkje næringslivet, utdanninga og det grøne skiftet i heile\n"
        "kommunen, og samarbeidet byggjer på konkrete prosjekt med partnarar i heile"
        " Europa og Norden gjennom mange år.\n\n"
    ),
    "nl": (
        "De gemeente werkt internationaal samen om de economie, het onderwijs en de energietransitie in de hele\n"
        "gemeente te versterken, en die samenwerking steunt op concrete projecten met"
        " partners in heel Europa sinds jaren.\n\n"
    ),
}

CARRIED = [
    ("nb", "Gjesdal", "Gjesdal deltar i prosjektet «GreenFarm Futures» i programmet\nInterreg Nordsjøen "
     "sammen med Aurich og Assen. Prosjektet løper til 2028.\n", "Interreg"),
    ("nn", "Hareid", "Hareid deltek i prosjektet «Hamneliv» i programmet\nInterreg Nordsjøen saman med to hamnebyar i "
     "Danmark.\n", "Interreg"),
    ("da", "Thisted", "Thisted deltager i projektet «Kystliv» under programmet\nInterreg Nordsøen sammen med "
     "Esbjerg og Bremerhaven.\n", "Interreg"),
    ("da", "Ishøj", "Ishøj er siden 2019 medlem af det nordiske netværket\nNordic Safe Cities og deler viden om "
     "forebyggelse.\n", "Nordic Safe Cities"),
    ("nl", "Bladel", "Bladel is sinds 2023 lid van het nationale netwerk\nKlimaatverbond Nederland en deelt er "
     "kennis over warmte.\n", "Klimaatverbond Nederland"),
]

HEADED = [
    ("da", "Ishøj", "Tidligere netværk\nEnergy Cities var vi medlem af indtil 2015.\n", "Energy Cities"),
    ("nl", "Bladel", "Geen lid van het netwerk\nEurocities is voor een gemeente van onze omvang niet haalbaar.\n",
     "Eurocities"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), CARRIED)
def test_a_name_carried_after_a_head_noun_ending_a_running_line_is_read_in_its_sentence(
    language: str, town: str, text: str, network: str
) -> None:
    assert network in networks(_WIDE[language] + text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), HEADED)
def test_a_heading_ending_on_a_head_noun_stays_apart(language: str, town: str, text: str, network: str) -> None:
    assert network not in networks(_WIDE[language] + text, language, town)
