"""Domain tagger (ctdocs.extract._domains): a bilingual check table, negatives, and how
hits weigh (spans, case, line breaks, two weak hits).
"""

# The check-table sentences are kept whole, one per line, so that the English and
# French versions can be read side by side.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs._knowledge import fold
from ctdocs.extract._domains import tag_text

from ._domaincodes import CODES

# ---------------------------------------------------------------- bilingual check table
# (code, English clause, French clause): each must be tagged with exactly its code.
ROWS: list[tuple[str, str, str]] = [
    # CBRN
    ("CBRN",
     "Allies will strengthen their defence against chemical, biological, radiological and nuclear threats posed by terrorist groups.",
     "Les Alliés renforceront leur défense contre les menaces chimiques, biologiques, radiologiques et nucléaires que font peser les groupes terroristes."),
    ("CBRN",
     "The Council calls upon States to prevent non-State actors from acquiring biological agents and toxic chemicals.",
     "Le Conseil demande aux États d'empêcher les acteurs non étatiques d'acquérir des agents biologiques et des produits chimiques toxiques."),
    ("CBRN",
     "Member States will improve the detection and decontamination capabilities of their CBRN defence units.",
     "Les États membres amélioreront les capacités de détection et de décontamination de leurs unités de défense NRBC."),
    # WMD
    ("WMD",
     "States should prevent the proliferation of weapons of mass destruction and their means of delivery to terrorists.",
     "Les États devraient empêcher la prolifération des armes de destruction massive et de leurs vecteurs au profit de terroristes."),
    ("WMD",
     "The Council reaffirms the importance of the full implementation of resolution 1540 (2004).",
     "Le Conseil réaffirme l'importance de la pleine mise en œuvre de la résolution 1540 (2004)."),
    ("WMD",
     "Allies will continue their consultations on arms control and disarmament.",
     "Les Alliés poursuivront leurs consultations sur la maîtrise des armements et le désarmement."),
    # EOD
    ("EOD",
     "Partners will develop their explosive ordnance disposal capabilities.",
     "Les partenaires développeront leurs capacités de traitement des dispositifs explosifs (EOD)."),
    ("EOD",
     "The programme supports humanitarian demining and the clearance of explosive remnants of war.",
     "Le programme soutient le déminage humanitaire et l'enlèvement des restes explosifs de guerre."),
    ("EOD",
     "NATO will test new equipment for the detection of explosives at stand-off distances.",
     "L'OTAN testera de nouveaux équipements de détection d'explosifs à distance de sécurité."),
    # C-IED
    ("C-IED",
     "Allies will pool best practices in countering improvised explosive devices.",
     "Les Alliés mettront en commun leurs bonnes pratiques en matière de lutte contre les engins explosifs improvisés."),
    ("C-IED",
     "The C-IED Centre of Excellence in Madrid supports the Alliance in this field.",
     "Le Centre d'excellence C-IED de Madrid appuie l'Alliance dans ce domaine."),
    ("C-IED",
     "Roadside bombs remain the main threat to deployed forces.",
     "Les bombes placées en bord de route demeurent la principale menace pour les forces déployées."),
    # C-UAS
    ("C-UAS",
     "Allies approved a practical framework for countering unmanned aircraft systems.",
     "Les Alliés ont approuvé un cadre pratique de lutte contre les systèmes aériens sans pilote."),
    ("C-UAS",
     "Terrorist groups increasingly use commercial drones for surveillance and attacks.",
     "Les groupes terroristes utilisent de plus en plus des drones commerciaux pour la surveillance et les attaques."),
    ("C-UAS",
     "The exhibition presented new counter-UAS sensors.",
     "L'exposition présentait de nouveaux capteurs de lutte anti-UAS."),
    # BORDER
    ("BORDER",
     "States shall prevent the movement of terrorists by effective border controls.",
     "Les États doivent empêcher les mouvements de terroristes grâce à des contrôles efficaces aux frontières."),
    ("BORDER",
     "The Union will deploy additional border guards along its external frontier.",
     "L'Union déploiera des gardes-frontières supplémentaires le long de sa frontière extérieure."),
    ("BORDER",
     "Cooperation on the management of their common borders will be intensified.",
     "La coopération en matière de gestion de leurs frontières communes sera intensifiée."),
    # INTEL
    ("INTEL",
     "Allies will improve intelligence sharing on foreign terrorist fighters.",
     "Les Alliés amélioreront le partage du renseignement sur les combattants terroristes étrangers."),
    ("INTEL",
     "States are called upon to exchange operational information on the movements of terrorist networks.",
     "Les États sont invités à échanger des informations opérationnelles sur les mouvements des réseaux terroristes."),
    ("INTEL",
     "A joint threat assessment will be prepared for the Council.",
     "Une évaluation conjointe de la menace sera établie pour le Conseil."),
    # CYBER
    ("CYBER",
     "Allies will strengthen their cyber defences against attacks on national networks.",
     "Les Alliés renforceront leur cyberdéfense face aux attaques contre les réseaux nationaux."),
    ("CYBER",
     "The Council condemns the use of cyberattacks by terrorist groups.",
     "Le Conseil condamne le recours aux cyberattaques par des groupes terroristes."),
    ("CYBER",
     "Cooperation on cybersecurity with the private sector will be expanded.",
     "La coopération en matière de cybersécurité avec le secteur privé sera élargie."),
    # MARITIME
    ("MARITIME",
     "Operation Sea Guardian contributes to maritime security in the Mediterranean.",
     "L'opération Sea Guardian contribue à la sûreté maritime en Méditerranée."),
    ("MARITIME",
     "States should improve the protection of ports and port facilities.",
     "Les États devraient améliorer la protection des ports et des installations portuaires."),
    ("MARITIME",
     "Allied naval forces will escort civilian ships through the Strait.",
     "Les forces navales alliées escorteront les navires civils dans le détroit."),
    # AVIATION
    ("AVIATION",
     "Allies will enhance civil-military coordination of air traffic control.",
     "Les Alliés amélioreront la coordination civilo-militaire du contrôle de la circulation aérienne."),
    ("AVIATION",
     "NATO AWACS will patrol the airspace of the United States.",
     "Des AWACS de l'OTAN patrouilleront dans l'espace aérien des États-Unis."),
    ("AVIATION",
     "The Council urges States to strengthen aviation security at international airports.",
     "Le Conseil exhorte les États à renforcer la sûreté aérienne dans les aéroports internationaux."),
    # SALW
    ("SALW",
     "States will secure their stockpiles of small arms and light weapons.",
     "Les États sécuriseront leurs stocks d'armes légères et de petit calibre."),
    ("SALW",
     "Transfers of MANPADS to non-State actors must be prevented.",
     "Les transferts de MANPADS à des acteurs non étatiques doivent être empêchés."),
    ("SALW",
     "The Group will address illicit trafficking in firearms and ammunition.",
     "Le Groupe s'attaquera au trafic illicite d'armes à feu et de munitions."),
    # FINANCING
    ("FINANCING",
     "States shall criminalise the financing of terrorism.",
     "Les États doivent ériger en infraction le financement du terrorisme."),
    ("FINANCING",
     "The Council calls for freezing the assets of listed individuals without delay.",
     "Le Conseil demande le gel sans délai des avoirs des personnes inscrites sur la liste."),
    ("FINANCING",
     "Cooperation with the FATF on anti-money laundering standards will be strengthened.",
     "La coopération avec le GAFI sur les normes de lutte contre le blanchiment de capitaux sera renforcée."),
    # CEP
    ("CEP",
     "NATO will improve civil emergency planning against terrorist attacks.",
     "L'OTAN améliorera les plans civils d'urgence face aux attentats terroristes."),
    ("CEP",
     "The EADRCC coordinates requests for disaster assistance from Allies and partners.",
     "L'EADRCC coordonne les demandes d'assistance en cas de catastrophe des Alliés et des partenaires."),
    ("CEP",
     "Member States will pool lessons on consequence management after an attack.",
     "Les États membres mettront en commun les enseignements tirés de la gestion des conséquences d'un attentat."),
    # NARCOTICS
    ("NARCOTICS",
     "The Council is concerned by the links between terrorism and drug trafficking.",
     "Le Conseil est préoccupé par les liens entre le terrorisme et le trafic de drogue."),
    ("NARCOTICS",
     "Partners will strengthen counter-narcotics cooperation in Central Asia.",
     "Les partenaires renforceront la coopération antidrogue en Asie centrale."),
    ("NARCOTICS",
     "Revenues from opium production sustain armed groups.",
     "Les revenus de la production d'opium font vivre des groupes armés."),
    # BIOMETRICS
    ("BIOMETRICS",
     "Allies approved a policy on the use of biometric data in operations.",
     "Les Alliés ont approuvé une politique sur l'utilisation des données biométriques dans les opérations."),
    ("BIOMETRICS",
     "Battlefield evidence collected by military forces can support prosecutions.",
     "Les éléments de preuve recueillis sur le champ de bataille par les forces militaires peuvent étayer les poursuites."),
    ("BIOMETRICS",
     "A technical exploitation framework was endorsed.",
     "Un cadre d'exploitation technique a été entériné."),
    # CIP
    ("CIP",
     "Allies will protect critical infrastructure against terrorist attacks.",
     "Les Alliés protégeront les infrastructures critiques contre les attaques terroristes."),
    ("CIP",
     "Threats to freight and passenger transport will be examined.",
     "Les menaces pour le transport de fret et de passagers seront examinées."),
    ("CIP",
     "Security at nuclear power plants and energy infrastructure will be reinforced.",
     "La sécurité des centrales nucléaires et des infrastructures énergétiques sera renforcée."),
    # TRAINING
    ("TRAINING",
     "Partners are invited to take part in counter-terrorism training and exercises.",
     "Les partenaires sont invités à participer aux activités de formation et aux exercices de lutte contre le terrorisme."),
    ("TRAINING",
     "The NATO School in Oberammergau offers courses for military and civilian trainers.",
     "L'École de l'OTAN à Oberammergau propose des stages destinés aux formateurs militaires et civils."),
    ("TRAINING",
     "Allied forces will train and exercise together to improve interoperability.",
     "Les forces alliées s'entraîneront et s'exerceront ensemble pour améliorer leur interopérabilité."),
    # CAPACITY
    ("CAPACITY",
     "NATO will expand its defence capacity building package for Jordan.",
     "L'OTAN élargira son paquet pour le renforcement des capacités de défense de la Jordanie."),
    ("CAPACITY",
     "Partners will pursue defence and security sector reform.",
     "Les partenaires poursuivront la réforme du secteur de la défense et de la sécurité."),
    ("CAPACITY",
     "Allies will help partners to build accountable security institutions.",
     "Les Alliés aideront les partenaires à bâtir des institutions de sécurité responsables."),
    # MISSILE
    ("MISSILE",
     "Allies will develop a missile defence capability to protect their populations.",
     "Les Alliés développeront une capacité de défense antimissile pour protéger leurs populations."),
    ("MISSILE",
     "Consultations on theatre missile defence will be intensified.",
     "Les consultations sur la défense contre les missiles de théâtre seront intensifiées."),
    ("MISSILE",
     "Options to address the increasing missile threat to Alliance territory will be examined.",
     "Des options pour faire face à la menace croissante que représentent les missiles pour le territoire de l'Alliance seront examinées."),
    # SCITECH
    ("SCITECH",
     "The Science for Peace and Security programme funds joint research projects.",
     "Le programme pour la science au service de la paix et de la sécurité finance des projets de recherche conjoints."),
    ("SCITECH",
     "Allies will pursue armaments cooperation through the Conference of National Armaments Directors.",
     "Les Alliés poursuivront la coopération en matière d'armements au sein de la Conférence des directeurs nationaux des armements."),
    ("SCITECH",
     "The programme develops prototypes of new sensors with industry.",
     "Le programme met au point des prototypes de nouveaux capteurs avec l'industrie."),
]  # fmt: skip


