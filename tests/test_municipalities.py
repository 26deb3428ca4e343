"""The issuing municipality and its country: phrases, web addresses and plain mentions, checked
against the catalogue of Danish, Norwegian, Dutch and Flemish municipalities."""

from __future__ import annotations

import pytest

from pipeline.rules import load_csv
from pipeline.text.metadata import country, infer, municipality
from pipeline.text.municipalities import catalogue, mentions, slugs


def test_catalogue_holds_every_country_with_the_official_counts():
    by_country: dict[str, set[str]] = {}
    for entries in catalogue().forms.values():
        for entry in entries:
            by_country.setdefault(entry.country, set()).add(entry.name)
    assert len(by_country["DK"]) == 98
    assert len(by_country["NO"]) >= 350 and len(by_country["NL"]) >= 340 and len(by_country["BE"]) >= 285


def test_host_slugs_fold_national_letters_every_usual_way():
    assert {"bronderslev", "broenderslev"} <= slugs("Brønderslev")
    assert {"halsnaes", "alesund", "aalesund"} <= slugs("Halsnæs") | slugs("Ålesund")
    assert "kaagenbraassem" in slugs("Kaag en Braassem")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aalborg Kommune har vedtaget en ny klimaplan.", "Aalborg"),
        ("Københavns Kommunes budget for 2024 er nu vedtaget.", "København"),
        ("Byrådet i Vejle besluttede at godkende planen.", "Vejle"),
        ("Halsnæs Byråd behandlede sagen på mødet i juni.", "Halsnæs"),
        ("Spørgsmål kan sendes til borgerservice@hjoerring.dk.", "Hjørring"),
        ("Læs mere på www.frederikssund.dk/politik om sagen.", "Frederikssund"),
        ("Dette er en strategi for Ringkøbing-Skjern Kommune og dens borgere.", "Ringkøbing-Skjern"),
    ],
)
def test_danish_issuer_phrases_and_addresses_give_the_canonical_name(text, expected):
    assert municipality(text, "da") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trondheim kommune har vedtatt en ny strategi.", "Trondheim"),
        ("Bystyret i Bodø vedtok innstillingen enstemmig.", "Bodø"),
        ("Kommunestyret i Hægebostad behandlet saken 29.09.2016.", "Hægebostad"),
        ("Send innspill til postmottak@baerum.kommune.no innen fristen.", "Bærum"),
        ("Mer informasjon finner du på www.oygarden.kommune.no.", "Øygarden"),
        ("BÆRUM KOMMUNE\nSaksframlegg", "Bærum"),
        ("Ordfører i Tromsø ønsket velkommen.", "Tromsø"),
    ],
)
def test_bokmal_issuer_phrases_and_addresses_give_the_canonical_name(text, expected):
    assert municipality(text, "nb") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stryn kommune har vedteke kommuneplanen sin samfunnsdel.", "Stryn"),
        ("Kommunestyret i Fyresdal handsama saka i september.", "Fyresdal"),
        ("Formannskapet i Gol gjorde slikt vedtak.", "Gol"),
        ("Spørsmål kan sendast til post@voss.kommune.no.", "Voss"),
        ("Ulvik heradsstyre vedtok planen samrøystes.", "Ulvik"),
        ("Ordføraren i Luster opna møtet.", "Luster"),
    ],
)
def test_nynorsk_issuer_phrases_and_addresses_give_the_canonical_name(text, expected):
    assert municipality(text, "nn") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemeente Kaag en Braassem stelt een nieuw plan op.", "Kaag en Braassem"),
        ("Gemeente Bergen op Zoom\nRaadsvoorstel over de begroting", "Bergen op Zoom"),
        ("De gemeenteraad van Leeuwarden heeft het voorstel aangenomen.", "Leeuwarden"),
        ("Stad Gent ondertekende het convenant in 2014.", "Gent"),
        ("Het college van burgemeester en schepenen van Destelbergen besliste.", "Destelbergen"),
        ("Meer informatie op www.leidschendam-voorburg.nl/bestuur.", "Leidschendam-Voorburg"),
    ],
)
def test_dutch_issuer_phrases_and_addresses_give_the_canonical_name(text, expected):
    assert municipality(text, "nl") == expected


