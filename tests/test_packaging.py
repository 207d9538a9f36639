"""Installed as a wheel, the package carries its prompts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_wheel_bundles_the_prompts(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("interviewer-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    scenarios = {p.name for p in (ROOT / "prompts" / "scenarios").glob("*.toml")}
    bundled = {n.rsplit("/", 1)[-1] for n in names
               if n.startswith("interviewer/_bundled_prompts/scenarios/")}
    assert scenarios and scenarios <= bundled
    assert "interviewer/grading/weights.json" in names  # the offline grader's model
    personas = {p.name for p in (ROOT / "prompts" / "personas").glob("*.toml")}
    assert personas and {f"interviewer/_bundled_prompts/personas/{p}" for p in personas} <= names
    assert "interviewer/_bundled_prompts/grader.md" in names
