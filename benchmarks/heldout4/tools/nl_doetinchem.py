from g import *
write("nl-doetinchem-internationale-samenwerking","Doetinchem","NL","other","Internationale samenwerking",
 pc=[P("Bocholt","Bocholt","DE","twin",1975),P("Emmerich am Rhein","Emmerich am Rhein","DE","cooperation_agreement",2018),
     P("Sibiu","Sibiu","RO","mou",2021)],
 nw=[N("Euregio Rhein-Waal","Euregio Rijn-Waal","organisation"),N("Interreg Deutschland-Nederland","Interreg Deutschland-Nederland","eu_programme"),
     N("Klimaatverbond Nederland","Klimaatverbond Nederland","city_network")],
 notes="FICTIONAL municipal web page (Doetinchem) with breadcrumb and menu at the top. PARTNER_CITIES: stedenband with Bocholt 'Sinds 1975' -> twin (the 2025 jubilee is not a start year); samenwerkingsovereenkomst with Emmerich am Rhein in 2018 -> cooperation_agreement; memorandum of understanding with Sibiu (German name Hermannstadt in brackets; mention = 'Sibiu') in 2021 -> mou. "
 "NETWORKS: member of the Euregio Rijn-Waal (cross-border association of municipalities; coded organisation, borderline vs city_network); Interreg Deutschland-Nederland via the named project 'Grenzeloos Werken' -> eu_programme (project not coded); Klimaatverbond Nederland since 2020 -> city_network (national thematic network, dev convention). "
 "TRAPS NOT CODED: Poznań (trade mission visit, 'geen band ... aangegaan'); Lviv (a stedenband only being investigated, decision expected 2026); 8RHK (domestic regional cooperation, explicitly not international).")