@pytest.mark.parametrize(
    ("source", "language", "expected"),
    [
        ("https://www.aabenraa.dk/politik/dagsordener/", "da", "Aabenraa"),
        ("https://www.faxekommune.dk/dagsorden/udvalg", "da", "Faxe"),
        ("https://www.kristiansand.kommune.no/aktuelt/nyhet/", "nb", "Kristiansand"),
        ("https://app.kaukus.no/grimstad/cases/18417/polls", "nb", "Grimstad"),
        ("https://www.ocmw-destelbergen.be/bestuur/akkoord", "nl", "Destelbergen"),
        ("https://leeuwarden.bestuurlijkeinformatie.nl/Agenda/Index/abc", "nl", "Leeuwarden"),
        ("https://stad.gent/nl/over-gent/zustersteden", "nl", "Gent"),
        ("https://www.kk.dk/politik/udvalg", "da", "København"),
        ("https://www.sonderborgkommune.dk/borger", "da", "Sønderborg"),
        ("https://www.tromso.kommune.no/politikk", "nb", "Tromsø"),
        ("https://www.stryn.kommune.no/tenester/planar/", "nn", "Stryn"),
        ("https://app.kaukus.no/fyresdal/cases/23451/summary", "nn", "Fyresdal"),
        ("https://www.s-hertogenbosch.nl/bestuur", "nl", "'s-Hertogenbosch"),
    ],
)
def test_the_source_url_names_the_municipality_when_the_text_does_not(source, language, expected):
    assert infer("Referat af mødet. Sagen blev godkendt.", language, source)["municipality"] == expected


NO_ISSUER_TEXT = {
    "da": "Referat af mødet. Sagen blev godkendt.",
    "nb": "Protokoll fra møtet. Saken ble vedtatt.",
    "nn": "Protokoll frå møtet. Saka vart vedteken.",
    "nl": "Verslag van de vergadering. Het voorstel is aangenomen.",
}


@pytest.mark.parametrize(
    ("source", "language", "expected"),
    [
        ("corpus/da-bronderslev-oekonomiudvalget-2020-11-18.txt", "da", "Brønderslev"),
        ("/data/Hjørring_referat_byraadet_2023.pdf", "da", "Hjørring"),
        ("inbox/2021-03-12 Kommunalbestyrelsen Ærø.pdf", "da", "Ærø"),
        ("strategi-nordre-follo-2030.pdf", "nb", "Nordre Follo"),
        ("moteprotokoll_tromso_bystyret.pdf", "nb", "Tromsø"),
        ("nn-hoyanger-kommunestyret-2024-06-20.txt", "nn", "Høyanger"),
        ("nl-midden-drenthe-raad-2024-07-11.txt", "nl", "Midden-Drenthe"),
        ("besluitenlijst kaag-en-braassem 12 maart.pdf", "nl", "Kaag en Braassem"),
        ("notulen_gemeenteraad_de_pinte_2022.txt", "nl", "De Pinte"),
    ],
)
def test_a_file_named_after_the_municipality_names_it_when_the_text_does_not(source, language, expected):
    assert infer(NO_ISSUER_TEXT[language], language, source)["municipality"] == expected


@pytest.mark.parametrize(
    ("source", "language"),
    [
        ("strategi_2030.pdf", "da"),
        ("lier-og-hole-notat.pdf", "nb"),  # ordinary words alone, even where municipalities share the name
        ("stad-og-land.txt", "nn"),
        ("goes-best-practices.pdf", "nl"),
        ("referat-2023-11-14.pdf", "da"),
        ("https://example.org/files/aarhus.pdf", "da"),  # a URL is read by its host, not its file name
    ],
)
def test_a_file_name_of_ordinary_words_names_no_municipality(source, language):
    assert infer(NO_ISSUER_TEXT[language], language, source)["municipality"] is None


def test_the_issuer_named_in_the_text_beats_a_file_named_after_a_partner():
    text = "Aarhus Kommune\nByrådet\nReferat\nBesøg fra venskabsbyen Lillehammer blev drøftet. Aarhus Kommune er vært."
    assert infer(text, "da", "besoeg-lillehammer-2022.pdf")["municipality"] == "Aarhus"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Den Kommune, der vinder prisen, får besøg af ministeren.", "da"),
        ("Gemeente Nieuwsbrief nummer 12 is verschenen.", "nl"),
        ("Sprekers uit gemeente Breda, gemeente Deventer en gemeente Zwolle.", "nl"),
        ("Kumla kommun och Borås stad samarbetar.", "nb"),
        ("Hver kommune skal lage en plan.", "nb"),
        ("Time er viktig. Best er å starte tidlig.", "nb"),
        ("Lille Marie og Strand-turen var det beste i sommer.", "da"),
        ("Den kommunen som vinn prisen, får besøk av statsråden.", "nn"),
        ("Stad og land møtest på festivalen.", "nn"),
        ("Best werd gekozen als beste restaurant. Boom en Peer zijn namen van honden.", "nl"),
    ],
)
def test_unknown_names_ties_and_ordinary_words_give_no_municipality(text, language):
    assert municipality(text, language) is None


