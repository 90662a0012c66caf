"""News outlets: agencies, papers and broadcasters, which relay what others say.

Written by hand from general knowledge (names only). ``OUTLET_NAMES`` are lower-cased names and the
usual short forms; ``OUTLET_NOUNS`` the common nouns that name an outlet ("the agency", "state
television"). When an outlet reports "citing" or "quoting" someone, or "with reference to" them, the
one cited is the speaker; an outlet in a dateline ("(Reuters)") never speaks.
"""

from __future__ import annotations

OUTLET_NAMES: frozenset[str] = frozenset(
    {
        "reuters",
        "ap",
        "associated press",
        "the associated press",
        "afp",
        "agence france-presse",
        "agence france presse",
        "dpa",
        "deutsche presse-agentur",
        "efe",
        "ansa",
        "xinhua",
        "tass",
        "ria novosti",
        "ria",
        "interfax",
        "sputnik",
        "ukrinform",
        "unian",
        "anadolu",
        "anadolu agency",
        "irna",
        "isna",
        "tasnim",
        "fars",
        "mehr",
        "kcna",
        "yonhap",
        "kyodo",
        "jiji",
        "pti",
        "ians",
        "ani",
        "bernama",
        "antara",
        "apa",
        "trend",
        "azertac",
        "armenpress",
        "wafa",
        "sana",
        "spa",
        "qna",
        "kuna",
        "wam",
        "mena",
        "aps",
        "map",
        "tap",
        "nan",
        "bbc",
        "cnn",
        "al jazeera",
        "sky news",
        "bloomberg",
        "the new york times",
        "the washington post",
        "the guardian",
        "the times",
        "the telegraph",
        "the wall street journal",
        "the financial times",
        "le monde",
        "der spiegel",
        "rt",
        "euronews",
        "france 24",
        "deutsche welle",
        "voice of america",
        "radio free europe",
        "al arabiya",
        "press tv",
        "cctv",
        "nhk",
    }
)

OUTLET_NOUNS: frozenset[str] = frozenset(
    {
        "agency",
        "newspaper",
        "paper",
        "daily",
        "broadcaster",
        "channel",
        "television",
        "tv",
        "radio",
        "media",
        "outlet",
        "website",
        "tabloid",
        "magazine",
        "wire",
        "network",
        "station",
    }
)


def is_outlet(name: str) -> bool:
    """Whether ``name`` (a name or the head noun of a description) names a news outlet."""
    lowered = name.strip().lower()
    return lowered in OUTLET_NAMES or lowered.removeprefix("the ") in OUTLET_NAMES or lowered in OUTLET_NOUNS


# Outlets with an international audience (wire agencies, world broadcasters, papers of record read abroad):
# ACLED's source scale "International". Written by hand; any other outlet's scale is unknown here.
INTERNATIONAL_OUTLETS: frozenset[str] = frozenset(
    {
        "reuters",
        "ap",
        "associated press",
        "the associated press",
        "afp",
        "agence france-presse",
        "agence france presse",
        "dpa",
        "deutsche presse-agentur",
        "efe",
        "ansa",
        "xinhua",
        "tass",
        "interfax",
        "bbc",
        "bbc news",
        "cnn",
        "al jazeera",
        "aljazeera",
        "france 24",
        "deutsche welle",
        "dw",
        "voice of america",
        "voa",
        "radio free europe",
        "rfe/rl",
        "the new york times",
        "new york times",
        "the guardian",
        "guardian",
        "the washington post",
        "washington post",
        "bloomberg",
        "financial times",
        "the economist",
        "anadolu",
        "anadolu agency",
        "kyodo",
        "yonhap",
        "sky news",
        "euronews",
        "rfi",
        "npr",
        "abc news",
        "nbc news",
        "cbs news",
    }
)
_DOMAIN_NAMES = {
    "reuters.com": "reuters",
    "apnews.com": "ap",
    "afp.com": "afp",
    "bbc.com": "bbc",
    "bbc.co.uk": "bbc",
    "cnn.com": "cnn",
    "aljazeera.com": "al jazeera",
    "france24.com": "france 24",
    "dw.com": "deutsche welle",
    "voanews.com": "voa",
    "rferl.org": "rfe/rl",
    "nytimes.com": "new york times",
    "theguardian.com": "guardian",
    "washingtonpost.com": "washington post",
    "bloomberg.com": "bloomberg",
    "ft.com": "financial times",
    "aa.com.tr": "anadolu",
    "xinhuanet.com": "xinhua",
    "tass.com": "tass",
    "npr.org": "npr",
    "news.sky.com": "sky news",
}


def outlet_scale(name: str | None) -> str | None:
    """ACLED's source scale of an outlet (by name or web domain): "International" for the outlets listed in
    ``INTERNATIONAL_OUTLETS``; None when this table does not know it."""
    if not name:
        return None
    lowered = name.strip().lower().removeprefix("www.")
    lowered = _DOMAIN_NAMES.get(lowered, lowered)
    return (
        "International"
        if lowered in INTERNATIONAL_OUTLETS or lowered.removeprefix("the ") in INTERNATIONAL_OUTLETS
        else None
    )