def test_check_table_covers_every_code_three_times() -> None:
    assert len(ROWS) == 60
    for code in CODES:
        assert sum(1 for c, _, _ in ROWS if c == code) == 3, code


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # how funds are raised (donations, collections) is terrorist financing
        ("en", "Terrorist groups raise funds through extortion and mobile money transfers."),
        (
            "fr",
            "Les enquêteurs ont identifié des campagnes d'appel aux dons sur des messageries chiffrées.",
        ),
        # crypto-assets moved to a terrorist group, and financial aid to one
        ("en", "proceedings against RW for having transferred crypto-assets to ISIL fighters."),
        ("fr", "RW a effectué 37 transferts de bitcoins vers des portefeuilles en Syrie."),
        (
            "en",
            "any person who provides material resources, including financial aid, to a terrorist group.",
        ),
        (
            "fr",
            "toute personne qui fournit des moyens matériels, y compris une aide financière, à un groupe terroriste.",
        ),
        # ... and so is financing the acts themselves
        ("en", "The association was found to facilitate the financing of acts of terrorism."),
        ("fr", "L'association facilitait le financement d'actes de terrorisme."),
    ],
)
def test_raising_funds_and_financing_acts(language: str, text: str) -> None:
    assert set(tag_text(text, language)) == {"FINANCING"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # threats against information systems, and offences committed by means of them
        ("en", "threats directed against the State's information systems."),
        ("fr", "aux menaces dirigées contre les systèmes d'information de l'État."),
        ("en", "related offences committed by means of computer systems;"),
        ("fr", "des infractions connexes commises au moyen des systèmes informatiques ;"),
    ],
)
def test_offences_through_information_systems_are_cyber(language: str, text: str) -> None:
    assert set(tag_text(text, language)) == {"CYBER"}


