"""Goal bullets of one theme ("Mål for temaet:", "Subdoelen van het thema wonen:") are sub-goals, not
further themes, even though the lead-in names a theme cue word."""

from __future__ import annotations

import pytest

GOALS = {
    "da": "- Halvere udledningen inden 2030\n- Flere elbiler i kommunens flåde\n- Mere genbrug i boligområderne",
    "nb": "- Flere barn i barnehage\n- Bedre leseferdigheter på mellomtrinnet\n- Mindre frafall i videregående",
    "nn": "- Fleire barn i barnehage\n- Betre leseferdigheiter på mellomtrinnet\n- Mindre fråfall i vidaregåande",
    "nl": "- Meer sociale huurwoningen\n- Kortere wachtlijsten voor starters\n- Minder leegstand in het centrum",
}

LEAD_INS = {
    "da": [
        "Tema: Klima\n\nMål for temaet:",
        "Indsatsområde 1: Grøn omstilling\n\nDelmål:",
        "Målene for fokusområdet er:",
        "Delmålene under indsatsområdet er:",
        "Succeskriterier for pejlemærket:",
    ],
    "nb": [
        "Delmål for satsingsområdet oppvekst:",
        "Mål for fokusområdet:",
        "Målene i satsingsområdet er:",
        "Tema: Oppvekst\n\nDelmål:",
        "Resultatmål for innsatsområdet:",
    ],
    "nn": [
        "Delmål for satsingsområdet oppvekst:",
        "Mål for fokusområdet:",
        "Måla i satsingsområdet er:",
        "Tema: Oppvekst\n\nDelmål:",
        "Resultatmål for innsatsområdet:",
    ],
    "nl": [
        "Doelen binnen dit speerpunt:",
        "Subdoelen van het thema wonen:",
        "De doelen van deze pijler zijn:",
        "Thema: Wonen\n\nDoelen:",
        "Beoogde resultaten voor dit speerpunt:",
        "Doelstellingen voor deze ambitie:",
    ],
}


@pytest.mark.parametrize(("language", "lead_in"), [(lang, lead) for lang, leads in LEAD_INS.items() for lead in leads])
def test_the_goals_of_one_theme_are_not_themes(labels, language, lead_in):
    assert labels(f"{lead_in}\n\n{GOALS[language]}", language) == []
