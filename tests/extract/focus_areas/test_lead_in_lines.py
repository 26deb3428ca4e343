"""A theme's section often opens with a lead-in line ("Vi vil", "Det betyr at vi vil:", "Dit gaan we
doen:", "Målet er at") over bullets: the lead-in is neither a theme nor part of a theme's name, and the
bullets are the theme's goals, not themes. A theme heading that opens with the same words ("Vi skaper
framtidens skole") is still a theme."""

from __future__ import annotations

import pytest

# (title, cue, themes, lead-ins, goals) per language; each theme gets one lead-in and two goal bullets.
PLANS = {
    "da": (
        "Planstrategi 2024-2028",
        "Kommunalbestyrelsen har valgt tre indsatsområder.",
        ["Børn og unge", "Erhverv og job", "Klima og natur"],
        ["Vi vil", "Vi vil:", "Det betyder, at vi vil:", "Målet er, at", "Derfor vil vi:", "Hertil kommer:"],
        [
            "alle børn får en god start i dagtilbud og skole",
            "flere unge gennemfører en uddannelse",
            "nye virksomheder får gode vilkår i kommunen",
            "vi halverer udledningen af CO2 inden 2030",
        ],
    ),
    "nb": (
        "Kommuneplanens samfunnsdel 2024-2036",
        "Kommunestyret har valgt tre satsingsområder.",
        ["Oppvekst og læring", "Arbeid og næring", "Klima og miljø"],
        ["Vi vil", "Vi skal:", "Det betyr at vi vil:", "Målet er at", "Dette gjør vi:", "Hertil kommer:"],
        [
            "alle barn får en god start i barnehage og skole",
            "flere unge fullfører videregående skole",
            "nye bedrifter får gode vilkår i kommunen",
            "vi halverer klimagassutslippene innen 2030",
        ],
    ),
    "nn": (
        "Kommuneplanen sin samfunnsdel 2023-2035",
        "Kommunestyret har valt tre satsingsområde.",
        ["Oppvekst og læring", "Arbeid og næring", "Klima og miljø"],
        ["Vi vil", "Vi skal:", "Det tyder at vi vil:", "Målet er at", "Dette gjer vi:", "Slik gjer vi det:"],
        [
            "alle born får ein god start i barnehage og skule",
            "fleire unge fullfører vidaregåande skule",
            "nye bedrifter får gode vilkår i kommunen",
            "vi halverer klimagassutsleppa innan 2030",
        ],
    ),
    "nl": (
        "Beleidsplan 2023-2026",
        "Het college kiest voor drie speerpunten.",
        ["Jeugd en onderwijs", "Werk en economie", "Klimaat en natuur"],
        [
            "Dit gaan we doen:",
            "Dit betekent:",
            "Wij willen",
            "Het doel is dat",
            "Hertoe gaan we:",
            "Dit betekent dat we:",
        ],
        [
            "alle kinderen krijgen een goede start op school",
            "meer jongeren halen een startkwalificatie",
            "nieuwe bedrijven krijgen ruimte in de gemeente",
            "we halveren de CO2-uitstoot voor 2030",
        ],
    ),
}

HEADINGS = {"plain": "{}", "numbered": "{n}. {}", "bracketed": "{n}) {}", "bare number": "{n} {}"}


def _plan(language: str, lead: int, heading: str, intro: bool, colon: bool = False) -> tuple[str, list[str]]:
    title, cue, themes, leads, goals = PLANS[language]
    parts = [title, cue.replace(".", ":") if colon else cue]
    for n, theme in enumerate(themes):
        parts.append(HEADINGS[heading].format(theme, n=n + 1))
        if intro:
            parts.append(f"{goals[n]}.".capitalize() + " " + f"{goals[n + 1]}.".capitalize())
        parts.append(f"{leads[(lead + n) % len(leads)]}\n- {goals[n]}\n- {goals[(n + 2) % len(goals)]}")
    return "\n\n".join(parts) + "\n", themes


@pytest.mark.parametrize("language", list(PLANS))
@pytest.mark.parametrize("lead", range(6))
@pytest.mark.parametrize("heading", list(HEADINGS))
@pytest.mark.parametrize("intro", [False, True])
@pytest.mark.parametrize("colon", [False, True])
def test_a_lead_in_and_its_bullets_under_each_theme_are_no_themes(labels, language, lead, heading, intro, colon):
    text, themes = _plan(language, lead, heading, intro, colon)
    assert labels(text, language) == themes


