"""The ``bouncekit`` command: one module per subcommand, listed in COMMANDS.

Each module has ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``, and keeps
its heavy imports inside ``run`` where it can, so ``bouncekit --help`` stays quick."""
from __future__ import annotations

import argparse
import errno
import importlib
import io
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from .. import __version__
from ._common import ArgParser, die

# typing.TYPE_CHECKING, without importing typing at run time (a quicker start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

# the subcommands, in the order --help lists them
COMMANDS: tuple[str, ...] = ("scan", "explain", "classify", "ledger", "check_list")


def _modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__package__}.{name}") for name in COMMANDS]


def build_parser(only: str | None = None) -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The parser and the subcommand modules by name. With ``only`` (the subcommand named on the
    command line, "" for none), the other subcommands are listed (name and help) without their
    options: what --help and a run of one subcommand need, without building every parser."""
    p = ArgParser(prog="bouncekit", description="Decode bounce messages into per-recipient records.")
    p.add_argument("--version", action="version", version=f"bouncekit {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=ArgParser)
    by_name: dict[str, ModuleType] = {}
    for mod in _modules():
        parser = sub.add_parser(mod.NAME, help=mod.HELP)
        if only is None or mod.NAME == only:
            mod.add_arguments(parser)
        by_name[mod.NAME] = mod
    return p, by_name


def _command(argv: Sequence[str]) -> str:
    """The subcommand named on the command line ("" for none): the first word that is not an
    option (the top-level parser's options take no value)."""
    for arg in argv:
        if arg == "--":
            break
        if not arg.startswith("-"):
            return arg
    return ""


# subcommands that leave nothing for interpreter shutdown to do (every file they open is closed,
# every worker reaped, no library that registers exit handlers): see entry()
_QUICK_EXIT = frozenset({"scan"})


def entry() -> NoReturn:
    """The ``bouncekit`` console script and ``python -m bouncekit``: main(), then exit.

    After a scan, tearing the interpreter down (freeing every module, rule table and pattern) costs
    ~50 ms and serves nothing, so such a run flushes the standard streams and leaves at once."""
    argv = sys.argv[1:]
    code = main(argv)
    if _command(argv) in _QUICK_EXIT:
        try:
            sys.stdout.flush()
        except BrokenPipeError:  # the reader went away: quiet, as main() is
            pass
        except OSError as exc:
            sys.stderr.write(f"bouncekit: error: {exc.strerror or exc}\n")
            code = 2
        try:
            sys.stderr.flush()
        except OSError:
            pass
        os._exit(code)
    sys.exit(code)


class _ClosedStream(io.TextIOBase):
    """Stands for a standard output the command was started without (``>&-``): writing to it is an
    OSError, so the command ends with one line and exit 2 instead of a traceback."""

    def write(self, s: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


class _ClosedBinaryInput(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise OSError(errno.EBADF, "standard input is closed")


class _ClosedInput(io.TextIOBase):
    """Stands for a standard input the command was started without (``<&-``): reading it, as text
    or through ``.buffer``, is an OSError (one line, exit 2)."""

    def __init__(self) -> None:
        super().__init__()
        self.buffer = _ClosedBinaryInput()

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        raise OSError(errno.EBADF, "standard input is closed")

    # the signature typeshed gives TextIOBase.readline, which clashes with IOBase's (typeshed
    # silences the same clash on its own declaration)
    def readline(self, size: int = -1, /) -> str:  # type: ignore[override]
        raise OSError(errno.EBADF, "standard input is closed")


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if sys.stdout is None:  # a command that writes nothing there (scan -o FILE) still runs
        sys.stdout = _ClosedStream()
    if sys.stdin is None:  # likewise a command that reads nothing from it
        sys.stdin = _ClosedInput()
    if sys.stderr is None:  # nowhere to say anything: messages are dropped, exit codes still tell
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process's life
    parser, commands = build_parser(_command(argv))
    args = parser.parse_args(argv)
    try:
        mod = commands.get(args.command or "")
        if mod is None:
            die("give a command: " + ", ".join(COMMANDS) + " (see 'bouncekit --help')")
        return int(mod.run(args))
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): stop quietly, and keep Python from complaining at exit
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except OSError as exc:  # e.g. the disk filled up while writing --output
        die(f"{exc.strerror or exc}{': ' + str(exc.filename) if exc.filename else ''}")
    except KeyboardInterrupt:
        sys.stderr.write("bouncekit: interrupted\n")
        return 130


if __name__ == "__main__":  # pragma: no cover
    entry()
