from g import *
write("nl-herentals-verbroederingen","Herentals","BE","other","Verbroederingen en internationale partners",
 pc=[P("Doullens","Doullens","FR","twin",1966),P("Brilon","Brilon","DE","twin",1972),P("Ballymena","Ballymena","GB","twin",1988),
     P("Musanze","Musanze","RW","cooperation_agreement",2010),P("Ústí nad Orlicí","Ústí nad Orlicí","CZ","intention_agreement",2024)],
 nw=[N("Covenant of Mayors","Burgemeestersconvenant","city_network"),N("Mayors for Peace","Mayors for Peace","city_network")],
 notes="FICTIONAL Flemish city page (Herentals) with navigation and breadcrumb. PARTNER_CITIES: 'zustersteden' in a space-aligned table with 'verbroederd sinds <year>' -> twin: Doullens 1966, Brilon 1972, Ballymena 1988 (Noord-Ierland -> GB). After the 2015 merger the twinning continues with Mid and East Antrim Borough Council; the city row stays Ballymena (2015 is not a start year; the borough is not coded as a second partner). "
 "Musanze: 'samenwerkingsovereenkomst' since 2010 under the Flemish municipal international cooperation programme -> cooperation_agreement (the heading calls it a 'Stedenband voor ontwikkelingssamenwerking'; borderline vs twin). Ústí nad Orlicí: 'intentieverklaring' signed 2024 to prepare a twinning, formal twinning not yet decided -> intention_agreement (not twin). "
 "NETWORKS: signed the Burgemeestersconvenant in 2016 (Covenant of Mayors, city_network); member of Mayors for Peace since 2019 (city_network). NOT CODED: the FairTrade Gemeente campaign (a campaign/label, not a network); the Flemish government's cooperation programme (a domestic funding programme); the verbroederingscomités (local associations). "
 "TRAPS: Kraków and Osaka were study visits 'zonder verdere afspraken' -> not partners.")
