"""Coverage-guided fuzzing of text input: parse_text and parse_document on bytes.

The first byte of an input picks how the rest is parsed, so one corpus reaches
every text path: the bytes as a file (``parse_document``: decoding, BOMs,
binary sniffing, layout sniffing) or decoded as UTF-8 (errors replaced) and
handed to ``parse_text`` as plain text, Markdown or HTML, with the language
given or detected (mode % 5 picks the path, mode // 5 % 3 the language, and
an odd mode // 15 decodes with ``surrogateescape`` instead of replacing).
Run through ``fuzz/run.sh``; see ``fuzz/README.md``.
"""

from __future__ import annotations

import sys

import atheris  # type: ignore[import-untyped]
from _common import ctdocs, judge, warm_up

_LAYOUTS = (None, "text", "markdown", "html")
_LANGUAGES = (None, "fr", "en")


def TestOneInput(data: bytes) -> None:
    if not data:
        return
    mode, body = data[0], data[1:]
    if mode % 5 == 0:
        judge(ctdocs.parse_document, body, _LANGUAGES[(mode // 5) % 3])
        return
    # mode // 15 odd: undecodable bytes become lone surrogates, which parse_text must refuse
    # with a DecodeError (a str can hold them; JSON cannot)
    text = body.decode("utf-8", "surrogateescape" if (mode // 15) % 2 else "replace")
    judge(
        ctdocs.parse_text,
        text,
        _LANGUAGES[(mode // 5) % 3],
        layout=_LAYOUTS[mode % 5 - 1],
    )


def main() -> None:
    warm_up()
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
