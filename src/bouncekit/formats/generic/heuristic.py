"""Last resort: a free-text notice in no known layout (no DSN part, no template we know).

A notice is recognised from what it says, the way a person reads one: it comes from the mail
system or its subject says the letter was not delivered (in the languages servers localise into),
and its body names the failed recipients near words of failure. Quoted material is not the notice:
lines quoted with ``>``, the original message after its marker line, and header lines of the
original (``From:``, ``Cc:`` ...) never give a recipient.

Where the notice names no full address (taxonomy.md, Decision 8), it is still a bounce: the
recipient is the best the message supports, a bare account name ("User \"ann\" is unknown",
``<ann>``, an address list of local parts) completed with the domain of the original ``To:`` or of
the reporting host, or the original recipient whose display name the notice gives; with none of
these, a record without a recipient. Never ``not_bounce`` for a notice that says a letter failed.
"""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import ADDRESS, find_reply_code, find_status, normalize_address
from ..spec import Check, Format

NAME = "heuristic"

# the mail system's own sender names; the loose ones also send mail that is no notice
_FROM_SYSTEM = compile_pattern(r"mailer[-_ ]?daemon|postmaster|post_master|mail ?delivery|mail administrator|mmdf|"
                          r"mail ?system|mail ?server|delivery ?(?:status|subsystem|notification)|"
                          r"e-?mail (?:delivery|system)|systemadministrator|\bbounces?\b", re.I)
_FROM_LOOSE = compile_pattern(r"bounce|no-?reply|do-?not-?reply|notif", re.I)
# a subject saying a letter was not delivered
_SUBJECT = compile_pattern(
    r"undeliver|returned mail|delivery (?:status|fail|notification|problem|report|error)|failure notice|"
    r"non[- ]?delivery|could not be delivered|(?:not|n['’]t) (?:be )?delivered|mail delivery|delivery has failed|"
    r"rejected|bounce|"
    r"unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|nicht zugestellt|"
    r"non remis|non distribu|non délivr|échec de (?:la )?(?:remise|distribution|livraison)|"
    r"no entregado|no se pudo entregar|no (?:ha sido|fue) entregado|devuelto|"
    r"não entregue|não foi entregue|falha na entrega|"
    r"non recapitat|mancato recapito|impossibile recapitare|"
    r"onbestelbaar|niet bezorgd|niet afgeleverd|"
    r"nie dostarczon|niedostarczon|"
    r"не доставлен|недоставлен|"
    r"不達|未送達|配信(?:エラー|失敗|不能)|エラー|退信|投递失败|无法投递|退回|無法傳遞",
    re.I)
# a person's reply about a notice is not one ("Re: Undeliverable ...")
_REPLY_PREFIX = compile_pattern(r"^\s*(?:re|aw|sv|antw|ynt|odp|回复|答复)\s*(?:\[\d+\])?\s*:", re.I)
# the body says a letter was not delivered (mail words, so that a parcel service's notice is none)
_NOTICE = compile_pattern(
    r"(?:could not|couldn['’]t|cannot|can['’]t|was not|wasn['’]t|has not been|not) (?:be )?delivered|"
    r"(?:could not|couldn['’]t|cannot) be reached|"
    r"undeliverable|delivery (?:has |to [^.\n]{0,80}?)?failed|delivery failure|unable to deliver|"
    r"(?:permanent|fatal) (?:fatal )?errors?|returned to sender|non-?delivery|delivery to the following|"
    r"(?:nicht|konnte nicht) zugestellt|unzustellbar|nicht zustellbar|"
    r"n['’]a pas pu être (?:distribué|remis|livré|délivré)|non distribué|impossible de (?:remettre|distribuer)|"
    r"no se pudo entregar|no (?:ha sido|fue|pudo ser) entregado|"
    r"não (?:foi|pôde ser) entregue|não foi possível entregar|"
    r"non è stato (?:possibile )?recapitat|impossibile recapitare|non (?:può essere|è stato) consegnat|"
    r"kon niet worden (?:afgeleverd|bezorgd)|onbestelbaar|"
    r"nie (?:można|mogła|została|może zostać) (?:było )?dostarczon|"
    r"не (?:может быть |удалось |было )?доставлен|"
    r"配信できませんでした|届きませんでした|送信できませんでした|未能(?:成功)?投递|无法投递|無法傳遞|退信",
    re.I)
