"""Where the shipped model file is: kept apart from :mod:`cleaner.model` so that finding it
does not import scikit-learn (clean-files' coordinating process never needs the model)."""

from __future__ import annotations

from pathlib import Path

from cleaner.errors import ModelError

MODEL_FILENAME = "line_classifier.joblib"


def default_model_path() -> Path:
    """The shipped model: inside the installed package, else the source tree's models/."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "models" / MODEL_FILENAME,
                      package_dir.parent / "models" / MODEL_FILENAME):
        if candidate.is_file():
            return candidate
    raise ModelError(
        f"the shipped model {MODEL_FILENAME} was not found next to the package; "
        "retrain it with `python -m cleaner.train` or pass Cleaner(model=PATH)"
    )
