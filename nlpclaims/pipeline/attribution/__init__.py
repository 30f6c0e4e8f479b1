"""The attribution component as a package: the component and its rule table, readers by family
(quotes, clauses, back-references, markers), Dutch clause helpers, the per-document view and the
merge step. The hand-off type :class:`RawClaim` lives in :mod:`nlpclaims.pipeline.rawclaim`."""

from __future__ import annotations

from ..rawclaim import RawClaim
from .component import Attribution, make_attribution
from .rules import Rule, RuleError, RuleTable

__all__ = ["Attribution", "RawClaim", "Rule", "RuleError", "RuleTable", "make_attribution"]
