"""A case title on a vote page, agenda or decision list is often followed on its row by the case-number field
('Sag 31  Samarbejdsaftale med Stralsund  Sagsnr. 26-0114'). The label after the town is the row's next field,
not the second word of a person's or a street's name, so the town named by the title's relation cue is a partner.
A capitalised word after a town that is followed by a bare year ('Aarhus Festuge 2026') still makes one name."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract

TITLES = [
    ("da", "Vordingborg", "Sag 31  Samarbejdsaftale med Hansestadt Stralsund  Sagsnr. 26-001122\n", "Stralsund"),
    ("da", "Vordingborg", "Sag 31  Samarbejdsaftale med Stralsund  Sagsnr. 26-001122\n", "Stralsund"),
    ("da", "Svendborg", "Pkt. 88  Venskabsbyaftale med Lahti  J.nr. 26/00931\nBeslutning: Godkendt.\n", "Lahti"),
    ("nb", "Bodø", "PS 22/26  Samarbeidsavtale med Stadt Flensburg  Arkivsak 25/1234\nVedtatt.\n", "Flensburg"),
    ("nn", "Førde", "Sak 9/26  Vennskapsavtale med Pärnu  Saksnr. 26/118\nSamrøystes vedteke.\n", "Pärnu"),
    ("nl", "Venlo", "Punt 7  Samenwerkingsovereenkomst met Stadt Kleve  Zaaknummer Z.26-0413\n", "Kleve"),
    ("nl", "Gent", "Agendapunt 12 Stedenband met Tampere Dossiernr: 2026/331\nGoedgekeurd.\n", "Tampere"),
]

NOT_PARTNERS = [
    ("da", "Skanderborg", "Kommunen deltog i Aarhus Festuge 2026 med en stand om samarbejde.\n"),
    ("nb", "Stjørdal", "Sak 12/26  Referat fra Trondheim Havn 2026  Arkivsak 25/1234\n"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city"), TITLES)
def test_town_before_a_case_number_field_is_read(language: str, issuer: str, text: str, city: str) -> None:
    doc = document_from_text(text, language=language, municipality=issuer)
    assert city in {row.city for row in extract(doc)}


@pytest.mark.parametrize(("language", "issuer", "text"), NOT_PARTNERS)
def test_no_partner_without_a_relation(language: str, issuer: str, text: str) -> None:
    doc = document_from_text(text, language=language, municipality=issuer)
    assert extract(doc) == []