# the notice speaks of a letter (a parcel service's "could not be delivered" is no bounce) ...
_MAIL_WORD = compile_pattern(r"message|e-?mail|\bmail|recipient|nachricht|empfänger|courriel|destinataire|mensaje|"
                        r"correo|mensagem|messaggio|bericht|wiadomoś|сообщени|письм|メール|邮件|郵件|信件", re.I)
# ... and to the reader, whose letter it was
_TO_THE_READER = compile_pattern(r"\byour\b|you sent|the following|automatic|\bihre?\b|\bvotre\b|\bvos\b|\bsu\b|"
                            r"\bsua\b|\btuo\b|\btua\b|\buw\b|twoj|ваш|お客様|あなた|您", re.I)
# words of failure near a listed address, in the same languages
_FAIL = compile_pattern(
    r"user unknown|unknown user|no such|does not exist|not found|rejected|refused|"
    r"unable to deliver|(?:doesn't|does not) have|not listed|no (?:mail)?box|not (?:a )?valid|"
    r"unknown|not deliver|disabled|suspended|inactive|over ?quota|too large|exceed|"
    r"mailbox|quota|full|denied|invalid|unavailable|failed|failure|blocked|undeliverable|"
    r"could not be delivered|permanent|error|expired|timed? ?out|\b[45]\d\d\b|\b[45]\.\d|"
    r"unbekannt|existiert nicht|voll|zugestellt|inconnu|n['’]existe pas|pleine|distribu|"
    r"desconocid|no existe|llen[oa]|entregar|entregad|desconhecid|não existe|cheia|entregue|"
    r"sconosciut|non esiste|piena|recapit|consegn|onbekend|bestaat niet|vol\b|bezorgd|"
    r"nieznan|nie istnieje|pełna|dostarcz|неизвест|не существует|не найден|переполнен|доставлен|"
    r"存在しません|見つかりません|不明|いっぱい|満杯|配信|不存在|已满|投递|退信", re.I)
_CUT = compile_pattern(r"^(?:Content-Type:[ \t]*(?:message/rfc822|text/rfc822-headers)|"
                  r"-+ ?(?:Original message|Below this line|This is a copy|Unsent message|"
                  r"Returned message|Original Message|The original message|quoted text)|"
                  r"(?:Return-Path|Received|Message-ID|From|Subject|Date):[ \t])", re.M | re.I)
# header lines of a quoted original: their addresses are the original's, not failed recipients
_HEADER_LINE = compile_pattern(r"^\s*(?:from|cc|bcc|reply-to|sender|return-path|von|de|da|от)\s*:", re.I)
_OWN_LOCALS = frozenset({"postmaster", "mailer-daemon", "abuse", "root", "post_master"})

# a bare account name where the address would stand: quoted after a mailbox word, in angle
# brackets, or alone on a line of the failed-recipients list
_NAMED_ACCOUNT = compile_pattern(
    r"(?:user|recipient|mailbox|account|address|addressee|benutzer|empfänger|utilisateur|destinataire|"
    r"usuario|destinatario|utente|usuário|destinatário|gebruiker|пользователь|получатель)"
    r"(?: name)?\s*[:=]?\s*[\"'«“‘<\[]([A-Za-z0-9][\w.%+-]{0,63})[\"'»”’>\]]", re.I)
_BRACKETED_ACCOUNT = compile_pattern(r"<([A-Za-z0-9][\w.%+-]{0,63})>")
_LISTED_ACCOUNT = compile_pattern(r"^\s+<?([A-Za-z0-9][\w.%+-]{0,63})>?\s*(?:[:(-].*)?$")
_FOLLOWING = compile_pattern(r"following (?:recipients?|address(?:es)?|users?)|recipients? (?:below|listed)|"
                        r"folgenden? (?:empfänger|adressen?)|destinataires? suivants?|"
                        r"siguientes? destinatarios?|seguintes? destinatários?|seguenti destinatari", re.I)
