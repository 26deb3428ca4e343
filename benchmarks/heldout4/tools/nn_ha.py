from g import *
write("nn-ha-vennskapskommunar-og-internasjonalt-arbeid","Hå","NO","other","Vennskapskommunar og internasjonalt arbeid",
 pc=[P("Oulainen","Oulainen","FI","twin",1976),P("Skara","Skara","SE","twin",1978),P("Tønder","Tønder","DK","twin",1981),
     P("Stellenbosch","Stellenbosch","ZA","mou",2022)],
 nw=[N("Interreg North Sea","Interreg Nordsjøprogrammet","eu_programme"),N("Stavangerregionens Europakontor","Stavangerregionens Europakontor","organisation")],
 notes="FICTIONAL Nynorsk municipal page (Hå) with navigation and breadcrumb. PARTNER_CITIES: three 'vennskapskommunar' with 'vennskapsavtale frå <year>' -> twin with since_year (Oulainen 1976, Skara 1978, Tønder 1981); Tønder's cooperation 'har lege nede sidan 2015' but the agreement is not terminated -> kept as twin (2015 is not a start year). Stellenbosch: 'memorandum of understanding' signed 2022 -> mou. "
 "NOT CODED: Landkreis Cuxhaven (a cooperation agreement with a whole district, 'ikkje ein einskild by' -> not a city partnership; borderline); Klepp and Time are fellow Norwegian municipalities in that agreement, not partners of a twinning; the 1970s are not a year; Kasese (request not yet decided -> proposed, not agreed); Wageningen (visit, 'ikkje inngått noka avtale'); the unnamed project partners 'frå Nederland, Belgia og Danmark'. "
 "NETWORKS: Interreg Nordsjøprogrammet via the named project 'Coastal Farms 2030' -> eu_programme (the project itself is not a network); member of Stavangerregionens Europakontor -> organisation (regional EU office).")
