"""Data files shipped with nlpclaims (found through importlib.resources)."""
