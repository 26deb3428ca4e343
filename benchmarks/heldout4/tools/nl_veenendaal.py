from g import *
write("nl-veenendaal-coalitieakkoord-2022-2026","Veenendaal","NL","programme","Coalitieakkoord 2022-2026 \"Samen bouwen aan Veenendaal\"",
 fa=["Wonen voor iedere Veenendaler","Een bruisend centrum","Zorg dichtbij, jeugd voorop","Duurzaam en groen","Veilig en verbonden"],
 notes="FICTIONAL coalition agreement (Veenendaal). FOCUS_AREAS: 'Vijf speerpunten', given as five numbered headings ('1  Wonen voor iedere Veenendaler' ... number separated by two spaces, no dot), in order; 'Zorg dichtbij, jeugd voorop' is one label (comma inside the heading). "
 "NOT focus areas: the unnumbered headings 'Voorwoord', 'Onze werkwijze' (working principles for all parts), 'Financieel kader' and 'Portefeuilleverdeling' (organisational list of portfolios), which follow the numbered list; the running footer. "
 "Background plans (Omgevingsvisie Veenendaal 2040 adopted in 2021, Woonvisie 2020) are earlier adopted documents, no votes; the signature date is not a vote. Coalition parties are not votes or networks.")
