"""The city index: exonyms, misspelling-free folding, homonyms, countries in da/nb/nn/nl."""

from __future__ import annotations

import pytest

from pipeline.gazetteers import city_index
from pipeline.gazetteers.cities import country_code, fold, gazetteer
from pipeline.gazetteers.names import spellings
from pipeline.rules import load_csv


def test_fold_ignores_case_and_diacritics():
    assert fold("Göteborg") == fold("GØTEBORG") == fold("goteborg")
    assert fold("Kópavogur") == fold("Kopavógur")
    assert fold("Rydułtowy") == fold("Rydultowy")


@pytest.mark.parametrize(
    ("written", "city", "country"),
    [
        ("Hamborg", "Hamburg", "DE"),
        ("Göteborg", "Gothenburg", "SE"),
        ("Gøteborg", "Gothenburg", "SE"),
        ("Tammerfors", "Tampere", "FI"),
        ("Petach Tikva", "Petah Tikva", "IL"),
        ("Krakow", "Kraków", "PL"),
        ("Bruxelles", "Brussels", "BE"),
        ("Keulen", "Cologne", "DE"),
        ("Åbo", "Turku", "FI"),
        ("Klaksvik", "Klaksvík", "FO"),
        ("Kommuneqarfik Sermersooq", "Sermersooq", "GL"),
    ],
)
def test_lookup_resolves_exonyms_and_spellings_to_the_canonical_city(written, city, country):
    found = gazetteer().lookup(written)
    assert (found.name, found.country) == (city, country)


def test_lookup_prefers_the_stated_country_then_the_issuers_continent():
    gaz = gazetteer()
    assert gaz.lookup("Lancaster", home="DK").country == "GB"
    assert gaz.lookup("Lancaster", country="US").country == "US"


def test_cities_carry_coordinates_and_population_for_plotting():
    odense = gazetteer().lookup("Odense")
    assert odense.country == "DK"
    assert 55 < odense.latitude < 56 and 10 < odense.longitude < 11
    assert odense.population > 100_000


def test_every_alias_row_resolves_to_its_canonical_city():
    gaz = gazetteer()
    for row in load_csv("cities/aliases.csv"):
        found = gaz.lookup(row["alias"])
        assert found is not None and (found.name, found.country) == (row["canonical"], row["country"]), row


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Tyskland", "DE"),
        ("Østerrike", "AT"),
        ("Østrig", "AT"),
        ("Duitsland", "DE"),
        ("Færøerne", "FO"),
        ("Færøyene", "FO"),
        ("Grønland", "GL"),
        ("Skotland", "GB"),
        ("Skottland", "GB"),
        ("Rusland", "RU"),
        ("Palæstina", "PS"),
        ("USA", "US"),
    ],
)
def test_country_names_in_danish_norwegian_and_dutch_map_to_iso2(name, code):
    assert country_code(name) == code


def test_unknown_country_name_gives_none():
    assert country_code("Transnistria") is None


@pytest.mark.parametrize(
    ("written", "city", "country"),
    [
        ("Siglufjord", "Siglufjörður", "IS"),
        ("Eidi", "Eiði", "FO"),
        ("Isafjordur", "Ísafjörður", "IS"),
        ("Goeteborg", "Gothenburg", "SE"),
        ("Hveragerdi", "Hveragerði", "IS"),
        ("Luik", "Liège", "BE"),
        ("Rijsel", "Lille", "FR"),
        ("Praag", "Prague", "CZ"),
        ("Moskva", "Moscow", "RU"),
        ("Lybæk", "Lübeck", "DE"),
        ("Slesvig", "Schleswig", "DE"),
        ("Flensborg", "Flensburg", "DE"),
    ],
)
def test_small_towns_transliterations_and_exonyms_from_geonames_resolve(written, city, country):
    found = gazetteer().lookup(written, home="DK")
    assert (found.name, found.country) == (city, country)


def test_spellings_cover_digraphs_thorn_eth_and_double_a():
    assert {"isafjordur"} <= spellings("Ísafjörður")
    assert "goeteborg" in spellings("Göteborg")
    assert spellings("Aabenraa") & spellings("Åbenrå")
    assert "thorshofn" in spellings("Þórshöfn")


def test_everyday_words_are_known_to_the_index():
    assert gazetteer().common_words(["side", "mark", "vik", "aktiviteter", "hamburg"]) == {
        "side",
        "mark",
        "vik",
        "aktiviteter",
    }


def test_the_index_lives_in_the_cache_folder_and_its_name_follows_its_inputs(tmp_path, monkeypatch):
    monkeypatch.setenv("MUNICIPAL_PIPELINE_CACHE", str(tmp_path))
    before = city_index.index_path()
    assert before.parent == tmp_path
    models = tmp_path / "models"
    (models / "cities").mkdir(parents=True)
    (models / "metadata").mkdir()
    for row in ("cities/aliases.csv", "cities/extra.csv", "metadata/municipalities.csv"):
        (models / row).write_text("name\n", encoding="utf-8")
    monkeypatch.setattr(city_index, "MODELS_DIR", models)
    first = city_index.fingerprint()
    (models / "cities" / "aliases.csv").write_text("alias,canonical,country\nAken,Aachen,DE\n", encoding="utf-8")
    assert city_index.fingerprint() != first
    second = city_index.fingerprint()
    (models / "metadata" / "municipalities.csv").write_text("name,country\nNord-Aurdal,NO\n", encoding="utf-8")
    assert city_index.fingerprint() != second


def test_municipalities_named_like_no_town_are_places_of_their_country():
    for name, country in (("Aurskog-Høland", "NO"), ("Midtre Gauldal", "NO"), ("Lyngby-Taarbæk", "DK")):
        city = gazetteer().lookup(name)
        assert (city.name, city.country, city.source) == (name, country, "municipality")


def test_old_aa_is_read_as_a_only_in_danish_and_norwegian_names():
    assert gazetteer().lookup("Åbenrå").name == "Aabenraa"
    assert all(city.name != "Staad" for city in gazetteer().candidates("Stad"))


def test_a_place_without_coordinates_is_left_off_the_map():
    from pipeline.report import locate

    point = locate("Midtre Gauldal", "NO")
    assert point is None or all(isinstance(v, float) for v in point)


@pytest.mark.parametrize(
    ("first", "length", "floor"), [("s", 8, 5_000), ("k", 7, 5_000), ("ø", 9, 0), ("z", 40, 5_000)]
)
def test_fuzzy_windows_read_in_one_query_give_the_index_s_own_window(first, length, floor):
    """The windows kept in memory list what a query per window listed, in the index's order of keys."""
    rows = gazetteer().db.execute(
        "SELECT key FROM fuzzy WHERE first = ? AND length BETWEEN ? AND ? AND population >= ? ORDER BY key",
        (first, length - 1, length + 1, floor),
    ).fetchall()
    assert gazetteer().fuzzy_targets(first, length, 1, floor) == [row[0] for row in rows]
