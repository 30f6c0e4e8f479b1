"""Bar charts of claims and quantities (needs the ``notebook`` extra: matplotlib and pandas).

Each function takes a DataFrame from :func:`nlpclaims.to_dataframe` or
:func:`nlpclaims.quantities_dataframe`, draws on ``ax`` (a new figure when None) and returns the
Axes. matplotlib is imported only when a function is called; set ``MPLBACKEND=Agg`` to draw
without a display. Titles and labels are in English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_claims_per_speaker", "plot_direct_vs_reported", "plot_quantities_per_unit"]

DIRECT_COLOR = "#4c72b0"
REPORTED_COLOR = "#dd8452"
BAR_COLOR = "#4c72b0"
NO_UNIT = "(no unit)"


def _axes(ax: "Axes | None", n_bars: int) -> "Axes":
    if ax is not None:
        return ax
    try:
        import matplotlib.pyplot as plt
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("nlpclaims.plots needs matplotlib: pip install matplotlib "
                          "(in a source checkout: pip install -e '.[notebook]')") from err
    _, new_ax = plt.subplots(figsize=(7, 1.2 + 0.35 * max(n_bars, 1)), layout="constrained")
    return new_ax


def _check_columns(df: Any, columns: tuple[str, ...], what: str) -> None:
    missing = [c for c in columns if c not in getattr(df, "columns", ())]
    if missing:
        raise ValueError(f"{what} needs a DataFrame with the column(s) {', '.join(missing)}")


def _speaker_labels(df: "pd.DataFrame") -> "pd.Series":
    """Display name per row, falling back to the speaker id; names shared by two ids get the id."""
    names = df["speaker_name"].where(df["speaker_name"].notna(), df["speaker"]).astype(str)
    ids = df["speaker"].astype(str)
    per_name = ids.groupby(names).nunique()
    clash = names.map(per_name) > 1
    return names.where(~clash, names + " (" + ids + ")")


def _ranked(counts: "pd.Series") -> "pd.Series":
    """Counts from most to least, ties in alphabetical order."""
    return counts.sort_index().sort_values(ascending=False, kind="stable")


def _no_data(ax: "Axes") -> None:
    ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes, color="grey")
    ax.set_yticks([])


def plot_claims_per_speaker(df: "pd.DataFrame", ax: "Axes | None" = None, top: int = 15) -> "Axes":
    """Horizontal bars: the number of claims of the ``top`` speakers with most claims."""
    _check_columns(df, ("speaker", "speaker_name"), "plot_claims_per_speaker")
    counts = _ranked(_speaker_labels(df).value_counts()).head(top) if len(df) else None
    return _count_bars(ax, counts, "Claims per speaker", "number of claims", "speaker")


def plot_direct_vs_reported(df: "pd.DataFrame", ax: "Axes | None" = None, top: int = 15) -> "Axes":
    """Stacked horizontal bars per speaker: direct quotes and reported (indirect) claims.

    The ``top`` speakers with most claims are shown.
    """
    _check_columns(df, ("speaker", "speaker_name", "kind"), "plot_direct_vs_reported")
    table = None
    if len(df):
        import pandas as pd

        labels = _speaker_labels(df)
        table = pd.crosstab(labels, df["kind"]).reindex(columns=["direct", "indirect"], fill_value=0)
        table = table.assign(_total=table.sum(axis=1)).sort_values("_total", ascending=False, kind="stable")
        table = table.head(top).drop(columns="_total")
    ax = _axes(ax, 0 if table is None else len(table))
    if table is None or table.empty:
        _no_data(ax)
    else:
        table = table.iloc[::-1]
        names = list(table.index)
        ax.barh(names, list(table["direct"]), color=DIRECT_COLOR, label="direct quote")
        ax.barh(names, list(table["indirect"]), left=list(table["direct"]), color=REPORTED_COLOR,
                label="reported speech")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.legend(loc="lower right")
    ax.set_title("Direct and reported claims per speaker")
    ax.set_xlabel("number of claims")
    ax.set_ylabel("speaker")
    return ax


def plot_quantities_per_unit(qdf: "pd.DataFrame", ax: "Axes | None" = None, top: int = 15) -> "Axes":
    """Horizontal bars: how many quantities were found per unit (``top`` most frequent units).

    Units are compared in lower case; quantities without a unit are counted as "(no unit)".
    """
    _check_columns(qdf, ("unit",), "plot_quantities_per_unit")
    counts = None
    if len(qdf):
        units = qdf["unit"].where(qdf["unit"].notna(), NO_UNIT).astype(str).str.lower()
        counts = _ranked(units.value_counts()).head(top)
    return _count_bars(ax, counts, "Quantities per unit", "number of quantities", "unit")


def _count_bars(ax: "Axes | None", counts, title: str, xlabel: str, ylabel: str) -> "Axes":
    """Horizontal bars of ``counts`` (largest at the top), or a "no data" Axes."""
    ax = _axes(ax, 0 if counts is None else len(counts))
    if counts is None or counts.empty:
        _no_data(ax)
    else:
        counts = counts.iloc[::-1]
        ax.barh(list(counts.index), list(counts.values), color=BAR_COLOR)
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax
