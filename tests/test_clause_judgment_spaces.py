"""Number spaces in a judgment (guidelines §1, §1a), French and English side by side:
paragraphs that run across a heading hierarchy (``I``, ``A``, ``B(1)``) and an
operative part that numbers afresh, cited with its name in the text's language and a
space (``Dispositif 1``, ``Operative part 4(a)``).

The text is written for the test; the expected numbers, titles, parents and sections were
worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ._spacetree import Row, tree

JUDGMENT = {
    "fr": """# AFFAIRE MARTIN ET AUTRES c. ARCADIE

## PROCÉDURE

1. À l'origine de l'affaire se trouve une requête dirigée contre l'Arcadie.

2. Le Gouvernement a été représenté par son agent.

## EN FAIT

3. Les requérants sont nés en 1990 et 1992 et résident à Port-Lys.

## EN DROIT

### I. SUR LA VIOLATION ALLÉGUÉE DE L'ARTICLE 8 DE LA CONVENTION

4. Les requérants se plaignent de la conservation de leurs données.

#### A. Sur la recevabilité

5. Le Gouvernement soulève une exception de non-épuisement.

#### B. Sur le fond

##### 1. Thèses des parties

6. Les requérants soutiennent que la durée de conservation est excessive.

7. Le Gouvernement fait valoir que la conservation est nécessaire.

##### 2. Appréciation de la Cour

8. La Cour rappelle que la simple mémorisation de données relatives à la vie privée
constitue une ingérence. Elle relève :

(a) que la loi ne prévoit aucun réexamen ;

(b) que le contrôle n'offre aucune garantie.

### II. SUR L'APPLICATION DE L'ARTICLE 41 DE LA CONVENTION

9. Les requérants réclament 10 000 euros pour dommage moral.

## PAR CES MOTIFS, LA COUR,

1. Déclare la requête recevable ;

2. Dit qu'il y a eu violation de l'article 8 de la Convention ;

3. Dit que l'État défendeur doit verser aux requérants :

(a) 5 000 euros pour dommage moral ;

(b) 2 000 euros pour frais et dépens ;

4. Rejette la demande de satisfaction équitable pour le surplus.
""",
    "en": """# CASE OF MARTIN AND OTHERS v. ARCADIA

## PROCEDURE

1. The case originated in an application against Arcadia.

2. The Government were represented by their Agent.

## THE FACTS

3. The applicants were born in 1990 and 1992 and live in Port-Lys.

## THE LAW

### I. ALLEGED VIOLATION OF ARTICLE 8 OF THE CONVENTION

4. The applicants complained of the retention of their data.

#### A. Admissibility

5. The Government raised an objection of non-exhaustion.

#### B. Merits

##### 1. The parties' submissions

6. The applicants argued that the retention period was excessive.

7. The Government submitted that the retention was necessary.

##### 2. The Court's assessment

8. The Court reiterates that the mere storing of data relating to private life amounts
to an interference. It notes:

(a) that the law provides for no review;

(b) that the supervision offers no safeguard.

### II. APPLICATION OF ARTICLE 41 OF THE CONVENTION

9. The applicants claimed 10,000 euros in respect of non-pecuniary damage.

## FOR THESE REASONS, THE COURT,

1. Declares the application admissible;

2. Holds that there has been a violation of Article 8 of the Convention;

3. Holds that the respondent State is to pay the applicants:

(a) 5,000 euros in respect of non-pecuniary damage;

(b) 2,000 euros in respect of costs and expenses;

4. Dismisses the remainder of the claim for just satisfaction.
""",
}


def _judgment_tree(lang: str) -> list[Row]:
    fr = lang == "fr"
    law = "EN DROIT" if fr else "THE LAW"
    part = "PAR CES MOTIFS, LA COUR" if fr else "FOR THESE REASONS, THE COURT"
    op = "Dispositif" if fr else "Operative part"
    return [
        ("1", None, None, "PROCÉDURE" if fr else "PROCEDURE"),
        ("2", None, None, "PROCÉDURE" if fr else "PROCEDURE"),
        ("3", None, None, "EN FAIT" if fr else "THE FACTS"),
        (
            "I",
            "SUR LA VIOLATION ALLÉGUÉE DE L'ARTICLE 8 DE LA CONVENTION"
            if fr
            else "ALLEGED VIOLATION OF ARTICLE 8 OF THE CONVENTION",
            None,
            law,
        ),
        ("4", None, "I", law),
        # §1a: capital headings by their letter (A, B only under I: none repeats); the
        # headings numbered afresh under B are cited under it
        ("A", "Sur la recevabilité" if fr else "Admissibility", "I", law),
        ("5", None, "A", law),
        ("B", "Sur le fond" if fr else "Merits", "I", law),
        ("B(1)", "Thèses des parties" if fr else "The parties' submissions", "B", law),
        ("6", None, "B(1)", law),
        ("7", None, "B(1)", law),
        ("B(2)", "Appréciation de la Cour" if fr else "The Court's assessment", "B", law),
        ("8", None, "B(2)", law),
        ("8(a)", None, "8", law),
        ("8(b)", None, "8", law),
        (
            "II",
            "SUR L'APPLICATION DE L'ARTICLE 41 DE LA CONVENTION"
            if fr
            else "APPLICATION OF ARTICLE 41 OF THE CONVENTION",
            None,
            law,
        ),
        ("9", None, "II", law),
        (f"{op} 1", None, None, part),
        (f"{op} 2", None, None, part),
        (f"{op} 3", None, None, part),
        (f"{op} 3(a)", None, f"{op} 3", part),
        (f"{op} 3(b)", None, f"{op} 3", part),
        (f"{op} 4", None, None, part),
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_judgment_outline_and_operative_part(lang: str) -> None:
    assert tree(JUDGMENT[lang], lang) == _judgment_tree(lang)
