"""IMAP intake against a real Dovecot (Debian dovecot-imapd) on a loopback port and a temporary
mail store, started here; skipped when the dovecot binary is missing."""
from __future__ import annotations

import imaplib
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import bouncekit
from bouncekit.intake import imap
from conftest import CORPUS, ROOT

USER, PASSWORD = "bk", "secret-for-tests"
NOT_BOUNCE = b"From: Ann <ann@example.org>\r\nTo: bounces@example.net\r\nSubject: hello\r\n\r\nJust a note.\r\n"

_CONF = """protocols = imap
listen = 127.0.0.1
base_dir = {d}/run
state_dir = {d}/run
log_path = {d}/log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = {d}/passwd
}}
userdb {{
  driver = passwd-file
  args = {d}/passwd
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
}}
"""


def _running(pid: int) -> bool:
    """Still there and not a zombie (a daemon's zombie waits for whoever reaps orphans here)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


_TLS = """ssl = yes
ssl_cert = <{d}/cert.pem
ssl_key = <{d}/key.pem
disable_plaintext_auth = yes
service imap-login {{
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
"""


def _dovecot(tls: bool) -> Iterator[tuple[int, int, Path]]:
    """(plain port, imaps port or 0, directory) of a Dovecot started on a temporary mail store."""
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None)
    if binary is None:
        pytest.skip("dovecot is not installed (Debian package dovecot-imapd; .ci/run installs it)")
    if tls and shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (needed for the test certificate)")
    # under /tmp itself: Dovecot's auth and login processes (not root) must reach these files
    d = Path(tempfile.mkdtemp(prefix="bouncekit-dovecot-"))
    os.chmod(d, 0o755)
    (d / "run").mkdir()
    (d / "mail" / USER).mkdir(parents=True)
    port, tls_port = _free_port(), (_free_port() if tls else 0)
    conf = _CONF.format(d=d, port=port)
    if tls:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem")],
                       check=True, capture_output=True, timeout=60)
        # TLS only: no plaintext login without it, not even from the loopback
        conf = conf.replace("ssl = no\n", "").replace("disable_plaintext_auth = no\n", "")
        conf = conf.replace("login_trusted_networks = 127.0.0.0/8\n", "") + _TLS.format(d=d, tls_port=tls_port)
    (d / "dovecot.conf").write_text(conf)
    (d / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:65534:65534::{d}/mail/{USER}\n")
    if os.geteuid() == 0:
        shutil.chown(d / "mail", "nobody", "nogroup")
        shutil.chown(d / "mail" / USER, "nobody", "nogroup")
    # it daemonizes: its output goes to a file, never to a pipe that would be waited on
    with open(d / "start.log", "wb") as log:
        started = subprocess.run([binary, "-c", str(d / "dovecot.conf")], stdin=subprocess.DEVNULL,
                                 stdout=log, stderr=log, timeout=30)
    if started.returncode != 0:
        pytest.fail(f"dovecot did not start: {(d / 'start.log').read_text(errors='replace')[-2000:]}")
    deadline = time.monotonic() + 20
    for p in (port, tls_port) if tls else (port,):
        while True:
            try:
                socket.create_connection(("127.0.0.1", p), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    log = (d / "log").read_text() if (d / "log").exists() else ""
                    pytest.fail(f"dovecot did not start: {log[-2000:]}")
                time.sleep(0.1)
    try:
        yield port, tls_port, d
    finally:
        pid_file = d / "run" / "master.pid"
        if pid_file.exists():
            pid = int(pid_file.read_text().split()[0])
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            for _ in range(100):
                if not _running(pid):
                    break
                time.sleep(0.05)
        shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="module")
def dovecot() -> Iterator[int]:
    for port, _, _ in _dovecot(tls=False):
        yield port


@pytest.fixture(scope="module")
def dovecot_tls() -> Iterator[tuple[int, int, Path]]:
    yield from _dovecot(tls=True)


def _client(port: int) -> imaplib.IMAP4:
    c = imaplib.IMAP4("127.0.0.1", port, timeout=10)
    c.login(USER, PASSWORD)
    return c


def _bounces() -> list[bytes]:
    names = ["postfix/rcpt-user-unknown.eml", "postfix/delayed-two-recipients.eml"]
    names += sorted(str(p.relative_to(CORPUS)) for p in (CORPUS / "exim").glob("*.eml"))[:1]
    return [(CORPUS / n).read_bytes() for n in names]


def _fill(port: int, folder: str, messages: list[bytes]) -> None:
    c = _client(port)
    c.create(f'"{folder}"')
    for raw in messages:
        typ, _ = c.append(f'"{folder}"', "", imaplib.Time2Internaldate(time.time()), raw.replace(b"\r\n", b"\n")
                          .replace(b"\n", b"\r\n"))
        assert typ == "OK"
    c.logout()


def _flags(port: int, folder: str) -> list[bytes]:
    c = _client(port)
    c.select(f'"{folder}"', readonly=True)
    typ, data = c.uid("FETCH", "1:*", "(FLAGS)")
    c.logout()
    return [d for d in data if isinstance(d, bytes)]


def _count(port: int, folder: str) -> int:
    c = _client(port)
    typ, data = c.select(f'"{folder}"', readonly=True)
    c.logout()
    assert typ == "OK", data
    return int(data[0] or 0)


def _url(port: int, folder: str) -> str:
    return f"imap://{USER}@127.0.0.1:{port}/{folder}"


def test_reads_every_message_by_uid_without_marking_it(dovecot: int) -> None:
    msgs = _bounces() + [NOT_BOUNCE]
    _fill(dovecot, "Read", msgs)
    reports = list(imap.read(_url(dovecot, "Read"), password=PASSWORD))
    assert len(reports) == len(msgs)
    for n, (report, raw) in enumerate(zip(reports, msgs), 1):
        assert report.source.endswith(f"/Read;UIDVALIDITY={report.source.split('UIDVALIDITY=')[1].split('/')[0]}/;UID={n}")
        want = bouncekit.parse(raw, source=report.source)
        assert report.records == want.records
    assert [r.kind.value for r in reports][-1] == "not_bounce"
    assert reports[0].records[0].recipient
    flags = _flags(dovecot, "Read")
    assert len(flags) == len(msgs) and not any(b"\\Seen" in f for f in flags)


def test_checkpoint_reads_only_new_messages_and_follows_uidvalidity(dovecot: int, tmp_path: Path) -> None:
    cp = tmp_path / "cp.json"
    _fill(dovecot, "Check", _bounces()[:2])
    url = _url(dovecot, "Check")
    assert len(list(imap.read(url, password=PASSWORD, checkpoint=cp))) == 2
    state = json.loads(cp.read_text())
    (entry,) = state.values()
    assert entry["last_uid"] == 2 and entry["uidvalidity"] > 0
    assert list(imap.read(url, password=PASSWORD, checkpoint=cp)) == []
    _fill(dovecot, "Check", [NOT_BOUNCE])
    again = list(imap.read(url, password=PASSWORD, checkpoint=cp))
    assert [r.source.rsplit("UID=", 1)[1] for r in again] == ["3"]
    # a reader that stops after one report: that message is read again next time (at least once)
    _fill(dovecot, "Check", _bounces()[:2])
    it = imap.read(url, password=PASSWORD, checkpoint=cp)
    first = next(it)
    it.close()
    assert first.source.endswith("UID=4")
    assert [r.source.rsplit("UID=", 1)[1] for r in imap.read(url, password=PASSWORD, checkpoint=cp)] == ["4", "5"]
    # the folder renumbered (deleted and made anew: a new UIDVALIDITY): all of it is read again
    c = _client(dovecot)
    c.delete('"Check"')
    c.logout()
    _fill(dovecot, "Check", _bounces())
    renewed = list(imap.read(url, password=PASSWORD, checkpoint=cp))
    assert len(renewed) == 3
    assert json.loads(cp.read_text())[imap.parse_url(url).key()]["uidvalidity"] != entry["uidvalidity"]


def test_move_to_moves_processed_bounces_only(dovecot: int) -> None:
    msgs = [NOT_BOUNCE] + _bounces() + [NOT_BOUNCE]
    _fill(dovecot, "Moving", msgs)
    reports = list(imap.read(_url(dovecot, "Moving"), password=PASSWORD, move_to="Processed"))
    assert len(reports) == 5
    assert _count(dovecot, "Moving") == 2  # the two ordinary messages
    assert _count(dovecot, "Processed") == 3  # made when missing
    left = _flags(dovecot, "Moving")
    assert not any(b"\\Deleted" in f or b"\\Seen" in f for f in left)
    # what stayed is the ordinary mail
    stayed = list(imap.read(_url(dovecot, "Moving"), password=PASSWORD))
    assert [r.kind.value for r in stayed] == ["not_bounce", "not_bounce"]


def test_copy_and_flag_where_the_server_has_no_move(dovecot: int) -> None:
    _fill(dovecot, "NoMove", _bounces()[:2] + [NOT_BOUNCE])
    c = _client(dovecot)
    c.select('"NoMove"')
    imap._refresh_capabilities(c)
    assert "UIDPLUS" in c.capabilities
    imap._move(c, [1, 2], '"Copied"', use_move=False)
    c.logout()
    assert _count(dovecot, "Copied") == 2
    assert _count(dovecot, "NoMove") == 1  # Dovecot has UIDPLUS: UID EXPUNGE of those two only
    assert not any(b"\\Deleted" in f for f in _flags(dovecot, "NoMove"))


def test_folder_names_in_modified_utf7(dovecot: int) -> None:
    assert imap._utf7("Envoyés & reçus") == "Envoy&AOk-s &- re&AOc-us"
    c = _client(dovecot)
    c.create('"' + imap._utf7("Rückläufer") + '"')
    c.append('"' + imap._utf7("Rückläufer") + '"', "", imaplib.Time2Internaldate(time.time()), _bounces()[0])
    c.logout()
    reports = list(imap.read(_url(dovecot, "R%C3%BCckl%C3%A4ufer"), password=PASSWORD))
    assert len(reports) == 1 and reports[0].kind.value == "bounce"


def test_errors_are_one_line(dovecot: int) -> None:
    with pytest.raises(imap.ImapError, match="login failed for bk"):
        list(imap.read(_url(dovecot, "INBOX"), password="wrong"))
    with pytest.raises(imap.ImapError, match="cannot open folder 'Nowhere'"):
        list(imap.read(_url(dovecot, "Nowhere"), password=PASSWORD))
    with pytest.raises(imap.ImapError, match="cannot connect to 127.0.0.1"):
        list(imap.read(f"imap://bk@127.0.0.1:{_free_port()}/INBOX", password=PASSWORD))
    with pytest.raises(imap.ImapError, match="no password in the URL"):
        imap.parse_url("imaps://bk:pw@mail.example.net/INBOX")


def _cli(args: list[str], password: str | None, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != imap.PASSWORD_ENV}
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    if password is not None:
        env[imap.PASSWORD_ENV] = password
    return subprocess.run([sys.executable, "-m", "bouncekit", "scan", *args], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=60, cwd=ROOT)


def test_cli_scan_of_a_mailbox(dovecot: int, tmp_path: Path) -> None:
    _fill(dovecot, "Cli", _bounces()[:2] + [NOT_BOUNCE])
    url = _url(dovecot, "Cli")
    done = _cli([url], PASSWORD, tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["kind"] for r in lines] == ["bounce", "delay", "delay", "not_bounce"]
    assert all(r["source"].startswith(f"imap://bk@127.0.0.1:{dovecot}/Cli;UIDVALIDITY=") for r in lines)
    # the default checkpoint lives in the user's state directory: nothing new the second time
    assert (tmp_path / "state" / "bouncekit" / "imap-checkpoint.json").exists()
    again = _cli([url, "--format", "csv"], PASSWORD, tmp_path)
    assert again.returncode == 0 and again.stdout.count("\n") == 1  # the CSV header only
    cp = tmp_path / "own.json"
    mixed = _cli([url, str(CORPUS / "postfix" / "rcpt-user-unknown.eml"), "--checkpoint", str(cp), "--summary"],
                 PASSWORD, tmp_path)
    assert mixed.returncode == 0, mixed.stderr
    assert "messages: 4  records: 5" in mixed.stdout and cp.exists()


def test_cli_errors_exit_2_with_one_line(dovecot: int, tmp_path: Path) -> None:
    url = _url(dovecot, "INBOX")
    for args, password, expect in (
        ([url], "wrong", "login failed"),
        ([url], None, imap.PASSWORD_ENV),
        ([f"imap://bk@127.0.0.1:{_free_port()}/INBOX"], PASSWORD, "cannot connect"),
        ([f"imap://bk:{PASSWORD}@127.0.0.1:{dovecot}/INBOX"], PASSWORD, "no password in the URL"),
    ):
        done = _cli(args, password, tmp_path)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.count("\n") == 1 and expect in done.stderr, done.stderr
        assert "Traceback" not in done.stderr


def test_imaps_and_starttls(dovecot_tls: tuple[int, int, Path], tmp_path: Path) -> None:
    port, tls_port, d = dovecot_tls
    cert = d / "cert.pem"
    context = ssl.create_default_context(cafile=str(cert))
    c = imaplib.IMAP4_SSL("127.0.0.1", tls_port, ssl_context=context, timeout=10)
    c.login(USER, PASSWORD)
    c.create('"Tls"')
    for raw in _bounces():
        c.append('"Tls"', "", imaplib.Time2Internaldate(time.time()), raw)
    c.logout()
    got = list(imap.read(f"imaps://{USER}@127.0.0.1:{tls_port}/Tls", password=PASSWORD, ssl_context=context))
    want = [bouncekit.parse(raw).records for raw in _bounces()]
    assert [[(r.kind, r.recipient, r.status) for r in rep.records] for rep in got] == \
        [[(r.kind, r.recipient, r.status) for r in recs] for recs in want]
    assert got[0].source.startswith(f"imaps://{USER}@127.0.0.1:{tls_port}/Tls;UIDVALIDITY=")
    # imap:// to a server offering STARTTLS goes through TLS (this one refuses a login without it)
    again = list(imap.read(f"imap://{USER}@127.0.0.1:{port}/Tls", password=PASSWORD, ssl_context=context))
    assert [[r.recipient for r in rep.records] for rep in again] == [[r.recipient for r in rep.records] for rep in got]
    # a certificate nobody vouches for: one line, no login attempted
    with pytest.raises(imap.ImapError, match="TLS with 127.0.0.1"):
        list(imap.read(f"imaps://{USER}@127.0.0.1:{tls_port}/Tls", password=PASSWORD))
    # the command: the system's trust store, here made of the test certificate (SSL_CERT_FILE)
    env = {k: v for k, v in os.environ.items() if k != imap.PASSWORD_ENV}
    env.update({imap.PASSWORD_ENV: PASSWORD, "SSL_CERT_FILE": str(cert), "XDG_STATE_HOME": str(tmp_path)})
    done = subprocess.run([sys.executable, "-m", "bouncekit", "scan", f"imaps://{USER}@127.0.0.1:{tls_port}/Tls"],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == sum(len(recs) for recs in want)


def test_cli_asks_for_the_password_on_a_terminal(dovecot: int, tmp_path: Path) -> None:
    import fcntl
    import pty
    import termios

    _fill(dovecot, "Prompt", _bounces()[:1])
    env = {k: v for k, v in os.environ.items() if k != imap.PASSWORD_ENV}
    env["XDG_STATE_HOME"] = str(tmp_path)
    master, slave = pty.openpty()

    def controlling_terminal() -> None:
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen([sys.executable, "-m", "bouncekit", "scan", _url(dovecot, "Prompt"),
                             "--output", str(tmp_path / "out.jsonl")],
                            stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT,
                            preexec_fn=controlling_terminal)
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 30
    while b"password for bk" not in seen and time.monotonic() < deadline:
        seen += os.read(master, 1024)
    assert b"IMAP password for bk:" in seen
    os.write(master, PASSWORD.encode() + b"\n")
    try:
        while True:
            chunk = os.read(master, 1024)
            if not chunk:
                break
            seen += chunk
    except OSError:  # the terminal closed with the process
        pass
    assert proc.wait(timeout=30) == 0, seen
    os.close(master)
    assert PASSWORD.encode() not in seen  # not echoed
    records = (tmp_path / "out.jsonl").read_text().splitlines()
    assert records and json.loads(records[0])["kind"] == "bounce"
