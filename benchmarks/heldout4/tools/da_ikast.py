from g import *
write("da-ikast-brande-international-strategi-2024-2027","Ikast-Brande","DK","strategy","Strategi for internationalt samarbejde 2024-2027",
 fa=["Grøn energi og cirkulær økonomi","Kompetencer og international arbejdskraft","Børn og unges globale udsyn"],
 pc=[P("Gadebusch","Gadebusch","DE","twin")],
 nw=[N("Central Denmark EU Office","Central Denmark EU Office","organisation"),N("Energy Cities","Energy Cities","city_network"),N("Erasmus+","Erasmus+","eu_programme")],
 notes="FICTIONAL strategy (Ikast-Brande). FOCUS_AREAS: the three unnumbered bullets under 'Vores indsatsområder' ('tre indsatsområder'). NOT focus areas: the 'Sådan arbejder vi' bullets (working principles) and the section headings. "
 "NETWORKS: member of Central Denmark EU Office (regional EU office -> organisation); takes part in Energy Cities (city_network); schools in Erasmus+ via the named project 'Grøn Skole uden Grænser' (eu_programme; the project itself is not a network). ICLEI is only being considered ('der er ikke truffet beslutning') -> not coded. "
 "PARTNER_CITIES: Gadebusch is a former venskabsby of the predecessor Brande Kommune that 'ophørte i 2006'; coded as twin by the convention that ended relations keep their relation (no start year; 2006 is an end year). Borderline because the page also says the municipality has no official twin towns today. The partner schools 'i Tyskland og Polen' name no city. "
 "NOT CODED: 'Vedtaget af Byrådet den 29. januar 2024' (adoption of the strategy itself, background on a strategy page); the 2016 Internationaliseringspolitikken (earlier policy).")
