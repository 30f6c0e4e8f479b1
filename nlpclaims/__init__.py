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


def __getattr__(name: str):
    if name in {"load", "extract", "extract_doc", "doc_to_result"}:
        from . import api

        return getattr(api, name)
    if name in {"render"}:
        from . import visualize

        return getattr(visualize, name)
    if name in {"to_dataframe", "quantities_dataframe"}:
        from . import frames

        return getattr(frames, name)
    raise AttributeError(f"module 'nlpclaims' has no attribute {name!r}")
