"""Themes as unnumbered section headings after a cue paragraph that goes on after its cue, or after a
cue heading and a short intro; and the section pages that look like it but are not themes."""

from __future__ import annotations

import pytest

SECTIONS = {
    "da": [
        ("Grøn omstilling", "Vi vil halvere udledningen af drivhusgasser inden 2030 i hele kommunen."),
        ("Børn og unge", "Alle børn skal have en god start på livet og trives i dagtilbud og skole."),
        ("Erhverv og job", "Flere virksomheder skal vælge at slå sig ned her, og flere skal i arbejde."),
        ("Kultur og fritid", "Et rigt foreningsliv skaber fællesskab på tværs af generationer."),
    ],
    "nb": [
        ("Levende lokalsamfunn", "Vi skal ha attraktive bygder og et levende sentrum med gode møteplasser."),
        ("Oppvekst og læring", "Barn og unge skal få en trygg oppvekst og mestre skolen."),
        ("Grønt næringsliv", "Næringslivet skal vokse på en bærekraftig måte og skape nye arbeidsplasser."),
        ("Helse og omsorg", "Flere skal kunne bo hjemme lenger med god hjelp når de trenger det."),
    ],
    "nn": [
        ("Folkehelse", "Alle innbyggjarar skal ha moglegheit til eit aktivt og sunt liv i kvardagen."),
        ("Oppvekst", "Barnehagar og skular skal vere gode stader å vere og lære for alle."),
        ("Næring og arbeid", "Vi skal leggje til rette for nye arbeidsplassar i alle bygdene våre."),
        ("Klima og miljø", "Kommunen skal kutte utslepp og ta vare på naturen for komande generasjonar."),
    ],
    "nl": [
        ("Gezond wonen", "In onze gemeente wonen mensen prettig en gezond, in alle kernen."),
        ("Sterke economie", "Bedrijven vinden hier ruimte om te groeien en mensen vinden werk."),
        ("Duurzaam landschap", "Het landschap is het visitekaartje van de gemeente en dat houden we zo."),
        ("Goede verbindingen", "De gemeente is goed bereikbaar met de fiets, de bus en de auto."),
    ],
}


SUBTITLES = {
    "da": "Sådan gør vi",
    "nb": "Slik gjør vi det",
    "nn": "Slik gjer vi det",
    "nl": "Zo pakken we het aan",
}


def _page(intro: str, language: str, n: int = 4, between: str = "\n\n", subtitle: bool = False) -> str:
    sub = f"{SUBTITLES[language]}{between}" if subtitle else ""
    sections = "\n\n".join(f"{head}{between}{sub}{body}" for head, body in SECTIONS[language][:n])
    return f"{intro}\n\n{sections}"


def _heads(language: str, n: int = 4) -> list[str]:
    return [head for head, _ in SECTIONS[language][:n]]


CUE_PARAGRAPHS = {
    "da": [
        "Strategien har fire indsatsområder. De beskrives nærmere nedenfor.",
        "Kommunalbestyrelsen har valgt fire pejlemærker for perioden. Hvert pejlemærke har sine egne mål.",
        "Fokusområder\n\nPolitikken er bygget op om de temaer, som borgerne pegede på i dialogen.",
        "Planstrategien samler sig om fire fokusområder, som er beskrevet herunder.",
        "Indsatsområder\n\nHer kan du læse om kommunens prioriteter i de kommende år.",
    ],
    "nb": [
        "Kommuneplanens samfunnsdel har fire satsingsområder. Disse beskrives nærmere under.",
        "Satsingsområder\n\nHer kan du lese mer om hva kommunen vil prioritere fram mot 2030.",
        "Strategien peker ut fire innsatsområder for perioden. Hvert av dem følges opp i handlingsdelen.",
        "Planen har fire hovedsatsinger. Under finner du en kort beskrivelse av hver av dem.",
        "Målområder\n\nKommunestyret vedtok i fjor målområdene som planen bygger på.",
    ],
    "nn": [
        "Kommuneplanen har fire satsingsområde. Dei er omtala nærare nedanfor.",
        "Satsingsområde\n\nHer kan du lese meir om kva kommunen vil prioritere dei neste åra.",
        "Planen byggjer på fire hovudsatsingar. Kvar av dei har eigne mål.",
        "Strategien har fire fokusområde, som vert omtala under.",
        "Fokusområde\n\nKommunestyret har valt desse områda for planperioden.",
    ],
    "nl": [
        "De omgevingsvisie is opgebouwd rond vier hoofdthema's. Per thema beschrijven we onze ambities.",
        "Thema's\n\nOp deze pagina vindt u de thema's van de omgevingsvisie.",
        "Het coalitieakkoord kent vier speerpunten. Hieronder leest u wat we per speerpunt gaan doen.",
        "Pijlers\n\nHet beleidsplan rust op de volgende pijlers.",
        "Het college heeft vier prioriteiten voor deze periode. Die lichten we hieronder toe.",
    ],
}


