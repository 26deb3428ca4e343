"""Families of issuer evidence beyond "X Kommune" / "Gemeente X", per language, each with sentences that
look like it but name no issuer: portal and archive title lines, phrases about a municipality's places
or residents, Dutch adjectives before a council word."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import country, municipality
from pipeline.text.metadata_rules import metadata_rules
from pipeline.text.municipalities import portal_titles

# --- portal and archive title lines: a known name plus only portal words, numbers and separators ---


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "Dagsordener og referater | Brønderslev\n\nØkonomiudvalget - Referat", "Brønderslev"),
        ("da", "Forside > Politik > Halsnæs\nReferat fra byrådets møde", "Halsnæs"),
        ("da", "Politiske møder - Fredericia\n\n1. Godkendelse af dagsorden", "Fredericia"),
        ("da", "Mødekalender · Sorø\nKultur- og fritidsudvalget", "Sorø"),
        ("da", "Referater 2021 Odder side 3\nPunkt 4. Budget", "Odder"),
        ("nb", "Møteplan og sakspapirer – Eigersund\nStatus for driftsbasen", "Eigersund"),
        ("nb", "Innsyn | Grimstad\nResultat av votering", "Grimstad"),
        ("nb", "Politiske saker Lillestrøm\nSak 12/24 Budsjett", "Lillestrøm"),
        ("nb", "Postliste Hamar 2023\nInngående brev", "Hamar"),
        ("nb", "Folkevalgte - Asker - side 2\nFormannskapet", "Asker"),
        ("nn", "Møteplan og saksdokument – Fyresdal\nFormannskapet", "Fyresdal"),
        ("nn", "Innsyn | Volda\nPS 12/23 Budsjett", "Volda"),
        ("nn", "Politiske saker Luster 2022\nSak 4/22", "Luster"),
        ("nn", "Postliste Ulvik\nInngåande brev", "Ulvik"),
        ("nn", "Folkevalde – Vinje – side 1\nKommunestyret", "Vinje"),
        ("nl", "Bergen op Zoom: 1926-1996 | 1983 | | pagina 275\nDe VOORZITTER opent.", "Bergen op Zoom"),
        ("nl", "Raadsinformatie Leeuwarden\nRaadsvergadering 11 maart 2024", "Leeuwarden"),
        ("nl", "iBabs | Almelo\nMotie vreemd aan de orde van de dag", "Almelo"),
        ("nl", "Notulen 1975 Tilburg, pagina 12\nDe raad besluit", "Tilburg"),
        ("nl", "Bestuurlijke informatie - Geertruidenberg\nAgenda", "Geertruidenberg"),
    ],
)
def test_a_portal_or_archive_title_line_names_the_issuer(language: str, text: str, expected: str):
    assert municipality(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Venskabsbyer\nSvendborg 1964\nKuopio 1972\nJönköping 1958"),  # a partner list with years
        ("da", "Dagsordener og referater | Aarhus og Aalborg\nMøde i udvalget"),  # two names: no single issuer
        ("nb", "Vennskapsbyer\nVyborg\nSvendborg"),  # bare names, no portal word
        ("nb", "Møter i Bergen og Voss\nReiseplan"),  # two names
        ("nn", "Turen gjekk til Voss\nVi reiste med tog."),  # a sentence, not a title line
        ("nl", "Zustersteden\nTilburg\nRotterdam"),  # bare names, no portal word
        ("nl", "Raadsinformatie Utrecht en Zeist\nAgenda"),  # two names
        ("nl", "Wandelroute langs Maastricht pagina 4\nDe route begint bij het station."),  # a word not of a portal
    ],
)
def test_lines_that_only_look_like_portal_titles_are_no_portal_titles(language: str, text: str):
    assert list(portal_titles(text, metadata_rules(language).issuer)) == []


# --- a municipality's places or residents ---


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "Planen skal gavne borgerne i Vordingborg i mange år.", "Vordingborg"),
        ("da", "Landsbyerne i Lolland får nye cykelstier i 2025.", "Lolland"),
        ("da", "Alle indbyggerne i Rebild kan søge puljen.", "Rebild"),
        ("da", "Virksomhederne i Kolding er inviteret til møde.", "Kolding"),
        ("da", "Lokalsamfundene i Tønder har været med i arbejdet.", "Tønder"),
        ("nb", "Tiltaket skal komme innbyggerne i Ringsaker til gode.", "Ringsaker"),
        ("nb", "Bygdene i Vefsn har fått bredbånd.", "Vefsn"),
        ("nb", "Tettstedene i Ullensaker vokser raskt.", "Ullensaker"),
        ("nb", "Bedriftene i Kongsberg deltok i arbeidet.", "Kongsberg"),
        ("nb", "Grendene i Rauma har egne grendeutvalg.", "Rauma"),
        ("nn", "Tiltaket skal kome innbyggjarane i Sogndal til gode.", "Sogndal"),
        ("nn", "Bygdene i Stryn har fått nye turstiar.", "Stryn"),
        ("nn", "Grendene i Gol har eigne lag.", "Gol"),
        ("nn", "Verksemdene i Ørsta var med i arbeidet.", "Ørsta"),
        ("nn", "Tettstadene i Voss veks.", "Voss"),
        ("nl", "Ook de andere kernen van Lingewaard hebben een cultureel centrum.", "Lingewaard"),
        ("nl", "De inwoners van Kaag en Braassem kunnen tot 1 mei reageren.", "Kaag en Braassem"),
        ("nl", "Alle dorpen van Het Hogeland krijgen glasvezel.", "Het Hogeland"),
        ("nl", "Bewoners van Zwolle worden uitgenodigd.", "Zwolle"),
        ("nl", "De deelgemeenten van Destelbergen krijgen een nieuwe bib.", "Destelbergen"),
    ],
)
def test_a_municipalitys_places_or_residents_name_it_when_nothing_stronger_does(
    language: str, text: str, expected: str
):
    assert municipality(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "Vejle Kommune\n\nVi samarbejder om turisme, som også gavner borgerne i Fredericia.", "Vejle"),
        ("nb", "Hamar kommune\n\nPlanen er laget sammen med innbyggerne i Løten og Stange.", "Hamar"),
        ("nn", "Stryn kommune\n\nBygdene i Gloppen er òg med i prosjektet.", "Stryn"),
        ("nl", "Gemeente Zwolle\n\nDe inwoners van Kampen en Deventer zijn ook welkom.", "Zwolle"),
        ("nl", "Gemeente Almere\n\nInwoners van Amsterdam werken vaak in Almere.", "Almere"),
    ],
)
def test_the_places_of_another_municipality_do_not_beat_the_issuers_own_phrase(language: str, text: str, expected: str):
    assert municipality(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Borgerne i Europa skal have bedre adgang til data."),  # a continent
        ("nb", "Innbyggerne i Norge har høy tillit til kommunene."),  # a country
        ("nn", "Innbyggjarane i Vestland fylke får nytt tilbod."),  # a county
        ("nl", "De inwoners van Nederland betalen meer belasting."),  # a country
        ("nl", "Bewoners van Brabant krijgen subsidie."),  # a province
    ],
)
def test_residents_of_a_country_region_or_county_name_no_municipality(language: str, text: str):
    assert municipality(text, language) is None


# --- Dutch adjectives of a municipality before a council word ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Amersfoortse gemeenteraad stemde in met een vuurwerkverbod.", "Amersfoort"),
        ("De Leeuwarder raad stemde dinsdag in met het plan.", "Leeuwarden"),
        ("Het Groningse college wil minder geld uitgeven aan stedenbanden.", "Groningen"),
        ("Volgens de Enschedese wethouder is het plan haalbaar.", "Enschede"),
        ("De Tilburgse raadsleden waren verdeeld.", "Tilburg"),
        ("Het Gentse stadsbestuur keurt de nota goed.", "Gent"),
    ],
)
def test_a_dutch_adjective_before_a_council_word_names_the_municipality(text: str, expected: str):
    assert municipality(text, "nl") == expected


@pytest.mark.parametrize(
    "text",
    [
        "De Amsterdamse School is een bouwstijl.",  # no council word after it
        "Het Rotterdamse havenbedrijf groeit.",  # a port company, not the council
        "De Nederlandse regering besluit.",  # a country's adjective
        "De Friese gemeenteraden overleggen.",  # a province's adjective (no municipality 'Fries')
        "Een Europese raad komt bijeen.",  # a continent's adjective
    ],
)
def test_adjectives_that_are_no_municipalitys_name_no_issuer(text: str):
    assert municipality(text, "nl") is None


# --- other bodies named after a place: a province, region, university, hospital, port or newspaper ---


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Aalborg Universitet har fået en bevilling til klimaforskning."),
        ("da", "Odense Universitetshospital udvider akutmodtagelsen."),
        ("da", "Region Sjælland\nRegionsrådet har vedtaget budgettet for Holbæk Sygehus."),
        ("da", "Billund Lufthavn fik flere passagerer i 2023."),
        ("da", "Fyns Politi oplyser, at Esbjerg Havn er lukket."),
        ("nb", "Universitetet i Bergen\nÅrsrapport 2023"),
        ("nb", "Bergen Næringsråd mener at bompengene er for høye."),
        ("nb", "Nordland fylkeskommune\nFylkestinget vedtok planen."),
        ("nb", "Sykehuset i Vestfold og Tromsø lufthavn har nye ruter."),
        ("nb", "Stavanger Aftenblad og Sandnes Tidende skriver om saken."),
        ("nn", "Høgskulen på Vestlandet opnar nytt bygg."),
        ("nn", "Vestland fylkeskommune\nFylkestinget vedtok planen."),
        ("nn", "Førde sjukehus har fått ny leiar."),
        ("nn", "Bergen hamn har fått fleire cruiseskip."),
        ("nn", "Universitetet i Bergen og Voss næringsråd samarbeider."),
        ("nl", "Provincie Utrecht\nGedeputeerde Staten besluiten over de subsidie."),
        ("nl", "Veiligheidsregio Groningen\nJaarverslag 2023"),
        ("nl", "GGD Amsterdam publiceert de gezondheidsmonitor."),
        ("nl", "Universiteit Utrecht en Hogeschool Utrecht werken samen."),
        ("nl", "Waterschap Vallei en Veluwe en Rotterdam The Hague Airport overleggen."),
    ],
)
def test_a_body_named_after_a_place_is_no_mention_of_the_municipality(language: str, text: str):
    assert municipality(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "Aalborg Kommune og Aalborg Universitet indgår et partnerskab.", "Aalborg"),
        ("da", "Region Midtjylland og Aarhus Kommune samarbejder om trafik.", "Aarhus"),
        ("nb", "Trøndelag fylkeskommune og Trondheim kommune samarbeider.", "Trondheim"),
        ("nn", "Vestland fylkeskommune og Voss herad har laga planen saman. Voss kommune er vertskommune.", "Voss"),
        ("nl", "Provincie Utrecht en gemeente Zeist tekenen een convenant.", "Zeist"),
    ],
)
def test_a_municipalitys_own_phrase_still_names_it_beside_such_a_body(language: str, text: str, expected: str):
    assert municipality(text, language) == expected


# --- a person's postal address after a label is no mention of the issuer ---


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Ansøger: Hans Jensen, Søndergade 4, 9000 Aalborg\nReferat af mødet i udvalget"),
        ("da", "Klager: Mette Hansen\nStrandvejen 12, 8000 Aarhus\nSagen behandles i udvalget."),
        ("da", "Indsiger: Per Olsen, Torvet 1, 7100 Vejle\nHøringssvar om lokalplanen."),
        ("da", "Afsender: Lise Berg, Nørregade 3, 5000 Odense\nBrev om skolelukning."),
        ("da", "Bygherre: Jens Bak, Skovvej 9, 6000 Kolding\nAnsøgning om byggetilladelse."),
        ("nb", "Søker: Kari Nordmann, Storgata 1, 0155 Oslo\nSøknad om dispensasjon."),
        ("nb", "Klager: Ola Hansen\nKirkegata 4, 4006 Stavanger\nKlagen behandles i utvalget."),
        ("nb", "Tiltakshaver: Per Berg, Fjordveien 2, 5003 Bergen\nSøknad om tillatelse."),
        ("nb", "Avsender: Anne Lie, Torget 3, 7010 Trondheim\nInnspill til planen."),
        ("nb", "Eier: Nils Dahl, Sjøgata 8, 8006 Bodø\nSøknad om deling."),
        ("nn", "Søkjar: Kari Vik, Storgata 1, 6800 Førde\nSøknad om dispensasjon."),
        ("nn", "Klagar: Ola Nes\nKyrkjevegen 4, 5700 Voss\nKlaga vert handsama i utvalet."),
        ("nn", "Tiltakshavar: Per Li, Fjordvegen 2, 6900 Florø\nSøknad om løyve."),
        ("nn", "Avsendar: Anne Bø, Torget 3, 6770 Nordfjordeid\nInnspel til planen."),
        ("nn", "Eigar: Nils Dal, Sjøgata 8, 6150 Ørsta\nSøknad om deling."),
        ("nl", "Aanvrager: J. de Vries, Dorpsstraat 1, 3811 AB Amersfoort\nAanvraag omgevingsvergunning."),
        ("nl", "Bezwaarmaker: P. Jansen\nKerkstraat 4, 9711 AA Groningen\nHet bezwaar wordt behandeld."),
        ("nl", "Indiener: M. Bakker, Markt 3, 8011 AA Zwolle\nZienswijze op het plan."),
        ("nl", "Verzoeker: L. Peeters, Kouter 1, 9000 Gent\nVerzoekschrift aan de raad."),
        ("nl", "Afzender: K. Smit, Havenweg 2, 1781 AA Den Helder\nBrief over de haven."),
    ],
)
def test_a_persons_address_after_a_label_names_no_issuer(language: str, text: str):
    assert municipality(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "da",
            "Aalborg Kommune\nBoulevarden 13, 9000 Aalborg\nAnsøger: Hans Jensen, Søndergade 4, 9400 Nørresundby",
            "Aalborg",
        ),
        ("nb", "Bergen kommune\nSøker: Kari Nordmann, Storgata 1, 0155 Oslo", "Bergen"),
        ("nn", "Voss herad\nVoss kommune\nSøkjar: Kari Vik, Storgata 1, 6800 Førde", "Voss"),
        ("nl", "Gemeente Zwolle\nAanvrager: J. de Vries, Dorpsstraat 1, 3811 AB Amersfoort", "Zwolle"),
        ("nl", "Rådhuset\nPostbus 10000, 8000 GA Zwolle\nRaadsvoorstel", "Zwolle"),
    ],
)
def test_the_issuers_own_address_or_phrase_still_names_it(language: str, text: str, expected: str):
    assert municipality(text, language) == expected


# --- the words "Stad" / "Gemeente" inside a longer Dutch capture are the issuer word, not a name ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Notulen van de gemeenteraad van Stad Antwerpen, zitting van 23 januari 2023", "Antwerpen"),
        ("Burgemeester en schepenen van Stad Gent besluiten:", "Gent"),
        ("De gemeenteraad van Stad Mechelen keurt het reglement goed.", "Mechelen"),
        ("Stadsbestuur van Stad Brugge\n\nBesluitenlijst", "Brugge"),
        ("Zitting van de gemeenteraad van Stad Hasselt op 5 mei 2022", "Hasselt"),
        ("Burgemeester en wethouders van Gemeente Zwolle stellen voor", "Zwolle"),
    ],
)
def test_a_flemish_city_named_after_stad_inside_a_council_phrase(text: str, expected: str):
    assert municipality(text, "nl") == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Kommunestyret i Stad kommune vedtok budsjettet."),
        ("nn", "Stad kommune\n\nMøtebok for heradsstyret"),
        ("nn", "Formannskapet i Stad kommune gjorde slikt vedtak:"),
        ("nb", "Saksframlegg\n\nStad kommune\npostmottak@stad.kommune.no"),
        ("nn", "Kommunestyret i Stad kommune, møte 3. mars"),
    ],
)
def test_the_norwegian_municipality_stad_still_names_itself(language: str, text: str):
    assert municipality(text, language) == "Stad"


# --- Greenland: Danish-language minutes issued by one of its five municipalities, named in their official form ---

_BODY = "\n".join(f"Punkt {n}. Orientering om driften af skoler og havne i {n}. kvartal." for n in range(1, 18))


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        ("Kommune Kujalleq\nØkonomiudvalget\n\nReferat", "Samarbejdsaftale med Aalborg Kommune om praktik", "Kujalleq"),
        ("Kommuneqarfik Sermersooq\nKommunalbestyrelsen - Referat", "Besøg fra Odense Kommune i marts", "Sermersooq"),
        ("Referat af mødet i Kommune Qeqertalik, Børneudvalget", "Aftale med Esbjerg Kommune", "Qeqertalik"),
        ("Qeqqata Kommunia\nUdvalget for Teknik og Miljø", "Punkt 16. Havneudvidelse i Sisimiut", "Qeqqata"),
        ("Avannaata Kommunia – Kommunalbestyrelsen\nMøde i Ilulissat", "Gæster fra Vejle Kommune", "Avannaata"),
    ],
)
def test_a_greenland_municipality_in_its_official_form_is_the_issuer(head: str, tail: str, expected: str) -> None:
    assert municipality(f"{head}\n\n{_BODY}\n{tail}", "da") == expected


@pytest.mark.parametrize(
    "head",
    [
        "Aalborg Kommune\nKommune Teknik og Miljø\nReferat",  # 'Kommune' before a word no catalogue knows
        "Aalborg Kommune\nKommune Plan 2026\nHøringssvar",  # a plan's title after the word
    ],
)
def test_kommune_before_an_unknown_word_names_no_issuer(head: str) -> None:
    assert municipality(f"{head}\n\n{_BODY}", "da") == "Aalborg"


def test_greenland_municipalities_are_in_greenland() -> None:
    assert country("Kommune Kujalleq\nØkonomiudvalget", "da", "Kujalleq") == "GL"
    assert country("Aalborg Kommune\nByrådet", "da", "Aalborg") == "DK"
    assert metadata_rules("da").language_countries["da"][0] == "DK"  # Danish names found in both stay Danish
