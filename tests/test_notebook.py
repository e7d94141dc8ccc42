"""notebooks/ctdocs_tour.ipynb runs from top to bottom and shows what it says it shows.

The notebook is executed afresh (in memory; the committed file is not
touched) by a kernel of *this* interpreter: a throw-away kernelspec whose argv
is ``sys.executable`` — so the kernel sees the same installed ctdocs whatever
kernels the machine has registered, and nothing needs installing beyond
``pip install -e '.[test]'``. The kernel's working directory is
``notebooks/``, as when a researcher opens it there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient

from .conftest import ROOT, SEEDS

NOTEBOOK = ROOT / "notebooks" / "ctdocs_tour.ipynb"
PROBE = "CTDOCS-PROBE "

# Appended to the in-memory copy: reports what the notebook computed, as JSON.
PROBE_CELL = f"""
import json
print({PROBE!r} + json.dumps({{
    "documents": [str(d) for d in f.documents["document"]],
    "nato": {{str(k): int(v) for k, v in actor_table.loc["NATO"].items()}},
    "actor_rows": [str(n) for n in actor_table.index],
    "cooccur_shape": list(cooccur.shape),
    "cooccur_symmetric": bool((cooccur.to_numpy() == cooccur.to_numpy().T).all()),
    "years": [int(y) for y in years],
}}))
"""


def _outputs(nb: Any) -> list[tuple[int, Any]]:
    return [(k, o) for k, c in enumerate(nb.cells) if c.cell_type == "code" for o in c.outputs]


def _kernel(tmp: Path) -> AsyncKernelManager:
    kernels = tmp / "kernels"
    spec = kernels / "ctdocs-this-python"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "ctdocs test", "language": "python"}),
        encoding="utf-8",
    )
    specs = KernelSpecManager(kernel_dirs=[str(kernels)])
    return AsyncKernelManager(kernel_name="ctdocs-this-python", kernel_spec_manager=specs)


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp = tmp_path_factory.mktemp("notebook")
    mp = pytest.MonkeyPatch()
    # Jupyter's and IPython's own files go to the temp folder, not the user's home.
    mp.setenv("JUPYTER_RUNTIME_DIR", str(tmp / "runtime"))
    mp.setenv("IPYTHONDIR", str(tmp / "ipython"))
    mp.setenv("JUPYTER_PLATFORM_DIRS", "1")
    mp.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(PROBE_CELL))
        client = NotebookClient(
            nb,
            km=_kernel(tmp),
            timeout=600,
            allow_errors=True,  # errors are asserted on below, with the cell that raised
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        )
        client.execute()
        nbformat.write(nb, tmp / NOTEBOOK.name)  # left for inspection when a test fails
    finally:
        mp.undo()
    return nb


def test_no_cell_raises(executed: Any) -> None:
    outputs = _outputs(executed)
    errors = [f"cell {k}: {o.ename}: {o.evalue}" for k, o in outputs if o.output_type == "error"]
    assert errors == []


def _probe(nb: Any) -> dict[str, Any]:
    lines = [
        line
        for _, o in _outputs(nb)
        if o.output_type == "stream"
        for line in o.text.splitlines()
        if line.startswith(PROBE)
    ]
    assert len(lines) == 1
    result: dict[str, Any] = json.loads(lines[0][len(PROBE) :])
    return result


def test_every_seed_is_a_document(executed: Any) -> None:
    assert _probe(executed)["documents"] == [p.name for p in SEEDS]


def test_actor_table_counts_nato_in_the_nato_texts(executed: Any) -> None:
    probe = _probe(executed)
    assert "NATO" in probe["actor_rows"]
    for path in SEEDS:
        raw = path.read_text(encoding="utf-8")
        if "OTAN" in raw or "NATO" in raw:
            assert probe["nato"][path.name] > 0, path.name
    assert probe["nato"]["total"] == sum(v for k, v in probe["nato"].items() if k != "total")
    # and the table as displayed names NATO
    html = [o.data["text/html"] for _, o in _outputs(executed) if "text/html" in o.get("data", {})]
    assert any("Euro-Atlantic Partnership Council" in h and ">NATO<" in h for h in html)


def test_outline_is_displayed_with_highlights(executed: Any) -> None:
    html = [o.data["text/html"] for _, o in _outputs(executed) if "text/html" in o.get("data", {})]
    outlines = [h for h in html if 'class="ctdocs-document"' in h]
    assert len(outlines) == 1
    (outline,) = outlines
    assert 'data-id="nato"' in outline and 'class="ctdocs-date"' in outline
    assert 'data-number="3.1"' in outline and "<details" in outline


def test_figures_are_drawn(executed: Any) -> None:
    images = [o for _, o in _outputs(executed) if "image/png" in o.get("data", {})]
    assert len(images) == 2  # domains over time, actor co-occurrence
    probe = _probe(executed)
    assert probe["cooccur_shape"] == [10, 10] and probe["cooccur_symmetric"]
    assert probe["years"] == sorted(set(probe["years"])) and len(probe["years"]) >= 2


def test_committed_notebook_is_clean() -> None:
    """The committed copy is executed (it renders on GitHub), error-free, machine-neutral."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    outputs = _outputs(nb)
    assert outputs, "commit the notebook executed, so that it renders with its outputs"
    assert not [o for _, o in outputs if o.output_type == "error"]
    text = NOTEBOOK.read_text(encoding="utf-8")
    assert str(ROOT) not in text and "/home/" not in text
