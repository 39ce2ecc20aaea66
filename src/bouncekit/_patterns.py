"""Regular expressions compiled from their stored programs.

``re.compile`` parses a pattern and writes the engine's program for it with a compiler written in
Python: ~0.2 ms a pattern, ~190 ms for the ~900 patterns of the formats and rules a process
compiles before its first message (and, with ``--jobs``, before the workers start). The program is
a function of the pattern, its flags and the regex engine alone, so ``_pattern_code.py`` stores the
programs of the package's own patterns (``scripts/pattern_code.py`` writes it) and
``compile_pattern`` hands a stored program straight to the engine, as ``re.compile`` ends by doing.

The programs are used only under the engine that wrote them (Python version with its patch
number, engine magic number, code size, byte order): elsewhere, and for any pattern not stored (an edited one), ``re.compile`` compiles,
so a stale table costs time, never a result. Keyed on the pattern text, never on a message.
``tests/test_pattern_code.py`` holds the table current and every stored program equal to what
``re.compile`` makes (a Pattern compares equal to another only with the same program).
"""
from __future__ import annotations

import base64
import importlib
import re
import sys
import zlib
from array import array
from typing import Any, AnyStr

# the engine itself (what re.compile ends with); no stubs for it
_sre: Any = importlib.import_module("_sre")

#: a stored program: the flags the pattern ends with (its inline flags added), where its code words
#: start in the table's words and how many they are, the number of groups, group name -> number,
#: number -> name
Program = tuple[int, int, int, int, dict[str, int], tuple[Any, ...]]
Programs = dict[tuple[Any, int], Program]

#: whether to use the stored programs; scripts/pattern_code.py turns it off to record the patterns
USE_STORED = True
#: the patterns compiled while USE_STORED is off (what scripts/pattern_code.py stores)
RECORDED: set[tuple[Any, int]] = set()
_stored: list[tuple[Programs, array[int]]] = []


def engine() -> tuple[Any, ...]:
    """What the stored programs are valid for: Python's version and its regex engine. The patch
    version counts: a patch release may fix the regex compiler without changing the engine's magic
    number, and a program stored from before the fix would bring the bug back."""
    return (tuple(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE, sys.byteorder)


def _word_type() -> str:
    """The array type code of the engine's code words ("" if none has their size)."""
    for code in ("I", "L", "Q"):
        if array(code).itemsize == _sre.CODESIZE:
            return code
    return ""


def stored_programs() -> tuple[Programs, array[int]]:
    """The stored programs valid under this interpreter and their code words; none where none are
    valid, or USE_STORED is off."""
    if not _stored:
        table: Programs = {}
        words = array("B")
        word_type = _word_type()
        if USE_STORED and word_type:
            try:
                from . import _pattern_code
            except ImportError:  # pragma: no cover - the file is part of the package
                pass
            else:
                if tuple(_pattern_code.ENGINE) == engine():
                    table = _pattern_code.PROGRAMS
                    words = array(word_type, zlib.decompress(base64.b64decode(_pattern_code.WORDS)))
        _stored.append((table, words))
    return _stored[0]


def compile_pattern(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the stored program where there is one."""
    key = (pattern, int(flags))
    table, words = stored_programs()
    row = table.get(key)
    if row is None:
        if not USE_STORED:
            RECORDED.add(key)
        return re.compile(pattern, flags)
    final_flags, start, length, groups, groupindex, indexgroup = row
    compiled: re.Pattern[AnyStr] = _sre.compile(pattern, final_flags, words[start:start + length].tolist(),
                                                groups, dict(groupindex), indexgroup)
    return compiled


def program_of(pattern: str | bytes, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]:
    """What ``re.compile`` hands the engine for the pattern: its final flags, code words, number of
    groups, group name -> number, number -> name. Caught on the way, so it is this Python's own
    compiler's program (scripts/pattern_code.py stores it)."""
    caught: list[tuple[Any, ...]] = []
    real = _sre.compile
    compiler: Any = importlib.import_module("re._compiler" if sys.version_info >= (3, 11) else "sre_compile")

    def catch(*args: Any) -> Any:
        caught.append(args)
        return real(*args)

    _sre.compile = catch
    try:
        compiler.compile(pattern, flags)
    finally:
        _sre.compile = real
    _pattern, final_flags, code, groups, groupindex, indexgroup = caught[0]
    return (final_flags, list(code), groups, dict(groupindex), tuple(indexgroup))
