"""The installed package must find its model outside the source tree (it ships in the wheel)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import cleaner

REPO = Path(__file__).resolve().parent.parent


def test_model_is_found_from_any_working_directory(tmp_path):
    code = ("import cleaner, cleaner.model as m; "
            "print(m.default_model_path()); print(cleaner.__file__); "
            "print(cleaner.clean('A first sentence of the article, long enough to keep.'))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if not os.environ.get("CI"):
        env["PYTHONPATH"] = str(Path(cleaner.__file__).resolve().parent.parent)
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    model_path, package_init = Path(out[0]), Path(out[1])
    assert model_path.is_file()
    if "site-packages" in str(package_init):
        # installed: the model is inside the package, not in a checkout
        assert model_path.parent == package_init.parent / "models"


@pytest.mark.skipif(not (REPO / "pyproject.toml").is_file(), reason="needs the source tree")
def test_wheel_contains_the_model_and_card(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                    str(REPO)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("cleaner-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "cleaner/models/line_classifier.joblib" in names
    assert "cleaner/models/MODEL_CARD.md" in names
    assert "cleaner/__init__.py" in names
