"""The spaCy components of nlpclaims, one module each."""