# Themes named with the lead-in's own opening words under a count cue stay themes.
WE_THEMES = {
    "da": (
        "Vision 2030\n\nByrådet har vedtaget fire pejlemærker.\n\n",
        ["Vi skaber fremtidens skole", "Vi vil have flere i job", "Vi tager ansvar for klimaet", "Vi står sammen"],
        "Her følger en kort beskrivelse af, hvad pejlemærket betyder for borgere og virksomheder i kommunen.",
    ),
    "nb": (
        "Kommuneplanens samfunnsdel 2024-2036\n\nPlanen har fire satsingsområder.\n\n",
        ["Vi skaper framtidens skole", "Vi vil ha flere i jobb", "Vi tar ansvar for klimaet", "Vi står sammen"],
        "Her følger en kort beskrivelse av hva satsingsområdet betyr for innbyggere og næringsliv i kommunen.",
    ),
    "nn": (
        "Kommuneplanen sin samfunnsdel\n\nPlanen har fire satsingsområde.\n\n",
        ["Vi skapar framtidas skule", "Vi vil ha fleire i jobb", "Vi tek ansvar for klimaet", "Vi står saman"],
        "Her følgjer ei kort skildring av kva satsingsområdet tyder for innbyggjarar og næringsliv i kommunen.",
    ),
    "nl": (
        "Coalitieakkoord 2022-2026\n\nDit akkoord kent vier speerpunten.\n\n",
        [
            "Wij bouwen aan de school van morgen",
            "Wij willen meer mensen aan het werk",
            "Wij nemen verantwoordelijkheid voor het klimaat",
            "Wij staan samen",
        ],
        "Hieronder staat kort beschreven wat dit speerpunt betekent voor inwoners en ondernemers in de gemeente.",
    ),
}


@pytest.mark.parametrize("language", list(WE_THEMES))
@pytest.mark.parametrize("heading", list(HEADINGS))
def test_theme_headings_opening_with_we_are_themes(labels, language, heading):
    head, themes, body = WE_THEMES[language]
    sections = [f"{HEADINGS[heading].format(theme, n=n + 1)}\n{body}" for n, theme in enumerate(themes)]
    assert labels(head + "\n\n".join(sections) + "\n", language) == themes


CUE_HEADINGS = {
    "da": ["Indsatsområder", "Vores indsatsområder"],
    "nb": ["Satsingsområder", "Våre satsingsområder"],
    "nn": ["Satsingsområda", "Satsingsområde"],
    "nl": ["Speerpunten", "Onze speerpunten"],
}


@pytest.mark.parametrize("language", list(PLANS))
@pytest.mark.parametrize("cue", [0, 1])
@pytest.mark.parametrize("lead", range(6))
def test_lead_ins_under_theme_headings_after_a_cue_heading_are_no_themes(labels, language, cue, lead):
    text, themes = _plan(language, lead, "plain", intro=False)
    title, sentence = PLANS[language][:2]
    text = text.replace(sentence, CUE_HEADINGS[language][cue])
    assert labels(text, language) == themes


@pytest.mark.parametrize("language", list(WE_THEMES))
def test_themes_opening_with_we_listed_one_a_line_after_a_colon_are_themes(labels, language):
    head, themes, _ = WE_THEMES[language]
    text = head.replace(".\n", ":\n") + "\n".join(f"- {theme}" for theme in themes) + "\n"
    assert labels(text, language) == themes


LONG_LEADS = {
    "da": [
        "Det betyder, at vi i de kommende fire år vil:",
        "Vi vil i samarbejde med borgerne:",
        "Målet er, at vi i 2030:",
    ],
    "nb": ["Det betyr at vi i planperioden vil:", "Vi vil i samarbeid med innbyggerne:", "Målet er at vi innen 2030:"],
    "nn": [
        "Det tyder at vi i planperioden vil:",
        "Vi vil i samarbeid med innbyggjarane:",
        "Målet er at vi innan 2030:",
    ],
    "nl": ["Dit betekent dat we de komende vier jaar:", "We gaan samen met inwoners:", "Het doel is dat we in 2030:"],
}


@pytest.mark.parametrize("language", list(LONG_LEADS))
@pytest.mark.parametrize("heading", ["plain", "numbered"])
def test_a_longer_lead_in_up_to_its_colon_is_no_theme(labels, language, heading):
    title, cue, themes, _, goals = PLANS[language]
    parts = [title, cue]
    for n, (theme, lead) in enumerate(zip(themes, LONG_LEADS[language], strict=True)):
        parts.append(f"{HEADINGS[heading].format(theme, n=n + 1)}\n{lead}\n- {goals[n]}\n- {goals[n + 1]}")
    assert labels("\n\n".join(parts) + "\n", language) == themes
