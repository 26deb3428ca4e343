"""A list item that opens with a project and its programme ('- Hav og framtid (Erasmus+):') is no case title: a
refusal in a later item of the list ('- Søknaden om ... vart avslått') is about another project, and the programme
the first item names is still taken part in. A motion's own item followed by its decision's item, and a case title
followed by a refusal in plain sentences, are still refused."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    (
        "nn",
        "Askvoll",
        "EU-prosjekt\n- Hav og framtid (Erasmus+): Askvoll skule har eit utvekslingsprosjekt med ein skule i Vágur.\n"
        "\nAvslutta prosjekt\n- SmartKyst (2019–2022) er avslutta.\n- Søknaden om eit LIFE-prosjekt vart avslått.\n",
        "Erasmus+",
    ),
    (
        "nb",
        "Vestby",
        "Prosjekter\n- Green Classrooms (Erasmus+): Vestby ungdomsskole deltar sammen med skoler i Girona.\n"
        "- Fjordbyer (2020–2023) er avsluttet.\n- Søknaden til Horisont Europa ble avslått i 2025.\n",
        "Erasmus+",
    ),
    (
        "da",
        "Syddjurs",
        "Projekter\n- Young Coastal Voices (Erasmus+): Ungdomsskolen deltager med to klasser.\n"
        "- Kystsikring (2019–2022) er afsluttet.\n- Ansøgningen til LIFE blev afvist i 2025.\n",
        "Erasmus+",
    ),
    (
        "nl",
        "Asten",
        "Projecten\n- Groene Klas (Erasmus+): Asten neemt deel met twee basisscholen.\n"
        "- Slimme Dorpen (2019–2022) is afgerond.\n- De aanvraag bij LIFE werd afgewezen.\n",
        "Erasmus+",
    ),
    (
        "nb",
        "Narvik",
        "Prosjekter\n- RailNorth (Interreg Aurora): Narvik kommune leder arbeidspakke 2.\n"
        "- Arktisk havn (2018–2021) er avsluttet.\n- Søknaden om et nytt prosjekt ble avslått.\n",
        "Interreg",
    ),
]

REFUSED = [
    (
        "nb",
        "Harstad",
        "• Forslag fra SV: Harstad kommune melder seg inn i ICLEI.\n"
        "• Vedtak: Forslaget ble avslått med 20 mot 15 stemmer.\n",
        "ICLEI",
    ),
    (
        "da",
        "Skive",
        "Medlemskab af ICLEI\nIndstilling: Skive Kommune melder sig ind i ICLEI.\n"
        "Beslutning: Indstillingen blev afvist.\n",
        "ICLEI",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "network"), HELD)
def test_a_refusal_in_a_later_item_leaves_the_first_items_programme_held(language, issuer, text, network):
    assert network in networks(text, language, issuer)


@pytest.mark.parametrize(("language", "issuer", "text", "network"), REFUSED)
def test_a_motion_refused_in_its_decision_item_or_sentence_is_not_held(language, issuer, text, network):
    assert network not in networks(text, language, issuer)
