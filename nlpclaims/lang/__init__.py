"""Dutch language data for nlpclaims: speech cues, quote marks, pronouns and number words."""
