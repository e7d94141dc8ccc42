"""Extraction and document meta on the held-out batches, gated so that none can slide.

Each batch (tests/heldout … heldout44) is twelve texts written by one helper and annotated by
another from the text and the guidelines before ctdocs ran on them. The dev corpus and the
seeds have their own gates (test_extract_gold, test_actors, test_domains, test_document_meta);
these texts come from publishers neither has, so a rule fitted to the dev corpus that breaks
another publisher's texts fails here. The scoring follows the shared scorer: dates by value,
actors by surface form (leading article dropped) and by canonical name — compared exactly,
stricter than the shared scorer's fuzzy match, whose greedy order moves its figure between
identical outputs — domains by code,
the document's own date and symbol counted where gold or ctdocs gives one. Floors sit a
little under the figures measured at the commit that set them (in the comment beside each).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from ._compare import ExtractionScore
from .conftest import parsed
from .test_structure_corpus import _raw

HERE = Path(__file__).parent


class _Meta:
    """Right answers over counted documents, for the document's own date or symbol."""

    def __init__(self) -> None:
        self.right = self.counted = 0

    def add(self, want: str | None, got: str | None) -> None:
        if want or got:  # both null proves nothing, as the shared scorer counts it
            self.counted += 1
            self.right += want == got

    @property
    def rate(self) -> float:
        return self.right / self.counted if self.counted else 1.0


def _squeezed(symbol: str | None) -> str:
    return re.sub(r"\s+", "", symbol or "").casefold()


@cache
def _scores(batch: str) -> dict[str, float]:
    folder = HERE / batch
    score = ExtractionScore()
    ddate, symbol = _Meta(), _Meta()
    for gold_path in sorted((folder / "gold").glob("*.json")):
        g: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = parsed(_raw(folder / "texts", gold_path.stem))
        score.add(g, doc)
        if "document_date" in g:
            ddate.add(g["document_date"] or None, doc.date.value if doc.date else None)
        if "symbol" in g:
            symbol.add(_squeezed(g["symbol"]) or None, _squeezed(doc.symbol) or None)
    return {**score.figures(), "document_date": ddate.rate, "symbol": symbol.rate}


