from g import *
write("nb-kongsberg-vennskapsbyer","Kongsberg","NO","other","Vennskapsbyer",
 pc=[P("Falun","Falun","SE","twin",1949),P("Lohja","Lohja","FI","twin",1956),P("Næstved","Næstved","DK","twin",1961),
     P("Kutná Hora","Kutná Hora","CZ","intention_agreement",2019),P("Kitzbühel","Kitzbühel","AT","twin",1994)],
 nw=[N("Eurotowns","Eurotowns","city_network"),N("Osloregionens Europakontor","Osloregionens Europakontor","organisation")],
 notes="FICTIONAL municipal web page (Kongsberg) with navigation and breadcrumb at the top. PARTNER_CITIES: the space-aligned table By/Land/Siden/Type plus the opening paragraph: Falun 1949, Lohja 1956, Næstved 1961 (vennskapsby -> twin); Kutná Hora 2019 'Intensjonsavtale' -> intention_agreement; Kitzbühel twin since 1994, 'avsluttet 2012' -> kept as twin (ended relation keeps its relation; 2012 is an end year, not since_year). "
 "NETWORKS: member of Eurotowns (city_network); 'tilsluttet Osloregionens Europakontor' (regional EU office -> organisation). The project 'Smart Small Cities' is a project, not a network. The Nordic 'vennskapsbynettverk' of the four towns is the twin-town chain itself, not a separate network. "
 "TRAPS NOT CODED: Daejeon (a visit, 'ikke inngått noen avtale'); Decorah (discussed in 2023 and 'lagt bort': proposed, never agreed); Numedal is a valley; Bergverksmuseet is a museum; the kommunestyre decision of 2012 to end the Kitzbühel twinning is background on a web page (no vote row, no date).")
