"""Title family: a site's section name beside the issuer on a page's first line ("Ishøj Kommune – Dagsordener og
referater", "Gemeente Rijswijk - Raadsinformatie", "Lillehammer kommune – Politiske møter – Formannskapet ...")
names the part of the site the page sits in, not the document: it is passed over like the issuer, and the title is
read from what follows. A title that only opens with such words in running order ("Referater fra dagsordener ...")
and a meeting title that names the body are kept. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import title

SITE_SECTIONS = [
    ("Vordingborg Kommune – Dagsordener og referater\n\nØkonomiudvalget\nReferat af ordinært møde 4. maj 2026\n"
     "Mødested: Rådhuset", "Økonomiudvalget – Referat 4. maj 2026"),
    ("Gemeente Zeist - Raadsinformatie\nStemmingsuitslagen raadsvergadering 12 maart 2026\nAanwezig: 31 leden",
     "Stemmingsuitslagen raadsvergadering 12 maart 2026"),
    ("Hamar kommune – Politiske møter – Kommunestyret 14.05.2026 – Protokoll\n\nTil stede: 35 av 35",
     "Kommunestyret 14.05.2026"),
    ("Voss herad – Politiske saker\nFormannskapet 02.06.2026 – Møtebok\nSak 12/26 Reguleringsplan",
     "Formannskapet 02.06.2026"),
    ("Gemeente Leiden | Vergaderingen\nBesluitenlijst gemeenteraad 9 april 2026\n1. Opening",
     "Besluitenlijst gemeenteraad 9 april 2026"),
    ("Stad Tielt – Raadpleegomgeving - Zittingen\nNotulen gemeenteraad 23 maart 2026\nAanwezig: 25 leden",
     "Notulen gemeenteraad 23 maart 2026"),
]


@pytest.mark.parametrize(("text", "expected"), SITE_SECTIONS)
def test_a_site_section_beside_the_issuer_names_no_document(text, expected):
    assert title(text) == expected


LOOK_ALIKES = [
    # the section words inside a title of its own are the title
    ("Referater og dagsordener for Ældrerådet 2026\nRådet holder fire møder om året.",
     "Referater og dagsordener for Ældrerådet 2026"),
    # a body named after the issuer is the title, not a section
    ("Gemeente Utrecht – Gemeenteraad 12 maart 2026\n1. Opening", "Gemeenteraad 12 maart 2026"),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_a_title_holding_section_words_or_a_body_is_kept(text, expected):
    assert title(text) == expected
