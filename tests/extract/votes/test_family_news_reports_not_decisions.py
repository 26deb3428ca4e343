"""Lines of a news summary that decide nothing: how the record will be published ("Den fullstendige protokollen
publiseres når den er godkjent."), what is still to be decided or laid before the council ("Planen skal vedtas i
juni", "Het bestemmingsplan wordt in juni vastgesteld"), links to other pages with a headline ("Les også: ...",
"Lees ook: ..."), the next meeting's notice, and a party saying it will propose again. None of them is a row; a
decision reported beside them still is. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NEWS = {"da": "Nyheder\n\n", "nb": "Nyheter\n\n", "nn": "Nyheiter\n\n", "nl": "Nieuws\n\n"}


def _subjects(language: str, text: str) -> list[str | None]:
    return [r.subject for r in votes(NEWS[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Den fullstendige protokollen publiseres når den er godkjent.\n"),
        ("nb", "Planen skal vedtas i juni.\n"),
        ("nb", "Reguleringsplanen skal legges fram høsten 2027.\n"),
        ("nb", "Les også: Bystyret vedtok nytt budsjett\n"),
        ("nb", "Neste møte i bystyret er 10. desember.\n"),
        ("nb", "Rødt vil fremme forslaget om gratis SFO på nytt i neste møte.\n"),
        ("nb", "Saken skal behandles i bystyret 12. mars.\n"),
        ("nn", "Protokollen vert publisert når ho er godkjend.\n"),
        ("nn", "Planen skal vedtakast i juni.\n"),
        ("nn", "Reguleringsplanen skal leggjast fram hausten 2027.\n"),
        ("nn", "Les også: Kommunestyret vedtok ny skulestruktur\n"),
        ("nn", "Neste møte i kommunestyret er 10. desember.\n"),
        ("nn", "Sp vil fremje framlegget om ny veg på nytt.\n"),
        ("da", "Referatet offentliggøres, når det er godkendt.\n"),
        ("da", "Planen skal vedtages i juni.\n"),
        ("da", "Lokalplanen skal fremlægges i efteråret 2027.\n"),
        ("da", "Læs også: Byrådet vedtog nyt budget\n"),
        ("da", "Næste møde i byrådet holdes den 10. december.\n"),
        ("da", "Enhedslisten vil stille forslaget om gratis bus igen.\n"),
        ("nl", "Het referaat wordt vastgesteld in de volgende vergadering.\n"),
        ("nl", "Het bestemmingsplan wordt in juni vastgesteld.\n"),
        ("nl", "Lees ook: Gemeenteraad stelt begroting vast\n"),
        ("nl", "De volgende raadsvergadering is op 10 december.\n"),
        ("nl", "De SP wil het voorstel over gratis zwemles opnieuw indienen.\n"),
        ("nl", "Het verslag wordt gepubliceerd zodra het is vastgesteld.\n"),
    ],
)
def test_a_line_about_later_or_elsewhere_is_no_decision(language, text):
    assert _subjects(language, text) == []


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        (
            "nb",
            "Bystyret vedtok torsdag å bygge ny svømmehall.\n\nLes også: Bystyret vedtok nytt budsjett\n\n"
            "Neste møte i bystyret er 10. desember.\n",
            "å bygge ny svømmehall",
        ),
        (
            "da",
            "Byrådet besluttede i aftes at lukke Søndervang Skole.\n\nNæste møde holdes den 1. juni.\n",
            "at lukke Søndervang Skole",
        ),
        (
            "nl",
            "De gemeenteraad keurde dinsdagavond het nieuwe mobiliteitsplan goed.\n\nLees ook: Raad stelt "
            "begroting vast\n",
            "het nieuwe mobiliteitsplan",
        ),
        (
            "nb",
            "Saken om ny idrettshall ble utsatt til neste møte.\n",
            "Saken om ny idrettshall",
        ),
    ],
)
def test_the_decision_beside_them_is_kept(language, text, subject):
    assert _subjects(language, text) == [subject]
