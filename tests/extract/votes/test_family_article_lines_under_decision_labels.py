"""A lone decision label whose decision is written as an article: the vote is about the item's title.

Flemish notulen (and Dutch raadsbesluiten) put the decision under a 'Besluit' / 'Beslissing' label on its own line,
as numbered articles: 'Artikel 1. De gemeenteraad keurt het gewijzigde reglement goed.', 'Enig artikel. ...',
'Artikel 1 - ...'. Where every item has a title, the row's subject is that title, as it already is for a decision
sentence standing alone under the label; the article's label does not make the sentence a subject of its own.

Look-alikes: an agenda without item titles (only numbers) keeps the article's sentence, since no title names the
item.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = (
    "Gemeente Testbeke\nNotulen gemeenteraad – zitting van maandag 26 januari 2026\n\n"
    "Aanwezig: de voorzitter van de gemeenteraad, de burgemeester, de schepenen,\n"
    "de raadsleden en de algemeen directeur.\n\nOPENBARE ZITTING\n\n"
)
TAIL = "\n9. Vragen van raadsleden\nRaadslid Koen Maes stelt een vraag over de verlichting op de brug.\n"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "3. Retributiereglement op het gebruik van de sporthal - wijziging\n"
            "Stemming: 22 stemmen voor (N-VA, CD&V), 7 stemmen tegen\n(Vlaams Belang, Groen) en 3 onthoudingen\n"
            "Besluit\nArtikel 1. De gemeenteraad keurt het gewijzigde retributiereglement goed.\n"
            "Artikel 2. Dit besluit treedt in werking op 1 april 2026.\n",
            ("3", "Retributiereglement op het gebruik van de sporthal - wijziging", "adopted", 22, 7),
        ),
        (
            "4. Samenwerkingsovereenkomst met de buurgemeente voor het archief - verlenging\n"
            "Stemming: eenparig\nBesluit\nArtikel 1. De gemeenteraad keurt de verlenging tot 2030 goed.\n",
            ("4", "Samenwerkingsovereenkomst met de buurgemeente voor het archief - verlenging", "adopted", None, 0),
        ),
        (
            "5. Aankoop van een perceel grond aan de Molenstraat\nStemming: eenparig\nBeslissing\n"
            "Enig artikel. De gemeenteraad hecht zijn goedkeuring aan de aankoop van het perceel.\n",
            ("5", "Aankoop van een perceel grond aan de Molenstraat", "adopted", None, 0),
        ),
        (
            "6. Meerjarenplan 2026-2031 - aanpassing nr. 2\nStemming: met 20 stemmen voor en 9 stemmen tegen\n"
            "Besluit:\nArtikel 1 - De gemeenteraad stelt de aanpassing van het meerjarenplan vast.\n"
            "Artikel 2 - Het college wordt belast met de uitvoering.\n",
            ("6", "Meerjarenplan 2026-2031 - aanpassing nr. 2", "adopted", 20, 9),
        ),
        (
            "7. Verordening op de heffing van toeristenbelasting 2027\nBesluit\n"
            "Artikel 1. De raad stelt de Verordening toeristenbelasting 2027 vast.\n"
            "Stemming: aangenomen met 23 stemmen voor en 4 stemmen tegen\n",
            ("7", "Verordening op de heffing van toeristenbelasting 2027", "adopted", 23, 4),
        ),
    ],
)
def test_an_article_under_a_lone_label_is_about_the_item_title(item, expected):
    rows = vote_cells(HEAD + item + TAIL, "nl")
    assert [row[:5] for row in rows] == [expected]


@pytest.mark.parametrize("article", ["Artikel 1.", "Enig artikel."])
def test_without_item_titles_the_article_s_sentence_is_the_subject(article):
    text = (
        "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nAgendapunten\n  1. 1\n    Opening\n  2. 2\n"
        f"    Besluit\n    {article} De gemeenteraad stelt de raadsagenda vast conform het voorstel van het presidium."
        "\n"
        f"  3. 3\n    Besluit\n    {article} De gemeenteraad keurt de besluitenlijst van 12 maart 2024 goed.\n"
    )
    assert [(case, subject) for case, subject, *_ in vote_cells(text, "nl")] == [
        ("2", "De gemeenteraad stelt de raadsagenda vast conform het voorstel van het presidium"),
        ("3", "De gemeenteraad keurt de besluitenlijst van 12 maart 2024 goed"),
    ]
