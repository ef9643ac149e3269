"""How place names are compared: accents, case, punctuation and spacing do not matter.

``fold("Gataé")`` and ``fold("GATAE")`` are both ``"gatae"``; "Bria-Ndélé" folds to
"bria ndele". Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w]+")
# Letters that Unicode does not decompose into a base letter plus an accent.
_EXTRA = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    """The search key of a name: no accents, lower case, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", bare).replace("_", " ").split())
