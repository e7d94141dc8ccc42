"""The schema of ``data/models/date_ranker.toml``: the weights of the ranker that may
overrule the document date's rules where they are unsure (:mod:`._docrank`), validated on
load. The feature names are the contract between the file and the code that computes
them: a file that misses one or names another is refused, never read half.
"""

from __future__ import annotations

from functools import cache

from pydantic import Field, field_validator

from .._knowledge import _check_weights, _load, _Versioned

__all__ = ["FEATURES", "DateRankerFile", "load_date_ranker"]

# what :func:`._docrank.features` computes for each candidate (a date value or "no date")
FEATURES = (
    "alone",
    "count",
    "cue_act",
    "cue_adopted",
    "cue_closing",
    "cue_dateline",
    "cue_event",
    "cue_published",
    "cue_stamp",
    "day",
    "earliest",
    "first20",
    "first5",
    "frac",
    "front",
    "head",
    "inferred",
    "is_none",
    "last",
    "latest",
    "month",
    "noise",
    "noise_meta",
    "noise_repo",
    "none_few",
    "none_nopos",
    "span",
    "title_below",
    "title_near",
    "words_after",
    "words_before",
    "year",
)


class DateRankerFile(_Versioned):
    """A conditional logit over a text's date candidates, fitted by
    ``benchmarks/lobo_ddate_hybrid.py``; ``margin``: how far the ranker's best must
    score above the rules' unsure pick to replace it; ``margin_none``: the same where the
    rules found no date at all (None: ``margin``), each the smallest at which the hybrid
    loses no text in-sample, since a date put where the rules read none risks less than a
    date put over one they read."""

    margin: float = Field(ge=0)
    margin_none: float | None = Field(default=None, ge=0)
    first_lines: int = Field(ge=1)  # "first20": the candidate stands on the first lines
    last_lines: int = Field(ge=1)  # "last": on the last lines
    pool_lines: int = Field(ge=1)  # an unscored date competes when on the first lines
    weights: dict[str, float]

    @field_validator("weights")
    @classmethod
    def _every_feature(cls, v: dict[str, float]) -> dict[str, float]:
        return _check_weights(v, FEATURES)


@cache
def load_date_ranker() -> DateRankerFile:
    return _load("date_ranker.toml", DateRankerFile)
