"""A news page's list of links under a "Læs også" / "Les også" / "Lees ook" line names other pages: each item is
another news item's headline ("› Kommunalbestyrelsen vedtog ny klimaplan (nyhed fra 28. maj 2026)"), no decision of
this meeting, as the link line's own headline already is. A list under any other line (a section of short items,
"Også på mødet" / "• Byrådet godkendte ...") still reports decisions.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADS = {
    "da": "Nyt fra byrådet\nPubliceret 26. juni 2026\n\nByrådet holdt møde torsdag den 25. juni 2026. Her er et kort"
    " overblik over beslutningerne.\n\nBUDGETRAMMER\nByrådet godkendte rammerne for budget 2027 med 17 stemmer for"
    " og 6 imod.\n\n",
    "nb": "Nytt fra kommunestyret\nPublisert 26. juni 2026\n\nKommunestyret hadde møte torsdag 25. juni 2026. Her er"
    " de viktigste vedtakene.\n\nBudsjett\nKommunestyret vedtok budsjettrammene med 17 mot 6 stemmer.\n\n",
    "nn": "Nytt frå kommunestyret\nPublisert 26. juni 2026\n\nKommunestyret hadde møte torsdag 25. juni 2026. Her er"
    " dei viktigaste vedtaka.\n\nBudsjett\nKommunestyret vedtok budsjettrammene med 17 mot 6 røyster.\n\n",
    "nl": "Nieuws uit de gemeenteraad\nGepubliceerd op 26 juni 2026\n\nIn de raadsvergadering van donderdag 25 juni"
    " 2026 zijn de volgende besluiten genomen.\n\nKadernota\nDe raad stelde de kadernota 2027 vast met 17 stemmen"
    " voor en 6 tegen.\n\n",
}

LINKS = [
    ("da", "Læs også\n› Kommunalbestyrelsen vedtog ny klimaplan (nyhed fra 28. maj 2026)\n› Sådan følger du møderne\n"),
    ("da", "Læs mere\n- Byrådet godkendte ny skolestruktur\n- Byrådet vedtog budget 2026\n"),
    ("da", "Se også\n• Byrådet sagde ja til nyt vandland\n"),
    ("da", "Læs også\n> Forslaget om gratis parkering blev vedtaget (nyhed fra april)\n> Dagsorden og referat\n"),
    ("da", "Læs også\n» Lokalplan 12 blev godkendt\n» Kontakt sekretariatet\n"),
    ("nb", "Les også\n› Kommunestyret vedtok ny klimaplan (nyhet fra 28. mai 2026)\n› Slik følger du møtene\n"),
    ("nb", "Les mer\n- Bystyret vedtok ny skolestruktur\n- Bystyret vedtok budsjett 2026\n"),
    ("nb", "Se også\n• Kommunestyret sa ja til ny barnehage\n"),
    ("nb", "Les også\n> Forslaget om gratis parkering ble vedtatt (april)\n"),
    ("nb", "Les også\n» Reguleringsplanen ble godkjent\n» Kontakt servicetorget\n"),
    ("nn", "Les også\n› Kommunestyret vedtok ny klimaplan (nyheit 28. mai 2026)\n› Slik følgjer du møta\n"),
    ("nn", "Les meir\n- Kommunestyret vedtok ny skulestruktur\n- Kommunestyret vedtok budsjett 2026\n"),
    ("nn", "Sjå også\n• Kommunestyret sa ja til ny barnehage\n"),
    ("nn", "Les også\n> Framlegget om gratis parkering vart vedteke (april)\n"),
    ("nn", "Les også\n» Reguleringsplanen vart godkjend\n» Kontakt servicetorget\n"),
    ("nl", "Lees ook\n> Gemeenteraad keurt nieuw speelpleinbeleid goed (juni 2026)\n> Infoavond circulatieplan\n"),
    ("nl", "Lees meer\n- De raad stelde het bestemmingsplan Centrum vast\n- De begroting 2026 werd aangenomen\n"),
    ("nl", "Zie ook\n• Raad stemt in met nieuw zwembad\n"),
    ("nl", "Lees ook\n› Motie over gratis parkeren aangenomen (april)\n"),
    ("nl", "Lees ook\n» Het reglement werd goedgekeurd\n» Contact met de griffie\n"),
]


@pytest.mark.parametrize(("language", "links"), LINKS)
def test_the_items_listed_under_a_link_line_are_no_rows(language: str, links: str) -> None:
    rows = votes(HEADS[language] + links, language)
    assert len(rows) == 1  # the budget paragraph's own decision only


@pytest.mark.parametrize(
    ("language", "section"),
    [
        ("da", "Også på mødet\n• Byrådet godkendte lokalplan 12 for boliger ved Søvej.\n"),
        ("nb", "Andre saker\n- Kommunestyret vedtok reguleringsplanen for Sjøvegen.\n"),
        ("nn", "Kort om andre saker\n- Kommunestyret vedtok reguleringsplanen for Sjøvegen.\n"),
        ("nl", "Verder besloot de raad\n- De raad stelde het bestemmingsplan Centrum vast.\n"),
    ],
)
def test_a_list_under_a_section_head_still_reports_decisions(language: str, section: str) -> None:
    assert len(votes(HEADS[language] + section, language)) == 2
