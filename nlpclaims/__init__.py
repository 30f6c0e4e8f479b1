"""nlpclaims: who claimed what in Dutch news.

    >>> import nlpclaims
    >>> result = nlpclaims.extract("„We gaan door”, zei Zelensky.")
    >>> [(c.speaker, c.text) for c in result.claims]
    [('zelensky', 'We gaan door')]
"""

from __future__ import annotations

from . import extensions as _extensions  # noqa: F401  (declares the Doc extensions)
from .registry import RegistryError, SpeakerRegistry
from .schema import ArticleClaims, Claim, FailedArticle, Mention, Quantity, Role, Speaker

__version__ = "0.1.0"

__all__ = [
    "ArticleClaims", "Claim", "FailedArticle", "Mention", "Quantity", "RegistryError", "Role", "Speaker",
    "SpeakerRegistry", "__version__", "extract", "load", "render", "to_dataframe",
]


# Names imported on first use (spaCy, pandas and matplotlib load only when needed): name -> module.
LAZY = {
    "load": "api", "extract": "api", "doc_to_result": "api",
    "render": "visualize",
    "to_dataframe": "frames", "quantities_dataframe": "frames",
}


def __getattr__(name: str):
    if name in LAZY:
        from importlib import import_module

        return getattr(import_module(f".{LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'nlpclaims' has no attribute {name!r}")
