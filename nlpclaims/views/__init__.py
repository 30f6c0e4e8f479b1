"""HTML views of claims: one article (:mod:`.article`) and a batch report (:mod:`.report`).

Both are single self-contained HTML documents (CSS, JavaScript and data inline, nothing
loaded from the network) that also display inline in Jupyter.
"""
