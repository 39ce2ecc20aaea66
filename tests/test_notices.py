"""Free-text notices (issue 12, patterns 6, 9, 10): undeliverable notices in no known layout,
quoted and forwarded material, and notices that name only part of an address. Every message here
is invented; none is a copy of a corpus sample."""
from __future__ import annotations

import pytest

import bouncekit


def _msg(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n" + body.lstrip("\n")).encode("utf-8")


def _records(data: bytes) -> list[tuple[str, str | None, str | None]]:
    report = bouncekit.parse(data)
    return [(r.kind.value, r.recipient, r.reason.value if r.reason else None) for r in report.records]


# (subject/from headers, body, expected recipient, expected reason)
NOTICES = [
    ("From: Mail System <noreply@mx1.relay.example.net>\nTo: al@sender.example.com\nSubject: Message not delivered",
     "Hello,\n\nWe were unable to deliver your message to jane.doe@dest.example.org.\n"
     "The mailbox does not exist on this server.\n", "jane.doe@dest.example.org", "user_unknown"),
    ("From: \"Servicio de correo\" <sistema@correo.example.es>\nTo: pablo@sender.example.com\n"
     "Subject: Mensaje no entregado: Reunión",
     "No se pudo entregar su mensaje a los siguientes destinatarios:\n\n"
     "    maria.lopez@destino.example.es  - el buzón está lleno\n", "maria.lopez@destino.example.es", "mailbox_full"),
    ("From: Postzustellung <system@mail.example.de>\nTo: hans@sender.example.com\nSubject: Nachricht nicht zustellbar",
     "Ihre Nachricht an klaus.m@ziel.example.de konnte nicht zugestellt werden.\nGrund: Empfänger unbekannt.\n",
     "klaus.m@ziel.example.de", "user_unknown"),
    ("From: IT Helpdesk Notifications <notify@corp.example.com>\nTo: bob@sender.example.com\n"
     "Subject: Your message could not be delivered\nContent-Type: text/html; charset=utf-8",
     "<html><body><p>Your message to <b>team@corp.example.com</b> was not delivered because the recipient's "
     "mailbox is over its storage limit.</p></body></html>\n", "team@corp.example.com", "mailbox_full"),
    ("From: Servizio Posta <avvisi@posta.example.it>\nTo: gino@sender.example.com\nSubject: Mancato recapito",
     "Il tuo messaggio non è stato recapitato a lucia@dest.example.it: utente sconosciuto.\n",
     "lucia@dest.example.it", "user_unknown"),
]


@pytest.mark.parametrize("headers,body,recipient,reason", NOTICES, ids=[n[2] for n in NOTICES])
def test_free_text_notice_is_a_bounce(headers: str, body: str, recipient: str, reason: str) -> None:
    assert _records(_msg(headers, body)) == [("bounce", recipient, reason)]


NOT_NOTICES = [
    # a person's words about a delivery
    ("From: Carol <carol@friend.example.com>\nTo: dave@example.com\nSubject: Re: delivery of the sofa",
     "Hi Dave, the delivery failed yesterday. Can you email tom@shop.example.com and ask when they can try again?\n"),
    # a person asking about a letter of their own
    ("From: Carol <carol@friend.example.com>\nTo: helpdesk@example.com\nSubject: Message not delivered?",
     "Hi, I think my message to tom@shop.example.com was not delivered, it never arrived. Could you check?\n"),
    # a parcel service, not a mail system
    ("From: ShopExpress <noreply@shop.example.com>\nTo: dave@example.com\nSubject: Your parcel could not be delivered",
     "Hello Dave, your parcel could not be delivered today.\nQuestions? Write to support@shop.example.com.\n"),
    # a person's reply quoting a notice
    ("From: Eve <eve@friend.example.com>\nTo: frank@example.com\nSubject: Re: Undeliverable: report",
     "Yes, grace@dest.example.org does not exist any more.\n\n"
     "> Your message could not be delivered to grace@dest.example.org: user unknown\n"),
]


@pytest.mark.parametrize("headers,body", NOT_NOTICES)
def test_words_about_delivery_are_no_notice(headers: str, body: str) -> None:
    assert bouncekit.parse(_msg(headers, body)).kind.value == "not_bounce"


def test_quoted_original_gives_no_recipient() -> None:
    data = _msg("From: Mail Delivery System <MAILER-DAEMON@out.sender.example.com>\nTo: ivan@sender.example.com\n"
                "Subject: Delivery failure",
                "Your message could not be delivered to the recipient below.\n\n"
                "  judy@dest.example.org: user unknown\n\n"
                "> To: judy@dest.example.org, kim@other.example.net\n> Cc: leo@third.example.com\n>\n"
                "> Please write to mallory@fourth.example.com if the date is wrong.\n")
    assert _records(data) == [("bounce", "judy@dest.example.org", "user_unknown")]


def test_bounce_forwarded_inline_by_a_person_keeps_its_fields() -> None:
    data = _msg("From: Uma <uma@sender.example.com>\nTo: support@sender.example.com\n"
                "Subject: Fw: Delivery Status Notification (Failure)",
                "See below, what does this mean?\n\n"
                "> From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
                "> Subject: Delivery Status Notification (Failure)\n> To: uma@sender.example.com\n>\n"
                "> Your message wasn't delivered to victor@dest.example.org because the\n"
                "> address couldn't be found, or is unable to receive mail.\n>\n"
                "> The response from the remote server was:\n"
                "> 550 5.1.1 The email account that you tried to reach does not exist.\n")
    report = bouncekit.parse(data)
    (rec,) = report.records
    assert (rec.kind.value, rec.recipient, rec.status, rec.reason.value) == (
        "bounce", "victor@dest.example.org", "5.1.1", "user_unknown")


def test_forwarded_marker_with_localised_headers() -> None:
    data = _msg("From: Jens <jens@sender.example.com>\nTo: it@sender.example.com\nSubject: WG: Unzustellbar",
                "Was heißt das?\n\n-------- Weitergeleitete Nachricht --------\n"
                "Von: MAILER-DAEMON@mx.ziel.example.de\nBetreff: Unzustellbar\nAn: jens@sender.example.com\n\n"
                "Ihre Nachricht an petra@ziel.example.de konnte nicht zugestellt werden: Postfach voll.\n")
    assert _records(data) == [("bounce", "petra@ziel.example.de", "mailbox_full")]


def test_notice_forwarded_as_attachment() -> None:
    data = (b"From: Walt <walt@sender.example.com>\nTo: support@sender.example.com\nSubject: FW: Undeliverable\n"
            b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"F\"\n\n--F\nContent-Type: text/plain\n\n"
            b"Forwarding the bounce I got.\n\n--F\nContent-Type: message/rfc822\n\n"
            b"From: postmaster@dest.example.org\nTo: walt@sender.example.com\nSubject: Undeliverable: invoice\n\n"
            b"Delivery has failed to these recipients or groups:\n\nxena@dest.example.org\n"
            b"The email address you entered couldn't be found.\n\n--F--\n")
    assert _records(data) == [("bounce", "xena@dest.example.org", "user_unknown")]


def test_outer_report_wins_over_an_older_bounce_attached() -> None:
    data = (b"From: Mail Delivery System <MAILER-DAEMON@out.sender.example.com>\nTo: ruth@sender.example.com\n"
            b"Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
            b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"O\"\n\n"
            b"--O\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
            b"--O\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.sender.example.com\n\n"
            b"Final-Recipient: rfc822; sam@dest2.example.org\nAction: failed\nStatus: 5.2.2\n"
            b"Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n"
            b"--O\nContent-Type: message/rfc822\n\nFrom: MAILER-DAEMON@relay.example.net\nTo: sam@dest2.example.org\n"
            b"Subject: Undelivered Mail\nMIME-Version: 1.0\n"
            b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"I\"\n\n"
            b"--I\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; relay.example.net\n\n"
            b"Final-Recipient: rfc822; tina@old.example.com\nAction: failed\nStatus: 5.1.1\n\n--I--\n\n--O--\n")
    assert _records(data) == [("bounce", "sam@dest2.example.org", "mailbox_full")]


# Decision 8: a notice naming part of an address is still a bounce
PARTIAL = [
    # a quoted account name, completed from the original's To:
    ("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.dest.example.org>\nTo: nina@sender.example.com\n"
     "Subject: Undeliverable: report",
     "Your message could not be delivered.\n\nUser \"oscar\" is unknown at this site.\n\n"
     "----- Original message -----\nFrom: nina@sender.example.com\nTo: Oscar Ortiz <oscar@dest.example.org>\n"
     "Subject: report\n", "oscar@dest.example.org", "user_unknown"),
    # a bare name in the recipients list, completed with the reporting host's domain
    ("From: MAILER-DAEMON@mx.dest.example.org\nTo: nina@sender.example.com\nSubject: Returned mail",
     "The following recipient could not be reached:\n\n    quentin\n\nReason: 550 5.1.1 mailbox unavailable\n",
     "quentin@dest.example.org", "user_unknown"),
    # an account in angle brackets, completed from the original recipient with that local part
    ("From: postmaster@dest.example.org\nTo: nina@sender.example.com\nSubject: Delivery failure",
     "Your message to <rosa> could not be delivered: mailbox not found.\n\n"
     "----- Original message -----\nTo: rosa@dest.example.org, sven@else.example.net\nSubject: hi\n",
     "rosa@dest.example.org", "user_unknown"),
    # only the display name: the original recipient of that name
    ("From: postmaster@dest.example.org\nTo: nina@sender.example.com\nSubject: Delivery failed",
     "Delivery to Peter Pan failed: no such mailbox.\n\n"
     "----- Original message -----\nTo: Peter Pan <ppan@dest.example.org>\nSubject: hi\n",
     "ppan@dest.example.org", "user_unknown"),
    # nothing to complete: still a bounce, without a recipient
    ("From: postmaster@dest.example.org\nTo: nina@sender.example.com\nSubject: Delivery failed",
     "Delivery to the recipient Peter Pan failed: no such mailbox.\n", None, "user_unknown"),
]


@pytest.mark.parametrize("headers,body,recipient,reason", PARTIAL, ids=[str(p[2]) for p in PARTIAL])
def test_partial_address_is_still_a_bounce(headers: str, body: str, recipient: str | None, reason: str) -> None:
    assert _records(_msg(headers, body)) == [("bounce", recipient, reason)]
