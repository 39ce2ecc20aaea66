"""The registry: ORDER agrees with the format files, loading fails loudly, precedence is applied."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bouncekit.formats import registry
from bouncekit.formats.spec import Format, Subject
from bouncekit.mail import Draft, Mail
from bouncekit.mime import parse_message

FORMATS = Path(registry.__file__).resolve().parent
GROUP_DIRS = ("mta", "providers", "gateways", "generic", "feedback")


def _on_disk() -> dict[str, str]:
    found: dict[str, str] = {}
    for group in GROUP_DIRS:
        for path in (FORMATS / group).glob("*.py"):
            if path.name != "__init__.py" and not path.name.startswith("_"):
                found[path.stem] = group
    return found


def test_order_names_every_format_file_once() -> None:
    assert len(set(registry.ORDER)) == len(registry.ORDER)
    assert _on_disk() == registry.GROUP_OF
    assert set(registry.ORDER) == set(registry.GROUP_OF)


def test_every_module_declares_its_format() -> None:
    formats = registry.load()
    assert [f.name for f in formats] == list(registry.ORDER)
    assert all(isinstance(f, Format) and callable(f.read) for f in formats)


def test_precedence_names_known_formats_and_reaches_the_formats() -> None:
    for loser, yields in registry.PRECEDENCE.items():
        assert loser in registry.ORDER
        assert all(y.winner in registry.ORDER for y in yields)
    by_name = {f.name: f for f in registry.load()}
    assert by_name["gmail"].yields_to == ("googleworkspace",)


def test_a_missing_module_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "ORDER", (*registry.ORDER, "nosuchformat"))
    monkeypatch.setitem(registry.GROUP_OF, "nosuchformat", "mta")
    with pytest.raises(ModuleNotFoundError):
        registry.load()


def _mail(subject: str) -> Mail:
    return Mail(parse_message(f"From: a@example.org\nSubject: {subject}\n\nbody\n".encode()))


def test_a_format_steps_aside_where_precedence_says(monkeypatch: pytest.MonkeyPatch) -> None:
    def reads(name: str):  # type: ignore[no-untyped-def]
        return lambda mail: [Draft(recipient=f"{name}@example.org")]

    first = Format("first", Subject(re.compile("hello")), reads("first"))
    second = Format("second", Subject(re.compile("hello there")), reads("second"))
    monkeypatch.setattr(registry, "ORDER", ("first", "second"))
    monkeypatch.setattr(registry, "PRECEDENCE", {"first": (registry.Yield("second"),)})
    reg = registry.Registry([first, second])
    assert [f.name for f in reg.candidates(_mail("hello"))] == ["first"]
    assert [f.name for f in reg.candidates(_mail("hello there"))] == ["second"]
    fmt, drafts = reg.read(_mail("hello there"))
    assert fmt is second and drafts[0].recipient == "second@example.org"


def test_a_reader_that_raises_lets_the_next_format_try(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(mail: Mail) -> list[Draft]:
        raise ValueError("surprised")

    monkeypatch.setattr(registry, "ORDER", ("a", "b"))
    monkeypatch.setattr(registry, "PRECEDENCE", {})
    reg = registry.Registry([Format("a", Subject(re.compile("x")), broken),
                             Format("b", Subject(re.compile("x")), lambda mail: [Draft(recipient="b@example.org")])])
    fmt, _ = reg.read(_mail("x"))
    assert fmt is not None and fmt.name == "b"


def test_precedence_naming_an_unknown_format_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "PRECEDENCE", {"gmail": (registry.Yield("nosuchformat"),)})
    with pytest.raises(ValueError, match="nosuchformat"):
        registry.Registry(registry.load())
