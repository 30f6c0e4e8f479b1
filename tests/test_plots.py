"""nlpclaims.plots: bar charts drawn with the Agg backend and saved as PNG."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pandas")
matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg", force=True)

import matplotlib.pyplot as plt  # noqa: E402

from nlpclaims import api  # noqa: E402
from nlpclaims.frames import quantities_dataframe, to_dataframe  # noqa: E402
from nlpclaims.plots import plot_claims_per_speaker, plot_direct_vs_reported, plot_quantities_per_unit  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpora" / "liveblog-trump-poetin.txt"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _save(ax, path: Path) -> Path:
    ax.figure.savefig(path, dpi=60)
    assert path.is_file()
    data = path.read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 2_000, "expected a non-trivial PNG"
    return path


def _bar_labels(ax) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


def _frame():
    import pandas as pd

    rows = (
        [("zelensky", "Volodymyr Zelensky", "direct")] * 3
        + [("zelensky", "Volodymyr Zelensky", "indirect")] * 2
        + [("poetin", "Vladimir Poetin", "indirect")] * 2
        + [("schoof", "Dick Schoof", "direct")]
    )
    return pd.DataFrame(rows, columns=["speaker", "speaker_name", "kind"])


def test_claims_per_speaker(tmp_path: Path) -> None:
    ax = plot_claims_per_speaker(_frame())
    assert ax.get_title() == "Claims per speaker"
    assert ax.get_xlabel() == "number of claims" and ax.get_ylabel() == "speaker"
    # most claims at the top (matplotlib draws the first category at the bottom)
    assert _bar_labels(ax)[::-1] == ["Volodymyr Zelensky", "Vladimir Poetin", "Dick Schoof"]
    assert sorted(p.get_width() for p in ax.patches) == [1, 2, 5]
    _save(ax, tmp_path / "speakers.png")


def test_top_limits_the_bars() -> None:
    ax = plot_claims_per_speaker(_frame(), top=2)
    assert len(ax.patches) == 2


def test_direct_vs_reported_is_stacked(tmp_path: Path) -> None:
    fig, ax = plt.subplots()
    assert plot_direct_vs_reported(_frame(), ax=ax) is ax
    assert "Direct" in ax.get_title() and ax.get_legend() is not None
    widths = {(round(p.get_y(), 2), p.get_x(), p.get_width()) for p in ax.patches}
    # Zelensky: 3 direct from 0, then 2 reported from 3
    top = max(y for y, _, _ in widths)
    assert {(x, w) for y, x, w in widths if y == top} == {(0, 3), (3, 2)}
    _save(ax, tmp_path / "kinds.png")


def test_quantities_per_unit(tmp_path: Path) -> None:
    import pandas as pd

    qdf = pd.DataFrame({"unit": ["drones", "Drones", "procent", None]})
    ax = plot_quantities_per_unit(qdf)
    assert ax.get_title() == "Quantities per unit" and ax.get_ylabel() == "unit"
    assert _bar_labels(ax)[-1] == "drones"
    assert "(no unit)" in _bar_labels(ax)
    _save(ax, tmp_path / "units.png")


def test_empty_frames_still_plot(tmp_path: Path) -> None:
    for ax in (plot_claims_per_speaker(to_dataframe([])), plot_direct_vs_reported(to_dataframe([])),
               plot_quantities_per_unit(quantities_dataframe([]))):
        assert any(t.get_text() == "no data" for t in ax.texts)
        ax.figure.savefig(tmp_path / "empty.png", dpi=40)


def test_missing_columns() -> None:
    import pandas as pd

    with pytest.raises(ValueError, match="speaker_name"):
        plot_claims_per_speaker(pd.DataFrame({"speaker": ["x"]}))


# -- with the pipeline ----------------------------------------------------------------------------


def test_seed_article_plots(nlp, tmp_path: Path) -> None:
    doc = api.process(nlp, SEED.read_text(encoding="utf-8"), article_id="seed")
    df, qdf = to_dataframe(doc), quantities_dataframe(doc)
    fig, axes = plt.subplots(3, 1, figsize=(7, 12), layout="constrained")
    assert plot_claims_per_speaker(df, ax=axes[0]) is axes[0]
    assert plot_direct_vs_reported(df, ax=axes[1]) is axes[1]
    assert plot_quantities_per_unit(qdf, ax=axes[2]) is axes[2]
    n_speakers = min(df["speaker"].nunique(), 15)
    assert len(axes[0].patches) == n_speakers
    assert sum(p.get_width() for p in axes[0].patches) <= len(df)
    _save(axes[0], tmp_path / "seed.png")
