"""Family (da, nb, nn): a news page or protocol saying when its full minutes will be out ("Protokollen blir lagt ut
når den er godkjent.", "Referatet offentliggøres, når det er godkendt.") says how the record is published: it
decides nothing, no row. The decisions the page reports keep their rows."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = {
    "nb": "Dette vedtok kommunestyret 29. oktober 2026\n\nKommunestyret hadde møte torsdag 29. oktober 2026. Her er "
    "de viktigste vedtakene. {line}\n\nKommunestyret vedtok enstemmig ny idrettshall ved Fåvang skole (sak 61/26).\n",
    "nn": "Dette vedtok kommunestyret 29. oktober 2026\n\nKommunestyret hadde møte torsdag 29. oktober 2026. Her er "
    "dei viktigaste vedtaka. {line}\n\nKommunestyret vedtok samrøystes ny idrettshall ved Fåvang skule (sak 61/26).\n",
    "da": "Det besluttede byrådet 29. oktober 2026\n\nByrådet holdt møde torsdag den 29. oktober 2026. Her er de "
    "vigtigste beslutninger. {line}\n\nByrådet vedtog enstemmigt en ny idrætshal ved Hou Skole (sag 61).\n",
}

LINES = [
    ("nb", "Protokollen blir lagt ut når den er godkjent."),
    ("nb", "Den fullstendige protokollen publiseres når den er godkjent."),
    ("nb", "Møteprotokollen legges ut på nettsidene når den er signert."),
    ("nn", "Protokollen vert lagd ut når den er godkjend."),
    ("nn", "Møteboka blir publisert når ho er godkjend."),
    ("da", "Referatet offentliggøres, når det er godkendt."),
    ("da", "Hele protokollen lægges ud på hjemmesiden, når den er underskrevet."),
]


@pytest.mark.parametrize(("language", "line"), LINES)
def test_the_minutes_published_once_approved_decide_nothing(language, line):
    assert [o for o, _ in outcomes(HEAD[language].format(line=line), language)] == ["adopted"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Protokollen fra forrige møte ble godkjent."),
        ("da", "Referatet fra sidste møde blev godkendt."),
    ],
)
def test_approving_the_last_minutes_is_still_read(language, line):
    assert len(outcomes(HEAD[language].format(line=line), language)) == 2
