from g import *
write("da-mariagerfjord-venskabsbyer","Mariagerfjord","DK","other","Venskabsbyer og internationale partnere",
 pc=[P("Eslöv","Eslöv","SE","twin",1972),P("Kokkola","Karleby","FI","twin",1968),P("Stade","Stade","DE","twin",1991),
     P("Sigulda","Sigulda","LV","cooperation_agreement",2019),
     P("Klaipėda","Klaipėda","LT","project_partner"),P("Pärnu","Pärnu","EE","project_partner")],
 nw=[N("Interreg Baltic Sea Region","Interreg Østersøprogrammet","eu_programme"),
     N("North Denmark EU Office","Nordjyllands EU-kontor","organisation")],
 notes="FICTIONAL municipal web page (Mariagerfjord) with site navigation, breadcrumb and footer chrome. PARTNER_CITIES: three 'officielle venskabsbyer' -> twin with the years of signing (Eslöv 1972, Karleby 1968, Stade 1991). Karleby is the Swedish/Danish name of Kokkola (city = Kokkola, mention = Karleby); official visits were 'sat i bero' in 2021 — the relation is kept as twin (paused status only in notes; 2021 is not a since_year). "
 "Sigulda: 'samarbejdsaftale' since 2019 -> cooperation_agreement. Klaipėda and Pärnu are partners in the named Interreg project Baltic Blue Towns -> project_partner, no year (2023-2026 is the project period, not the start of a city relation). "
 "NETWORKS: Interreg Østersøprogrammet (Interreg Baltic Sea Region) via the named project -> eu_programme; membership of Nordjyllands EU-kontor, a regional EU office -> organisation. The project Baltic Blue Towns itself is not a network. "
 "TRAPS NOT CODED: Gdańsk was visited but 'Der er ikke indgået nogen aftale'; Paamiut only made an enquiry still under consideration (proposed, not agreed); the former municipalities Hobro, Mariager, Hadsund are predecessors, not partners; Foreningen Norden is an association, not a municipal network; 2007 is the municipal merger year.")
