"""The document's own title on whole pages (ctdocs.structure._title; guidelines §5 and §6):
short pages of real layouts, each with its site chrome above the document.

French and English rows side by side, expected values read off the text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language


def _body(sentence: str, first: int) -> str:
    return "".join(sentence.format(i) + "\n\n" for i in range(first, first + 8))


_FR = "Le paragraphe {} décrit une mesure de coopération policière entre les États membres."
_EN = "Paragraph {} describes a measure of police co-operation between the Member States."

PAGES = [
    # a site's name and menu above the document's title
    (
        "en",
        "Global Counterterrorism Forum\n\n"
        "Memorandum on Good Practices for the Use of Biometrics at Borders\n\n"
        "Posted on: 2 October 2020\n\n"
        "Introduction\n\n"
        "The Forum launched its Border Security Initiative in 2016 with several members.\n",
        "Memorandum on Good Practices for the Use of Biometrics at Borders",
    ),
    (
        "fr",
        "Ministère de l'Intérieur\n\n"
        "Rapport sur la prévention de la radicalisation dans les établissements scolaires\n\n"
        "Publié le 2 octobre 2020\n\n"
        "Introduction\n\n"
        "Le ministère a lancé cette initiative en 2016 avec plusieurs partenaires locaux.\n",
        "Rapport sur la prévention de la radicalisation dans les établissements scolaires",
    ),
    # a title printed over two lines in capitals
    (
        "en",
        "RESOLUTION ON\n\nTHE FIGHT AGAINST TERRORISM\n\n"
        "1. Recognizing the leading role played by the United Nations in the fight.\n\n"
        "2. Supporting the norms adopted in the framework of the Organization.\n",
        "RESOLUTION ON THE FIGHT AGAINST TERRORISM",
    ),
    (
        "fr",
        "DÉCLARATION SUR\n\nLA PRÉVENTION DU TERRORISME\n\n"
        "1. Nous reconnaissons le rôle central des Nations Unies dans cette lutte.\n\n"
        "2. Nous soutenons les normes adoptées dans le cadre de l'Organisation.\n",
        "DÉCLARATION SUR LA PRÉVENTION DU TERRORISME",
    ),
    # a masthead above a cover note: the subject line names the title
    (
        "en",
        "Council of the European Union\n\nBrussels, 19 June 2017\n\n"
        "Subject: Council Conclusions on Counter-terrorism (19 June 2017)\n\n"
        "Delegations will find in the annex the Council Conclusions adopted today.\n",
        "Council Conclusions on Counter-terrorism",
    ),
    (
        "fr",
        "Ministère de l'Intérieur\n\nParis, le 28 juin 2019\n\n"
        "Objet : Sécurisation des grands rassemblements de l'été\n\n"
        "La menace terroriste demeure à un niveau très élevé sur le territoire national.\n",
        "Sécurisation des grands rassemblements de l'été",
    ),
    # a statute's short title stays the title above its long title
    (
        "en",
        "Explosives Act\n\nAn Act respecting the manufacture and storage of explosives\n\n"
        "1 This Act may be cited as the Explosives Act.\n",
        "Explosives Act",
    ),
    (
        "fr",
        "Loi sur les explosifs\n\nLoi concernant la fabrication et le stockage des explosifs\n\n"
        "1 Loi sur les explosifs, titre abrégé de la présente loi.\n",
        "Loi sur les explosifs",
    ),
    # a resolution number before the title is not part of it (guidelines §1)
    (
        "en",
        "United Nations\n\nGeneral Assembly\n\n"
        "70/291. Review of the United Nations Global Counter-Terrorism Strategy\n\n"
        "The General Assembly, recalling its earlier resolutions on the Strategy,\n",
        "Review of the United Nations Global Counter-Terrorism Strategy",
    ),
    (
        "fr",
        "Nations Unies\n\nAssemblée générale\n\n"
        "70/291. Examen de la Stratégie antiterroriste mondiale des Nations Unies\n\n"
        "L'Assemblée générale, rappelant ses résolutions antérieures sur la Stratégie,\n",
        "Examen de la Stratégie antiterroriste mondiale des Nations Unies",
    ),
    # a report's name in capitals carried on by its next line; a registration line and
    # the footnote call are not part of it
    (
        "fr",
        "N° 348\n\nSÉNAT\n\nEnregistré à la Présidence du Sénat le 10 février 2021\n\n"
        "RAPPORT D'INFORMATION\n\n"
        "FAIT au nom de la commission des lois (1) sur le suivi de la loi antiterroriste,\n\n"
        "Par M. Jean DUPONT, Sénateur\n",
        "RAPPORT D'INFORMATION FAIT au nom de la commission des lois sur le suivi de la loi "
        "antiterroriste",
    ),
    (
        "en",
        "No. 348\n\nSENATE\n\nRegistered with the Presidency of the Senate on 10 February 2021\n\n"
        "INFORMATION REPORT\n\n"
        "MADE on behalf of the committee on laws (1) on the follow-up of the counter-terrorism "
        "law,\n\n"
        "By Mr John SMITH, Senator\n",
        "INFORMATION REPORT MADE on behalf of the committee on laws on the follow-up of the "
        "counter-terrorism law",
    ),
    # the title ends before the words naming who issued it; a line opening with them
    # is not a title
    (
        "fr",
        "Déclaration du sommet de Bruxelles publiée par les chefs d'État et de gouvernement\n\n"
        "• Communiqué de presse (2018) 074\n\n"
        "1. Nous, chefs d'État et de gouvernement, sommes réunis à Bruxelles.\n",
        "Déclaration du sommet de Bruxelles",
    ),
    (
        "en",
        "PRESS RELEASE\n\nPR/CP(2014)0120\n\nWALES SUMMIT DECLARATION\n\n"
        "Issued by the Heads of State and Government participating in the meeting of the "
        "North Atlantic Council in Wales\n\n"
        "1. We, the Heads of State and Government, have gathered in Wales.\n",
        "WALES SUMMIT DECLARATION",
    ),
    # capital lines that are names each do not make one title with the one below
    (
        "en",
        "NATO STANDARD\n\nAJP-3.15\n\n"
        "ALLIED JOINT DOCTRINE FOR COUNTER-IMPROVISED EXPLOSIVE DEVICES\n\n"
        "NORTH ATLANTIC TREATY ORGANIZATION (NATO)\n\nNATO STANDARDIZATION OFFICE (NSO)\n\n"
        "1. The enclosed publication is promulgated herewith for use by the Allies.\n",
        "ALLIED JOINT DOCTRINE FOR COUNTER-IMPROVISED EXPLOSIVE DEVICES",
    ),
    (
        "fr",
        "NORME OTAN\n\nAJP-3.15\n\n"
        "DOCTRINE INTERALLIÉE POUR LA LUTTE CONTRE LES ENGINS EXPLOSIFS IMPROVISÉS\n\n"
        "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD (OTAN)\n\n"
        "BUREAU OTAN DE NORMALISATION (NSO)\n\n"
        "1. La publication ci-jointe est promulguée pour être utilisée par les Alliés.\n",
        "DOCTRINE INTERALLIÉE POUR LA LUTTE CONTRE LES ENGINS EXPLOSIFS IMPROVISÉS",
    ),
    # a page's level-1 heading, even a bare article number
    (
        "fr",
        "# Article 421-1\n\nConstituent des actes de terrorisme les infractions suivantes :\n\n"
        "1° Les atteintes volontaires à la vie ;\n",
        "Article 421-1",
    ),
    (
        "en",
        "# Article 5\n\nEach State Party shall make the following offences punishable:\n\n"
        "(a) the seizure of a hostage;\n",
        "Article 5",
    ),
    # after web chrome, the line right below the symbol-and-date line
    (
        "fr",
        "Imprimer\n\nAutres documents liés\n\nRapport | Doc. 12712 | 16 septembre 2011\n\n"
        "Les droits de l'homme et la lutte contre le terrorisme\n\n"
        "Commission des questions juridiques et des droits de l'homme\n\nRésumé\n\n"
        "Le terrorisme a un effet direct sur les droits de l'homme des victimes.\n",
        "Les droits de l'homme et la lutte contre le terrorisme",
    ),
    (
        "en",
        "Print\n\nSee related documents\n\nReport | Doc. 13753 | 16 April 2015\n\n"
        "Human rights and the fight against terrorism\n\n"
        "Committee on Legal Affairs and Human Rights\n\nSummary\n\n"
        "Terrorism has a direct effect on the human rights of its victims.\n",
        "Human rights and the fight against terrorism",
    ),
    # a breadcrumb trail that ends on the page's subject is not its title
    (
        "fr",
        "Rechercher sur le site\n\n"
        "Vous êtes ici : Accueil \u203a Actualités \u203a Sécurité : nouvelle posture du plan "
        "de vigilance "
        "pour la protection des grands rassemblements de l'été\n\n"
        "Sécurité : le plan de vigilance relevé sur l'ensemble du territoire\n\n"
        "Publié le 24 mars 2024\n\n"
        "À la suite de l'attentat commis la veille, le niveau le plus élevé est activé.\n",
        "Sécurité : le plan de vigilance relevé sur l'ensemble du territoire",
    ),
    (
        "en",
        "Search this site\n\n"
        "You are here: Home > News > Security: new posture of the vigilance plan for the "
        "protection of the large gatherings of the summer\n\n"
        "Security: the vigilance plan raised across the whole territory\n\n"
        "Published 24 March 2024\n\n"
        "Following the attack of the day before, the highest level is activated.\n",
        "Security: the vigilance plan raised across the whole territory",
    ),
    # a notice's "Objet :" that reads as a description (lower case) does not name
    # the title; the act's own line does
    (
        "fr",
        "Journal officiel\n\n"
        "Décret n° 2024-99 du 5 mars 2024 relatif à la protection des sites sensibles\n\n"
        "NOR : INTD2400001D\n\n"
        "Objet : modalités de mise en œuvre des mesures de protection des sites sensibles et "
        "des grands événements sportifs\n\n"
        "Le Premier ministre,\n\nVu le code de la sécurité intérieure ;\n",
        "Décret n° 2024-99 du 5 mars 2024 relatif à la protection des sites sensibles",
    ),
    (
        "en",
        "Federal Register Office\n\n"
        "Order No. 2024-99 of 5 March 2024 on the protection of sensitive sites\n\n"
        "Reference: INTD2400001D\n\n"
        "Subject: arrangements for carrying out the measures protecting sensitive sites and "
        "major sporting events\n\n"
        "The Prime Minister,\n\nHaving regard to the internal security code;\n",
        "Order No. 2024-99 of 5 March 2024 on the protection of sensitive sites",
    ),
    # the title stands above the line that opens the operative text; the preamble
    # below it is not a title, however long
    (
        "fr",
        "DÉCISION N° 5/22\n\nLUTTER CONTRE L'USAGE DES DRONES\n\nLe Conseil permanent,\n\n"
        "Rappelant la Convention internationale pour la répression des attentats terroristes "
        "à l'explosif et les résolutions pertinentes du Conseil de sécurité des Nations Unies\n\n"
        "1. Demande aux États participants de renforcer leur coopération.\n",
        "DÉCISION N° 5/22 LUTTER CONTRE L'USAGE DES DRONES",
    ),
    (
        "en",
        "DECISION No. 5/22\n\nCOUNTERING THE USE OF DRONES\n\nThe Permanent Council,\n\n"
        "Recalling the International Convention for the Suppression of Terrorist Bombings "
        "and the relevant resolutions of the United Nations Security Council on the matter\n\n"
        "1. Calls upon participating States to strengthen their co-operation.\n",
        "DECISION No. 5/22 COUNTERING THE USE OF DRONES",
    ),
    # a classification number alone on its line does not end the head
    (
        "fr",
        "En vigueur\n\n120.52\n\n"
        "Ordonnance sur les mesures de police contre le terrorisme\n\n"
        "Section 1 Dispositions générales\n\nArt. 1 Objet\n",
        "Ordonnance sur les mesures de police contre le terrorisme",
    ),
    (
        "en",
        "In force\n\n120.52\n\n"
        "Ordinance on police measures against terrorism\n\n"
        "Section 1 General provisions\n\nArt. 1 Purpose\n",
        "Ordinance on police measures against terrorism",
    ),
    # a line that announces the title: the line below it is the title, whatever
    # the site's name above
    (
        "fr",
        "JURISTE - Législation consolidée\n\nMoniteur belge\n\nTitre\n\n"
        "17 MARS 2019. - Loi relative à la protection des infrastructures critiques\n\n"
        "Source : INTERIEUR\n\nArt. 1er. La présente loi règle une matière visée à l'article 74.\n",
        "17 MARS 2019. - Loi relative à la protection des infrastructures critiques",
    ),
    (
        "en",
        "Help Print this page\n\nTitle and reference\n\n"
        "Restrictive measures to combat terrorism\n\n"
        "Regulation (EC) No 2580/2001 on specific restrictive measures directed against "
        "certain persons and entities with a view to combating terrorism\n\n"
        "It aims to prevent and ban the financing of terrorist acts.\n",
        "Restrictive measures to combat terrorism",
    ),
    # a line that names the sitting, not the document, above the title
    (
        "en",
        "804th meeting – 11 July 2002\n\nAppendix 3 (item 4.3)\n\n"
        "Guidelines of the Committee of Ministers on human rights and the fight against "
        "terrorism\n\nPreamble\n\nThe Committee of Ministers,\n",
        "Guidelines of the Committee of Ministers on human rights and the fight against terrorism",
    ),
    (
        "fr",
        "804e réunion – 11 juillet 2002\n\nAnnexe 3 (point 4.3)\n\n"
        "Lignes directrices du Comité des Ministres sur les droits de l'homme et la lutte "
        "contre le terrorisme\n\nPréambule\n\nLe Comité des Ministres,\n",
        "Lignes directrices du Comité des Ministres sur les droits de l'homme et la lutte "
        "contre le terrorisme",
    ),
    # the line that says who adopted the resolution is not its title; the numbered
    # title below is
    (
        "en",
        "United Nations A/RES/77/298\n\nGeneral Assembly Distr.: General\n\n3 July 2023\n\n"
        "Seventy-seventh session\n\nResolution adopted by the General Assembly on 22 June 2023\n\n"
        "77/298. Review of the Global Counter-Terrorism Strategy\n\nThe General Assembly,\n\n"
        "1. Reiterates its strong condemnation of terrorism.\n",
        "Review of the Global Counter-Terrorism Strategy",
    ),
    (
        "fr",
        "Nations Unies A/RES/77/298\n\nAssemblée générale Distr. : Générale\n\n3 juillet 2023\n\n"
        "Soixante-dix-septième session\n\n"
        "Résolution adoptée par l'Assemblée générale le 22 juin 2023\n\n"
        "77/298. Examen de la Stratégie antiterroriste mondiale\n\nL'Assemblée générale,\n\n"
        "1. Réaffirme sa ferme condamnation du terrorisme.\n",
        "Examen de la Stratégie antiterroriste mondiale",
    ),
    # a heading of a part of the act below its own title
    (
        "en",
        "Australian Government\n\nHome > Acts > In force > Criminal Code Act 1995\n\n"
        "Criminal Code Act 1995\n\nIn force - Latest Version\n\n"
        "Schedule—The Criminal Code of the Commonwealth and its territories\n\n"
        "100.1 Definitions\n",
        "Criminal Code Act 1995",
    ),
    (
        "fr",
        "Gouvernement Fédéral\n\nAccueil > Lois > En vigueur > Code pénal\n\n"
        "Code pénal\n\nEn vigueur - Dernière version\n\n"
        "Annexe — Le code pénal de la Fédération et de ses territoires\n\n"
        "100.1 Définitions\n",
        "Code pénal",
    ),
    # a kind of document with nothing of its own (who made it, its symbol, its
    # sender and addressees) is not the title; the line that says what it is about is
    (
        "en",
        "Senate\n\nREPORT OF THE COMMITTEE\n\nTuesday, June 11, 2019\n\n"
        "Keeping Canadians safe online from violent extremist content\n\n"
        "Table of Contents\n\nMembers\n\n"
        "The committee examined the matter over several meetings in 2018 and 2019.\n",
        "Keeping Canadians safe online from violent extremist content",
    ),
    (
        "fr",
        "Sénat\n\nRAPPORT DU COMITÉ\n\nLe mardi 11 juin 2019\n\n"
        "Protéger les Canadiens en ligne contre les contenus extrémistes\n\n"
        "Table des matières\n\nMembres\n\n"
        "Le comité a examiné la question au cours de plusieurs réunions en 2018 et 2019.\n",
        "Protéger les Canadiens en ligne contre les contenus extrémistes",
    ),
    (
        "en",
        "EUROPEAN COMMISSION\n\nBrussels, 9.12.2020\n\nCOM(2020) 795 final\n\n"
        "COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT, THE EUROPEAN COUNCIL "
        "AND THE COUNCIL\n\nA Counter-Terrorism Agenda for the EU\n\n1. INTRODUCTION\n\n"
        "The attacks of the autumn of 2020 were a stark reminder of the threat.\n",
        "A Counter-Terrorism Agenda for the EU",
    ),
    (
        "fr",
        "COMMISSION EUROPÉENNE\n\nBruxelles, le 9.12.2020\n\nCOM(2020) 795 final\n\n"
        "COMMUNICATION DE LA COMMISSION AU PARLEMENT EUROPÉEN, AU CONSEIL EUROPÉEN ET AU "
        "CONSEIL\n\nUn programme de lutte antiterroriste pour l'UE\n\n1. INTRODUCTION\n\n"
        "Les attentats de l'automne 2020 ont rappelé avec force la réalité de la menace.\n",
        "Un programme de lutte antiterroriste pour l'UE",
    ),
    (
        "en",
        "NATO Logo\n\nPress Communiqué M-NAC-2(96)165\n\nFinal Communiqué\n\n"
        "Ministerial Meeting of the North Atlantic Council held at NATO Headquarters, Brussels, "
        "on 10 December 1996\n\n1. We met today to review the adaptation of the Alliance.\n",
        "Final Communiqué",
    ),
    (
        "fr",
        "Logo OTAN\n\nCommuniqué de presse M-NAC-2(96)165\n\nCommuniqué final\n\n"
        "Réunion ministérielle du Conseil de l'Atlantique Nord tenue au siège de l'OTAN, "
        "Bruxelles, le 10 décembre 1996\n\n1. Nous nous sommes réunis pour examiner "
        "l'adaptation de l'Alliance.\n",
        "Communiqué final",
    ),
    # a republisher's header in another language than the text is not its title; the
    # act's own title loses its version mark and where it was published
    (
        "fr",
        "Council Common Position of 27 December 2001 on the application of specific measures "
        "to combat terrorism\n\nPublished date 28 December 2001\n\n"
        "►B POSITION COMMUNE DU CONSEIL du 27 décembre 2001 relative à la lutte contre le "
        "terrorisme (2001/931/PESC) (JO L 344 du 28.12.2001, p. 93)\n\nArticle premier\n\n"
        "1. La présente position commune s'applique aux personnes et aux entités qui sont "
        "énumérées dans l'annexe et qui sont impliquées dans des actes de terrorisme.\n\n"
        "2. La liste est établie sur la base des informations que détiennent les autorités "
        "compétentes des États membres et de l'Union.\n",
        "POSITION COMMUNE DU CONSEIL du 27 décembre 2001 relative à la lutte contre le terrorisme",
    ),
    (
        "en",
        "Position commune du Conseil du 27 décembre 2001 relative à l'application de mesures "
        "spécifiques en vue de lutter contre le terrorisme\n\nPublié le 28 décembre 2001\n\n"
        "►B COUNCIL COMMON POSITION of 27 December 2001 on combating terrorism "
        "(2001/931/CFSP) (OJ L 344, 28.12.2001, p. 93)\n\nArticle 1\n\n"
        "1. This Common Position applies to the persons, groups and entities that are listed "
        "in the Annex and that are involved in the acts of terrorism of the list.\n\n"
        "2. The list shall be drawn up on the basis of the information that is held by the "
        "competent authorities of the Member States and of the Union.\n",
        "COUNCIL COMMON POSITION of 27 December 2001 on combating terrorism",
    ),
    # the line right above "Adopted by the Security Council …" is the resolution's
    # title, even its kind and number alone
    (
        "en",
        "Chapter\n\nAppendix IV: United Nations Resolutions\n\nInternational Monetary Fund\n\n"
        "Show Summary Details\n\nResolution 1267 (1999)\n\n"
        "Adopted by the Security Council at its 4051st meeting, on 15 October 1999\n\n"
        "The Security Council,\n\nReaffirming its previous resolutions on the situation,\n",
        "Resolution 1267 (1999)",
    ),
    (
        "fr",
        "Chapitre\n\nAppendice IV : Les résolutions des Nations Unies\n\n"
        "Fonds monétaire international\n\nAfficher le résumé\n\nRésolution 1267 (1999)\n\n"
        "Adoptée par le Conseil de sécurité à sa 4051e séance, le 15 octobre 1999\n\n"
        "Le Conseil de sécurité,\n\nRéaffirmant ses résolutions antérieures,\n",
        "Résolution 1267 (1999)",
    ),
    # an excerpt that opens on a part's heading has no title of its own
    (
        "en",
        "Introduction\n\nThis resolution, introduced by one member and adopted unanimously "
        "by the council, gives a definition of terrorism.\n\nIt was inspired by an attack on "
        "a school in which hundreds of pupils were held hostage.\n",
        None,
    ),
    (
        "fr",
        "Introduction\n\nCette résolution, présentée par un membre et adoptée à l'unanimité "
        "par le conseil, donne une définition du terrorisme.\n\nElle fait suite à l'attaque "
        "d'une école où des centaines d'élèves ont été pris en otage.\n",
        None,
    ),
    # the line a running head repeats further down is the title, not a banner's heading
    # above it
    (
        "fr",
        "À propos de vos données personnelles\n\n"
        "Le site collecte des données anonymes sur les utilisateurs à des fins de statistiques.\n\n"
        "L'Europe et la lutte contre le terrorisme\n\nStratégie, sécurité et défense\n\n"
        "Philippe Martin\n\n"
        + _body(_FR, 0)
        + "L'Europe et la lutte contre le terrorisme\n\n"
        + _body(_FR, 8),
        "L'Europe et la lutte contre le terrorisme",
    ),
    (
        "en",
        "About your personal data\n\n"
        "The site collects anonymous data on its users for the purposes of statistics.\n\n"
        "Europe and the fight against terrorism\n\nStrategy, security and defence\n\n"
        "Philip Martin\n\n"
        + _body(_EN, 0)
        + "Europe and the fight against terrorism\n\n"
        + _body(_EN, 8),
        "Europe and the fight against terrorism",
    ),
]


@pytest.mark.parametrize(("lang", "text", "title"), PAGES)
def test_title_of_page(lang: Language, text: str, title: str | None) -> None:
    assert parse_text(text, language=lang).title == title