# batch -> measure -> floor, about 0.01 under the figure measured (in the comment)
FLOORS: dict[str, dict[str, float]] = {
    "heldout": {
        "dates": 0.97,  # 0.983 at the end of session 35; was 0.94: 0.960
        "actors_surface": 0.92,  # 0.936 at the end of session 35; was 0.87: 0.877
        "actors_canonical": 0.86,  # 0.881 at the end of session 35; was 0.81: 0.821 (actors11)
        "domains_document": 0.92,  # 0.932 at the end of session 37 (was 0.91)
        "domains_clause": 0.80,  # 0.817 at the end of session 37 (was 0.79)
        "document_date": 0.99,  # 1.000
        "symbol": 0.88,  # 0.900 at the end of session 35; was 0.79: 0.800
    },
    "heldout2": {
        "dates": 0.96,  # 0.975
        "actors_surface": 0.94,  # 0.949
        "actors_canonical": 0.87,  # 0.883
        "domains_document": 0.90,  # 0.913
        "domains_clause": 0.84,  # 0.855 at the end of session 35; was 0.81: 0.828
        "document_date": 0.98,  # 1.000 at the end of session 35; was 0.89: 0.909
        "symbol": 0.99,  # 1.000
    },
    "heldout3": {
        "dates": 0.97,  # 0.984 (0.979 before meta11)
        "actors_surface": 0.92,  # 0.927 (actors11)
        "actors_canonical": 0.90,  # 0.915 at the end of session 35; was 0.89: 0.901 (actors11)
        "domains_document": 0.91,  # 0.927 at the end of session 35; was 0.89: 0.900
        "domains_clause": 0.82,  # 0.833 at the end of session 35; was 0.78: 0.790
        "document_date": 0.98,  # 1.000 at the end of session 35; was 0.90: 0.917
        "symbol": 0.99,  # 1.000
    },
    "heldout4": {
        "dates": 0.98,  # 0.991 (0.987 before meta11)
        "actors_surface": 0.94,  # 0.955 at the end of session 35; was 0.91: 0.927
        "actors_canonical": 0.88,  # 0.893 (actors11)
        "domains_document": 0.89,  # 0.910 at the end of session 35; was 0.87: 0.883
        "domains_clause": 0.82,  # 0.839 at the end of session 35; was 0.79: 0.808
        "document_date": 0.99,  # 1.000
        "symbol": 0.89,  # 0.909
    },
    "heldout5": {
        "dates": 0.97,  # 0.984 (0.980 before meta11)
        "actors_surface": 0.91,  # 0.928 at the end of session 35; was 0.90: 0.914 (actors11)
        "actors_canonical": 0.89,  # 0.906 (actors11)
        "domains_document": 0.92,  # 0.938 at the end of session 37 (was 0.91)
        "domains_clause": 0.79,  # 0.805 at the end of session 35; was 0.77: 0.780
        "document_date": 0.99,  # 1.000
        "symbol": 0.99,  # 1.000
    },
    "heldout6": {
        "dates": 0.97,  # 0.988 at the end of session 35; was 0.96: 0.980
        "actors_surface": 0.90,  # 0.913 at the end of session 44 (was 0.89)
        "actors_canonical": 0.78,  # 0.791 (actors11)
        "domains_document": 0.90,  # 0.912
        "domains_clause": 0.81,  # 0.821
        "document_date": 0.99,  # 1.000
        "symbol": 0.99,  # 1.000
    },
    "heldout7": {
        "dates": 0.96,  # 0.975 at the end of session 35; was 0.95: 0.967
        "actors_surface": 0.93,  # 0.945 at the end of session 35; was 0.91: 0.922 (actors11)
        "actors_canonical": 0.80,  # 0.814 at the end of session 35; was 0.77: 0.785 (actors11)
        "domains_document": 0.91,  # 0.926
        "domains_clause": 0.77,  # 0.790 at the end of session 35; was 0.73: 0.743
        "document_date": 0.99,  # 1.000
        "symbol": 0.99,  # 1.000
    },
    "heldout8": {
        "dates": 0.95,  # 0.962
        "actors_surface": 0.89,  # 0.903 at the end of session 35; was 0.87: 0.882 (actors11)
        # 0.729 (places27): fr12_interpol_communique's gold lists as actors states named
        # only as places ("au Ghana, la Division…", "saisis … au Burkina Faso et au
        # Niger"; guidelines §3), reported as inconsistent, not fitted
        "actors_canonical": 0.72,  # 0.741 (actors11)
        "domains_document": 0.89,  # 0.906 at the end of session 35; was 0.88: 0.894
        "domains_clause": 0.79,  # 0.800
        "document_date": 0.99,  # 1.000
        "symbol": 0.99,  # 1.000
    },
    "heldout9": {
        "dates": 0.96,  # 0.975 (session 15: meta15, noise15)
        "document_date": 0.98,  # 1.000 at the end of session 35; was 0.90: 0.917
        "symbol": 0.99,  # 1.000
        "actors_surface": 0.89,  # 0.902 at the end of session 35; was 0.84: 0.848 (actors11)
        "actors_canonical": 0.78,  # 0.795 at the end of session 35 (was 0.74)
        "domains_document": 0.86,  # 0.872
        "domains_clause": 0.73,  # 0.747 at the end of session 35; was 0.64: 0.652
    },
    # the blind batch of session 10, opened in session 11
    "heldout10": {
        "dates": 0.97,  # 0.983 at the end of session 35; was 0.96: 0.976 (session 15: noise15)
        "document_date": 0.99,  # 1.000 (0.500 before meta11)
        "symbol": 0.99,  # 1.000 (0.000 before meta11)
        "actors_surface": 0.84,  # 0.853 at the end of session 39 (was 0.83)
        "actors_canonical": 0.72,  # 0.734 at the end of session 39 (was 0.71)
        "domains_document": 0.90,  # 0.915 at the end of session 35; was 0.85: 0.867
        "domains_clause": 0.77,  # 0.788 at the end of session 35 (was 0.69)
    },
    # the blind batch of session 11, opened in session 12 (blind figures in brackets)
    "heldout11": {
        "dates": 0.98,  # 0.994 at the end of session 35; was 0.97: 0.982 (session 15: meta15)
        "document_date": 0.90,  # 0.917 (0.500; meta12)
        "symbol": 0.99,  # 1.000 (0.375; meta12)
        "actors_surface": 0.88,  # 0.892 at the end of session 35 (was 0.81)
        "actors_canonical": 0.75,  # 0.764 at the end of session 35 (was 0.70)
        "domains_document": 0.87,  # 0.883 at the end of session 35; was 0.82: 0.839
        "domains_clause": 0.70,  # 0.721 at the end of session 35 (was 0.60)
    },
    # the blind batch of session 12, opened in session 13 (blind figures in brackets)
    "heldout12": {
        "dates": 0.96,  # 0.972 at the end of session 35 (was 0.95)
        "document_date": 0.99,  # 1.000 (0.833; meta13)
        "symbol": 0.87,  # 0.889 (0.333; meta13)
        "actors_surface": 0.85,  # 0.863 at the end of session 35; was 0.75: 0.769 (0.693; actors14)
        "actors_canonical": 0.67,  # 0.683 at the end of session 35 (was 0.60)
        "domains_document": 0.88,  # 0.898 at the end of session 35; was 0.87: 0.885 (0.865; cdom14)
        "domains_clause": 0.73,  # 0.744 at the end of session 35 (was 0.67)
    },
    # the blind batch of session 13, opened in session 14 (blind figures in brackets)
    "heldout13": {
        "dates": 0.95,  # 0.967 at the end of session 35; was 0.93: 0.947 (session 15: meta15)
        "document_date": 0.98,  # 1.000 at the end of session 35; was 0.90: 0.917 (0.500; meta14)
        "symbol": 0.82,  # 0.833 (0.250; meta14)
        "actors_surface": 0.86,  # 0.873 at the end of session 35; was 0.78: 0.793 (0.731; actors14)
        "actors_canonical": 0.64,  # 0.656 at the end of session 35 (was 0.60)
        "domains_document": 0.92,  # 0.933 at the end of session 35; was 0.89: 0.908 (0.875; cdom14)
        "domains_clause": 0.71,  # 0.722 at the end of session 37 (was 0.70)
    },
    # the blind batch of session 14, opened at its end (blind figures in brackets)
    "heldout14": {
        "dates": 0.96,  # 0.974 at the end of session 35; was 0.93: 0.951 (session 15: meta15)
        "document_date": 0.98,  # 1.000 (session 15: meta15 0.917; docmeta16)
        "symbol": 0.98,  # 1.000 at the end of session 35; was 0.88: 0.900 (0.500; meta14b)
        "actors_surface": 0.87,  # 0.882 at the end of session 44 (was 0.86)
        "actors_canonical": 0.74,  # 0.753 at the end of session 44 (was 0.73)
        "domains_document": 0.81,  # 0.832 at the end of session 35; was 0.80: 0.821 (0.821)
        "domains_clause": 0.65,  # 0.663 at the end of session 41 (was 0.64)
    },
    # the blind batch of session 15, opened at its end (blind figures in brackets)
    "heldout15": {
        "dates": 0.92,  # 0.940 at the end of session 35 (was 0.90)
        "document_date": 0.73,  # 0.750 (0.417; meta15b 0.583; docmeta16)
        "symbol": 0.98,  # 1.000 at the end of session 35 (was 0.88)
        "actors_surface": 0.87,  # 0.883 at the end of session 35; was 0.78: 0.791 (0.775; actors16)
        "actors_canonical": 0.72,  # 0.738 at the end of session 44 (was 0.71)
        "domains_document": 0.91,  # 0.922 at the end of session 37 (was 0.89)
        "domains_clause": 0.71,  # 0.729 at the end of session 35 (was 0.55)
    },
    # the blind batch of session 16, opened and read in session 17 (blind figure in brackets)
    "heldout16": {
        "dates": 0.96,  # 0.976 at the end of session 35 (was 0.92)
        "document_date": 0.98,  # 1.000 (0.727; meta17: "Donné à", act lists; meta18: weekdays)
        "symbol": 0.98,  # 1.000 (0.571; meta17: neutral citations, office-coded numbers)
        "actors_surface": 0.88,  # 0.892 at the end of session 38 (was 0.87)
        "actors_canonical": 0.71,  # 0.730 at the end of session 35 (was 0.67)
        "domains_document": 0.90,  # 0.918 at the end of session 35; was 0.87: 0.897
        "domains_clause": 0.75,  # 0.771 at the end of session 35 (was 0.59)
    },
    # the blind batch of session 17, opened and read in session 18 (blind figure in brackets)
    "heldout17": {
        "dates": 0.96,  # 0.981 at the end of session 35; was 0.94: 0.954 (0.949; meta18)
        "document_date": 0.98,  # 1.000 at the end of session 35 (was 0.90)
        "symbol": 0.87,  # 0.889 at the end of session 35 (was 0.76)
        "actors_surface": 0.91,  # 0.922 at the end of session 38 (was 0.90)
        "actors_canonical": 0.66,  # 0.678 at the end of session 35 (was 0.59)
        "domains_document": 0.85,  # 0.864 at the end of session 35; was 0.79: 0.809
        "domains_clause": 0.74,  # 0.759 at the end of session 35 (was 0.65)
    },
    # the blind batch of session 18, opened and read in session 19 (blind figure in brackets)
    "heldout18": {
        "dates": 0.97,  # 0.990 (0.986; dates19: a day "of each year")
        "document_date": 0.98,  # 1.000 at the end of session 35 (was 0.81)
        "symbol": 0.87,  # 0.889 at the end of session 35 (was 0.76)
        "actors_surface": 0.88,  # 0.892 at the end of session 35 (was 0.81)
        "actors_canonical": 0.61,  # 0.624 at the end of session 35; was 0.55: 0.568 (0.554)
        "domains_document": 0.87,  # 0.887 at the end of session 35 (was 0.86)
        "domains_clause": 0.73,  # 0.751 at the end of session 35 (was 0.67)
    },
    # the blind batch of session 19, opened and read in session 20 (blind figure in brackets)
    "heldout19": {
        "dates": 0.98,  # 1.000 at the end of session 35 (was 0.96)
        "document_date": 0.98,  # 1.000 at the end of session 35 (was 0.89)
        "symbol": 0.98,  # 1.000 at the end of session 35 (was 0.85)
        "actors_surface": 0.84,  # 0.853 at the end of session 44 (was 0.82)
        "actors_canonical": 0.67,  # 0.683 at the end of session 35; was 0.59: 0.611 (0.608)
        "domains_document": 0.88,  # 0.896 at the end of session 37 (was 0.87)
        "domains_clause": 0.77,  # 0.790 at the end of session 35 (was 0.63)
    },
    # the blind batch of session 20, opened in session 21: its end figures (the blind
    # figure of session 20 in brackets)
    "heldout20": {
        "dates": 0.98,  # 1.000 at the end of session 35 (was 0.96)
        "document_date": 0.98,  # 1.000 at the end of session 35; was 0.89: 0.917 (0.750; meta21)
        "symbol": 0.98,  # 1.000 at the end of session 35 (was 0.77)
        "actors_surface": 0.89,  # 0.903 at the end of session 38 (was 0.88)
        "actors_canonical": 0.67,  # 0.684 at the end of session 38 (was 0.66)
        "domains_document": 0.91,  # 0.931 at the end of session 39 (was 0.90)
        "domains_clause": 0.72,  # 0.735 at the end of session 39 (was 0.70)
    },
    # the blind batch of session 21, opened in session 22: its end figures (the blind
    # figure of session 21 in brackets)
    "heldout21": {
        "dates": 0.98,  # 0.993 at the end of session 35; was 0.97: 0.990 (0.984; meta22, noise22)
        "document_date": 0.90,  # 0.917 at the end of session 35 (was 0.89)
        "symbol": 0.98,  # 1.000 at the end of session 35; was 0.97: 1.000 (0.667; meta22)
        "actors_surface": 0.85,  # 0.863 at the end of session 41 (was 0.84)
        "actors_canonical": 0.60,  # 0.612 at the end of session 38 (was 0.59)
        "domains_document": 0.87,  # 0.889 at the end of session 37 (was 0.86)
        "domains_clause": 0.69,  # 0.705 at the end of session 37 (was 0.68)
    },
    # the blind batch of session 22, opened in session 23 (its blind figure in brackets)
    "heldout22": {
        "dates": 0.97,  # 0.984 at the end of session 35 (was 0.95)
        "document_date": 0.98,  # 1.000 (0.833 blind; meta23)
        "symbol": 0.86,  # 0.875 at the end of session 35 (was 0.85)
        "actors_surface": 0.86,  # 0.873 at the end of session 38 (was 0.85)
        "actors_canonical": 0.60,  # 0.616 at the end of session 37 (was 0.59)
        "domains_document": 0.84,  # 0.859 at the end of session 39 (was 0.83)
        "domains_clause": 0.78,  # 0.798 at the end of session 39 (was 0.77)
    },
    # the blind batch of session 23, opened in session 24 (its blind figure in brackets)
    "heldout23": {
        "dates": 0.97,  # 0.991 at the end of session 35; was 0.96: 0.982 (0.979 blind)
        "document_date": 0.98,  # 1.000 (0.917; meta24's worded period)
        "symbol": 0.98,  # 1.000 at the end of session 35; was 0.83: 0.857 (0.375; meta24, meta24b)
        "actors_surface": 0.88,  # 0.897 at the end of session 44 (was 0.87)
        "actors_canonical": 0.57,  # 0.589 at the end of session 35; was 0.50: 0.524 (0.514)
        "domains_document": 0.93,  # 0.942 at the end of session 37 (was 0.92)
        "domains_clause": 0.79,  # 0.805 at the end of session 39 (was 0.78)
    },
    # the blind batch of session 24, opened in session 25 (its blind figure in brackets)
    "heldout24": {
        "dates": 0.98,  # 0.993 at the end of session 35 (was 0.95)
        "document_date": 0.98,  # 1.000 (0.750; meta25, meta25b)
        "symbol": 0.98,  # 1.000 at the end of session 35; was 0.85: 0.875 (0.625; meta25, meta25b)
        "actors_surface": 0.90,  # 0.914 at the end of session 44 (was 0.89)
        "actors_canonical": 0.67,  # 0.684 at the end of session 38 (was 0.66)
        "domains_document": 0.91,  # 0.929 at the end of session 37 (was 0.90)
        "domains_clause": 0.68,  # 0.702 at the end of session 37 (was 0.67)
    },
    # the blind batch of session 25, opened in session 26 (its blind figure in brackets)
    "heldout25": {
        "dates": 0.97,  # 0.985 at the end of session 36 (was 0.96)
        "document_date": 0.82,  # 0.833 (0.667; meta26)
        "symbol": 0.98,  # 1.000 at the end of session 35; was 0.83: 0.857 (0.857)
        "actors_surface": 0.86,  # 0.873 at the end of session 44 (was 0.85)
        "actors_canonical": 0.59,  # 0.603 at the end of session 44 (was 0.58)
        "domains_document": 0.87,  # 0.884 at the end of session 35; was 0.86: 0.875 (0.875)
        "domains_clause": 0.71,  # 0.725 at the end of session 35 (was 0.65)
    },
    # the blind batch of session 26 (blind figures at the end of session 26, not read after)
    "heldout26": {
        "dates": 0.97,  # 0.988 (0.967 blind in session 26; read and fitted in session 27)
        "document_date": 0.90,  # 0.917 at the end of session 35; was 0.82: 0.833 (0.667 blind)
        "symbol": 0.88,  # 0.900 (0.545 blind)
        "actors_surface": 0.83,  # 0.842 at the end of session 38 (was 0.82)
        "actors_canonical": 0.58,  # 0.594 at the end of session 38 (was 0.57)
        "domains_document": 0.92,  # 0.936 at the end of session 35; was 0.90: 0.917
        "domains_clause": 0.75,  # 0.768 at the end of session 39 (was 0.74)
    },
    # the blind batch of session 27, the transfer check of session 28 and then read (its
    # blind figure at the end of session 27 in brackets)
    "heldout27": {
        "dates": 0.96,  # 0.978 at the end of session 43 (was 0.95)
        "document_date": 0.98,  # 1.0 (0.667; meta28 fitted)
        "symbol": 0.86,  # 0.875 at the end of session 37 (was 0.73)
        "actors_surface": 0.85,  # 0.863 at the end of session 44 (was 0.84)
        "actors_canonical": 0.63,  # 0.642 at the end of session 44 (was 0.62)
        "domains_document": 0.90,  # 0.917 at the end of session 37 (was 0.89)
        "domains_clause": 0.72,  # 0.735 at the end of session 37 (was 0.71)
    },
    # the blind batch of session 28, the transfer check of session 29 and then read (its
    # blind figure at the end of session 28 in brackets)
    "heldout28": {
        "dates": 0.94,  # 0.952 at the end of session 35 (was 0.91)
        "document_date": 0.98,  # 1.000 at the end of session 35 (was 0.81)
        "symbol": 0.82,  # 0.833 at the end of session 40 (docmeta40: the title's edge); 0.375 blind
        "actors_surface": 0.86,  # 0.872 at the end of session 39 (was 0.85)
        "actors_canonical": 0.58,  # 0.593 at the end of session 42 (was 0.57)
        "domains_document": 0.85,  # 0.867 at the end of session 35 (was 0.84)
        "domains_clause": 0.63,  # 0.642 at the end of session 35; was 0.59: 0.606 (0.603)
    },
    # the blind batch of session 29, the transfer check of session 30 and then read (its
    # blind figure at the end of session 29 in brackets)
    "heldout29": {
        "dates": 0.96,  # 0.978 at the end of session 39 (was 0.95)
        "document_date": 0.98,  # 1.000 at the end of session 34 (meta34 fitted); 0.833 blind
        "symbol": 0.55,  # 0.571 at the end of session 41; was 0.41: 0.429 (0.286; meta30 fitted)
        "actors_surface": 0.80,  # 0.814 at the end of session 44 (was 0.79)
        "actors_canonical": 0.60,  # 0.613 at the end of session 39 (was 0.59)
        "domains_document": 0.87,  # 0.886 at the end of session 37 (was 0.86)
        "domains_clause": 0.66,  # 0.674 at the end of session 37 (was 0.65)
    },
    # the blind batch of session 30 (blind figures at the end of session 30, not read after;
    # at the session's base in brackets)
    "heldout30": {
        # blind at the end of session 30; read in session 31 (its figures at that session's
        # end, what was fitted after reading in brackets)
        "dates": 0.95,  # 0.966 at the end of session 35 (was 0.94)
        "document_date": 0.90,  # 0.917 at the end of session 37 (was 0.82)
        "symbol": 0.87,  # 0.889 at the end of session 43 (was 0.76)
        "actors_surface": 0.80,  # 0.813 at the end of session 42 (was 0.79)
        "actors_canonical": 0.60,  # 0.612 at the end of session 39 (was 0.59)
        "domains_document": 0.85,  # 0.866 at the end of session 39 (was 0.84)
        "domains_clause": 0.66,  # 0.674 at the end of session 35 (was 0.65)
    },
    # the blind batch of session 31 (blind figures at the end of session 31, at its base in
    # brackets); session 32's transfer check: its helpers read it after their first phase,
    # and nothing merged in session 32 moved these figures
    "heldout31": {
        "dates": 0.95,  # 0.964 at the end of session 35 (was 0.92)
        "document_date": 0.98,  # 1.000 at the end of session 35 (was 0.81)
        "symbol": 0.87,  # 0.889 at the end of session 33 (meta33); 0.444 blind
        "actors_surface": 0.88,  # 0.894 at the end of session 43 (was 0.87)
        "actors_canonical": 0.62,  # 0.633 at the end of session 43 (was 0.61)
        "domains_document": 0.86,  # 0.874 at the end of session 35 (was 0.85)
        "domains_clause": 0.71,  # 0.723 at the end of session 39 (was 0.70)
    },
    # the blind batch of session 32 (blind figures at the end of session 32, not read after;
    # at the session's base in brackets)
    "heldout32": {
        "dates": 0.94,  # 0.962 at the end of session 39 (was 0.93)
        "document_date": 0.90,  # 0.917 at the end of session 35 (was 0.81)
        "symbol": 0.68,  # 0.700 at the end of session 41 (was 0.58)
        "actors_surface": 0.86,  # 0.877 at the end of session 42 (was 0.85)
        "actors_canonical": 0.69,  # 0.703 at the end of session 44 (was 0.68)
        "domains_document": 0.89,  # 0.906 at the end of session 35; was 0.88: 0.906 (0.906)
        "domains_clause": 0.79,  # 0.808 at the end of session 37 (was 0.77)
    },
    # the blind batch of session 33 (blind figures at the end of session 33, not read after;
    # at the session's base in brackets)
    "heldout33": {
        "dates": 0.94,  # 0.955 at the end of session 34 (metaA34 fitted); 0.948 blind
        "document_date": 0.90,  # 0.917 at the end of session 34 (metaA34 fitted); 0.750 blind
        "symbol": 0.86,  # 0.875 at the end of session 41 (was 0.73)
        "actors_surface": 0.86,  # 0.873 at the end of session 39 (was 0.85)
        "actors_canonical": 0.59,  # 0.612 at the end of session 44 (was 0.58)
        "domains_document": 0.83,  # 0.848 (0.848)
        "domains_clause": 0.66,  # 0.679 at the end of session 39 (was 0.65)
    },
    # the blind batch of session 34 (blind figures at the end of session 34, not read after;
    # at the session's base in brackets)
    "heldout34": {
        "dates": 0.90,  # 0.921 at the end of session 42 (was 0.88)
        "document_date": 0.98,  # 1.000 at the end of session 35; was 0.90: 0.917 (0.917)
        "symbol": 0.98,  # 1.000 at the end of session 44, symbol44 (was 0.88)
        "actors_surface": 0.86,  # 0.873 at the end of session 39 (was 0.85)
        "actors_canonical": 0.72,  # 0.732 at the end of session 44 (was 0.70)
        "domains_document": 0.79,  # 0.804 at the end of session 39 (was 0.78)
        "domains_clause": 0.67,  # 0.685 at the end of session 39 (was 0.65)
    },
    # the blind batch of session 35 (blind figures at the end of session 35, not read after;
    # at the session's base in brackets)
    "heldout35": {
        "dates": 0.96,  # 0.975 at the end of session 44; was 0.95: 0.971 (0.971)
        "document_date": 0.98,  # 1.000 at the end of session 43 (was 0.90)
        "symbol": 0.88,  # 0.900 at the end of session 44, symbol44 (was 0.78)
        "actors_surface": 0.83,  # 0.843 at the end of session 44 (was 0.80)
        "actors_canonical": 0.63,  # 0.651 at the end of session 44 (was 0.62)
        "domains_document": 0.82,  # 0.839 (0.839)
        "domains_clause": 0.70,  # 0.713 at the end of session 39 (was 0.68)
    },
    # the blind batch of session 36 (blind figures at the end of session 36, not read after;
    # no merge of the session changed any of its twelve outputs: base = end)
    "heldout36": {
        "dates": 0.95,  # 0.966 (0.966)
        "document_date": 0.98,  # 1.000 at the end of session 42 (was 0.82)
        "symbol": 0.58,  # 0.600 (0.600)
        "actors_surface": 0.85,  # 0.867 at the end of session 44 (was 0.84)
        "actors_canonical": 0.73,  # 0.745 at the end of session 44 (was 0.72)
        "domains_document": 0.83,  # 0.842 at the end of session 39; was 0.80: 0.816 (0.816)
        "domains_clause": 0.61,  # 0.623 at the end of session 39 (was 0.59)
    },
    # the blind batch of session 37 (blind figures at the end of session 37, not read after;
    # one merge (docmeta37) changed two of its twelve outputs: the document date 0.250 -> 0.333)
    "heldout37": {
        "dates": 0.94,  # 0.962 at the end of session 38; was 0.92: 0.934 (0.934)
        "document_date": 0.82,  # 0.833 at the end of session 38; was 0.32: 0.333 (0.250)
        "symbol": 0.68,  # 0.700 at the end of session 38; was 0.38: 0.400 (0.400)
        "actors_surface": 0.83,  # 0.849 at the end of session 44 (was 0.82)
        "actors_canonical": 0.69,  # 0.706 at the end of session 44 (was 0.68)
        "domains_document": 0.75,  # 0.765 at the end of session 43; was 0.73: 0.746 (0.746)
        "domains_clause": 0.60,  # 0.615 at the end of session 39 (was 0.59)
    },
    "heldout38": {
        "dates": 0.96,  # 0.976 at the end of session 39; was 0.95: 0.971 (0.971)
        "document_date": 0.98,  # 1.000 (1.000)
        "symbol": 0.38,  # 0.400 (0.400)
        "actors_surface": 0.83,  # 0.843 at the end of session 43; was 0.82: 0.833 (0.830)
        "actors_canonical": 0.48,  # 0.498 at the end of session 43; was 0.47: 0.484 (0.478)
        "domains_document": 0.73,  # 0.750 (0.750)
        "domains_clause": 0.56,  # 0.575 at the end of session 39; was 0.55: 0.566 (0.566)
    },
    # the blind batch of session 39 (blind figures at the session's end, not read after)
    "heldout39": {
        "dates": 0.94,  # 0.957 at the end of session 42; was 0.93: 0.943 (0.943)
        "document_date": 0.90,  # 0.917 at the end of session 42; was 0.73: 0.750 (0.750)
        "symbol": 0.87,  # 0.889 at the end of session 44, symbol44 (was 0.76)
        "actors_surface": 0.78,  # 0.797 at the end of session 44; was 0.77: 0.781 (0.781)
        "actors_canonical": 0.56,  # 0.576 at the end of session 44; was 0.55: 0.567 (0.567)
        "domains_document": 0.80,  # 0.821 at the end of session 42; was 0.79: 0.809 (0.809)
        "domains_clause": 0.52,  # 0.531 (0.531)
    },
    # the blind batch of session 40 (blind figures at the session's base, not read after)
    "heldout40": {
        "dates": 0.96,  # 0.976 at the end of session 42; was 0.95: 0.968 (0.968)
        "document_date": 0.90,  # 0.917 at the end of session 42; was 0.65: 0.667 (0.667)
        "symbol": 0.84,  # 0.857 at the end of session 44, symbol44 (was 0.70)
        "actors_surface": 0.82,  # 0.838 at the end of session 44 (was 0.81)
        "actors_canonical": 0.63,  # 0.643 at the end of session 43 (was 0.62)
        "domains_document": 0.79,  # 0.810 (0.810)
        "domains_clause": 0.59,  # 0.608 (0.608)
    },
    # the blind batch of session 41 (blind figures at the session's base, not read after)
    "heldout41": {
        "dates": 0.94,  # 0.960 at the end of session 43 (was 0.93)
        "document_date": 0.82,  # 0.833 at the end of session 43; was 0.74: 0.750 (0.750)
        "symbol": 0.70,  # 0.714 at the end of session 43; was 0.56: 0.571 (0.571)
        "actors_surface": 0.82,  # 0.835 at the end of session 43; was 0.81: 0.824 (0.824)
        "actors_canonical": 0.65,  # 0.669 at the end of session 43; was 0.64: 0.657 (0.657)
        "domains_document": 0.82,  # 0.835 (0.835)
        "domains_clause": 0.78,  # 0.796 (0.796)
    },
    "heldout42": {
        "dates": 0.92,  # 0.934 at the end of session 43; was 0.91: 0.925 (0.925)
        "document_date": 0.98,  # 1.000 at the end of session 44 (was 0.90)
        "symbol": 0.86,  # 0.875 at the end of session 44, symbol44 (was 0.36)
        "actors_surface": 0.82,  # 0.834 at the end of session 44; was 0.80: 0.818 (0.818)
        "actors_canonical": 0.57,  # 0.587 at the end of session 44; was 0.56: 0.572 (0.572)
        "domains_document": 0.83,  # 0.847 (0.847)
        "domains_clause": 0.66,  # 0.680 (0.680)
    },
    "heldout43": {
        "dates": 0.97,  # 0.981 (0.981)
        "document_date": 0.82,  # 0.833 (0.833)
        "symbol": 0.65,  # 0.667 at the end of session 44; was 0.54: 0.556 (0.556)
        "actors_surface": 0.80,  # 0.817 at the end of session 44; was 0.79: 0.808 (0.808)
        "actors_canonical": 0.51,  # 0.524 (0.524)
        "domains_document": 0.71,  # 0.727 (0.727)
        "domains_clause": 0.63,  # 0.640 (0.640)
    },
    "heldout44": {
        "dates": 0.96,  # 0.976 (0.976)
        "document_date": 0.65,  # 0.667 (0.667)
        "symbol": 0.59,  # 0.600 (0.600)
        "actors_surface": 0.79,  # 0.808 (0.808)
        "actors_canonical": 0.55,  # 0.564 (0.564)
        "domains_document": 0.87,  # 0.886 (0.886)
        "domains_clause": 0.61,  # 0.626 (0.626)
    },
}


@pytest.mark.parametrize(
    ("batch", "measure"),
    [(batch, measure) for batch, floors in sorted(FLOORS.items()) for measure in sorted(floors)],
)
def test_held_out_extraction_floor(batch: str, measure: str) -> None:
    score = _scores(batch)[measure]
    assert score >= FLOORS[batch][measure], (batch, measure, round(score, 3))
