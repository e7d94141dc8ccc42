"""The shape of a line that is one web address and nothing else ("www.nato-pa.int",
"https://crsreports.congress.gov", "IF12937 https://…").

Two stages read it: normalise, which never joins such a line to a sentence across a
blank line (an address standing alone is the print's furniture, not the end of the
sentence above), and layout, which sets it aside at a page's edge. It lives here, the
earlier stage, so that data flows one way.
"""

from __future__ import annotations

import re

__all__ = ["site_line"]

# A bare web address: a scheme or "www.", or a host in one case ("edps.europa.eu",
# "WWW.JORADP.DZ"), then an optional path; no spaces.
_ADDRESS_RE = re.compile(
    r"^(?:https?://\S+|www\.[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?"
    r"|[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,6})$",
    re.IGNORECASE,
)
_CASED_HOST_RE = re.compile(r"^(?i:https?://|www\.)|^[^A-Z]+$|^[^a-z]+$")
_CODE_RE = re.compile(r"^[\w./()-]*\d[\w./()-]*$")  # a report's number beside the address
_SEPARATORS = frozenset("|•·–—-")
_MAX_TOKENS = 3


def site_line(text: str) -> bool:
    """A line that is one web address, with at most a code or a separator beside it."""
    # speed: a line of many words is cut no further than one word past the most allowed
    # (the words are the same; one piece more holds the rest, which fails the line)
    tokens = text.split(None, _MAX_TOKENS)
    if not tokens or len(tokens) > _MAX_TOKENS:
        return False
    sites = [t for t in tokens if _ADDRESS_RE.match(t) and _cased_host(t)]
    rest = [t for t in tokens if t not in sites]
    return len(sites) == 1 and all(t in _SEPARATORS or _CODE_RE.match(t) for t in rest)


def _cased_host(token: str) -> bool:
    """Scheme or "www." or a host in one case: "Art.Two" or "e.g." is no host."""
    return bool(_CASED_HOST_RE.search(token)) and not token.endswith(".")