_ACCOUNT_WORDS = frozenset({"user", "users", "recipient", "recipients", "mailbox", "address", "addresses",
                            "account", "the", "this", "your", "message", "mail", "reason", "error"})
# a host label that names the mail host, not the mail domain ("mail.example.org" -> example.org)
_MAIL_HOST_LABEL = compile_pattern(r"^(?:mail|mx|smtp|mta|relay|mailhost|mailgw|gw|in|inbound|mx-in|mail-in)\d*$")

# addresses read per line: each costs a search of the lines around it
_MAX_ADDRESSES_PER_LINE = 50


def _from_system(mail: Mail) -> bool:
    return _FROM_SYSTEM.search(mail.from_) is not None


def _is_notice(mail: Mail) -> bool:
    """The gate: the mail system's own sender; else a subject saying a letter was not delivered, or
    a sender name of automated mail, with a body that tells the reader their letter failed. A
    person's reply about a notice is none, nor a person's own words about a letter that got lost."""
    if _from_system(mail) or mail.headers.get("x-failed-recipients"):
        return True
    if _REPLY_PREFIX.match(mail.subject):
        return False
    if _SUBJECT.search(mail.subject) is None and _FROM_LOOSE.search(mail.from_) is None:
        return False
    return _tells_the_reader(mail.flat[:8192])


def _tells_the_reader(text: str) -> bool:
    """A sentence saying that a letter was not delivered, about the reader's letter (a notice
    addresses the sender: "your message", "the following recipients")."""
    for m in _NOTICE.finditer(text):
        around = text[max(0, m.start() - 120): m.end() + 80]
        if _MAIL_WORD.search(around) and _TO_THE_READER.search(around):
            return True
    return False


# a person-written notice says what failed in its first few thousand characters; what follows is
# the returned letter or filler, and searching 1 MiB of it line by line costs a second
MAX_NOTICE_CHARS = 65536


def notice_text(mail: Mail) -> str:
    """The notice's own words: the text before the original message, with quoted lines blanked,
    at most MAX_NOTICE_CHARS of it."""
    text = mail.flat[:MAX_NOTICE_CHARS]
    cut = _CUT.search(text)
    if cut:
        text = text[: cut.start()]
    if ">" in text:
        text = "\n".join("" if ln.lstrip().startswith(">") else ln for ln in text.split("\n"))
    return text


def parse(mail: Mail) -> list[Draft]:
    text = notice_text(mail)
    own: set[str] = set()
    for value in (mail.headers.get("to") or "", mail.from_):
        for m in ADDRESS.finditer(value):
            a = normalize_address(m.group(1))
            if a:
                own.add(a.lower())
    found: list[Draft] = []
    mine: list[Draft] = []
    seen: set[str] = set()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "@" not in line or _HEADER_LINE.match(line):
            continue
        window: str | None = None  # the lines around this one, searched for failure words once
        failing = False
        for n, m in enumerate(ADDRESS.finditer(line)):
            if n >= _MAX_ADDRESSES_PER_LINE:
                break  # a line listing thousands of addresses is no notice about one of them
            addr = normalize_address(m.group(1))
            if not addr or addr.lower() in seen:
                continue
            local = addr.split("@", 1)[0].lower()
            if local in _OWN_LOCALS:
                continue
            if window is None:
                window = "\n".join(lines[max(0, i - 2): i + 4])
                failing = _FAIL.search(window) is not None
            if not failing:
                continue
            seen.add(addr.lower())
            found_in = mine if addr.lower() in own else found
            found_in.append(_draft(addr, lines, i, window))
    # the bounce's own To/From name a failed recipient only when nothing else is named
    drafts = found or mine
    if not drafts:
        x = mail.headers.get("x-failed-recipients")
        if x:
            for a in x.split(","):
                addr = normalize_address(a)
                if addr:
                    drafts.append(Draft(recipient=addr, diagnostic=text.strip()[:500] or None))
    if not drafts:
        drafts = _partial(mail, text, lines)
    return drafts


def _draft(recipient: str | None, lines: list[str], i: int, window: str) -> Draft:
    diag = " ".join(x.strip() for x in lines[i: i + 4] if x.strip())
    return Draft(recipient=recipient, status=find_status(window), reply_code=find_reply_code(window),
                 diagnostic=diag or None)


