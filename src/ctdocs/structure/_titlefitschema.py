"""The schema of ``data/models/title_fit.toml``: the weights of the learned check that may
overrule the rules' run-in title decision (:mod:`._titlefit`), validated on load. The
feature names are the contract between the file and the code that computes them: a file
that misses one or names another is refused, never read half.
"""

from __future__ import annotations

from functools import cache

from pydantic import Field, field_validator

from .._knowledge import _check_weights, _load, _Versioned

__all__ = ["FEATURES", "TitleFitFile", "load_title_fit"]

# what :func:`._titlefit.features` computes for each candidate, in this order
FEATURES = (
    "bias",
    "log_words",
    "words_le2",
    "words_le4",
    "words_gt8",
    "sep_colon",
    "sep_stop",
    "sep_dash",
    "sep_none",
    "upper_first",
    "all_caps",
    "digit",
    "comma",
    "close_paren",
    "rest_lower",
    "log_rest_words",
    "rest_leads_in",
    "first_function",
    "last_function",
    "sib_same_sep",
    "no_sibling",
    "repeated",
    "sib_titled",
    "sib_short",
    "cand_share",
    "abbreviation",
)


class TitleFitFile(_Versioned):
    """A logistic model over a clause's run-in title candidate (the words before the first
    colon, full stop or dash of its first line), fitted by ``benchmarks/lobo_titles.py``
    on every batch; ``margin``: how far its score must be from zero, on the side the rules
    did not take, to overrule them (the smallest margin at which no candidate the rules
    read right in-sample is lost)."""

    margin: float = Field(ge=0)
    max_words: int = Field(ge=1)  # a candidate longer than this is a sentence, never asked
    short_words: int = Field(ge=1)  # "sib_short": a sibling's candidate of so many words
    weights: dict[str, float]

    @field_validator("weights")
    @classmethod
    def _every_feature(cls, v: dict[str, float]) -> dict[str, float]:
        return _check_weights(v, FEATURES)


@cache
def load_title_fit() -> TitleFitFile:
    return _load("title_fit.toml", TitleFitFile)
