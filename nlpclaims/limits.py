"""Limits shared by the API, the reader and the command line (no heavy imports here)."""

MAX_CHARS = 2_000_000
"""Longest article text (characters) processed in one piece; longer input raises ``ValueError``."""
