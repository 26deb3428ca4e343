"""partner_cities: relation cues per language, start years, exonyms, misspellings and the traps
(issuer, offices, venues, countries, streets, regions, people, domestic neighbours)."""

from __future__ import annotations

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract


def rows_of(text: str, language: str, municipality: str, country: str | None = None) -> dict:
    doc = document_from_text(text, language=language, municipality=municipality, country=country)
    return {row.city: row for row in extract(doc)}


# --- Danish ---------------------------------------------------------------------------------


def test_danish_twin_towns_with_respective_start_years_and_stated_countries():
    text = (
        "Venskabsbyer\n\n"
        "Gladsaxe Kommune har tre venskabsbyer: Sollentuna i Sverige, Tuusula i Finland og Rydultowy i Polen.\n\n"
        "Venskabsbysamarbejdet med Sollentuna og Tuusula blev etableret henholdsvis 1950 og 1955.\n\n"
        "I 1995 blev samarbejdet udvidet til også at omfatte Rydultowy i Polen."
    )
    rows = rows_of(text, "da", "Gladsaxe")
    assert {c: (r.relation, r.since_year, r.partner_country) for c, r in rows.items()} == {
        "Sollentuna": ("twin", 1950, "SE"),
        "Tuusula": ("twin", 1955, "FI"),
        "Rydułtowy": ("twin", 1995, "PL"),
    }
    assert rows["Rydułtowy"].mention == "Rydultowy"
    assert "venskabsbyer" in rows["Sollentuna"].evidence


def test_danish_list_heading_gives_cooperation_agreement_to_its_items():
    text = (
        "Faste internationale samarbejdspartnere\n\n"
        "Kommunen har etableret faste samarbejdsrelationer med følgende byer:\n\n"
        "Lübeck, Tyskland\n"
        "Ystad, Sverige\n\n"
        "Faste relationer prioriteres, da konkrete aftaler giver nemmere adgang til kontakter og aktiviteter."
    )
    rows = rows_of(text, "da", "Ballerup")
    assert {c: r.relation for c, r in rows.items()} == {
        "Lübeck": "cooperation_agreement",
        "Ystad": "cooperation_agreement",
    }
    assert rows["Ystad"].partner_country == "SE"


def test_danish_strategic_partner_keeps_the_exonym_as_mention():
    rows = rows_of(
        "Kommunen har opnået et strategisk samarbejde med Hamborg og Göteborg om grøn omstilling.", "da", "Aalborg"
    )
    assert {c: (r.relation, r.mention) for c, r in rows.items()} == {
        "Hamburg": ("strategic_partner", "Hamborg"),
        "Gothenburg": ("strategic_partner", "Göteborg"),
    }


def test_danish_co_applicants_are_project_partners():
    rows = rows_of(
        "I 2015 ansøgte kommunen sammen med Freiburg og Trondheim om midler fra Horizon 2020.", "da", "Aalborg"
    )
    assert {c: r.relation for c, r in rows.items()} == {"Freiburg": "project_partner", "Trondheim": "project_partner"}


def test_generic_cooperation_is_typed_by_nearby_project_words():
    text = (
        "Vi deltager i et underprojekt om internationalisering. "
        "Det har været et samarbejde mellem Magdeburg, Tartu og Parma."
    )
    rows = rows_of(text, "da", "Aalborg")
    assert {r.relation for r in rows.values()} == {"project_partner"}
    assert set(rows) == {"Magdeburg", "Tartu", "Parma"}


def test_misspelt_partner_is_caught_by_fuzzy_matching():
    rows = rows_of("Kommunen har underskrevet en samarbejdsaftale med Kommuneqarfik Semersooq.", "da", "Aalborg")
    assert list(rows) == ["Sermersooq"]
    assert rows["Sermersooq"].mention == "Kommuneqarfik Semersooq"
    assert rows["Sermersooq"].partner_country == "GL"
    assert rows["Sermersooq"].relation == "cooperation_agreement"


def test_issuer_office_venue_country_and_person_are_not_partners():
    text = (
        "Aalborg Kommune har en samarbejdsaftale med Tyskland om energi. "
        "Arctic Consensus har kontorer i Nuuk og i Aalborg. "
        "Venskabsbyerne mødtes til en konference i Bruxelles. "
        "Borgmester Jens Kolding underskrev en venskabsbyaftale med Wismar."
    )
    rows = rows_of(text, "da", "Aalborg")
    assert list(rows) == ["Wismar"]


def test_street_names_after_partner_towns_are_not_extra_partners():
    text = (
        "Hvidovre Kommune har to venskabsbyer: Sollentuna og Tuusula. "
        "Der findes veje opkaldt efter venskabsbyerne: Sollentuna Alle, Tusbyvej og Oppegård Plads."
    )
    rows = rows_of(text, "da", "Hvidovre")
    assert set(rows) == {"Sollentuna", "Tuusula"}


