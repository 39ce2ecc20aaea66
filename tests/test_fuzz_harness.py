"""Issue 10: the atheris harness of fuzz/ — its checks, its replay mode (no atheris needed), and
the inputs kept in fuzz/regressions/ (every input a fuzzing run turns up goes there)."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import bouncekit
from bouncekit import Kind, Record, Report
from conftest import ROOT

HARNESS = ROOT / "fuzz" / "parse_fuzz.py"


def _harness():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("parse_fuzz", HARNESS)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_regression_inputs_pass():
    mod = _harness()
    inputs = sorted((ROOT / "fuzz" / "regressions").iterdir())
    assert len(inputs) >= 10
    for path in inputs:
        mod.check(path.read_bytes())
        mod.check(mod.splice(path.read_bytes()))


def test_replay_runs_without_atheris(tmp_path: Path):
    (tmp_path / "a").write_bytes(b"From: a@example.org\n\nhi\n")
    (tmp_path / "b").write_bytes(b"\x00\xff" * 100)
    # atheris made unimportable (sys.modules[name] = None makes "import atheris" fail)
    code = ("import runpy, sys; sys.modules['atheris'] = None; sys.argv = sys.argv[1:]; "
            "runpy.run_path(sys.argv[0], run_name='__main__')")
    proc = subprocess.run([sys.executable, "-c", code, str(HARNESS), "--replay", str(tmp_path)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "2 inputs replayed, 0 failures" in proc.stdout


def test_the_harness_catches_a_broken_promise(monkeypatch: pytest.MonkeyPatch):
    mod = _harness()

    def raises(data: bytes, source: str = "-") -> Report:
        raise KeyError("boom")

    def hides(data: bytes, source: str = "-") -> Report:
        rec = Record(source=source, kind=Kind.ERROR, parser="none", error="IndexError: list index out of range")
        return Report(source=source, kind=Kind.ERROR, records=(rec,), parser="none", error=rec.error)

    def nothing(data: bytes, source: str = "-") -> Report:
        return Report(source=source, kind=Kind.NOT_BOUNCE, records=(), parser="none")

    for broken, why in ((raises, "raised KeyError"), (hides, "hidden"), (nothing, "no record")):
        monkeypatch.setattr(bouncekit, "parse", broken)
        with pytest.raises(mod.Broken, match=why):
            mod.check(b"From: a@example.org\n\nhi\n")
    monkeypatch.undo()
    mod.check(b"From: a@example.org\n\nhi\n")  # the real parse() keeps its promise


def test_fuzzing_without_atheris_says_how_to_get_it():
    code = ("import runpy, sys; sys.modules['atheris'] = None; sys.argv = sys.argv[1:]; "
            "runpy.run_path(sys.argv[0], run_name='__main__')")
    proc = subprocess.run([sys.executable, "-c", code, str(HARNESS), "-runs=1"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 1 and "pip install atheris" in proc.stderr and "--replay" in proc.stderr


def test_usage_error_exit_status():
    proc = subprocess.run([sys.executable, str(HARNESS), "--replay"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "usage" in proc.stderr
