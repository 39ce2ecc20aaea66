"""``bouncekit scan imaps://user@host/FOLDER``: the IMAP part of scan (options, password, reports)."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator

from ._common import die, isatty

# typing.TYPE_CHECKING, without importing typing at run time (a quicker start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..model import Report


def add_arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("--checkpoint", metavar="FILE",
                   help="for imap:// and imaps:// sources: where the last UID read is kept "
                        "(default: imap-checkpoint.json in the user's state directory)")
    s.add_argument("--move-to", metavar="FOLDER",
                   help="for imap:// and imaps:// sources: move the processed bounces there "
                        "(other messages stay untouched)")


def split(paths: list[str]) -> tuple[list[str], list[str]]:
    """(IMAP URLs, other paths)."""
    from ..intake import is_url

    return [p for p in paths if is_url(p)], [p for p in paths if not is_url(p)]


def prepare(urls: list[str]) -> str:
    """Check the URLs and get the password (environment, else a prompt on a terminal): before
    any output is written, so a mistake costs one line and exit 2."""
    from ..intake.imap import PASSWORD_ENV, ImapError, parse_url

    for url in urls:
        try:
            parse_url(url)
        except ImapError as exc:
            die(str(exc))
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not (isatty(sys.stdin) and isatty(sys.stderr)):
            die(f"no IMAP password: set the environment variable {PASSWORD_ENV}")
        try:
            import getpass

            password = getpass.getpass(f"IMAP password for {parse_url(urls[0]).user}: ")
        except (EOFError, KeyboardInterrupt):
            die("no IMAP password given")
    return password


def reports(urls: list[str], password: str, args: argparse.Namespace) -> Iterator[Report]:
    if not urls:
        return  # no mailbox: the IMAP client is not loaded
    from ..intake.imap import ImapError, default_checkpoint, read

    checkpoint = args.checkpoint or default_checkpoint()
    for url in urls:
        try:
            yield from read(url, password=password, checkpoint=checkpoint, move_to=args.move_to)
        except ImapError as exc:
            die(str(exc))