def test_domestic_neighbours_in_a_local_project_are_dropped():
    rows = rows_of(
        "Projektet er et samarbejde mellem Kolding, Vejle og Fredericia om affald.", "da", "Middelfart", "DK"
    )
    assert rows == {}


def test_period_marker_since_year_is_not_a_start_year():
    text = (
        "Kommunen har siden 2014 gennemført 40 aktiviteter. "
        "International House har siden 2014 haft 30 arrangementer. "
        "Aalborg har siden 2014 underskrevet en samarbejdsaftale med Kommuneqarfik Sermersooq."
    )
    rows = rows_of(text, "da", "Aalborg")
    assert rows["Sermersooq"].since_year is None


# --- Norwegian (Bokmål and Nynorsk) -------------------------------------------------------------


def test_norwegian_list_with_twin_intention_and_mou_relations():
    text = (
        "Liste over vennskapsbyer med formelle avtaler:\n\n"
        "- Darmstadt (Tyskland) vennskapsby siden 1968\n"
        "- Tampere / Tammerfors (Finland) vennskapsby siden 1946\n\n"
        "- Tiraspol¹ (tidl. Moldova, nå Transnistria) vennskapsby siden 1987\n"
        "- Intensjonsavtale med Krakow\n"
        "- Memorandum of Understanding med Keren i Eritrea\n\n"
        "Samarbeidet med de nordiske vennskapsbyene er regulert i dokumentet Nordisk plattform av 24.10.2013."
    )
    rows = rows_of(text, "nb", "Trondheim")
    assert {c: (r.relation, r.since_year, r.partner_country) for c, r in rows.items()} == {
        "Darmstadt": ("twin", 1968, "DE"),
        "Tampere": ("twin", 1946, "FI"),
        "Tiraspol": ("twin", 1987, "MD"),
        "Kraków": ("intention_agreement", None, "PL"),
        "Keren": ("mou", None, "ER"),
    }
    assert rows["Tampere"].mention == "Tampere / Tammerfors"
    assert rows["Tiraspol"].mention == "Tiraspol"


def test_norwegian_renewal_year_is_not_a_start_year_and_heading_types_the_cooperation():
    text = (
        "Vennskapsbyer\n\n"
        "Molde kommune har et langt samarbeid med de tre nordiske byene Vejle, Mikkeli og Borås.\n\n"
        "Samarbeidet ble etablert i etterkrigsårene, og i år 2000 ble samarbeidsavtalen mellom byene fornyet.\n\n"
        "Borås er et knutepunkt, blant annet for motorvegen mellom Stockholm og Gøteborg."
    )
    rows = rows_of(text, "nb", "Molde")
    assert {c: (r.relation, r.since_year) for c, r in rows.items()} == {
        "Vejle": ("twin", None),
        "Mikkeli": ("twin", None),
        "Borås": ("twin", None),
    }


def test_norwegian_entry_headings_share_their_siblings_relation_and_section_years():
    text = (
        "Lycksele i Sverige\n\n"
        "Kommunen ligger sør i Lappland, og har ca 13.500 innbyggere.\n\n"
        "Gornji Milanovac i Serbia\n\n"
        "Kommunen ligger 12 mil sørøst for Beograd.\n\n"
        "Vennskapsavtalen ble underskrevet 28. september 1975.\n\n"
        "Volkhov i Russland\n\n"
        "Vennskapsavtalen mellom Vefsn kommune og byen Volkhov ble undertegnet 16. juni 1992, "
        "etter at kontakten ble opprettet i 1991.\n\n"
        "Vennskapssamarbeidet kom i stand gjennom kontakt mellom Nordland fylke og Leningrad fylke.\n\n"
        "Volkhov ligger 12 mil øst for St. Petersburg."
    )
    rows = rows_of(text, "nb", "Vefsn")
    assert {c: (r.relation, r.since_year) for c, r in rows.items()} == {
        "Lycksele": ("twin", None),
        "Gornji Milanovac": ("twin", 1975),
        "Volkhov": ("twin", 1992),
    }


def test_nynorsk_twin_town_with_since_year():
    text = (
        "Stryn kommune har hatt ein vennskapsavtale med Lycksele i Sverige sidan 1985, og avtalen vart fornya i 2010."
    )
    rows = rows_of(text, "nn", "Stryn")
    assert {c: (r.relation, r.since_year, r.partner_country) for c, r in rows.items()} == {
        "Lycksele": ("twin", 1985, "SE")
    }


# --- Dutch ----------------------------------------------------------------------------------


