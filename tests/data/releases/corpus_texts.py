# ruff: noqa: E501  (release texts are quoted as written, long lines included)
"""The corpus releases: text with ``{CC.kind.style.n}`` phone placeholders, and the truth."""

from __future__ import annotations

from typing import Any


def person(name: str, office: str | None, country: str | None, phones: list[str] | None = None,
           emails: list[str] | None = None, title: str | None = None,
           invalid: list[str] | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "office": office, "country": country,
            "phones": phones or [], "emails": emails or [], "invalid": invalid or []}

NAV_EN = """Skip to main content
Home
Who We Are
What We Do
Where We Work
News
Media Centre
Careers
Donate
Search
"""
FOOT_EN = """
Share this
Facebook Twitter LinkedIn
Related news
IOM Scales Up Support as Floods Hit Northern Provinces
Contact us
IOM Headquarters · 17 route des Morillons, 1211 Geneva · Switchboard: +41 22 717 9111
© 2025 International Organization for Migration. All rights reserved.
"""

RELEASES: list[dict[str, Any]] = [
    dict(
        name="unhcr_jordan_winter_en.txt",
        title="UNHCR Completes Winter Cash Assistance for 60,000 Refugee Families in Jordan",
        dateline="Amman", published_on="2025-01-14", language="en",
        text=NAV_EN + """News release
UNHCR Completes Winter Cash Assistance for 60,000 Refugee Families in Jordan
14 January 2025
Amman – UNHCR, the UN Refugee Agency, has completed its winter cash assistance programme, reaching more than 60,000 refugee families across Jordan ahead of the coldest weeks of the year.

The one-off payments help families buy heating fuel, blankets and warm clothes. "Winter is the hardest season for families who already struggle to pay rent," said Dominik Bartsch, UNHCR Representative in Jordan.

For more information, please contact Lilly Carlisle, UNHCR Jordan, Tel: {JO.f.i.1}, Mobile: {JO.m.i.1}, Email: carlisle.sample@unhcr.org
""" + FOOT_EN,
        contacts=[person("Lilly Carlisle", "UNHCR Jordan", "JO", ["JO.f.i.1", "JO.m.i.1"],
                         ["carlisle.sample@unhcr.org"])],
    ),
    dict(
        name="iom_afghanistan_returns_en.txt",
        title="Returns from Iran and Pakistan Strain Services in Afghan Border Provinces",
        dateline="Kabul", published_on="2025-03-03", language="en",
        text="""Returns from Iran and Pakistan Strain Services in Afghan Border Provinces

Kabul, 3 March 2025 – More than 150,000 Afghans returned from neighbouring countries in February alone, IOM said today, warning that reception centres in Herat and Nangarhar are operating far beyond their capacity.

IOM teams at the border provide post-arrival assistance, onward transport and cash for the most vulnerable returnees, including unaccompanied children and women travelling alone.

Media contacts:
In Kabul: Zahra Haidari, Communications Officer, IOM Afghanistan, {AF.m.i.1}, zhaidari.sample@iom.int
In Geneva: Paul Dillon, IOM Media and Communications, {CH.m.i.1}, pdillon.sample@iom.int
""",
        contacts=[
            person("Zahra Haidari", "IOM Afghanistan", "AF", ["AF.m.i.1"],
                   ["zhaidari.sample@iom.int"], title="Communications Officer"),
            person("Paul Dillon", "IOM Media and Communications", "CH", ["CH.m.i.1"],
                   ["pdillon.sample@iom.int"]),
        ],
    ),
    dict(
        name="wfp_sudan_famine_en.txt",
        title="WFP Reaches Besieged Families in El Fasher for the First Time in Months",
        dateline="Port Sudan", published_on="2025-02-20", language="en",
        text="""WFP Reaches Besieged Families in El Fasher for the First Time in Months

PORT SUDAN, 20 February 2025 – The World Food Programme (WFP) delivered food to 40,000 people in and around El Fasher this week, the first convoy to reach the city since fighting cut the main supply routes last year.

"Every day of delay costs lives," said the Country Director. WFP is calling for guaranteed safe passage for humanitarian convoys across conflict lines.

Media contacts:

Leni Kinzli
Head of Communications, WFP Sudan
Mobile: {SD.m.i.1}
Email: leni.kinzli.sample@wfp.org

Abeer Etefa
Senior Regional Spokesperson, WFP Regional Bureau for the Middle East and North Africa
Tel: {EG.m.i.1}
Email: abeer.etefa.sample@wfp.org

About WFP
The United Nations World Food Programme is the world's largest humanitarian organization. Switchboard: {IT.f.i.1}
""",
        contacts=[
            person("Leni Kinzli", "WFP Sudan", "SD", ["SD.m.i.1"], ["leni.kinzli.sample@wfp.org"],
                   title="Head of Communications"),
            person("Abeer Etefa", "WFP Regional Bureau for the Middle East and North Africa", "EG",
                   ["EG.m.i.1"], ["abeer.etefa.sample@wfp.org"],
                   title="Senior Regional Spokesperson"),
        ],
    ),
    dict(
        name="unicef_bangladesh_cyclone_en.txt",
        title="UNICEF Rushes Supplies to Children Hit by Cyclone in Coastal Bangladesh",
        dateline="Dhaka", published_on="2024-05-28", language="en",
        text="""UNICEF Rushes Supplies to Children Hit by Cyclone in Coastal Bangladesh

Dhaka – 28 May 2024 – UNICEF has dispatched water purification tablets, hygiene kits and oral rehydration salts to the districts of Khulna and Barisal, where the cyclone damaged thousands of homes and schools.

An estimated 3.2 million children live in the affected districts. UNICEF is working with the Department of Public Health Engineering to restore water points.

For further information, please contact:
Faria Selim | Communication Specialist | UNICEF Bangladesh | {BD.m.i.1} | fselim.sample@unicef.org
Sayed Rahman | Communication Officer | UNICEF Bangladesh | {BD.m.i.2} | srahman.sample@unicef.org
""",
        contacts=[
            person("Faria Selim", "UNICEF Bangladesh", "BD", ["BD.m.i.1"],
                   ["fselim.sample@unicef.org"], title="Communication Specialist"),
            person("Sayed Rahman", "UNICEF Bangladesh", "BD", ["BD.m.i.2"],
                   ["srahman.sample@unicef.org"], title="Communication Officer"),
        ],
    ),
    dict(
        name="iom_sudan_chad_en.txt",
        title="Chad: IOM Relocates Sudanese Refugees Away from Flood-Prone Border Camps",
        dateline="N'Djamena", published_on=None, language="en",
        text="""Chad: IOM Relocates Sudanese Refugees Away from Flood-Prone Border Camps

N'Djamena – IOM has started relocating Sudanese refugees from makeshift sites along the border to better-equipped settlements further inland, ahead of the rainy season that flooded several sites last year.

The relocation is carried out with the Government of Chad and UNHCR.

For more information, please contact Mahamat Hassane at IOM Chad, Tel: {TD.m.i.1}, Email: mhassane.sample@iom.int or Aicha Zakaria at IOM Chad, Tel: {TD.m.i.2}, Email: azakaria.sample@iom.int
""",
        contacts=[
            person("Mahamat Hassane", "IOM Chad", "TD", ["TD.m.i.1"], ["mhassane.sample@iom.int"]),
            person("Aicha Zakaria", "IOM Chad", "TD", ["TD.m.i.2"], ["azakaria.sample@iom.int"]),
        ],
    ),
    dict(
        name="iom_lebanon_shelters_en.html",
        title="IOM Supports Collective Shelters as Displacement Grows in Lebanon",
        dateline="Beirut", published_on="2024-10-08", language="en",
        text="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>IOM Supports Collective Shelters as Displacement Grows in Lebanon | IOM Lebanon</title></head>
<body>
<header class="site-header"><div class="logo">IOM UN Migration</div>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/who-we-are">Who we are</a></li>
<li><a href="/our-work">Our work</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a></div>
<main><article>
<h1>IOM Supports Collective Shelters as Displacement Grows in Lebanon</h1>
<div class="meta"><span class="date">8 October 2024</span></div>
<p>Beirut – IOM is delivering mattresses, blankets, hygiene kits and cooking sets to more than 120 collective shelters across Lebanon, where over 600,000 people have been displaced by the escalation of hostilities.</p>
<p>Many shelters are schools that were never designed to host families for weeks. IOM teams are also repairing sanitation facilities and supporting shelter management committees.</p>
<p>For more information, please contact:<br>
Rania Haddad<br>
Communications Officer, IOM Lebanon<br>
Mobile: {LB.m.i.1}<br>
Email: <a href="mailto:rhaddad.sample@iom.int">rhaddad.sample@iom.int</a></p>
</article>
<aside class="related-news"><h2>Related news</h2>
<ul><li><a href="/news/1">IOM Appeals for USD 30 Million to Respond in Lebanon</a></li>
<li><a href="/news/2">Migrant Workers Stranded in Beirut Receive Assistance</a></li></ul></aside>
</main>
<footer class="site-footer"><p>IOM Lebanon, Sami El Solh Avenue, Beirut</p><p>Tel: {LB.f.i.9} · Email: iombeirut@iom.int</p>
<p>© 2024 IOM</p></footer>
</body></html>
""",
        contacts=[person("Rania Haddad", "IOM Lebanon", "LB", ["LB.m.i.1"],
                         ["rhaddad.sample@iom.int"], title="Communications Officer")],
    ),
    dict(
        name="unhcr_kenya_registration_en.html",
        title="Kenya Registers Record Number of New Arrivals in Kakuma",
        dateline="Nairobi", published_on="2025-04-11", language="en",
        text="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kenya Registers Record Number of New Arrivals in Kakuma – UNHCR</title></head>
<body>
<div id="top-bar"><a href="/donate">Donate</a> <a href="/login">Sign in</a></div>
<nav><a href="/">UNHCR</a> <a href="/news">News and stories</a> <a href="/about-unhcr">About UNHCR</a></nav>
<div class="content">
<h1>Kenya Registers Record Number of New Arrivals in Kakuma</h1>
<p class="published">Published 11 April 2025</p>
<p>Nairobi – UNHCR and Kenya's Department of Refugee Services registered more than 18,000 new arrivals in Kakuma refugee camp in March, most of them fleeing renewed fighting in South Sudan.</p>
<p>New arrivals are screened for medical needs and receive hot meals, core relief items and temporary shelter while they wait for a plot.</p>
<p>Media contacts:</p>
<p>In Nairobi, Eujin Byun, Communications Officer, UNHCR Kenya, Tel: {KE.m.n.1}, <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="1d7f">[email&#160;protected]</a></p>
<p>In Geneva, Olga Sarrado, Spokesperson, UNHCR, {CH.m.i.2}, sarrado.sample@unhcr.org</p>
</div>
<div class="newsletter">Subscribe to our newsletter</div>
<footer><p>UNHCR Kenya · Lynwood Court, Waiyaki Way · Nairobi · +254 20 423 2000</p></footer>
</body></html>
""",
        contacts=[
            person("Eujin Byun", "UNHCR Kenya", "KE", ["KE.m.n.1"], [],
                   title="Communications Officer"),
            person("Olga Sarrado", "UNHCR", "CH", ["CH.m.i.2"], ["sarrado.sample@unhcr.org"],
                   title="Spokesperson"),
        ],
    ),
    dict(
        name="iom_ethiopia_returnees_en.eml",
        title="IOM and Ethiopia Open Reception Centre for Migrants Returning from Saudi Arabia",
        dateline="Addis Ababa", published_on="2025-06-05", language="en",
        text="""From: IOM Ethiopia Communications <comms.sample@iom.int>
To: press-list@example.org
Subject: Press release: IOM and Ethiopia Open Reception Centre for Migrants Returning from Saudi Arabia
Date: Thu, 05 Jun 2025 09:12:00 +0300
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

IOM and Ethiopia Open Reception Centre for Migrants Returning from Saudi Arabia

Addis Ababa – IOM and the Ministry of Labour and Skills opened a reception centre at Bole International Airport for Ethiopian migrants returning from Saudi Arabia, many of whom arrive exhausted and without money to travel home.

The centre offers medical screening, psychosocial support, hot meals and transport to home communities.

For more information, please contact:
Kalkidan Tesfaye, Media and Communications Assistant, IOM Ethiopia, Tel: {ET.f.i.1}, Mobile: {ET.m.i.1}, Email: ktesfaye.sample@iom.int

--
You receive this message because you subscribed to IOM Ethiopia press releases.
""",
        contacts=[person("Kalkidan Tesfaye", "IOM Ethiopia", "ET", ["ET.f.i.1", "ET.m.i.1"],
                         ["ktesfaye.sample@iom.int"],
                         title="Media and Communications Assistant")],
    ),
    dict(
        name="wfp_haiti_html_email_en.eml",
        title="WFP Scales Up School Meals in Haiti Despite Insecurity",
        dateline="Port-au-Prince", published_on="2025-02-03", language="en",
        text="""From: WFP Haiti <news.sample@wfp.org>
To: journalists@example.org
Subject: WFP Scales Up School Meals in Haiti Despite Insecurity
Date: Mon, 03 Feb 2025 15:30:00 -0500
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body>
<h1>WFP Scales Up School Meals in Haiti Despite Insecurity</h1>
<p>Port-au-Prince – The World Food Programme is now serving hot meals to 400,000 schoolchildren across Haiti, sourcing most ingredients from local farmers despite gang violence that has closed roads around the capital.</p>
<p>Home-grown school meals keep children in school and put money into the local economy, helping farming families who have lost access to markets.</p>
<p><strong>For more information please contact:</strong><br>
Tatiana Joseph, WFP Haiti, Mob. {HT.m.i.1}, tatiana.joseph.sample@wfp.org<br>
Marc Jean-Baptiste, WFP Haiti, Mob. {HT.m.i.2}, marc.jeanbaptiste.sample@wfp.org</p>
<p style="font-size:small">World Food Programme · Port-au-Prince · Unsubscribe</p>
</body></html>
""",
        contacts=[
            person("Tatiana Joseph", "WFP Haiti", "HT", ["HT.m.i.1"],
                   ["tatiana.joseph.sample@wfp.org"]),
            person("Marc Jean-Baptiste", "WFP Haiti", "HT", ["HT.m.i.2"],
                   ["marc.jeanbaptiste.sample@wfp.org"]),
        ],
    ),
    dict(
        name="iom_libya_mixed_en.txt",
        title="IOM Calls for Alternatives to Detention for Migrants Intercepted off Libya",
        dateline="Tripoli", published_on="2024-09-17", language="en",
        text="""IOM Calls for Alternatives to Detention for Migrants Intercepted off Libya

Tripoli – 17 September 2024 – IOM today renewed its call for alternatives to detention for migrants returned to Libya after interception at sea, as the number of people held in official detention centres rose above 5,000.

"Detention is never the answer for people rescued at sea," said Nicoletta Giordano, Chief of Mission for IOM Libya. IOM provides medical care and protection screening in the centres it can access.

For media enquiries, please contact Safa Msehli at IOM Libya (Tel: +218 91 00; Email: smsehli[at]iom.int) or Joe Lowry, IOM Regional Office in Cairo, Tel: {EG.m.i.3}, jlowry(at)iom.int

About IOM
Established in 1951, IOM is the leading intergovernmental organization in the field of migration. Headquarters: +41 22 717 9111
""",
        contacts=[
            person("Safa Msehli", "IOM Libya", "LY", [], ["smsehli@iom.int"],
                   invalid=["+218 91 00"]),
            person("Joe Lowry", "IOM Regional Office in Cairo", "EG", ["EG.m.i.3"],
                   ["jlowry@iom.int"]),
        ],
    ),
    dict(
        name="unhcr_kenya_national_en.txt",
        title="Refugee-Led Businesses in Kenya’s Kalobeyei Settlement Gain Access to Mobile Credit",
        dateline="Kakuma", published_on="2025-05-15", language="en",
        text="""Home > News > Press releases
Refugee-Led Businesses in Kenya’s Kalobeyei Settlement Gain Access to Mobile Credit
15 May 2025
Kakuma – Refugee entrepreneurs in the Kalobeyei integrated settlement can now apply for small loans through their mobile phones, under a partnership between UNHCR, a Kenyan bank and a telecom company.

More than 2,500 refugee-owned shops operate in the settlement, selling food, clothes and phone credit to refugees and the host community.

Media contact: Mr. Peter Kamau, Associate External Relations Officer, UNHCR Sub-Office Kakuma, Cell: {KE.m.n.3}, WhatsApp: {KE.m.n.4}, kamau.sample@unhcr.org
""",
        contacts=[person("Peter Kamau", "UNHCR Sub-Office Kakuma", "KE", ["KE.m.n.3", "KE.m.n.4"],
                         ["kamau.sample@unhcr.org"],
                         title="Associate External Relations Officer")],
    ),
    dict(
        name="unicef_yemen_cholera_en.txt",
        title="Cholera Vaccination Campaign Reaches One Million People in Yemen",
        dateline="Sana'a", published_on="2024-11-02", language="en",
        text="""Cholera Vaccination Campaign Reaches One Million People in Yemen
Sana'a, 2 November 2024 – A cholera vaccination campaign supported by UNICEF and WHO has reached more than one million people in the governorates most affected by the outbreak, health authorities said today.
The campaign used oral vaccines delivered through a global stockpile and was carried out by 3,000 health workers going from house to house.
For more information, please contact:
Kamal Al-Wazizi, UNICEF Yemen, +967 71 222 3344 (mobile), kalwazizi.sample@unicef.org
Jonathan Crickx, UNICEF New York, {US.m.i.1}, jcrickx.sample@unicef.org
""",
        contacts=[
            person("Kamal Al-Wazizi", "UNICEF Yemen", "YE", [], ["kalwazizi.sample@unicef.org"],
                   invalid=[]),
            person("Jonathan Crickx", "UNICEF New York", "US", ["US.m.i.1"],
                   ["jcrickx.sample@unicef.org"]),
        ],
        valid_literal={"Kamal Al-Wazizi": ["+967712223344"]},
    ),
    dict(
        name="oim_senegal_retour_fr.txt",
        title="Sénégal : l’OIM soutient la réintégration de 1 200 migrants de retour à Tambacounda",
        dateline="Dakar", published_on="2024-12-12", language="fr",
        text="""Accueil
Actualités
Communiqués de presse
Sénégal : l’OIM soutient la réintégration de 1 200 migrants de retour à Tambacounda
Dakar, le 12 décembre 2024 – L’Organisation internationale pour les migrations (OIM) a lancé un programme de réintégration économique pour 1 200 migrants de retour dans la région de Tambacounda, en partenariat avec les collectivités territoriales.
Les bénéficiaires recevront une formation et un appui pour créer des activités génératrices de revenus, notamment dans l’agriculture et l’élevage.
Pour plus d’informations, veuillez contacter Aïssatou Ndiaye, Chargée de communication, OIM Sénégal, Tél.\u00a0: {SN.m.i.1}, Courriel\u00a0: andiaye.sample@iom.int
Partager
""",
        contacts=[person("Aïssatou Ndiaye", "OIM Sénégal", "SN", ["SN.m.i.1"],
                         ["andiaye.sample@iom.int"], title="Chargée de communication")],
    ),
    dict(
        name="hcr_mali_deplaces_fr.txt",
        title="Mali : le HCR alerte sur la situation des déplacés à Ménaka",
        dateline="Bamako", published_on="2025-01-30", language="fr",
        text="""Mali : le HCR alerte sur la situation des déplacés à Ménaka

Bamako – 30 janvier 2025 – Le HCR, l’Agence des Nations Unies pour les réfugiés, s’inquiète de la dégradation de la situation humanitaire dans la région de Ménaka, où plus de 40 000 personnes déplacées vivent dans des sites surpeuplés.

« Les familles que nous avons rencontrées manquent de tout », a déclaré Mohamed Touré, administrateur de terrain du HCR à Ménaka.

Contacts presse\u202f:

Fatoumata Coulibaly
Associée à la communication, HCR Mali
Tél.\u202f: {ML.m.i.1}
Courriel\u202f: coulibaf.sample@unhcr.org

Boris Cheshirkov
Porte-parole, HCR Genève
Portable\u202f: {CH.m.i.3}
Courriel\u202f: cheshirkov.sample@unhcr.org
""",
        contacts=[
            person("Fatoumata Coulibaly", "HCR Mali", "ML", ["ML.m.i.1"],
                   ["coulibaf.sample@unhcr.org"], title="Associée à la communication"),
            person("Boris Cheshirkov", "HCR Genève", "CH", ["CH.m.i.3"],
                   ["cheshirkov.sample@unhcr.org"], title="Porte-parole"),
        ],
    ),
    dict(
        name="pam_tchad_soudure_fr.txt",
        title="Tchad : le PAM étend son assistance alimentaire pendant la période de soudure",
        dateline="N’Djamena", published_on="2025-06-02", language="fr",
        text="""Tchad : le PAM étend son assistance alimentaire pendant la période de soudure

N’Djamena, 2 juin 2025 – Le Programme alimentaire mondial (PAM) étend son assistance à 1,5 million de personnes au Tchad pendant la période de soudure, lorsque les réserves des ménages s’épuisent avant les récoltes.

Les distributions combinent vivres et transferts monétaires dans les provinces du Lac, du Ouaddaï et du Sila.

Pour plus d'informations, veuillez contacter Abdoulaye Mahamat (PAM Tchad), Tél. : {TD.m.i.3}, abdoulaye.mahamat.sample@wfp.org ou Djenabou Bah (PAM Tchad), Tél. : {TD.m.i.4}, djenabou.bah.sample@wfp.org
""",
        contacts=[
            person("Abdoulaye Mahamat", "PAM Tchad", "TD", ["TD.m.i.3"],
                   ["abdoulaye.mahamat.sample@wfp.org"]),
            person("Djenabou Bah", "PAM Tchad", "TD", ["TD.m.i.4"],
                   ["djenabou.bah.sample@wfp.org"]),
        ],
    ),
    dict(
        name="oim_cotedivoire_migrants_fr.html",
        title="Côte d’Ivoire : l’OIM ouvre un centre d’orientation pour les migrants à Abidjan",
        dateline="Abidjan", published_on="2025-03-21", language="fr",
        text="""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Côte d’Ivoire : l’OIM ouvre un centre d’orientation pour les migrants à Abidjan | OIM</title></head>
<body>
<header><nav><a href="/fr">Accueil</a> <a href="/fr/qui-sommes-nous">Qui sommes nous</a> <a href="/fr/notre-travail">Notre travail</a> <a href="/fr/actualites">Actualités</a></nav></header>
<main>
<h1>Côte d’Ivoire : l’OIM ouvre un centre d’orientation pour les migrants à Abidjan</h1>
<time datetime="2025-03-21">21 mars 2025</time>
<p>Abidjan – L’Organisation internationale pour les migrations (OIM) a inauguré jeudi un centre d’orientation et d’information pour les migrants à Abidjan, en partenariat avec le ministère de l’Intégration africaine et des Ivoiriens de l’extérieur.</p>
<p>Le centre offrira des informations sur la migration régulière, les risques de la migration irrégulière et les services disponibles pour les migrants de retour.</p>
<p>Pour plus d’informations, veuillez contacter Konan Yao, chargé de communication à l’OIM Côte d’Ivoire, Tél. : {CI.m.i.1}, Courriel : kyao.sample@iom.int</p>
</main>
<section class="related"><h2>Articles liés</h2><p>L’OIM appuie le retour volontaire de 300 migrants</p></section>
<footer><p>OIM Côte d’Ivoire – Cocody Ambassades, Abidjan – Standard : {CI.f.i.9}</p></footer>
</body></html>
""",
        contacts=[person("Konan Yao", "OIM Côte d’Ivoire", "CI", ["CI.m.i.1"],
                         ["kyao.sample@iom.int"], title="chargé de communication")],
    ),
    dict(
        name="unicef_madagascar_nutrition_fr.txt",
        title="Madagascar : l’UNICEF renforce le dépistage de la malnutrition dans le Grand Sud",
        dateline="Antananarivo", published_on=None, language="fr",
        text="""Madagascar : l’UNICEF renforce le dépistage de la malnutrition dans le Grand Sud

Antananarivo – L’UNICEF et le ministère de la Santé publique ont formé 2 000 agents communautaires au dépistage de la malnutrition aiguë chez les enfants de moins de cinq ans dans les régions d’Androy, d’Anosy et d’Atsimo-Andrefana.

Les enfants dépistés sont orientés vers les centres de santé, où ils reçoivent un traitement gratuit.

Pour de plus amples informations, veuillez contacter :
Rindra Rakotoarisoa, Spécialiste de la communication, UNICEF Madagascar, Mobile : {MG.m.i.1}, rrakotoarisoa.sample[at]unicef.org
Lalaina Andriamasinoro, Chargée de communication, UNICEF Madagascar, Mobile : {MG.m.i.2}, landriamasinoro.sample(at)unicef.org
""",
        contacts=[
            person("Rindra Rakotoarisoa", "UNICEF Madagascar", "MG", ["MG.m.i.1"],
                   ["rrakotoarisoa.sample@unicef.org"], title="Spécialiste de la communication"),
            person("Lalaina Andriamasinoro", "UNICEF Madagascar", "MG", ["MG.m.i.2"],
                   ["landriamasinoro.sample@unicef.org"], title="Chargée de communication"),
        ],
    ),
    dict(
        name="oim_sahel_locations_fr.txt",
        title="Sahel central : l’OIM appelle à protéger les migrants sur les routes du désert",
        dateline="Dakar", published_on="2024-07-09", language="fr",
        text="""Sahel central : l’OIM appelle à protéger les migrants sur les routes du désert
Dakar, 9 juillet 2024 – L’OIM appelle les États du Sahel central à renforcer la protection des migrants le long des routes désertiques, où de nombreux décès sont signalés chaque année.
Un nouveau rapport documente les risques auxquels les migrants font face entre Agadez et la frontière libyenne.
Contacts médias :
À Dakar : Florence Kim, Bureau régional de l’OIM pour l’Afrique de l’Ouest et du Centre, {SN.m.i.2}, fkim.sample@iom.int
À Niamey : Alio Ibrahim, OIM Niger, {NE.m.i.1}, aibrahim.sample@iom.int
""",
        contacts=[
            person("Florence Kim", "Bureau régional de l’OIM pour l’Afrique de l’Ouest et du Centre",
                   "SN", ["SN.m.i.2"], ["fkim.sample@iom.int"]),
            person("Alio Ibrahim", "OIM Niger", "NE", ["NE.m.i.1"], ["aibrahim.sample@iom.int"]),
        ],
    ),
    dict(
        name="hcr_burkina_cp1252_fr.txt",
        encoding="cp1252",
        title="Burkina Faso : le HCR distribue des abris d’urgence à Djibo",
        dateline="Ouagadougou", published_on="2024-08-19", language="fr",
        text="""Burkina Faso : le HCR distribue des abris d’urgence à Djibo

Ouagadougou, le 19 août 2024 – Le HCR a distribué des abris d’urgence et des articles ménagers essentiels à 3 000 familles déplacées à Djibo, ville assiégée du nord du Burkina Faso.

Les distributions ont été réalisées par hélicoptère en raison de l’insécurité sur les routes.

Pour plus d'informations :
Mariam Ouédraogo, Chargée des relations extérieures, HCR Burkina Faso, Tél : {BF.m.i.1}, Courriel : ouedram.sample@unhcr.org
""",
        contacts=[person("Mariam Ouédraogo", "HCR Burkina Faso", "BF", ["BF.m.i.1"],
                         ["ouedram.sample@unhcr.org"],
                         title="Chargée des relations extérieures")],
    ),
    dict(
        name="acnur_ecuador_integracion_es.txt",
        title="ACNUR y municipios de Ecuador impulsan la inclusión laboral de personas refugiadas",
        dateline="Quito", published_on="2025-03-18", language="es",
        text="""ACNUR y municipios de Ecuador impulsan la inclusión laboral de personas refugiadas

Quito, 18 de marzo de 2025 – El ACNUR, la Agencia de la ONU para los Refugiados, firmó convenios con cinco municipios de Ecuador para facilitar el acceso de personas refugiadas y migrantes a empleo formal y emprendimientos.

Los convenios incluyen ferias de empleo, capacitación y apoyo a la regularización de negocios liderados por personas refugiadas.

Información para medios:

María José Andrade
Oficial de Comunicación, ACNUR Ecuador
Móvil: {EC.m.i.1}
Correo electrónico: andradem.sample@unhcr.org
""",
        contacts=[person("María José Andrade", "ACNUR Ecuador", "EC", ["EC.m.i.1"],
                         ["andradem.sample@unhcr.org"], title="Oficial de Comunicación")],
    ),
    dict(
        name="oim_peru_venezolanos_es.txt",
        title="La OIM apoya la regularización de 50.000 venezolanos en Perú",
        dateline="Lima", published_on=None, language="es",
        text="""Inicio
Noticias
La OIM apoya la regularización de 50.000 venezolanos en Perú
Lima – La Organización Internacional para las Migraciones (OIM) apoyará a la Superintendencia Nacional de Migraciones en la regularización de 50.000 personas venezolanas que viven en Perú sin documentos.
La OIM instalará puntos de atención móviles en Lima, Arequipa y Trujillo, y brindará orientación legal gratuita.
Para más información, por favor contacte a Lucía Quispe, Oficial de Comunicaciones de la OIM Perú, Tel: {PE.f.i.1}, Móvil: {PE.m.i.1}, Correo electrónico: lquispe.sample@iom.int
Síguenos en redes sociales
""",
        contacts=[person("Lucía Quispe", "OIM Perú", "PE", ["PE.f.i.1", "PE.m.i.1"],
                         ["lquispe.sample@iom.int"], title="Oficial de Comunicaciones")],
    ),
    dict(
        name="pma_guatemala_sequia_es.txt",
        title="El PMA asiste a familias afectadas por la sequía en el Corredor Seco de Guatemala",
        dateline="Ciudad de Guatemala", published_on="2024-09-05", language="es",
        text="""El PMA asiste a familias afectadas por la sequía en el Corredor Seco de Guatemala

Ciudad de Guatemala, 5 de septiembre de 2024 – El Programa Mundial de Alimentos (PMA) entregó transferencias en efectivo a 30.000 familias del Corredor Seco que perdieron sus cosechas de maíz y frijol por la sequía.

Para más información, contactar a Ana Lucía Morales (PMA Guatemala), Tel: {GT.m.i.1}, ana.morales.sample@wfp.org y Carlos Pérez (PMA Guatemala), Tel: {GT.m.i.2}, carlos.perez.sample@wfp.org
""",
        contacts=[
            person("Ana Lucía Morales", "PMA Guatemala", "GT", ["GT.m.i.1"],
                   ["ana.morales.sample@wfp.org"]),
            person("Carlos Pérez", "PMA Guatemala", "GT", ["GT.m.i.2"],
                   ["carlos.perez.sample@wfp.org"]),
        ],
    ),
    dict(
        name="oim_sudamerica_regional_es.txt",
        title="La OIM presenta un informe sobre movilidad humana en América del Sur",
        dateline="Buenos Aires", published_on="2025-04-07", language="es",
        text="""La OIM presenta un informe sobre movilidad humana en América del Sur

Buenos Aires – 7 de abril de 2025 – La Oficina Regional de la OIM para América del Sur presentó hoy su informe anual sobre movilidad humana, que destaca el aumento de la migración intrarregional y los desafíos de integración.

“La región ha mostrado una enorme solidaridad”, dijo Marcelo Pisani, director regional de la OIM para América del Sur.

Para más información, por favor contacte a Juliana Quintero, Oficina Regional para América del Sur, Tel: {AR.f.i.1}, Correo electrónico: jquintero.sample@iom.int
""",
        contacts=[person("Juliana Quintero", "Oficina Regional para América del Sur", "AR",
                         ["AR.f.i.1"], ["jquintero.sample@iom.int"])],
    ),
    dict(
        name="unicef_mexico_frontera_es.html",
        title="UNICEF alerta sobre el aumento de niñas y niños migrantes en la frontera sur de México",
        dateline="Ciudad de México", published_on="2024-06-20", language="es",
        text="""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>UNICEF alerta sobre el aumento de niñas y niños migrantes en la frontera sur de México</title></head>
<body>
<header><nav class="menu"><a href="/">Inicio</a> <a href="/que-hacemos">Qué hacemos</a> <a href="/prensa">Prensa</a> <a href="/dona">Dona</a></nav></header>
<main>
<h1>UNICEF alerta sobre el aumento de niñas y niños migrantes en la frontera sur de México</h1>
<p>20 de junio de 2024</p>
<p>Ciudad de México – UNICEF advirtió hoy que el número de niñas, niños y adolescentes migrantes que cruzan la frontera sur de México se triplicó en el último año, y pidió ampliar los espacios de cuidado alternativo.</p>
<p>Muchos de ellos viajan solos o separados de sus familias y enfrentan riesgos de violencia, explotación y trata.</p>
<h3>Contactos de prensa</h3>
<p>Daniela Ruiz, Oficial de Comunicación, UNICEF México, Móvil: {MX.m.i.1}, druiz.sample@unicef.org</p>
</main>
<div class="related-content"><h2>Noticias relacionadas</h2><p>UNICEF y el DIF firman convenio para la protección de la niñez</p></div>
<footer>UNICEF México · Paseo de la Reforma 645 · Conmutador: {MX.f.i.9}</footer>
</body></html>
""",
        contacts=[person("Daniela Ruiz", "UNICEF México", "MX", ["MX.m.i.1"],
                         ["druiz.sample@unicef.org"], title="Oficial de Comunicación")],
    ),
    dict(
        name="oim_honduras_retornados_es.txt",
        title="Honduras: la OIM fortalece la atención a personas migrantes retornadas",
        dateline="Tegucigalpa", published_on="2025-05-09", language="es",
        text="""Honduras: la OIM fortalece la atención a personas migrantes retornadas

Tegucigalpa, 9 de mayo de 2025 – La OIM entregó equipo médico y mobiliario a los centros de atención al migrante retornado de San Pedro Sula y Omoa, que reciben a miles de hondureños cada mes.

Contactos para medios:
Karla Mejía | Asistente de Comunicación | OIM Honduras | WhatsApp: {HN.m.i.1} | kmejia.sample@iom.int
""",
        contacts=[person("Karla Mejía", "OIM Honduras", "HN", ["HN.m.i.1"],
                         ["kmejia.sample@iom.int"], title="Asistente de Comunicación")],
    ),
    dict(
        name="oim_colombia_renumbering_es.txt",
        title="La OIM y el SENA certifican a 2.000 migrantes en oficios técnicos",
        dateline="Medellín", published_on="2024-10-22", language="es",
        text="""La OIM y el SENA certifican a 2.000 migrantes en oficios técnicos

Medellín, 22 de octubre de 2024 – La OIM y el Servicio Nacional de Aprendizaje (SENA) certificaron a 2.000 personas migrantes y colombianas retornadas en oficios técnicos como soldadura, cocina y mecánica.

Para mayor información: Andrés Gómez, Oficial de Prensa, OIM Colombia, Tel: +57 4 444 5566, Celular: {CO.m.n.1}, Correo: agomez.sample@iom.int
""",
        contacts=[person("Andrés Gómez", "OIM Colombia", "CO", ["CO.m.n.1"],
                         ["agomez.sample@iom.int"], title="Oficial de Prensa",
                         invalid=["+57 4 444 5566"])],
    ),
    dict(
        name="mom_kazakhstan_migranty_ru.txt",
        title="МОМ и Казахстан запускают горячую линию для трудовых мигрантов",
        dateline="Астана", published_on="2025-02-12", language="ru",
        text="""Главная
О нас
Новости
МОМ и Казахстан запускают горячую линию для трудовых мигрантов
Астана, 12 февраля 2025 г. – Международная организация по миграции (МОМ) и Министерство труда и социальной защиты населения Казахстана запустили бесплатную горячую линию для трудовых мигрантов, которая будет работать на казахском, русском, узбекском и таджикском языках.
Операторы горячей линии консультируют по вопросам трудовых договоров, регистрации и доступа к медицинской помощи.
Для получения дополнительной информации обращайтесь:
Айгерим Сейткали
Специалист по коммуникациям, МОМ Казахстан
Тел.: {KZ.m.i.1}
Эл. почта: aseitkali.sample@iom.int
""",
        contacts=[person("Айгерим Сейткали", "МОМ Казахстан", "KZ", ["KZ.m.i.1"],
                         ["aseitkali.sample@iom.int"], title="Специалист по коммуникациям")],
    ),
    dict(
        name="uvkb_ukraina_zima_ru.txt",
        title="УВКБ ООН помогает пострадавшим от войны семьям подготовиться к зиме",
        dateline="Киев", published_on="2024-11-06", language="ru",
        text="""УВКБ ООН помогает пострадавшим от войны семьям подготовиться к зиме

Киев – 6 ноября 2024 г. – УВКБ ООН, Агентство ООН по делам беженцев, начало зимнюю программу помощи, в рамках которой более 400 000 человек в прифронтовых областях получат денежную помощь, теплую одежду и материалы для ремонта жилья.

«Зима станет серьезным испытанием для людей, чьи дома повреждены», – заявила Карин Кристина Гемес, представитель УВКБ ООН в Украине.

Контакты для СМИ: Наталия Прокопчук, УВКБ ООН Украина, тел. {UA.m.i.1}, prokopch.sample@unhcr.org
""",
        contacts=[person("Наталия Прокопчук", "УВКБ ООН Украина", "UA", ["UA.m.i.1"],
                         ["prokopch.sample@unhcr.org"])],
    ),
    dict(
        name="mom_kyrgyzstan_granica_ru.html",
        title="МОМ передала пограничной службе Кыргызстана оборудование для пунктов пропуска",
        dateline="Бишкек", published_on="2025-04-24", language="ru",
        text="""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>МОМ передала пограничной службе Кыргызстана оборудование для пунктов пропуска</title></head>
<body>
<header><nav><a href="/ru">Главная</a> <a href="/ru/o-nas">О нас</a> <a href="/ru/novosti">Новости</a> <a href="/ru/kontakty">Контакты</a></nav></header>
<main>
<h1>МОМ передала пограничной службе Кыргызстана оборудование для пунктов пропуска</h1>
<p>24 апреля 2025</p>
<p>Бишкек – Международная организация по миграции (МОМ) передала Пограничной службе Кыргызской Республики оборудование для проверки документов и биометрической регистрации на пяти пунктах пропуска.</p>
<p>Оборудование поможет ускорить пограничный контроль и выявлять поддельные документы.</p>
<p>Для получения дополнительной информации обращайтесь к Бакыту Асанову, МОМ Кыргызстан, тел.: {KG.m.i.1}, эл. почта: basanov.sample@iom.int, или к Жылдыз Мамытовой, МОМ Кыргызстан, тел.: {KG.m.i.2}, эл. почта: zmamytova.sample@iom.int</p>
</main>
<footer><p>Представительство МОМ в Кыргызской Республике · Бишкек · Тел.: {KG.f.i.9}</p></footer>
</body></html>
""",
        contacts=[
            person("Бакыту Асанову", "МОМ Кыргызстан", "KG", ["KG.m.i.1"],
                   ["basanov.sample@iom.int"]),
            person("Жылдыз Мамытовой", "МОМ Кыргызстан", "KG", ["KG.m.i.2"],
                   ["zmamytova.sample@iom.int"]),
        ],
    ),
    dict(
        name="mom_tajikistan_pereselency_ru.txt",
        title="Таджикистан и МОМ обсудили защиту трудовых мигрантов",
        dateline="Душанбе", published_on=None, language="ru",
        text="""Таджикистан и МОМ обсудили защиту трудовых мигрантов

Душанбе – Представители правительства Таджикистана и Международной организации по миграции обсудили меры по защите прав трудовых мигрантов и их семей, в том числе доступ к пенсионным правам и медицинскому страхованию.

Контакты для прессы:
Фаррух Назаров | МОМ Таджикистан | {TJ.m.i.1} | fnazarov.sample@iom.int
""",
        contacts=[person("Фаррух Назаров", "МОМ Таджикистан", "TJ", ["TJ.m.i.1"],
                         ["fnazarov.sample@iom.int"])],
    ),
    dict(
        name="iom_jordan_ar.txt",
        title="المنظمة الدولية للهجرة تدعم المجتمعات المضيفة في شمال الأردن",
        dateline="عمّان", published_on="2025-03-10", language="ar",
        text="""المنظمة الدولية للهجرة تدعم المجتمعات المضيفة في شمال الأردن

عمّان – 10 مارس 2025 – أطلقت المنظمة الدولية للهجرة برنامجا جديدا لدعم المجتمعات المضيفة للاجئين في محافظتي إربد والمفرق، يشمل تحسين شبكات المياه وتوفير فرص عمل مؤقتة للشباب.

ويستفيد من البرنامج أكثر من عشرين ألف شخص من الأردنيين واللاجئين السوريين.

لمزيد من المعلومات، يرجى الاتصال:
ليلى حداد، المنظمة الدولية للهجرة الأردن، الهاتف: {JO.m.i.2}، البريد الإلكتروني: lhaddad.sample@iom.int
""",
        contacts=[person("ليلى حداد", "المنظمة الدولية للهجرة الأردن", "JO", ["JO.m.i.2"],
                         ["lhaddad.sample@iom.int"])],
    ),
    dict(
        name="unhcr_iraq_ar.html",
        title="المفوضية تقدم مساعدات نقدية للعائلات النازحة في العراق",
        dateline="بغداد", published_on=None, language="ar",
        text="""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>المفوضية تقدم مساعدات نقدية للعائلات النازحة في العراق</title></head>
<body>
<nav><a href="/ar">الرئيسية</a> <a href="/ar/news">الأخبار</a> <a href="/ar/about">من نحن</a></nav>
<main>
<h1>المفوضية تقدم مساعدات نقدية للعائلات النازحة في العراق</h1>
<p>بغداد – بدأت المفوضية السامية للأمم المتحدة لشؤون اللاجئين توزيع مساعدات نقدية على أكثر من خمسة عشر ألف عائلة نازحة في محافظات نينوى والأنبار وصلاح الدين لمساعدتها على تلبية احتياجاتها الأساسية.</p>
<p>لمزيد من المعلومات، يرجى الاتصال بـ: أحمد الجبوري، المفوضية العراق، {IQ.m.i.1}، aljubouri.sample@unhcr.org</p>
</main>
<footer>المفوضية في العراق · بغداد · {IQ.f.i.9}</footer>
</body></html>
""",
        contacts=[person("أحمد الجبوري", "المفوضية العراق", "IQ", ["IQ.m.i.1"],
                         ["aljubouri.sample@unhcr.org"])],
    ),
    dict(
        name="iom_philippines_typhoon_en.txt",
        title="IOM Provides Shelter Repair Kits After Typhoon Strikes Northern Philippines",
        dateline="Manila", published_on="2024-11-20", language="en",
        text="""IOM Provides Shelter Repair Kits After Typhoon Strikes Northern Philippines
Manila, 20 November 2024 – IOM is distributing shelter repair kits and solar lamps to 10,000 families in Cagayan and Isabela provinces after the typhoon destroyed or damaged more than 50,000 homes.

"Families want to go home and rebuild as quickly as possible," said Kristin Dadey, IOM Chief of Mission in the Philippines.

Notes to editors: IOM has worked in the Philippines since 1985.

For more information, contact:
Ms. Rosalie Santos, National Communications Officer, IOM Philippines
T: {PH.f.i.1}
M: {PH.m.i.1}
E: rsantos.sample@iom.int
""",
        contacts=[person("Rosalie Santos", "IOM Philippines", "PH", ["PH.f.i.1", "PH.m.i.1"],
                         ["rsantos.sample@iom.int"], title="National Communications Officer")],
    ),
    dict(
        name="unhcr_greece_islands_en.txt",
        title="UNHCR Urges Better Reception Conditions on Greek Islands",
        dateline="Athens", published_on="2025-07-01", language="en",
        text="""UNHCR Urges Better Reception Conditions on Greek Islands

ATHENS, 1 July 2025 – UNHCR today urged Greek authorities to improve reception conditions on the islands of Samos and Lesvos, where arrivals have increased in recent weeks.

Press contacts:
Stella Nanou, UNHCR Greece, +30 694 455 6677 / stella.sample@unhcr.org
Kostas Moschochoritis, Associate Communications Officer, UNHCR Greece, +30 210 672 6462, moschoch.sample@unhcr.org

Follow us on social media
""",
        contacts=[
            person("Stella Nanou", "UNHCR Greece", "GR", [], ["stella.sample@unhcr.org"]),
            person("Kostas Moschochoritis", "UNHCR Greece", "GR", [], ["moschoch.sample@unhcr.org"],
                   title="Associate Communications Officer"),
        ],
        valid_literal={"Stella Nanou": ["+306944556677"],
                       "Kostas Moschochoritis": ["+302106726462"]},
    ),
]
