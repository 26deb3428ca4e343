"""The networks extractor on short texts written in the style of municipal documents."""

from __future__ import annotations

from collections import defaultdict

import pytest
from pydantic import ValidationError

from pipeline.build import document_from_text
from pipeline.dataset.rows import NetworkRow
from pipeline.extract.networks.extractor import extract
from pipeline.extract.networks.rules import GAZETTEER, NetworkRules, cues, excluded, gazetteer
from pipeline.rules import load_csv

KINDS = {"city_network", "eu_programme", "organisation", "other"}


def _rows(text: str, language: str = "da", municipality: str | None = "Aarhus") -> dict[str, NetworkRow]:
    doc = document_from_text(text, language=language, municipality=municipality)
    return {row.network: row for row in extract(doc)}


def test_danish_membership_sentence_gives_a_row_with_kind_and_evidence():
    text = "Internationalt samarbejde\nAarhus Kommune er medlem af Eurocities og deltager i to arbejdsgrupper."
    rows = _rows(text)
    assert list(rows) == ["Eurocities"]
    row = rows["Eurocities"]
    assert (row.kind, row.mention, row.municipality) == ("city_network", "Eurocities", "Aarhus")
    assert row.evidence == "Aarhus Kommune er medlem af Eurocities og deltager i to arbejdsgrupper."
    assert text[row.char_start : row.char_end] == "Eurocities"


def test_danish_alias_maps_to_the_canonical_network():
    rows = _rows("Kommunen tilsluttede sig Borgmesterpagten i 2011 og har siden rapporteret hvert andet år.")
    assert rows["Covenant of Mayors"].mention == "Borgmesterpagten"


def test_misspelt_network_is_matched_fuzzily():
    rows = _rows("Kommunen fortsætter sin aktive deltagelse i EUniversities-netværket.")
    assert rows["EUniverCities"].mention == "EUniversities"


def test_alias_glued_to_a_head_word_is_matched():
    rows = _rows("Kommunen er i 2022 blevet partner i tre Interregprojekter om grøn omstilling.")
    assert rows["Interreg"].kind == "eu_programme"


def test_merely_considered_network_is_not_membership():
    rows = _rows("Vi ønsker fortsat aktiv deltagelse i ICLEI samt overvejelser om deltagelse i EuroCities.")
    assert list(rows) == ["ICLEI"]


def test_withdrawn_membership_is_not_kept():
    assert _rows("Aarhus Kommune er ikke længere medlem af Energy Cities.") == {}


def test_mention_without_participation_is_not_kept():
    assert _rows("Eurocities afholder sin årlige konference i Bruxelles i november.") == {}


def test_one_row_per_network_with_first_surface_form():
    text = "EUROCITIES er et netværk af store byer. Aarhus er medlem af Eurocities."
    rows = _rows(text)
    assert rows["Eurocities"].mention == "EUROCITIES"
    assert rows["Eurocities"].evidence == "Aarhus er medlem af Eurocities."


def test_norwegian_bokmal_admission_as_member():
    rows = _rows("Bodø kommune er tatt opp som medlem i Sunne kommuner.", language="nb", municipality="Bodø")
    assert rows["Sunne kommuner"].kind == "city_network"


def test_norwegian_project_compound_counts_for_the_programme():
    text = "Trondheim ble utnevnt til fyrtårnsby gjennom Horisont 2020-prosjektet +CityxChange."
    rows = _rows(text, language="nb", municipality="Trondheim")
    assert rows["Horizon 2020"].mention == "Horisont 2020"


def test_nynorsk_membership_and_programme():
    text = "Kommunen er med i nettverket Sunne kommunar og deltek i eit Interreg-prosjekt om reiseliv."
    rows = _rows(text, language="nn", municipality="Stryn")
    assert set(rows) == {"Sunne kommuner", "Interreg"}


def test_dutch_signed_covenant():
    rows = _rows("De gemeente ondertekende in 2015 het Burgemeestersconvenant.", language="nl", municipality="Gent")
    assert rows["Covenant of Mayors"].mention == "Burgemeestersconvenant"


def test_acronym_matches_only_in_capitals():
    text = "De gemeente heeft een polis afgesloten voor het project. De gemeente is lid van POLIS."
    rows = _rows(text, language="nl", municipality="Delft")
    assert rows["POLIS"].evidence == "De gemeente is lid van POLIS."
    assert _rows("Wij zijn partner in het project en de polis loopt af.", language="nl", municipality="Delft") == {}


