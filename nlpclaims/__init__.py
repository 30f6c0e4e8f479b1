"""nlpclaims: who claimed what in Dutch news.

    >>> import nlpclaims
    >>> result = nlpclaims.extract("„We gaan door”, zei Zelensky.")
    >>> [(c.speaker, c.text) for c in result.claims]
    [('zelensky', 'We gaan door')]

Names are imported on first use, so that ``import nlpclaims`` (and the ``nlpclaims`` command's
``--help``) does not load spaCy.
"""

from __future__ import annotations

__version__ = "0.1.0"

_EXPORTS = {
    "ArticleClaims": "schema", "Claim": "schema", "FailedArticle": "schema", "Mention": "schema",
    "Quantity": "schema", "Role": "schema", "Speaker": "schema",
    "RegistryError": "registry", "SpeakerRegistry": "registry",
    "load": "api", "extract": "api", "doc_to_result": "api",
    "render": "visualize", "render_report": "visualize",
    "to_dataframe": "frames", "quantities_dataframe": "frames",
}

__all__ = [
    "ArticleClaims", "Claim", "FailedArticle", "Mention", "Quantity", "RegistryError", "Role", "Speaker",
    "SpeakerRegistry", "__version__", "extract", "load", "render", "render_report", "to_dataframe",
]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'nlpclaims' has no attribute {name!r}")
    from importlib import import_module

    from . import extensions  # noqa: F401  (declares the Doc extensions before any use)

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
