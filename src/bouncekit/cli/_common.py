"""What every subcommand shares: one-line errors with exit 2, stream set-up, path checks."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable

# typing.TYPE_CHECKING, without importing typing at run time (a quicker start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO, NoReturn


class ArgParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one clear line, exit 2, no usage dump
        sys.stderr.write(f"bouncekit: error: {message} (see 'bouncekit --help')\n")
        sys.exit(2)


def die(message: str) -> NoReturn:
    sys.stderr.write(f"bouncekit: error: {message}\n")
    sys.exit(2)


def check_paths(paths: Iterable[str]) -> None:
    for p in paths:
        if p != "-" and not os.path.exists(p):
            die(f"no such file or directory: {p}")
        if p != "-" and not os.access(p, os.R_OK):
            die(f"cannot read: {p}")


def reconfigure(stream: IO[str], **kwargs: str) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors="replace", **kwargs)
        except (ValueError, OSError):  # already written to, or not a text stream we can change
            pass


def isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False




# C0 and C1 control characters (ESC, CSI, OSC, BEL, backspace ...), tab and newline excepted
_CONTROL = frozenset([*range(0x00, 0x09), *range(0x0b, 0x20), 0x7f, *range(0x80, 0xa0)])
# bidirectional formatting characters (the "Trojan Source" overrides and isolates, the marks) and
# line/paragraph separators: they reorder or break what a terminal shows without being visible
_FORMAT = frozenset([0x061c, 0x200e, 0x200f, *range(0x202a, 0x202f), *range(0x2066, 0x206a), 0x2028, 0x2029])


def visible(text: str) -> str:
    """Text from a message made safe for a terminal: control characters become visible escapes
    (``\\x1b``), bidirectional overrides too (``\\u202e``), so a hostile diagnostic cannot move
    the cursor, retitle the window, reorder or hide text. Tab and newline are kept."""
    if text.isprintable() or not any(ord(ch) in _CONTROL or ord(ch) in _FORMAT for ch in text):
        return text
    return "".join(
        f"\\x{ord(ch):02x}" if ord(ch) in _CONTROL else f"\\u{ord(ch):04x}" if ord(ch) in _FORMAT else ch
        for ch in text)
