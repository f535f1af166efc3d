"""Runs a notebook top to bottom in a fresh kernel against a running server, and fails on the first cell error.

    .venv/bin/python notebooks/run_notebook.py [--base-url http://127.0.0.1:4000] [--figures DIR] [--output PATH]

The kernel gets KG_BASE_URL, which the notebook reads. With --figures, every PNG the notebook shows is saved there
as <notebook>-<n>.png; with --output, the executed notebook (outputs included) is written there.
"""

import argparse
import base64
import os
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notebook", type=Path, default=HERE / "quickstart.ipynb")
    parser.add_argument("--base-url", default=os.environ.get("KG_BASE_URL", "http://127.0.0.1:4000"))
    parser.add_argument("--figures", type=Path, help="folder for the PNG figures the notebook shows")
    parser.add_argument("--output", type=Path, help="where to write the executed notebook")
    parser.add_argument("--timeout", type=int, default=120, help="seconds one cell may take")
    args = parser.parse_args()

    os.environ["KG_BASE_URL"] = args.base_url
    # Figures come back as inline PNGs only with the inline backend (an Agg default would swallow them).
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    notebook = nbformat.read(args.notebook, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=args.timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(args.notebook.parent)}},
    )
    started = time.monotonic()
    failed = None
    try:
        client.execute()
    except CellExecutionError as error:
        failed = error
    seconds = time.monotonic() - started

    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, args.output)
    if failed:
        print(f"notebook: {args.notebook.name} failed after {seconds:.1f} s\n{failed}", file=sys.stderr)
        return 1

    figures = []
    if args.figures:
        args.figures.mkdir(parents=True, exist_ok=True)
        for cell in notebook.cells:
            for output in cell.get("outputs", []):
                png = output.get("data", {}).get("image/png")
                if png:
                    path = args.figures / f"{args.notebook.stem}-{len(figures) + 1}.png"
                    path.write_bytes(base64.b64decode(png))
                    figures.append(path)
    code_cells = sum(1 for c in notebook.cells if c.cell_type == "code")
    print(f"notebook: {args.notebook.name}: {code_cells} code cells ran in {seconds:.1f} s against {args.base_url}")
    for path in figures:
        print(f"notebook: figure {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