def test_event_speaker_organisation_is_not_membership():
    programme = "14.15 Workshop over samenwerking in netwerken, door Piet Jansen, Klimaatverbond Nederland."
    assert _rows(programme, language="nl", municipality="Utrecht") == {}
    member = _rows("Utrecht is lid van Klimaatverbond Nederland.", language="nl", municipality="Utrecht")
    assert member["Klimaatverbond Nederland"].kind == "city_network"


def test_name_used_as_modifier_of_another_noun_is_not_a_network():
    text = "Wethouder Jansen is lid van de VNG-commissie Europa & Internationaal."
    assert _rows(text, language="nl", municipality="Hoorn") == {}


def test_network_table_keeps_unknown_proper_names_and_drops_generic_entries():
    text = (
        "Satsing\tNettverk\n"
        "Kunnskap\tNordic Edge network Arktisk Bynettverk Festivaler og idrettsarrangement\n"
        "Næringsliv\tTromsø Havneforum Internasjonalisering for grunnopplæringen\n"
        "Neste kapittel handler om mål."
    )
    rows = _rows(text, language="nb", municipality="Tromsø")
    assert set(rows) == {"Nordic Edge", "Arktisk Bynettverk", "Tromsø Havneforum"}
    assert rows["Arktisk Bynettverk"].kind == "other"


def test_network_table_whose_cells_ran_together_keeps_names():
    text = (
        "Satsing\tNettverk\n"
        "Kunnskap og forskning Nordic Edge network Arktisk Bynettverk Festivaler og idrettsarrangement\n"
        "4. Mål og strategi\n"
        "Kommunen skal delta i flere prosjekter."
    )
    rows = _rows(text, language="nb", municipality="Tromsø")
    assert set(rows) == {"Nordic Edge", "Arktisk Bynettverk"}


def test_dutch_network_list_one_item_per_line():
    text = "Netwerken\nEurocities\nRegio Zwolle\nSamenwerking met het onderwijs\n\nDe gemeente zet dit voort."
    rows = _rows(text, language="nl", municipality="Zwolle")
    assert set(rows) == {"Eurocities", "Regio Zwolle"}


def test_network_list_under_heading_keeps_items():
    text = (
        "Netværk:\n"
        "- Eurocities\n"
        "- Kystbyernes Samarbejdsforum\n"
        "- Erfaringsudveksling med andre kommuner\n"
        "\n"
        "Kommunen vil fortsat prioritere det internationale arbejde."
    )
    rows = _rows(text, municipality="Esbjerg")
    assert set(rows) == {"Eurocities", "Kystbyernes Samarbejdsforum"}


def test_unknown_name_coordinated_with_known_networks_is_kept():
    rows = _rows("Vi deltager i flere netværk. Eksempler er bl.a. ICLEI, Energy Cities og Kystbyforum.")
    assert set(rows) == {"ICLEI", "Energy Cities", "Kystbyforum"}
    assert rows["Kystbyforum"].kind == "other"
    assert rows["ICLEI"].evidence == "Eksempler er bl.a. ICLEI, Energy Cities og Kystbyforum."


def test_places_coordinated_with_one_network_are_not_networks():
    rows = _rows("Kampagnen er et samarbejde mellem Odense, Baskerlandet og ICLEI.", municipality="Odense")
    assert set(rows) == {"ICLEI"}


def test_text_without_networks_gives_no_rows():
    assert _rows("Byrådet godkendte budgettet for 2024 med 25 stemmer mod 6.") == {}


def test_gazetteer_is_broad_with_known_kinds_and_unambiguous_aliases():
    entries = gazetteer()
    owners = defaultdict(set)
    for entry in entries:
        for alias in entry.aliases:
            owners[alias if alias.isupper() else alias.casefold()].add(entry.network)
    assert len(entries) >= 300
    assert {entry.kind for entry in entries} <= KINDS
    assert {alias: names for alias, names in owners.items() if len(names) > 1} == {}


def test_every_gazetteer_row_names_its_category_and_source_and_no_alias_is_an_excluded_body():
    rows = load_csv(GAZETTEER)
    assert all(row["category"] and row["source"] for row in rows)
    counted_members = cues("nl").membership_only  # national associations: a row only where membership is stated
    assert [a for e in gazetteer() for a in e.aliases if excluded(a) and e.category not in counted_members] == []


def test_an_unknown_key_in_a_networks_rule_file_is_rejected():
    with pytest.raises(ValidationError):
        NetworkRules.model_validate({"participaton": {"da": ["medlem*"]}})
