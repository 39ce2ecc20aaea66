"""Issue 17, ``bouncekit classify``: the stage, many replies from stdin, success replies, bad codes."""
from __future__ import annotations

import json

import pytest

from test_cli import run


def test_command_gives_the_stage():
    without = json.loads(run("classify", "--json", "550 Benutzer unbekannt").stdout)
    with_rcpt = json.loads(run("classify", "--json", "--command", "rcpt", "550 Benutzer unbekannt").stdout)
    assert with_rcpt["category"] == "nonexistent_address"
    assert without["confidence"] == "low" or without["category"] == with_rcpt["category"]


def test_dash_reads_one_reply_per_line():
    p = run("classify", "-", "--json", stdin=b"550 5.1.1 user unknown\n\n452 4.2.2 mailbox full\r\n250 2.0.0 OK\n")
    out = [json.loads(x) for x in p.stdout.splitlines()]
    assert [o["reply"] for o in out] == ["550 5.1.1 user unknown", "452 4.2.2 mailbox full", "250 2.0.0 OK"]
    assert [o["category"] for o in out] == ["nonexistent_address", "mailbox_full", "delivered"]
    assert [o["failure"] for o in out] == [True, True, False]
    text = run("classify", "-", stdin=b"550 5.1.1 user unknown\n452 4.2.2 mailbox full\n").stdout
    assert text.count("reply:") == 2 and text.count("reason:") == 2


@pytest.mark.parametrize("reply", ["250 2.0.0 OK", "250 ok queued as 12345", "251 2.1.5 forwarded"])
def test_success_replies_are_not_failures(reply: str):
    p = run("classify", reply)
    assert p.returncode == 0 and "not a failure" in p.stdout and "soft" not in p.stdout
    assert json.loads(run("classify", "--json", reply).stdout)["failure"] is False


@pytest.mark.parametrize("args", [("--status", "9.9.9"), ("--status", "5.1"), ("--code", "abc"), ("--code", "650"),
                                  ("--command", "QUIT")])
def test_invalid_codes_are_one_line_exit_2(args: tuple[str, str]):
    p = run("classify", *args, "550 user unknown")
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and not p.stdout