@pytest.mark.parametrize(("code", "english", "french"), ROWS)
def test_english_row(code: str, english: str, french: str) -> None:
    assert set(tag_text(english, "en")) == {code}


@pytest.mark.parametrize(("code", "english", "french"), ROWS)
def test_french_row(code: str, english: str, french: str) -> None:
    assert set(tag_text(french, "fr")) == {code}


# ---------------------------------------------------------------- negatives
# (text, language, codes that must NOT be tagged; empty tuple = nothing at all)
NEGATIVES: list[tuple[str, str, tuple[str, ...]]] = [
    # a body that merely carries a domain word in its name (an institute, a division)
    # is no commitment to the domain
    ("with the Institute for Training and Research of the Union;", "en", ("TRAINING",)),
    ("within the Joint Intelligence and Security Division;", "en", ("INTEL",)),
    ("according to the Belgian Financial Intelligence Processing Unit,", "en", ("INTEL",)),
    ("Nous encourageons l'Institut de la Francophonie pour l'éducation et la formation à agir.", "fr", ("TRAINING",)),
    ("Allies met in Brussels on 3 December.", "en", ()),
    ("Les Alliés se sont réunis à Bruxelles le 3 décembre.", "fr", ()),
    ("Human rights and fundamental freedoms must be respected in the fight against terrorism.", "en", ()),
    ("The Council expresses its deep concern at the situation in the region.", "en", ()),
    ("The operation will use air, land and sea assets.", "en", ("AVIATION", "MARITIME")),
    ("States shall ensure the exercise of their rights under international law.", "en", ("TRAINING",)),
    ("Dans l'exercice de leurs fonctions, les juges sont indépendants.", "fr", ("TRAINING",)),
    ("States should exercise vigilance over the movement of funds.", "en", ("TRAINING",)),
    ("The Secretary General reports to the Council and supports its work.", "en", ("MARITIME",)),
    ("Le Comité examine les rapports et les supports fournis par les États.", "fr", ("MARITIME",)),
    ("Transport to the venue will be provided by the host nation.", "en", ("CIP",)),
    ("Le transport des délégations sera assuré par le pays hôte.", "fr", ("CIP",)),
    ("The Council condemns the terrorist training camps in the region.", "en", ("TRAINING",)),
    ("Les terroristes exploitent l'intelligence artificielle.", "fr", ("INTEL",)),
    ("Terrorists exploit artificial intelligence.", "en", ("INTEL",)),
    ("NATO works with the United Nations Office on Drugs and Crime.", "en", ("NARCOTICS",)),
    ("L'OTAN travaille avec l'Office des Nations Unies contre la drogue et le crime.", "fr", ("NARCOTICS",)),
    ("améliorer la sécurité des dépôts de systèmes portatifs de défense aérienne (MANPADS)", "fr", ("AVIATION",)),
    ("coopérer dans les domaines de la logistique, du transport aérien et du ravitaillement en vol", "fr", ("AVIATION", "CIP")),
    ("dans le domaine de la recherche et du sauvetage en mer", "fr", ("MARITIME", "SCITECH")),
    ("des barrières magnétiques sous-marines et des drones sous-marins", "fr", ("C-UAS",)),
    ("the disarmament, demobilization and reintegration of former combatants", "en", ("WMD",)),
    ("the formation of a national unity government", "en", ("TRAINING",)),
    ("At this stage, the Council will not take further action.", "en", ("TRAINING",)),
    ("Le programme repose sur le principe du financement commun.", "fr", ("FINANCING",)),
    ("la non-prolifération des armes légères et de petit calibre", "fr", ("WMD",)),
    ("échanger des informations portant notamment sur l'expérience acquise", "fr", ("INTEL",)),
    ("New technologies are changing the security environment.", "en", ("SCITECH",)),
    ("The aircraft landed in Kabul.", "en", ("AVIATION",)),
    ("Nuclear deterrence remains a core element of Alliance defence.", "en", ("CBRN", "WMD")),
    ("Prie les États de fournir des renseignements sur les mesures prises.", "fr", ("INTEL",)),
    ("The cells exchange financial intelligence units' reports.", "en", ("INTEL",)),
    ("les personnels de première intervention se réunissent", "fr", ("CEP",)),
    ("Explosives and weapons were smuggled across the region.", "en", ("EOD",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "banned"), NEGATIVES)
def test_negative(text: str, language: str, banned: tuple[str, ...]) -> None:
    found = set(tag_text(text, language))
    if banned:
        assert not found & set(banned), found
    else:
        assert found == set(), found


# ---------------------------------------------------------------- mechanics
def test_two_weak_hits_tag_one_does_not() -> None:
    assert "AVIATION" not in tag_text("Military aircraft were deployed.", "en")
    assert "AVIATION" in tag_text(
        "The agreement grants overflight rights for military aircraft.", "en"
    )
    assert "SCITECH" not in tag_text("Les technologies évoluent.", "fr")
    assert "SCITECH" in tag_text("Les technologies et l'innovation évoluent.", "fr")


def test_spans_point_into_the_original_text() -> None:
    text = "Défense aérienne, gardes\u2011frontières et l\u2019espace aérien ; cyber-défense."
    found = tag_text(text, "fr")
    assert set(found) == {"AVIATION", "BORDER", "CYBER"}
    assert [text[s:e] for s, e in found["AVIATION"]] == ["Défense aérienne", "espace aérien"]
    assert [text[s:e] for s, e in found["BORDER"]] == ["gardes\u2011frontières"]
    assert [text[s:e] for s, e in found["CYBER"]] == ["cyber-défense"]
    for spans in found.values():
        assert spans == sorted(spans)
        for s, e in spans:
            assert 0 <= s < e <= len(text)
            assert len(fold(text[s:e])) == e - s


def test_patterns_of_both_languages_apply_and_case_is_ignored() -> None:
    assert "CAPACITY" in tag_text("Le programme de Capacity Building se poursuit.", "fr")
    assert "CEP" in tag_text("LES PLANS CIVILS D'URGENCE", "en")
    assert "CAPACITY" in tag_text("NATO's DEEP programme", "en")


def test_line_breaks_inside_a_phrase() -> None:
    assert "WMD" in tag_text("armes de\ndestruction   massive", "fr")


def test_empty_text() -> None:
    assert tag_text("", "fr") == {}
    assert tag_text("   \n", "en") == {}