@pytest.mark.parametrize(
    ("language", "intro"), [(lang, intro) for lang, intros in CUE_PARAGRAPHS.items() for intro in intros]
)
def test_theme_headings_each_opening_a_section_after_a_cue_paragraph(labels, language, intro):
    assert labels(_page(intro, language), language) == _heads(language)


@pytest.mark.parametrize(
    ("language", "intro"), [(lang, intro) for lang, intros in CUE_PARAGRAPHS.items() for intro in intros]
)
def test_theme_headings_with_a_short_subtitle_over_their_text(labels, language, intro):
    assert labels(_page(intro, language, subtitle=True), language) == _heads(language)


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_section_bodies_right_under_their_headings_without_blank_lines(labels, language):
    intro = CUE_PARAGRAPHS[language][0]
    assert labels(_page(intro, language, between="\n"), language) == _heads(language)


COUNT_MISMATCH = {
    "da": "Strategien har fem indsatsområder. De beskrives nærmere nedenfor.",
    "nb": "Kommuneplanens samfunnsdel har seks satsingsområder. Disse beskrives nærmere under.",
    "nn": "Kommuneplanen har tre satsingsområde. Dei er omtala nærare nedanfor.",
    "nl": "Het coalitieakkoord kent zes speerpunten. Hieronder leest u wat we per speerpunt gaan doen.",
}

NOT_THEMES = {
    "da": [
        "Læs om kommunens fokusområder på hjemmesiden. Der er nyt hver uge.",
        "Visionen og temaerne blev præsenteret for byrådet. Her er et kort referat.",
        "Temaer på borgermødet\n\nDer var god stemning, og mange deltog i debatten.",
        "Byrådet holdt møde i går. Her er de vigtigste nyheder fra aftenen.",
        "Mange borgere har i årets løb spurgt os om de prioriteter, der ligger bag budgettet, og hvordan "
        "pengene fordeles mellem skoler, veje og ældrepleje, så her kommer en lang forklaring på det hele.",
    ],
    "nb": [
        "Les om kommunens satsingsområder på nettsidene våre. Det kommer nytt hver uke.",
        "Visjonen og satsingsområdene ble lagt fram på møtet. Her er et kort referat.",
        "Tema på seminaret\n\nDet var mange deltakere og god stemning i salen.",
        "Kommunestyret hadde møte i går. Her er de viktigste sakene fra kvelden.",
        "Mange innbyggere har i løpet av året spurt oss om prioriteringene som ligger bak budsjettet, og "
        "hvordan pengene fordeles mellom skoler, veier og eldreomsorg, så her kommer en lang forklaring.",
    ],
    "nn": [
        "Les om satsingsområda til kommunen på nettsidene våre. Det kjem nytt kvar veke.",
        "Visjonen og satsingsområda vart lagde fram på møtet. Her er eit kort referat.",
        "Tema på seminaret\n\nDet var mange deltakarar og god stemning i salen.",
        "Kommunestyret hadde møte i går. Her er dei viktigaste sakene frå kvelden.",
        "Mange innbyggjarar har i løpet av året spurt oss om prioriteringane som ligg bak budsjettet, og "
        "korleis pengane vert fordelte mellom skular, vegar og eldreomsorg, så her kjem ei lang forklaring.",
    ],
    "nl": [
        "Lees meer over onze speerpunten op de website. Elke week is er nieuws.",
        "De visie en de thema's zijn aan de raad gepresenteerd. Hier volgt een kort verslag.",
        "Thema's van de bijeenkomst\n\nEr was veel belangstelling en een goede sfeer in de zaal.",
        "De raad vergaderde gisteren. Dit zijn de belangrijkste punten van de avond.",
        "Veel inwoners hebben het afgelopen jaar gevraagd naar de prioriteiten achter de begroting en hoe "
        "het geld wordt verdeeld over scholen, wegen en ouderenzorg, dus hier volgt een lange uitleg daarover.",
    ],
}


@pytest.mark.parametrize("subtitle", [False, True])
@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_a_count_that_disagrees_with_the_sections_gives_no_rows(labels, language, subtitle):
    assert labels(_page(COUNT_MISMATCH[language], language, subtitle=subtitle), language) == []


@pytest.mark.parametrize("subtitle", [False, True])
@pytest.mark.parametrize(("language", "intro"), [(lang, i) for lang, intros in NOT_THEMES.items() for i in intros])
def test_sections_after_a_paragraph_that_names_no_strategy_of_its_own_are_not_themes(labels, language, intro, subtitle):
    assert labels(_page(intro, language, subtitle=subtitle), language) == []
