"""The optional compiled core: ``pip install .`` compiles the pure modules with mypyc where it can.

BOUNCEKIT_COMPILE=1 asks for the compiled build (a failure to compile is then an error),
BOUNCEKIT_COMPILE=0 for pure Python. Unset: compiled when mypyc and a C compiler are present,
pure Python otherwise or when the compilation fails; an editable install (``pip install -e``) is
always pure Python, so that edits to the sources take effect. Both builds give the same output.
Everything else (the metadata, the packages) is in pyproject.toml.
"""
from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "src" / "bouncekit"

# The pure core: functions of their inputs, no I/O, fully typed. Globs relative to src/bouncekit.
COMPILED = ["model.py", "mime.py", "text.py", "mail.py", "dsn.py", "core.py",
            "classify/*.py", "rules/*.py", "parsers/*.py", "formats/**/*.py"]
# Kept pure: generated literal tables (they would make a huge C file for no gain) and modules
# that only wrap an optional dependency.
EXCLUDED = {"classify/_index_rows.py", "formats/_analyses.py", "_pattern_code.py", "formats/webhooks/signatures.py",
            "formats/drafts.py"}  # Drafts extends list: not a native class
# Type-check options for the compilation: the running interpreter's version (a sys.version_info
# test is decided when compiling), and optional dependencies absent from the build environment.
MYPY_ARGS = ["--python-version", f"{sys.version_info[0]}.{sys.version_info[1]}", "--ignore-missing-imports",
             "--no-warn-unused-ignores"]


def _modules() -> list[str]:
    found: set[str] = set()
    for pattern in COMPILED:
        for path in PACKAGE.glob(pattern):
            rel = path.relative_to(PACKAGE).as_posix()
            if rel not in EXCLUDED and not rel.startswith(("cli/", "intake/")):
                found.add(str(path.relative_to(HERE)))
    return sorted(found)


def _have_compiler() -> bool:
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(cc) is not None


def _wanted() -> bool | None:
    """True: compile or fail; False: pure; None: compile when possible."""
    flag = os.environ.get("BOUNCEKIT_COMPILE", "").strip().lower()
    if flag in ("1", "yes", "true", "on"):
        return True
    if flag in ("0", "no", "false", "off"):
        return False
    if any(arg in ("editable_wheel", "develop") for arg in sys.argv):
        return False
    if sys.implementation.name != "cpython":
        return False
    return None


class _OptionalBuildExt(build_ext):
    """Where compiling was not asked for explicitly, a failure leaves the pure-Python modules."""

    required = False

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # compiler missing or failing: the .py files are installed anyway
            if self.required:
                raise
            print(f"bouncekit: compiled core not built ({exc}); pure Python is used", file=sys.stderr)
            self.extensions = []


def _building() -> bool:
    """Whether this run builds binaries (not only metadata: pip asks for that first, and the
    extensions would then be generated twice)."""
    return any(arg in ("bdist_wheel", "build_ext", "build", "install") for arg in sys.argv)


def _ext_modules() -> list[object]:
    wanted = _wanted()
    if wanted is False or not _building():
        return []
    if wanted is None and not _have_compiler():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        if wanted:
            raise
        return []
    _OptionalBuildExt.required = bool(wanted)
    try:
        return list(mypycify(MYPY_ARGS + _modules(), opt_level="3", debug_level="0", strip_asserts=False))
    except (Exception, SystemExit):  # mypycify exits on a type error: pure Python then
        if wanted:
            raise
        return []


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": _OptionalBuildExt})
