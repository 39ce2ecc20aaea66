"""The worked example of CONTRIBUTING.md: its format file, sample and golden file work as shown."""
from __future__ import annotations

import json
import re
import types
from pathlib import Path

import bouncekit.formats.gateways
from bouncekit.formats.registry import Registry
from bouncekit.formats.spec import Format
from bouncekit.mail import Mail
from bouncekit.mime import parse_message

DOC = Path(__file__).resolve().parent.parent / "CONTRIBUTING.md"


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def _example_format() -> Format:
    source = _blocks("python")[0]
    module = types.ModuleType("bouncekit.formats.gateways.acmegateway")
    module.__package__ = bouncekit.formats.gateways.__name__
    exec(compile(source, str(DOC), "exec"), module.__dict__)  # noqa: S102 - the project's own document
    fmt = module.FORMAT
    assert isinstance(fmt, Format)
    return fmt


def test_the_worked_example_reads_its_sample() -> None:
    fmt = _example_format()
    sample = _blocks("text")[0].encode()
    want = json.loads(_blocks("json")[0])
    mail = Mail(parse_message(sample))
    assert fmt.recognise(mail)
    found, drafts = Registry([fmt]).read(mail)
    assert found is fmt and found.name == want["parser"]
    assert [d.recipient for d in drafts] == [r["recipient"] for r in want["records"]]
    assert drafts[0].diagnostic == "550 5.1.1 No such user here"


def test_the_worked_example_leaves_other_mail_alone() -> None:
    fmt = _example_format()
    other = _blocks("text")[0].replace("acme-gw.example", "example.net").encode()
    assert not fmt.recognise(Mail(parse_message(other)))


def test_the_golden_fields_are_what_the_core_makes_of_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bouncekit import core

    fmt = _example_format()
    monkeypatch.setattr(core, "_FORMATS", Registry([fmt, *core._FORMATS.formats]))
    want = json.loads(_blocks("json")[0])
    report = core.parse(_blocks("text")[0].encode())
    assert report.kind.value == want["kind"] and report.parser == want["parser"]
    got = report.to_dicts()
    for field, value in want["records"][0].items():
        assert got[0][field] == value, field
