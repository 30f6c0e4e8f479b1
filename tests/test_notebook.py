"""docs/notebooks/explore.ipynb: committed without outputs, and runs top to bottom.

The notebook is executed with nbclient in a ``python3`` kernel that is pinned to the interpreter
running the tests (a kernel spec written to a temporary ``JUPYTER_PATH``), with
``MPLBACKEND=Agg`` and the notebook's folder as working directory.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "docs" / "notebooks" / "explore.ipynb"


def test_committed_without_outputs() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    for cell in code:
        assert cell.get("outputs") == [], "strip the notebook's outputs before committing"
        assert cell.get("execution_count") is None
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.fixture()
def kernel_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A ``python3`` kernel spec that runs this interpreter, found first on JUPYTER_PATH."""
    pytest.importorskip("ipykernel")
    spec_dir = tmp_path / "jupyter" / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (nlpclaims tests)",
        "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    model = os.environ.get("NLPCLAIMS_TEST_MODEL")
    if model:  # the notebook reads NLPCLAIMS_MODEL; make a relative path absolute (the kernel runs elsewhere)
        monkeypatch.setenv("NLPCLAIMS_MODEL", str(Path(model).resolve()))
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("python3")
    assert spec.argv[0] == sys.executable, spec.argv
    return "python3"


def _outputs(nb, kind: str) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if kind in o.get("data", {})]


def test_notebook_runs(kernel_env: str) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, kernel_name=kernel_env, timeout=300, startup_timeout=120,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    started = time.perf_counter()
    client.execute()  # raises CellExecutionError on the first failing cell
    elapsed = time.perf_counter() - started

    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    html = "".join(o["data"]["text/html"] for o in _outputs(nb, "text/html"))
    assert 'class="nlpclaims-label"' in html, "the rendering of the seed article is missing"
    assert '<div class="nlpclaims-report"' in html, "the batch report is missing"
    assert "speaker_name" in html, "the claims table is missing"
    assert _outputs(nb, "image/png"), "no plot was drawn"
    assert elapsed < 240, f"the notebook took {elapsed:.0f} s"