def _partial(mail: Mail, text: str, lines: list[str]) -> list[Draft]:
    """A notice that names no full address (Decision 8): the best recipient it supports."""
    notice = _NOTICE.search(text)
    if notice is None:
        return []
    strict = _from_system(mail)
    original = mail.original_headers()
    targets: list[tuple[str, str]] = []  # (display name, address) of the original's recipients
    if original is not None:
        for field in ("to", "cc"):
            for value in original.get_all(field):
                for piece in value.split(","):
                    m = ADDRESS.search(piece)
                    addr = normalize_address(m.group(1)) if m else None
                    if addr:
                        name = piece[: m.start(1)].strip().strip("\"'< ") if m else ""
                        targets.append((name, addr))
    drafts: list[Draft] = []
    seen: set[str] = set()
    tried: set[str] = set()  # a name listed on 100,000s of lines is completed once
    for i, account in _accounts(lines):
        if account.lower() in tried:
            continue
        tried.add(account.lower())
        addr = _complete(account, targets, mail)
        if addr is None or addr.lower() in seen:
            continue
        seen.add(addr.lower())
        window = "\n".join(lines[max(0, i - 2): i + 4])
        drafts.append(_draft(addr, lines, i, window))
    if drafts:
        return drafts
    lowered = text.lower()
    for name, addr in targets:
        # the notice gives the recipient's display name only ("Delivery to Ann Smith failed")
        if len(name) >= 3 and name.lower() in lowered and addr.lower() not in seen:
            seen.add(addr.lower())
            at = lowered.count("\n", 0, lowered.index(name.lower()))
            drafts.append(_draft(addr, lines, at, "\n".join(lines[max(0, at - 2): at + 4])))
    if drafts or not strict:
        return drafts
    # the mail system says a letter failed and names nobody we can complete: still a bounce
    at = text.count("\n", 0, notice.start())
    return [_draft(None, lines, at, "\n".join(lines[max(0, at - 2): at + 4]))]


# a notice names its accounts near its top: the lines read for them and the names kept are bounded,
# so that a body of 100,000s of short lines costs a fraction of a second
MAX_NOTICE_LINES = 5000
MAX_ACCOUNTS = 1000


def _accounts(lines: list[str]) -> list[tuple[int, str]]:
    """Bare account names the notice gives, with their line."""
    out: list[tuple[int, str]] = []
    listing = -10
    for i, line in enumerate(lines[:MAX_NOTICE_LINES]):
        if len(out) >= MAX_ACCOUNTS:
            break
        if "@" in line:
            continue
        if _FOLLOWING.search(line):
            listing = i
            continue
        for m in _NAMED_ACCOUNT.finditer(line):
            out.append((i, m.group(1)))
        if _NOTICE.search(line) or _FAIL.search(line):
            for m in _BRACKETED_ACCOUNT.finditer(line):
                out.append((i, m.group(1)))
        if i - listing <= 3:
            listed = _LISTED_ACCOUNT.match(line)
            if listed:
                out.append((i, listed.group(1)))
                listing = i  # the list goes on while names follow
    return [(i, a) for i, a in out if a.lower() not in _ACCOUNT_WORDS and a.lower() not in _OWN_LOCALS]


def _complete(account: str, targets: list[tuple[str, str]], mail: Mail) -> str | None:
    """The account's address: the original recipient with that local part, else the account at the
    domain of the original's recipients (one domain), else at the reporting host's domain."""
    lowered = account.lower()
    for _, addr in targets:
        if addr.split("@", 1)[0].lower() == lowered:
            return addr
    domains = {addr.rsplit("@", 1)[1].lower() for _, addr in targets}
    if len(domains) == 1:
        return normalize_address(f"{account}@{domains.pop()}")
    if not targets and _from_system(mail) and "@" in mail.from_address:
        labels = mail.from_address.rsplit("@", 1)[1].split(".")
        if len(labels) > 2 and _MAIL_HOST_LABEL.match(labels[0]):
            labels = labels[1:]
        if len(labels) >= 2:
            return normalize_address(f"{account}@{'.'.join(labels)}")
    return None


FORMAT = Format(
    NAME,
    Check(_is_notice),
    parse,
)