def test_the_issuer_at_the_top_beats_a_foreign_partner_named_more_often():
    text = (
        "Molde kommune har tre vennskapsbyer: Vejle, Mikkeli og Borås.\nVejle ligger i Jylland.\nVejle kommunes sider."
    )
    assert municipality(text, "nb") == "Molde"


def test_repeated_plain_mentions_of_a_known_name_name_the_issuer():
    text = "Gent heeft zeven zustersteden.\n\nInwoners van Gent kunnen deelnemen aan uitwisselingen."
    assert municipality(text, "nl") == "Gent"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Stad Gent ondertekende het convenant.", "nl", "BE"),
        ("De gemeenteraad van Beringen keurde het voorstel goed.", "nl", "BE"),
        ("De gemeente Nunspeet presenteert het collegeprogramma.", "nl", "NL"),
        ("Gemeente Almere werkt internationaal samen.", "nl", "NL"),
        ("Gemeente Zwijndrecht legt een nieuw park aan.", "nl", "NL"),
        ("Vejle Kommune har en ny plan.", "da", "DK"),
        ("Byrådet i Aarhus vedtog budgettet.", "da", "DK"),
        ("Læs mere på www.vordingborg.dk om planen.", "da", "DK"),
        ("Københavns Kommunes klimaplan er vedtaget.", "da", "DK"),
        ("Ærø Kommune har fået ny borgmester.", "da", "DK"),
        ("Bystyret i Bergen vedtok planen.", "nb", "NO"),
        ("Kontakt postmottak@lillestrom.kommune.no for spørsmål.", "nb", "NO"),
        ("Nordre Follo kommune har fått ny ordfører.", "nb", "NO"),
        ("Sør-Varanger kommune samarbeider med Russland.", "nb", "NO"),
        ("Kommunestyret i Voss vedtok budsjettet.", "nn", "NO"),
        ("Kinn kommune har vedteke planen.", "nn", "NO"),
        ("Send spørsmål til post@stad.kommune.no.", "nn", "NO"),
        ("Sogndal kommune er vertskommune.", "nn", "NO"),
        ("Stad Antwerpen keurde het plan goed.", "nl", "BE"),
        ("Verdal kommune vedtok budsjettet.", "nb", "NO"),
        ("Stryn kommune vedtok planen.", "nn", "NO"),
    ],
)
def test_country_follows_the_municipality_when_it_is_known(text, language, expected):
    assert country(text, language, municipality(text, language)) == expected


def test_country_of_an_unknown_issuer_falls_back_to_the_language_and_flemish_cues():
    flemish = "Het college van burgemeester en schepenen keurde het OCMW plan goed. De Vlaamse overheid betaalt."
    assert country(flemish, "nl") == "BE"
    assert country("Het college keurde het plan goed.", "nl") == "NL"
    assert country("Planen ble vedtatt.", "nb") == "NO"


def test_mentions_take_the_longest_known_name_and_grow_linearly_with_the_text():
    text = "Gemeente 's-Hertogenbosch, Bergen op Zoom en Kaag en Braassem werken samen met Den Haag."
    assert [form for _, form in mentions(text)] == [
        "'s-Hertogenbosch",
        "Bergen op Zoom",
        "Kaag en Braassem",
        "Den Haag",
    ]
    small = sum(1 for _ in mentions(text * 10))
    assert sum(1 for _ in mentions(text * 100)) == 10 * small


def test_catalogue_rows_are_unique_and_name_a_known_country():
    rows = [(row["name"], row["country"]) for row in load_csv("metadata/municipalities.csv")]
    assert len(rows) == len(set(rows))
    assert {country for _, country in rows} == {"DK", "NO", "NL", "BE", "GL"}
