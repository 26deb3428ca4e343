"""Family: a strategy's introduction names the themes of the plan it carries out or builds on ("Strategien
udmønter Planstrategi 2023, som har fire temaer: ...", "Deze agenda werkt de Koers 2030 uit, die drie
opgaven kent: ..."): those are the other plan's themes, and the strategy's own list further on is the one
reported. Look-alikes: a sentence leading into the document's own sections ("bygger på kommuneplanens tre
satsingsområder:") and a strategy counting its own themes keep their rows. Strategies written for these tests."""

from __future__ import annotations

import pytest

OWN = {
    "da": (
        "Klimastrategi 2030",
        "Indsatsområder",
        ["Energi", "Transport", "Landbrug"],
        "Strategien udmønter Planstrategi 2023, som har fire temaer: Vækst, Natur, Fællesskab og Mobilitet.",
        "Vi vil nå målet inden 2030.",
    ),
    "nb": (
        "Næringsstrategi 2025-2029",
        "Satsingsområder",
        ["Reiseliv", "Landbruk og mat", "Industri"],
        "Strategien følger opp kommuneplanens samfunnsdel, som har tre satsingsområder: Bolyst, Helse og Klima.",
        "Her beskriver vi hva vi vil oppnå.",
    ),
    "nn": (
        "Kulturstrategi 2025-2030",
        "Innsatsområde",
        ["Kulturarv", "Kunst i skulen", "Frivillige lag"],
        "Strategien byggjer på kommuneplanen 2022-2034 med fire satsingsområde: Bulyst, Helse, Næring og Klima.",
        "Her skildrar vi kva vi vil oppnå.",
    ),
    "nl": (
        "Uitvoeringsagenda Sociaal Domein",
        "Onze opgaven",
        ["Gezond opgroeien", "Zelfstandig thuis", "Werk en inkomen"],
        "Deze agenda werkt de Koers 2030 uit, die vier thema's kent: Wonen, Werken, Leren en Bewegen.",
        "Hier beschrijven we wat we willen bereiken.",
    ),
}


def _strategy(language: str, numbered: bool) -> str:
    title, heading, themes, parent, body = OWN[language]
    marks = [f"{n}. " if numbered else "" for n in range(1, len(themes) + 1)]
    sections = "\n\n".join(f"{mark}{theme}\n{body}" for mark, theme in zip(marks, themes, strict=True))
    return f"{title}\n\n{parent}\n\n{heading}\n\n{sections}\n"


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("language", list(OWN))
def test_the_themes_of_the_plan_carried_out_give_way_to_the_strategys_own(labels, language, numbered):
    assert labels(_strategy(language, numbered), language) == OWN[language][2]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Oppvekstplan 2025\n\nPlanen bygger på kommuneplanens tre satsingsområder:\n\n1. Trygg oppvekst\n"
            "Her beskriver vi hva vi vil oppnå.\n\n2. God helse\nHer beskriver vi hva vi vil oppnå.\n\n"
            "3. Aktive lokalsamfunn\nHer beskriver vi hva vi vil oppnå.\n",
            ["Trygg oppvekst", "God helse", "Aktive lokalsamfunn"],
        ),
        (
            "da",
            "Sundhedspolitik 2025\n\nPolitikken har fire temaer: Trivsel, Bevægelse, Mad og Fællesskab.\n",
            ["Trivsel", "Bevægelse", "Mad", "Fællesskab"],
        ),
        (
            "nl",
            "Koers 2030\n\nDeze koers sluit aan bij de wensen van inwoners en kent drie thema's: "
            "Wonen, Werken en Leren.\n",
            ["Wonen", "Werken", "Leren"],
        ),
    ],
)
def test_a_strategy_naming_its_own_themes_keeps_them(labels, language, text, expected):
    assert labels(text, language) == expected
