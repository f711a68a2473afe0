"""Shared test helpers.

Tests that read ``../shared`` skip when it is absent, except under CI (the ``CI`` environment
variable), where a missing shared folder is an error: CI must really run them.
"""

from __future__ import annotations

import os

import pytest

from cleaner.datasets import data_dir, seeds_dir, shared_dir, trainset_dir


def _need(path, what: str = "the shared data", hint: str = " (set CLEANER_SHARED_DIR)") -> None:
    if path.exists():
        return
    message = f"needs {what} at {path}{hint}"
    if os.environ.get("CI"):
        pytest.fail(message + " - it must be present under CI")
    pytest.skip(message)


@pytest.fixture
def shared():
    _need(shared_dir())
    return shared_dir()


@pytest.fixture
def data():
    _need(data_dir())
    return data_dir()


@pytest.fixture
def seeds():
    _need(seeds_dir())
    return seeds_dir()


@pytest.fixture(scope="session")
def trainset():
    """The checkout's hand-labelled training pages (trainset/src)."""
    folder = trainset_dir()
    _need(folder, "the checkout's trainset", "")
    return folder


@pytest.fixture(scope="session")
def cleaner_instance():
    from cleaner import Cleaner

    return Cleaner()