def test_dutch_partner_municipality_with_signing_year_and_geographic_reference():
    text = (
        "2018 is het jaar dat Duiven en het Duitse Gemünden am Main 30 jaar partnergemeenten zijn.\n\n"
        "Het Jumelagecomité onderhoudt de vriendschapsband met Gemünden am Main, een plaats in Duitsland "
        "ten oosten van Frankfurt am Main.\n\n"
        "Duiven sprak een voorkeur uit voor een Engels- of Duitstalige partnergemeente.\n\n"
        "In het voorjaar van 1988 volgde de ondertekening van een officieel vriendschapsverdrag."
    )
    rows = rows_of(text, "nl", "Duiven")
    assert {c: (r.relation, r.since_year, r.partner_country) for c, r in rows.items()} == {
        "Gemünden am Main": ("twin", 1988, "DE")
    }


def test_dutch_intention_cooperation_and_strategic_relations_with_exonyms():
    text = (
        "De gemeente tekende in 2019 een intentieverklaring met Gent. "
        "Sinds 2012 geldt een samenwerkingsovereenkomst met Keulen. "
        "Daarnaast is er een strategische samenwerking met Antwerpen. "
        "De jaarlijkse conferentie in Brussel was goed bezocht."
    )
    rows = rows_of(text, "nl", "Eindhoven")
    assert {c: (r.relation, r.mention) for c, r in rows.items()} == {
        "Ghent": ("intention_agreement", "Gent"),
        "Cologne": ("cooperation_agreement", "Keulen"),
        "Antwerp": ("strategic_partner", "Antwerpen"),
    }
    assert rows["Cologne"].since_year == 2012


def test_dutch_stedenband_sentence_with_since_year():
    rows = rows_of("Sinds 1987 heeft Nijmegen een stedenband met Pskov in Rusland.", "nl", "Nijmegen")
    assert {c: (r.relation, r.since_year, r.partner_country) for c, r in rows.items()} == {
        "Pskov": ("twin", 1987, "RU")
    }


def test_rows_carry_provenance_into_the_document_text():
    text = "Odense Kommune har en venskabsby: Östersund i Sverige."
    doc = document_from_text(text, language="da", municipality="Odense")
    (row,) = extract(doc)
    assert text[row.char_start : row.char_end] == "Östersund"
    assert row.doc_id == doc.doc_id and row.municipality == "Odense" and row.page is None


def test_document_without_relation_cues_has_no_partners():
    text = "Programma 17 november in Utrecht. Welkom door de gemeentesecretaris van Hoorn. Met Peter uit Amsterdam."
    assert rows_of(text, "nl", None) == {}


# --- scope of cues and start years -----------------------------------------------------------


def test_cue_decides_only_the_list_next_to_it():
    text = (
        "Borgmesteren orienterede om besøget fra venskabsbyen Lüneburg i uge 23. "
        "Delegationen besøgte også Odense og København."
    )
    assert set(rows_of(text, "da", "Esbjerg")) == {"Lüneburg"}


def test_event_in_a_compound_venue_word_is_not_a_partner():
    text = "Kommunen deltog i venskabsbykonferencen i Rendsburg sammen med repræsentanter fra Flensborg og Kiel."
    assert rows_of(text, "da", "Sønderborg") == {}


def test_since_year_belongs_to_the_city_it_follows():
    text = (
        "Harstad har vennskapsbyer i Norden: Hjørring (Danmark) fra 1949, "
        "Kristianstad (Sverige) fra 1951 og Kokkola (Finland) fra 1952."
    )
    rows = rows_of(text, "nb", "Harstad")
    assert {c: r.since_year for c, r in rows.items()} == {"Hjørring": 1949, "Kristianstad": 1951, "Kokkola": 1952}
    bracketed = rows_of(
        "Haarlem onderhoudt stedenbanden met Osnabrück (sinds 1961), Angers en Mutare.", "nl", "Haarlem"
    )
    assert {c: r.since_year for c, r in bracketed.items()} == {"Osnabrück": 1961, "Angers": None, "Mutare": None}


def test_since_year_after_a_whole_list_belongs_to_every_city_in_it():
    text = "Kristiansand kommune har vært vennskapsby med Kerava, Reykjanesbær og Trollhättan siden 1947."
    rows = rows_of(text, "nb", "Kristiansand")
    assert {r.since_year for r in rows.values()} == {1947} and len(rows) == 3


def test_english_twinning_phrase_is_recognised():
    rows = rows_of("Oslo has been twinned with Gothenburg since 1946.", "en", "Oslo")
    assert {c: (r.relation, r.since_year) for c, r in rows.items()} == {"Gothenburg": ("twin", 1946)}


def test_domestic_city_under_a_twin_heading_needs_its_own_formal_cue():
    text = (
        "Vennskapsbyer\n\n"
        "Molde kommune har et langt samarbeid med Vejle og Borås.\n\n"
        "Molde samarbeider også med Ålesund om reiseliv.\n\n"
        "Kristiansund er vennskapsby med Molde."
    )
    rows = rows_of(text, "nb", "Molde", "NO")
    assert {c: r.relation for c, r in rows.items()} == {"Vejle": "twin", "Borås": "twin", "Kristiansund": "twin"}
