"""Speaker colours: a colour-blind-safe palette, contrast measures and who gets a colour.

The palette is Okabe and Ito's (2008) seven colours without black, plus the wine of Paul Tol's
"muted" scheme: colours that stay apart for the common forms of colour blindness. Every
pair differs by at least :data:`MIN_DELTA_E` (CIE76 ΔE in CIELAB). A claim is drawn as a light
:func:`tint` of its speaker's colour (black text on it has a contrast of at least 7:1) with a
line in the full colour under it.

With more speakers than colours, the tracked speakers come first, then the speakers with most
claims; the rest share :data:`GREY`, as does the unknown speaker.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from ..schema import UNKNOWN_SPEAKER_ID

__all__ = ["GREY", "MIN_DELTA_E", "PALETTE", "contrast_ratio", "delta_e", "speaker_colors", "tint", "text_color"]

#: Okabe-Ito (orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple) + Tol's wine.
PALETTE: tuple[str, ...] = (
    "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#882255",
)
#: The colour of speakers beyond the palette and of the unknown speaker.
GREY = "#8c8c8c"
#: Smallest CIE76 colour difference between two palette colours (and from the grey).
MIN_DELTA_E = 20.0


def _rgb(color: str) -> tuple[int, int, int]:
    c = color.lstrip("#")
    if len(c) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def tint(color: str, amount: float = 0.72) -> str:
    """``color`` mixed with ``amount`` white."""
    r, g, b = (round(c + (255 - c) * amount) for c in _rgb(color))
    return f"#{r:02x}{g:02x}{b:02x}"


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = (_linear(c) for c in _rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_color(background: str) -> str:
    """Black or white, whichever has more contrast on ``background``."""
    return "#000000" if contrast_ratio(background, "#000000") >= contrast_ratio(background, "#ffffff") else "#ffffff"


def _lab(color: str) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in _rgb(color))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(a: str, b: str) -> float:
    """CIE76 colour difference of two ``#rrggbb`` colours (about 2.3 is just noticeable)."""
    la, lb = _lab(a), _lab(b)
    return sum((p - q) ** 2 for p, q in zip(la, lb)) ** 0.5


def speaker_colors(
    speaker_ids: Iterable[str], *, tracked: Iterable[str] = (), limit: int | None = None
) -> dict[str, str]:
    """One colour per speaker id; ``speaker_ids`` in order of priority (most claims first).

    Tracked speakers are served first, each from the palette slot its id hashes to (so a tracked
    speaker keeps its colour from article to article unless two collide), then the others in the
    given order take the free colours. Beyond ``limit`` (default: the palette's size) speakers,
    and always for the unknown speaker, the colour is :data:`GREY`.
    """
    order = list(dict.fromkeys(speaker_ids))
    tracked_set = set(tracked)
    limit = len(PALETTE) if limit is None else max(0, min(limit, len(PALETTE)))
    colors: dict[str, str] = {}
    free = list(PALETTE)
    for sid in [s for s in order if s in tracked_set] + [s for s in order if s not in tracked_set]:
        if sid == UNKNOWN_SPEAKER_ID or len(PALETTE) - len(free) >= limit:
            colors[sid] = GREY
            continue
        if sid in tracked_set:
            first = zlib.crc32(sid.encode("utf-8")) % len(PALETTE)
            color = next(PALETTE[(first + k) % len(PALETTE)] for k in range(len(PALETTE))
                         if PALETTE[(first + k) % len(PALETTE)] in free)
        else:
            color = free[0]
        free.remove(color)
        colors[sid] = color
    return {sid: colors[sid] for sid in order}
