"""The regex engine's programs for bouncekit's own patterns, written by scripts/pattern_code.py: do not edit.

Used by _patterns.py (``compile_pattern``) only under the engine in ENGINE."""
# fmt: off
# ruff: noqa: E501
from __future__ import annotations

from typing import Any

ENGINE = ((3, 11, 7), 20220615, 4, 'little')
# (pattern, flags): (final flags, first code word, code words, groups, group index, index group)
PROGRAMS: dict[tuple[Any, int], Any] = {
    (' (?<=\\S )[245]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d{1,3} (?=\\D)', 0): (32, 0, 91, 0, {}, (None,)),
    ('!\\n ', 0): (32, 91, 20, 0, {}, (None,)),
    ('&(#\\d+|#x[0-9a-f]+|[a-z]+);', 2): (34, 111, 157, 1, {}, (None, None)),
    ('(?:ERROR_CODE\\s*:\\s*|ResponseCode\\s+)([2-5]\\d\\d)\\b', 0): (32, 268, 117, 1, {}, (None, None)),
    ('(?:SMTP|LMTP) (?:error|timeout)(?: from remote (?:mail server|mailer))? after (?:pipelined )?(?P<cmd>RCPT TO|MAIL FROM|end of data|DATA|initial connection|EHLO|HELO|LHLO|STARTTLS|AUTH|BDAT)|closed connection in response to (?P<cmd2>RCPT TO|MAIL FROM|end of data|DATA|initial connection|EHLO|HELO)|(?P<conn>conversation with|Connection (?:timed out|refused)|connection to \\S+ \\[[^\\]]+\\] failed)', 2): (34, 385, 910, 3, {'cmd': 1, 'cmd2': 2, 'conn': 3}, (None, 'cmd', 'cmd2', 'conn')),
    ("(?:Your message wasn't delivered to|There was a problem delivering your message to|Your message couldn't be delivered to|Your message to)\\s+<?([^\\s<>]+@[^\\s<>]+?)>?[.,]?(?:\\s|$)", 2): (34, 1295, 437, 1, {}, (None, None)),
    ('(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+([+-])(\\d{2})(\\d{2})(?:\\s*\\([^)]*\\))?\\s*', 256): (256, 1732, 249, 9, {}, (None, None, None, None, None, None, None, None, None, None)),
    ('(?:\\]\\s+said|refused to talk to me|\\]:\\d+):\\s*(?=[2-5]\\d\\d(?:[\\s-]|$))', 2): (34, 1981, 157, 0, {}, (None,)),
    ('(?:\\bip|client|sending host|sender ip|your ip|your host|your server|your network|your mail server)(?: address)? (?:\\[?[0-9a-f.:]+\\]? )?(?:has been |is |was )?(?:temporarily )?(?:blocked|banned|blacklisted|not allowed|refused|rejected|denied|not accepted)', 0): (32, 2138, 505, 0, {}, (None,)),
    ('(?:^|(?<=\\d ))blocked - see\\b', 0): (32, 2643, 55, 0, {}, (None,)),
    ('(?:^|[\\s\'\\"#«“„(<;])[245]\\d\\d[ -]+#?[245]\\.\\d{1,3}\\.\\d{1,3}\\b|#[245]\\.\\d{1,3}\\.\\d{1,3}\\b|^\\s*#[245]\\d\\d\\b', 0): (32, 2698, 263, 0, {}, (None,)),
    ('(?:^|\\s)(?:procmail|maildrop|dovecot-lda|spamc|deliver): ', 0): (32, 2961, 120, 0, {}, (None,)),
    ('(?:^|\\s)542 (?:\\S+ )?rejected\\b', 2): (34, 3081, 64, 0, {}, (None,)),
    ("(?:account|address|mailbox|user|recipient) (?:that )?you (?:tried|are trying|attempted) to (?:reach|contact|send to) (?:is (?:not valid|invalid|unknown)|does not exist|doesn[\\'’]t exist|was not found)", 0): (32, 3145, 406, 0, {}, (None,)),
    ('(?:account|inbox|mailbox) (?:storage )?(?:is )?(?:full|out of (?:storage|space))', 0): (32, 3551, 159, 0, {}, (None,)),
    ('(?:account|mailbox|user|address|recipient)(?: has been| is| was)? (?:currently )?(?:disabled|deactivated|suspended|inactive|locked|blocked by (?:the )?administrator|frozen|expired|closed|terminated|not active|on hold)', 0): (32, 3710, 447, 0, {}, (None,)),
    ('(?:address(?:\\(es\\))?|addresses)\\s+failed:[ \\t]*$', 10): (42, 4157, 108, 0, {}, (None,)),
    ('(?:address(?:\\(es\\)|es)?\\s+(?:failed|could not be delivered|have failed)\\s*:|has not yet been delivered (?:is|are)\\s*:|that were\\s+incorrectly constructed\\s*:|router encountered the following error\\(s\\)\\s*:|following (?:recipients?|address(?:\\(es\\)|es)?) (?:failed|could not be delivered)[^\\n:]*:)[ \\t]*$', 10): (42, 4265, 749, 0, {}, (None,)),
    ('(?:after|in reply to|response to|>>>|\\[) ?(?:the )?(?P<cmd>rcpt[ _]to|mail[ _]from|end of data|data|helo|ehlo|initial connection|connection|greeting|banner|starttls|auth)', 0): (32, 5014, 353, 1, {'cmd': 1}, (None, 'cmd')),
    ('(?:after|in reply to|response to|>>>|\\[) ?(?:the )?(?P<cmd>rcpt[ _]to|mail[ _]from|end of data|data|helo|ehlo|initial connection|connection|greeting|banner|starttls|auth)', 2): (34, 5367, 403, 1, {'cmd': 1}, (None, 'cmd')),
    ('(?:attachment|file type|extension)(?: type)? (?:is )?(?:not allowed|not permitted|prohibited|blocked|forbidden)', 0): (32, 5770, 224, 0, {}, (None,)),
    ('(?:bad|invalid) address syntax', 0): (32, 5994, 69, 0, {}, (None,)),
    ('(?:banned|forbidden|prohibited|blacklisted|blocked) (?:words?|phrases?|keywords?)', 0): (32, 6063, 187, 0, {}, (None,)),
    ('(?:blocked by|listed on) (?:a )?(?:rbl|reputation)|ip (?:address )?blocked', 2): (34, 6250, 174, 0, {}, (None,)),
    ("(?:cannot|can['’]t|may not) send (?:e-?mail|mail|messages?) to yourself", 0): (32, 6424, 156, 0, {}, (None,)),
    ("(?:cannot|could not|couldn['’]t|unable to|failed to) load (?:the |our )?(?:tls |ssl )?certificate", 0): (32, 6580, 212, 0, {}, (None,)),
    ('(?:character|charset) (?:set )?(?:not supported|unsupported|error)', 0): (32, 6792, 132, 0, {}, (None,)),
    ('(?:command|program|pipe|procmail|maildrop|mailer|local delivery agent|delivery agent|deliver(?:y)? program) (?:died|failed|crashed|returned|exited|output|error)', 0): (32, 6924, 339, 0, {}, (None,)),
    ('(?:connection|session) (?:was )?(?:lost|dropped|closed|terminated|interrupted)', 0): (32, 7263, 161, 0, {}, (None,)),
    ('(?:contains?|containing|with) (?:an? )?executable (?:attachment|file|content)s?', 0): (32, 7424, 171, 0, {}, (None,)),
    ('(?:could not be delivered|Cannot send message) for \\d+ (?:days?|hours?)', 2): (34, 7595, 184, 0, {}, (None,)),
    ("(?:could not|couldn['’]t|cannot|can['’]t|was not|wasn['’]t|has not been|not) (?:be )?delivered|(?:could not|couldn['’]t|cannot) be reached|undeliverable|delivery (?:has |to [^.\\n]{0,80}?)?failed|delivery failure|unable to deliver|(?:permanent|fatal) (?:fatal )?errors?|returned to sender|non-?delivery|delivery to the following|(?:nicht|konnte nicht) zugestellt|unzustellbar|nicht zustellbar|n['’]a pas pu être (?:distribué|remis|livré|délivré)|non distribué|impossible de (?:remettre|distribuer)|no se pudo entregar|no (?:ha sido|fue|pudo ser) entregado|não (?:foi|pôde ser) entregue|não foi possível entregar|non è stato (?:possibile )?recapitat|impossibile recapitare|non (?:può essere|è stato) consegnat|kon niet worden (?:afgeleverd|bezorgd)|onbestelbaar|nie (?:można|mogła|została|może zostać) (?:było )?dostarczon|не (?:может быть |удалось |было )?доставлен|配信できませんでした|届きませんでした|送信できませんでした|未能(?:成功)?投递|无法投递|無法傳遞|退信", 2): (34, 7779, 2257, 0, {}, (None,)),
    ("(?:couldn['’]t|could not) find a mail exchanger or ip address", 0): (32, 10036, 127, 0, {}, (None,)),
    ('(?:could|was) not (?:be )?delivered (?:within|for|after) \\d', 0): (32, 10163, 122, 0, {}, (None,)),
    ('(?:destination domains|recipients|domain policy size) per transaction', 0): (32, 10285, 148, 0, {}, (None,)),
    ('(?:destination|recipient) (?:domain|host) (?:is )?(?:invalid|unknown|not found)', 0): (32, 10433, 159, 0, {}, (None,)),
    ('(?:disabled|suspended|inactive|deactivated|expired|locked|closed) (?:e-?mail )?(?:account|mailbox|user|recipient)', 0): (32, 10592, 243, 0, {}, (None,)),
    ('(?:dmarc|spf) (?:policy rejection|sender invalid|check failed)|submitter failed spf', 2): (34, 10835, 230, 0, {}, (None,)),
    ('(?:dns|mx) records?[^.]{0,40}? in a loop', 0): (32, 11065, 77, 0, {}, (None,)),
    ('(?:dns|name server|nameserver) (?:lookup |query )?(?:timed out|timeout)', 0): (32, 11142, 143, 0, {}, (None,)),
    ('(?:dns|name server|nameserver|domain name) (?:lookup |resolution |query )?(?:error|failure|failed|timed out|timeout|problem|servfail)', 0): (32, 11285, 282, 0, {}, (None,)),
    ("(?:does not|doesn['’]t) advertise auth", 0): (32, 11567, 81, 0, {}, (None,)),
    ("(?:does not|doesn['’]t) have an? (?:\\S+ )?(?:account|mailbox)", 0): (32, 11648, 127, 0, {}, (None,)),
    ("(?:domain|host) isn['’]t in my list of allowed rcpthosts", 0): (32, 11775, 120, 0, {}, (None,)),
    ('(?:domain|host|server) does not accept (?:any )?mail', 0): (32, 11895, 114, 0, {}, (None,)),
    ("(?:domäne|domaine|dominio|domínio|domena|домен|ドメイン|域名)[^.,;]{0,20}?(?:existiert nicht|no existe|не существует|n'existe pas|não existe|nie istnieje|inexistant|inexistente|存在しません|不存在)", 0): (32, 12009, 479, 0, {}, (None,)),
    ('(?:due to|because of) (?:unexpected volume or )?(?:user|spam|recipient) complaints', 0): (32, 12488, 167, 0, {}, (None,)),
    ('(?:e-?mail )?sending (?:is )?denied', 0): (32, 12655, 69, 0, {}, (None,)),
    ('(?:empfänger|benutzer|adresse|postfach|mailbox)(?:adresse)? (?:ist )?(?:unbekannt|existiert nicht|nicht vorhanden|nicht gefunden)', 0): (32, 12724, 265, 0, {}, (None,)),
    ('(?:excessive|unexpected|high|unusual) (?:message )?volume', 0): (32, 12989, 125, 0, {}, (None,)),
    ('(?:fail|not pass|reject|violat)[^.]{0,40}?\\bspf\\b', 0): (32, 13114, 95, 0, {}, (None,)),
    ('(?:for more information|for (?:more )?details|to learn more|more information)(?: about [^,.]{0,60})?,?[ :]*(?:please )?(?:go to|see|visit|refer to|check|read|review|contact|at)[^.]*(?:\\.(?=\\S)[^.]*)*\\.?|to (?:best )?(?:protect our users|reduce the amount of spam)[^,.]{0,60},?|please (?:visit|see|refer to|go to|check) +https?://\\S+(?: +(?:for|to) (?:more )?(?:information|details|learn more)[^.]*)?', 0): (32, 13209, 767, 0, {}, (None,)),
    ('(?:gebruiker|ontvanger|adres|mailbox|e-?mailadres)[^.]{0,30}? (?:bestaat niet|is onbekend|niet gevonden)', 0): (32, 13976, 212, 0, {}, (None,)),
    ('(?:has been |have been )?marked as inactive', 0): (32, 14188, 89, 0, {}, (None,)),
    ('(?:having )?no (?:from|message-id|date):? header', 0): (32, 14277, 99, 0, {}, (None,)),
    ('(?:header|message-id|from:|date:) (?:field )?(?:is )?(?:missing|malformed|invalid|too long)', 0): (32, 14376, 188, 0, {}, (None,)),
    ('(?:host )?network not allowed', 0): (32, 14564, 59, 0, {}, (None,)),
    ('(?:identified|detected|flagged|marked|rejected) as (?:spam|bulk|junk|unsolicited)', 0): (32, 14623, 179, 0, {}, (None,)),
    ('(?:illegal|prohibited|forbidden|banned|blocked|unacceptable|dangerous|disallowed) (?:attachment|file type|file extension|file name)s?', 0): (32, 14802, 289, 0, {}, (None,)),
    ('(?:internal|local|system|server|mail ?system|processing|configuration|unexpected|database|general) (?:server )?(?:error|failure|problem)', 0): (32, 15091, 291, 0, {}, (None,)),
    ('(?:invalid|bad|illegal) (?:command|argument|parameter|syntax)', 0): (32, 15382, 132, 0, {}, (None,)),
    ('(?:invalid|bad|non-?existent|nonexisting|unknown|inexistent) (?:user|recipient|mailbox|address|account|e-?mail address|rcpt)', 0): (32, 15514, 275, 0, {}, (None,)),
    ('(?:invalid|bad|rejected|unverifiable) return-path', 0): (32, 15789, 114, 0, {}, (None,)),
    ('(?:invalid|bad|unknown|unverified|unroutable|unrouteable|illegal|forged|rejected) (?:sender|from|mail from|envelope sender|return path|reverse path)(?: address| domain)?', 0): (32, 15903, 360, 0, {}, (None,)),
    ('(?:ip|address) (?:name )?lookup failed', 0): (32, 16263, 80, 0, {}, (None,)),
    ('(?:ip|connection|domain) frequency limited', 0): (32, 16343, 95, 0, {}, (None,)),
    ('(?:ip|connection|domain) frequency limited', 2): (34, 16438, 114, 0, {}, (None,)),
    ('(?:ip|host) (?:is )?not (?:permitted|allowed|authorized) to send', 0): (32, 16552, 130, 0, {}, (None,)),
    ("(?:isn['’]t|is not|not) aligned with", 0): (32, 16682, 81, 0, {}, (None,)),
    ("(?:isp|provider)(?:'s)? (?:smtp|mail) server", 0): (32, 16763, 90, 0, {}, (None,)),
    ('(?:is|as) an open relay', 0): (32, 16853, 55, 0, {}, (None,)),
    ('(?:ldap|directory) (?:server|lookup|service) (?:error|failure|failed|unavailable)', 0): (32, 16908, 170, 0, {}, (None,)),
    ('(?:limit for|limit on) the number of messages', 0): (32, 17078, 96, 0, {}, (None,)),
    ('(?:mail ?box|inbox|folder|recipient|user) (?:has )?(?:too many messages|exceeded the maximum number of messages)', 0): (32, 17174, 237, 0, {}, (None,)),
    ('(?:mail |message )?content denied', 0): (32, 17411, 71, 0, {}, (None,)),
    ('(?:mailbox|address|user|recipient) has moved', 0): (32, 17482, 104, 0, {}, (None,)),
    ('(?:mailbox|postvak|brievenbus|postbus)[^.]{0,30}? (?:is )?(?:vol|overvol)\\b', 0): (32, 17586, 142, 0, {}, (None,)),
    ('(?:mail|message) (?:is )?(?:refused|rejected) by (?:the )?(?:user|recipient)', 0): (32, 17728, 140, 0, {}, (None,)),
    ('(?:maximum|max) number of messages (?:in|for) (?:the |this )?(?:mail ?box|inbox|folder)', 0): (32, 17868, 177, 0, {}, (None,)),
    ('(?:meet|pass) the required (?:sender )?authentication (?:level|requirements?)', 0): (32, 18045, 159, 0, {}, (None,)),
    ('(?:message )?content rejected', 0): (32, 18204, 59, 0, {}, (None,)),
    ('(?:message|e-?mail|mail) (?:is|looks|appears) suspicious', 0): (32, 18263, 124, 0, {}, (None,)),
    ('(?:message|mail) (?:has )?expired', 0): (32, 18387, 67, 0, {}, (None,)),
    ('(?:message|mail) size (?:exceeds|exceeded|too (?:big|large))', 0): (32, 18454, 123, 0, {}, (None,)),
    ('(?:message|mail|email|e-mail) (?:is |was )?(?:too (?:big|large|long)|exceeds|exceeded|size exceeds|size limit|length exceeds)', 0): (32, 18577, 263, 0, {}, (None,)),
    ('(?:mime|message|mail) (?:content )?(?:is )?(?:malformed|corrupt|broken|invalid)', 0): (32, 18840, 153, 0, {}, (None,)),
    ('(?:mx records?|mail exchangers?) points? to non-?existent hosts?', 0): (32, 18993, 149, 0, {}, (None,)),
    ('(?:mx|domain) lookup failed', 0): (32, 19142, 63, 0, {}, (None,)),
    ("(?:not (?:permitted|allowed|authorized) to|unable to|cannot|can['’]t|will not|we do not) relay", 0): (32, 19205, 204, 0, {}, (None,)),
    ('(?:not authorized|not allowed|no permission|not permitted) to send to (?:the |this )?(?:distribution list|group|recipient|list|mailbox)', 0): (32, 19409, 268, 0, {}, (None,)),
    ('(?:not enough|no|insufficient) (?:disk )?space (?:on|in|available)', 0): (32, 19677, 136, 0, {}, (None,)),
    ("(?:not|wasn['’]t|weren['’]t|isn['’]t) (?:sent )?(?:over|using|via) (?:a )?tls(?: connection)?", 0): (32, 19813, 183, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_(?:10[0-37-9]|401|510|999)\\b', 0): (32, 19996, 99, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_(?:10[0-37-9]|401|510|999)\\b', 2): (34, 20095, 94, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_(?:305|402)\\b', 0): (32, 20189, 74, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_(?:305|402)\\b', 2): (34, 20263, 69, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_(?:40[35]|415|421)\\b', 0): (32, 20332, 84, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_(?:40[35]|415|421)\\b', 2): (34, 20416, 79, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_10[4-6]\\b', 0): (32, 20495, 64, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_10[4-6]\\b', 2): (34, 20559, 59, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_417\\b', 0): (32, 20618, 60, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_417\\b', 2): (34, 20678, 55, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_41[68]\\b', 0): (32, 20733, 65, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_41[68]\\b', 2): (34, 20798, 60, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_42[06]\\b', 0): (32, 20858, 65, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_42[06]\\b', 2): (34, 20923, 60, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_505\\b', 0): (32, 20983, 60, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_505\\b', 2): (34, 21043, 55, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_506\\b', 0): (32, 21098, 60, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_506\\b', 2): (34, 21158, 55, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_514\\b', 0): (32, 21213, 60, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_514\\b', 2): (34, 21273, 55, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_630\\b', 0): (32, 21328, 60, 0, {}, (None,)),
    ('(?:ofr|lpn|ouk)\\d*_630\\b', 2): (34, 21388, 55, 0, {}, (None,)),
    ('(?:organization|tenant) queue quota', 0): (32, 21443, 79, 0, {}, (None,)),
    ('(?:out of|insufficient|not enough|no) (?:mailbox |disk |storage )?(?:space|storage)(?: left)? (?:for|on|in) (?:the |this )?(?:user|recipient|mailbox|account)', 0): (32, 21522, 315, 0, {}, (None,)),
    ("(?:per (?:it['’]?s|the)|by|due to|according to) spf", 0): (32, 21837, 118, 0, {}, (None,)),
    ('(?:please )?use smtp auth\\b', 0): (32, 21955, 53, 0, {}, (None,)),
    ('(?:procmail|maildrop|dovecot-lda|spamc): ', 0): (32, 22008, 98, 0, {}, (None,)),
    ('(?:rbl|dnsbl|dnsrbl) ', 0): (32, 22106, 52, 0, {}, (None,)),
    ('(?:rcpt|mail|helo|ehlo) first\\b', 0): (32, 22158, 76, 0, {}, (None,)),
    ('(?:recipient|address) (?:is )?(?:on|in) (?:the |a )?(?:global )?(?:block|suppression|bounce) ?list', 0): (32, 22234, 196, 0, {}, (None,)),
    ("(?:recipient|recipient's|destination) (?:account|mailbox) (?:is |has been )?(?:blocked|locked|archived)", 0): (32, 22430, 214, 0, {}, (None,)),
    ('(?:recipient|user|address|mailbox) (?:is )?not (?:in|found in|listed in) (?:the |our )?(?:directory|ldap|address book)', 0): (32, 22644, 246, 0, {}, (None,)),
    ('(?:refused|rejected|blocked|denied) by (?:the |our |an? )?(?:content|anti-?spam|spam) ?filter', 0): (32, 22890, 212, 0, {}, (None,)),
    ("(?:rejected|refused|blocked|denied|deleted) by (?:the )?(?:recipient|user)(?:'s)? (?:filter|settings|rules|preferences)", 0): (32, 23102, 243, 0, {}, (None,)),
    ('(?:relay|send)[^.]{0,40}? without (?:smtp )?authentication', 0): (32, 23345, 104, 0, {}, (None,)),
    ('(?:remote (?:server|host|mta) (?:replied|said|returned|responded)|(?:host|server) [^\\s:]{1,255} (?:said|replied)|(?:server|host) (?:replied|said|responded)|failed with|the error that the other server returned was|remote server returned|said|replied)\\s*[:\'\\"]\\s*|unknown address error[\\s:]+', 0): (32, 23449, 581, 0, {}, (None,)),
    ('(?:return|sender|mail ?from) (?:domain )?mx (?:does not exist|not found)', 0): (32, 24030, 151, 0, {}, (None,)),
    ('(?:sender|from) and (?:recipient|to) (?:addresses )?(?:are )?(?:the )?(?:same|identical)', 0): (32, 24181, 166, 0, {}, (None,)),
    ('(?:sender|mail ?from|envelope from|return-path)(?: address| domain)?[^.;]{0,40}? (?:is )?(?:blocked using|listed (?:in|at|on)|blacklisted|blocklisted)', 0): (32, 24347, 301, 0, {}, (None,)),
    ('(?:server|system|host) (?:is )?(?:too )?busy', 0): (32, 24648, 88, 0, {}, (None,)),
    ('(?:smtp )?auth(?:entication)? (?:is )?(?:required|needed)', 0): (32, 24736, 103, 0, {}, (None,)),
    ('(?:spam|junk)[ -]?(?:filter|detected|rejected|content)', 0): (32, 24839, 119, 0, {}, (None,)),
    ('(?:ssl|tls) (?:handshake|negotiation)', 0): (32, 24958, 80, 0, {}, (None,)),
    ('(?:ssl|tls) (?:handshake|negotiation) (?:failure|failed|error)', 0): (32, 25038, 129, 0, {}, (None,)),
    ('(?:starttls|tls) (?:was )?not offered', 0): (32, 25167, 77, 0, {}, (None,)),
    ('(?:system|server|disk|spool|filesystem|file system|queue)(?: is)? (?:full|out of (?:disk )?space|storage (?:full|exhausted))', 0): (32, 25244, 254, 0, {}, (None,)),
    ('(?:tls|ssl) certificate (?:error|problem|failure|(?:is )?(?:invalid|expired))', 0): (32, 25498, 155, 0, {}, (None,)),
    ('(?:unable|failed) to (?:process|store|write|open|connect to (?:the )?(?:database|backend|storage))', 0): (32, 25653, 200, 0, {}, (None,)),
    ('(?:unicode|non-ascii|8-?bit|invalid) character in (?:a |the )?(?:disallowed |message )?header', 0): (32, 25853, 207, 0, {}, (None,)),
    ('(?:user|recipient)s? who (?:marked|reported) your messages as spam', 0): (32, 26060, 142, 0, {}, (None,)),
    ('(?:user|recipient|address|mailbox|account|addressee)(?: name)? (?:is )?unknown', 0): (32, 26202, 164, 0, {}, (None,)),
    ('(?:user|recipient|mailbox|account|address|addressee)\\s+[\\"\'<«“][^\\"\'<>«»“”\\s]{1,64}[\\"\'>»”]\\s+(?:is\\s+|was\\s+)?(?:unknown|not known|not found|does not exist|doesn[\'’]t exist|not valid|invalid)', 0): (32, 26366, 636, 0, {}, (None,)),
    ('(?:user|recipient|mailbox|account|address|addressee|benutzer|empfänger|utilisateur|destinataire|usuario|destinatario|utente|usuário|destinatário|gebruiker|пользователь|получатель)(?: name)?\\s*[:=]?\\s*[\\"\'«“‘<\\[]([A-Za-z0-9][\\w.%+-]{0,63})[\\"\'»”’>\\]]', 2): (34, 27002, 886, 1, {}, (None, None)),
    ("(?:user|recipient|mailbox|address|account|addressee|e-?mail address)(?: name)? (?:does not|doesn['’]t|did not|didn['’]t|do not|not) exist", 0): (32, 27888, 291, 0, {}, (None,)),
    ('(?:user|recipient|mailbox|address|account|e-?mail(?: address)?)(?: is| was)? not (?:found|known|listed|recognized|valid)', 0): (32, 28179, 256, 0, {}, (None,)),
    ('(?:user|sender) not authorized', 0): (32, 28435, 69, 0, {}, (None,)),
    ('(?:usuario|destinatario|dirección|buzón|cuenta)(?: de correo)? (?:es )?(?:desconocid[oa]|no existe|inexistente|no encontrad[oa]|no válid[oa])', 0): (32, 28504, 283, 0, {}, (None,)),
    ('(?:usuário|utilizador|destinatário|endereço|conta)(?: de e-?mail)? (?:é )?(?:desconhecid[oa]|inexistente|não existe|não encontrad[oa])', 0): (32, 28787, 272, 0, {}, (None,)),
    ('(?:utente|destinatario|indirizzo|casella)(?: di posta)? (?:è )?(?:sconosciut[oa]|inesistente|non esiste|non trovat[oa])', 0): (32, 29059, 242, 0, {}, (None,)),
    ("(?:utilisateur|destinataire|adresse|boîte aux lettres|compte)(?: est)? (?:inconnu|inexistant|introuvable|n'existe pas)e?", 0): (32, 29301, 251, 0, {}, (None,)),
    ('(?:użytkownik|adres|odbiorca|skrzynka)(?: odbiorcy)? (?:nie istnieje|nieznany|nie został znaleziony)', 0): (32, 29552, 198, 0, {}, (None,)),
    ('(?:your )?ip (?:address )?(?:has been |was )?identified as (?:a )?spammer', 0): (32, 29750, 138, 0, {}, (None,)),
    ('(?:your|the) (?:sender|from|envelope) (?:address|domain) (?:is|was|has been) (?:rejected|refused|blocked|blacklisted|not allowed)', 0): (32, 29888, 264, 0, {}, (None,)),
    ('(?:користувач(?:а)?|адрес(?:а|и|ат)?|отримувач(?:а)?|скриньк(?:а|и))[^.]{0,30}(?:не існує|не знайдено|невідом)', 0): (32, 30152, 272, 0, {}, (None,)),
    ('(?:пользовател[ья]|адрес(?:ат)?|получател[ья]|ящик(?:а)?)[^.]{0,30}(?:не существует|не найден|неизвестен)', 0): (32, 30424, 265, 0, {}, (None,)),
    ('(?:ящик|аккаунт) (?:отключен|заблокирован)', 0): (32, 30689, 91, 0, {}, (None,)),
    ('(?:宛先|ユーザ|ユーザー|アドレス|メールアドレス|アカウント|受信者)(?:が|は)?(?:存在しません|存在しない|見つかりません|不明)', 0): (32, 30780, 250, 0, {}, (None,)),
    ('(?:帐户|账户|帳戶)(?:已)?(?:停用|冻结|被禁用)', 0): (32, 31030, 152, 0, {}, (None,)),
    ('(?:用户|帐户|账户|账号|帳號|收件人|邮箱|郵箱|信箱|地址)(?:名)?(?:不存在|未找到|无效|無效|不存在或)', 0): (32, 31182, 263, 0, {}, (None,)),
    ('(?:邮箱|信箱|郵箱)(?:空间)?(?:已满|满了|容量不足|已滿)', 0): (32, 31445, 163, 0, {}, (None,)),
    ('(?<![@\\w.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)+\\.? does not exist', 0): (32, 31608, 98, 0, {}, (None,)),
    ('(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d]|\\.\\d)', 0): (32, 31706, 85, 3, {}, (None, None, None, None)),
    ('(?<![\\w.#-])5\\d\\d(?=[ -])|(?<![\\d.])5\\.\\d{1,3}\\.\\d{1,3}', 0): (32, 31791, 88, 0, {}, (None,)),
    ('(?<![\\w.+!#$%&\'*/=?^`{|}~-])([\\w.+!#$%&\'*/=?^`{|}~-]++@[\\w-]++(?:\\.[\\w-]++)*+|"[^"\\r\\n]++"@[\\w-]++(?:\\.[\\w-]++)*+|[\\w.+=-]++@\\[[0-9.:a-fA-F]++\\])', 0): (32, 31879, 188, 1, {}, (None, None)),
    ('(?<![\\w.\\-/:#=+])([2-5][0-5]\\d)(?=[ \\-]|$)', 8): (40, 32067, 66, 1, {}, (None, None)),
    ('(?<![\\w.\\-\\[=:/<@])([2-5]\\d\\d)([ -])(?:([245]\\.\\d{1,3}\\.\\d{1,3})(?=\\s|$))?', 0): (32, 32133, 115, 3, {}, (None, None, None, None)),
    ('(?<!connection )rate limit', 0): (32, 32248, 52, 0, {}, (None,)),
    ('(?P<why>user mailbox[^:]*|delivery failed[^:]*|unknown user[^:]*|delivery userid[^:]*):\\s*<?(?P<addr>[^\\s<>]+@[^\\s<>]+?)>?\\s*$|undeliverable +to +<?(?P<addr2>[^\\s<>]+@[^\\s<>]+?)>?\\s*$', 2): (34, 32300, 393, 3, {'why': 1, 'addr': 2, 'addr2': 3}, (None, 'why', 'addr', 'addr2')),
    ('(?s).', 0): (48, 32693, 7, 0, {}, (None,)),
    ('(Unable to deliver message to <([^<>\\s]+@[^<>\\s]+)>.*)$', 2): (34, 32700, 131, 2, {}, (None, None, None)),
    ('([A-Za-z0-9][\\w.-]*\\.[A-Za-z]{2,}):\\[[0-9a-fA-F.:]+\\]', 0): (32, 32831, 84, 1, {}, (None, None)),
    ('-+ ?Original message follows|-+ ?Below this line', 2): (34, 32915, 160, 0, {}, (None,)),
    ('-eximdsn-', 0): (32, 33075, 44, 0, {}, (None,)),
    ('-{2,} ?Delivery report unavailable ?-{2,}', 2): (34, 33119, 98, 0, {}, (None,)),
    ('.', 2): (34, 33217, 7, 0, {}, (None,)),
    ('5\\.6\\.211|invalid (?:header|message)', 0): (32, 33224, 83, 0, {}, (None,)),
    ('5\\.6\\.211|invalid (?:header|message)', 2): (34, 33307, 98, 0, {}, (None,)),
    ('8-bit character in header', 0): (32, 33405, 108, 0, {}, (None,)),
    (':\\s+(?=\\S)', 0): (32, 33513, 31, 0, {}, (None,)),
    (';\\s*([\\w.\\-*]+)\\s*=\\s*("[^"\\\\]*(?:\\\\.[^"\\\\]*)*"?|[^;\\s]*)', 0): (32, 33544, 131, 2, {}, (None, None, None)),
    ('<([2-5]\\d\\d)[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b[^<>]*>\\s*$', 0): (32, 33675, 104, 2, {}, (None, None, None)),
    ('<([A-Za-z0-9][\\w.%+-]{0,63})>', 0): (32, 33779, 49, 1, {}, (None, None)),
    ('<([A-Za-z0-9][\\w.-]*)\\s+#([245]\\.\\d{1,3}\\.\\d{1,3})', 0): (32, 33828, 89, 2, {}, (None, None, None)),
    ('<([^<>\\s@]+@[^<>\\s]+)>', 0): (32, 33917, 55, 1, {}, (None, None)),
    ('<([^<>\\s]+@[^<>\\s]+)>:\\s*host\\s[^<>]*?\\(in\\s+reply\\s+to\\s+([^)]*?)(?:\\s+command)?\\)', 2): (34, 33972, 190, 2, {}, (None, None, None)),
    ('<?(?P<addr>[^\\s<>()\\"\',;]+@[\\w.-]+\\w)>?', 2): (34, 34162, 64, 1, {'addr': 1}, (None, 'addr')),
    ('<[^<>\\s@]*@[^<>\\s]*>|(?<![^\\s<>()\\[\\]\'\\";,@])[^\\s<>()\\[\\]\'\\";,@]++@[\\w-]+(?:[.@][\\w-]+)*', 0): (32, 34226, 132, 0, {}, (None,)),
    ('<br\\s*+/?>|</(?:p|div|tr|li|h\\d)>|<[^<>]*+>', 2): (34, 34358, 115, 0, {}, (None,)),
    ('=\\?([^?\\s]{1,75})\\?([bBqQ])\\?([^?\\s]*)\\?=', 0): (32, 34473, 74, 3, {}, (None, None, None, None)),
    ('=_courier_', 0): (32, 34547, 48, 0, {}, (None,)),
    ('>: user unknown|recipient address rejected', 0): (32, 34595, 101, 0, {}, (None,)),
    ('>: user unknown|recipient address rejected', 2): (34, 34696, 121, 0, {}, (None,)),
    ('@(?:[\\w-]+\\.)*(?:vtext\\.com|vzwpix\\.com|vzw\\.com|vzwmail\\.net)$', 2): (34, 34817, 125, 0, {}, (None,)),
    ('@(?:[\\w-]+\\.)*amazonses\\.com\\b', 2): (34, 34942, 69, 0, {}, (None,)),
    ('@(?:[\\w-]+\\.)*bigfoot\\.com$', 2): (34, 35011, 60, 0, {}, (None,)),
    ('@(?:[\\w-]+\\.)*messagelabs\\.com\\b', 2): (34, 35071, 78, 0, {}, (None,)),
    ('@(?:[\\w-]+\\.)*mxlogic\\.net\\b', 2): (34, 35149, 60, 0, {}, (None,)),
    ('@sns\\.amazonaws\\.com\\b', 2): (34, 35209, 63, 0, {}, (None,)),
    ('Active!Hunter', 0): (32, 35272, 60, 0, {}, (None,)),
    ('Connected to (\\S+?) but|^(\\S+?) (?:does not like recipient|failed on DATA command|failed after I sent)|remote host (\\S+?) said:|Giving up on (\\S+?)\\.?$', 10): (42, 35332, 389, 4, {}, (None, None, None, None, None)),
    ('Could not be delivered because of', 0): (32, 35721, 140, 0, {}, (None,)),
    ('Could not be delivered to:', 0): (32, 35861, 112, 0, {}, (None,)),
    ('Delivery failed for the following reason:', 0): (32, 35973, 172, 0, {}, (None,)),
    ('Delivery to the following recipients? failed\\b', 2): (34, 36145, 129, 0, {}, (None,)),
    ('Delivery to the following recipients? has been delayed', 2): (34, 36274, 147, 0, {}, (None,)),
    ('Each of the following recipients was rejected by a remote\\s+mail server\\.?', 2): (34, 36421, 194, 0, {}, (None,)),
    ('Error Detail|original message', 2): (34, 36615, 95, 0, {}, (None,)),
    ('InterScan', 0): (32, 36710, 44, 0, {}, (None,)),
    ('InterScan_NT_MIME_Boundary', 0): (32, 36754, 112, 0, {}, (None,)),
    ('Internet Mail (?:Service|Connector)|Exchange Server Internet Mail', 2): (34, 36866, 175, 0, {}, (None,)),
    ('Internet Mail (?:Service|Connector)|Microsoft Exchange|Exchange Server', 2): (34, 37041, 186, 0, {}, (None,)),
    ('Mail Delivery System\\s*<\\s*mailer-daemon@', 2): (34, 37227, 121, 0, {}, (None,)),
    ('Message not delivered to the following:', 2): (34, 37348, 104, 0, {}, (None,)),
    ('Modified by McAfee', 2): (34, 37452, 52, 0, {}, (None,)),
    ('NOT MEMBER article from|\\bare not (?:a )?member\\b|reject mail (?:.+:|from)|Spam mail from a spammer is rejected', 2): (34, 37504, 262, 0, {}, (None,)),
    ('Please reply to|original message', 2): (34, 37766, 101, 0, {}, (None,)),
    ('Possibly truncated original message follows|^\\s*$', 2): (34, 37867, 154, 0, {}, (None,)),
    ('Produced By Microsoft Exchange', 2): (34, 38021, 76, 0, {}, (None,)),
    ('SMTP Server <([^<>\\s]+)>', 2): (34, 38097, 63, 1, {}, (None, None)),
    ('SMTP error from remote (?:mail )?server (?:after|for|in reply to) (.+?)(?: command)?(?::\\s|,\\s|:$)', 2): (34, 38160, 212, 1, {}, (None, None)),
    ('SMTP error from remote (?:mail )?server (?:after|for|in reply to) ([^:]+)', 2): (34, 38372, 163, 1, {}, (None, None)),
    ('Security Alert', 2): (34, 38535, 44, 0, {}, (None,)),
    ("Sorry, I couldn't find a mail exchanger or IP address", 2): (34, 38579, 147, 0, {}, (None,)),
    ('System Administrator|Systemadministrator|Administrateur syst[eè]me|postmaster', 2): (34, 38726, 252, 0, {}, (None,)),
    ('THIS IS A WARNING ONLY|Your message could not be delivered for more than', 2): (34, 38978, 196, 0, {}, (None,)),
    ('The error that the other server returned was:\\s*(.+)', 18): (50, 39174, 126, 1, {}, (None, None)),
    ('The following address(?:es)? (?:was|were|had) (?:undeliverable|permanent (?:fatal )?errors)', 2): (34, 39300, 210, 0, {}, (None,)),
    ('The following address(?:es)? had transient non-fatal errors', 2): (34, 39510, 154, 0, {}, (None,)),
    ('The following recipients? could not be reached', 2): (34, 39664, 121, 0, {}, (None,)),
    ('The message that you sent was undeliverable to the following:', 2): (34, 39785, 158, 0, {}, (None,)),
    ('The recipient server did not accept our requests to connect', 2): (34, 39943, 154, 0, {}, (None,)),
    ('The user\\(s\\) account is (?:disabled|temporarily limited)\\.?', 2): (34, 40097, 166, 0, {}, (None,)),
    ('The user\\(s\\) account is temporarily over quota\\.?', 2): (34, 40263, 128, 0, {}, (None,)),
    ('The\\ following\\ addresses\\ had\\ ', 0): (32, 40391, 120, 0, {}, (None,)),
    ('There was a problem delivering your message to \\S+\\s+See the technical details below', 2): (34, 40511, 227, 0, {}, (None,)),
    ('This Message was undeliverable due to the following reason:', 2): (34, 40738, 164, 0, {}, (None,)),
    ('This is a warning message only|Message delay notification', 2): (34, 40902, 186, 0, {}, (None,)),
    ('This is the mail delivery agent at (?:messagelabs\\.com|Symantec Email Security\\.cloud)', 2): (34, 41088, 237, 0, {}, (None,)),
    ('Unable to deliver (?:your )?message to the following (?:recipients?|address(?:es)?)', 2): (34, 41325, 213, 0, {}, (None,)),
    ('Unable to deliver message to the following address', 2): (34, 41538, 136, 0, {}, (None,)),
    ('Your message cannot be delivered to the following recipients?', 2): (34, 41674, 166, 0, {}, (None,)),
    ('Your message has been delayed and is still awaiting delivery to the following recipients?', 2): (34, 41840, 257, 0, {}, (None,)),
    ('Your message has encountered delivery problems to the following recipients?', 2): (34, 42097, 204, 0, {}, (None,)),
    ('Your message to the following recipients? cannot be delivered', 2): (34, 42301, 166, 0, {}, (None,)),
    ("Your message to\\s+<?([^\\s<>]+@[^\\s<>]+?)>?\\s+couldn['’]t be delivered", 2): (34, 42467, 168, 1, {}, (None, None)),
    ('Your message was not delivered within [^\\n]*(?:\\n(?!\\n)[^\\n]*)?', 2): (34, 42635, 139, 0, {}, (None,)),
    ('Your\\ message\\ could\\ not\\ be\\ sent\\.', 0): (32, 42774, 132, 0, {}, (None,)),
    ('[!#-;=?A-~]{1,64}@[A-Za-z0-9-][A-Za-z0-9.-]{0,252}[A-Za-z0-9]', 0): (32, 42906, 66, 0, {}, (None,)),
    ('["\'](\\d\\.\\d{1,3}\\.\\d{1,3}\\b[^"\']*)["\']', 0): (32, 42972, 73, 1, {}, (None, None)),
    ("['/;\\#\\&bcdfghjklmpquvwxyz](?<=(?=(...)).)", 16): (48, 43045, 44, 1, {}, (None, None)),
    ("['/;\\#\\&bcdfghjklmpquvwxyzáãäèéîóüąłśžабвгдезиклмнопрстучшщыьяєіいかしすなるアィイウエカクサシスッテデドボムメユルレー一不内务发可名器在圾垃域存容帖張当惑投无時服未查此無留的稿空系組组统群能被言該貼迷送部量间](?<=(?=(...)).)", 16): (48, 43089, 750, 1, {}, (None, None)),
    ("['«“„「]\\s*(.+)\\s*['»”“」]", 0): (32, 43839, 337, 1, {}, (None, None)),
    ("['‘’]?send mail as['‘’]? (?:feature|account)", 0): (32, 44176, 94, 0, {}, (None,)),
    ('[245](?<=[\\s\'\\"(>:-][245])\\d\\d[ -][\'\\"]?(?:#?[245]\\.\\d{1,3}\\.\\d{1,3}\\b)?', 0): (32, 44270, 121, 0, {}, (None,)),
    ("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\\Z", 0): (32, 44391, 49, 0, {}, (None,)),
    ('[A-Za-z]{3}', 0): (32, 44440, 20, 0, {}, (None,)),
    ('[\\w.\\-*]+=', 0): (32, 44460, 23, 0, {}, (None,)),
    ('[^\\s<>"\'.,;:()\\[\\]@][^\\s@:]*@[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*', 0): (32, 44483, 92, 0, {}, (None,)),
    ('\\((?:Error following )?([A-Z]+(?: TO| FROM)?)(?: command)?\\)', 0): (32, 44575, 114, 1, {}, (None, None)),
    ('\\(([0-9A-F]{8})\\)', 0): (32, 44689, 32, 1, {}, (None, None)),
    ('\\(MAILFOUNDRY\\)', 2): (34, 44721, 41, 0, {}, (None,)),
    ('\\(Spam Firewall\\)', 0): (32, 44762, 68, 0, {}, (None,)),
    ('\\(in reply to (.+?) command\\)', 2): (34, 44830, 69, 1, {}, (None, None)),
    ('\\(in reply to (.+?) command\\)', 18): (50, 44899, 69, 1, {}, (None, None)),
    ('\\(in reply to (?P<cmd>RCPT TO|MAIL FROM|end of DATA|DATA|BDAT|EHLO|HELO|LHLO|STARTTLS|XFORWARD|XCLIENT)\\s+command\\)', 2): (34, 44968, 266, 1, {'cmd': 1}, (None, 'cmd')),
    ('\\(state (\\d+)\\)', 2): (34, 45234, 45, 1, {}, (None, None)),
    ('\\-\\-\\-\\-\\-\\ Transcript\\ of\\ session\\ follows\\ \\-\\-\\-\\-\\-', 0): (32, 45279, 172, 0, {}, (None,)),
    ('\\.(?:prod\\.outlook\\.com|prod\\.exchangelabs\\.com|protection\\.outlook\\.com)\\b', 2): (34, 45451, 141, 0, {}, (None,)),
    ('\\.(\\d+)', 0): (32, 45592, 26, 1, {}, (None, None)),
    ('\\A(?:Mail\\ could\\ not\\ be\\ delivered|メッセージを配信できません。|メール配信に失敗しました)\\Z', 0): (32, 45618, 127, 0, {}, (None,)),
    ('\\A(?:mailer-daemon|double-bounce)(?:@|\\Z)', 0): (32, 45745, 80, 0, {}, (None,)),
    ('\\A(?:mailer-daemon|postmaster)(?:@|\\Z)', 0): (32, 45825, 74, 0, {}, (None,)),
    ('\\ADelivery Notification: ', 0): (32, 45899, 54, 0, {}, (None,)),
    ('\\ADelivery Status Notification', 0): (32, 45953, 64, 0, {}, (None,)),
    ('\\ADelivery Status\\Z', 0): (32, 46017, 40, 0, {}, (None,)),
    ('\\AMail delivery failed', 0): (32, 46057, 48, 0, {}, (None,)),
    ('\\AMail\\ System\\ Error\\ \\-\\ Returned\\ Mail\\Z', 0): (32, 46105, 76, 0, {}, (None,)),
    ('\\AMessage\\ delivery\\ has\\ failed\\Z', 0): (32, 46181, 64, 0, {}, (None,)),
    ('\\ASurfControl\\ E\\-mail\\ Filter', 0): (32, 46245, 58, 0, {}, (None,)),
    ('\\A\\s*[a-z]{2,3}(?:-[A-Za-z]{2,4})?\\s*\\Z', 0): (32, 46303, 62, 0, {}, (None,)),
    ('\\A\\s*fml\\b', 2): (34, 46365, 26, 0, {}, (None,)),
    ('\\A\\s*from MailMarshal\\b', 2): (34, 46391, 62, 0, {}, (None,)),
    ('\\A\\s*m-filter\\s*\\Z', 2): (34, 46453, 51, 0, {}, (None,)),
    ('\\A\\s*true\\s*\\Z', 2): (34, 46504, 38, 0, {}, (None,)),
    ('\\Aamazon workmail', 2): (34, 46542, 43, 0, {}, (None,)),
    ('\\Amail delivery failed', 2): (34, 46585, 63, 0, {}, (None,)),
    ('\\Amailer-daemon@', 0): (32, 46648, 36, 0, {}, (None,)),
    ('\\Amailer-daemon@(?:googlemail|gmail)\\.com\\Z', 0): (32, 46684, 82, 0, {}, (None,)),
    ('\\Apostmaster@', 0): (32, 46766, 30, 0, {}, (None,)),
    ('\\Areturned mail:', 2): (34, 46796, 41, 0, {}, (None,)),
    ('\\Aundeliverable mail\\Z', 2): (34, 46837, 56, 0, {}, (None,)),
    ('\\Aundeliverable message', 2): (34, 46893, 65, 0, {}, (None,)),
    ('\\Ax-ms-exchange', 2): (34, 46958, 39, 0, {}, (None,)),
    ('\\[((?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f:]+:[0-9A-Fa-f:]*)\\]', 0): (32, 46997, 89, 1, {}, (None, None)),
    ('\\[([^\\[\\]]*)\\][ \\t]*$', 0): (32, 47086, 45, 1, {}, (None, None)),
    ('\\[\\s*(RCPT_TO|MAIL_FROM|DATA|DATA_CONTENT|EHLO|HELO|CONNECT|CONN)\\s*\\]\\s*$', 2): (34, 47131, 183, 1, {}, (None, None)),
    ('\\[ts03\\]|\\[tss09\\]|\\btss?0[39]\\b|permanently deferred', 0): (32, 47314, 110, 0, {}, (None,)),
    ('\\[ts03\\]|\\[tss09\\]|\\btss?0[39]\\b|permanently deferred', 2): (34, 47424, 135, 0, {}, (None,)),
    ('\\[tss04\\]|\\[ts0[12]\\]|\\btss?0[124]\\b|temporarily deferred due to unexpected volume|messages from [0-9.]+ temporarily deferred', 0): (32, 47559, 251, 0, {}, (None,)),
    ('\\[tss04\\]|\\[ts0[12]\\]|\\btss?0[124]\\b|temporarily deferred due to unexpected volume|messages from [0-9.]+ temporarily deferred', 2): (34, 47810, 301, 0, {}, (None,)),
    ('\\\\?"(?:notificationType|eventType)\\\\?"\\s*:\\s*\\\\?"', 2): (34, 48111, 128, 0, {}, (None,)),
    ('\\b((?:RCP|INT|MSG|POL|DNS|CON)-[PT]\\d)\\b', 0): (32, 48239, 84, 1, {}, (None, None)),
    ('\\b(?:CONN|connect(?:ion)?|greeting|banner)\\b', 2): (34, 48323, 95, 0, {}, (None,)),
    ('\\b(?:[\\w-]+\\.)*mimecast(?:-offshore)?\\.(?:com|co\\.za|net)\\b', 2): (34, 48418, 118, 0, {}, (None,)),
    ('\\b(?:cs01|hm07|hm08)\\b', 0): (32, 48536, 45, 0, {}, (None,)),
    ('\\b(?:cs01|hm07|hm08)\\b', 2): (34, 48581, 50, 0, {}, (None,)),
    ('\\b(?:end\\s+of\\s+data|DATA|BDAT)\\b|\\bTEXT\\b(?=\\s+command\\b|\\s*$)', 2): (34, 48631, 143, 0, {}, (None,)),
    ('\\b(?:host|connect to|lost connection with|conversation with|delivery via)\\s+([A-Za-z0-9][\\w.-]*)\\[[^\\]\\s]*\\]', 2): (34, 48774, 333, 1, {}, (None, None)),
    ('\\b(?:https?|ftp)://([^/\\s?#\'\\"<>]*)[^\\s\'\\"<>]*', 2): (34, 49107, 92, 1, {}, (None, None)),
    ('\\b([A-Za-z0-9][\\w-]*(?:\\.[\\w-]+)+)\\s?\\[(?:IPv6:)?[0-9A-Fa-f.:]+\\]', 0): (32, 49199, 101, 1, {}, (None, None)),
    ('\\bAS\\(201806281\\)', 2): (34, 49300, 39, 0, {}, (None,)),
    ('\\bContent-filter at\\b', 2): (34, 49339, 49, 0, {}, (None,)),
    ('\\bEHLO\\b', 2): (34, 49388, 18, 0, {}, (None,)),
    ('\\bHELO\\b', 2): (34, 49406, 18, 0, {}, (None,)),
    ('\\bMAIL(?:[\\s_]+FROM)\\b|\\bMAIL\\b(?=\\s+command\\b|\\s*$)', 2): (34, 49424, 103, 0, {}, (None,)),
    ('\\bMail Delivery System\\b', 2): (34, 49527, 70, 0, {}, (None,)),
    ('\\bNo valid recipients\\b', 2): (34, 49597, 68, 0, {}, (None,)),
    ('\\bQUEUE\\.Expired\\b', 2): (34, 49665, 41, 0, {}, (None,)),
    ('\\bRCPT(?:[\\s_]+TO)?\\b', 2): (34, 49706, 39, 0, {}, (None,)),
    ('\\bRESOLVER\\.ADR\\.(?:Ex)?Recip(?:ient)?NotFound\\b', 2): (34, 49745, 99, 0, {}, (None,)),
    ('\\bRESOLVER\\.ADR\\.RecipLimit\\b', 2): (34, 49844, 76, 0, {}, (None,)),
    ('\\bRESOLVER\\.RST\\.AuthRequired\\b', 2): (34, 49920, 75, 0, {}, (None,)),
    ('\\bRESOLVER\\.RST\\.NotAuthorized\\b', 2): (34, 49995, 77, 0, {}, (None,)),
    ('\\bRESOLVER\\.RST\\.RecipSizeLimit\\b', 2): (34, 50072, 99, 0, {}, (None,)),
    ('\\bSMTPSEND\\.DNS\\.MxLoopback\\b', 2): (34, 50171, 71, 0, {}, (None,)),
    ('\\bSMTPSEND\\.DNS\\.NonExistentDomain\\b', 2): (34, 50242, 100, 0, {}, (None,)),
    ('\\bSTOREDRV\\.Deliver\\b.{0,40}\\bmailbox full\\b|MapiExceptionShutoffQuotaExceeded', 2): (34, 50342, 180, 0, {}, (None,)),
    ('\\bServer at ([A-Za-z0-9][\\w.-]*\\.[A-Za-z0-9-]+)\\b', 2): (34, 50522, 245, 1, {}, (None, None)),
    ('\\bauone-net\\.jp\\b', 2): (34, 50767, 34, 0, {}, (None,)),
    ('\\baup\\b', 0): (32, 50801, 16, 0, {}, (None,)),
    ('\\bbad ip\\b', 0): (32, 50817, 22, 0, {}, (None,)),
    ('\\bbanned: ', 0): (32, 50839, 24, 0, {}, (None,)),
    ('\\bcbl\\b', 0): (32, 50863, 16, 0, {}, (None,)),
    ('\\bcx(?:bl|sbl|rbl|dnsbl|smtp|mxrt|throttle|cnct|conn|dmarc|dkim|spf|mjrejct|spam|tmp)\\b', 0): (32, 50879, 187, 0, {}, (None,)),
    ('\\bdbl\\b', 0): (32, 51066, 16, 0, {}, (None,)),
    ('\\bdkim\\b', 0): (32, 51082, 18, 0, {}, (None,)),
    ('\\bdmarc\\b', 0): (32, 51100, 20, 0, {}, (None,)),
    ('\\bdnsbl\\b', 0): (32, 51120, 20, 0, {}, (None,)),
    ('\\bfor\\s+the\\s+following\\s+list\\s+of\\s+recipients:[ \\t]*$', 10): (42, 51140, 166, 0, {}, (None,)),
    ('\\bhost:?\\s+([A-Za-z0-9][\\w.-]*\\.[A-Za-z]{2,}|\\[[0-9a-fA-F.:]+\\])', 2): (34, 51306, 277, 1, {}, (None, None)),
    ('\\bhost\\s+([A-Za-z0-9][\\w.-]*|\\[[0-9A-Fa-f.:]+\\])\\s+\\[([0-9A-Fa-f.:]+)\\]', 0): (32, 51583, 119, 2, {}, (None, None, None)),
    ('\\bib[1-7]\\d\\d\\b', 0): (32, 51702, 30, 0, {}, (None,)),
    ('\\binbound-smtp\\.[\\w-]+\\.amazonaws\\.com\\b', 2): (34, 51732, 91, 0, {}, (None,)),
    ('\\blpn\\d*_\\d{3}\\b', 0): (32, 51823, 38, 0, {}, (None,)),
    ('\\bmailbox is full\\b|\\bquota exceeded\\b|error: quota exceed', 2): (34, 51861, 136, 0, {}, (None,)),
    ('\\bmalformed address:|incorrectly constructed', 2): (34, 51997, 118, 0, {}, (None,)),
    ('\\bnot listed in (?:the )?(?:Domino Directory|public Name & Address Book)', 2): (34, 52115, 181, 0, {}, (None,)),
    ('\\bnot listed in (?:the )?(?:public Name & Address Book|Domino Directory)', 2): (34, 52296, 181, 0, {}, (None,)),
    ('\\bofr\\d*_\\d{3}\\b', 0): (32, 52477, 38, 0, {}, (None,)),
    ('\\bon hold\\b', 0): (32, 52515, 24, 0, {}, (None,)),
    ('\\bpbl\\b', 0): (32, 52539, 16, 0, {}, (None,)),
    ('\\bpipe to\\b', 0): (32, 52555, 24, 0, {}, (None,)),
    ('\\bptr\\b', 0): (32, 52579, 16, 0, {}, (None,)),
    ('\\brbl\\b', 0): (32, 52595, 16, 0, {}, (None,)),
    ('\\brefused to talk to me\\b|^(?:delivery temporarily suspended:\\s*)?connect to\\s', 2): (34, 52611, 189, 0, {}, (None,)),
    ('\\bsbl\\b', 0): (32, 52800, 16, 0, {}, (None,)),
    ('\\bspam(?!haus|cop)', 0): (32, 52816, 42, 0, {}, (None,)),
    ('\\bspam\\b', 0): (32, 52858, 18, 0, {}, (None,)),
    ('\\bspam\\b', 2): (34, 52876, 23, 0, {}, (None,)),
    ("\\bspf\\b[^.]{0,60}?(?:fail|not pass|didn['’]t pass|did not pass|reject|invalid|error|not allowed|not authori[sz]ed|violat)", 0): (32, 52899, 233, 0, {}, (None,)),
    ('\\bunsolicited\\b', 0): (32, 53132, 32, 0, {}, (None,)),
    ("\\buser'?s mail ?folder is full\\b", 2): (34, 53164, 97, 0, {}, (None,)),
    ('\\bwhile (?:receiving the initial server (?P<conn>greeting)|performing the (?P<hello>EHLO|HELO|LHLO) handshake|sending (?P<sending>MAIL FROM|RCPT TO|DATA command|message body|end of data))', 2): (34, 53261, 412, 3, {'conn': 1, 'hello': 2, 'sending': 3}, (None, 'conn', 'hello', 'sending')),
    ('\\bxbl\\b', 0): (32, 53673, 16, 0, {}, (None,)),
    ('\\byour\\b|you sent|the following|automatic|\\bihre?\\b|\\bvotre\\b|\\bvos\\b|\\bsu\\b|\\bsua\\b|\\btuo\\b|\\btua\\b|\\buw\\b|twoj|ваш|お客様|あなた|您', 2): (34, 53689, 286, 0, {}, (None,)),
    ('\\n[ \\t]*\\n', 0): (32, 53975, 26, 0, {}, (None,)),
    ('\\n|[.!?](?=\\s)|\\u3002', 0): (32, 54001, 42, 0, {}, (None,)),
    ('\\s', 0): (32, 54043, 14, 0, {}, (None,)),
    ('\\s(?:To address this issue:|To fix this issue:)', 2): (34, 54057, 161, 0, {}, (None,)),
    ('\\s*(([245])\\d\\d)[ -]#?(\\2\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])', 0): (32, 54218, 97, 3, {}, (None, None, None, None)),
    ('\\s*5\\d\\d[ -]', 0): (32, 54315, 35, 0, {}, (None,)),
    ("\\s*Check (?:for typos|those settings|the recipient's address)[^.]*\\.", 2): (34, 54350, 190, 0, {}, (None,)),
    ('\\s*Learn more (?:at|here):?\\s+(?:[245]\\d\\d[ -][245]\\.\\d+\\.\\d+\\s+)?https?://\\S+', 2): (34, 54540, 183, 0, {}, (None,)),
    ('\\s+', 0): (32, 54723, 16, 0, {}, (None,)),
    ('\\s+in\\s+((?:RCPT TO|MAIL FROM|DATA|EHLO|HELO|connect)[^\\n]*)$', 2): (34, 54739, 143, 1, {}, (None, None)),
    ('^#?\\s*([245]\\d\\d)?[ -]*#?([245]\\.\\d{1,3}\\.\\d{1,3})?', 0): (32, 54882, 112, 2, {}, (None, None, None)),
    ('^(?:([245]\\d\\d)[ \\t]+(?:[245]\\.\\d{1,3}\\.\\d{1,3}[ \\t]+)?)?(\\S.*?)\\.\\.\\.[ \\t]*(.*)$', 0): (32, 54994, 141, 3, {}, (None, None, None, None)),
    ('^(?:.*\\bMail delivery failed\\b|Warning: message \\S+ delayed\\b|Mail failure - (?:malformed|no recipient)|Message frozen\\b)', 2): (34, 55135, 304, 0, {}, (None,)),
    ('^(?:Content-Type:[ \\t]*(?:message/rfc822|text/rfc822-headers)|-+ ?(?:Original message|Below this line|This is a copy|Unsent message|Returned message|Original Message|The original message|quoted text)|(?:Return-Path|Received|Message-ID|From|Subject|Date):[ \\t])', 10): (42, 55439, 692, 0, {}, (None,)),
    ('^(?:Content-Type:[ \\t]*(?:message/|text/rfc822-headers)|Reporting-MTA[ \\t]*:|Final-Recipient[ \\t]*:|[ \\t]*-{2,} ?(?:Undelivered|Delayed|Enclosed|Returned) message (?:follows|headers follow))', 10): (42, 56131, 447, 0, {}, (None,)),
    ('^(?:Content-Type:[ \\t]*(?:message|text/rfc822)|[ \\t]*-+[ \\t]*(?:Original|Unsent) message (?:follows|text follows)|(?:Reporting-MTA|Final-Recipient|Original-Envelope-Id)[ \\t]*:)', 10): (42, 56578, 433, 0, {}, (None,)),
    ('^(?:Final|Original)-Recipient[ \\t]*:', 10): (42, 57011, 101, 0, {}, (None,)),
    ('^(?:Giving up on \\S+|\\(Other MXes tried:.*)$', 0): (32, 57112, 96, 0, {}, (None,)),
    ('^(?:Message headers follow|Original message follows)\\.?[ \\t]*$', 8): (40, 57208, 129, 0, {}, (None,)),
    ('^(?:Original mail as follows:|-{3,}|>)', 10): (42, 57337, 103, 0, {}, (None,)),
    ('^(?:Received|Return-Path|From|To|Subject|Date|Message-I[dD]|MIME-Version|X-[\\w-]+|Content-Type|Reply-To|Delivered-To):[ \\t]', 2): (34, 57440, 299, 0, {}, (None,)),
    ('^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status)[ \\t]*:', 10): (42, 57739, 210, 0, {}, (None,)),
    ('^(?:Reporting-MTA|Original-Envelope-Id|Arrival-Date)[ \\t]*:', 10): (42, 57949, 148, 0, {}, (None,)),
    ('^(?:Returned mail:|Warning: could not send message for past|Postmaster (?:notify|warning):)', 2): (34, 58097, 235, 0, {}, (None,)),
    ('^(?:Server\\s+)?(\\S+\\[[0-9A-Fa-f.:]+\\])\\s+(?:failed with|responded with failure):\\s*', 2): (34, 58332, 196, 1, {}, (None, None)),
    ('^(?:This message was created automatically by (?:mail delivery software|the SMTP relay on\\b)|A message that you sent (?:could not be delivered|has not yet been delivered|contained one or more recipient addresses)|-{3,} ?This is a copy of (?:the|your) message)', 10): (42, 58528, 656, 0, {}, (None,)),
    ('^(?:Unknown host|Host not found)\\b', 2): (34, 59184, 80, 0, {}, (None,)),
    ('^(?:Unknown user|Invalid final delivery userid)\\b', 2): (34, 59264, 135, 0, {}, (None,)),
    ('^(?:Warning: message still undelivered|Will keep trying|Message could not be delivered|Message will be deleted|Cannot send message for|-+\\s*$)', 2): (34, 59399, 384, 0, {}, (None,)),
    ('^(?:[^+@]*?\\+|(?:[^@]*?[-_.])?(?:bounces?|return|verp|errors?)[-_])([^=@]+)=([A-Za-z0-9.-]+\\.[A-Za-z]{2,})@', 258): (258, 59783, 183, 2, {}, (None, None, None)),
    ('^(?:\\(?(?:ultimately )?generated (?:by|from)) (\\S+?)\\)?$', 2): (34, 59966, 112, 1, {}, (None, None)),
    ('^(?:\\.\\.\\.\\s*)?while talking to\\s+(.+?)\\.?:?\\s*$', 2): (34, 60078, 117, 1, {}, (None, None)),
    ('^(?:auto(?:matic)?[ -]?(?:reply|response|answer|antwort)|out of (?:the )?office|away from|on vacation|vacation|autoreply|abwesenheit|absence|r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|resposta autom[áa]tica|automatisch antwoord|автоответ|自動応答|自动回复)|(?:out of (?:the )?office|auto(?:matic)?[ -]?reply|away until|on leave|on vacation)', 2): (34, 60195, 899, 0, {}, (None,)),
    ('^(?:delivery via \\S+?:\\s*2\\d\\d\\b|delivered (?:to|via)\\b|delivery via local\\b)', 2): (34, 61094, 151, 0, {}, (None,)),
    ('^(?:mailer-daemon|postmaster)@(?:[\\w-]+\\.)*(?:aol\\.com|aol\\.net|aim\\.com)$', 0): (32, 61245, 134, 0, {}, (None,)),
    ('^(?:mail|mx|smtp|mta|relay|mailhost|mailgw|gw|in|inbound|mx-in|mail-in)\\d*$', 0): (32, 61379, 168, 0, {}, (None,)),
    ('^(?:pipe to \\||save to |/)', 2): (34, 61547, 65, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon)@(?:[\\w-]+\\.)*(?:ezweb\\.ne\\.jp|au\\.com)$', 2): (34, 61612, 142, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon)@(?:[\\w-]+\\.)*(?:hotmail|outlook|live|msn)\\.(?:com|[a-z]{2}|co\\.[a-z]{2})$', 2): (34, 61754, 392, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon)@(?:[\\w-]+\\.)*biglobe\\.ne\\.jp$', 2): (34, 62146, 131, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon)@(?:[\\w-]+\\.)*docomo\\.ne\\.jp$', 2): (34, 62277, 124, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon|microsoftexchange[0-9a-f]*)@', 2): (34, 62401, 140, 0, {}, (None,)),
    ('^([!-9;-~]+)[ \\t]*:[ \\t]*(.*(?:(?:\\n(?=[ \\t])|(?<=;)\\n(?=[\\w.\\-*]+=)).*)*)', 8): (40, 62541, 123, 2, {}, (None, None, None)),
    ('^([2-5]\\d\\d)([ -])(?:([245]\\.\\d{1,3}\\.\\d{1,3})(?=\\s|$))?', 0): (32, 62664, 99, 3, {}, (None, None, None, None)),
    ('^([2-5]\\d\\d):\\s*', 0): (32, 62763, 40, 1, {}, (None, None)),
    ('^([2-5]\\d\\d)[ -](?:([245]\\.\\d{1,3}\\.\\d{1,3})(?:\\s+|$))?', 0): (32, 62803, 96, 2, {}, (None, None, None)),
    ('^([2-5]\\d\\d)[ \\t]+(?=\\1[ \\-])', 0): (32, 62899, 53, 1, {}, (None, None)),
    ('^([2-5]\\d\\d)[- ](?:([245]\\.\\d{1,3}\\.\\d{1,3})[ \\t]+)?', 0): (32, 62952, 88, 2, {}, (None, None, None)),
    ('^([2-5]\\d\\d)[- ](?:([245]\\.\\d{1,3}\\.\\d{1,3})\\s)?', 0): (32, 63040, 81, 2, {}, (None, None, None)),
    ('^([245]\\d\\d)(?:[ \\t]|$)', 0): (32, 63121, 47, 1, {}, (None, None)),
    ('^([245]\\d\\d)[ \\t]+([\\w.-]+|\\[[\\d.:a-fA-F]+\\])[ \\t]+\\(\\w+\\)\\.\\.\\.[ \\t]*(.*)$', 0): (32, 63168, 146, 3, {}, (None, None, None, None)),
    ('^([245]\\d\\d)[ \\t]+<?([^\\s<>]+@[^\\s<>]+?)>?\\.\\.\\.[ \\t]*(.*)$', 0): (32, 63314, 122, 3, {}, (None, None, None, None)),
    ('^([245]\\d\\d)\\b', 0): (32, 63436, 32, 1, {}, (None, None)),
    ('^([45]\\d\\d)[ -]', 0): (32, 63468, 35, 1, {}, (None, None)),
    ('^([A-Za-z0-9][\\w.-]*?)\\.?(?:\\s|$)', 0): (32, 63503, 59, 1, {}, (None, None)),
    ('^([A-Za-z][\\w-]*)\\s*;\\s*(.*)$', 0): (32, 63562, 67, 2, {}, (None, None, None)),
    ('^(\\S+) \\[([0-9A-Fa-f.:]+)\\] did not like our ([^:\\n]+):[ \\t]*$', 8): (40, 63629, 118, 3, {}, (None, None, None, None)),
    ('^(\\S+@\\S+?)\\s+(.+)$', 0): (32, 63747, 56, 2, {}, (None, None, None)),
    ('^-+ ?The header of the original message is following\\. ?-+[ \\t]*$', 8): (40, 63803, 146, 0, {}, (None,)),
    ('^-{2,}[ \\t]*(?:Below this line is a copy of the message|Enclosed is a copy of the message|Original message follows|The original message|Original message)|^Content-Type:[ \\t]*message/rfc822', 10): (42, 63949, 519, 0, {}, (None,)),
    ('^-{2,}[ \\t]*The following addresses had delivery errors[ \\t]*-{2,}', 10): (42, 64468, 162, 0, {}, (None,)),
    ('^-{20,}[ \\t]*$', 8): (40, 64630, 29, 0, {}, (None,)),
    ('^-{3,}[ \\t]*Failure Reasons[ \\t]*-{3,}', 10): (42, 64659, 91, 0, {}, (None,)),
    ('^-{3,}[ \\t]*Returned Message[ \\t]*-{3,}', 10): (42, 64750, 88, 0, {}, (None,)),
    ('^-{3,}[ \\t]*The following addresses had permanent delivery errors[ \\t]*-{3,}', 10): (42, 64838, 182, 0, {}, (None,)),
    ('^-{3}[ \\t]*(?:Below this line is a copy of the message|Enclosed is a copy of the message)', 8): (40, 65020, 181, 0, {}, (None,)),
    ('^-{7}(server message|SMTP command|original message|original mail info)\\s*$', 10): (42, 65201, 225, 1, {}, (None, None)),
    ('^.*(?:original message|message follows|below this line).*\\n', 10): (42, 65426, 175, 0, {}, (None,)),
    ('^<(?P<addr>[^<>\\s]+@[^<>\\s]+)>(?P<why>.*)$', 2): (34, 65601, 60, 2, {'addr': 1, 'why': 2}, (None, 'addr', 'why')),
    ('^<(?P<rcpt>\\"[^\\"]+\\"@[^<>\\s]+|[^<>\\s]+@[^<>\\s]+)>(?:\\s*\\(expanded from\\s*<(?P<orig>[^<>]*)>\\))?\\s*:\\s*(?P<text>.*)$', 16): (48, 65661, 194, 3, {'rcpt': 1, 'orig': 2, 'text': 3}, (None, 'rcpt', 'orig', 'text')),
    ('^<([^<>\\s]*@[^<>\\s]+)>:[ \\t]*(.*)$', 0): (32, 65855, 74, 2, {}, (None, None, None)),
    ('^<([^<>\\s]+@[^<>\\s]+)>:[ \\t]*$', 0): (32, 65929, 64, 1, {}, (None, None)),
    ('^<([^>\\s]+@[^>\\s]+)>:\\s+(.+?)(?=\\n\\s*\\n|\\Z)', 24): (56, 65993, 94, 2, {}, (None, None, None)),
    ('^<<<[ \\t]?(.*)$', 0): (32, 66087, 38, 1, {}, (None, None)),
    ('^<?([^\\s<>:@]+@[^\\s<>:@]+?)>?:\\s*(.*)$', 0): (32, 66125, 92, 2, {}, (None, None, None)),
    ('^<SMTP32 v', 2): (34, 66217, 31, 0, {}, (None,)),
    ('^<[^<>\\s]*@[^<>\\s]+>:[ \\t]*$', 8): (40, 66248, 60, 0, {}, (None,)),
    ('^>>> (RCPT TO|MAIL FROM|DATA)\\b[^\\n]*\\n<<< ([45]\\d\\d[ -][^\\n]*)', 10): (42, 66308, 129, 2, {}, (None, None, None)),
    ('^>>> ?(\\S+@\\S+)(?:\\s+<([^>]+)>)?\\s*$', 0): (32, 66437, 89, 2, {}, (None, None, None)),
    ('^>>>[ \\t]*(.+)$', 8): (40, 66526, 38, 1, {}, (None, None)),
    ('^>>>[ \\t]*(\\S+(?:[ \\t]+(?:TO|FROM))?)', 10): (42, 66564, 77, 1, {}, (None, None)),
    ('^>>>[ \\t]?(.*)$', 0): (32, 66641, 38, 1, {}, (None, None)),
    ('^@[^:]+:', 0): (32, 66679, 19, 0, {}, (None,)),
    ('^Action:[ \\t]*(expired)\\b', 10): (42, 66698, 64, 1, {}, (None, None)),
    ('^Arrival-Date:\\s*(\\d{4})-(\\d\\d)-(\\d\\d) (\\d\\d)-(\\d\\d)-(\\d\\d)\\s*$', 10): (42, 66762, 155, 6, {}, (None, None, None, None, None, None, None)),
    ('^Body of message generated response:[ \\t]*$', 2): (34, 66917, 112, 0, {}, (None,)),
    ('^Boundary_\\(ID_', 2): (34, 67029, 39, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message/(?:global-)?delivery-status|message/rfc822|text/rfc822-headers|message/global)', 10): (42, 67068, 269, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message/rfc822|text/rfc822-headers)[ \\t]*\\n', 10): (42, 67337, 149, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message/rfc822|text/rfc822-headers|message/global\\b)', 10): (42, 67486, 178, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message|text/rfc822)', 10): (42, 67664, 100, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message|text/rfc822)|^={10,}[ \\t]*$', 10): (42, 67764, 129, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*message/|^[ \\t]*(?:-{3,}|What should you do\\?)', 10): (42, 67893, 150, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*message/|^[ \\t]*-{3,}', 10): (42, 68043, 99, 0, {}, (None,)),
    ('^Content-Type:|^-{3,}', 10): (42, 68142, 49, 0, {}, (None,)),
    ('^Could not deliver for the last \\d+ seconds\\. Giving up', 2): (34, 68191, 148, 0, {}, (None,)),
    ('^DELIVERY[ _]FAILURE:', 2): (34, 68339, 57, 0, {}, (None,)),
    ('^DNS lookup failure: host \\S+ not found', 2): (34, 68396, 103, 0, {}, (None,)),
    ('^Delay reason:\\s*', 2): (34, 68499, 49, 0, {}, (None,)),
    ('^Delivery Status Notification \\((?:Failure|Delay)\\)', 2): (34, 68548, 137, 0, {}, (None,)),
    ('^Delivery failed \\d+ attempts?\\b', 2): (34, 68685, 90, 0, {}, (None,)),
    ('^Delivery status notification:\\s*(?:error|failed|failure|delayed|warning)\\b', 2): (34, 68775, 204, 0, {}, (None,)),
    ('^Delivery status notification[ \\t]*$', 0): (32, 68979, 78, 0, {}, (None,)),
    ('^Error message below:[ \\t]*$', 8): (40, 69057, 62, 0, {}, (None,)),
    ('^Error:[ \\t]*(.+?)[ \\t]*$', 8): (40, 69119, 56, 1, {}, (None, None)),
    ('^FAILURE NOTICE :', 2): (34, 69175, 50, 0, {}, (None,)),
    ('^Final-Recipient[ \\t]*:', 10): (42, 69225, 67, 0, {}, (None,)),
    ('^From:[ \\t]*<[^>]*>[ \\t]+RCPT:[ \\t]*<[^>]*>[ \\t]*', 0): (32, 69292, 98, 0, {}, (None,)),
    ('^Hi\\. This is the James mail server at ', 8): (40, 69390, 82, 0, {}, (None,)),
    ('^Hi\\. This is the qmail|^This is the qmail-send program', 8): (40, 69472, 118, 0, {}, (None,)),
    ('^Illegal host/domain name found', 2): (34, 69590, 83, 0, {}, (None,)),
    ('^Included is a copy of the message header:\\s*\\n(?:-+\\s*\\n)?', 10): (42, 69673, 151, 0, {}, (None,)),
    ('^Mail size limit exceeded\\b', 2): (34, 69824, 83, 0, {}, (None,)),
    ('^Message could not be delivered to mobile\\.?[ \\t]*$', 10): (42, 69907, 129, 0, {}, (None,)),
    ('^Message details:[ \\t]*$', 8): (40, 70036, 54, 0, {}, (None,)),
    ('^NOTICE: mail delivery status\\.?\\s*$', 2): (34, 70090, 108, 0, {}, (None,)),
    ('^Original Message:[ \\t]*$', 10): (42, 70198, 76, 0, {}, (None,)),
    ('^Original message follows\\.?[ \\t]*$', 8): (40, 70274, 77, 0, {}, (None,)),
    ('^RCPT\\s+TO:\\s*<([^>]*)>', 2): (34, 70351, 57, 1, {}, (None, None)),
    ('^Received:\\s*from ', 8): (40, 70408, 46, 0, {}, (None,)),
    ('^Remote host said:\\s*', 2): (34, 70454, 67, 0, {}, (None,)),
    ('^Remote-MTA:[^\\n]*mimecast', 10): (42, 70521, 63, 0, {}, (None,)),
    ('^Reporting-MTA[ \\t]*:', 10): (42, 70584, 53, 0, {}, (None,)),
    ('^Returned Mail:', 2): (34, 70637, 41, 0, {}, (None,)),
    ('^The attachment contains the original mail headers', 10): (42, 70678, 136, 0, {}, (None,)),
    ('^The following message to <[^>]+> was undeliverable\\.', 8): (40, 70814, 107, 0, {}, (None,)),
    ('^The following text was generated during the delivery attempt', 10): (42, 70921, 148, 0, {}, (None,)),
    ('^There was an error delivering your mail to <([^<>\\s]+)>\\.?[ \\t]*$', 8): (40, 71069, 138, 1, {}, (None, None)),
    ('^There was an error sending your mail', 2): (34, 71207, 100, 0, {}, (None,)),
    ('^This is the (?:mail system|Postfix program) at host\\b|^[ \\t]*The (?:mail system|Postfix program)[ \\t]*$', 8): (40, 71307, 212, 0, {}, (None,)),
    ('^This is the DragonFly Mail Agent\\b', 8): (40, 71519, 74, 0, {}, (None,)),
    ('^This message was created automatically by mail delivery software\\.', 8): (40, 71593, 138, 0, {}, (None,)),
    ('^This report relates to a message you sent with the following header fields:', 8): (40, 71731, 158, 0, {}, (None,)),
    ('^To:[ \\t]*(.+)$', 10): (42, 71889, 38, 1, {}, (None, None)),
    ('^Transcript of session follows\\.?[ \\t]*$', 10): (42, 71927, 122, 0, {}, (None,)),
    ('^Unable to deliver message to the following address\\(es\\)\\.', 8): (40, 72049, 118, 0, {}, (None,)),
    ('^Undeliverable Mail:\\s', 2): (34, 72167, 61, 0, {}, (None,)),
    ('^Unrouteable (?:address|mail domain)|all relevant MX records point to non-existent hosts|all host address lookups failed permanently', 2): (34, 72228, 350, 0, {}, (None,)),
    ('^User mailbox exceeds allowed size\\b', 2): (34, 72578, 101, 0, {}, (None,)),
    ('^Warning: message \\S+ delayed', 2): (34, 72679, 83, 0, {}, (None,)),
    ('^We had trouble delivering your message\\. Full details follow:', 10): (42, 72762, 158, 0, {}, (None,)),
    ('^X-Postfix-(?:Queue-ID|Sender)[ \\t]*:', 10): (42, 72920, 98, 0, {}, (None,)),
    ('^X-PowerMTA-', 10): (42, 73018, 30, 0, {}, (None,)),
    ('^Your mail message to the following address\\(es\\) could not be delivered\\.', 8): (40, 73048, 148, 0, {}, (None,)),
    ("^[ \\t>]*+[-=_*]*+[ \\t]*+(?:forwarded message|begin forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d['’]origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht|wiadomość przekazana|пересылаемое сообщение|исходное сообщение|転送メッセージ|转发的邮件|原始邮件)[ \\t]*:?[ \\t]*[-=_*]*[ \\t]*$", 10): (42, 73196, 1209, 0, {}, (None,)),
    ('^[ \\t]*(.*?\\S)[ \\t]*:?[ \\t]+<?([^\\s<>:]+@[^\\s<>:]+?)>?[ \\t]*$', 0): (32, 74405, 140, 2, {}, (None, None, None)),
    ('^[ \\t]*(?:Below is a copy of the original message|Please note that this is only a temporary)|^Content-Type:[ \\t]*(?:message|text/rfc822)', 10): (42, 74545, 343, 0, {}, (None,)),
    ("^[ \\t]*(?:Original message headers|Original Message Headers|En-t[êe]tes de message d'origine|Ursprüngliche Nachrichtenkopfzeilen|Kopfzeilen der ursprünglichen Nachricht|Encabezados del mensaje original|Encabezados de mensajes originales|Intestazioni originali del messaggio|Intestazioni del messaggio originale|Cabeçalhos da mensagem original|Cabeçalhos de mensagem originais|Oorspronkelijke berichtkoppen|Kopteksten van oorspronkelijk bericht|Заголовки исходного сообщения|元のメッセージ ヘッダー|元のメッセージのヘッダー|原始邮件头|原始郵件標頭|원본 메시지 헤더)\\s*[:：]?[ \\t]*$", 10): (42, 74888, 1502, 0, {}, (None,)),
    ('^[ \\t]*(?:Please reply to Postmaster|-{3,}|The original message)', 10): (42, 76390, 165, 0, {}, (None,)),
    ('^[ \\t]*(?:Recipient:[ \\t]*)?<([^>\\s]+@[^>\\s]+)>(?::[ \\t]*(.*))?[ \\t]*$', 8): (40, 76555, 136, 2, {}, (None, None, None)),
    ('^[ \\t]*(?:Sorry, we were unable to deliver your message to the following address(?:es)?|Unable to deliver message to the following address(?:\\(es\\)|es)?)\\.?[ \\t]*$', 10): (42, 76691, 403, 0, {}, (None,)),
    ('^[ \\t]*(In|Out):[ \\t]*(.*)$', 0): (32, 77094, 68, 2, {}, (None, None, None)),
    ('^[ \\t]*+[-=_|]*+[ \\t]*+(?:This is a copy of (?:the|your) message|Below this line is a copy of the message|(?:Unsent|Undelivered|Returned|Original) message(?: headers?)? (?:follows|text follows)|Original message[ \\t]*-{3,}|The (?:header|headers|text) of the original message|Original message header|Message text follows|Original message follows|Content-Type: message/rfc822|The original message (?:headers are|was)|Headers of the original message)[^\\n]*\\n', 10): (42, 77162, 1179, 0, {}, (None,)),
    ('^[ \\t]*-+[ \\t]*(?:Original|Unsent) message (?:follows|text follows)[ \\t]*-*[ \\t]*$', 10): (42, 78341, 207, 0, {}, (None,)),
    ('^[ \\t]*-+[ \\t]*(?:Unsent|Original) message follows[ \\t]*-+[ \\t]*$', 10): (42, 78548, 170, 0, {}, (None,)),
    ('^[ \\t]*-+[ \\t]*The following addresses had (permanent fatal errors|transient non-fatal errors|delivery problems)[ \\t]*-+[ \\t]*$', 8): (40, 78718, 273, 1, {}, (None, None)),
    ('^[ \\t]*-+[ \\t]*Transcript of session follows[ \\t]*-+[ \\t]*$', 8): (40, 78991, 130, 0, {}, (None,)),
    ('^[ \\t]*-{2,}[ \\t]*(?:Below this line is a copy of the message|Original message follows)\\.?[ \\t]*$', 10): (42, 79121, 256, 0, {}, (None,)),
    ('^[ \\t]*-{3,} ?This is a copy of (?:the|your) message[^\\n]*$', 10): (42, 79377, 147, 0, {}, (None,)),
    ('^[ \\t]*-{3,}[ \\t]*(?:Original message|Message truncated)[ \\t]*-{3,}[ \\t]*$', 10): (42, 79524, 176, 0, {}, (None,)),
    ('^[ \\t]*-{3,}[ \\t]*Non-delivered information[ \\t]*-{3,}', 10): (42, 79700, 123, 0, {}, (None,)),
    ('^[ \\t]*-{3,}[ \\t]*Original message[ \\t]*-{3,}[ \\t]*$', 10): (42, 79823, 124, 0, {}, (None,)),
    ('^[ \\t]*-{3,}[ \\t]*The following addresses had delivery problems[ \\t]*-{3,}', 10): (42, 79947, 178, 0, {}, (None,)),
    ('^[ \\t]*<([^<>\\s]+@[^<>\\s]+)>:[ \\t]*(.*)$', 0): (32, 80125, 86, 2, {}, (None, None, None)),
    ('^[ \\t]*<([^<>\\s]+@[^<>\\s]+)>[ \\t]*$', 8): (40, 80211, 74, 1, {}, (None, None)),
    ('^[ \\t]*<<<[ \\t]*(.+)$', 0): (32, 80285, 50, 1, {}, (None, None)),
    ('^[ \\t]*<?([^\\s<>@\\[\\]]+@[^\\s<>@\\[\\]]+?)>?[ \\t]+\\[(.+)\\][ \\t]*$', 0): (32, 80335, 120, 2, {}, (None, None, None)),
    ('^[ \\t]*<?([^\\s<>@]+@[^\\s<>@.]+(?:\\.[^\\s<>@.]+)+?)>?(?:\\.{3}[ \\t]*(.*))?[ \\t]*$', 0): (32, 80455, 155, 2, {}, (None, None, None)),
    ('^[ \\t]*<?([^\\s<>@]+@[^\\s<>@]+?)>?[ \\t]*$', 0): (32, 80610, 94, 1, {}, (None, None)),
    ('^[ \\t]*> ?', 8): (40, 80704, 29, 0, {}, (None,)),
    ('^[ \\t]*>>>[ \\t]*(.+)$', 0): (32, 80733, 50, 1, {}, (None, None)),
    ('^[ \\t]*>>>[ \\t]*(RCPT|MAIL|DATA|EHLO|HELO)\\b', 10): (42, 80783, 106, 1, {}, (None, None)),
    ('^[ \\t]*A message is delayed for more than', 10): (42, 80889, 108, 0, {}, (None,)),
    ('^[ \\t]*Below is a copy of the original message:?[ \\t]*$', 10): (42, 80997, 149, 0, {}, (None,)),
    ('^[ \\t]*Could not be delivered to:[ \\t]*<?([^>\\s]+@[^>\\s]+)>?[ \\t]*\\n((?:[ \\t]*\\S[^\\n]*\\n?)*)', 10): (42, 81146, 189, 2, {}, (None, None, None)),
    ('^[ \\t]*De(?:li|le)very to the following recipients? (?:failed permanently|was aborted after)', 10): (42, 81335, 298, 0, {}, (None,)),
    ('^[ \\t]*Delivery to the following recipients? (?:failed permanently|has been delayed|have been delayed)[ \\t]*:', 10): (42, 81633, 261, 0, {}, (None,)),
    ('^[ \\t]*Message will be retried for [^\\n]*', 10): (42, 81894, 103, 0, {}, (None,)),
    ('^[ \\t]*Recipient:[ \\t]*<?([^<>\\s]+@[^<>\\s]+)>?[ \\t]*\\n[ \\t]*Reason:[ \\t]*(.+(?:\\n[ \\t]{6,}\\S.*)*)', 10): (42, 81997, 209, 2, {}, (None, None, None)),
    ('^[ \\t]*SMTP:([A-Z]+)[ \\t]+host[ \\t]+(\\S+?):[ \\t]*(.*)$', 8): (40, 82206, 117, 3, {}, (None, None, None, None)),
    ('^[ \\t]*Technical details of (permanent|temporary) failure:[ \\t]*$', 10): (42, 82323, 162, 1, {}, (None, None)),
    ('^[ \\t]*Technical details(?: of \\w+ failure)?:[ \\t]*$', 10): (42, 82485, 129, 0, {}, (None,)),
    ('^[ \\t]*The response (?:was|from the remote server was):[ \\t]*$', 10): (42, 82614, 153, 0, {}, (None,)),
    ('^[ \\t]*This Message was undeliverable due to the following reason:[ \\t]*$', 10): (42, 82767, 192, 0, {}, (None,)),
    ('^[ \\t]*This is the MAILER-DAEMON, please DO NOT REPLY to this e-?mail', 10): (42, 82959, 192, 0, {}, (None,)),
    ('^[ \\t]*[A-Za-z][A-Za-z0-9-]*:[ \\t]', 8): (40, 83151, 55, 0, {}, (None,)),
    ('^[ \\t]*\\**[ \\t]*([^\\s:*]{1,20})[ \\t]*\\**[ \\t]*:\\**[ \\t]?(.*)$', 0): (32, 83206, 122, 2, {}, (None, None, None)),
    ('^[ \\t]*\\*[ \\t]*<?([^\\s<>@]+@[^\\s<>@]+?)>?[ \\t]*$', 8): (40, 83328, 108, 1, {}, (None, None)),
    ('^[ \\t]*\\*\\*[ \\t]*([^*\\n]+?)[ \\t]*\\*\\*[ \\t]*$', 8): (40, 83436, 83, 1, {}, (None, None)),
    ('^[ \\t]*\\*\\*[ \\t]*message not delivered[ \\t]*\\*\\*[ \\t]*$', 10): (42, 83519, 123, 0, {}, (None,)),
    ('^[ \\t]*because:[ \\t]*$', 10): (42, 83642, 55, 0, {}, (None,)),
    ('^[ \\t]*was not delivered to:[ \\t]*$', 10): (42, 83697, 86, 0, {}, (None,)),
    ('^[ \\t]+(Recipient address|Original address|Reason|Diagnostic code|Remote system):[ \\t]*(.*)$', 2): (34, 83783, 271, 2, {}, (None, None, None)),
    ('^[ \\t]+([A-Za-z0-9][\\w.-]*)[ \\t]+\\[([0-9A-Fa-f.:]+)\\]:?[ \\t]*$', 0): (32, 84054, 107, 2, {}, (None, None, None)),
    ('^[ \\t]+RCPT TO:[ \\t]*(.*)$', 8): (40, 84161, 60, 1, {}, (None, None)),
    ('^[ \\t]?<(?:\\"[^\\"\\n]+\\"|[^<>\\s]+)@[^<>\\s]+>', 0): (32, 84221, 81, 0, {}, (None,)),
    ('^[ \\t]{1,3}(\\S+@\\S+?|\\S+)[ \\t]*(?:<[^>]*>)?[ \\t]*(?:\\(.*\\))?:?[ \\t]*$', 0): (32, 84302, 140, 1, {}, (None, None)),
    ('^[ \\t]{3,}([^\\s:]+@[^\\s:]+)[ \\t]*$', 0): (32, 84442, 66, 1, {}, (None, None)),
    ('^[!-9;-~]+[ \\t]*:', 8): (40, 84508, 36, 0, {}, (None,)),
    ('^[245]\\d\\d-', 0): (32, 84544, 28, 0, {}, (None,)),
    ('^[A-Za-z][A-Za-z0-9-]*:[ \\t]', 0): (32, 84572, 43, 0, {}, (None,)),
    ('^[A-Za-z][A-Za-z0-9-]*:[ \\t]?\\S', 8): (40, 84615, 53, 0, {}, (None,)),
    ('^[^\\S\\n]*Your message to:[^\\S\\n]*<?([^<>\\s]+@[^<>\\s]+?)>?[^\\S\\n]*$(?:\\n[^\\S\\n]*(was blocked by our .*)$)?', 10): (42, 84668, 216, 2, {}, (None, None, None)),
    ('^[^\\n]*mail to the following recipients could not be delivered[^\\n]*$', 10): (42, 84884, 164, 0, {}, (None,)),
    ('^[^\\n]{0,80}@[^\\n]{0,80}[,，:：]?[ \\t]*\\n', 8): (40, 85048, 136, 0, {}, (None,)),
    ('^[^\\s:]+:\\d+:<([^>]+)>\\s*:\\s*(.*)$', 8): (40, 85184, 84, 2, {}, (None, None, None)),
    ('^\\((?:ultimately )?generated from [^)]*\\)$|^generated by \\S', 2): (34, 85268, 122, 0, {}, (None,)),
    ('^\\*\\*Message you sent blocked by our bulk email filter\\*\\*', 2): (34, 85390, 139, 0, {}, (None,)),
    ('^\\[Status: .*?Address:\\s*<([^>]+)>,\\s*(.+)$', 0): (32, 85529, 97, 2, {}, (None, None, None)),
    ('^\\d+ error\\(s\\):[ \\t]*$', 10): (42, 85626, 57, 0, {}, (None,)),
    ('^\\s*$', 2): (34, 85683, 20, 0, {}, (None,)),
    ('^\\s*(.*?)<mailto:([^>\\s]+)>\\s*$', 2): (34, 85703, 80, 2, {}, (None, None, None)),
    ('^\\s*(?:For the following reason|Reason):?\\s*$', 2): (34, 85783, 120, 0, {}, (None,)),
    ('^\\s*(?:Generating server|Serveur de g[ée]n[ée]ration|Generierender Server|Servidor de generaci[oó]n|Servidor de gera[cç][aã]o|Server di generazione|Genererende server|Genererande server|Сервер создания|生成サーバー|生成服务器|產生伺服器|생성 서버)\\s*[:：]\\s*(\\S+)', 2): (34, 85903, 614, 1, {}, (None, None)),
    ('^\\s*(?:Receiving server|Serveur de r[ée]ception|Empfangender Server|Servidor receptor|Servidor de recebimento|Server di ricezione|Ontvangende server|Принимающий сервер|受信サーバー|接收服务器|接收伺服器|수신 서버)\\s*[:：]\\s*(\\S+)', 2): (34, 86517, 534, 1, {}, (None, None)),
    ('^\\s*(?:The|Your) message WAS NOT (?:relayed|delivered) to:\\s*$', 2): (34, 87051, 154, 0, {}, (None,)),
    ('^\\s*(?:Undeliverable|Undelivered|Non[ _]remis|Non recapitabile|No se puede entregar|Unzustellbar|N[ãa]o (?:entregue|foi poss[ií]vel entregar)|Onbestelbaar|Olevererbart|Kan ikke leveres|Nie mo[zż]na dostarczy[cć]|Не доставлено|Nedoručitelné|Teslim Edilemeyen|配信不能|无法传递|無法傳遞|배달 못 함)\\s*[:：]', 2): (34, 87205, 812, 0, {}, (None,)),
    ('^\\s*(?:Undeliverable|Unzustellbar|Non remis|Non recapitabile|No se puede entregar|Onbestelbaar|配信不能)\\s*:', 2): (34, 88017, 265, 0, {}, (None,)),
    ('^\\s*(?:Undelivered Mail Returned to Sender|Delayed Mail \\(still being retried\\)|Mail Delivery Status Report|Successful Mail Delivery Report|Postfix SMTP server: errors from\\b)', 2): (34, 88282, 465, 0, {}, (None,)),
    ('^\\s*(?:\\d{3}\\s*)?,\\s*(?P<addr>[^\\s,@]+@[^\\s,]+)\\s*,\\s*(?P<why>\\S.*)$', 2): (34, 88747, 128, 2, {'addr': 1, 'why': 2}, (None, 'addr', 'why')),
    ('^\\s*(?:from|cc|bcc|reply-to|sender|return-path|von|de|da|от)\\s*:', 2): (34, 88875, 165, 0, {}, (None,)),
    ('^\\s*(?:re|aw|sv|antw|ynt|odp|回复|答复)\\s*(?:\\[\\d+\\])?\\s*:', 2): (34, 89040, 130, 0, {}, (None,)),
    ('^\\s*(?:was|were|contains?|has been)\\b.*', 2): (34, 89170, 111, 0, {}, (None,)),
    ('^\\s*(?P<addr>[^\\s<>]+@[^\\s<>]+) on \\w.*$', 2): (34, 89281, 75, 1, {'addr': 1}, (None, 'addr')),
    ('^\\s*(From|Subject):\\s*(.*)$', 0): (32, 89356, 76, 2, {}, (None, None, None)),
    ('^\\s*(Recipient Address|Reported error|DSN generated by|Remote server|Status code)\\s*:\\s*(.+?)\\s*$', 10): (42, 89432, 265, 2, {}, (None, None, None)),
    ('^\\s*(Remote-MTA|Reporting-MTA|Last-Attempt-Date)\\s*:\\s*<?([^<>]*?)>?\\s*$', 2): (34, 89697, 188, 2, {}, (None, None, None)),
    ('^\\s*([A-Za-z0-9][\\w-]*(?:\\.[\\w-]+)+\\.[A-Za-z]{2,})\\s*$', 0): (32, 89885, 93, 1, {}, (None, None)),
    ('^\\s*(\\S.*?)\\s+(?:on|am|le|el|il|em|op|den)\\s+\\S.*\\d.*$', 2): (34, 89978, 142, 1, {}, (None, None)),
    ('^\\s*(smtp|x-[\\w-]+|dns|x400)\\s*;\\s*', 2): (34, 90120, 106, 1, {}, (None, None)),
    ('^\\s*-+ The following addresses had delivery problems -+\\s*$', 2): (34, 90226, 168, 0, {}, (None,)),
    ('^\\s*-+ The following addresses had permanent fatal errors -+', 2): (34, 90394, 161, 0, {}, (None,)),
    ('^\\s*-+ Transcript of session follows -+', 2): (34, 90555, 129, 0, {}, (None,)),
    ('^\\s*->\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 0): (32, 90684, 94, 1, {}, (None, None)),
    ('^\\s*<(?P<addr>[^<>\\s]+@[^<>\\s]+)>:\\s*$', 2): (34, 90778, 72, 1, {'addr': 1}, (None, 'addr')),
    ('^\\s*<(?P<addr>[^<>\\s]+@[^<>\\s]+)>\\s*$', 2): (34, 90850, 70, 1, {'addr': 1}, (None, 'addr')),
    ('^\\s*<([^<>\\s]+@[^<>\\s]+)>:\\s*(.*?)\\s*(?:said:)?\\s*$', 0): (32, 90920, 117, 2, {}, (None, None, None)),
    ('^\\s*<?([^<>\\s()]+@[^<>\\s()]+?)>?\\s+\\((.*)\\)\\s*$', 0): (32, 91037, 114, 2, {}, (None, None, None)),
    ('^\\s*<?([^<>\\s:]+@[^<>\\s:]+?)>?(?::\\s*(.*))?$', 0): (32, 91151, 107, 2, {}, (None, None, None)),
    ('^\\s*<?([^<>\\s@]+@[^<>\\s@]+?)>?\\s*$', 0): (32, 91258, 90, 1, {}, (None, None)),
    ('^\\s*<?([^<>\\s]+@[^<>\\s]+?)>?:\\s*\\[([0-9A-Fa-f.:]+)\\],\\s*(.+)$', 0): (32, 91348, 129, 3, {}, (None, None, None, None)),
    ('^\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 0): (32, 91477, 80, 1, {}, (None, None)),
    ('^\\s*<?([^\\s<>@()\\"\']+@[^\\s<>@()\\"\']+?)>?\\s*$', 0): (32, 91557, 90, 1, {}, (None, None)),
    ('^\\s*<mxl~', 2): (34, 91647, 28, 0, {}, (None,)),
    ('^\\s*Addressed To:\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 2): (34, 91675, 126, 1, {}, (None, None)),
    ('^\\s*Could not be delivered because of\\s*$', 2): (34, 91801, 106, 0, {}, (None,)),
    ('^\\s*DELAYS IN DELIVERING YOUR MESSAGE|This is a warning message only', 10): (42, 91907, 217, 0, {}, (None,)),
    ('^\\s*Delayed Mail\\b', 2): (34, 92124, 49, 0, {}, (None,)),
    ('^\\s*Delivery Status Notification \\((?:Failure|Delay)\\)', 2): (34, 92173, 147, 0, {}, (None,)),
    ('^\\s*Delivery failed for the following reason:\\s*$', 2): (34, 92320, 132, 0, {}, (None,)),
    ('^\\s*Delivery to the following recipients? (failed|has been delayed|was delayed)', 2): (34, 92452, 218, 1, {}, (None, None)),
    ('^\\s*Delivery to the following recipients? (failed|has been delayed|was delayed)', 42): (42, 92670, 218, 1, {}, (None, None)),
    ('^\\s*I was unable to deliver your message to the following addresses:\\s*$', 2): (34, 92888, 203, 0, {}, (None,)),
    ('^\\s*Reason:\\s*(.*)$', 2): (34, 93091, 59, 1, {}, (None, None)),
    ('^\\s*Received >>> (.+)$', 2): (34, 93150, 61, 1, {}, (None, None)),
    ('^\\s*Sent <<< (.+)$', 2): (34, 93211, 53, 1, {}, (None, None)),
    ('^\\s*Sent <<< ([A-Z]+(?: [A-Z]+)?):?\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 2): (34, 93264, 327, 2, {}, (None, None, None)),
    ('^\\s*The MTS-ID of the original message is', 2): (34, 93591, 132, 0, {}, (None,)),
    ('^\\s*The following recipients were affected:\\s*$', 2): (34, 93723, 128, 0, {}, (None,)),
    ('^\\s*The message (?:subject|date|identifier|reference) was:', 2): (34, 93851, 161, 0, {}, (None,)),
    ('^\\s*Unable to deliver message to:\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 2): (34, 94012, 163, 1, {}, (None, None)),
    ('^\\s*Your message:\\s*$', 2): (34, 94175, 66, 0, {}, (None,)),
    ('^\\s*[2-5]\\d\\d[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3}[ ]+)?', 0): (32, 94241, 85, 0, {}, (None,)),
    ('^\\s*[245]\\.\\d{1,3}\\.\\d{1,3}\\s*\\((.+)\\)\\s*$', 0): (32, 94326, 86, 1, {}, (None, None)),
    ('^\\s*[A-Za-z][A-Za-z0-9-]*:[ \\t]', 0): (32, 94412, 53, 0, {}, (None,)),
    ('^\\s*\\"?<?([^\\s<>\\"@]+@[^\\s<>\\"]+?)>?\\"?:?\\s*$', 0): (32, 94465, 111, 1, {}, (None, None)),
    ('^\\s*\\(expanded from:\\s*(.*?)\\)?\\s*$', 2): (34, 94576, 87, 1, {}, (None, None)),
    ('^\\s*\\(reason:\\s*(.*?)\\)?\\s*$', 2): (34, 94663, 78, 1, {}, (None, None)),
    ('^\\s*complaint about message from ', 2): (34, 94741, 91, 0, {}, (None,)),
    ('^\\s+(?P<addr>[^\\s()]+)(?:\\s+\\((?P<why>[^)]*)\\))?\\s*$', 2): (34, 94832, 78, 2, {'addr': 1, 'why': 2}, (None, 'addr', 'why')),
    ('^\\s+(?P<addr>[^\\s<>]+)\\s*$', 2): (34, 94910, 49, 1, {'addr': 1}, (None, 'addr')),
    ('^\\s+(?P<addr>[^\\s@]+(?:@[\\w.-]+)?)\\s+(?P<why>\\S.*)$', 2): (34, 94959, 82, 2, {'addr': 1, 'why': 2}, (None, 'addr', 'why')),
    ('^\\s+<?([A-Za-z0-9][\\w.%+-]{0,63})>?\\s*(?:[:(-].*)?$', 0): (32, 95041, 102, 1, {}, (None, None)),
    ('^\\s+<?([^\\s<>@]+@[^\\s<>@]+?)>?\\s*$', 0): (32, 95143, 90, 1, {}, (None, None)),
    ('^child status \\d+\\.{2,}\\s*', 2): (34, 95233, 76, 0, {}, (None,)),
    ('^connect to\\s+([\\w.-]+)\\[', 2): (34, 95309, 57, 1, {}, (None, None)),
    ('^fml\\b', 2): (34, 95366, 16, 0, {}, (None,)),
    ('^from MailMarshal\\b', 2): (34, 95382, 52, 0, {}, (None,)),
    ('^host/domain does not accept mail', 2): (34, 95434, 92, 0, {}, (None,)),
    ('^host\\s+([\\w.-]+)\\[', 2): (34, 95526, 50, 1, {}, (None, None)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*(?:gmx\\.(?:com|net|de|at|ch|fr|es|co\\.uk)|mail\\.com|web\\.de)$', 2): (34, 95576, 187, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*(?:kundenserver\\.de|1and1\\.[a-z.]+|1und1\\.de|ionos\\.[a-z.]+|online\\.de|onlinehome\\.de|perfora\\.net|schlund\\.de)$', 2): (34, 95763, 470, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*(?:mail\\.ru|bk\\.ru|inbox\\.ru|list\\.ru|mail\\.ua)$', 2): (34, 96233, 172, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*facebook\\.com$', 2): (34, 96405, 86, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*yahoo(?:mail)?\\.(?:com|co\\.[a-z]{2}|[a-z]{2,3})(?:\\.[a-z]{2})?$', 0): (32, 96491, 145, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*yandex\\.(?:ru|com|net|ua|by|kz|com\\.tr)$', 2): (34, 96636, 139, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*zoho(?:mail)?\\.(?:com|eu|in|jp|com\\.au|com\\.cn)$', 2): (34, 96775, 157, 0, {}, (None,)),
    ('^no-reply@(?:[\\w-]+\\.)*(?:dion\\.ne\\.jp|auone-net\\.jp|au\\.com)$', 2): (34, 96932, 119, 0, {}, (None,)),
    ('^pipe to \\|', 2): (34, 97051, 31, 0, {}, (None,)),
    ('^undeliverable to\\b', 2): (34, 97082, 47, 0, {}, (None,)),
    ('^x-ms-(?:exchange-crosstenant-|office365-|exchange-transport-crosstenant)|^x-forefront-antispam-report$|^x-microsoft-antispam|^x-ms-traffictypediagnostic$', 2): (34, 97129, 393, 0, {}, (None,)),
    ('absender (?:ist )?(?:ungültig|abgelehnt|unbekannt)', 0): (32, 97522, 120, 0, {}, (None,)),
    ('abuse', 0): (32, 97642, 28, 0, {}, (None,)),
    ('acceptable use', 0): (32, 97670, 64, 0, {}, (None,)),
    ('accepts no mail', 0): (32, 97734, 68, 0, {}, (None,)),
    ('access denied', 0): (32, 97802, 60, 0, {}, (None,)),
    ('access denied from', 0): (32, 97862, 80, 0, {}, (None,)),
    ('account (?:is )?(?:temporarily )?(?:unavailable|not available|locked)', 0): (32, 97942, 151, 0, {}, (None,)),
    ('account (?:è )?(?:disattivato|sospeso)', 0): (32, 98093, 93, 0, {}, (None,)),
    ('account does not exist', 0): (32, 98186, 96, 0, {}, (None,)),
    ('account that you tried to reach does not exist', 0): (32, 98282, 192, 0, {}, (None,)),
    ('account that you tried to reach does not exist', 2): (34, 98474, 118, 0, {}, (None,)),
    ('account that you tried to reach is (?:disabled|inactive)|account (?:has been )?disabled', 0): (32, 98592, 181, 0, {}, (None,)),
    ('account that you tried to reach is (?:disabled|inactive)|account (?:has been )?disabled', 2): (34, 98773, 213, 0, {}, (None,)),
    ('account that you tried to reach is disabled', 0): (32, 98986, 180, 0, {}, (None,)),
    ('account that you tried to reach is over quota|out of storage space|inbox is out of storage', 0): (32, 99166, 203, 0, {}, (None,)),
    ('account that you tried to reach is over quota|out of storage space|inbox is out of storage', 2): (34, 99369, 238, 0, {}, (None,)),
    ('address (?:is )?(?:on|in) (?:the )?(?:do[- ]not[- ]send|bounce|blocked recipients?) list', 0): (32, 99607, 188, 0, {}, (None,)),
    ('address (?:is )?not (?:valid|correct)\\. please check', 0): (32, 99795, 119, 0, {}, (None,)),
    ('address (?:lookup|verification) failed', 0): (32, 99914, 98, 0, {}, (None,)),
    ('address (?:not found|unknown|invalid|does not exist)', 0): (32, 100012, 128, 0, {}, (None,)),
    ('address does not exist|unknown address|no such', 0): (32, 100140, 115, 0, {}, (None,)),
    ('address does not exist|unknown address|no such', 2): (34, 100255, 145, 0, {}, (None,)),
    ('address domain (?:is )?(?:invalid|unknown)', 0): (32, 100400, 115, 0, {}, (None,)),
    ('address syntax (?:error|invalid)', 0): (32, 100515, 100, 0, {}, (None,)),
    ('address that has not been verified', 0): (32, 100615, 144, 0, {}, (None,)),
    ('addressee unknown', 0): (32, 100759, 76, 0, {}, (None,)),
    ('administrative prohibition', 0): (32, 100835, 112, 0, {}, (None,)),
    ('adresse (?:e-?mail )?(?:invalide|inconnue)', 0): (32, 100947, 100, 0, {}, (None,)),
    ('alignment (?:check )?fail', 0): (32, 101047, 73, 0, {}, (None,)),
    ('all hosts (?:have been )?failing', 0): (32, 101120, 87, 0, {}, (None,)),
    ('all recipient addresses rejected ?: access denied', 0): (32, 101207, 173, 0, {}, (None,)),
    ('an MX or SRV record indicated no SMTP service', 2): (34, 101380, 126, 0, {}, (None,)),
    ('anti-spoofing policy', 2): (34, 101506, 66, 0, {}, (None,)),
    ('attachment (?:type )?(?:blocked|not allowed)', 2): (34, 101572, 87, 0, {}, (None,)),
    ('attachment (?:type )?(?:is )?(?:not allowed|not permitted|prohibited|blocked|forbidden)', 0): (32, 101659, 195, 0, {}, (None,)),
    ('aup#', 0): (32, 101854, 24, 0, {}, (None,)),
    ('aup#', 2): (34, 101878, 14, 0, {}, (None,)),
    ('aup#(?:in-?)?5\\d\\d\\b', 0): (32, 101892, 54, 0, {}, (None,)),
    ('aup#(?:in-?)?5\\d\\d\\b', 2): (34, 101946, 49, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?(?:1350|1540|15[89]0)\\b|aup#(?:mxrt|rate)', 0): (32, 101995, 124, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?(?:1350|1540|15[89]0)\\b|aup#(?:mxrt|rate)', 2): (34, 102119, 119, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?(?:13[0-4]\\d|1550)\\b|aup#cnct', 0): (32, 102238, 102, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?(?:13[0-4]\\d|1550)\\b|aup#cnct', 2): (34, 102340, 97, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1000\\b', 0): (32, 102437, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1000\\b', 2): (34, 102502, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1090\\b', 0): (32, 102562, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1090\\b', 2): (34, 102627, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?10[1-8]0\\b|aup#(?:in?|o)?-?15[02]0\\b', 0): (32, 102687, 123, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?10[1-8]0\\b|aup#(?:in?|o)?-?15[02]0\\b', 2): (34, 102810, 123, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?11[0-5]0\\b|aup#(?:ptr|rdns)', 0): (32, 102933, 99, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?11[0-5]0\\b|aup#(?:ptr|rdns)', 2): (34, 103032, 99, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1260\\b', 0): (32, 103131, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1260\\b', 2): (34, 103196, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1530\\b', 0): (32, 103256, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1530\\b', 2): (34, 103321, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1560\\b', 0): (32, 103381, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1560\\b', 2): (34, 103446, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?\\d{4}\\b', 0): (32, 103506, 67, 0, {}, (None,)),
    ('aup#c[a-z]+', 0): (32, 103573, 39, 0, {}, (None,)),
    ('aup#c[a-z]+', 2): (34, 103612, 114, 0, {}, (None,)),
    ('auth(?:entication)?required', 0): (32, 103726, 65, 0, {}, (None,)),
    ('authentication (?:is )?(?:required|needed|failed|failure|unsuccessful|credentials invalid)', 0): (32, 103791, 215, 0, {}, (None,)),
    ('authentication checks? (?:have |has )?failed', 0): (32, 104006, 136, 0, {}, (None,)),
    ('authorization (?:failed|required)', 0): (32, 104142, 100, 0, {}, (None,)),
    ('automatically\\ generated\\ message\\ from\\ SendGrid', 0): (32, 104242, 188, 0, {}, (None,)),
    ('bad destination (?:system|host|domain)', 0): (32, 104430, 115, 0, {}, (None,)),
    ('bad destination mailbox address', 0): (32, 104545, 132, 0, {}, (None,)),
    ('bad sequence of commands', 0): (32, 104677, 104, 0, {}, (None,)),
    ('bad spf', 0): (32, 104781, 36, 0, {}, (None,)),
    ('banned', 0): (32, 104817, 32, 0, {}, (None,)),
    ('banned (?:attachment|file|content)', 0): (32, 104849, 89, 0, {}, (None,)),
    ("banned sending ip|part of their network is on our block list|weren['’]t sent|block list \\(s3150\\)|\\bS3\\d{3}\\b", 2): (34, 104938, 289, 0, {}, (None,)),
    ('bare (?:lf|cr)', 0): (32, 105227, 44, 0, {}, (None,)),
    ('barracudacentral', 0): (32, 105271, 72, 0, {}, (None,)),
    ('barracudacentral|blocked|listed', 0): (32, 105343, 80, 0, {}, (None,)),
    ('barracudacentral|blocked|listed', 2): (34, 105423, 85, 0, {}, (None,)),
    ('batv (?:failed|validation)', 0): (32, 105508, 68, 0, {}, (None,)),
    ('been (?:in the queue|queued|undeliverable|delayed) (?:too long|for (?:more than )?\\d)', 0): (32, 105576, 182, 0, {}, (None,)),
    ('bestaat niet', 0): (32, 105758, 56, 0, {}, (None,)),
    ('bl0{6}|bl0{4}01|blocked|rbl', 0): (32, 105814, 71, 0, {}, (None,)),
    ('bl0{6}|bl0{4}01|blocked|rbl', 2): (34, 105885, 66, 0, {}, (None,)),
    ('black ?list', 0): (32, 105951, 43, 0, {}, (None,)),
    ('blacklisted (?:url|domain|link)', 0): (32, 105994, 93, 0, {}, (None,)),
    ('blacklisted url', 0): (32, 106087, 68, 0, {}, (None,)),
    ('block ?list', 0): (32, 106155, 43, 0, {}, (None,)),
    ('blocked (?:sender|from)', 0): (32, 106198, 68, 0, {}, (None,)),
    ('blocked (?:using|by)(?! (?:the |our |an? )?(?:anti-?)?(?:spam|junk|bulk|content)\\b)', 0): (32, 106266, 185, 0, {}, (None,)),
    ('blocked by (?:the )?(?:content|mail) filter', 0): (32, 106451, 109, 0, {}, (None,)),
    ('blocked|listed', 0): (32, 106560, 45, 0, {}, (None,)),
    ('blocked|listed', 2): (34, 106605, 50, 0, {}, (None,)),
    ('blocked|listed|reputation', 0): (32, 106655, 73, 0, {}, (None,)),
    ('blocked|listed|reputation', 2): (34, 106728, 78, 0, {}, (None,)),
    ('bo[iî]te[^.!?\\n]{0,50}? (?:est )?pleine', 0): (32, 106806, 72, 0, {}, (None,)),
    ('body check', 0): (32, 106878, 48, 0, {}, (None,)),
    ('bogus mail from', 0): (32, 106926, 68, 0, {}, (None,)),
    ('boite (?:aux lettres )?(?:est )?pleine', 0): (32, 106994, 86, 0, {}, (None,)),
    ('boite (?:du destinataire )?pleine|mailbox (?:is )?full', 0): (32, 107080, 115, 0, {}, (None,)),
    ('boite (?:du destinataire )?pleine|mailbox (?:is )?full', 2): (34, 107195, 150, 0, {}, (None,)),
    ('bounce|no-?reply|do-?not-?reply|notif', 2): (34, 107345, 102, 0, {}, (None,)),
    ('boîte (?:aux lettres )?(?:désactivée|suspendue)', 0): (32, 107447, 107, 0, {}, (None,)),
    ('boîte (?:aux lettres |mail )?(?:est )?pleine', 0): (32, 107554, 104, 0, {}, (None,)),
    ('broken pipe', 0): (32, 107658, 52, 0, {}, (None,)),
    ('bulk (?:e-?)?mail', 0): (32, 107710, 50, 0, {}, (None,)),
    ('bulk messages?', 0): (32, 107760, 63, 0, {}, (None,)),
    ("but greeting failed|wasn't able to establish an SMTP connection|most progress was (?:connect|greeting)", 2): (34, 107823, 280, 0, {}, (None,)),
    ('but my name was rejected|most progress was (?:HELO|EHLO)', 2): (34, 108103, 147, 0, {}, (None,)),
    ('but sender was rejected|most progress was MAIL', 2): (34, 108250, 139, 0, {}, (None,)),
    ('buz[oó]n[^.!?\\n]{0,40}? (?:está |esta )?lleno', 0): (32, 108389, 86, 0, {}, (None,)),
    ('buzon (?:esta )?lleno', 0): (32, 108475, 57, 0, {}, (None,)),
    ('buzón (?:está |esta )?lleno', 0): (32, 108532, 69, 0, {}, (None,)),
    ('błąd (?:wewnętrzny|serwera|systemu)', 0): (32, 108601, 87, 0, {}, (None,)),
    ('caixa (?:postal |de correio )?(?:está |esta )?(?:cheia|lotada)', 0): (32, 108688, 138, 0, {}, (None,)),
    ('caixa[^.!?\\n]{0,40}? (?:está |esta )?(?:cheia|lotada)', 0): (32, 108826, 105, 0, {}, (None,)),
    ('cannot (?:find|resolve) your (?:hostname|host name)', 0): (32, 108931, 112, 0, {}, (None,)),
    ('cannot (?:negotiate|establish) tls', 0): (32, 109043, 88, 0, {}, (None,)),
    ('cannot accept (?:mail|connections) from', 0): (32, 109131, 112, 0, {}, (None,)),
    ('cannot be found', 0): (32, 109243, 68, 0, {}, (None,)),
    ('cannot connect', 0): (32, 109311, 64, 0, {}, (None,)),
    ('cannot start tls', 0): (32, 109375, 72, 0, {}, (None,)),
    ('cannot verify (?:the )?sender', 0): (32, 109447, 89, 0, {}, (None,)),
    ("casella (?:di posta )?(?:è |e' )?piena", 0): (32, 109536, 96, 0, {}, (None,)),
    ("casella[^.!?\\n]{0,40}? (?:è |e' )?piena", 0): (32, 109632, 89, 0, {}, (None,)),
    ('certificate', 0): (32, 109721, 52, 0, {}, (None,)),
    ('certificate verif(?:y|ication) failed', 0): (32, 109773, 114, 0, {}, (None,)),
    ('classified as (?:spam|bulk|junk)', 0): (32, 109887, 99, 0, {}, (None,)),
    ('client host (?:\\[[^\\]]*\\] )?(?:rejected|blocked|refused)', 0): (32, 109986, 129, 0, {}, (None,)),
    ('client host (?:name )?(?:is )?(?:unknown|not resolv)', 0): (32, 110115, 124, 0, {}, (None,)),
    ('closed mailing list', 0): (32, 110239, 84, 0, {}, (None,)),
    ('command (?:not recognized|unrecognized|unknown)', 0): (32, 110323, 117, 0, {}, (None,)),
    ('command died with status', 0): (32, 110440, 104, 0, {}, (None,)),
    ('command line too long', 0): (32, 110544, 92, 0, {}, (None,)),
    ('command not implemented', 0): (32, 110636, 100, 0, {}, (None,)),
    ('compliance', 0): (32, 110736, 48, 0, {}, (None,)),
    ('compte (?:du destinataire )?(?:est )?(?:bloqu|désactiv|suspendu)', 0): (32, 110784, 139, 0, {}, (None,)),
    ('connect to .{1,80}: (?:connection refused|no route|network)', 0): (32, 110923, 139, 0, {}, (None,)),
    ('connection (?:expired|dropped)', 0): (32, 111062, 88, 0, {}, (None,)),
    ('connection (?:frequency|rate) limit', 0): (32, 111150, 98, 0, {}, (None,)),
    ('connection (?:limit|count) (?:exceeded|reached)', 0): (32, 111248, 120, 0, {}, (None,)),
    ('connection rate', 0): (32, 111368, 68, 0, {}, (None,)),
    ('connection rate limit', 0): (32, 111436, 92, 0, {}, (None,)),
    ('connection refused', 0): (32, 111528, 80, 0, {}, (None,)),
    ('connection reset', 0): (32, 111608, 72, 0, {}, (None,)),
    ('connections? (?:denied|refused|not (?:accepted|allowed)) from', 0): (32, 111680, 148, 0, {}, (None,)),
    ('considered (?:as )?(?:spam|junk|unsolicited)', 0): (32, 111828, 112, 0, {}, (None,)),
    ('conta (?:está )?(?:desativada|suspensa)', 0): (32, 111940, 91, 0, {}, (None,)),
    ('contains? (?:suspicious|prohibited) (?:url|link|content)', 0): (32, 112031, 134, 0, {}, (None,)),
    ('content (?:error|type (?:not|is not) (?:supported|allowed))', 0): (32, 112165, 136, 0, {}, (None,)),
    ('content (?:is )?not allowed', 0): (32, 112301, 73, 0, {}, (None,)),
    ('content filter (?:rejection|score)', 0): (32, 112374, 104, 0, {}, (None,)),
    ('content presents a potential security issue', 0): (32, 112478, 180, 0, {}, (None,)),
    ('content presents a potential(?: \\S+)? security issue', 0): (32, 112658, 167, 0, {}, (None,)),
    ('conversion (?:required|failed|not (?:possible|allowed))', 0): (32, 112825, 137, 0, {}, (None,)),
    ('correo no deseado', 0): (32, 112962, 76, 0, {}, (None,)),
    ('cota excedida', 0): (32, 113038, 60, 0, {}, (None,)),
    ('could not be delivered for \\d', 0): (32, 113098, 121, 0, {}, (None,)),
    ('could not be delivered to the following recipients?', 2): (34, 113219, 136, 0, {}, (None,)),
    ('could not be found', 0): (32, 113355, 80, 0, {}, (None,)),
    ('could not connect', 0): (32, 113435, 76, 0, {}, (None,)),
    ('could not contact dns servers', 0): (32, 113511, 124, 0, {}, (None,)),
    ('could not find (?:mx|the host|an mx)', 0): (32, 113635, 109, 0, {}, (None,)),
    ('could not verify sender', 0): (32, 113744, 100, 0, {}, (None,)),
    ("couldn['’]t be found", 0): (32, 113844, 59, 0, {}, (None,)),
    ("couldn['’]t connect", 0): (32, 113903, 57, 0, {}, (None,)),
    ('cuenta (?:está |esta )?(?:desactivada|suspendida|inactiva)', 0): (32, 113960, 132, 0, {}, (None,)),
    ('cuota excedida', 0): (32, 114092, 64, 0, {}, (None,)),
    ('cxbl|cxsbl|ip (?:address )?(?:has been )?blocked|cxrbl|cxdnsbl', 0): (32, 114156, 134, 0, {}, (None,)),
    ('cxbl|cxsbl|ip (?:address )?(?:has been )?blocked|cxrbl|cxdnsbl', 2): (34, 114290, 159, 0, {}, (None,)),
    ('cxcnct|cxconn', 0): (32, 114449, 40, 0, {}, (None,)),
    ('cxcnct|cxconn', 2): (34, 114489, 32, 0, {}, (None,)),
    ('cxdmarc|cxdkim|cxspf', 0): (32, 114521, 51, 0, {}, (None,)),
    ('cxdmarc|cxdkim|cxspf', 2): (34, 114572, 55, 0, {}, (None,)),
    ('cxmjrejct|cxspam', 0): (32, 114627, 46, 0, {}, (None,)),
    ('cxmjrejct|cxspam', 2): (34, 114673, 45, 0, {}, (None,)),
    ('cxmxrt|cxthrottle|too many', 0): (32, 114718, 70, 0, {}, (None,)),
    ('cxmxrt|cxthrottle|too many', 2): (34, 114788, 65, 0, {}, (None,)),
    ('cxsmtp|reverse dns|ptr', 0): (32, 114853, 67, 0, {}, (None,)),
    ('cxsmtp|reverse dns|ptr', 2): (34, 114920, 72, 0, {}, (None,)),
    ('cxtmp', 0): (32, 114992, 28, 0, {}, (None,)),
    ('cxtmp', 2): (34, 115020, 16, 0, {}, (None,)),
    ('dbl\\.spamhaus', 0): (32, 115036, 56, 0, {}, (None,)),
    ('deferred', 0): (32, 115092, 40, 0, {}, (None,)),
    ('deferred due to (?:excessive|unexpected) volume', 0): (32, 115132, 132, 0, {}, (None,)),
    ('delayed (?:delivery|mail)', 0): (32, 115264, 72, 0, {}, (None,)),
    ('deliver', 2): (34, 115336, 25, 0, {}, (None,)),
    ('delivery (?:has been |is )?delayed', 0): (32, 115361, 95, 0, {}, (None,)),
    ('delivery not authorized', 0): (32, 115456, 100, 0, {}, (None,)),
    ('delivery restriction', 0): (32, 115556, 88, 0, {}, (None,)),
    ('delivery time expired', 0): (32, 115644, 92, 0, {}, (None,)),
    ('delivery to (?:file|pipe) forbidden|^local delivery failed', 2): (34, 115736, 156, 0, {}, (None,)),
    ('denylist', 0): (32, 115892, 40, 0, {}, (None,)),
    ("destinataire invalide|adresse (?:d'au moins un destinataire )?invalide|invalid recipient", 0): (32, 115932, 194, 0, {}, (None,)),
    ("destinataire invalide|adresse (?:d'au moins un destinataire )?invalide|invalid recipient", 2): (34, 116126, 274, 0, {}, (None,)),
    ('destination mailbox has moved', 0): (32, 116400, 124, 0, {}, (None,)),
    ('dial-?up', 0): (32, 116524, 35, 0, {}, (None,)),
    ('did not accept our requests to connect', 0): (32, 116559, 160, 0, {}, (None,)),
    ("did not reach some or all of the intended recipients|hat einige oder alle Empf[äa]nger nicht erreicht|n'a pas atteint (?:certains|tous les) destinataires|no lleg[óo] a (?:algunos|todos los) destinatarios|non ha raggiunto|一部またはすべての受信者に届きませんでした", 2): (34, 116719, 634, 0, {}, (None,)),
    ('did not reach the following recipient\\(s\\):', 2): (34, 117353, 113, 0, {}, (None,)),
    ('did not reach the following recipient|following recipient\\(s\\) could not be reached|Empf[äa]nger konnten? nicht erreicht werden|Impossible de joindre le\\(s\\) destinataire|次の受信者に(?:は)?届きませんでした', 2): (34, 117466, 481, 0, {}, (None,)),
    ('did not respond', 0): (32, 117947, 68, 0, {}, (None,)),
    ('disallowed header', 0): (32, 118015, 76, 0, {}, (None,)),
    ('disk (?:is )?full', 0): (32, 118091, 47, 0, {}, (None,)),
    ('disk quota', 0): (32, 118138, 48, 0, {}, (None,)),
    ('dmarc|authentication', 0): (32, 118186, 57, 0, {}, (None,)),
    ('dmarc|authentication', 2): (34, 118243, 62, 0, {}, (None,)),
    ('dmarc|spf|dkim', 0): (32, 118305, 46, 0, {}, (None,)),
    ('dmarc|spf|dkim', 2): (34, 118351, 51, 0, {}, (None,)),
    ('dmarc|spf|dkim|does not pass', 0): (32, 118402, 75, 0, {}, (None,)),
    ('dmarc|spf|dkim|does not pass', 2): (34, 118477, 95, 0, {}, (None,)),
    ('dns error: domain name not found', 0): (32, 118572, 136, 0, {}, (None,)),
    ('dns returned an invalid response', 0): (32, 118708, 136, 0, {}, (None,)),
    ('dns temporary failure', 0): (32, 118844, 92, 0, {}, (None,)),
    ('do not accept mail from', 0): (32, 118936, 100, 0, {}, (None,)),
    ('does not (?:wish|want) to receive', 0): (32, 119036, 90, 0, {}, (None,)),
    ('does not accept any mail', 0): (32, 119126, 104, 0, {}, (None,)),
    ('does not exist e2110', 0): (32, 119230, 88, 0, {}, (None,)),
    ('does not have authentication information', 0): (32, 119318, 168, 0, {}, (None,)),
    ('does not like recipient|most progress was RCPT', 2): (34, 119486, 144, 0, {}, (None,)),
    ('does not resolve to your ip', 0): (32, 119630, 116, 0, {}, (None,)),
    ("domain (?:could not|couldn['’]t) be (?:found|resolved)", 0): (32, 119746, 125, 0, {}, (None,)),
    ('domain (?:is )?(?:present|listed) in', 0): (32, 119871, 87, 0, {}, (None,)),
    ('domain (?:is )?not reachable', 0): (32, 119958, 73, 0, {}, (None,)),
    ("domain (?:name )?(?:not found|does not exist|doesn['’]t exist|is not (?:valid|registered)|unknown|not exist)", 0): (32, 120031, 232, 0, {}, (None,)),
    ('domain does not (?:accept|receive) (?:e-?mail|mail)', 0): (32, 120263, 141, 0, {}, (None,)),
    ('domain is not (?:hosted|served)', 0): (32, 120404, 96, 0, {}, (None,)),
    ('domain name not found', 0): (32, 120500, 92, 0, {}, (None,)),
    ('domain of sender address', 0): (32, 120592, 104, 0, {}, (None,)),
    ('domaine (?:inexistant|introuvable|inconnu)', 0): (32, 120696, 103, 0, {}, (None,)),
    ('domainkeys', 0): (32, 120799, 48, 0, {}, (None,)),
    ('dominio (?:no existe|inexistente|desconocido)', 0): (32, 120847, 113, 0, {}, (None,)),
    ('domäne (?:existiert nicht|nicht gefunden)', 0): (32, 120960, 102, 0, {}, (None,)),
    ('due to (?:local )?(?:content|message) filter', 0): (32, 121062, 103, 0, {}, (None,)),
    ("due to (?:the )?recipient(?:'s)? (?:policy|settings|preferences)", 0): (32, 121165, 139, 0, {}, (None,)),
    ('due to ip reputation|4\\.7\\.65[0-2]', 0): (32, 121304, 77, 0, {}, (None,)),
    ('due to ip reputation|4\\.7\\.65[0-2]', 2): (34, 121381, 82, 0, {}, (None,)),
    ('duplicate (?:headers?|message-id|from|subject|date)', 0): (32, 121463, 134, 0, {}, (None,)),
    ('dynamic(?:ally)?[ -](?:ip|assigned|address|pool|client|range)', 0): (32, 121597, 140, 0, {}, (None,)),
    ('délai (?:de livraison )?(?:expiré|dépassé)', 0): (32, 121737, 97, 0, {}, (None,)),
    ('e-?mail loop', 0): (32, 121834, 37, 0, {}, (None,)),
    ("email address (?:could not be|wasn['’]t|was not) found", 0): (32, 121871, 142, 0, {}, (None,)),
    ('email address is not verified', 0): (32, 122013, 124, 0, {}, (None,)),
    ('email rejected due to security policies', 2): (34, 122137, 114, 0, {}, (None,)),
    ('emetteur invalide', 0): (32, 122251, 76, 0, {}, (None,)),
    ('empty (?:envelope )?sender', 0): (32, 122327, 67, 0, {}, (None,)),
    ('encoded-word syntax is not permitted', 0): (32, 122394, 152, 0, {}, (None,)),
    ('encoding error', 0): (32, 122546, 64, 0, {}, (None,)),
    ('encryption (?:is )?(?:required|needed)', 0): (32, 122610, 99, 0, {}, (None,)),
    ('envelope blocked|administrative prohibition', 2): (34, 122709, 133, 0, {}, (None,)),
    ('envelope expired', 0): (32, 122842, 72, 0, {}, (None,)),
    ('envelope from', 0): (32, 122914, 60, 0, {}, (None,)),
    ('envelope sender (?:has been |was |is )?(?:denied|rejected|refused)', 0): (32, 122974, 173, 0, {}, (None,)),
    ('erreur (?:interne|système|systeme|temporaire)', 0): (32, 123147, 112, 0, {}, (None,)),
    ('erro (?:interno|temporário|do sistema)', 0): (32, 123259, 93, 0, {}, (None,)),
    ('error (?:interno|temporal|del sistema)', 0): (32, 123352, 95, 0, {}, (None,)),
    ('error (?:in|while) processing', 0): (32, 123447, 76, 0, {}, (None,)),
    ('error in (?:the )?mailer', 0): (32, 123523, 69, 0, {}, (None,)),
    ('errore (?:interno|temporaneo|di sistema)', 0): (32, 123592, 101, 0, {}, (None,)),
    ('espace de stockage (?:est )?(?:plein|insuffisant)', 0): (32, 123693, 137, 0, {}, (None,)),
    ('exceed(?:s|ed)? (?:the )?(?:mailbox |storage |disk )?quota', 0): (32, 123830, 134, 0, {}, (None,)),
    ('exceed(?:s|ed)? (?:the )?(?:maximum )?(?:number of )?recipients', 0): (32, 123964, 132, 0, {}, (None,)),
    ("exceeded (?:google's |the )?message size limits?", 0): (32, 124096, 126, 0, {}, (None,)),
    ("exceeded (?:google's|the) message size limit", 0): (32, 124222, 112, 0, {}, (None,)),
    ("exceeded (?:google's|the) message size limit", 2): (34, 124334, 127, 0, {}, (None,)),
    ('exceeded (?:his|her|their|the|its|storage) ?(?:mailbox )?(?:quota|storage)', 0): (32, 124461, 172, 0, {}, (None,)),
    ('exceeded (?:the |your |its )?(?:message |sending |hourly |daily )?(?:rate|quota for sending|send limit|sending limit|hourly limit|daily limit)', 0): (32, 124633, 317, 0, {}, (None,)),
    ('exceeded \\d+ hops', 0): (32, 124950, 64, 0, {}, (None,)),
    ('exceeds? (?:the )?(?:maximum |max )?(?:message |allowed |permitted )?size', 0): (32, 125014, 161, 0, {}, (None,)),
    ('exceeds? (?:the )?administrative limit', 0): (32, 125175, 94, 0, {}, (None,)),
    ('executable (?:attachments?|files?) (?:is |are )?(?:not allowed|not permitted|prohibited|blocked|forbidden)', 0): (32, 125269, 248, 0, {}, (None,)),
    ('existiert nicht', 0): (32, 125517, 68, 0, {}, (None,)),
    ('exit (?:code|status) \\d', 0): (32, 125585, 63, 0, {}, (None,)),
    ('expired (?:in|after|while|without)', 0): (32, 125648, 92, 0, {}, (None,)),
    ('expéditeur (?:refusé|rejeté|inconnu|invalide)', 0): (32, 125740, 120, 0, {}, (None,)),
    ('external forwarding', 0): (32, 125860, 84, 0, {}, (None,)),
    ('ezweb\\.ne\\.jp', 2): (34, 125944, 28, 0, {}, (None,)),
    ('failed on DATA command|failed after I sent the message|most progress was DATA', 2): (34, 125972, 217, 0, {}, (None,)),
    ('failed to be replicated', 0): (32, 126189, 100, 0, {}, (None,)),
    ('failed to connect', 0): (32, 126289, 76, 0, {}, (None,)),
    ('fails? to pass authentication checks', 0): (32, 126365, 91, 0, {}, (None,)),
    ('filtered', 0): (32, 126456, 40, 0, {}, (None,)),
    ('fml system error message|Loop Alert:|Loop Back Warning:|WARNING: UNIX FROM Loop', 2): (34, 126496, 207, 0, {}, (None,)),
    ('following (?:recipients?|address(?:es)?|users?)|recipients? (?:below|listed)|folgenden? (?:empfänger|adressen?)|destinataires? suivants?|siguientes? destinatarios?|seguintes? destinatários?|seguenti destinatari', 2): (34, 126703, 675, 0, {}, (None,)),
    ('following address(?:es)? failed:\\s*$', 10): (42, 127378, 102, 0, {}, (None,)),
    ('forbidden (?:attachment|content|file|extension)', 0): (32, 127480, 122, 0, {}, (None,)),
    ('forwarding (?:is )?(?:not allowed|disabled|prohibited|blocked)', 0): (32, 127602, 149, 0, {}, (None,)),
    ('found inactive addresses', 0): (32, 127751, 104, 0, {}, (None,)),
    ('frequency limit', 0): (32, 127855, 68, 0, {}, (None,)),
    ('frequency limited', 0): (32, 127923, 76, 0, {}, (None,)),
    ('frequency limit|frequency limited|too many|rate limit|mail is rejected due to frequency', 0): (32, 127999, 199, 0, {}, (None,)),
    ('frequency limit|frequency limited|too many|rate limit|mail is rejected due to frequency', 2): (34, 128198, 234, 0, {}, (None,)),
    ('from address (?:is )?(?:rejected|not allowed|invalid|blocked)', 0): (32, 128432, 151, 0, {}, (None,)),
    ('from:? domain (?:is )?(?:invalid|not valid|rejected)', 0): (32, 128583, 117, 0, {}, (None,)),
    ('full mailbox', 0): (32, 128700, 56, 0, {}, (None,)),
    ('fully qualified email address required', 0): (32, 128756, 160, 0, {}, (None,)),
    ('gave up', 0): (32, 128916, 36, 0, {}, (None,)),
    ('generated\\ by\\ the\\ program\\ amavisd\\-new', 0): (32, 128952, 152, 0, {}, (None,)),
    ('generic (?:host ?name|rdns)', 0): (32, 129104, 79, 0, {}, (None,)),
    ('gibt es nicht', 0): (32, 129183, 60, 0, {}, (None,)),
    ('giving up', 0): (32, 129243, 44, 0, {}, (None,)),
    ('gr[ae]y list', 0): (32, 129287, 35, 0, {}, (None,)),
    ('gr[ae]y-?list(?:ed|ing)?', 0): (32, 129322, 63, 0, {}, (None,)),
    ("group (?:you tried to contact )?(?:may not exist|doesn['’]t exist)", 0): (32, 129385, 144, 0, {}, (None,)),
    ("group you tried to contact \\([^)]*\\) (?:does not|doesn't) exist|Your message to (?:group )?\\S+ couldn't be delivered because the group (?:does not|doesn't) exist", 2): (34, 129529, 361, 0, {}, (None,)),
    ('ha excedido (?:su|la) cuota', 0): (32, 129890, 84, 0, {}, (None,)),
    ('handshake failure', 0): (32, 129974, 76, 0, {}, (None,)),
    ('has (?:previously )?(?:bounced|complained)', 0): (32, 130050, 93, 0, {}, (None,)),
    ('has a policy that prohibited|illegal attachment|prohibited attachment|potential security issue|blocked because its content', 0): (32, 130143, 269, 0, {}, (None,)),
    ('has a policy that prohibited|illegal attachment|prohibited attachment|potential security issue|blocked because its content', 2): (34, 130412, 339, 0, {}, (None,)),
    ('has been moved', 0): (32, 130751, 64, 0, {}, (None,)),
    ('has not been able to deliver', 0): (32, 130815, 120, 0, {}, (None,)),
    ('has not yet been delivered to one or more of its\\s+recipients|^Delay reason:', 10): (42, 130935, 208, 0, {}, (None,)),
    ('has not yet been delivered to one or more of its|\\bhas been frozen\\b', 2): (34, 131143, 169, 0, {}, (None,)),
    ('has not yet been delivered|This is a temporary error', 2): (34, 131312, 146, 0, {}, (None,)),
    ('has not yet been delivered|will be retried|temporary error', 2): (34, 131458, 149, 0, {}, (None,)),
    ('have been failing for a long time', 0): (32, 131607, 140, 0, {}, (None,)),
    ('header (?:is )?(?:invalid|malformed|rejected)', 0): (32, 131747, 106, 0, {}, (None,)),
    ('header check', 0): (32, 131853, 56, 0, {}, (None,)),
    ('header error', 0): (32, 131909, 56, 0, {}, (None,)),
    ('high (?:spam )?complaint rate', 0): (32, 131965, 71, 0, {}, (None,)),
    ('high probability of being spam', 0): (32, 132036, 128, 0, {}, (None,)),
    ('hop count exceeded', 0): (32, 132164, 80, 0, {}, (None,)),
    ('hop count exceeded', 2): (34, 132244, 42, 0, {}, (None,)),
    ('host (?:is )?down', 0): (32, 132286, 47, 0, {}, (None,)),
    ('host (?:is )?unreachable', 0): (32, 132333, 61, 0, {}, (None,)),
    ('host (?:or domain name )?(?:not found|unknown)', 0): (32, 132394, 103, 0, {}, (None,)),
    ('host [a-z0-9.-]+ not found', 0): (32, 132497, 65, 0, {}, (None,)),
    ('host name lookup failure', 0): (32, 132562, 104, 0, {}, (None,)),
    ('host network not allowed', 2): (34, 132666, 59, 0, {}, (None,)),
    ('host not found', 0): (32, 132725, 64, 0, {}, (None,)),
    ('host not found, try again', 0): (32, 132789, 108, 0, {}, (None,)),
    ('hostile', 0): (32, 132897, 36, 0, {}, (None,)),
    ("hostname (?:does not|doesn['’]t) match", 0): (32, 132933, 99, 0, {}, (None,)),
    ('i/o error', 0): (32, 133032, 44, 0, {}, (None,)),
    ('ib401|ptr', 0): (32, 133076, 35, 0, {}, (None,)),
    ('ib401|ptr', 2): (34, 133111, 35, 0, {}, (None,)),
    ('ib50[1-4]', 0): (32, 133146, 30, 0, {}, (None,)),
    ('ib50[1-4]', 2): (34, 133176, 25, 0, {}, (None,)),
    ('ib60[5-9]|too many recipients this hour', 0): (32, 133201, 91, 0, {}, (None,)),
    ('ib60[5-9]|too many recipients this hour', 2): (34, 133292, 116, 0, {}, (None,)),
    ('ib70\\d|virus', 0): (32, 133408, 42, 0, {}, (None,)),
    ('ib70\\d|virus', 2): (34, 133450, 52, 0, {}, (None,)),
    ('ib[12]\\d\\d|blacklist|block list', 0): (32, 133502, 80, 0, {}, (None,)),
    ('ib[12]\\d\\d|blacklist|block list', 2): (34, 133582, 100, 0, {}, (None,)),
    ('identities failed the check', 0): (32, 133682, 116, 0, {}, (None,)),
    ('illegal attachment', 0): (32, 133798, 80, 0, {}, (None,)),
    ('improper (?:encoding|content)', 0): (32, 133878, 82, 0, {}, (None,)),
    ('in a separate transaction', 0): (32, 133960, 108, 0, {}, (None,)),
    ('in the queue too long', 0): (32, 134068, 92, 0, {}, (None,)),
    ('inactive (?:e-?mail )?(?:address|account|mailbox|user)', 0): (32, 134160, 132, 0, {}, (None,)),
    ('inactive (?:recipient|address)es?:', 0): (32, 134292, 95, 0, {}, (None,)),
    ('indesejad', 0): (32, 134387, 44, 0, {}, (None,)),
    ('infected', 0): (32, 134431, 40, 0, {}, (None,)),
    ('insecure', 0): (32, 134471, 40, 0, {}, (None,)),
    ('insufficient (?:disk )?space', 0): (32, 134511, 85, 0, {}, (None,)),
    ('insufficient system (?:storage|resources)', 0): (32, 134596, 128, 0, {}, (None,)),
    ('internal (?:error|server)', 0): (32, 134724, 74, 0, {}, (None,)),
    ('internal resources are temporarily unavailable', 2): (34, 134798, 123, 0, {}, (None,)),
    ('interne[rs]? (?:fehler|systemfehler)', 0): (32, 134921, 93, 0, {}, (None,)),
    ('invalid (?:address )?domain', 0): (32, 135014, 73, 0, {}, (None,)),
    ('invalid (?:credentials|login|password|username)', 0): (32, 135087, 118, 0, {}, (None,)),
    ('invalid (?:hostname|rdns)', 0): (32, 135205, 72, 0, {}, (None,)),
    ('invalid (?:message-id|from header|date header)', 0): (32, 135277, 115, 0, {}, (None,)),
    ('invalid address|mailbox unavailable|no such user|user not found', 0): (32, 135392, 150, 0, {}, (None,)),
    ('invalid address|mailbox unavailable|no such user|user not found', 2): (34, 135542, 185, 0, {}, (None,)),
    ('invalid domain', 0): (32, 135727, 64, 0, {}, (None,)),
    ('invalid ip (?:address )?for sending', 0): (32, 135791, 95, 0, {}, (None,)),
    ('invalid mailbox', 0): (32, 135886, 68, 0, {}, (None,)),
    ('invalid mime', 0): (32, 135954, 56, 0, {}, (None,)),
    ('invalid recipient|recipient address rejected: (?:user unknown|unknown user)', 2): (34, 136010, 208, 0, {}, (None,)),
    ('ip (?:is )?(?:blocked|rejected)|connection refused|bad ip|listed', 0): (32, 136218, 145, 0, {}, (None,)),
    ('ip (?:is )?(?:blocked|rejected)|connection refused|bad ip|listed', 2): (34, 136363, 175, 0, {}, (None,)),
    ('ip address is blocked|bl ?\\d|blocked|rejected by local policy|listed', 0): (32, 136538, 165, 0, {}, (None,)),
    ('ip address is blocked|bl ?\\d|blocked|rejected by local policy|listed', 2): (34, 136703, 195, 0, {}, (None,)),
    ("ip you're using to send mail is not authorized", 0): (32, 136898, 192, 0, {}, (None,)),
    ("ip you're using to send mail is not authorized", 2): (34, 137090, 138, 0, {}, (None,)),
    ('is no longer (?:active|in service)', 0): (32, 137228, 100, 0, {}, (None,)),
    ('is not (?:an )?(?:authorized|designated|permitted) sender', 0): (32, 137328, 130, 0, {}, (None,)),
    ('is not a known user', 0): (32, 137458, 84, 0, {}, (None,)),
    ('is not a valid (?:mailbox|user|recipient)', 0): (32, 137542, 119, 0, {}, (None,)),
    ('is over (?:the |its |his |her |their )?(?:storage|size|quota) limit', 0): (32, 137661, 161, 0, {}, (None,)),
    ('junk mail', 0): (32, 137822, 44, 0, {}, (None,)),
    ('kontingent überschritten', 0): (32, 137866, 104, 0, {}, (None,)),
    ('konto (?:ist )?(?:gesperrt|deaktiviert)', 0): (32, 137970, 91, 0, {}, (None,)),
    ('konto (?:jest )?(?:zablokowane|wyłączone|nieaktywne)', 0): (32, 138061, 118, 0, {}, (None,)),
    ('likely suspicious', 0): (32, 138179, 76, 0, {}, (None,)),
    ('likely unsolicited mail|likely suspicious', 0): (32, 138255, 96, 0, {}, (None,)),
    ('likely unsolicited mail|likely suspicious', 2): (34, 138351, 130, 0, {}, (None,)),
    ('line limit exceeded', 0): (32, 138481, 84, 0, {}, (None,)),
    ('line too long', 0): (32, 138565, 60, 0, {}, (None,)),
    ('lines? too long', 0): (32, 138625, 49, 0, {}, (None,)),
    ('listed (?:in|at|on|by) (?:the )?(?:rbl|dnsbl|spamhaus|spamcop|sorbs|barracuda|\\w+\\.(?:org|net|com))', 0): (32, 138674, 219, 0, {}, (None,)),
    ('local delivery failed', 0): (32, 138893, 92, 0, {}, (None,)),
    ('log ?in (?:through|with|via|using) your (?:web )?browser', 0): (32, 138985, 124, 0, {}, (None,)),
    ('looks like (?:spam|junk)', 0): (32, 139109, 76, 0, {}, (None,)),
    ('lookup of \\S+ had no relevant answers', 0): (32, 139185, 106, 0, {}, (None,)),
    ('loop detected', 0): (32, 139291, 60, 0, {}, (None,)),
    ('loops? back to myself', 0): (32, 139351, 61, 0, {}, (None,)),
    ('lost connection with', 0): (32, 139412, 88, 0, {}, (None,)),
    ('low (?:sender |ip )?rating', 0): (32, 139500, 69, 0, {}, (None,)),
    ('low reputation|very low reputation', 0): (32, 139569, 85, 0, {}, (None,)),
    ('low reputation|very low reputation', 2): (34, 139654, 90, 0, {}, (None,)),
    ('mail (?:delivery )?program', 0): (32, 139744, 65, 0, {}, (None,)),
    ('mail (?:is )?not accepted for this domain', 0): (32, 139809, 95, 0, {}, (None,)),
    ('mail ?box (?:is |was |seems |appears to be )?(?:currently |now )?(?:full|over ?(?:quota|the quota|filled))', 0): (32, 139904, 235, 0, {}, (None,)),
    ('mail appears to be unsolicited', 0): (32, 140139, 128, 0, {}, (None,)),
    ('mail delivery subsystem', 2): (34, 140267, 77, 0, {}, (None,)),
    ('mail from (?:address )?(?:rejected|refused|not accepted|denied)', 0): (32, 140344, 149, 0, {}, (None,)),
    ("mail from (?:domain|address) (?:does not|doesn['’]t) (?:exist|resolve)", 0): (32, 140493, 153, 0, {}, (None,)),
    ('mail from not owned by user', 0): (32, 140646, 116, 0, {}, (None,)),
    ('mail from your (?:ip|host|domain)', 0): (32, 140762, 103, 0, {}, (None,)),
    ('mail server permanently rejected message \\(#5\\.7\\.1\\)', 0): (32, 140865, 204, 0, {}, (None,)),
    ('mail system (?:is )?full', 0): (32, 141069, 75, 0, {}, (None,)),
    ('mail to the following recipients could not be delivered', 2): (34, 141144, 146, 0, {}, (None,)),
    ('mail(?:box)? (?:rule|filter)', 0): (32, 141290, 65, 0, {}, (None,)),
    ('mail(?:ing)? loop', 0): (32, 141355, 45, 0, {}, (None,)),
    ('mail\\.local: unknown user', 0): (32, 141400, 104, 0, {}, (None,)),
    ('mailbox (?:has been )?removed', 0): (32, 141504, 77, 0, {}, (None,)),
    ('mailbox (?:is )?(?:invalid|inactive)', 0): (32, 141581, 85, 0, {}, (None,)),
    ('mailbox (?:is )?(?:temporarily )?disabled', 0): (32, 141666, 96, 0, {}, (None,)),
    ('mailbox (?:is )?(?:unavailable|not available)', 0): (32, 141762, 107, 0, {}, (None,)),
    ('mailbox (?:is )?full|over quota', 0): (32, 141869, 74, 0, {}, (None,)),
    ('mailbox (?:is )?full|over quota', 2): (34, 141943, 84, 0, {}, (None,)),
    ('mailbox (?:is )?full|storage quota', 0): (32, 142027, 80, 0, {}, (None,)),
    ('mailbox (?:is )?full|storage quota', 2): (34, 142107, 95, 0, {}, (None,)),
    ('mailbox (?:not found|name not allowed)', 0): (32, 142202, 98, 0, {}, (None,)),
    ('mailbox is disabled|account (?:is )?(?:disabled|inactive)', 0): (32, 142300, 124, 0, {}, (None,)),
    ('mailbox is disabled|account (?:is )?(?:disabled|inactive)', 2): (34, 142424, 174, 0, {}, (None,)),
    ('mailbox is full', 2): (34, 142598, 51, 0, {}, (None,)),
    ('mailbox limit exceeded', 0): (32, 142649, 96, 0, {}, (None,)),
    ('mailbox name (?:is )?(?:invalid|not valid)', 0): (32, 142745, 111, 0, {}, (None,)),
    ('mailbox not found|mailbox unavailable|user not exist|invalid address', 0): (32, 142856, 160, 0, {}, (None,)),
    ('mailbox not found|mailbox unavailable|user not exist|invalid address', 2): (34, 143016, 200, 0, {}, (None,)),
    ('mailbox quota', 0): (32, 143216, 60, 0, {}, (None,)),
    ('mailbox size limit exceeded', 0): (32, 143276, 116, 0, {}, (None,)),
    ('mailbox unavailable|no such user|user unknown|not exist', 0): (32, 143392, 130, 0, {}, (None,)),
    ('mailbox unavailable|no such user|user unknown|not exist', 2): (34, 143522, 159, 0, {}, (None,)),
    ('mailbox unavailable|recipient not found|recipientnotfound', 0): (32, 143681, 132, 0, {}, (None,)),
    ('mailbox unavailable|recipient not found|recipientnotfound', 2): (34, 143813, 157, 0, {}, (None,)),
    ('maildir over quota', 0): (32, 143970, 80, 0, {}, (None,)),
    ('mailer error', 0): (32, 144050, 56, 0, {}, (None,)),
    ('mailer-daemon', 0): (32, 144106, 60, 0, {}, (None,)),
    ('mailer-daemon|postmaster|mail delivery|mmdf|mail administrator', 2): (34, 144166, 184, 0, {}, (None,)),
    ('mailer[-_ ]?daemon|postmaster|mail ?delivery|mail administrator|system administrator', 2): (34, 144350, 261, 0, {}, (None,)),
    ('mailer[-_ ]?daemon|postmaster|post_master|mail ?delivery|mail administrator|mmdf|mail ?system|mail ?server|delivery ?(?:status|subsystem|notification)|e-?mail (?:delivery|system)|systemadministrator|\\bbounces?\\b', 2): (34, 144611, 635, 0, {}, (None,)),
    ('mailfolder is full', 0): (32, 145246, 80, 0, {}, (None,)),
    ('mailspike', 0): (32, 145326, 44, 0, {}, (None,)),
    ('malformed (?:message|mail|mime|content|header)', 0): (32, 145370, 121, 0, {}, (None,)),
    ('malformed or unexpected name server reply', 0): (32, 145491, 172, 0, {}, (None,)),
    ('malicious (?:content|attachment|software|code)', 0): (32, 145663, 120, 0, {}, (None,)),
    ('malware', 0): (32, 145783, 36, 0, {}, (None,)),
    ('max(?:imum)? (?:number of )?recipients', 0): (32, 145819, 80, 0, {}, (None,)),
    ('max(?:imum)? (?:time|age|lifetime)', 0): (32, 145899, 76, 0, {}, (None,)),
    ('maximum (?:number of )?(?:concurrent )?connections', 0): (32, 145975, 114, 0, {}, (None,)),
    ('maximum (?:number of )?(?:connections|concurrent connections)', 0): (32, 146089, 133, 0, {}, (None,)),
    ('maximum email size exceeded|message too large', 2): (34, 146222, 130, 0, {}, (None,)),
    ('media (?:error|not supported|type)', 0): (32, 146352, 87, 0, {}, (None,)),
    ('members-only list', 0): (32, 146439, 76, 0, {}, (None,)),
    ('mensagem (?:é )?(?:muito grande|excede)', 0): (32, 146515, 97, 0, {}, (None,)),
    ('mensaje (?:es )?demasiado grande', 0): (32, 146612, 83, 0, {}, (None,)),
    ('message (?:content )?(?:rejected|refused) as (?:spam|junk)', 0): (32, 146695, 127, 0, {}, (None,)),
    ('message (?:content )?(?:was )?rejected due to (?:its )?content', 0): (32, 146822, 133, 0, {}, (None,)),
    ('message (?:content )?not (?:accepted|acceptable)', 0): (32, 146955, 101, 0, {}, (None,)),
    ('message (?:has been |was )?(?:rejected|refused) by (?:the )?recipient', 0): (32, 147056, 152, 0, {}, (None,)),
    ('message (?:header|body) (?:is )?(?:malformed|invalid)', 0): (32, 147208, 121, 0, {}, (None,)),
    ('message (?:length )?exceeds (?:the )?(?:local |administrative )limit', 0): (32, 147329, 148, 0, {}, (None,)),
    ('message (?:not|cannot be) accepted for policy reasons', 0): (32, 147477, 128, 0, {}, (None,)),
    ('message body (?:is )?(?:invalid|rejected)', 0): (32, 147605, 109, 0, {}, (None,)),
    ('message contains (?:bare|8-?bit)', 0): (32, 147714, 107, 0, {}, (None,)),
    ('message count (?:limit|quota) (?:exceeded|reached)', 0): (32, 147821, 132, 0, {}, (None,)),
    ('message file too big', 0): (32, 147953, 88, 0, {}, (None,)),
    ('message has been identified as', 0): (32, 148041, 128, 0, {}, (None,)),
    ('message too large for this recipient', 0): (32, 148169, 152, 0, {}, (None,)),
    ('message will be retried', 0): (32, 148321, 100, 0, {}, (None,)),
    ("messages from [0-9.]+ weren['’]t sent", 0): (32, 148421, 108, 0, {}, (None,)),
    ('messages? per (?:hour|minute|second|day)', 0): (32, 148529, 105, 0, {}, (None,)),
    ('message|e-?mail|\\bmail|recipient|nachricht|empfänger|courriel|destinataire|mensaje|correo|mensagem|messaggio|bericht|wiadomoś|сообщени|письм|メール|邮件|郵件|信件', 2): (34, 148634, 447, 0, {}, (None,)),
    ('messaggio troppo grande', 0): (32, 149081, 100, 0, {}, (None,)),
    ('misconfigur', 0): (32, 149181, 52, 0, {}, (None,)),
    ('mismatch(?:es)? (?:the )?client ip', 0): (32, 149233, 82, 0, {}, (None,)),
    ('missing (?:a valid address in )?(?:from|date|message-id|subject)[: ]', 0): (32, 149315, 154, 0, {}, (None,)),
    ('missing a valid (?:address in the )?(?:from|message-id|date|sender)', 0): (32, 149469, 169, 0, {}, (None,)),
    ('mittente (?:rifiutato|non valido)', 0): (32, 149638, 90, 0, {}, (None,)),
    ('moved permanently', 0): (32, 149728, 76, 0, {}, (None,)),
    ('multiple (?:addresses in )?(?:from|to|subject|message-id|date):? (?:headers?|fields?|lines?)', 0): (32, 149804, 217, 0, {}, (None,)),
    ('multiple addresses in (?:the )?(?:from|to|cc)\\b', 0): (32, 150021, 138, 0, {}, (None,)),
    ('multiple authentication checks failed', 0): (32, 150159, 156, 0, {}, (None,)),
    ('must (?:be )?(?:authenticated|authenticate)', 0): (32, 150315, 73, 0, {}, (None,)),
    ('must issue a starttls command first', 0): (32, 150388, 148, 0, {}, (None,)),
    ('mx ?loopback', 0): (32, 150536, 39, 0, {}, (None,)),
    ("n'existe pas", 0): (32, 150575, 56, 0, {}, (None,)),
    ("n'existe pas ou que vous ne soyez pas autorisé", 0): (32, 150631, 192, 0, {}, (None,)),
    ('nachricht (?:ist )?zu groß', 0): (32, 150823, 75, 0, {}, (None,)),
    ('nadawca (?:odrzucony|zablokowany)', 0): (32, 150898, 88, 0, {}, (None,)),
    ('name or service not known', 0): (32, 150986, 108, 0, {}, (None,)),
    ('name resolution (?:failure|failed)', 0): (32, 151094, 106, 0, {}, (None,)),
    ('name service error', 0): (32, 151200, 80, 0, {}, (None,)),
    ('need (?:mail|rcpt|helo|ehlo)', 0): (32, 151280, 74, 0, {}, (None,)),
    ('network (?:is )?unreachable', 0): (32, 151354, 73, 0, {}, (None,)),
    ('network error', 0): (32, 151427, 60, 0, {}, (None,)),
    ('network or routing', 0): (32, 151487, 80, 0, {}, (None,)),
    ('nevyžádan', 0): (32, 151567, 44, 0, {}, (None,)),
    ('nicht die erforderlichen berechtigungen', 0): (32, 151611, 164, 0, {}, (None,)),
    ('nie istnieje', 0): (32, 151775, 56, 0, {}, (None,)),
    ('nieznany (?:użytkownik|adres|odbiorca)', 0): (32, 151831, 101, 0, {}, (None,)),
    ('no (?:dns )?(?:reverse|ptr)', 0): (32, 151932, 61, 0, {}, (None,)),
    ('no (?:from|date|message-id) header', 0): (32, 151993, 81, 0, {}, (None,)),
    ('no (?:ldap |directory )?entry for (?:the |this )?(?:recipient|user|address)', 0): (32, 152074, 161, 0, {}, (None,)),
    ('no (?:mailbox|account|user) (?:here )?(?:by that name|with this name|for|found|exists)', 0): (32, 152235, 181, 0, {}, (None,)),
    ('no (?:mx|mail exchanger|valid mx|dns) (?:record|host)s?', 0): (32, 152416, 125, 0, {}, (None,)),
    ('no account', 0): (32, 152541, 48, 0, {}, (None,)),
    ('no answer from host', 0): (32, 152589, 84, 0, {}, (None,)),
    ('no commands allowed to pipeline', 0): (32, 152673, 132, 0, {}, (None,)),
    ('no existe', 0): (32, 152805, 44, 0, {}, (None,)),
    ('no forwarding address', 0): (32, 152849, 92, 0, {}, (None,)),
    ('no healthy (?:secondary )?server', 0): (32, 152941, 89, 0, {}, (None,)),
    ('no identity changes permitted', 0): (32, 153030, 124, 0, {}, (None,)),
    ('no mail box', 0): (32, 153154, 52, 0, {}, (None,)),
    ('no mail(?: is)? accepted', 0): (32, 153206, 65, 0, {}, (None,)),
    ('no matching host ?name', 0): (32, 153271, 87, 0, {}, (None,)),
    ('no mx records? (?:found|exists?)', 0): (32, 153358, 100, 0, {}, (None,)),
    ('no relaying', 0): (32, 153458, 52, 0, {}, (None,)),
    ('no route to host', 0): (32, 153510, 72, 0, {}, (None,)),
    ('no shared cipher', 0): (32, 153582, 72, 0, {}, (None,)),
    ('no space left', 0): (32, 153654, 60, 0, {}, (None,)),
    ('no such (?:host|domain)', 0): (32, 153714, 68, 0, {}, (None,)),
    ('no such (?:user|mailbox|recipient|account|address|local user|person|e-?mail)', 0): (32, 153782, 183, 0, {}, (None,)),
    ('no such user|user not found|not exist', 0): (32, 153965, 92, 0, {}, (None,)),
    ('no such user|user not found|not exist', 2): (34, 154057, 112, 0, {}, (None,)),
    ('no such user|user unknown|recipient', 0): (32, 154169, 93, 0, {}, (None,)),
    ('no such user|user unknown|recipient', 2): (34, 154262, 108, 0, {}, (None,)),
    ('no such user|user unknown|unknown user', 0): (32, 154370, 94, 0, {}, (None,)),
    ('no such user|user unknown|unknown user', 2): (34, 154464, 109, 0, {}, (None,)),
    ('no tienes los permisos', 0): (32, 154573, 96, 0, {}, (None,)),
    ('no valid recipients for this', 0): (32, 154669, 120, 0, {}, (None,)),
    ('no valid recipients?', 0): (32, 154789, 87, 0, {}, (None,)),
    ('non esiste', 0): (32, 154876, 48, 0, {}, (None,)),
    ('non-?existent (?:domain|host)', 0): (32, 154924, 73, 0, {}, (None,)),
    ('nonstandard header', 0): (32, 154997, 80, 0, {}, (None,)),
    ('not (?:a )?(?:valid|known) (?:user|recipient|mailbox|address)', 0): (32, 155077, 131, 0, {}, (None,)),
    ('not (?:available|ready)', 0): (32, 155208, 60, 0, {}, (None,)),
    ('not (?:rfc|standards?)[ -]compliant', 0): (32, 155268, 86, 0, {}, (None,)),
    ('not a gateway', 0): (32, 155354, 60, 0, {}, (None,)),
    ('not a registered gateway user', 0): (32, 155414, 124, 0, {}, (None,)),
    ('not a valid user', 0): (32, 155538, 72, 0, {}, (None,)),
    ('not accepted for policy reasons', 0): (32, 155610, 132, 0, {}, (None,)),
    ('not accepted for policy reasons', 2): (34, 155742, 83, 0, {}, (None,)),
    ('not accepting (?:any )?(?:e-?mail|mail|network messages)(?! from)', 0): (32, 155825, 159, 0, {}, (None,)),
    ('not accepting (?:mail|messages|connections) from', 0): (32, 155984, 131, 0, {}, (None,)),
    ('not accepting connections', 0): (32, 156115, 108, 0, {}, (None,)),
    ('not accepting mail from you', 0): (32, 156223, 116, 0, {}, (None,)),
    ('not allowed (?:attachment|file type|extension)', 0): (32, 156339, 123, 0, {}, (None,)),
    ('not allowed to post to this (?:mailing )?list', 0): (32, 156462, 149, 0, {}, (None,)),
    ('not allowed to send (?:mail|messages) to', 0): (32, 156611, 126, 0, {}, (None,)),
    ('not authenticated', 0): (32, 156737, 76, 0, {}, (None,)),
    ('not authorized', 0): (32, 156813, 64, 0, {}, (None,)),
    ('not authorized to send (?:mail|messages) to', 0): (32, 156877, 138, 0, {}, (None,)),
    ('not authorized to send email directly to our servers', 0): (32, 157015, 216, 0, {}, (None,)),
    ('not configured to relay', 0): (32, 157231, 100, 0, {}, (None,)),
    ('not delivering to (?:a |an |this )?(?:user|recipient|address|previously)', 0): (32, 157331, 190, 0, {}, (None,)),
    ('not designated to send', 0): (32, 157521, 96, 0, {}, (None,)),
    ('not have permission to post', 0): (32, 157617, 116, 0, {}, (None,)),
    ('not in my list of allowed rcpthosts', 0): (32, 157733, 148, 0, {}, (None,)),
    ('not listed in (?:the )?(?:domino directory|public name & address book)', 0): (32, 157881, 169, 0, {}, (None,)),
    ('not listed in (?:the )?(?:domino directory|public name|name & address book|address book)', 0): (32, 158050, 207, 0, {}, (None,)),
    ('not our customer', 0): (32, 158257, 72, 0, {}, (None,)),
    ('not owned by user', 0): (32, 158329, 76, 0, {}, (None,)),
    ('not permitted sender', 0): (32, 158405, 88, 0, {}, (None,)),
    ('not resolve (?:to )?your', 0): (32, 158493, 75, 0, {}, (None,)),
    ('not responding', 0): (32, 158568, 64, 0, {}, (None,)),
    ('not rfc ?5322 compliant|missing a valid address in from|multiple (?:from|to|subject|date|message-id|sender) headers|duplicate (?:headers?|message-id)', 0): (32, 158632, 324, 0, {}, (None,)),
    ('not rfc ?5322 compliant|missing a valid address in from|multiple (?:from|to|subject|date|message-id|sender) headers|duplicate (?:headers?|message-id)', 2): (34, 158956, 423, 0, {}, (None,)),
    ('not yet been delivered', 0): (32, 159379, 96, 0, {}, (None,)),
    ('null mx', 0): (32, 159475, 36, 0, {}, (None,)),
    ('null sender', 0): (32, 159511, 52, 0, {}, (None,)),
    ('nullmx', 0): (32, 159563, 32, 0, {}, (None,)),
    ('number of messages (?:they|it|you|the sender|the recipient) can (?:send|receive)', 0): (32, 159595, 205, 0, {}, (None,)),
    ("number of messages in recipient's mailbox exceeded the local limit", 2): (34, 159800, 188, 0, {}, (None,)),
    ('nxdomain', 0): (32, 159988, 40, 0, {}, (None,)),
    ('não (?:tem|tenha) permissão', 0): (32, 160028, 68, 0, {}, (None,)),
    ('não existe', 0): (32, 160096, 48, 0, {}, (None,)),
    ('on (?:the|our|your|a) (?:account-level )?suppression', 0): (32, 160144, 113, 0, {}, (None,)),
    ('onbekende (?:gebruiker|ontvanger|geadresseerde)', 0): (32, 160257, 121, 0, {}, (None,)),
    ('open relay (?:detected|listed|blocked)', 0): (32, 160378, 105, 0, {}, (None,)),
    ('original message follows', 2): (34, 160483, 79, 0, {}, (None,)),
    ('original message|^-+', 2): (34, 160562, 75, 0, {}, (None,)),
    ('original message|message follows|^-+\\s*$|^\\s*(?:Received|Return-Path|From|Subject|To|Date):', 2): (34, 160637, 254, 0, {}, (None,)),
    ('original message|message follows|below this line|^-{3,}|^\\s*(?:Received|Return-Path|From|Subject|Message-ID):\\s', 2): (34, 160891, 315, 0, {}, (None,)),
    ('out of (?:disk )?space', 0): (32, 161206, 61, 0, {}, (None,)),
    ('out of sequence', 0): (32, 161267, 68, 0, {}, (None,)),
    ('over (?:the |its |his |her |their )?(?:storage |disk |mailbox |e-?mail )?quota', 0): (32, 161335, 184, 0, {}, (None,)),
    ('over ?quota', 0): (32, 161519, 41, 0, {}, (None,)),
    ('over quota|mailbox (?:is )?full', 0): (32, 161560, 74, 0, {}, (None,)),
    ('over quota|mailbox (?:is )?full', 2): (34, 161634, 84, 0, {}, (None,)),
    ('over quota|mailbox full|quota', 0): (32, 161718, 81, 0, {}, (None,)),
    ('over quota|mailbox full|quota', 2): (34, 161799, 76, 0, {}, (None,)),
    ('overloaded', 0): (32, 161875, 48, 0, {}, (None,)),
    ('parameter not implemented', 0): (32, 161923, 108, 0, {}, (None,)),
    ('part of their network is on our block list', 0): (32, 162031, 176, 0, {}, (None,)),
    ('permission denied', 0): (32, 162207, 76, 0, {}, (None,)),
    ('permission to post', 0): (32, 162283, 80, 0, {}, (None,)),
    ('permission to send as', 0): (32, 162363, 92, 0, {}, (None,)),
    ('phish', 0): (32, 162455, 28, 0, {}, (None,)),
    ('pipelining (?:not allowed|error)', 0): (32, 162483, 92, 0, {}, (None,)),
    ('please authenticate', 0): (32, 162575, 84, 0, {}, (None,)),
    ('please check if address is correct', 0): (32, 162659, 144, 0, {}, (None,)),
    ('polic(?:y|ies)', 0): (32, 162803, 44, 0, {}, (None,)),
    ('policy|rp:pcp|rp:tmf', 0): (32, 162847, 58, 0, {}, (None,)),
    ('policy|rp:pcp|rp:tmf', 2): (34, 162905, 58, 0, {}, (None,)),
    ('poor (?:sending )?history', 0): (32, 162963, 63, 0, {}, (None,)),
    ('poor reputation', 0): (32, 163026, 68, 0, {}, (None,)),
    ('postfach (?:ist )?(?:gesperrt|deaktiviert)', 0): (32, 163094, 103, 0, {}, (None,)),
    ('postfach (?:ist )?voll\\b', 0): (32, 163197, 67, 0, {}, (None,)),
    ('postfach[^.!?\\n]{0,40}? (?:ist )?(?:voll|überfüllt|übervoll)\\b', 0): (32, 163264, 128, 0, {}, (None,)),
    ('pourriel', 0): (32, 163392, 40, 0, {}, (None,)),
    ('previously (?:bounced|hard bounced|unsubscribed|marked as spam)', 0): (32, 163432, 156, 0, {}, (None,)),
    ('prohibited', 0): (32, 163588, 48, 0, {}, (None,)),
    ('protocol (?:error|violation)', 0): (32, 163636, 80, 0, {}, (None,)),
    ('protocol violation', 0): (32, 163716, 80, 0, {}, (None,)),
    ('przekroczon[ao] (?:limit|quot)', 0): (32, 163796, 87, 0, {}, (None,)),
    ('psbl', 0): (32, 163883, 24, 0, {}, (None,)),
    ('ptr|reverse', 0): (32, 163907, 39, 0, {}, (None,)),
    ('ptr|reverse', 2): (34, 163946, 39, 0, {}, (None,)),
    ('ptr|reverse dns|pt0{5}[0-9]', 0): (32, 163985, 67, 0, {}, (None,)),
    ('ptr|reverse dns|pt0{5}[0-9]', 2): (34, 164052, 72, 0, {}, (None,)),
    ('purported responsible address', 0): (32, 164124, 124, 0, {}, (None,)),
    ('queue ?time', 0): (32, 164248, 43, 0, {}, (None,)),
    ('quota (?:est )?dépassé', 0): (32, 164291, 59, 0, {}, (None,)),
    ('quota (?:exceeded|exceed|full|violation)', 0): (32, 164350, 100, 0, {}, (None,)),
    ('quota (?:limit|would be exceeded)', 0): (32, 164450, 84, 0, {}, (None,)),
    ('quota excedida', 0): (32, 164534, 64, 0, {}, (None,)),
    ('quota for sending', 0): (32, 164598, 76, 0, {}, (None,)),
    ('quota superata', 0): (32, 164674, 64, 0, {}, (None,)),
    ('quota überschritten', 0): (32, 164738, 84, 0, {}, (None,)),
    ('quota|full', 0): (32, 164822, 37, 0, {}, (None,)),
    ('quota|full', 2): (34, 164859, 32, 0, {}, (None,)),
    ('quota|mailbox full', 0): (32, 164891, 53, 0, {}, (None,)),
    ('quota|mailbox full', 2): (34, 164944, 53, 0, {}, (None,)),
    ('quotum (?:is )?overschreden', 0): (32, 164997, 71, 0, {}, (None,)),
    ('rate that prevents additional messages', 0): (32, 165068, 160, 0, {}, (None,)),
    ('rate-limit', 0): (32, 165228, 48, 0, {}, (None,)),
    ('ratelimit', 0): (32, 165276, 44, 0, {}, (None,)),
    ('ratelimit|too many', 0): (32, 165320, 53, 0, {}, (None,)),
    ('ratelimit|too many', 2): (34, 165373, 58, 0, {}, (None,)),
    ('rdns', 0): (32, 165431, 24, 0, {}, (None,)),
    ('received-spf: (?:fail|softfail)', 0): (32, 165455, 96, 0, {}, (None,)),
    ('receiving (?:e-?mail|mail) (?:at a rate|too quickly)', 0): (32, 165551, 131, 0, {}, (None,)),
    ('receiving mail (?:at a rate|too quickly)', 0): (32, 165682, 116, 0, {}, (None,)),
    ('receiving mail (?:at a rate|too quickly)|rate that prevents additional messages', 0): (32, 165798, 170, 0, {}, (None,)),
    ('receiving mail (?:at a rate|too quickly)|rate that prevents additional messages', 2): (34, 165968, 216, 0, {}, (None,)),
    ('recipient (?:address )?(?:verification|verify) failed', 0): (32, 166184, 117, 0, {}, (None,)),
    ('recipient (?:address )?rejected: (?:inactive|blocked|disabled|suspended|locked)', 0): (32, 166301, 182, 0, {}, (None,)),
    ('recipient (?:address )?rejected: (?:unknown|invalid|undeliverable|user|no such|not found|access denied|mailbox)', 0): (32, 166483, 249, 0, {}, (None,)),
    ("recipient (?:does not|doesn['’]t) (?:accept|want|wish)", 0): (32, 166732, 132, 0, {}, (None,)),
    ('recipient (?:limit|count) (?:exceeded|reached)', 0): (32, 166864, 116, 0, {}, (None,)),
    ('recipient address rejected: access denied', 0): (32, 166980, 172, 0, {}, (None,)),
    ('recipient address rejected: access denied', 2): (34, 167152, 123, 0, {}, (None,)),
    ('recipient address\\s+is not a valid rfc[- ]?532[12] address', 0): (32, 167275, 162, 0, {}, (None,)),
    ('recipient domain (?:not found|unknown|does not exist)', 0): (32, 167437, 147, 0, {}, (None,)),
    ('recipient name is not recognized', 0): (32, 167584, 136, 0, {}, (None,)),
    ('recipient unknown', 0): (32, 167720, 76, 0, {}, (None,)),
    ("recipient(?:'s)? (?:filter|settings)", 0): (32, 167796, 91, 0, {}, (None,)),
    ("recipient(?:'s)? (?:mailbox|inbox) is full", 0): (32, 167887, 103, 0, {}, (None,)),
    ('recipients returned (?:permanent|temporary) errors?:[ \\t]*(.+?)\\.[ \\t]+Reason:', 2): (34, 167990, 186, 1, {}, (None, None)),
    ('recipients? (?:was|were) rejected by a remote mail server', 2): (34, 168176, 149, 0, {}, (None,)),
    ('recipsizelimit', 0): (32, 168325, 64, 0, {}, (None,)),
    ('refused mail ?from', 0): (32, 168389, 71, 0, {}, (None,)),
    ('refused to talk to me', 0): (32, 168460, 92, 0, {}, (None,)),
    ('refuses? (?:to accept|delivery of) (?:this|your|the) (?:message|mail)', 0): (32, 168552, 154, 0, {}, (None,)),
    ('rejected (?:by|due to) (?:anti-?spam|spam)', 0): (32, 168706, 109, 0, {}, (None,)),
    ('rejected by the server for the recipient domain \\S+ by ([A-Za-z0-9][\\w.-]*?)\\.?[ \\t]+\\[([0-9A-Fa-f.:]+)\\]', 2): (34, 168815, 294, 2, {}, (None, None, None)),
    ('rejected recipient <([^<>\\s]+)>', 2): (34, 169109, 77, 1, {}, (None, None)),
    ('rejected.{0,20}recipient|invalid recipient|rp:rdn|rp:fee.{0,10}recipient', 0): (32, 169186, 147, 0, {}, (None,)),
    ('rejected.{0,20}recipient|invalid recipient|rp:rdn|rp:fee.{0,10}recipient', 2): (34, 169333, 182, 0, {}, (None,)),
    ('relay access', 0): (32, 169515, 56, 0, {}, (None,)),
    ('relay limit exceeded', 0): (32, 169571, 88, 0, {}, (None,)),
    ('relay not permitted', 0): (32, 169659, 84, 0, {}, (None,)),
    ('relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed|authorized)|prohibited)', 0): (32, 169743, 174, 0, {}, (None,)),
    ('relay(?:ing)? (?:access )?(?:denied|not permitted|refused)[.,;:]? (?:proper |smtp )?authentication (?:is )?required', 0): (32, 169917, 236, 0, {}, (None,)),
    ('relay(?:ing)? (?:is )?not (?:permitted|allowed|authori[sz]ed)', 0): (32, 170153, 128, 0, {}, (None,)),
    ('relay(?:ing)? refused', 0): (32, 170281, 55, 0, {}, (None,)),
    ('relaying (?:mail )?(?:to <[^>]*> )?(?:is )?(?:denied|not allowed)', 0): (32, 170336, 136, 0, {}, (None,)),
    ('remetente (?:rejeitado|inválido)', 0): (32, 170472, 90, 0, {}, (None,)),
    ('remitente (?:rechazado|no válido|desconocido)', 0): (32, 170562, 117, 0, {}, (None,)),
    ('remote (?:host|server) (?:closed|dropped|did not respond|not responding)', 0): (32, 170679, 164, 0, {}, (None,)),
    ("remote domain doesn'?t exist", 2): (34, 170843, 85, 0, {}, (None,)),
    ('reputation', 0): (32, 170928, 48, 0, {}, (None,)),
    ('requires? (?:a )?(?:secure|encrypted|tls) connection', 0): (32, 170976, 123, 0, {}, (None,)),
    ('residential', 0): (32, 171099, 52, 0, {}, (None,)),
    ('resolver\\.adr\\.(?:ex)?recip(?:ient)?notfound', 0): (32, 171151, 108, 0, {}, (None,)),
    ('resolver\\.rst\\.\\w*(?:notauthorized|sendernotauthenticated)', 0): (32, 171259, 148, 0, {}, (None,)),
    ('resources? (?:temporarily )?(?:unavailable|exhausted)', 0): (32, 171407, 126, 0, {}, (None,)),
    ('retry time(?:out)? (?:exceeded|not reached for any host)', 0): (32, 171533, 133, 0, {}, (None,)),
    ('retry timeout', 0): (32, 171666, 60, 0, {}, (None,)),
    ('retry timeout exceeded|retry time not reached for any host after a long failure period|all hosts have been failing for a long time', 2): (34, 171726, 323, 0, {}, (None,)),
    ('returned (?:a )?non-?zero', 0): (32, 172049, 74, 0, {}, (None,)),
    ('returned mail not accepted here', 0): (32, 172123, 132, 0, {}, (None,)),
    ('reverse (?:dns|lookup|name|hostname|host name)', 0): (32, 172255, 117, 0, {}, (None,)),
    ('reverse-dns', 0): (32, 172372, 52, 0, {}, (None,)),
    ('rfc ?(?:5322|2822|822|5321|2821)', 0): (32, 172424, 82, 0, {}, (None,)),
    ('rl0{6}|rl0{4}0[1-9]|rate limit', 0): (32, 172506, 67, 0, {}, (None,)),
    ('rl0{6}|rl0{4}0[1-9]|rate limit', 2): (34, 172573, 73, 0, {}, (None,)),
    ('routing loop', 0): (32, 172646, 56, 0, {}, (None,)),
    ('rp:(?:cea|ttl|cnl)|ip blocked|connection blocked|envelope rejected', 0): (32, 172702, 155, 0, {}, (None,)),
    ('rp:(?:cea|ttl|cnl)|ip blocked|connection blocked|envelope rejected', 2): (34, 172857, 155, 0, {}, (None,)),
    ('running the Courier mail server|^Courier mail server at ', 10): (42, 173012, 159, 0, {}, (None,)),
    ('score too high', 0): (32, 173171, 64, 0, {}, (None,)),
    ('scored as (?:spam|junk)', 0): (32, 173235, 72, 0, {}, (None,)),
    ('security (?:error|violation)', 0): (32, 173307, 80, 0, {}, (None,)),
    ('send as this sender', 0): (32, 173387, 84, 0, {}, (None,)),
    ('send mail as', 0): (32, 173471, 56, 0, {}, (None,)),
    ('send mail as', 2): (34, 173527, 45, 0, {}, (None,)),
    ('send(?:ing)? frequency', 0): (32, 173572, 55, 0, {}, (None,)),
    ("sender (?:address )?(?:domain )?(?:does not exist|must exist|not found|doesn['’]t exist|has no|not resolvable)", 0): (32, 173627, 233, 0, {}, (None,)),
    ('sender (?:address )?(?:is )?(?:the )?same as (?:the )?recipient', 0): (32, 173860, 128, 0, {}, (None,)),
    ('sender (?:address )?authentication failed', 0): (32, 173988, 99, 0, {}, (None,)),
    ('sender (?:address )?verify', 0): (32, 174087, 69, 0, {}, (None,)),
    ('sender (?:address |domain |e-?mail )?(?:rejected|refused|denied|blocked|invalid|unknown|verify failed|not allowed|verification failed|is (?:invalid|blocked|not (?:allowed|accepted|valid|permitted)))', 0): (32, 174156, 428, 0, {}, (None,)),
    ('sender (?:has been |is |was )?(?:black|block)listed', 0): (32, 174584, 120, 0, {}, (None,)),
    ('sender (?:is )?(?:on|in) (?:the )?(?:block|black|deny)list', 0): (32, 174704, 125, 0, {}, (None,)),
    ('sender (?:is )?not allowed|from: address|sender address|from: domain|valid from', 0): (32, 174829, 178, 0, {}, (None,)),
    ('sender (?:is )?not allowed|from: address|sender address|from: domain|valid from', 2): (34, 175007, 218, 0, {}, (None,)),
    ('sender (?:was |has been )?rejected', 0): (32, 175225, 91, 0, {}, (None,)),
    ('sender domain is empty', 0): (32, 175316, 96, 0, {}, (None,)),
    ('sender is spammer', 0): (32, 175412, 76, 0, {}, (None,)),
    ('sender is unauthenticated', 0): (32, 175488, 108, 0, {}, (None,)),
    ('sender not pre-approved', 0): (32, 175596, 100, 0, {}, (None,)),
    ('sender policy framework', 0): (32, 175696, 100, 0, {}, (None,)),
    ('sender score', 0): (32, 175796, 56, 0, {}, (None,)),
    ('senderscore', 0): (32, 175852, 52, 0, {}, (None,)),
    ('sender|rp:bsp|rp:fee|rp:sdn', 0): (32, 175904, 72, 0, {}, (None,)),
    ('sender|rp:bsp|rp:fee|rp:sdn', 2): (34, 175976, 83, 0, {}, (None,)),
    ('sendgrid\\.net', 2): (34, 176059, 40, 0, {}, (None,)),
    ('sending (?:rate|too fast|limit)', 0): (32, 176099, 85, 0, {}, (None,)),
    ('sending quota', 0): (32, 176184, 60, 0, {}, (None,)),
    ('server (?:configuration )?(?:error|problem|failure)', 0): (32, 176244, 118, 0, {}, (None,)),
    ('server busy', 0): (32, 176362, 52, 0, {}, (None,)),
    ('server does not accept mail from', 0): (32, 176414, 136, 0, {}, (None,)),
    ('servfail', 0): (32, 176550, 40, 0, {}, (None,)),
    ('service (?:is )?(?:currently |temporarily )?(?:unavailable|not available)', 0): (32, 176590, 164, 0, {}, (None,)),
    ('service refused', 0): (32, 176754, 68, 0, {}, (None,)),
    ('service unavailable', 0): (32, 176822, 84, 0, {}, (None,)),
    ('size (?:limit )?exceeded', 0): (32, 176906, 61, 0, {}, (None,)),
    ('size exceeds (?:the )?(?:fixed |maximum )?(?:limit|maximum)', 0): (32, 176967, 146, 0, {}, (None,)),
    ('size exceeds the limit for this recipient', 0): (32, 177113, 172, 0, {}, (None,)),
    ('skrzynka[^.]{0,30}? (?:jest )?(?:pełna|przepełniona)', 0): (32, 177285, 104, 0, {}, (None,)),
    ('slow down', 0): (32, 177389, 44, 0, {}, (None,)),
    ('smtp auth (?:is )?required', 0): (32, 177433, 75, 0, {}, (None,)),
    ('smtp authentication (?:is )?required', 0): (32, 177508, 115, 0, {}, (None,)),
    ('sns\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?', 0): (32, 177623, 80, 0, {}, (None,)),
    ('socket error', 0): (32, 177703, 56, 0, {}, (None,)),
    ('sorbs', 0): (32, 177759, 28, 0, {}, (None,)),
    ('sp0{6}', 0): (32, 177787, 23, 0, {}, (None,)),
    ('sp0{6}', 2): (34, 177810, 22, 0, {}, (None,)),
    ('spam', 0): (32, 177832, 24, 0, {}, (None,)),
    ('spam', 2): (34, 177856, 19, 0, {}, (None,)),
    ('spam ?score', 0): (32, 177875, 41, 0, {}, (None,)),
    ('spam ?signature', 0): (32, 177916, 49, 0, {}, (None,)),
    ('spamcop', 0): (32, 177965, 36, 0, {}, (None,)),
    ('spamhaus', 0): (32, 178001, 40, 0, {}, (None,)),
    ('spammy', 0): (32, 178041, 32, 0, {}, (None,)),
    ('spam|content', 0): (32, 178073, 41, 0, {}, (None,)),
    ('spam|content', 2): (34, 178114, 41, 0, {}, (None,)),
    ('spam|content rejected|mail content denied', 0): (32, 178155, 105, 0, {}, (None,)),
    ('spam|content rejected|mail content denied', 2): (34, 178260, 110, 0, {}, (None,)),
    ('spam|message content rejected', 0): (32, 178370, 75, 0, {}, (None,)),
    ('spam|message content rejected', 2): (34, 178445, 85, 0, {}, (None,)),
    ('spam|message rejected under suspicion', 0): (32, 178530, 91, 0, {}, (None,)),
    ('spam|message rejected under suspicion', 2): (34, 178621, 121, 0, {}, (None,)),
    ('spam|nonsense|abuse', 0): (32, 178742, 61, 0, {}, (None,)),
    ('spam|nonsense|abuse', 2): (34, 178803, 71, 0, {}, (None,)),
    ('spam|rp:dsp|rp:ssp|rp:ssv', 0): (32, 178874, 68, 0, {}, (None,)),
    ('spam|rp:dsp|rp:ssp|rp:ssv', 2): (34, 178942, 94, 0, {}, (None,)),
    ('spazio (?:della casella )?esaurito', 0): (32, 179036, 85, 0, {}, (None,)),
    ('speicherplatz (?:ist )?(?:voll|erschöpft|überschritten)', 0): (32, 179121, 140, 0, {}, (None,)),
    ('spf (?:check|validation|verification|policy)', 0): (32, 179261, 104, 0, {}, (None,)),
    ('spf record[^.]{0,40}? (?:suspicious|invalid|error|too many)', 0): (32, 179365, 131, 0, {}, (None,)),
    ('spool (?:space|directory) (?:is )?full', 0): (32, 179496, 89, 0, {}, (None,)),
    ('ssl (?:error|routines)', 0): (32, 179585, 58, 0, {}, (None,)),
    ('starttls', 0): (32, 179643, 40, 0, {}, (None,)),
    ('still (?:trying|undelivered)', 0): (32, 179683, 74, 0, {}, (None,)),
    ('suppressed', 0): (32, 179757, 48, 0, {}, (None,)),
    ('suppression list', 0): (32, 179805, 72, 0, {}, (None,)),
    ('surbl', 0): (32, 179877, 28, 0, {}, (None,)),
    ('suspended|frozen|inactive', 0): (32, 179905, 73, 0, {}, (None,)),
    ('suspended|frozen|inactive', 2): (34, 179978, 83, 0, {}, (None,)),
    ('suspicious due to the nature of the content', 0): (32, 180061, 180, 0, {}, (None,)),
    ('syntax', 0): (32, 180241, 32, 0, {}, (None,)),
    ('syntax error', 0): (32, 180273, 56, 0, {}, (None,)),
    ('system (?:has )?(?:failed|error|problem)', 0): (32, 180329, 96, 0, {}, (None,)),
    ('system not accepting network messages', 0): (32, 180425, 156, 0, {}, (None,)),
    ('taille (?:du message )?(?:excessive|trop grande|dépasse)', 0): (32, 180581, 128, 0, {}, (None,)),
    ('tempfail', 0): (32, 180709, 40, 0, {}, (None,)),
    ('temporarily (?:unable|unavailable)', 0): (32, 180749, 98, 0, {}, (None,)),
    ('temporarily deferred due to (?:unexpected )?volume', 0): (32, 180847, 159, 0, {}, (None,)),
    ('temporary (?:dns|lookup) failure', 0): (32, 181006, 90, 0, {}, (None,)),
    ('temporary failure in name resolution', 0): (32, 181096, 152, 0, {}, (None,)),
    ('temporary locked', 0): (32, 181248, 72, 0, {}, (None,)),
    ('temporary lookup failure', 0): (32, 181320, 104, 0, {}, (None,)),
    ('tenant has exceeded threshold|5\\.7\\.70[5-8]|5\\.7\\.750', 0): (32, 181424, 112, 0, {}, (None,)),
    ('tenant has exceeded threshold|5\\.7\\.70[5-8]|5\\.7\\.750', 2): (34, 181536, 117, 0, {}, (None,)),
    ('terms of (?:service|use)', 0): (32, 181653, 72, 0, {}, (None,)),
    ('the email account that you tried to reach does not exist', 0): (32, 181725, 232, 0, {}, (None,)),
    ('the email account that you tried to reach is (?:disabled|inactive)', 0): (32, 181957, 228, 0, {}, (None,)),
    ('the email account that you tried to reach is over quota', 0): (32, 182185, 228, 0, {}, (None,)),
    ('this message has been in the queue too long', 2): (34, 182413, 122, 0, {}, (None,)),
    ('this message was (?:blocked|rejected)', 0): (32, 182535, 114, 0, {}, (None,)),
    ("this user doesn['’]t have a [\\w.-]+ account", 0): (32, 182649, 122, 0, {}, (None,)),
    ("this user doesn['’]t have a \\S+ account|\\bdd\\b.{0,40}doesn['’]t have", 2): (34, 182771, 163, 0, {}, (None,)),
    ('throttl', 0): (32, 182934, 36, 0, {}, (None,)),
    ('tiempo (?:de entrega )?(?:expirado|agotado)', 0): (32, 182970, 101, 0, {}, (None,)),
    ('time ?out (?:period )?(?:exceeded|expired)', 0): (32, 183071, 92, 0, {}, (None,)),
    ('time limit', 0): (32, 183163, 48, 0, {}, (None,)),
    ('time-?out (?:while|during|reading|on)', 0): (32, 183211, 93, 0, {}, (None,)),
    ('timed out', 0): (32, 183304, 44, 0, {}, (None,)),
    ('timeout reading', 0): (32, 183348, 68, 0, {}, (None,)),
    ('tls (?:connection )?(?:failed|failure)', 0): (32, 183416, 77, 0, {}, (None,)),
    ('tls (?:is )?required', 0): (32, 183493, 51, 0, {}, (None,)),
    ('tls (?:negotiation|handshake) (?:failed|error)', 0): (32, 183544, 104, 0, {}, (None,)),
    ("tls (?:wasn['’]t|was not|is not|isn['’]t) used", 0): (32, 183648, 106, 0, {}, (None,)),
    ('tls engine', 0): (32, 183754, 48, 0, {}, (None,)),
    ('tls is required, but', 0): (32, 183802, 88, 0, {}, (None,)),
    ('tls not available', 0): (32, 183890, 76, 0, {}, (None,)),
    ('too (?:many|much) (?:mail|messages|emails|e-mails|traffic)(?: (?:sent|from|for))?', 0): (32, 183966, 171, 0, {}, (None,)),
    ('too big for system', 0): (32, 184137, 80, 0, {}, (None,)),
    ('too fast', 0): (32, 184217, 40, 0, {}, (None,)),
    ('too many (?:\\w+ ){0,2}?(?:connections|sessions)', 0): (32, 184257, 107, 0, {}, (None,)),
    ('too many (?:concurrent )?connections', 2): (34, 184364, 83, 0, {}, (None,)),
    ('too many (?:failed )?login attempts', 0): (32, 184447, 91, 0, {}, (None,)),
    ('too many (?:invalid|bad|unknown|non-?existent) recipients', 0): (32, 184538, 143, 0, {}, (None,)),
    ('too many (?:recipients|rcpt)', 0): (32, 184681, 80, 0, {}, (None,)),
    ('too many (?:user |spam )?complaints', 0): (32, 184761, 97, 0, {}, (None,)),
    ('too many bad recipients', 0): (32, 184858, 100, 0, {}, (None,)),
    ('too many connections from', 0): (32, 184958, 108, 0, {}, (None,)),
    ('too many errors', 0): (32, 185066, 68, 0, {}, (None,)),
    ('too many hops', 0): (32, 185134, 60, 0, {}, (None,)),
    ('too many hosts? ', 0): (32, 185194, 69, 0, {}, (None,)),
    ('too many invalid recipients', 0): (32, 185263, 116, 0, {}, (None,)),
    ("too many messages (?:in|on) (?:the |this |that |his |her |their |user\\'s |recipient\\'s )?(?:mail ?box|inbox|folder|account)", 0): (32, 185379, 294, 0, {}, (None,)),
    ('too many recipients', 0): (32, 185673, 84, 0, {}, (None,)),
    ('too many recipients', 2): (34, 185757, 59, 0, {}, (None,)),
    ('too many unauthenticated commands', 0): (32, 185816, 140, 0, {}, (None,)),
    ('too much mail data', 0): (32, 185956, 80, 0, {}, (None,)),
    ('too old', 0): (32, 186036, 36, 0, {}, (None,)),
    ('trojan', 0): (32, 186072, 32, 0, {}, (None,)),
    ('try again', 0): (32, 186104, 44, 0, {}, (None,)),
    ('try again later \\(#4\\.3\\.0\\)', 0): (32, 186148, 104, 0, {}, (None,)),
    ('try again later \\(dns\\)', 0): (32, 186252, 92, 0, {}, (None,)),
    ('turn on smtp authentication', 0): (32, 186344, 116, 0, {}, (None,)),
    ('uceprotect', 0): (32, 186460, 48, 0, {}, (None,)),
    ('unable to (?:look ?up|resolve) (?:the )?(?:mx|dns|host|domain)', 0): (32, 186508, 148, 0, {}, (None,)),
    ('unable to (?:reach|contact)', 0): (32, 186656, 80, 0, {}, (None,)),
    ('unable to connect', 0): (32, 186736, 76, 0, {}, (None,)),
    ('unable to contact (?:the )?(?:ldap|directory) server', 0): (32, 186812, 141, 0, {}, (None,)),
    ('unable to deliver (?:this|your|the) message (?:for|within|after)', 0): (32, 186953, 170, 0, {}, (None,)),
    ('unable to resolve (?:your )?(?:ip|host)', 0): (32, 187123, 115, 0, {}, (None,)),
    ('unacceptable (?:content|attachment)', 0): (32, 187238, 102, 0, {}, (None,)),
    ('unauthenticated (?:e?mail|message|sender)', 0): (32, 187340, 124, 0, {}, (None,)),
    ('unauthorized', 0): (32, 187464, 56, 0, {}, (None,)),
    ('unbekannt(?:er)? (?:empfänger|benutzer|user)', 0): (32, 187520, 108, 0, {}, (None,)),
    ('undeliverable address', 0): (32, 187628, 92, 0, {}, (None,)),
    ('undeliver|returned mail|delivery (?:status|fail|notification)|failure notice|non[- ]?delivery|could not be delivered|mail delivery', 2): (34, 187720, 353, 0, {}, (None,)),
    ('undeliver|returned mail|delivery (?:status|fail|notification|problem|report)|failure notice|non[- ]?delivery|could not be delivered|message status|delayed|warning', 2): (34, 188073, 436, 0, {}, (None,)),
    ("undeliver|returned mail|delivery (?:status|fail|notification|problem|report|error)|failure notice|non[- ]?delivery|could not be delivered|(?:not|n['’]t) (?:be )?delivered|mail delivery|delivery has failed|rejected|bounce|unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|nicht zugestellt|non remis|non distribu|non délivr|échec de (?:la )?(?:remise|distribution|livraison)|no entregado|no se pudo entregar|no (?:ha sido|fue) entregado|devuelto|não entregue|não foi entregue|falha na entrega|non recapitat|mancato recapito|impossibile recapitare|onbestelbaar|niet bezorgd|niet afgeleverd|nie dostarczon|niedostarczon|не доставлен|недоставлен|不達|未送達|配信(?:エラー|失敗|不能)|エラー|退信|投递失败|无法投递|退回|無法傳遞", 2): (34, 188509, 1782, 0, {}, (None,)),
    ('unknown (?:host|domain)', 0): (32, 190291, 68, 0, {}, (None,)),
    ('unknown (?:or invalid )?(?:local part|address)', 0): (32, 190359, 109, 0, {}, (None,)),
    ('unknown (?:user|recipient|mailbox|local[- ]part|address|account|e-?mail)', 0): (32, 190468, 173, 0, {}, (None,)),
    ('unknown command', 0): (32, 190641, 68, 0, {}, (None,)),
    ('unknown mailer error', 0): (32, 190709, 88, 0, {}, (None,)),
    ('unknown or illegal alias', 0): (32, 190797, 104, 0, {}, (None,)),
    ('unknown recipient', 0): (32, 190901, 76, 0, {}, (None,)),
    ('unreachable', 0): (32, 190977, 52, 0, {}, (None,)),
    ('unrecognized command', 0): (32, 191029, 88, 0, {}, (None,)),
    ('unresolvable (?:ip|address|host)', 0): (32, 191117, 97, 0, {}, (None,)),
    ('unresolvable domain', 0): (32, 191214, 84, 0, {}, (None,)),
    ('unroutable domain', 0): (32, 191298, 76, 0, {}, (None,)),
    ('unroutable sender', 0): (32, 191374, 76, 0, {}, (None,)),
    ('unrouteable (?:mail )?domain', 0): (32, 191450, 83, 0, {}, (None,)),
    ('unrouteable address', 0): (32, 191533, 84, 0, {}, (None,)),
    ('unsubscribed', 0): (32, 191617, 56, 0, {}, (None,)),
    ('unsupported protocol', 0): (32, 191673, 88, 0, {}, (None,)),
    ('unusual (?:amount|volume) of (?:e-?mail|mail|messages)(?! originating from your ip)', 0): (32, 191761, 186, 0, {}, (None,)),
    ('unusual amount of unsolicited (?:e-?mail|mail) originating from your ip', 0): (32, 191947, 211, 0, {}, (None,)),
    ('unusual rate of', 0): (32, 192158, 68, 0, {}, (None,)),
    ('unusual rate of unsolicited mail originating from your ip', 0): (32, 192226, 236, 0, {}, (None,)),
    ('unusual rate of unsolicited mail originating from your ip', 2): (34, 192462, 165, 0, {}, (None,)),
    ('unverifyable sending ip', 0): (32, 192627, 100, 0, {}, (None,)),
    ('uribl', 0): (32, 192727, 28, 0, {}, (None,)),
    ('url (?:is )?(?:blacklisted|listed)', 0): (32, 192755, 77, 0, {}, (None,)),
    ('use (?:the )?(?:smtp|mail) (?:server|relay) of your (?:isp|provider)', 0): (32, 192832, 141, 0, {}, (None,)),
    ('user (?:account )?(?:is )?(?:temporarily )?(?:not available|unavailable)', 0): (32, 192973, 145, 0, {}, (None,)),
    ('user (?:account )?(?:is )?(?:unavailable|disabled|inactive)|account has been disabled', 0): (32, 193118, 176, 0, {}, (None,)),
    ('user (?:account )?(?:is )?(?:unavailable|disabled|inactive)|account has been disabled', 2): (34, 193294, 226, 0, {}, (None,)),
    ("user (?:does not|doesn['’]t) exist", 0): (32, 193520, 83, 0, {}, (None,)),
    ('user (?:has )?(?:refused|rejected|blocked|filtered)', 0): (32, 193603, 115, 0, {}, (None,)),
    ('user (?:is )?not accepting', 0): (32, 193718, 65, 0, {}, (None,)),
    ("user (?:not|isn['’]t) (?:here|local|on this system|found)", 0): (32, 193783, 129, 0, {}, (None,)),
    ('user does not exist|no such user|user unknown', 0): (32, 193912, 108, 0, {}, (None,)),
    ('user does not exist|no such user|user unknown', 2): (34, 194020, 138, 0, {}, (None,)),
    ('user has moved', 0): (32, 194158, 64, 0, {}, (None,)),
    ('user lookup failed', 0): (32, 194222, 80, 0, {}, (None,)),
    ('user not found|no such user|not exist', 0): (32, 194302, 92, 0, {}, (None,)),
    ('user not found|no such user|not exist', 2): (34, 194394, 112, 0, {}, (None,)),
    ('user not local; please try', 0): (32, 194506, 112, 0, {}, (None,)),
    ('user unknown', 0): (32, 194618, 56, 0, {}, (None,)),
    ("user unknown|unknown user|no such|does not exist|not found|rejected|refused|unable to deliver|(?:doesn't|does not) have|not listed|no (?:mail)?box|not (?:a )?valid|unknown|not deliver|disabled|suspended|inactive|over ?quota|too large|exceed|mailbox|quota|full|denied|invalid|unavailable|failed|failure|blocked|undeliverable|could not be delivered|permanent|error|expired|timed? ?out|\\b[45]\\d\\d\\b|\\b[45]\\.\\d|unbekannt|existiert nicht|voll|zugestellt|inconnu|n['’]existe pas|pleine|distribu|desconocid|no existe|llen[oa]|entregar|entregad|desconhecid|não existe|cheia|entregue|sconosciut|non esiste|piena|recapit|consegn|onbekend|bestaat niet|vol\\b|bezorgd|nieznan|nie istnieje|pełna|dostarcz|неизвест|не существует|не найден|переполнен|доставлен|存在しません|見つかりません|不明|いっぱい|満杯|配信|不存在|已满|投递|退信", 2): (34, 194674, 2073, 0, {}, (None,)),
    ("user(?:'s)? (?:mailbox|inbox) is full", 0): (32, 196747, 83, 0, {}, (None,)),
    ('username and password not accepted', 0): (32, 196830, 144, 0, {}, (None,)),
    ('verify the (?:recipient|address)', 0): (32, 196974, 92, 0, {}, (None,)),
    ('violat(?:es|ion|ed)', 0): (32, 197066, 57, 0, {}, (None,)),
    ('virus', 0): (32, 197123, 28, 0, {}, (None,)),
    ('virus (?:detected|signature)', 2): (34, 197151, 80, 0, {}, (None,)),
    ('virus detected', 2): (34, 197231, 44, 0, {}, (None,)),
    ('virus|rp:vir', 0): (32, 197275, 41, 0, {}, (None,)),
    ('virus|rp:vir', 2): (34, 197316, 51, 0, {}, (None,)),
    ("wasn't delivered to \\S+ because the address couldn't be found\\.", 2): (34, 197367, 159, 0, {}, (None,)),
    ("wasn['’]t able to establish an smtp connection", 0): (32, 197526, 107, 0, {}, (None,)),
    ("wasn['’]t found at the destination", 0): (32, 197633, 83, 0, {}, (None,)),
    ("wasn['’]t found at the destination domain", 0): (32, 197716, 97, 0, {}, (None,)),
    ("we don['’]t accept mail from", 0): (32, 197813, 75, 0, {}, (None,)),
    ('while talking to', 0): (32, 197888, 72, 0, {}, (None,)),
    ('wiadomość (?:jest )?za duża', 0): (32, 197960, 77, 0, {}, (None,)),
    ('will (?:be retried|continue trying|retry|keep trying)', 0): (32, 198037, 124, 0, {}, (None,)),
    ('without (?:a )?valid (?:reverse|hostname)', 0): (32, 198161, 99, 0, {}, (None,)),
    ('worm found', 0): (32, 198260, 48, 0, {}, (None,)),
    ('would exceed mailbox', 0): (32, 198308, 88, 0, {}, (None,)),
    ('wrong version number', 0): (32, 198396, 88, 0, {}, (None,)),
    ('x-unix', 0): (32, 198484, 32, 0, {}, (None,)),
    ('x-yandex-queue-id', 2): (34, 198516, 45, 0, {}, (None,)),
    ('you may not have permission to post', 0): (32, 198561, 148, 0, {}, (None,)),
    ('your (?:e-?mail )?address has been blocked', 0): (32, 198709, 100, 0, {}, (None,)),
    ('your (?:ip|host|network|server) (?:address )?(?:is |has been )?(?:on|in) (?:our|a) ', 0): (32, 198809, 176, 0, {}, (None,)),
    ("your (?:mail )?(?:server['’]?s? |sending host['’]?s? )?host ?name (?:does not|doesn['’]t|did not) resolve", 0): (32, 198985, 227, 0, {}, (None,)),
    ('your access to submit messages', 0): (32, 199212, 128, 0, {}, (None,)),
    ('zustellung (?:verzögert|zeitüberschreitung)', 0): (32, 199340, 114, 0, {}, (None,)),
    ('вирус', 0): (32, 199454, 28, 0, {}, (None,)),
    ('внутренн(?:яя|ей) ошибк', 0): (32, 199482, 68, 0, {}, (None,)),
    ('временн(?:ая|ой) ошибк', 0): (32, 199550, 64, 0, {}, (None,)),
    ('домен не (?:существует|найден)', 0): (32, 199614, 84, 0, {}, (None,)),
    ('не существует', 0): (32, 199698, 60, 0, {}, (None,)),
    ('не існує', 0): (32, 199758, 40, 0, {}, (None,)),
    ('невідомий (?:користувач|адресат|отримувач)', 0): (32, 199798, 111, 0, {}, (None,)),
    ('недостатньо місця', 0): (32, 199909, 76, 0, {}, (None,)),
    ('недостаточно места', 0): (32, 199985, 80, 0, {}, (None,)),
    ('неизвестный (?:пользователь|адрес|получатель)', 0): (32, 200065, 121, 0, {}, (None,)),
    ('немає такого (?:користувача|адресата|адреси|скриньки)', 0): (32, 200186, 140, 0, {}, (None,)),
    ('нет такого (?:пользователя|ящика|адреса)', 0): (32, 200326, 109, 0, {}, (None,)),
    ('отправител[ья] (?:отклонен|заблокирован|не найден)', 0): (32, 200435, 126, 0, {}, (None,)),
    ('ошибка сервера', 0): (32, 200561, 64, 0, {}, (None,)),
    ('перевищено (?:квоту|ліміт)', 0): (32, 200625, 80, 0, {}, (None,)),
    ('переповнен[аоі]', 0): (32, 200705, 133, 0, {}, (None,)),
    ('переполнен', 0): (32, 200838, 48, 0, {}, (None,)),
    ('превышен(?:\\w*)? размер', 0): (32, 200886, 69, 0, {}, (None,)),
    ('превышен(?:а)? квот', 0): (32, 200955, 57, 0, {}, (None,)),
    ('прошло слишком много времени', 0): (32, 201012, 120, 0, {}, (None,)),
    ('скриньк[аи][^.]{0,30}? переповнен', 0): (32, 201132, 72, 0, {}, (None,)),
    ('слишком больш(?:ое|ой) (?:письмо|сообщение)', 0): (32, 201204, 111, 0, {}, (None,)),
    ('спам', 0): (32, 201315, 24, 0, {}, (None,)),
    ('учетная запись (?:отключена|заблокирована)', 0): (32, 201339, 120, 0, {}, (None,)),
    ('ящик переполнен', 0): (32, 201459, 68, 0, {}, (None,)),
    ('アカウント(?:が|は)?(?:停止|無効)', 0): (32, 201527, 56, 0, {}, (None,)),
    ('ウイルス', 0): (32, 201583, 24, 0, {}, (None,)),
    ('サイズ(?:が|を)?(?:超過|オーバー|大きすぎ)', 0): (32, 201607, 63, 0, {}, (None,)),
    ('システムエラー', 0): (32, 201670, 36, 0, {}, (None,)),
    ('スパム', 0): (32, 201706, 20, 0, {}, (None,)),
    ('ディレクトリ(?:には|の)(?:リストに)?(?:見つかりません|ありません)', 0): (32, 201726, 91, 0, {}, (None,)),
    ('ドメインが(?:存在しません|見つかりません)', 0): (32, 201817, 62, 0, {}, (None,)),
    ('メールボックスが(?:いっぱい|一杯|満杯)', 0): (32, 201879, 67, 0, {}, (None,)),
    ('一時的なエラー', 0): (32, 201946, 36, 0, {}, (None,)),
    ('不存在か', 0): (32, 201982, 24, 0, {}, (None,)),
    ('内部エラー', 0): (32, 202006, 28, 0, {}, (None,)),
    ('内部错误', 0): (32, 202034, 24, 0, {}, (None,)),
    ('发件人(?:被)?(?:拒绝|拒收)', 0): (32, 202058, 36, 0, {}, (None,)),
    ('发帖权限', 0): (32, 202094, 24, 0, {}, (None,)),
    ('垃圾邮件', 0): (32, 202118, 24, 0, {}, (None,)),
    ('垃圾郵件', 0): (32, 202142, 24, 0, {}, (None,)),
    ('域名不存在', 0): (32, 202166, 28, 0, {}, (None,)),
    ('存在しないアドレス', 0): (32, 202194, 44, 0, {}, (None,)),
    ('容量(?:が|を)?(?:超過|オーバー|不足)', 0): (32, 202238, 55, 0, {}, (None,)),
    ('容量制限', 0): (32, 202293, 24, 0, {}, (None,)),
    ('張貼留言的權限', 0): (32, 202317, 36, 0, {}, (None,)),
    ('投稿する権限', 0): (32, 202353, 32, 0, {}, (None,)),
    ('投递(?:超时|延迟)', 0): (32, 202385, 32, 0, {}, (None,)),
    ('无此用户', 0): (32, 202417, 24, 0, {}, (None,)),
    ('服务器错误', 0): (32, 202441, 28, 0, {}, (None,)),
    ('查无此人', 0): (32, 202469, 24, 0, {}, (None,)),
    ('無此用戶', 0): (32, 202493, 24, 0, {}, (None,)),
    ('病毒', 0): (32, 202517, 16, 0, {}, (None,)),
    ('空间不足', 0): (32, 202533, 24, 0, {}, (None,)),
    ('系统错误', 0): (32, 202557, 24, 0, {}, (None,)),
    ('群組可能不存在', 0): (32, 202581, 36, 0, {}, (None,)),
    ('群组可能不存在', 0): (32, 202617, 36, 0, {}, (None,)),
    ('該当するユーザ', 0): (32, 202653, 36, 0, {}, (None,)),
    ('超出(?:了)?(?:邮箱)?(?:容量|配额)', 0): (32, 202689, 48, 0, {}, (None,)),
    ('迷惑メール', 0): (32, 202737, 28, 0, {}, (None,)),
    ('送信数', 0): (32, 202765, 20, 0, {}, (None,)),
    ('送信者(?:が|は)?(?:拒否|ブロック)', 0): (32, 202785, 52, 0, {}, (None,)),
    ('邮件(?:大小)?(?:过大|太大|超过)', 0): (32, 202837, 48, 0, {}, (None,)),
    ('配信(?:が)?(?:遅延|タイムアウト)', 0): (32, 202885, 47, 0, {}, (None,)),
    ('頻度', 0): (32, 202932, 16, 0, {}, (None,)),
    ('频率', 0): (32, 202948, 16, 0, {}, (None,)),
    (b'\nFrom [^\\s]+[ \\t][^\\r\\n]*?\\d:\\d\\d', 0): (0, 202964, 80, 0, {}, (None,)),
    (b'\rFrom [^\\s]+[ \\t][^\\r\\n]*?\\d:\\d\\d', 0): (0, 203044, 80, 0, {}, (None,)),
    (b'(?m)^>(>*From )', 0): (8, 203124, 31, 1, {}, (None, None)),
    (b'From [^\\s]+[ \\t][^\\r\\n]*?\\d:\\d\\d', 0): (0, 203155, 76, 0, {}, (None,)),
    (b'\\bUID (\\d+)', 0): (0, 203231, 30, 1, {}, (None, None)),
    (b'^([!-9;-~]+)[ \\t]*:[ \\t]*(.*)$', 0): (0, 203261, 64, 2, {}, (None, None, None)),
}
WORDS = (
    'eNrsvQl0XGd2HvhXAWCBAIHCQhLgquIikZQECiJFLdwESVRbu9iSIrVEqdmFjQCJKqALBZCge2R2W97jsdttOz52EjueHC+TjDPj'
    'jjOOndjJJBm7k3PiOBlPfCZOxrL7xG5v5yRekpPptAaPdf+ui1v3/tt7r1AEgXNKT6x673//cv/73+W79/YqpTpXP5nVT/fqJw//'
    'H30KqvbXB//fvvrpWv1kVz898O9O+H98Xwa+y8F3J1Y/O1c/j6x+TsG9+Pkuy3dbUNvRdQT9ZnpH9P3x1c/w6mcr9KtNeE8m8P4C'
    '+o2OoRvdG316Vz/boE36OQBt6zlXaAwH4NpF5rgXrV3Uxkerf/pd96Hno//vh3/nYI2j7w+RsUbPS2ONnvnM6mcHevbo6ucGtNGD'
    '2jgCz0frMbr6eQL+v7j6mSZtXln9TEEbRdLGu9CHttsPZO/qP0wTX/voo5xi/75+2y0V8KfXRLfSj+j8DKK5rUAjvbBW0e/Pwn2v'
    'ITobge/wb/j6Kvn3Zbg+Q36/gNrR9KoYet1G9uZpj/ujcUc0dy/p0xRcF+G6ANd5uJbJ71NkDPq+SfS7ac9tM6yF5i8dsJ9OBPBT'
    'vaZb4Du9pu3o96hP0fr9ZKbOX48gPqzH+k2Z2jMRHyjBtQrXBeh/D/DB6Ls5y71Zco7k4PmjMG/RtUKu8+jfeZjbnah93O9ZuD7M'
    '9HuKtLeE2sB9G1r9PM+cAUeBt3F9K5H7KuSdJXJ/Ff2On9P3FR3GNQfztxO1YVtDOsfLzPd5oN2c8JuepwHS9yKZoyrzvL5/CM48'
    'PceaRmxjXiBtzjk8UybPTKJ+DJBzs5/MzwR5b5WMuYrWNZqbX1v97A5cS1c6i97zc6ufXWRcZWZ8+Nlp8v0kWbcq+nf0jr+K9rXt'
    '3s/D+eGyFrZ7XPZ0UZi3CTLmskADEx7vwm1FY30TzYtub4bwP00PL6J7ZxjaxfeOMXxUajc6E/Y57Pcqma8K+b4q7CPalua73aS9'
    'JdLODHMmjBtoiJNFou8+XP2f9szatcJz4MrnJptMHxwflvaBdF7YxrbAvNdlPiS+pb/vh7VIgg9+vkl88HoT+OAnPfjg63cRHxz2'
    '4IM9HnwQ84M2+O7fr37+HXzXDjT6iGWsnGxj2yfFmPv+KNCky9pifvljq5+LTeZRObRHQ+RoaX9RuRrL61QunkbP+PB0TCd5mLtX'
    'mjx/Eh816X49jF4RXS/Bc1vQc9tXr++he98TeKMrXzXNYT/onPg7qjcOIr3xLWhnRVj7iqDX2M431/15RTjXrgtzwrVVRnovd6ZN'
    'Bugay4KeJe0Zem5mMjV7G+URUpshY6c6G/73gnDejgt0VEppzlx1uivk/a1Gj3R9vwNsnq3Y1wmhP3NkbW37Zlxofz32U2SffOAO'
    'oQ3Nd11th/q8wOfJWfj/ftRWL2lrK9j4dXv6ueh6nrQ3BjJCaBv9hr6eR79hPwr2Bx2H64Po9xw6S+m85OH3DmjDdqbtgDENgT6N'
    '57YH+W56kL/jqdXPO8jfcZOM60GLTRr3ZYCslV536n9TwpxKdJIl92djjEnL4T7va0f3t8PHNJ4Oz/a3eM5XDvkL+uEe/XzW4fmt'
    'YLMcZPwP/WBn92mvG9beZ8zbyN54gPhK++H3fqBxn/7k4drn+Vw/zMsw2TsutN8H/A/zBi33HkP3HCNzZWuX7vF2JLceQLK0K591'
    '4fO2c0zL28+CTydJXcimj3B2QH2mX3N8Hp+JedgH/UQvOe3pa8a+IB8/XvTd4YR8ZTn4f72v8Hk24nGmUJrbimhuK/LFYfrQPrFf'
    'Qv76CbjOkXuniC9S69Z/Z/WzR/BPlolfcpZ8f4XooDPEn7lI3vX9CBtge5f+vkLeQcf+TYiOVsj7lxzbKKN+ubZhG+vbYFf0aXNR'
    'GPsy87229+/xfEeZtKVl7+vkef3cNXjXvYDn8HmX1u2KZN7nYo4b+1kHBXtIkdDTJGmb+uwXiT9yCPEISf68hH7rIzyrG/EiNVbD'
    'YrxvwFRw7b9HxjUA/TpOZNkdhCaLZGx6TsbJ2OneK8D87oS+4zVbJPfoMWLaKQr3Yn/vENAsHmeV9Kck4Cgq5D0Vga5WyJzlEI8Y'
    'J/fOE755jfRlEvkj8qSNIpm/svDs5xAvoO8vCu+fE+a/KrxjFr2jTMZWFfbGnDAX14V3XETzSPfRNOEFi0IbT8Ke5dq4Sv49YRnz'
    'g2hNJgWanhWe3Yd4p+t8TZDrFKFTqZ+S7tiD8IkdaP/rMfUa8JRdDJ6SykQhtE4xlCY+PWXACGGZ+YvCGCehjz3gI6vj+Mx/2czG'
    '/oum4C9nvq4S1f46vWB6F00/UntH1hEr6yoTa3sMPg8lfK509h1yxAinjd/V9J0H/9AR1L9W6pvGJW4htiAXDOShBNce90niezn4'
    'N8cTuiy2uSxqY5Dw34rA50xyaNTmS6gtm8w6KbxL6xJPoHN4ktyzLJxv9NwZEd6pMQIFmB8Oc1ok45hg9G16VlJZwyZ3a32b4sz1'
    '+m5DvD90ffuA9vqADjVdYvk8z9iMXH2mA4IN5arBx0vtJvTs03NwcPXzGJb/NfK6cJjlx1g+lWQNqmtRPf4C04aP7hO1cRK1YdsH'
    '46RfN6CNg0gvWDLod3lYwx1C3yYYXd3FnkHxwUPM+lcFfalK6MOk62LsMX62YpE7j0OfOD1mipyRtM0Vgx2Gzicdk03HssmuXL/m'
    'hbmg46E0rTErhxG9TQiY+arQRpXhazabEtd/CVP+tEH/xTq3TXdYFnSuWTLPeC7o+rq2geeC8olrQn+vo+8pJuZTq597hLNsSrAx'
    '2OZjCvELSb/Ngz/poOO7y8SvoWW0XYX6uob24x7QFW12DpexT1t4uaQvYj3wAHeuHFSpnStY1qB0KZ0BgwmcIxwfp7a+RYEfUTvR'
    'FYa/alvUVtImt9+1DalbsHXMEXny4dXPQ8L8UpqYJ21iXRvH4fmMkdrnFgQamGL2vER73SDbrpdME0pHJz3kkaMJyFBpyjRR2/cz'
    'sizWheLYgPOI1uleyCObtsQLpdieIfjgfk8IvoOKYS5sNt5BwV+1SPpK7WJU5ok6uUvQlYqCbXJWOKsluer3GF/YkqDT2Xxkus1/'
    'jeaA8mrXfmue8MuI9/jayv9X8E0lYYMcZ9Z7iOB9OJl+ipHl6Z4uCXMl2dwrwtrOEz6ygOZuWrAX3BT2XxHxICqjUH5RMdjpJX/w'
    'vMU+/xTST6qCX65koTGJ5u9Hbfva3G30imWOecavxfls5xzt9HmwKWD8wyS5usbfmH7TeoWeI4pzcWkf413yqp5PwOXZEAxhEjhy'
    'jN/oJjZLajfeSuyfWwzrFc3nPyC4lTTWjcai6vMzZN3irNmAx7pFfdyeYBzAG4Z4Gg4HjLFBZdUY27yeeGCt9+wn+Pki00Za8RS+'
    'OQxu+zSztfOU9tkVy29bhxXSZ9M60Xi6ZuK4te5hatO2p7Ssy8W+TiWwVj+babQtUzqrCvEZ3ByEYBFNcRF0D1eEeadjmEO0Yosn'
    'dI09rhA+YrLJh6zFq5n6vqkoORZNykXAxY5KPLBsaM8Flzlj4T3zZB3myPfXVXhsjEt+DX3muZx1IWv15dXP7zRpzDkU+8HRvUuu'
    'Cds9Uwxd0HgG01xmEBbw/F0m60i2+yTlmkc3mFyDz6xtZO9hv0YX2nfcPswSrEeozK7l9g6w9yP7YkTSndlsu2hf7CG64rRBb82D'
    'T2eXoLsWBJ16wWB34nxJx9A7JFuha34o6R19yA53nrlivLnGqdI128LYETOBthWc/2YnGfsE42fkaOSyavTV6PH+X6oWQ2azA9va'
    'lWwxOhfEL6C1s/kQJbv9pGAL0diNv4Hs0bZ7fxDdOyNgNvQcfRe6d4o8Q++9hXxkku2L2luKAnZb8tuWLVjOWeY5jZsfSqntp5F9'
    '9IqwR6eEtqiv/aEAPHAF6ZaDgo2RYgKqgv17kfHzFAVf04zi8+RQu4nmwTinmktOrqjtj4O+HCdvDY4fl/QIGvN6UtXzTK5nDpxm'
    '82WbTsDxZVs+HhP/lHIN3KPCcvTY3mXL2/M7Kv28PV9S7nl7fkm556f5onLPe/NT6u7JBxSt7d4mvu/jsOdwjH1FsGFVlZ8OqbGg'
    'eSLrFy3jqSBfSbPzs+EcS7b8bNJZ0gXnST/x5eyEMU4jnjRkwapxuDEsA0r+8geRHjMt4AUkGXuF8b1Svz71y1WF/ixa5BHs15fy'
    '+pj6RX3sPliWtGOF3kW4Kds7Fhz9jFWLf/FJRFMSJnyGtDkuvIO2fTSBGLIhhi4pnmecwfZJ8U2cz1LnSxhAuhhuU++9rYLsymEJ'
    'Q/GIHHY0BFfDxSCtWHCiNwQM03YGw3RBZUQbQ2jM3ydSWOtnUqTvB1X6MYqDCewhzt43oMwxzJOCbL2I7KejaL8skLmsCJiqKYd2'
    'd6t6fDAd00oC/ZYwC11AKzl4rz5vuVxc80SWumbxRYwj3SwP9uB7HG2VrvKMLUdg2YATzRE9qSjEfeRUPUc1npM8yKG7Bd10SZC9'
    'QmRQjL085yjrL5Dx7mPGm5b9n85jCC2Zzq09qp5jBcdvUX48YeHH80QmvBfxCe5ZF/y4Ddu84oAHl85Fl9gF7dsw8Z4R9P+2uLd7'
    'ke3Idi/mYyXLWc1hkl35mC3OxCX/xKJgK51mZIKhRr/D7b/nGqqsxKfBt5FMIGGg5wR7s9TmBbQurm360DvWpZYEvN+4o241b5CD'
    'ixY9zTeGh5MtikxbNB8Fxvmb/B7U9mrKhWLLgcG9c07Z827QfTdneCeXt6Ai2LqpzjxhwHfi/aTjtfeoes62CZi/IryP/nH6PbaB'
    'c36+CYufD+PUFxm7viQ3dAvxJVOKjw/Meei4FOO9oMw5Tkx66C5hPyb1jjya8ykBn08xz1LcyFaYI8pfh0cz1riRCcZPx51VNH7q'
    'n6E2JD3piiDba/vy32XiZ2YF29BPq+Ri0X9QJReL/s3orCo58lm9nlVVzw8o6WiSTzAkvpyTn6T4LWrve141xik26933w54MfTcn'
    'F60wdsBQOub05W4hTobygU8xcQwu57S2rdN9LOnRM0IbY0rOFVQVzlvJHjOCxiLFfkr8cD96VornW2C+T4qXat1oG8JBTKA5pPb0'
    'pP3mphjrRU9bt+m8NcXX0hhMKZ5Fz/trqjHfBccnOfszjoUJjaM5kWIczR4DjqlqobUlFZazStNgpH8eJnNyHdHgsPKL58f9t+mI'
    'hx1o3NS+Cc/B5bObteAoMC33kn4XhfGUVWMeEo4n0T26JIzPpHul6WPbrxrjobkzgfIP27rZYmBNNEJtoPtQHNBGwnBGGMzHyXgk'
    'vzLXb9fcwBKeIs389tz+4rDeWL92zRlM83dwuI6VQPz1LmRfn1FynYCQtiUbfxboLxrPr5FxJUHn0bu/gDASPvUdTPYl3P43Ir3W'
    'h5bz8N4Bw7OufXgH4aNCaqBI/buAMEq+dWVc+/4A6kcaMV+mmC4aJyXNA3debiU+i3EBw5Y2L/1qrlZzTdOQziOQxN65F9FVknsm'
    'z+Azy55rYDq76FwVyR6bEebyp3M1WzoX75TkGhaVXFMo6se35Wr+96TfS3MQPMDEwYTsQ64mMc2hvxvFa1xU9XyN2o5+HMVtcGfH'
    'QIIxMQ/lavp0mvMb2tclJcRq5uq2GkqbJnpyqW2Q1BxE/fzNLbX1xWf5gjBfJYEHcDFllG9MG/Cs2A/O8e484d0ubVGe7hJLGCIr'
    'ffuWms+K42NVgUbKyr8mRogMza33u1tq5wTHu8sWH28a+y/q02Nbali6tPe3rdZIs2Ndo7H/146a7SiHaNUFW03PRr3nDqJ+X7Ng'
    'mqWa7nHez537N8k+uOIRN1EVsO1z5L0/0VF/H+W3+P1x3zfO4J+j939rR/2MCp0/ac7S6vPbq33+Pg95UKq96CP/Y0wT/v4PFB+D'
    'T+1LhxGfSAL35VK7cZzQ1VfU2txFHO8vqXj5IO5H/MCHB1ZIH7GcN4l+i9suxpH9Snv9DOTOFCq7rPe6/Ui72x4tMbFbofYn177O'
    'Odj3aB4+if44WaQqyKvR/9/XAmtE5RVMZyPtNb2D0pmPjCTxIjzHVD6YEs5NOudXBD77UVst9k7qdw58LFSXcxmXSx03HN91CNlP'
    'ppm5x9g71zlylU0rBhkhdI7p+P5mW61mHW7rd4U572XkO9N8SnPzZ4Y9uh5zQ9fzclvNNmibE5+54PZRHP4YPf/Hgjw/l/B+3NO2'
    '1g5mOq9+32Mtq4JeOm+w4zTzfPGxv9jqFlD7t0vuGW5+ovX431eJ/uUWPI9D5iutuaLn9dVsrV6bjYZ1DVGOl/9nZl/F2b9TQl+x'
    'DJrUfpJ4ZUjeL8ovygKd9mRrurqkW/vq0FJeu+uKz4U2qeQ8dzjehuZQuCLoh1MW+wmNo+L8MzeFvl4R4i+i///FDB9fQ9sP1Xup'
    'vkv5/4+stvGdnutE605gfqTH8JlMI/3oODrpGT1PT2fWPvMo2jM3Hfkdt2douwVVzzMp9X9KsEWEvD+XcauTQuO8cN/nDT66kD7R'
    'nBQ3hVip/tU2/hp8d669dj3VvnYMU8Qno/Xgs+1r+3Uenvvc3nq/HkVtHgH8QHTP03DvB3tr12/Z28jnHoZnX3R8Nrr3pfa1PqBH'
    'Vd1/9gzp7yNw72fR86PwzjOWseHfnoLfvtnQj+1oXfG4XN4lxR+YxhLad9d5HiV9PgH33kL3nEFrr+lL46A1hurlz9euH74K2LFR'
    '+B6u78P1Ely/MLr2vrfgenm01vZ7CN/6wrvx2noB9TPzvcn28ySKO7v/Su363281xlrezgM4Xrv+6Gt1bNsPwHcD31uvqaKxY789'
    'Vbv+xhx/73Z074FPr733ixdr10/CvVuRH1ahOeAwNLpe74PgT+mAzwTwnSU4vyYV/+cab5VD7/OJu8J4xJB4wmkB7zgp4NwLjnEC'
    'BQGvKMXwlAUcPa0VPa/stbrj5hGgWNYhFDfAYVl7PNbZtz6Ga90gLq/HuJJrHITGP3BxdjjW0YSJpXSWR5g8Kf8Bxca75nCk8ydh'
    '/fA671b12uWYTvQ6HxPmblGZc8EVHfDzXFzMvGWvlQnNjCHenkRNGdz2McSHfPtXEOLL5oT4wRUhJk7fd1PxdYlccsUUlLlWB42R'
    's9WXmCd4bUxPO5l4I0xPu1Kkp2bVTcR734cu6Nk1Y4nTsGEDbXmM4uaowXl9Qmvm4fVIuwZcNK97mXjKxwc6xXjKpOoiVVTyNYuw'
    'DBy3ZtELKv26TQ+r+PV5Ciq8tlJ/jJgkbq/tJHstbl4JaX+G1oDbSDVpKX6/D+Y/mqcfJbasSQHjh20lmg56lXu+02kDvx9RfG5U'
    'F1zChIDx8qmv7Js75yLgXpPA4nE2cBNebJnBOLr4fikmTMJU4/w5adWY0ZiZJx3mcInYBEvK3Wdiq52RRP2oQow9QOW76Dw6pxpr'
    'xenzdKtqzKeCZWpshygpc11TE5/xzQe2G/12FGwnx1VjLLkkx1NbAD1XcNwsnTMtl9B5cZ2zE6oxJ2VRiEUsGHi4qX79LtVYf056'
    'h2/b3Nl6L7FF91vm9ZriY3QLzNn/aXKvKZ8BlwuGyj94/Nj2IeW9p3Hu2PYh3SPtt62MjuxDOy82gXZOpEg7exi51VcHN/VJos/z'
    'CdPn/cpe+4LaCJY8bChJ7gFM4655GebQHNnyYSwx8xC1cUmF59R4Ccmmpv3rs28fQ2OytSm1cZ+y59uRdEudp2SHaqyJIO0f07xJ'
    'unMGZO0hVc9NNQn9m1L1PBrUxm+qPZ/zsNH3BfoBXHLoSjbdqqDvTwntcXUjuDmMYqzv9Dmkfoplw9y45HGgcVGmmHQu13dS+vJg'
    'AvqydE7fD/4yvKYz6JxeD3shR9+utOEiE5cE27Ut9zHlu9Mqfl51Tmfg6ivZ5pH6w7RNYhfYtaltsS8j2xZD13yvx5rjMz+uXG7j'
    'R65+OdMenRLWRPMJmveI+ihWGL+eaS/rdZxX9Vpq94M/rOP2izKZbMb9r83ttvbMHfJHz6Owv4Ans9Y7bvnspS+rxjxeeaC7/kD9'
    'QbfxmkMbUi6leWRLsrXxx5Y2Rh3mYYrReXQe8h6CMdJ4orNw1Xgxje/B+JIvAe7lQ7j+Tbj+6WijXef/fat27XljLZ/Zrep1l7ZD'
    'f7aBfPt1vnpRdZqIIoNwwqZ8dZI/UZIDC8LcU+yG5rtfMvi1Cp5903QW5dXUOVPPkTUpEJzXM3B9ntynf9eYrxPk/lPo9+idfwV0'
    'bDyOIwH95/zQFN/xGcZO8LsJzd0UM45ZoX9SW9JzVxlf2pCBZ7j0u2jw6eyK2baEa8AxU5qPfOIS5OZ4ay2+jcPBUVtWzyuNbZhk'
    '5Eg/eoTwr3EDj19Sbjmzse1yXLAXFy0+Lk4mlWxDI0RGWbKs04Iy55aU5Nhli12oZBlDRck5Im2+PuwXXBT2damJmAtTzmNah1Y6'
    'zzn5Xvsbe0EvTdvv61LPYFbAB/piQKR6OVJeW6rzRGf1YUbnua8g56fewdiw8BpNC/LaFYEOX0C2r3FhLNQ2c1No6zHGhuBaY2kK'
    '2fMGBWwX5cPTSs4jmbQ9YgjJVpkYYxyw6GMmnX6A0ADli3T9rilzjYgqkuHXW957GvXB5RkTH69Y8MBSjasDCFvn2we6v6YNGCuX'
    'WmoYc7WL4RGFTMGZR9wQbARS/mSKbTqFzv8kz2Kay5Xiea8Y9vOSwKMoNqwo2OfxHhwkezCkxgw9F3xkC7rmOZBT6ZqPjV0Q17zb'
    '0T9xEvFX19qIRWYeKJasYpDpKR1Qu9qy4H+bY3BxVN+VMAdbwAbFyVfT6Hcqp/Soet7em5na3D6gzLX0qL12XpgTyd4rtVvyxOZq'
    'fJOtr1zNT5e+SzJP1XK2LiIev0+Z6yvNCdjJisVGPi/4PO9F+Pv1Xh8sS+xn/DAcHlbK+V8AmVnnZTyrGvMyan/JcfSuAUHWfhD5'
    'jrRMon1HtFb2afQsJxctWNZyUaAt7Be/ItAH1U2vKrnejqaBImp3WZBrZgmPeUPJ9R+mHeMAsG2yR5AjphjsbR70+G7h/bRe6jED'
    'H14W5LXryFbhmh+9KPBybJuUeDWmuYiuMK/W+q3+TdOs9lkqEmvTQ3ydUrsSrevf84DR+3YDT+J45bgltgLT870WbELVIi9JGApK'
    'c0sWH9Ui0tFOWeKvlgR5saDstck4HJDJb+zir7TZRzCN+fJDEy+M2v4vq58/j8HXcgG853EHnvZQgvxpbwDfzQfwNMoLMmi/F9D8'
    'Ux0L17kxYVD12dQH86OvrniIIVWPwcxY+omxgVKMIeaLtpqBcWSynMGmnZTscj/jX/OV/7AdOWk5z+WcGbDo2v3AH6ne9eM/pqy6'
    'NtUFxxVf+2ZWiLHRNPM6alM6h5eVe5xzHrCWPR42KxprFGo7K4Ccm5SN17XvnH64X8Ck55Bfy3auF4U9U7DYfjFf32WwKXNrLtn0'
    'ONu2zm+wz6E/JtvVstAXV9tVO8K67hV8Otg2h7FndD7GmfOPw+ZiDKeEp3Nti+LVSwKPumbxLxWFMcWJNeT8KnsFPUzCGZr8HwMG'
    'nztnZ6owPiNaLyvUnjai+LhZjNmbVHLspK1202lG/54x6FqUt9Lzo0fx9UYvHlBWDJvPe7UdL635xfKgaZ31HFJ50LQm+Blbfn8u'
    'lwjNLTFJaDc0hrsk3LuozLXbzqDzuiTgK20yGLWJY0x7aGw55odVIaZCirWiY5T4+yDy6fYIvGfeoiNzvoQqwaHOC3zXFyvpg3el'
    'e7tX8MNcPNgu7u0hZm1M+JFZC83rtX1ONcbVTznaE2hbp5i4kjmBb1wR2jis5Fq/prOS0qmPD8Elxlw6g3Me2IuH0b3jis/Bcw3t'
    '227Sdy6vA427kmpp23KazDrOB6XlPsXncXgje0Ck5X5BJqd63BXB7/YDaD9ItjDq/xt3HOf7iAdLvHZc2IuSTDuLaHrc4ken/XkH'
    'zde4Csu18DzSS5Ys8qIN+23KsZEHnWiHcHbbcmjNM/ZHquvbcn/48GUpf0BatUZfZGhLipWjtrIVxddsfxThDFzbpH52CYtoq4U8'
    'FDAe1/hOl/qotlwyP3TimMiDBpVf3eGywIt+AcmqLvXlo2f+FyYOZMWCD9VnyF+PEUPyPciGYrKPcHNfIOvg0+dPO/BrVzwJlSff'
    'QTYKyec0LWBBqP/D1X55LkUMy32MPFa08OCigH/DGJcrwh6fEubAhHHpZ/alKx1KPlrX2OXDKn7sMp6X0DhfCTfdxZzXswbZx1cX'
    '24t8BeOCD3cwARmLOxf7LdjekgEjF7X5BKJtKtNfseCl6Vl6Hzp7FoQ2pbwGUk7GfgNflvzXNyzycSfIXvRsan+64Cwf+9LInAON'
    'TBh0Xlu9vrjxDTp3+S7D+0Pwo/RsuF/Fz4m3K4H4EZ9cha6Y/5UUcPyTCfhpXjfgtl2wzRrbFTd+/GE4K5KMCYgzph4Gg8PFPJt4'
    'Cc5Hu4aXZA+nxkuecOAlownaXfYZdFVJnpBsXTZd1SWHVVWQJcrE7r0gyGozwplwiFnHCymu4w86rON3J8AvP2OQjX3Xj9LGlKHt'
    'igXjaKOFVww2NFvbU47vOJWAXIbto5J96so62EdzBr20bPE/XffwBc4ZfCQSz7a1+RYTsyLRLNXxF5RbXi7bHDyq5JxTNh5UcOBB'
    'lLdK2E4O6+cSN0zfhfHJRxhbQi4BOQHL6755O7BfnupwfYD3oGeJ5sU5Rr6ielfomFywXC654QZUeA4035xeev66YP62g566E/jI'
    'JKMHS3N4FPF4yZ5TtvAqyW6TBL2Y+Iruj5TPrazMeeTp2V1y8FlQP6qe+xzgV215SPW8n4DnpFpnXH35ODlvd0Jfac0lmivYJY+t'
    'VLNN52OluXs/rfjasGVlzgHskhvXJ58szv2q17FT1ePv98N1xnHvNCtfvc1PnmNsM1MCXmFW8LFQeeN+hrf6+np2Mb6dJWXON0Vl'
    '1Jse/mIpLskkG3BnEeer0LQwoOLlDqM5JiQsoZTLDueY8KnrI+krVwz+UPy8qY4LnUPNb+ieUQR7Pcv48ancLNmLly34jAojF9Ga'
    'U0fQ+wcsGIMSg2enPMAkH0vr4mPL52i1z0NuWjTE/Cw60E5ZwLsuGDCZ3HlNMSorzNj6kZ8J48UUWZ85wXezwPhMqS+7YpFrKE9a'
    'CdDFbD7Cg0qu6WCSHan8a3vvLOP3k8bi6yM6k4CP6H4Vnt/WhMcpCnYbCZ9us11pOtV6zD0wb1vgMwdtl+Bahd+lPx85tBAQuzLv'
    'IFfbYsLKgq9oXLnVZpsW4kF8Ma9c7smdYOdpiLc/KNv2hhPwyUv2eByvMSvEA9BnHjbYmOYs59vBFPwSPR5+EU6u7bZg2Tks772O'
    'eFfJ57mSII1pv8rHlVsujikl1yry2WclxtfJ8QW6D1txn5qwx72qnlP7EBM3h893k62RnoEhOT+4mBFbLLWEAS6o+HmlemFMlJ9l'
    'C3ZfRagP8WQCdrRWqZVkytW9qMxxicsO69Ot+Pwu7Ya8X3HX5wyDn5Gw+VTOuYbkK5oHsCLM7bIw1+MCXnTQo39SGz5xf75xIluV'
    'nNeH9n/eYp+X2tD9p7lpOuH/t4MvSeMpS4heS6Sfkv6I7ak+vC4J+xPepzkmxkja81z9uSRiA8aZc5+TPUxnrm/ex2bUeNuG9Ioo'
    'l0EbfEqwtjcY/YGTG/C4TPJD1IcOeIetznAryBVYD8oJvoNuBx2J2w+7DLSD30flh26DTYuTMdLWQfYH6CD9MXQQCZsZYQYfUY25'
    'LqkNpyTI05w+YstrFqLf2vxJprqcPjhdk0+a8lubvdwWhzbhgbHmbD9zFplgTq2tSRhnHk3YU1Ncgq1Gpo5vTCNHYFwdIQ4ehO6z'
    'AeQ/x3MqyZ++ssMBkF+SwPbFtZmb7NoFQ2wItaUuGjAEC4Jdu6j4vEwmu75U51iKB+RisqgsuQ36bZIlQ+XEbgc5NAmbT2gdZDoX'
    '/WBLaJW5sNWn5/A4vvYlTXePIz9ZHBsVzbVossHlGFzjLMGB55l9WDRg5mhtWUme2JYynzvmwZf2M36SUoD+NhLIB6m8mnOQQTHf'
    'vW7Yn5y8ejwh2tgdQBs9jL/Plu9A4xzj7rHpBPfY6wgP6MIj4vKGIc93ufihaK7tOUHeuSLIrXHHRXmDPgd0TKqLfYWrU0lxGc06'
    'N6lsGkeuDMmhknT+k5OGuDXqR14S4jGwT3xc8D1zubSkWDxf7L5EY4dUPb+kRGO7CV0XVLK1unUs3mFHLLa0z6T8+lyuAFcdjMMr'
    'zys57tuWD9KG62p2HB3nW+Ds3C6x9BjDs53sqUkGw1My2GuSwNY2E7eMfSlDjC+lc+zHRF/KxU08ZBAeMrrnU0quP2LCv5jafBHR'
    '4YQy51qhOMWzjD2lGICnvB/JaNct8T42fCW28V8X5mDSkR9VPeLeTJg47U+KZMdRaC8L75snvgDcB5wfU8qrlRT9Pa8aa4wXYu6X'
    'RxCuq+C5n6V8FhQPhbFj1cB32XhHUlhl2/PN9mHcq8w5gqoCDY0LtGeyTdtqJ0f9G1ONubClWMIFJK8m7dPbz+irUp/TrLvdjeLs'
    'OCz7kMNZyo2TziWt9XMY0VmZnBc4Jo7KhNRmOq34ONWJQEwIF9sl0e41Jdemoz6oCcG+J2Ew9xt8l/j8SQu7iuUvLi5aPX1LlL9s'
    'sQfnkTwr2Zh8z/adwjlRYdbftd3tCcVyuNDYoqPujn2i8xbc+DDidUvKLXdTN4OFwXED0nho3ESR2RtV1Zg3njuPCir5WEMupjTq'
    's877j+UNSscUo1BB9LGVjGnBgDOgPJGrm6D3Ga1j0EXm6DLiD32AD+4D2a8HntkJ/z4J/x/lvn8C2T73ob49gp7vQ3hjPMZTzLvo'
    'GJ9gribsUzuab12XK2oLxx7imEHcJx3/p2MmjzLzjtvRsYWb876x9oBu+ySZy1PM++l8n9ig9JnmnGwU2tFj13HZeB9vIfN3Cu3f'
    'PsQDHibziuNqTpA9vZForFXmbiPRIj1LOlS95vujG4x2Qsa60fgOnofHNhhfsI1to64l5n+PwvXxDcj3Q8a7Edf8BJmDUTQXG3HN'
    'fce7kdb8FCNLb5T1dRnbRl7LRzfwWj56l6zlw4hXbbS1NI1tI63lo4zdYqOspcvYcLzGMOM/UcRnL+UZpfgK6pt3rauAMUQS7qno'
    '6Fsz5eFbEnAU9H7qfyyqxlyHWF6ZBb2yTPZCXpnzxxaYvaLjrJvlmyyk6H/davC/cv6dxwmOfDCGPxrjBQ6qxrqCJj8rzf21qMz5'
    'mHzzOiwSH5vJjyvtD5c+0LxjPYIPjGKsptG7BpRfzp8+g795q8HfvN5xsK6x10+kgNM4nAD2gosf882dL/nntR5G/fM7lZxr4gEL'
    'doniI2cJbhXHcZl84BmCy8drz8Wq0tiMk4iOcCx/HjDWFNu65IhHxPgS23pUBN7E1dZ1qQPPYUSmGdmmB2QWLmZ4QZlrrHP5oQcs'
    'e4j2jctl6IoNpDJNL5JPexha7StsFWnVluNxwjE26ozHmTUpvAvnQ94l4DyXLRj+Konp4nIT0vg4Uw1L/Q5Ka6fV2lwAWLZsR/sK'
    'j5XqCRUGM0Tj2iYFGYg+w2HR6TPS++geonTVBR9KRYUDcu1W17ofh5R7vN+wasz1y+Wop/FqU+SZOQceQmXKCiMPSbrFdnQGYBlF'
    'Eb6f1BmaVg52nximpOSeISIHdyt7/ggpnyon73D8/oqAiR4XsNN43D3KvU6pxtLtEvSZBYEX2+oDmnTKcYv8I+UiteU9MWFq6X4Y'
    'ZnDKlRT3A8asJ9EmzVNMMeuTwjpJtbpcbQOmenShcm6SWGe8bw+RfWvTQTDG1pYjjuY44nIcc3pN3BrCuO6M77NYhy4KZyGt17ys'
    '/OtQP6D88hQmvdce8tAfDydwTqVFv0nWAZDOOxwjNW3ZrzTWxIRRn1NucZS2Nrl52RN4HvcwOOolRg/m9m3SucKPKvdc5Zzu6kOj'
    'HN/i4jlN+3o7tEH39XYly9v9Qt9ccwOeUsnVyTqYAO/l9BmXXK6+uQqPBdL3Hg/67oO11TTFyVZlImeZzrOQ/AR5kGF2G3wKek5t'
    '8dsmfZnufdu9rvKmVGudq2vL7acjnvspqb1wIYG9eTKB/XQwxn7CZ+6koHdPqfXNH9oK+dd965vkA2ib2toWhfmvWuypi+hs7FF8'
    'TpA5xecUx7rPgoW2TXFiXNyeKcdMO7z7efA5VuB+RXRxl7huiU9xMb9SbuSjis+NbKvVY/OLmuLXTHbj9chbSe3qHQgz0J6trcv7'
    'ypxzcl6gd7pPfOu67FTutcGw76TE+MBt+jgd24Igm3NyF6VBqs9MMvqDb71M+l5THmV6Zs8rc+7USca3NJGp1ZfNeaxBf4y1pmsz'
    'rOp5nD+C/aTPiU4UU3GakTlyHmsymAAN4HnbsdqRN2LSfZyaeEnQ9EGP+UubDv8xOqt88uS48vLoHT+1+rnkIKu41nMy5U0uCvgU'
    '23vnLfdVVHhNtDi1xG1zTmujvQw2p9DzZL3GRnNSNJOvmLB02wjWoBvd+4ESFCTPdrXM+oQKr7PO+cZD7TIue1D7GjNobFsMZwcn'
    's2q83CDwRE2jnOyaD6CxPNh/Q2uQ70X2gDg58G21xjm7IvXB+eRPo/JuicG+RXN6j9D2lHKv92nK4yflk8Fnmq1NFzuwKb8MxqEv'
    'ojaVilefHssQvuvL2ZcmBexTUvo69v/aMELUzxyHp0wJfgLOjlEU2jQ941M7ZVHJNdIpXc5abEE2nXDOwTf1CocZKWwTbW6htPpa'
    'k/jY46peD5X2bdmAR+GwgAXHd+4x+LJt8seIYHul8iu2Xx0R9KG4frskcmXqGgvbkP2lh/ATnSP7DDMOX0zLvhg2V7zGrrmB3oUx'
    'hfr0TL7HPgYfw/FOCYNAcRXjgm2NzonPOCi9u8677zuks3QrkilmUFs2/mTTx/cyz65Y+lpSza1vbzp7uDzzA0quJUdzZ2olohtk'
    'sjTtm9zZnqS9cyAGP5Fsdz61jigvLSu//PcS7XcxeNirDJ7Tx/d31aDvUf1UwrwX0FmG/bShvpMn0DpMWnxXNt/efQn6CQcT8O9K'
    'PpMeZA9fVGvj3LYKcu2cIaZgzoIdzRmwXVSWWxTuu0ZkV3wuUJq/IuhYs4F4Ozp/g7DXN+cvHK8YWpN+vwqvSY8x/i42HxMNaPw5'
    'RwNSrBzV96oWOgihFe7cNtWVccGwcTHMNn8ul1t+q4Bjuvj1CF67DugqJ03HkM/eQmeWKUYyuvclQ9wIlZM0D3hS1eNMpy206zvu'
    'o4x/Q2q7EPgOvI9c4oupTrmV0cXoHA8I/rdpAZOg57YIflHfWONm5iOO+vmYqucaiBNT6zM32N5DbZczgiztqjuZeOUO0NNN56UL'
    'D5TOVM7eOCHseXpmTTvK/nTOfc+RN1VjPe6KEF8yJ+y7ZxM4PyOd/USArhK3fg+WZ0NqDLrWo4v+/4BqzAtAzxOfWhtSLV5XucO1'
    '1kDOgUYmLHa1D5jzSOIremzX0TPXFV8foEqeucrgXRcUX/8pysfxnoqXY9o0b6F28kEB+10VaIKL96VxDOMW+5eEJ8P7I+Q8sO2P'
    'XhR79eBaGawWuP50wYolXxLwoXRNJ0m/Thv8X9Q2TeeY+n9mVb02pj5zH3fAKI8rvm5ekrXJuPNnRpD9ixY7QMUQm2GKj5RiHns8'
    'sOw0PvJh8o5dFrkopLaMlG8kTl1oLt8IHXPR4EuiZ8u9iE7x+UptYjZ88FAK/k4Tbn7RgEedEc6hvOCLqXjEuUk4lXlBJnM5N1cc'
    'Yizi0M2i4LdeVOacEtjuSXnuNtgzPnF5rrR0OQVaeiEB/94TKn5c3lEVP76Vq90S6tP3ySNUNvjeQ30GoVgpzhcfYZjuRHoMpaUn'
    'EqClownsizTpUePvMg64vnfBx9N2+0vzXzazsf8A29i3hug7lc9fn+2GYWQTHYM10Htlcx3WrMNFsg4+KzFq+nFzHzjN/xgzba5/'
    'BZd94MKjuFjcfuZ8dG2PyqacT8SnLSkWN+R8jtr7ggdG1LXN91PAnc6uI472BYSbtr3btV5cSD+OesxriH00qRrpXN7ePlXPs3sE'
    'zY8e4zdl6li6KbU2p29btrb2+jt8zwRpT/ftYdTegsM9ur0yXPWcfzlT8x8cBRnwKMyHrT2de3hcrc0zrOXCf5mpzbtuT48FX2lu'
    'Ytq3f5ip+dNxG5PkiufLNO+m36J3/XimvgZpvguvhZYzvzlTo1M8n3S9ltDcRNebAi0tZGp7CP9WUmvzROuc0l8m77gitHkpU/s3'
    '7YcLjZjusc1TkYx5ivRB9+9kpuabxGs15dC+yxjKQl9c9kiFrPNWRM8ufGKJvLvi8E6Nxf8TtT5z4tvPf4p4/5Kw3mXm++iZn1Nh'
    '8/lhQD9/eB3mM6SfC+AT5vbzOKHLJYd2rwk84U2wX0ffPdm+tp3z7bXr5/bW2znTXru+BNfHLM/g307Ab7dQe6PwfCfc8zTc88He'
    '2vVb0L2n2hv7oH0dhwLG8Axcv6E9ub7YbF8cnZTQ2gx4xAmacKA63+o5cr9rXOOm3sfaPzoD7R/9rjccaZj77F39B9R6eyq+VhPR'
    'mT+969QtFfA3DPtOAfasR63NC12YMdtMetHe6d/cQzbbSSHQdnLQdgO14/fCQ9SOfzABO/43p2DHLydgx38vARv8Swn4As6kYMe/'
    'D7Ak+jsbpsE2h4WY85Skn4vD24TYjaJ+/SXAEiZpB9K43H4B2zDp2Lco3nC7pQ2fPu1WcpykrS8YOyndw/nYXexgHC86kBIvWkyB'
    'F30yAV70cgK86GwCvOgBsJUnwTeGYJ9yez1kjAMMLxli2udiVTkMsJQHhuJ8XGzPGMfrav9+Gj3jaoc/pRrzRrvGpt6HYgUk2p8n'
    'WBapBpkpHibUxrwVxUTtYPaz71435fyyxf1zvMxmn7flxpsX8LA3DfEuXShG6AicVeNqbd0cCVtJawAUhfdrO8orqp6fOG7eedu7'
    'Tir/XMyUP/8p2Ru4tgmNHb4pPINpZEKIPykrc84+iQ9x81hQ5lpFdOzzDhifKQPWfr9lPSUM9bww55NE3phXa2uQ5GG/Sz4tH7kA'
    'y7NvIazorIDzvuHID8vCO84jn6Ct32XlFk9bYc472/zh3ElSPzSP/dDAY23vkXJK9SFeM0HisFx5zYeW/f8GOouWBN4yp8z1LyeF'
    '+JhzCfIx2zgOIl3E5WzB//490hY+Q210xfGgvZ48KK58R/kSzU/8FYYfFQL50YxFVneh9zebwEPOqca6n7+bEA/EOr1r22nyKSku'
    'pB98DFR/G87KcSF5gRfY5vuZJsosGKsxK+z1WYuMd5O0yeVmkGoB0hgIjgfssPCAWfI9xdFzcea2ff77BrnDVc6QYnQwPdjo8aLD'
    '/l6Mub8fU3Jd37KwBxcd93cBzZut7aoQ07fM0HaoHNAL+3gn3M/pHLs8z/BFZY6JXSJn+XgK+3tWiF38BoMNxsX+GrXxqKrXI6O2'
    'nj9R5tyxVH+8ocz1hKsCLdB895yOQ/OjLQg0iXlLt8BbuPWg9loJj2aL4VxC9rGhmGe3VOv8UQPfkPbZkrDfpJhfXPunTGy1vrJH'
    'QYgXWnSI35qC/+dsrse4uKJbR8Uzm8rvn8msjauqEtuWlHt3Vq3Ng3EKycEu+1CfzYOKjx0dV3xumQpz7ko1yq+RZ26SGDKK0fU5'
    'm0P7u2KwUWKbNc75U7DQmFSv5SrD53rIXJSFfaZrYhxDNF9g5CHTnn06wz9XFmyNU+S+WYHPrFjwrsMQCMD5rVziBwcEn0JBsI/H'
    'yT+tY2zvJVj3pGsh4vhfUz4gzpbumxt2Wsl5yG2xlZysWlTueVZKio//5OJ5d6t6rhjM/6jN2kQzvnXWXeqY2OzcBeWei3mHwdbh'
    'k6PWtf7oeuSBdfEh7XfwIeG5irPvpL4llRsQ55IJrSGGc8mE1hBrdv5XV1+OT94B7hx5S9Xjth8B3Qrfs/lnRCldyBp+xXaG0+1r'
    'MaxjcH0crk+1r8WpPtO+Fmc7CtcI38rJzdHvOl7rEtLx9HOPkPeeQu/V+R3xmdyBns8DrejvHm9vzJ08ivpPz1Utj+0lON6nhbk4'
    'm8Ac7AbZCM/taeF95+D6EroP2yRG0f3KoMPsV4010c6h+cbnoN7Hb5L1P0fG/kZ7Pe8OlZEfI8/ofj5B1vwUue98e6M9X8/xm+TZ'
    '82hNTPyjB2xPm/zDi3/cMqFcsT/iSbIeZwjNPkZ+p3vmaUILZwiN63ZeRTT+MYQ9c+UjOWZP6vdrXjCKeIE0rmfQXo87ju1Iln4V'
    'fn+e8IDTDjwldM/vIvv2KTLG55m5xGM9Qe4/RXjtfUi+KSh/nkDlwccJTZ2w9I+2JeFmehBe8FXUP6qDmNaI+iRGCW8/Tcb9DOF9'
    '9HziZFZ6Pp0mtPkKoU06fmxLe4z052HS1nnyjsfJ/pL2szTXV2CuNSanS1kKWRnw15Y//eq2jcqd9bw9bbzrlimcoIGfa3npRy7V'
    'rs99vLZOzyGd7T+O1q5fhevfG61jdrsN9+h/a31F3/vj8NuX4PpHcP37o3W7l95PH5J2/3DUrY1hJEvoe/8WXH8Crn8K118dbbQl'
    '/NvX4f2v1q4dt9zz5L8E7c6PrpVhtaz1CZjro2/Vrm/B/e/D9RJcvzBax7H1WJ69CtcLo3V5U8/hd30H6Fxwz4tw/U7Le7E83fMK'
    '1E6f5vf5ZbTPtygUm5KuvOJ3e7YlZS5lC1UZs7SA93HfJ4HPjzfWmrnvu9f+htf3JDz36LjdJ/Kf32vMefjuRaDLpdrzA+i3X/x4'
    '7fpv3m/cZ3/r22vXz66sfZ7S17ch+uoE+upMj6Cya44SemB1CE9vqcubd8Jf1mkfZRxmeizWNh3z7fjXHyg00H9EP5jGnzHsjbOG'
    'vXGK+e2/vF6PM6H75vK31nm1pu1Hp2rXvwDe+Quv1O2h+vmf+d7a9X/7xnqOMv3bn5Pf8F7W55L+bY3tA86Gsbfse7nnjfpe3kp4'
    'PT5rtM6v77n/Cpwd4/DO1+o2Q92P34bxPzdV13v0bwc+vfY37CPh3h9dd47bz57O9M6eTHL77U7iDe5772cC6ZXSOfYBU/395s3a'
    '9c9+oH7G5NC5dPtd5UZajL6Lrt/6Sp0WNb39faCzX/v8Wvr74nc39lW/46Oy2Q8a9S2Kg+8A2tYy4lawYYyoen28MdUY66tthTgf'
    'Fq4HrArmuGWdx2snakPX5Eui7QGBnxxXMpauGbmq6Dp0wLg6gC9gWV3zCt1vPQ4dL9+D1v0EzOUjcDYoVY/H1s/3Az3gXGZt0A7m'
    'Tfg9beT5ds/nO+AzhGTBTuGZPPhV8Jil+zBd0zltQ3viKLyf0njU/iFC65TG+xB2hfaB+66d/G6qS5ZX9VwsPmuv+4T3ista+N5v'
    '4h1tiHfgmH+cN+C//ZH6sYh1ZGrboUHR72XoOQc28X2wf/H+D21b8699Sq7R3cusz17UL8ybfNvRcxnxAp2X5CC000/a2QZ2xdvj'
    'PGy3Q2VQe60yzofge9saqhk5H6S0hn3gq9tnOx/GPspF+Q3ft8zbe4TO+w38pA32qUTvnb+vDruOB/PvDuBBJxDfxt+Pku/pXtX9'
    'aQeZQe+jLgsPyiO/5Rb42PhqO+qbNA/qt9UjGUEhC5kHF77bj9rLWsatz7Qh2I+4L+0OZ2rafFefme2qnpeFOzO3CevYwazjALOW'
    'XfDpAH9Lt4pXg0XC4xXQPNCYFAkHS3EgJdVYn4OOR+ctv23HzKw9Ux5UYXktcd6qpPJKYpk06u92oEPNP78P6I7maHPJRRjds8yM'
    'I7qukPFMB4xnCvXLNo5PQbtcbsxr5N96fq6j73FffdfN1rcnQM5Ie459+217r8u8ZxnZ/7Tyy6tGdaazhL8Ow97D5+9WkF10e/q5'
    '2z455izfHaMNzcO5vp5XfvneMM+sqrV5BTGNJkknRcIf8P7SY8I6seahOK/ivOVe2zq2t8g6dqSwjpLekkHnL/3tILSvzw2OBkzr'
    'hvc9XiP8fVI0xJ1LcfP56rFd8RiTXlcXvkBpgK6fpqc4bWB7xXloqwPRTlatzVOnaYbGznQqWgPlo7bI1iTZm7Acu0YPsTw3jPqv'
    'x5pzsEkcR/7jLHq2E559avXzjqrH+d0kc4TPBa1TWW1uHjqVSTZ7R+BbIwa+hfnfvMd5eUX5562dW6f9NU3GN0euWEay5QEfQ/Qf'
    'Os/jDK+i/eD4w4wKz5eN25vzWLspge8PI1sg/ozAMzeg3RLw5kVoc8TR2YJrE0q235Lia7Dj2oZ0v9wD66XXKBuwfmnKtTS//wKz'
    'N48S+7jpPF0O0EVcZChubkxzKskLWdWIzcN4mVOov1rn7Gdstbd9ruTfJ/QY0ZXWgA6p+cDFEvnUN6S4wZCaeba6o7gGRT6heXtx'
    '9fO8B+9YZvi/ix5G51fzPrwvisJe1POrcY9pnzO2dXgc+OQu8nkc9sY4zEMVxjwBYy3CWIrwXRXeV4H7ZmGeC3D/lKrnHdD3NeNP'
    '14HF/Jqr+drsGq2hNUc7EV+KeJjmU6fReE8r95pF7QhBg+/pYWzBnUiHwu8+g959xkNv60eyMCf394GfzCQT93vqijo3vE8fs7DX'
    'jyOfiyS/7yB+mXeJz3uQ+FveRfqTb3uSn/sgsglpLL+t/TPKXM+qn+jOmha6CS2cRbRwNgU7v82+n20RO36bqmNNbXMv2VjOB9hA'
    'uL36NNrHpvXx1V+Tzh2PbT94DFs9aCxtHZzym4wDvznUgrRJ57jDcY6HgYfhcfdi33Xt72LGsPZp2H5M9LPLY2zrbcPC4/C132M5'
    'dF651fbh2todyK+OOsrernvHpG/OIf3Upz1qQ3d5Tu/d3Yz/5RjZV0Mg1ytPPsHVlSsx/kfql9Dn+zHBZ49tCZI/wHVffzCoPqEC'
    '9vU20q6Nx+I56iXnv8lfIGGVtB9Yj3uYyGFJ8zAVyD/Og8z1mqrlv+tA/ntpPaC0nbWP+xzX17U9PGYfrBCOn8f39xHMqQpoe0DQ'
    'cSWdiZ4DOVWvPYZrje2L4T99iFnfl8EPrX/XGA7N3/Iwrl60z13sd3mwH+YIr9M2B70XXWwdGI+pzxUbHhOPUccR74sh+0r5DDPI'
    'T5OFe86BHIr1/nNwfZLwOc2PXkTy2A50r+lcfpLIcmvlzWh+src/kq+ojbTT7qAfSH3qQL/r8ep52g3v6iKf6J7LcNbMg122Auuv'
    '7TKXPe0rep4vK3N9CppHldpLLjO2Vh0viGWiCrIdHmDkJawbmuoKcPf51mfWeJKkapDErauBn4+bT0iy2eo1ieb/PsP8x8VdhWCH'
    'NH99UTW/HjHue5o1eE3+mKvMeLmapJOWs7KTnJVjaL+PwTmOscO+Z7U+7wfQ+aXzCnD9vUHm+bhBZtb5X/VZfpPQicv63nB8zwjy'
    'Adwk/lHbs/sBg8310RdziN9XJnNHazpJtqLeJq95UdBvbpL5KjvyENueMa3HFiRb4DnZ1uQ5GXfENnC4gXmPPSLRQF+Tx5um70vy'
    'GW8EOikRvkgxGi74lwkHviGNdwDpptx4betV9lgHHz6Bf7+e8FoXkG0Vf55CPtBZOMumQDZ9DuSYMvGRhvoyn7Jg8GnuTi0fP6fk'
    'WnGSr1HLe73IjnJSmK+yQEMm+cOGMexH9kjJhtYj6GkFoscvkbPwpdUbfxVhpLCNz/VdbQQL8CyR9eY9zqaCINtWA7BR1wScWTNl'
    'YV3X9ZGEYg7wOOaFWIFJxdehL5L7QuysedBtHk9hPEXSZtWgF5nexd1j0rfKgnwY/f8Hq58LAt2UGBrl6M3XF4H3fbvnXuzwGL/L'
    'mk0ifRbjKl3P1mUPHNIVQe9dcKD7fniHz1zllDk+XooJ7IVzpA3OFfx5BtmT5mD+CtDXeYQfGgc6KSAs0Bw5NytwnSTPTMDaLcG6'
    '6nbmYe+0wl8fzAVn/5pT7jWDTTmlCwJOaM4iC1SUOe/6uGAfKlpsaQXS/2lEL6eBXnaTT5r0UoU2Tm+uu9O6V0k/TqP1+wSs3zHy'
    'uWBYixVoexpoZxbuw2s0De+roDWbQWutf5+DzzzI8xpXeAXuqyBs4SLcV27y2selmwuB67lC1nFametVS+tPaxxXBPqYEeiRPm/L'
    's07xkFcsdmuaa5/GGZ9mdJYIN/iASh8PL8V7VRlccBIxHz5yRDPlfZpz0iSDZVSy8chUT9c0oHFVmzTQ+jQwI9CASVemcUpTFr1Q'
    'sgmuMDRFaelZkKs5jP8EGgMnr0/f5XThup7XA2ggjv+Lo6UVRjc3vc+kC/tgv0L8PT66fsXA00y6IN0HOqY7h+aEvqOiGmPCTPux'
    '6jl2msdhI8WF+sQyPs/YlV9HenLZQwZ93sEu3Aftc7ph2UHnc+lvhAF5RdVqil8GX/7zcH0Wvnsa6Y5loKci0j1C/zIBsnsS84ax'
    'M6/A9Q3y/cvkffrfz5L7nhZ0UFo7rMjoEnSv7wD8VrTXL3nsm6rAFzj/Upw8O9j2vieQF7r4yPDe1LUf4/hA5gkuD9tdo/V/ScA+'
    'TDCyEj3jqTyRxPngYntej/W3YZSGNmm3qbT7tqrF4ur5cO1fxcNPMM/4SvoYWSRkz2gcz30ttv9MdH4I6SWhNJimfmwb/4qjb4jK'
    '3D7xnmeVXwxNSL43yi9HBJ+kpDeUEXaCrvERVc+n1qycJDY/dJL04oMJWG/9mbM1DjC4nHkP7P60h17tqreWCM+iPmZsMzHhPR51'
    'pIeSQN/jFoxvUTXmDXE9N+Ys618RcJf/XNXigbag+IYiQ5Ou+4Hmgqd2g4GAOdJ9i/r71xHuwMfekZR80q3q+bQyam0+Lewj1/EQ'
    'LmuA5YZpZp9wPGuBwYMlMUZbfyV7UEh/OTpwlbHXCxOOZeo+hPvn4jGnHG14LvgkLtZTOh/uNpsQzg+uefVnVWNOptC+2OZj3HFt'
    'pJyaEwJWy4b52sz9Jud+G0R4IKWSzZ+5Hz6YviqMrIPXeiKG7HKn6Y4cr4zm3NanEqH/hZRsN0nmOpDyLeixH05g7CF+BdczPATP'
    'OKTq+U7i+mwGEl7bHMherlhSXcdyq8CD9D0F2PMuvDTJc5zWm8U4cE4G1fSI8ytlEsD86hpOXUjOlfLwD6L7HjTch+s1nXbkvYc2'
    '99PmfkphP9EcsTifvFQPRedKdp3vCSITuMhvVYMvXrK56edof0/Bx1U2qAi2zAc9Mfgcz1ki/Z8k631EkEumPeTZSQt+IY6OHEc+'
    '4vjLfICPaUE1L86aq5uyE/jDhRRt26bxlRxpIdSOwOluRYsP6GfB75zWfNwp87AAfvlW7e8Uw4uT9tPge/R5//uqUUbRdo1Itjng'
    'abfAYyp52Juqnr61neDPjPb7cyr5XOdJ2PqKBgwd9V+HYgWpjxjLHXmQpaoESzlvoLVm2ldczmAfv9e48J5m+MOmLfJ6SZBlpiz+'
    'M3xum/bDceRrtvngfHUNqU9VT9/fvOE+X57nozNw61dl9gCHsZiMgYP1yQ+J5X6sR7dZZP6oDydbCLucpsw3xOABbO0NEN2x13Md'
    '83DWdJPnOL6QV/WcY9x+mRR0vqhfB9X61reK+nUG/DT4vKdtSDYZU86lIWgfr9u0kuPBORuCK9+yraXEPx9B/vTNfWTeRxJtm3xM'
    'ReWWWyRubq+ygN0ZCaC7JGiO0tmDqC+bMUjuMUjNkhUriq8VMiHILFw80jn4uKxxs+vE2WQ4TkeIk7sibgzRep2HdyLW7Qx8XPq2'
    'HrkXk5bpXfB7vnyB7vcJwb5fFXSbJUf949Pk/inlb8Mx7RuJZkOw5VwdtAcc6Swkx+hRh3Eec1y3eYGPVBO09eQgFseFJl35+LiS'
    'Y6ppviPJLivVfyt6+HskP5YL33Wxq9pwbj7xjzpn/SZdNvKBZtLGvCP/pjxwnpHJXdY/wrlEdpK95POGCstbomuhTap6DpNFVc9r'
    'tKjqtdP0vQXV/D8ci9is/B+hea/p9wXF13HD5zXd3xctNk6TXTVE9qT2ewlbJ/HqUkp26FBdr9Xs/5yMYorLx7nSXOP3XXn8lKds'
    'XxXkpRkPn86ExfYQNxY/NFcHp5+46hpJnFnNor87VR+dZHSHOzXnjYtvmNryON13N+C3cmj+7kZ/cLP2js3vrOskNbNPLrmEbLaA'
    'JOIBufgJ2zPzjn7eqC7hWIvSt6uts5VioE356W31Q6rEBjDaBHpPI29+RG9RDpSPO2KNTH5ATi7i/Clp51RKAttK52xOkJ8nHfbs'
    'aUF+iGuDTmpfYF9tD/ENuugNAy2gO7SCjJNDttFW9q3loZ/HWtjfbNtTJ+6QPbW5L5qPB49007MtjnssCj6YVsQ3buZRDeOzlC7f'
    'UrW83a1Il62W55XjHVwsTZK6j4vf1eQLmRP6fd1D3q3G2AubuZRbnwdEeSJf2EA8gM6Ri4/T5+xJk6ZDfDpxMRib+8Vvv7SyLLe5'
    'xslhO1tdHqZ0eQz5o1uZLl19pRzW4iwTnyLlJtHtmWrHj4GvJrSNfkNfz3v6hn3jwHvQmhyB667CWrmtlejzvhamzxDfayvkvbyu'
    '3O3IM8ovnwSmaZ3zQddOoTk5+uC3Dvgo9F3G0tYAopULgJ26h3zeVvU87roOVIlgoYqwvhpfNaH864ZpTJXOPX9cre9fH4ydy9NO'
    'czaVLJinIsFQUWzWhGpOTTKKwaL58I8zvCO6Ppmp0VGfqtcR1nkkdUzjf/voo7/ztY9u/30TN5+Y79NnVeGjttVnc1+rpchr+NPv'
    'jv6+yj3/KfPzGe4ZZX+mF+5vB3t+NLioHwcR71fkPKC/9aN79NnTpdb64/A51Sbcmwm4X+cnHUbnnT4Hc6qeR4z2GZ+vprHpOdL0'
    'omV2Pce/eut2l9Rvnftddo7pmtjubwdfQAb+v4vMcRv64DjZNqJPzGfW9jdq597bA8pm27Luf+3GXzuy2S25zq3Zru7Vf2zLZnt6'
    '89m+bLZ/YHD139tv37Jj9bNzaPU/w9ldu/fs3QdP7s/eky1kswcOHlr9x+Fs0/5Ma7D7mc6+Qn0dOlW9nLjn3y//9+/5kYtm3tt5'
    'K6sJ+t3v+LHsr2ZV3zPDqi/jCa51uT3r1NLqXbc8wb0Z8fuvz1tn/dtbhqdRF8ccR93puSbZGDPY2OF2U9fa3d7UF2u93G4T3nHL'
    'Ngzhr9PWd0M/bnn20X2xOiWSbPfonsvfLfOkZ4yPOncjOjPmMps8e5Nnb/LsTZ69ybPvBJ6dlNx+BZ5vAz2mS89IxvyXJf9uy2ys'
    'P3Y5/NjJxbjU1AN2is01aZ01iZtzKsvY2l3a26QFB1rwo4bRuEITtetFduCdxDak1y6H7Dy37ynU/RsZiy1xUrCNSvXuC6qxfnxo'
    'nwpwX79aG/NKa9RXBXuuzn81iNooEhutZKvFtlQOr6r3gj4Lo3tPwFh0DXRFxsr9Hj2/C9rvgY/ekx8cuG3GF0WKbY7vyAg2Rem7'
    'LWQtRxA/6SZtUr/ZQfR75Nt40OKHPMTQBDeGZtlWB5i9pfkntplrfrnGZv63P/qfvvbRR79ispkPwdgUsj8fV2vt8aFtD8A4cswY'
    'tDw2DHPQhuajE/r01OrnHfj/aJ/cVDJ2I4vmhPP5RmO5H9rS+Rs64V68RudQ2/1EHtyB98Lr6t1MzbVm3Qu9YAv3fXYY9c/kvx5T'
    '9XhF6guxrWPkG4mOD5OfIpRGXNrG9N2J9kXUXgb5z/WeOwr9OUTG+izhtRXCR6lPLcl8BQNExukic9JB6BnP6y7FnzGa9+i8C6+q'
    'tfXVou8+BtfX0D26LjQ+IwaUvT4Gd/aUhDMWn8U6X98xZh270Fxw64jnTO/7TsIDIsHkCTR/H2N8SNL79fklvT+0zue0MuMOabzB'
    'CtPHw0DnefKJ7o9i5BagTyVYn49Bn3SekOvwu84xciwBf/RRtbZO+QJZ9xKhl4+RuaK5Oa6T5+ke49ZsyLL3m1k3w7f2TNxaMxth'
    'TtqaNCe7W3hOtI6A251Q5rxutF7Lz8IY06xpGb3nh+AM4vCWUv29acXjobhcp9E7vknV8xrb7q2ie8cNz+Rh/N2k7zOqEd8a3ftJ'
    'dC/N5UPvfR3dO2dpN6oJsE+51x3gat3iqy2fio6nHFRr67BweeFNuR90LPEwnK1cTRcXXBuH0cWyB7XthGAl4/CJrR58wmXduDpW'
    '/cQexo2xy0Fu+QTIBMfIZ4T5FEA2rEDfytD/CfhuFniNxsLNA40U1Nr8Yotw7zy0UVBy/jKdj4zrjx5bFsbQrtb3j/alA9kOXK4F'
    'In9XBBl4kcjOFbJXFhSPoZsnekhBmfOYLZJ250k/QvWaRca2YrvSPdYPMoreY8eJjUSKf6H5LPH9VLauKj5uQV+vKbf8E++CDYh7'
    'Z9zaVmnkyxhVjbkmudypPnlfmjHPmv9vQTogppks4cuUZkJ5KrULRWfLHuhHFmjuCaQnu9iOm4WfnSTfz5F+LZPfqb6lz/QonuEe'
    '+O7D0dr1n8D1F+H6Vbj+PFy/D64vfx6eexXsHPp7uL4P10tw/QJcs6O1d++D+cbv1u/6Q+Ed1+D7h9+uXd+agit5p/735dFGGuNs'
    'jNr2htd+n6PfgM7xCFmjIrmvxPDlPKzDPvIspaNx4d0j5HfJJzBB/AtZpId0IFtgHn2n58yU+6KrBeZvF5wt+CydJ/y0KvSJ/o77'
    'lOQ8DcFHz1PUzoXAvbxCeMIrAi+ZJef9LKGFonA/lRtOKzkPqs5vm8a4Xif9k3xni02cD65+d74Fxi/xt+3wwf1zPdMmExrHtCMf'
    '4OLGDsAnpP+vk/5Ie53aLH39BFQfeI20L/l6y8z4cTumcUrrvYfIMrid0NigpOhgRuC9IXQijX8XfPD4XxfmX7/vGYHvVYX1nxPo'
    'ZcQTb/Ax4XfuLJJ8mXqcrrgY7XvKIl9qh+A/5fxAI8gXk4V3uPpjBzz6afIJh4wb279KSH+hukc70jHivsdWDz3Er1RS5tz4nH2K'
    '6qamcXfGGHdJNda3ch0Xl4cjLq20xxgLrRmG8xvH7ReVGfDa0PW9KejmBWK7pTbda4E0ZpMfWjl36nTAfjLFrPcS3aZZOo3WMTgd'
    'Yu869kfLCDhuc55crwjvN/WTYhZs92aJHUjCJUj7rxs+eB6T1Bul9aP0lGQt2JA9yeUuH0CYrKxqnTzzvuOT1n4HfFp1fGnkuuBs'
    'Xj1kDm6Qs9slt9RIAjZxavNtJzbfS2ivXyL+8/2qXs8VYwV9sJYDHs/kwdd2xAXXpj7KvR/ZJQ2+J1yXuY/IE75tcf7UqM33HOzq'
    '0hzbYvYvoXdwfsv3CP5Wt0GxuluJzNTB9HmLpc++cQY++IvLAv6iGhN/cdkRf/GOBzbiVdD/bffi90t1+KoW//0jHtiKYx7Yiv1o'
    'bUJqBGJ5wtaGCYdgoyVM4676QIegp2xHNmS8t6qE/47C9SR6f/TM2yheQHqWtvEEaeM5ZDvqYtrgsPCL6P9HCb7+JHoP9vPl4ex4'
    'gMheVIaSMKVS7pg5we5E7VfTwvskX5lk08frth3NvWt9TGktS8g/5tqe67vomke2ynvR2ri8KyS/XghtJFX73YTRo7LetDLX2pZq'
    'Q0q2h1zAvnyErNGXwQ5n4wvYlvcwxKQo0tavIx0yzh7PkffoftO1/Dl4t8nuviDY14sCXiaNfc61syTYw6ukvwXB56qfuyHwuQlh'
    'Xmh/lgX785JqzP2VB4zYmypeXjDJNl8R8P8FJC9miLyIMfp9CMeREea1FenDda+nxbcpT9iG8qH5njkufOLPVC1nY7POBVd+8i9V'
    'Y021ZtaTjXNeJFE3b0k4724I5+WEkmsb43aXFZ8DeImxT+Th96tNsF245uN08bnE4U93Ir2ZeFaPqsdC0vP+XfT/B2GOTqjWrlNH'
    'a2bRvZAHW9EOMk/LFrnR1qapNjidRx+98rSnT9f2brr+W9Cni9hFthIcg/aPX4QxP4TueZ5gbt6Ae+5D97xM/PDfoOo4wK2obRyf'
    '+BLcsx3dc4G863W4pxvd8wxp5xXGZzBCdJGLqO9KsP/1q7Ux15wM0IV+z3nYH14AjEuovWNIrY1R9tk3A8g+M0z4L+UpUyqsJkge'
    '5i9PbOFFyxgrFpwwxu9qP28XzEc/2jdaLskQG6SO7e4j8QnYNszZwrnxloT1cakpq9dwN4O1oDFVHD81+fznmbUcQGPU+92E09Z4'
    'D3oPxnjfJHbIbtRumaEfl3XVuSronsK6E9WdH0Z97ia4oxK59zHG9yjd+3iMPvcpvuaBSd6n48BrahuH6V6fceA9lQO8Uk7V6/Rx'
    'sYA+MVyYrn2es9nAhz3s5XjObLGEWUYfifBOTwry4Q30vX6mHdZWIax02nFvuL/9aI58bNZUljTJlp0M7fQxfMmFL0bv+dvAH0PP'
    'R1MM7Q+oej3UOc++meKWXfrlG4+DMT8+ef/zYCN4xNJXzoftqrM1ezxHwG6dNqZo2aGtIqMLuOxnLaMcAXm9C/zPUT7Zu/kPuNLt'
    'qZDywqBUnbdUwJ/k2zbl/sG+7UsO/vH3DD5DTh+jPHOI8Eyqky6osFq7WDabZtqk+pKO/3gIXTFGYJDMAc1l9JdvqX8lrQO3JzKO'
    '7X5gyE9I27XNN66R4FOjQcI3SLrFEBojzZPko6MMCP5qmjeN0t4l1VhXG+vxF4nP4VFEAwMuuJcxN9zLexZcUpdyr8mjc9KcYGRo'
    'LfPi7x8l9z9O7j/G9K0fPrhvIbiJJPHRXG3PqoduYsNt+LRjwnS46hghOJocxHuY9s82hHdxxeljmfkJ0LHuJhke475D16YZuG+b'
    'fLqi3PN3TDHrT+dlED54XsqCr2aZibuwjZn6ZZpZN9E0T9J8cDz704xvi/N1HTf4sGz95/wdPnzGhPmjcU8hvAXrmQOGvu2Gteb6'
    'NuVAu9RftyycE8cVX/ce/z4E/AyPA6/NQEyaHEI410wgjQ4Y/FCuefektcAx2uu9FnHm2ZXXuNi1TfIEjrVsxnxVlLtdhs7xkuJr'
    '4dI5xrwrSR60Gz6tPFfSnrLN4byHn/umx5ztIXjUVpyzJM5nE07CZQ6bsdcpb7TNU4mxK9iekXILHleN9W9dcyaViGwh5SxaEHyT'
    'Wj64Zpib/fC50+amLOiv+Mw30YyvXE3140lBD3LRL8qG9dgLWIEcYCFd16Vq8JlyOXuXhTWIq+Pgmpm6nu5R0NUyMXUyTOPzJPaL'
    'Yqlo/ek5ooe+CZgJTnf10UFo3NgUI5P7+BZcfeNLwrpPkyvVZ6Tz0TaeKYFOXLFarnQ8xdCpq+2I5qvc9E3cGb4JbEcuIl11c/2Y'
    '9Suku34ZB7zYNvhQWzfHZ8rEbjJiwNXg8+gq4qNSP3TcLI4HKZL4AtPzFEeIc9EVhXiGWYd2dZ5/U7tlZc6jZMpbxo17QjXm2nPF'
    '++Hnb6i19RlwexGf/wmEV1wU7vlr6J6KcM/3w9mAx1y2tPttCOu0SLBOVbQu0b2fUY05GW6QPmmMxqdRjFKVYKlozEhV8XF7GlP7'
    'SQbnVWZiZnAebi4HBKYPHd9I56skxJJMwDNnUPv6mWuEjnEeVrquCyjWROMW+sm7rwpxJ1eFMe9k1pCrw0CxsVUmrsYFC8btlUnP'
    'vdIuPM/NpdROh6rnW+zyWMeQ9kz7SGrvXsbOzOVc9/EVVRn/ms/z04IthOrB15UfptenD3MJ6JHNwBW2iq8F4/99cydsccDjheDw'
    'uBiD08ovbz+OMfj1Td3ijtUtspu6hWH9an9p6hZ58CUMEyxaH9H7KC5HOeJyuJwYXN5nzFOwvMfl0ArhEXsD8Vi+9O0yn3FwTnFq'
    'neCcPNmE+tUP+1XCYXFy0SySg2j88GOGuCnuO5PdVrJzmeSRcQefr9abQ2zzoRg9zg/pkt8R/35dxasPIc11jtm/c0SXKFswRjSf'
    '1mV0P67VaapdyuXIG4T+PZKyrTtUJg2xlUdxiIcsOBnOrozfFce+jPvyABPDUxGwcBXGlpJ230228AGEUzlpoA9TLUaaQ0aKiaf4'
    'jElPH7SLjB+N9RzYGVz53YQwnooyx/5LMeYTAT4UKT+uKd+AaV0j/+mDBlwdF3OThF4prb9PbcAhgsGX9HZcCzaH7LicH9SVFuYZ'
    'nKUvbmXC4v9cQfazjxHf3JJqzG/pEuuP+1wWzkiad+e+Ju/PgnCG4DpHmzS9lqY36aORPh66A/e6RNOc3Ejr1FXWQW7U/hauX7T+'
    'HdVTcY0uHxv4godtmOvfguLrAJryjYX0D9ex8Hm+4jG+blXPgfWoAbNHZWZXLAOVzaT8SFVBBrzm+DzmLVhm/qyq1ajdgvBwFPOd'
    'Zhxqs3MP2dbFZe0WDNg1bm19ct4MqOTjwbl3mXght2d8/EWcX8zkz+sAvLXmJzRnBfXbLzI+QOojXWDGGLefruN1pZ+ioz3jZUsf'
    'p9Hvu9FePguxTsehXTy3pppE0bz9CvJ722o60rlaJOv0d0FmxH7IWcYvif1AR+C6q1CXS3zf+4OqnrdQem8hoTF+o6rnOJb83VOC'
    '33sO+c5nSX+WyXvnmHHoPAg9ypz3EeeZ1LabXY7jp++XaurS3JKnVj+HPd+xJOAtaJ7MWUIzek10bSauP/1onZYVXw9vTjXWpTPx'
    'S1x3o0vxOVMXhXfQWn2zSs6dKvGIYSYGw0cGqQh+0CPKHnsfp5YF986Cg49/0oD7bJbtk6u/8QBZg+tIr/Sp26P7kmPsUVOMndFF'
    'FvPBQHByBKcbu7TpEpvhkoeExt4miRXuR1j0pHPE9SNfXD5Tpy0p/7fJppvGGmr/G87rZ6t5wOXukmoe4DxUc5Z2sS+xjYxBqrky'
    'qfzrxF1Ta3Nd/vTq5ycDY1VC1qQf+EZOxauzQfmVVGdDyxcuNUE4/UHLF671NwoqPB9A9K4xVc+BlGYOXpOta5LYjfaArGSKWSow'
    'OC0uV4CUsw3Tf0eAjnbDQ0fT+VR0bQ58bq0IfucKsR1szdRza3LP+PJqWoflP6lajlcbD0sTDxj149fQPi1aYmxKyj9/mMbk/pxa'
    'G3dse27GIL/hOlR4zf6qasz3siz4OiuCzei71NrYf9qGS76FPLLLuOrNS+T5WdIPl+f12uB23lKNuR6qjB8YP/OCwzP0PeeInoDv'
    'vU7uPYHOzaria2JeRdjrXjL+E+2166299fGPtteuz7XX68tr+8kLo7Xrj1+qXX9ztq4n6XuehnuuwvXy6Np68dF3P/Upnm9JNbq6'
    'kK7WFYAN7TPwtwzpm57be1Q99yvGGGXHzNg1bUNTSs5FRecjO8rPRw6e1/3E7Uht4+cGwVZre06yCUftvNRkf1LVUR9yaS/0eVce'
    'MUWwDDgfqkt+qxsbaOySDLJV1fNQ+9So0zpHD4olOgG4u0fAZoT1AFf8XT+SayjPGEG2EmpzOIT6146wcBgf51N70fX+foRJxOPa'
    'gu6ldRukHEA+OfhPecypaS6l2uI+9agnBD1ygvFvYX1pWsBz0f22wviTTPsgD/6wk0rOCeIiz/rKvtVA+4JtLC+BrOIiQzczTkTb'
    'F13PjjTPKKneRUS72H/Sh/4f0/3OALqndbqLqrEuMmdb5XI44P2RU3yO7x6Dzaai3Gt/+MbGDAF2huqcEs9Pgi/Z3sHxaRuWw+d+'
    '17kZUMnnwZXy2pr61GM4XzKEtm1jkmK0XJ934X0hMRdx7V+vNMlWh2vP2uxFxzxstvs9bLaDKn6dWhM/7VKNuQS4+rEKYbJsspsr'
    '7x1CWANMI0nxpX60t1102RHCN6TxDQGt4X5nA3ld0jJsG4zXlJ9SY4vebMLcS/Eskg1hCHik6xmV9pz69n9A1fNmZ0m7mrfvVvWc'
    'S1GbWdUYM3WcufraY7QONWx4X4dhz/cSmonW4YKhvVbP44t5vk98jxTjEtXMvUjsgZzs6OuXOm3AC6bld3GVSWzrhN+zYpm/70d9'
    'SeIc91nTJYPsrs8CLMvvSDD+h9YWkbDXzdQBsZxA62M3y+8nyWM3mX5jOpJsYrj+grY/f04lk1ffVLMxNLcCrnuV9pw/JGAdNPbp'
    'cbW2fsEJVc8/c1zZa1GFvgPP8Yygl3OYI1ebQvT/96/+469k6jIerpMxYpD/CmidHlP+eWmveJwFRYHXpUkX0dy8mqmtMfbDTxn8'
    't2nZ1V3P/TLp/z0Z3l64XnZ+ajczYTIWCM7hj9BeW1LucZMS72oWDf0S2sMVwba6xMhJpliMtPv8+Q28p99RjfUDJbvzRhs7xgrZ'
    '4sltcUDcOUfPli8ALeXQe332AD7/FgSb0wzCkg0nhEnlZNQo7+59TZJHRpRb3ZI88MRuRxveIbAZuPpbx9XavJaSTa3HwTZIbfha'
    'LjTJgSZ5tpeRZ5dbXJ7d10R5dqPIp08hGYzuaykWz9dXicdRYmzaIdgfjVHoX/3ivAc+QzojRtZBD44z7n+jajnnfNvQukY2QA/Z'
    'r+R8REnZ0Oi5cB75JEJsQNq+MCysw4Tyr5VL298BvpO4Mijl3820yemcYnEwtRyvic70wwnzsFD8L+V9Pmff5RY/+/asg4ybxplH'
    '1+iFTC1OI5TPSfaWUNmiGTqLzom8PSF9fCPylYOOOlMSsQI2GepvrH5+FMZ6cJ1lKa2rjd6hMlHU/7OqXsO+WTaCEaFPyxa75EIM'
    '3RJjJULlwKwFk4nPsIGYNKEx9M3mhZh33UlyuouPW+c7+AbSJxqjru01V8h7cU0L/D2XK8jV74pzPOF61K8qPj6f5h3QfXgZrp8g'
    '9y0qPh9QhYyZq38h4QFo3v8OA14T74mHSF9pH/W1SOaf+nDpXNBaIXSO6BxMKz5PAJdvQedXOEnWhc7fFYGGaE4H3YdSzDnwGQPO'
    'oWHCnR4PlNmk3PEZhgZeWWd7dAgOoZiSjuSa47Nf1eO2tgCWiMrZNCbqvOXMamf4Y5o252wmfbv5Vzzsx/8B4bgpDvXfpmRb/sce'
    'tuW/10TMgE2OOgL0onmslsW/O/K5K/fcCSXF16Ja9rRJ+NTzy8M6DKq1MWMjyj8ndx5wYXuaYJ/Q586gRceh+ddGBJo+mBIOj/rW'
    'pPf7+EpMeSMzLaT7/fAdrvtF/OrMOul+zR7rQ8jGU2T4sy9P0bY515y6Reas84mXSkIn6mnRffTuXWKDOKgaY+0qHuNdtozF1V+d'
    'pI59FOkROeR/SBof5CO3a7n5l9H6pYnjpnIAzWlGx2TK4x1ay7uZdmaX2OAFR90J8+ioHuPHlV8sMaatkuc7pVxlOXRWcGtlo5dp'
    'gvcbRnb5pOiQk6lM+l4/Eye0H92bRK43n5jMfsSLXOMTkq5V5VtPKQe4oyTiTfBeccmXRHXdMVXHYrjGZ3Pnui2vcmgf04jj4Gje'
    'NSaR7ocCIwt9mBLeuVk8+XqAvWpCOK+LjhjKtHJ1cbE4Ug2aceb7HNofrRizZlvrebJ3qpbzYwphKB9UfnlFfWqZSTFMHD6Iwx9L'
    'MT7R///k6vsfzPCY+mbtITpnRcG/nXQuPky3j6QgV9K4j7RonNp9IzvmU8ycuvIn25hWFF/HviDEukwpPvdHmnOwBGN0sRkWlV9s'
    'jCk3ZtkhFsA3/8l65LApqPTz07g8T/nVNwL9mfwytvzbd3Isky0faw5kM+ksonh7U07U9cBVmfSpbfBvbPsoCJjdawIvuy7wIt/6'
    '2hL20/V5H347rez1Uik+oEuYv30pzZ9vXv486IOXPHgvZ4tzsQPSuYzr104zp4LvPPpisUx5k6lvekptjHwMLvvRVUeeY9arWbEC'
    'g5m63fl6jD5fE+SzBUEux7Tqay/7jwh/0ix9YiPI8D8E9qZm2zJCacpnjjgfBR3/J9D4qW2ivMFt+th+bcP5u9jhNF7QJFt1Mvw/'
    'shnvRm3pd+gcLlFfHoDrGJG3H4D3TcPcDkF7+h5cz0vnTxtTa/NU7YSx6rxNun7fAPq9ALRXgDkswH4vwNoWgH4KMPdUNyjAumms'
    'yShcC7AW+rkC0Bduv4LeEz1zAOTqAuxz/Ky+d4HEP3D3VMh4Kg79ziJ/8xa1Nu/OZSYmCPsCthE7PF7fc8z69qN1Pqfq+bmon+Ae'
    '6if41EeRuqa+Vis7KfoJdH6uLlWP47sHaHgn7KmbpD9tqJ82XDKnHx5V9Zxp2EfDnR8u8kLJYtPl7KoDDK/gbA8VD3sxzp06Tnxk'
    'PR7YPaoHavrZ7ehL6jfo5seUOV/iAONHG2Rohsvx5lObMm5dK1s907h1juaVf47Q3WhOab66jAMm2ZYn1/Xs4bCw24E2/1l2rU76'
    'GQc/Bz1P4vg9aE5LW6517bvq8cAJRnvoAooties/dJFvdG607Yz8ZHv+uqCz4xyqRcGeet2AY6L2vAvZehzlPLPeNntXSN1zztcz'
    'rdx9ZHpud2TrueyKgq4s5UyU+Gw0OfuZ9cZtLAuYOh+6p9i630E1j9Jo/59nGudK8l+67qefy9SxAUVyxl332F/0nJ3xwN5rmv6+'
    'TB1vgvvi+25KY5/J1OKIOXuPpuuvqPi8Im3/Ms0XpMd3IVPPpxTCE5c8npHqubmMF7etn/9Q+dmQJggGsyNTk59dbHk+Z0Sa8xAH'
    'VxCN+VfV2jGHnIF32jp/F8QVpDHHtrmYEPBBrmc35cnaPvMmwnpE9bdMNbqOgFx4u9YW/PbB3tr1W/Y2juM83PM5x9982ubqh51q'
    'd2sH1wiNvv+Dz9auv/Fa7fpbl2vXN75xrX6F7/0puPc/vFm79rzdKBP9PPjwdfzmnSgbfeBI8+stx/vIG1Ec6l5PeW+J2WcuumX0'
    'vpMoFkmSBaV6K8tkPQpqfeRKl3w024h+n6RtPdpDjwtr41I/Gp8hrrYOX5ykzg3jWg8AY7kuoHgSm/2Hxof1oXgC17ngfIk0ziLu'
    'PHMxIBw+0SVv9QBj196n1saDF0m/5hQf067tqZPkuSnSHs5NoOtRDqm1eQzmyZldFfpEf8d9ona5MXhPP6I533hLbf8ZQP3IIXqh'
    'se/a3jZBfi8hvmN7tkzGpnWqfvTsLJkf23ttuRKyDF10O9BF1PZ3qHodDX3vDfjtc6idRXJPFdFAHs6OrcI9eq+VgQdgOpwi86j7'
    'qc+pIpwbLjQ+Y6BHXR8o79iWtlvqHA5Ponmivz2Ofpsl++VhWHsut8M46e8S+X0S0V0Ps0Z4H9P3DqL32sYqtZElMRYc7+9ysI9m'
    '4HlMn7s9cH0LFvv0PJGJPqPW1pB19Wsue7yH5kt4yDN+Jgc+tvWKVcoD3utgIMadi32S4ginBHxouQl8H+db1v24KdiFx9GzHP5V'
    'f38VrRvm7VQ/wM9MWHxR0t7ZpJv1o5udDB7SZS5NetDDyOcwL+iSc4Ld4ho6D/oCdQkqK5cc6ICb7+MEnyvR979GWIUitJGFd74L'
    '58dtR3ome1f/YeyAhCmor4C5Brr0p/EVJYSbmyBn2/HNtWqptbKdD8Ob58O6nA+cT0zKMcHx9HFBtnCROSRaGNqkhXWjhUnBxjPP'
    '9Cup9e5uwfUutsh6P4l8cy65xSYYLENojC3NbTyh+JjQMoORG0b2V52foBNk0QjP+QTCDU4LZ4WEHcR2ogzBTfYQ2tfvPIDeGeV6'
    'el/AwYXkgwmpW6qxmVxe0SHoo/5e22T6QHZpV+ba5FvJfGo7cDvaf33wjgxpdzuay14yl9oudj/BAWveoggGNcPYX7jxDiC8KIdJ'
    '60E2F1zHV2NPT6jw+r24jq3kk9J9G4L1xuvYrlqjLnIH/DaAeGgneWYb8vtom4+EQ3epsZz0WsTNZZF2/0w0gvdsK9bM1thIV6yq'
    'jUbWgz58a1W3ozF1G/jlSIvQFK7Jq2nqZAvTVEjtcG5+e1Pk77b5fbCF55fbm9wctsH/c3OYZK37HHxnq+9mO1tMOIO0+u5Lq5oW'
    'dB+kmByTHJQHbMputTZv1wBppwfH44yp9vcVn7eLo6v3mBiikL2p7bCm86GXiRExxXn4ysTtBhmxn9AUpaOuFqUjLl7jLKMHcLL2'
    'DrT39XM6pzlubwxoLLQNTDO0r+cd4nmauc5t8El7naWY/HYDr+1I4L02+cSUHwD3ZU2Mn/qoLbLvSjZeKZ7UxNtcYpXi6iAmbAge'
    'q9bxo/xK76jGeESJRiWbGM2H6IIVO+Nxv03/70c0zu2BXQb7h0/cH6axS0qOGW2gp7GPctIZRXmKPqPwuyaJ/WqS/F4meJIq+X2O'
    'PH9N8bVBKB4F53nCfMgUa3sa2Ueovh1q/5HqhHQINO6TG3RMhcV/usYvYrrNeNLtCUK3tjh6KV/UbTy34mvgFFRYbRxKM9OKrxc0'
    'Y6G19a6HM6vi1/ox1YA6blmbJGsgSvtkQDXmLP2ZjL3OrG/9xWXF587jathIuROTyEXmgo3gcty1Wh40W6xDM/KYHVy955Mqnbq8'
    'm/Muz/s/Xf28pNa35lWz88bEqfV5Q9VjMG1rt5HmMw9+usc26Nhw7E2U4/9V1bo1npuxd+LWa6aywUOCjJmETOCyF0N5gE/ukfXO'
    '/8rl6CwqPmdXmnkZ6e8VC8+g4wit783REqXD7QIdbk9RLt4hvLMtIdpPqn6BKYeyC2bHNY9C6Pq2OazvzpTnOum6QWnw7zTn90zK'
    '87vJx/34+ILAc0sCFsyWw3wjngsudH3YQNdtSKYLtVm8Dt8/rfi4RGrnkexbkh1pTrAPudqhiuTfNFZUx+KuJGSXC7GnRfJlVBv9'
    'WfjuWTLWCWFOFxVfQ3yjzIkkcw8KNJ1DPrkR4qvIgS0xiXpbzdTfvl8lUzdGwlVL/FTH0FY3sG58TjW/DmtBxauN5PpeLE9QvIZv'
    '7kZO9u9j9iDnW8xtYPoZV/U6xHeize8E6v+d5nNwwXn3CZgK6vfUOJV+CxZ9B4Np4XzzYzHb6Cd4mLj++y2W8UZ79B74/iDjU9sO'
    '32fQPUmMM1rDe1Utf+N6zznHI/W9EW7zBSJ/u+I0jhLZ5waRsYqqMXeFSaabJn5fnPPEp19nCV2Z8rubMFz6e43PG/Dshw/+XsJy'
    'tTliuVz3vWqRfZ9WvE9cftFq/DEOLoYbfyeRbbjxmzA8tnH7Pmsarw+OhuYBbyP0ED27B50J/egM9dnTXQzeLsfodBzWkqM7enXJ'
    '70f3g7LsB1ueclvtgLPMuwbJ2vTCOtdxkuqNjIBpk+hnd8LtmnCV52Pw6Tj8Z6tam/dIz2+oDnyS+PQKSLc3nREZQnPreTYkwes4'
    'Pa6fGe954VogMmM/sZVMENttVcn5oHRe+t0x9WGXfOq4xgWNh8Z5gjkZcAvif7RWTRfheRK/wnOXTQC7bcJsm/opxbxy5z1HAyYc'
    'Xih21BdDPAQxLsoTS8rJvFTHOS/Itj4yrcsZkrHMsa+spywYWdP+b0a/XNZ3CPRAFRj3YspxGlLjZgDNnYucYpuzZsgpXL/GBFo/'
    'rRrruUj1kjKKzwnsmws4jj5D7fM3lHseRK6+ni3upmAYf8XDjrks2ChHLOfRVKDchfecjh0yxX1mUH/w+eQaQ9RGnm/3fL6DnI9b'
    'PJ/Pkfd3ej6/lTzf5fl8dwK29EOqMff1ONk/k57422bZo5OsU9asmkhJ2wt61NqcIdz6STViiwK24DKyH7rWN77M9G0Pw8daEfsZ'
    '7eP3mogBxXmsMsot5xjHwwdSxJeMKL86JxS3ZfP/fA5stq2Mu31b1XN7SXmiqjHegel6RvF1FCaVueY2N7cPrMPc+tCvCV+x9w7i'
    'Ga1Ov6N3KP1i36pvjrKuO/wcanWaunSH0tQI8MVW5YkutUS230F0vKdJOJjoPbtSpEfTenSpxtjcy5vr0vR1yYMtfxjZm7oQPvlc'
    'zNgTEw20MTTwjNqMc4vm7MXVz/OBdNplwZpT+ea6gO2vCvhFbjwzgt48J9gLVpj7Ody/xsk8qdxrkm3SlUxXw+C/SjJ2wXct9jVx'
    'LfJgy+uKMYaTjJ1vwpPey6qxpkYacS4mzGlF+cX6zym//Nj6WZPvqIvxQ7pi+yV6mXTAqx5n7J8u8xsas7WEaJLz3fcTu2PSdihu'
    'P19G70syRpPzQx1Wcl3IsvLDF0u1Yeg8c7Sf1Pi4GLj5BPdFD7MvXPjGtIO9mrN7u9TsNNVGjRuPGzeHc0Rf96W8h1z5U6gt17bO'
    'tr771PYNrQOL+cdRtbZOVFJ7LI/8/a60SPP/H1Pm/Hdp00jofHD+NN/zk6M9KkOVGIwXxTmYaNXkcz/YxHm+2/eiD8/MoT3lEusc'
    '7anXwVaWBD3ruiRp8ItjCMfowi+4vg2jvl0X/LplTxmQq7Fs8tNo2rug+Dhs/b5lxecjpLG+tOZwkfx7SfGxxVIuzVkSv6L/PSG0'
    'P6sa6ygn5a/fzmDeniXzQeNraN7GuHkTx5VbvHySWN9cjHHHwW3ttmATkxqfrlmzJSX9JA5fn2DaknSePsbHMK3C42FHBFl7QrnV'
    'ELbdw9lXQmsb0bnIMzzuY0qOgQulVYzzp/jp8wQbG5Lr/jW4PgPXi2ptXtlm9dm1bboO98IH847nCE0cJ+3RnLlSPgrpe1teiRcI'
    'r5V4MuXZUj1vevbRM1I6OwvCGVZQfM6s/Wgec6peJ2S95/PTDvMU7cenQB5rlT7hWit07WhcrW53QeAhV8j3mLZMtt39aF2Vx1lD'
    '5d0rypzTIMRm9JDiay36xNyUhTOwyPgd4tqV7ifnn+u5NyGc45NqM3duCLbXB/vhq1NqnNAQ6E7UPyTl8/Zpm6tdNEzOy6RysZjm'
    'nmvnpsFXYnvWpS4nte9KtTWnmL1B/y3pn0cZObVZtJm032xceE+S9icJ814lPmq6zzFmycd+YqqVkqTORXXKl2PqxjQHRtVy9i+m'
    'oCvvZWyRSeh9p1UyeaDuRNuojR7jxFf2M7xoo+V9T5K+h5l9+6pqjZoivrVDFpvE67oYnmCKfXeNTebOAF9ZiuYnkewBNJeILe4T'
    '2y6miM12ymJbngwcy7TFvlOw7H8lnLslhn+b5F5fv7zLvnaN5Yrj0x5keKHvXIwoPqdGkfRPyjXgKqeWBGyOK1bIJW6Zjn2BOR9c'
    'z3OK0zHNU1I20F61tmZtGvm6feQPro8Pw2eLcs95LfmaaZz5jEArUq5nGx7Q1d7hqv+3ar2UEJkyqXgPW50Ml5pqSdUQS0ouqZL3'
    'FhgbfMZgg8fPXCfvpHbRJWXOC+jq1y0Sf+Mcue84s1Zn4eOzl5uRv94Ww1BgfPCuezjpOPZJhh/HHfdME2wUKwnggSg9HffY+xVh'
    '79n2C82jWRDatfn1Q/eZjfesKHuNUB8flYkXJZGnsZ/xH6atXx2GD5ZzqsK5JPnmQ/Z+UfBxuGCdfLHnEtbchx+sCLbPSkw5wOR7'
    '177K2Sb4/XKAuQzx2a4I+KUp4seLcq4cIL74eeFZilm6kbAv0eZDxvPE9RHHrU7E0D3e2FyT4Lh3lzjFAnxM52DS/vMLwnivMPg6'
    'jK2ZE3CBLzuu/VOCLF1m6JbO01PwCZmnuDK+Tc6YEOSUokDbk8L+XhLO8ZIFDzkh2F6l9RoXvnfdw6HykIQnpTVkqsK8Vxz0lBfh'
    'E0IntP0FQS6sWp6bs6z/oqPcVkyYjiV5s2DByVSF/TAr8BtXPpS0Lh9ab52eG3QdJxmfoi1npsl+38xcnvsM/aowsq5NZp3w0F2l'
    'nL8cxiVuHbk4uIt5QdZPqq5KM/Skx+CD+d5fEnxzkt3Hxo9C+X7atrZm8xnKVyaFc4CO76jw+zHDebYdPlj/lfIGJmHrKRLsy5wF'
    'b+brI5D8VdRXdVLV8/+Zxl4R9N6qYLM2jQvnYUmzLiaucZMU3iMUv0nzXvx/q59vY3wJ3LsrQmzUlOLz3Eq+mRKy3ZranxB8dC4x'
    '+gXGz+dqa6k6YrPKwnkywtioQzGmLjksQn3WNpqtMnxiLkFMcqEJey80/t+1zaTidJOqd4vfs2KxRRyAD+W3PvUx45wRXI7cGzEw'
    'q762XpN854IVj4P3leweuxkMS1LxpCbsYZpY3ZBcFSFxuC4+zOsWvE/Rgs+V5A+b/JSUzNYsf0Fa9HBc4J9LlvNlUsC6uPIaX37u'
    'ogNKtgEOh3qDyAYLnuela/wnfk8O9t5RiKHC8zzF/JvLNy3h0/IQs7E90O9F6TpuvlluHbrh47oOHO+vWDBwI8x7PwYfrJu/nbDv'
    'd1O3NuvW1FZP531OsM1LuQuoLd0Wr+BqK6E+guMOtsZ9cC/eH916T2Rv3zOmDH/WNmqO+Ghot2xt+OaTfEjJ+eRMss6kI4YxrTyq'
    'O9trk8rVSXbF69ny6bXy+P/vto1bw/tH22o+Usr/XeLruLPiisFO4tumhE8vW3CyLmtDn6nCfFxqq9P6kiPWE5+leh6+ysikrrLv'
    'hAXvlub497TVavI1M5Yxjo9G85KvkDa+AuP5vWwNv9XM8UyqtXkjj8B1V6HRD5M0H9H7+qez9fOGw427jvGqMMaKYIsoK/ecn0XG'
    'rhv1/Wa2ll87rb43g4dH43guW8v7nSbtufRvXrnF+3N23TnLHqW1BrtXx/x0i425WWuO99+XMrW6pnFp+AqDN+ZshGXF58YreYxl'
    'RtiXujbs92f4syHpMTVrf34KrdGkYB/n5BpXm8WSEJNE5dfxAFuXdH4/kKmfd/OW+XSRY2gM0bUAW95V9Gxa4/5jVcvF7xpjUbT4'
    'FPW/L2UgX2uG91dUGPs2nqci+b3I0GTU/3+oavmPou+ebK9dT8F1DP0bj+up9tr1m/fWx/Ui3HsGrqOkrbOkjfPQxudQG6fa+fOC'
    'vs/Uju0dD0N/nif9OwfXx9H3edhDL6j6b7Z5eLbdvX+PwG+fRc+fu0Pn6QGwwUbt/M7/WLtmvrd2/XC0dv0ncP1FuH4Vrj8/Wq9j'
    '0qNtOd9Tu/7667XrB8u1689Am3/xytoaw9F3Pwr3/ou3+XtDbZ0ctuh0ILZoOAEbUFJ4pg7i94qbZ1IR3Bznc+qPMW+2NcjEaOss'
    'GpOuUz5I2uyFGJ6t9eV4Q1onLr5+DOYqyXZ1LWBuTOdj0ItL/tbItvgnKqzGzbxwFks+H5sO0ao5wzaa3W4B9WFBwFi45BBwye1q'
    'stmYah3R++LSTRJ0R+XZOSXHfZpib0vKnEuBq2tM8WfRPZu12tanVpuEC+ogvDVkzl5SGzP/UkElXxPznY7N+fKZr96OWv1TyhMo'
    'L8Dt6P78geJ9La68c1Ktbz7OSWRPb4YN/Yvt9Zrsd5sviDtzrgky2jRjA/HFg2p89pvtjTaUtN5nwlhRbFgrrb9LPuIkfYL/aVWx'
    'ecvR3kz1iJsGe1sI37Hx8TvNR/TDbbIPrdlzm8ac+srlzfDP2M7YU6tr8j94xkz4+gawXdgnZs90b7Pn07UvPvt3PfyE0Zr/fNYe'
    'q9Lqa97q87ye/tixbC1G1IWv/p7Q1kwM/lpMkL+2iv/0DzON8kYz53Rqg8xpqF0rWoPvzDTqz63k7+XWKSm/r0lHWBD0i/OIZqVn'
    'q4wvNyROEY+Ziw/l6Otu8NX/ezRfjxE/9UkHv+sZD9/uCfjtFnr+NPKd4jG2il/ZNget4nN+FXzOs2C/vV3f6+MQSzDq7nPGttTf'
    'JPf/I3R/9K5XEniXvt/2rpPID27yad9e67drz9wHNM498+fkmV1XwW73Q7VnhlQ9N+G/+j9r1//6D0gNrF+oXX/r/4A+f2nt71/+'
    'Dbjvi42+dpdc2rSWLbZ36/jJ3R8l7wNvS8Du/rEU/GFS7mzJbyTFy4fEvJU8+l0V4sqi/FBdyC+t5xnHb+GaZnejLzUtX1C0nw8R'
    'LIBUS0DPy4Li8zPR/FQh/rwBxedI3UZwEDnEh84bMBQhz9K8qkPAzymeJAQDo/EiHAZG4zMGEuRZJxLgWf/IgW6pb5nmKn5Q8Tlg'
    'pwzfm3LILgn70hbnLfG+pOK/WzGm2zb2VsgbnmaOkSHVWMvF1t4A8N3/efXzU3cQzW3SUvq0dIDwR13T+qiHT+GY9pUDbbra/bUc'
    'MKAaZee0c9q1JYQBzaF5ex7JDnmEb8W1rnAeVjzm/iadx64YR994a2uMd+Hr+N4+Cd8bEuN9rUVxb0niLXMwboknYTy47azm8oA3'
    'Q+b/i7Y6v/fBvia9tq5nU5nh+Zu1exvX9dbquv4/QKPbGdnCN1+L5otRPvb9Kv2clDjHQR50jEEVv+ZV1NY9wNOa6SNq9t4egjHi'
    'szoEh0ftYLZaTwOEP+6MKZNx8slB5V8LKMn3Y/zsT2Tr8VgbyR4UGg8j2dXeXZ2nzzrwxhzc70unum7EzhSwpvgMN9GbtM83YzVq'
    'c/PvVu95dhPjvIZmfzBT0yvWQ69uJs98N7Px8e1Jzlcf2ivNiIlp5nyFxq38CyYe627gnfhs3J/w+cbZtCqEb/eBTcKnrhqVk96N'
    'YlxS7PvmGSvb6mhN5j7F5x0eiunHobVPsQwY4hNqto62M2Fdudk6392id8WJ1Y9Ll5LderjF9k6SdHw32EvSqgG0XjQg0elDLUSn'
    '61H7OzTXsFTHbUZot0B8UQ8RXAvNAUxzPpeVW122acXXnaN1AQvKrw7yIuzDT6pazlfcdkXo66IjZqeg+DzLOH63GWOL9u69Ktn6'
    'hlK9Uan+Von0ifodW5GH3NOiPMRGl7RmJ8WaUfqkNSoLFp5A6Z/SdShPW2xROtidEB1kE5J5Nv2YG8+PGeHcN+2GYTpS2lidQkL7'
    'v03Y/1sY/2VmE1fS8rgSk+1JoqWdKdOS71myUescPKz4fOjNzGtPcSM0ZrYq4Dbi2n/a7gCZOIk+utSlTAur45tfXaqBUmJowidX'
    'QJLz38q8ahN3kv7ePtli673R8e++OXNsdRuT5HVUfpNiz7l4Da4OQVI2Yxe+tSUmtp6LmetVa+Peovt3oHtdYudC26AxdOuF0Y8b'
    'H9nq85oUH21PiP7oNTRGZBitJ11vU97pXMxx2PJ96zYd8nJfhLIMDX8x8307t9tvGBPN953xWOdLzL7MCPsyuv89lVxe8Y7WWl/l'
    's75O7Y65txthQnYRO/LxFN4z6EhLQzDn3PnXFtPOlXbsNEdrbXcwre1OuF0fXhJ33jMJnNnnLXbKNM6/88x1Pc+/TAuMI4dsoRVi'
    'U1ogWJaTqh5HK+UVkfLm6hiDbtWY047mN8yj8WD5f4bRxag9d8bgv+J8xFsEPN/BmOtky9eXls0wCXv8pDCHRWIzl2rpcnYpbh7m'
    'lTmHhFQfosys15EE1muzfsmdZetKqo6TpHPtT4CmJgT/0pywd7jaKVIOvbTsNNK+pjklTqcoc61HPqEkZSeNE9dy8RCcKfp53/a4'
    '+lsmXyE3Fv3bAJLHKc2fSoDmJVp8F/rQdvvm7F39h2X5QlYQ8pX4g9Ofjy22lfPFUL404dDWgsM9HGbbN2Yb4w4eJHPiKhubeO6C'
    'sH4lxdcC5cZEcw3moa/3K7+4JM6HMS7IclXLuIpkrqTcg1JevTT5VBK+jc39dHftp1dVPb/UTMB+orqHa40ZF90M47U5fWpZueXY'
    'TrpPoZgULOtjnrA3AZ7QLFzPdQ9annPUAaTcLhWPveujy5vkz6RxH83mW2nrN63go0xD30liXV1yFVNsVhK+a2rLHQKeopD/Bo9x'
    'S0zdjfOTmHSz3gRsx6/D9WUS/3ERzSOm0y5CYx2wl6Ncz+8INOXrr5whsRt6vasB7ek13Q3f4+foGlA/aCgNtVv8Xh0GG1MSdssq'
    'wxfxOV9W7nUWJFvepHC2uMpkcXIRYF/FjgTlOJwvP436vP2qMX9YiCy7JNjJQ+hVosOBTTq8TQv3M/5IiS6HDTymV2gnqfUfSIEG'
    '+hOkgRkHGdW1No1Ux8xWeyGnwnKvPAPnG14vilEseer1FYG3mGqku+YcqCi33NMh+WeSprEzCdNYEn64Zup8vnaBNPOEuuZHnyR9'
    'uZNyja+XbiHR/9kWo/8k9o9rnGuI/U7zsBEBNyLxU712Dwr2v/+fvXeNkStLzsQiySKri8VivUgWX93MZnezSXaTze5p9oPz6mmN'
    '5iFpekaa0WN2pBnlq6qSlZWZnQ8WizsYjLQjY70LaCUbfggG5DWgNbw/bGBt+Id3BcMrwwbWsBfGwov947V2IAFSYw39EexfY415'
    'p04oIyMjzolzH1lJNglcZLEq773nxIkTJ55f5NHXp67wfSiGm1c/oLzloBZXvyn4x6xrmXePpiWnX1Eb9Kwbz0Nit/px23989K9+'
    '/OP55JLiZtTHGBoPnduRHPMR0d9wI0M+Jvc1nXbzQT8R+oUojuENj01/GPOg8tfyzJJhzbLWLMzl4Ie58TRftZB81eNQTI3JjQzr'
    'hmtzIZCbcoP4UbPuwaxj1mh5/pBpOU19PXSOF5VzNStr/UwBOZXcvzOM0Lvy1MPP5DC3NPbcYfFU3nl8Fp6BlP579PW+e0hxP56j'
    'UkSdbuJj+QM4PKyMoue2CyMczaw2ePK8bz66bpOxhubPZTvdd5Y+qBY/tS93m+7jZPzX3TOL8gXuQ3x/112YrX5dx3OSHRP2Hvjt'
    'vXNEN6V62Vln+94SfPpZ4p28PnOF3T829vd+PP+9Rx/fU/RqrZYzz9x4aa0WlPMzhg7Yx/anWAz6G+w+/P9XM/ImBHjTakNACpsT'
    'bTXEF15x+eChfPUrgk2Av192z1rLmA/C/f1Z80uoDWfxj5Qc/8boBucD8bclxYa1fH8ZRnVl5yLuyYo/uiHEDT+l5Fl9htF6LeX7'
    'OJ2uefYI9sVcm5KM0c6Doyn2vLbHuA8spp5Eu3c1ZzocEWTtEhsT+kSfd3rzWRdr+x7zH+WRZznnruPkvMV+oW+4d7/pcrSB5T+d'
    '8PyO+pp9dd6z7APm/u1pjzX2XNLkGZ3TusB/kr50hjyHn1mPQ7/tuynnNq2czwtTyPmMnTvqS8lZ8mUlHzT2magbp/WxVJU4Mtpo'
    'OwH/SBX8dbdDJRc6ZPMcd2cn319vC/tLy6tOE4N7Wpcy6eex8tLjXr+bBk/2iIcfv+ZsjhOCnqR955zjVXrmjNeCfqz/HXFMNwdp'
    '/xnuzZLTb4kLpNGv7wbsqxPC9yW8N4rVT20jCYttgc1/Tjlv70Z8P8bvdTyQ14/27QfEHkvO1ueYLsXlkMVnKeHCSnVb9NxbE3Qo'
    'Ka+6B2EcYuk88eVVSrLrOrNF0WZK7O8XnV+kiPFKOoGkO4dqVu+QOfG43TR1X0kXj807bQfOuGnqX/Q+vjd2hDynrHrUZkQu20DJ'
    'aaNr76uXA+I3pjU8vKcP/n/I1o72KL3g8e18DtL1d7obKVvTym/M50srl0uR8YhF4ZyznlVlRd70QK6nvGbQSa8XEK8Fwcdmoa1G'
    'sxMpn0dzZHz+eeSftHmlks1P+SQNdszRFDpGjM/T8rxknJ8GG/7Wk5CXzXuO5vE8X/+Xu0wGpF3f+Qzr+1oG3SbNOuVRf5LQ9Uel'
    'g7Ml6/O0c7+u8DHPk8C/fwTj8w59Jw09OW/9k9KB7mddP6tPo6c8qw56LVBe6/rvlA5it2meF5pfPSDDfGseszdCPib6Nzwz/pLx'
    'z09qxkoH8neWadFTZCPmsvwZTM4Zdcs/gXHeTuZ8vHRwFuddpxbK78my3g8j9y7N4flfYIRJY31vzD7Ne3/+fg7jrUxxvD13ztLn'
    'fW7u4PNvXRo9787cwed7c+PffcN99/vKd6Xx8ufTv33G/e03yfPeZu98033nN8h3brt3ftp9vuM+vzp3MM933HyT+y4PDz5Xqgef'
    '/+3tg88fuc//nfwf88iWlHuXtg4+/7NfcLgKv3RwzyVyz5Xh+L13vzp+L96zTO751/+D2yP/dNy+uOT+/4M/nNSfLDoNtVnQRr3w'
    '43R2gzVPA+2IPPWyNzzxC8mXo/nyD1NH+4elyb03DR2tZ9C/aiDXy6XRwzqlg3w+H87DpiL7tg5R1/pc6UD/Pwz9wsfXfD34c5Kx'
    'r5UOYkSzpBuF5lSN8KdrGHGoJ/0LSK8b5qUnWWwKToMsutJ/QHSPjkKf+xn2Wd77K5nb6+53nyU6Az2/+Xn+qbnx8/4D9/ll9r13'
    'jbpHFt2G6xX/6usHnz/8arxe8Q9qB59vNex6Bb/Holec+6ODz3/zR0+uXnE5g17xOPexzYp74cujmHf0luS4FXvykvM1F5l7odFd'
    'yzvL4lc8loHPrsDhYo0kdPqzIwcx7qLHwdfnnx05iBtrfV+luMp3BN+g1qMwBoshGc8/ODLCutD60IZ0mEpEbtRAWJ8YjI5kzA+O'
    'jGqz2kJ+WSyuRhcm8WZ8upymf3H6bMEkblsy/i8d0fF2HoK9TlXLp2gx3ufvv/bo/X+o+KM1/xuVhesp6TBk6/h7j67/SIgBWXXM'
    'Lthq7EJ/e9onQO4TMNEOoKz9Ie6fJC9bOe+xIyQ/plWazOloC/mRafcb32d8LD/36BkXlRhnw3h+9Dx7muJLJvvkJst7qQjyPCRz'
    'd4TcGbo+MeMPnUFzj37+LNgxGzW8Jy4HHrrP7yp1yhq2kpUP+BrUmAzfV+Ie82Tu/xOJo6O9d0ex37jv1+c7Dvmcn3F/e9/97QeX'
    'Dj5/i/mVQzbhJ+fGbcNPz/nHlcz5bxMdsK2cuRz7FM+OpZJdx+D7FN/1kRvHpqsb4veE1t+iD+4q8qwO8Zhk3O+zL8jIZecXXnTP'
    '+8rvjtvjSx8cfP5/3x/h8+N3/42zof9ly43Z3bP2OyPbBb/7/Ifj3/1vvnbw+W333VXiE7j9hwef//d/Pa7P/pN/PP7/7X+Zv939'
    'pNkr/wwOV2f8h863kMZOyGqj/B14/GyUpC7+cbZRbsLh6kxLEbIsVm5odaYXM8iIX5myLyEL3qWlhwfHgG5DHMZPmrzuuuIr33p0'
    'z69DPr1C09LKkjNrjRFa+qzkleeYpSfLdUf/RF/9Sg68VlT/q1h9fWA8Ly0Yqh3FDnuk4vyk9jo0tiE7p2o5+cg3hdqEvGRGkX3M'
    'YumcyIVvR/qDKA9Y6ioeRPDaLnt+F/LHV7+bIuffyue+OinsXe2rOUqbT77hLmB5z0dhhNUi1T5Yn7+Wsp4D56DVwdN6Q8R+fo/p'
    'Gu+BvWbxVSHGF6PXpKlXiekXFKphOZpBh1o08GDCe9913+dyc9nJuwV2nvLvtIgP24qNfVPJtfimqwnIS9f5aTjAGorVzegYu8p5'
    'tw2jXpwLTMbwvKUXCI05ttwl4W8V97czjrYh31TI/5SnXp+FJ+eFtVh2e3qe0XnP/e1d95wQT9wnttaikpsyYM++QtZuH+QeQ+fJ'
    'dzg+YJf4ZxBD5//6JWdXffPgbwvkb9/4m+N/O5JCrq+yNfpWZG3br8EIA+qw+CBNX5cvknXd89h0y67G7ArIGBBtiO891Ib4XqjL'
    'LkfhHBTTV5TyD+oS2jljwXkt4gynmDbSGZ72GVJvLsmHJfV00miUd24GxbtD38sXYLwmF+17PIvX3X20Thjrgavu8x7LtcU4yADC'
    'eKB54yFI9FoCue42hl5POnbwbxP/b4yN5vPFWOyWZfJ/KX4inavtjDU7MdgMKOevwOH23UrG8ZLT26bhDwnhD0vYlEVioVwAf819'
    'TL6bVLe+mINM3UjJIzcV3wLq3B94+M+3N2N9jKFxJHbFDcEva+FH+nzOl6E+mfz+umc/T5M3Qzh9yLcaXp1PlzgKYWy9w8AFyIKJ'
    'LeFLoB6E68vtCtzvyd9vgY4LrT0H/UJ47xKM8MgsWJpp/DR51+pTmnM/TgjfwmeHabYw9xXcFWxh1A8/Qf7GY6Svkr9RXzKeZSeN'
    'vmm0eedBxptfE8aOdvAisZXrAZvFSqsYf5pk98bq+3M5nE0rKX3by27vrDNf+c0Ue3HZxWBPsfVoG/RTWpuAY3gT81DIZ1b5/8mI'
    '7/N1ej3lOnHMIopbPGs4K0XaIZb76Vi2hTFNK47VVWyaqifHyzIvHy9kPX/eesqfM8WfefSc13qBS3Zgq6C4oo8/OA8+PyUelPAm'
    'Qmtbi8il6CprIPV1z8pT1r+F6mnz2It58EBa/yU+MxYb7UnCUz8Mm0/CWMxKq3M50IriOB5mzeOs0+cp3+TDN9wXCRl9kVK/HJSv'
    'FSbT62S8a4e4prn1DD76E1h38V+mnsERz42RuSUDr1+LiFVh/mXWdTx62Ot40E4t/3WMeK5lHTecDylrHCK0rmuzvVaPTZ/uLHti'
    'oWA6z7qemAZDu+gekmlyF+fAj7V97BD32pNuKxy2rPrB0WJkVcxzp0HnrDYH9Rc9YH6e7wnvW0n5vmn51mL6iz/dz3Y+ez7Duj/u'
    'Pat8+Yu8fnQI8bWb1OeXdZ2ec/fNu+fG5qxZa+gsPj2LD76I9Uvr+5+FfpDLjg5VISaStkbash7WmATHxdgDGeuinWEdpoUDx/On'
    'WyxvT6thOplBFk67PhXzqPkcXsx5Do9LnaZ0toTGbqkBrEG2ngy8jnje5RLxuJy1dnio1BFgLoSVFzlm4HWBl67PIC+lpVuoP9yT'
    '3MMmrzjIjRnlh6e9Zg/mGlv3g+Ok+WCnc9pjP8E7JPn7edcUhfRLCzZrGUZYoGmwY9O+l+eh+fZZ6ek+e7rPnu6zQvbZeynPMytO'
    'aZq5chwhHz6YZW/mJQ9mzZ5+XOTSLOQd5qH7zWfQ/aatv64G8ulXA3M9leNcY3vzaLYKzU3hn2VhzqXIOZ/IQRbG9nCm/m/+mcec'
    'lmZ8ThUyp6d41DoetVY7RvCovw8p/mH+xxZM6mpP12c21mctEAeL7Zdrqc2chbhf0XWeL2U440J61a7iK5V0k5tg670VyqW3jKsT'
    'EUvaitD5tDqKaei/aWM/nB9eLpAfnjT732rL+bB/JBthk31yHVLDp8hDvz8zBXlQ5D7AuIoVdxPt6XseWqNvZRFs+AIJnv9VsPcS'
    'DPFW2pgVxwfZcOsr7ZNNsPUProGMpZDW3yHhdJUz8ODj4Dc5LH/I07yoeHm4lIEXZ8U/lse5kBZjYMk9L5HJSX+KO4SuHPdA+x3v'
    'h4aYARsuRkLfhVgGb7h3vkneSXE+sGbDhy0b+32pxrFM7Je8MO1mYZ7WHNRrEf6bw655seC9YO47aLnvZT/ODbVXJd5eUHKS8sy3'
    'vpJzLvZcQXUjyXMh51zsGFrczekMWc6Qw32N6RIPQMb41XCFtTwXCVs5rX/dgjHEaXs9J9o+kwNtDysucZh0ezbHfG+Ox9aCOJxa'
    'H55lVdGhBoekU4f2T1mg9RGF1iWwx6+W2PefcbIScwive2RioiddEs7vNDWrxwmPnCb8yOtW86hBzoNuWfF6i9KbY+Zg6RvwHotl'
    'rAlnrvass06nvgXjuMOS39069rz7CqTlBYuOkwarEOn7WXf/Erm/vK3HMjh987Rh0b9D9dmxeT3/1+QEbV7S2qwVwN9Pa5bj5Aiv'
    'y6Pn8DbYc8bqU8zHt2L8I92OwDiWZwzdQn4bH65+2+P71fxpeclxn+yldvG3FJvwKOE5qp/sQrhGZMVd0v0+/SZNnYqEW9Yz8OC2'
    'EFvT5lN2F53PNsT1hEp+9xrIvWh3I/Varb9wLE5cqF6yAnoPMR8WWewahnLB0tB7FvbRaWEeafib+/s1PGoN97tNzijaNyUZWyyW'
    'KspQxL79BrNraE04fnceRli4ko2HfW8WFLmJsbK3Qe8ddBsmsYLxvusw2dcJexZdIX/bZHGti44nrP3GaY1UjcVIbjE7cwcm+8mj'
    'jzJtH71bARpjD2Updlxlz9Bw963x3SeR16/CeO/6UE9WC/ajtTefti69R8/6EOnp8d3h36lP/mn+WSD/7L3i88+SNSyVDuwGuoZD'
    'wxpK/PAXj66/CXE1pJZz9SnfzB7f9J3NqdWkW32kjQBPfRNGfUCyvofrctzH6htHcv6fBz+GsVRvS/EHbgV0jOecT9OK2bsNcv00'
    '37dpz9X1j8G5ejYHnadH6J/Q9VeILlYl57bvnp918s3KzzyG8CDw/E84ndKyb6w2pfaucznRdQjjvXhC/HrhCedXCe+8JujSdCwd'
    'hf8kPV2j61lG1xXiO+GYrbiGKE8pDSmma4V9D5+HNktRNFyBUe0vjmGbvbvj3rnInuGb85pgc9K+gLzH4IvORpe+g7rOCcfzR1jO'
    'Ee/Vg71PT7H7jhruO0LyjlaU/BnrOHw+9Y2Pwd7cN+YvcP/EvCJH3zH4Ll4z+C6ukndwmXqZ/I33ADxH/oZ250PBnq8pftVbMNmf'
    '4Kk9P6IjfRfVS/leTDP/tUgfGO131RB0h5NG3WTZfW+e5aBjX6VyBN9U2DhieK4Geo9eSz4Tt08p/1j7qxehr14CuWeoBavpVsD2'
    '4mv1KtEZK0x+dJRn3fTIIt+76NrSd1l8i6G1XXAXXVtLfUw3Iq8++fyuMR4V8t1lwTVJUxugxZ4S2r7Axk57oSX8+I/A3usJ73lb'
    'yf+rKfGxtpK/dBMme9hY/EnWGHFDqbvg+V03Ha1aZH92YLLuyYrHhvP7hPt8y33eYe9LEkk/yJmWWXoJ+fqyzsp68bjH/+ryon3+'
    'm0YgjtwGf89Xaw2Ulb4VduaFziVpPVBWJjT4u3DQA1Daxz4+ta6ftB8Og1Z8z1hllm9fpNnfA2YvdIX85tCzeE5nG+Ji1JaxUh7h'
    'uKLnSBz6LDljK+7s6bv5tN18Go52ZaOfmdrZVTaXBvMR1BWfQ1mx45vseTSHAPUsjIkM2buwNvdHzN8xYM/eIjrUGWU+W2zc3Hey'
    'zd6N8muDPJOPr8qescPe3Vaeydd3xfkPjrEL13dI1ti6fkNhHfF9V9z7TrGr4nix5r7fdWPGcbTc78uGMeH8rHxXY59I0y5bcz5P'
    'vo5lw/xfdPNfZpc2/757btvt+bKTZxXHg62UsZ0sdOiz+baZX6ts8KMhPcrEf0UvTo8+oUWdyJym+7kO6f5Z5t9X5l1X5FST/b5O'
    '5nsDRr106JVmvmV3HvUc7Xchv3/Togu9b5PJdepLRfqdZXvpGXdR+nXcHmw7ni1nnG9HkcEDdv4sBM4fPHc2nL1NvztQ/ORdNoYe'
    'G2tP8cvvC2fdeWUe+Kz7AV+/T/5hL+1nFZnA8aXyeucq8Yu32Dtr7GykfCedhWeJv/zMjPHWPOOXP/esb13hvwp7Ntdl7ivf6zia'
    'rDt602d22P+7iozoKDR/w8nDs+wK0bzuft8Qzkj8TsPZyU33nQEU9y/rGtN16yg0LBv3Ft73wKMHI/2rjv632BWi/8DprRXyu33y'
    'XfxOTzizBkSX6bm/4fu2p7S+pZzWvUQzbQ6ZfwbMnqgo39tXnsuf0zOe2wNF/+ux+/j8tmeA/9EHekuIR9TA3yOoHai12BZyhUMY'
    'tFq/byteTqi/VBn0umHuT5xWDQD1aWbNV+FnefKdV2boLJ8X9uXjul8l/Zb6VEJ6iGZH14kOts6e0VbGpukyDcEX/Kqzw3jNobQW'
    'XPZwvwu3ccokJpt1/lqPH+TprLIqWasfPKEyK2s/qXlny1j8tNa6/Cr4MfAvu3fGYjbWIvy995Xc0GUXG3jX7YsLLC+hKEz+tSnT'
    'mO+pX3X67yvsOmz9t8n8P/h/7g+tz7DOW3qq55rPzaznRYn40udczuFNGKsJP6gK+E15rRJ592tP18e7Ph1Bt+BxqOTzQzafjhBH'
    'SGTRt52skWgwUN69yX7fV+bO/YRbSqyC+20qgq8Xc8NeV3SxKnv3g0h6TmPOPn3qNMlZaT21AQvRp+gcQxijHyo5aAOW0/pdlytj'
    'wViS8Lat+SYdJScghGVtyVfgmLRffHT9NGSvD8l7zQ6Lrj4/ffJ5ndn2dXf1hDhajG1fZ589Q+wrJgaE+eC8FmLZPWNekLUSZrGU'
    '98DP34bw7hcEnxvFdLxJ7gGP3y10jy+XA/Gml5VzhOsZNSHe9KqiG1liQD4docbo31V0EKoDSRg6fZiswaDvbRl8lMjvl4WY5+PC'
    '7yG/7bzjJSkOxWlUF+JRNUUX0NZ1IKzJLbY2XUXfrii8XVb0yobAi3xtz7iY8Kys7bwnrtphe2pI6LXsfBgXA7pyk+l2TUajiuLX'
    '6wTkIX1mqGatrsR+z87YOpwxxj02A/IT981PkX3Dv7OjvGuP0f0N8gxuD1j37/NOpk079iPpFGgPzJM8xzG7+b2yaje/lsM6HwYN'
    '3nRrkJYPpHyOmLlzGa7lkfXZGKl89dl1uJbJ55eg+F6Gj2O8DOXBK4pdu6OMaQ9krLAi6ctrztuCXWvtncIxmjgPvUhsjPMsT9N3'
    'HtRJLh7maLYj8qE132kR8kXLz2xnsGmyngnrOZxN2lqedutpXcu+88+0SS7ygxRr6cu5TbuWfeZDbSu5yg8UHbuh6MlUf+brkXZN'
    '+Xr8jIu5XGFXaD2kmAv+X8sRqrrnNMg+vA+jOoWm05vS5BGXCoqv5MknVl98KO4d0jkscfE09oCkq19z/LPKLh//IA+USSxvh/DL'
    'nvv5sNetAf6aghhZiPS66+h1gV1Ir11yTtFcuh7Za02yb8rO1sO8823396r7xO93ImhaKojuu4rs0mqDegH7876yPl1Fjm6z+6vs'
    '/z77Vspl2hBsU4nX09qmVv5E3eAs0w0aih/sJtjwVbjPiK4b9UlYzh4tT7wGMgZNm+01zf98gfyc6BQn3FVx42g6H3bbzbURmWMm'
    'rQ+f3xYb867HL0nXa5mti8VXxdfE51/hNFp1viBOoxY5vztE5vRzoFFLOds6yp7nPs2NQE6YJgNicsNCPiour7YIbb/gfk78Drdh'
    'hB3NaYtyoeae1yV6DuXH0LnZZ8+7R547gGz1V3nqTRZeyMPPn9Xv4fPt8PvuefzXXD+S5G4ZxntCSWOfRt0b+mRuglwLLmF7PwC9'
    '97HV3qeYt6Feu1JMsm6Mp3KcD2uNuNSHVYrhp/F17LJndyPulTCDY3AtpByL05AOA0DqsW3BpaCx6bQ9mfkzWxF02BfosAaTWDsD'
    'kHtWcGyPXdB77tLza4nlbvpwCCT/jZRH2WFj2lHyKy/CCD/Viv3v66VtyeG8BCNcurKLhy8S22XA8itDOllM7fhA8btwvcqqny0p'
    'sfx9kOvrcO1i/XTnIa5Os6XEAvdAzl3/VbDXgnYVn8CuYisNlHd+FkaYalntMf7sa8QPlibXgOM5bCrx6qpix0hnrhbHOurkDb0q'
    'zq7putwPH08PGQ1fALl30hzImGHSfdjLbN7ZAXmNawPG+2Vw3dlni6IufgfsPX01DC2cV4geG86niuOxnEtFzwHX5hknN/Nam3mX'
    'z8b9BMnvT5I5S/Nrk3h88v1jINcRrxn8Da/DOFbrJ2AcZ+s2iS0tsL+9yb6zTHzoSHPESU1wPN8ltLkNk7h1J1iOxLyjOZV3D5hM'
    'GJD3Lgb8VFJdhxYfxfUO8Wwyxp+DSdwC1Bd8PMzX5pqyttee4LXlNg3H6KJrK+VDDkCv2ZHkf1F7+XMztJdXyHrTdbrt1lWTfcsw'
    '6itIeeGOYV3p/qspuYmDHPfcF2Z8zx3mGnDsV14HN829MQt7AunGPzV9xcqHs8p/1vl+XNb83Y/Zmr97CGs+7943S2tP5e7rTk8B'
    'gTa0hmtWxo861nG2tm945pDHuXrnMeDxmHVN/vbWjM8pj7WmPoQneV+/LuhTdzx0Qp8rtYO6Ql6DZkPWmS7bj7Ah55+gfRdL98R/'
    '+RyM913ogtwLA/00PLZkwdw+LJtvVvbDGzCOj/6k6ziW+T7pa36H+XOe9DW3zPfjsuZvfczW/OO2z9EXi3ORfEQlgRYr5PdJTx2K'
    'VU5pUTPEbSWaoB/vHHkv9u7ReqFxvsSxhfjyGnnX0163gV637l+RvW75fjvp1pvvN6xBsPAWzb2X8gq1XIA0tbBrSv4Yx6JpKt+j'
    'uVpYL5PEql+C8XoZSgOaQ9F0460I+d/liHWAFLTNm5Zpa5/Wc1iDZRj1QaPjaYCMX8Dv3ST3xtRBJ/f8MslxCN07FOaw7GIWF0Gu'
    'WdDqOEN5h5vsvpZ7V1KzeJ09oxegk8YfPM+F5zzmVft0y/2c0Oh5kheXZW/VyD01l3+Sd97tYe1Ba466D3uD7ufzntxu6j+Rcrw5'
    'Nkuf/Y3qP2lxCK7AeK0i7Y9C+aMDo/q1hxnkbhaZy3OXcH4PU6zzfAa5dSZH2cv36687Pewmu+h60Hpfvl8xH3/fzXOL7G2sQayw'
    'PPoyyVHEPPwKubcMk30/kt99HcZ7MX2R8EjduP6lHGVH3jVdnA+1OuaQ3OG5jPtM3mwp8qxhyL2RsIV2A+dbCKPP1xeFfu/r4O+b'
    '9UVlv1L5c5XJnxWSl1gh/Fkn/Ik8386o/4X4oApyzUVZOev7Cj+0M8onXnvdB72Hy7LLT16EcC0Sr1OLqdeXZNfnney6zK6sa8n7'
    'T1Xd37E23ldPlPe/0mPEQ5baxxCWZpp6I+SHtxw/nGMX5wes+/rQyVw8U2rk/Ok4uYT6J55DyBt4BhWx5mnWtR/QCxqgY81ZMElr'
    'yl7l681lMl2f02595tklrU/XjSEvunTJvHA8a248x9lVJWvchnD9nzSOtnK21hk9Sk52rgr04O8vp6CHbxxU9m9A/nUfyy5+uAgy'
    '9gHvdeXDu2srZ1Co/yP6LRP/5g031zdhvAaI12vxnt9ajZyvriymVk6qzbL09E7m+2ckJsuxV3nf4jLomKYSpm/DMA6ObSv1S6e1'
    'Trz+cMc451g81zb4cV75uC31YPT7LcgHm2rP+SClerCewFM0x+Rl93m+PP7ctLyKY/oFd5YeFl2o/L5mWPtPKHEnzMG5TvTUCyTu'
    'YnkuxnKOwqiPpy+Wo/WgLRH5jnEdlPM98GNaSHK9J5zfFHO3RWQu9+vUWM4MH+9VN9cVdtHxol1fc3uqTv5PfXs94icoQg/qKTZr'
    'jek/ddDx36XzpSfY1EgfjO0dZ7RZIfOkGMSHOeZl53PLWtsn9aFsBuzDUJ8fpN88iRlWlTOM14zUmDyvg447zmWc9Dyk1auQb41w'
    'HvLQUiO8QnTJZUHGDJzPN0bGDJivOKsf8zzRM634NrE4uZweq47/KT04XlqIHj68k3kSD2oqNrEPr9xnq3Gcns8S2lvuobRPzsJn'
    'QcfNlfq3a5hQXM5UDfq89o4K8zVpskPqv8b9pBxXtaXYEFtCfE2rVy4rse1d5fsNsOHTccwcrY6I8/Vz7mw+ya4q83FVYBxHkPbW'
    'HmQ8ezXfUQX8GHwajspAOFuPOlrQ9/bI2XpK4L1zzI5HHRBzem6R2JV0H+ZC0PuoHvk60SOznqe0PqwnPMt3biJtkA78rLLSQbsv'
    'lg5ZzspFklvcE57lk+0Lbq9Q2d4ieuiOgZdbio6lxVzL5GdLb4PnCN3X2H7lY0Vstb4QL8uyX31zjNXnqBxeUHIlWoQ/0vr6aR6/'
    'hhm2Azoe7lGS14NXLM2Hbk5ZbZei10JbA+t+6aTYL52C9stZkp92CkZYkNJYY/ZH1h4qUnysEdCjpJoUX6zT1wvohHvOLNFjifFe'
    'H3RsP+6DqBK9j877GMk/pfrXdZbLu2jQrdEWWwS5b0SPfXeF7JdKIEdYy4vZcJ/0noonbyiEfULnqvWyQ965Tr57D3RcXe6Xrwr5'
    'Z/S7efrlac4zx7c662wUxLcK8XiV5J3ExFHz6KdUFXIr0vaqykpbKl988ddQPxluvw8EeSb5wOY9PrBZ9TvNQ/54cNPy9ZwitD8B'
    'k71c5lbmxD2Qx3pcy7Ae1P/D7eWukgOV1v8zx+RNHmv99hTW+jknD6X4TxcmexVyHJ1QvI7GxyS6nSD61/vu70dIDowkQ3lvPXzv'
    'X5DvUp644NYi+feGu/eky3P8CS/PJf2I/LUOpYDc1XwUZeID0PqfNYWYOcV9PgojvGe8kD51cialzVsGJVemruTzxfRj89lGHaer'
    'DWGEicxzoaTczLxsow7LExyCnKtuwVcP6do0BwT5/RLLAenACO8/hDkvzUPDXESevajoiUMlN6ol+M2k+I+Evbw25X2C+gHSldJn'
    'l5xH76Wk3QtsHnWQe2xnzXerBPKq09IJz9KrOeTNxfap3FT0/ZDfEdcyWbdvwmR/3tDZQ888OvY3yPtoLI/3iq6DrceW9Sxsg4xD'
    'VzHmvUgYw/ScbkXk0dC8GdQ1sPfzbsS4WhDumxyD0WnJu1kj+URUP2kF/Lg0N+sk8bFI4+d923hf6Z93tjTHZfbZ1z4dC8eO/ol3'
    'SZ5OPeL5EkZ0XmM6TWgvvSfEK5vKuqwRn7V0Jv5FhjPxL2bsTKS5j3hWfARy/UIN/D1zPmLyneIh9xWdphvwJYZ6tYT0lyLX6ibz'
    'yV2cwppxHFOLLij56KalB11y+vYiu6pEh95h+QjYx6Trfp9Wn+Z67w74e5fx3iBdYT40lrDIYglDR5sdY16F5G+k/HVSWCMLVrSP'
    'J3hc7iSxP08q8/DVqmWxd3zzT1tX5asT5efuusuBmHe5jvTcHSq5w1vKGdVIoXfxXhSbKfQc7j/5Y5JHu6c8T9IX2ySn1tfLoSq8'
    'X8qh7sBkT1urT0h6VxZf07Yyl3ZErrCv14rUX0bLpa9l8FVtEx7ZVeyOUE4x1ad67D0Sb+fRK9nKhzS2tpqBrsvOT3WuoD1rxc47'
    '68aQzOcdo3zZJTquVFdQgcleMVloLdHlnoe2ksz5RTioTf048OUiTNaIcF86x7FusHv4d628tOHG8EkDL6Wp0+G1F4fNV0kf4S99'
    'DPgqjY9D4pWTJAf6HRjVbKBO99Cgiz1ksQw8x/+S3NNmMYxrOcUwzhtsElrj8UPQsTsq4MfuaCm2DO1lxG1MjDFTGxPpaqmF1+jt'
    'wydaMtppFcFey3uOf5lxjn+pzHFW132F2Ei8puD9R384VvLnG1FaJN9PPo+V/PWnvN/WHhvf+ZLsK3jIvoc+shdJzLuv5LHvefLb'
    'ef5LDDYC8oDPb7PI/DY1Em974H4O8VtNsXcfCDyR0Pk15rdZZfZ+J7DHWkKO1Xkl3lJWclt6iq+nKeTyS/6bae0ZmuemxVmbjF+k'
    'nJWOQss6u9dX1/Mu2YMSn2Thj8f5PDvsNcI6/vMufw3nhGuEdfwdsPXIltasDeFeg/Og19q3WS4OlWmav7XD6HNf8UXTfb5vyLUM'
    '4cTQebSFXEc6BuoLLhvv0dYPseoOc/3OgIzXsKXc1wR/nzQagwjpTtVAXte2Z90HMIkvyDHfNpzfFXPYfPTFHH2sJ+6Cvb98CWTc'
    'nLTrYukl3Q3sx1BeJj1DtTzQNvh7ZWvYPH1D7qcvR0bLGfKtXxXGsdw6ThYgbk7WnKG061gFPwZZB/QaScrPRwkfW/i5RmykNoz3'
    'l7fmLfPfZaFDGh4L4QP45k/rEnvk9wO3B/LAUcpCD00m9pTvW+Tdaef/tPDHfRjhJTYdP1pz24ugh1bz22T7JWv+e2w9Da+LWXJy'
    'E+tikMaI8YX4lBWw18VwmvHxcRua21dnlNy0phJvDdlbNH/vDLPdUD/+c6Yf0/rSBozjxWi+AR7/bQj6FNeZlpyvjetMEv2LoHsR'
    'dsus0FjLHagRWTEg8oLjKDcizxZJr+kpOga3L2oePRTnc43YSZfduq1GzkeTlbFnaIgH85x/rFylvSf2BXstDd50SP9Lg+G85i56'
    'vrXI/u+ztaS1WxWSY57H+dZSZEc/sG5afVdFyD2KqcU7B/b6Olq/Farbk/AgSo4/kv4amMeCa9GEcTymMozwtfsRNpWF9ppMG0TY'
    '/lQOrzD5/C2W35LMNzmHfo1859fA3rfgXsCe4vVL1Jectn7K53fZVHIEQ3VtlAeeI7lMTwIP8PiPz7fDdaWY3harnn0n6ct7TLbS'
    '2raQbh3jb5PW+1WnF6yzC9e7Q/QvirdO63gQA3nL/Z3jIOT5T+KTjofHY2p9pFpzKdfUgjmw7H6mtoSG+xtrS8Ti5uJ5czklT/H3'
    'boGMwfNQkTG3QO9zkve71nPYf3yPaFjQoTWtC7rKHozqwLYFf8YARjVzRf/LylOSPartvT2Qa7G2jb6TgXCe4frcdutzhl2h9aGy'
    'q0F8SB13lYkMRPk2q+ugyTANQywNzhnS+01H7w12hejN/VRN972ue2+D5Ee3YRxDZ9b3QUimNtnztPz/3YDOI9lQWh0xXY8u4Xdc'
    'lxrY8s5LBjp1FT7kdKsJtvxpkhvyAvP/0PFbak+s43xcakHT1JfQGLZmW3zIckquEdsmS+0S7zGUpVZJOosR3+WMmwv1Y2kxESrX'
    'y5F+nSwxNE3mlp3+cMy992tunri+d5ne9nJBsbxyRtvxKlnntnKe9JRYGI8tU72Nz2fAdAie97MT4BX0LVl4xdKLpwheCfXTWWX3'
    'P1B8wD2DXlxX1qar7M26YS9eeMzpe0aJYcf2QNkX/HC9QF6F5EttKXpDU7A5cR3OOd/B47wOSxHz5zk7tUDcfQBhHGC+v7gPP9RT'
    '1OeTqwTyyrR95suZsK5vzxDLKWXQl/M+i3yxn5C9l4Ye1B7cJTZ6FjrNGv3Sypcbjt5r7Iqld8PJ1yHzKeZF41nTkSw5LrH0Q7rl'
    'wZvTpFcfdJzuCzCO2cjt1xB9rHTIe76WProU61Xrr9xUzoH3c4jvJPjar0XkJUoYkqH8RAvOYkvxuWpnX5Ycw0vEB6/pQxhPrpP4'
    'f1qMbB9f8ZhxXYnZS35TKe5U8cSdrPHkqxExYppLqvUo7yhnSg38+FuavrNGfj4D4/UsHeIbjKln0XBQK5CuRuyHEMZ+aSj+Ew3z'
    'RasRyOJP6YOt3uCsW2vue6O0bnrkbRqaN1PI0g0jHTQe7Aj38ZhrV5Ex2+xZ1Uj+jsG7p5jKIcz6Inod0pzIZ4U4JvXPtyPi/mnH'
    'KNmIXIb2BP9QMreknv7n2bP2lX3D10c6M/kZJ+UC+O6V+EHDduoq+Z29AM9RnqjkeBZz/lhX4tyHxR+x+IXWWo0Y2lG7neZuS3a7'
    'RKNNklsxIPpJlvy2PGgbi+8t8Xds3pSWf0j9Pn3w14VqtVq/6uyyV9gVWp+uYI/h3/skJxG/2xGeg3G4Foz3kcYeiD3ig9gn8VLM'
    'hRxCOsyoPP+VDoH/ukb7kt/fV/Z1WZGvofE0Qa9jlsZTU877pnIulRXZ1Rf80MjPn3E/v+LyGS85W2ja/Dztf086X204+QVMH8Z+'
    'siW33rTvG7Vj1maAN9EmXyUxbW6T01z8vjFGkYYntLz5vjFGsW6MEYVicu9D+v6Xn4BRj+JQHfA6+GuE+opd4+vBWIROec2dx6vs'
    'Qh7pETnVYTlFZeLLQRlWcb/rFChnNOyJTsAWCOWRNBSfAMVUKcOojzS9akRGo9xuuJhWjfi50P9VSXnOS/QYKHIwFFerg96zFef7'
    'KfcznmsX3YXzRaxNLd+M1hEjr2DM577iB9wkvFeegXON133E5qFpNctp+7Zq+Z6+Hqha33OK0ZbItjdAxi3kmOD03Rp+Nf07Yr1x'
    'vD+O2xbCyrzm6MKx3jj+mgXTE3+/rYxtk82pBXLfmT1Ij5nKx14zPKtr+I7UN/scy2vzYbuVImKRMTIgbyyBw9q7MXgDoTM2RL+0'
    '2AP8PDkSkWOalW5Z8Anec/R6ll1p6IXnMc1LrJN4FPUD9AR9OA/6zgIfW+MDWj5lXYlxaPZNz6D3c5/dKrG7liPWe5PESepQjM8u'
    'K/19eE7UbphnuSEPHC2uwGTfdK0fva82j/vxKkouAX8/txtC9QihNfPhZVB/CI0VP256XxoMjrR4GmtkD60K8Vu6Hu2c6NCGcaxV'
    'zJk+Xx49q4jzdI34ZFZmeK5ZzsDTJJ9ig8WIh8wPaMFGkXxODWN8fpo4gOeN8fxQLxctrv9qRDxb239NQ86AVotiGbckb32YVcOc'
    'fQ9W/8Nwin4I7Ec3B6O6VppnACwfp8beWWWx/i5M5jA/YHzA70m+91Mg91jBvbKu5A7VQa4D0HqDYLxUwiPa9uQlSTJW6hezBtlw'
    'EMoe+vUU+kk5Ew8C+iV/hoYvP0dyaRaZD+MBTPbjSJ712zDqv0W/G8Jn58/57qPrl412O+WVZ8lcaG+EOvvME98deeoCe/c2xGO+'
    'V0HuR8H5LEvP3pccn0nr2VPW45zLj5DuqZMxxq6zhleP+gfi1deI7AW2d2uCLJRyX2pMZ6dYVZI+EeqhfFyhB32/1J+Pv1/rZeLr'
    'RXzMvQN7ESN9pDPlAcs3qoNcE9wj9yHuwyK7Zwcm8+05LfmZvwnhXofzAi3nCZ8ij+2yfd0j9y0TeU3v2THIkV0Swzpl4OMu+PsF'
    'niB8vBC5Tqtsfe4Fck44Xy9F5ND6+HtBWZNVthb3wN/bg/P9GtH3LTSusDXiY0Y9Bvuac5qgHrOsyItd5awdCPotv5f7DXqK/jZQ'
    'YpFnBB+Ehmmg1fDvg73f+7Iis3aVc4DTQLqX+/x7QtyCftI+YZQGPK4gxRf4/kd5qdEA6XCUyCj675mfSJ/Jfz5+6bP1GJA9hphY'
    '55U9G4rZNww+Qi5veR1DL8APSIt5ZxPH6mpS3zPEx3lBkQVSfMnSj0iKa4X0DH62dtl4NfqsONocYxfK7AGMMBxCdhyXDxS3QTr/'
    'jgX21i6ZC8U4OwojbDO86k7Park16bv7Ku452+7ntPg8lC+5rXPLcO5I9paEh3PWze8ZdqH/cpP4MWm8O2SDS76QTfDnYmv1cCXH'
    'n88T31lofBgvGcIkXk/ZMP5QHCTr/CT5MwQbDg/Pkw35KbTcHd5XgdY1DBWf3wPF1xTCMJTqs+6DXBM0hEl8G55LftL9jfMr4oDu'
    'g61Gq+RZT47tue9ZR5o7lTY/QsIDCOH3a+fPPNH388pVwHecI3v8vDsDFgJ5MjGY4llpqGH00D2Thy+K6whS7YCExZyGz0LxKwvt'
    'pV4XQxjhy3VIXOshFI+nVcpxrWPqM4aKXdFR4l0PPetxy63HaXZZ1oPmUQ8I7a11y1njhnnRvQf++kdOT0vdRgi/wUJfpOEu0QEw'
    'voC9znsF8nne/D0AGYehEYhbWHB/+PmBOD2JzPxWATlv+4Zct3niZ9qEuN7c1AdizT3rsvu5ziLl1lFfbuj5dYWO6IdM+su+C6Pa'
    'Vp/fuUL+XlRe4j7k3yddqg302R9tN45YnGAfhsI+2DF6cU8kv39F8G2sHQHVt3ETpof/Jz2Hx5RboOMLJGvzW4+ubyvxv1Dcj2Mj'
    'vqvIwJeVs5j73zrKnLieNlTygKaFuZgH3V928aIsz9LO4poS9/XhpfvsCtwHCX9/QZA5lh7R1pzjCjsbLHKnJ/i1rO+7L8hWq0zH'
    'tfyfH11/V4mL5hEPvSbstV9gMVG61+g4hoqft2OkkTW+OhTiqY8Dn6xNmVfwvC/6nYeVty/JES1Hus5sIcyLrYCMccX7ClTd3x/A'
    'qM8E7fWy6/5+H6aDEx1jD8SeTSE8rVDvgiq7/4GSh6v5RvgZfd9jT5wiMdp5kguFeV1aHbCUX0XPQAkD5ib5eSjEAn7B8d5VdtEc'
    'M81PovUExbzNHrPpPyS+Z+TpvuCHttRIlGC2/vly32J9MTF9TS39fa1YrHzP9Q0+96y5sVSHetPth3+XyOlYWR6qXeOyvsJsyG1F'
    'R5LO4w7TGXjckNrD9PcVmKxBk+7bBHuNm/W8HChnUx38dXfTPCNDMdZ/Wxqd+9uCvkPH3Uihx0nf2QqscV3wF4TWXHpeQ4i7Sr4e'
    'lBV/CpNrvBUYi2W+NUbfgTLOXkCPtz47Wdfho+/8HtOTqb5O399NkeNYUfJCGpH7h/rinmVzagh5LFb925JfcJm8k+esDCNo0TLa'
    'HZrPb1btltBc/k/n0+FnhUQb7q/bYs/H+/4SZF6jfHJWkQNbgn0o2Z/SXJ53/CDxQt34HGnenceAJ6RcHukZlrn8svuupD9we31b'
    'kUc9NrYthWekMQ6VM7rjxvca8ZvCB67/7e8cfH7v9sHnd9xnx31+033uu89N99l2n//q666+56sHn8e+7/Js3d9/5lcPPr9ye/w9'
    '33Kf/7773HKfv0zG4fOVXXfXLOh3H0fcAIz9hGTCdRj1UuFreIr4OytP1/JQfUkPSyNd8ePOq2WYLt6JhT+leN9SabLOpkh9fwf0'
    'Wg+uB3Mf0jWSezDrNgR99p7yDi3O/F88ur4PtnoNuk4h/cL6N+ld1YCtWFd+fy8yhqHFYzR7Ie2+nFWbAWsTrrrvPb9j15Ukn2ui'
    'g+HPeetRWi+bkL+W5lV1iX+1nsGnWsrJ76nF0buKX9GCx1MnuRHoT8depHssD3YbxvHuYjAqSoHfSfTpQ3oMQCkmoWHdSdgSK+7n'
    'BZcvjDUAlF47nrxU33x2ID2ONO/HQWkS6tMpjR1jDbSWPosvX5qj5EuX6ud5vdgxsha0Ph5zZGLrJdEPYMnnDOGm1iLia6HaylOQ'
    'rpbyFWIjVpgON1B0q3bEuVETzg2LH8FXH4tri3U8dP36Gdb2LITrW2lufKhe1lebdQzS176mqV2luYhpamZ9a7CU4xp8wrAGNyLW'
    'AH24HJdUOgOtZ2hXiU/3Deu+lHLdfy7lun8m47on+eWvCn5Oi24ZY/dZYwxWXynS/guO7mV2cSw7WsOFdQh3yXc7LOejTXS/Csvx'
    'lnDWsmA35h1/57qkltto6VnCewBL+0zLB2kr+64SyC+3YsZZMLGs/IE6/YDkW7SZblshfIE8cp/oxNRm0GwExHArij9KKfQyjT+4'
    'LTFQciPaAd1aw9LLOxc1ZOvQXGJL/Ueb5dQ0YFQ7jDKkAuM1IZssb2xIeKHoXJl2INekAXL/eb7f+dm9r+w/Lf9rKKyPpb6skyI/'
    'iufp4Rr0iEyfVq5SB6aToxTKv+Pr5OtPiP0uz7mL2oEdIsOkddnLSKe0+tkejGMDcbtyGyZrJytg67/sy83Sct8boNdbIZ3fcnx/'
    'jl0WOvv4H8+kfWU/wCHwf9p1TbsfJCwV636x1FmG1gdr/mj9EP4+wY1/3V23Z5z+vK6vqeQy8u+/gfYF+7xN6PtLjr7X2GWhL+Za'
    '3yc6OK8t5v1/ap7cbtTdaD+FXeX7s/4vz/Xnedn3Ff18mn4xn76o9XXYjXg+t+HPwghX9qenYBdbaix2jDHTouPjCT1+Cvy1PVr8'
    'SfIFcIypLcgf15HGL2PyG3vMv9kFf93Jp5x8u8gui3yjtmLH8QSVdTSffx8mawKaoOMZPQ5yR7PjOG6LJo80fW0fbDn9tHaR4jKh'
    'XnwJxnGZNF+RhLOdxW8T61+xYHZTLGDf+lAcxRicb02nlvDNqf/Y4tPhWHtp+UarFT9N1uA0jDBufGseu0csaxkT76NYk2n6BvL+'
    'wa2A7mfBXWoK5yvS9jSM47bPMm3TyC5uw3CdSupnx2l0ysU0DpNGvPe8xXeL/HgmRz9uwmN/n8Rkp2nrJO/+DTjAmLe8O00vBOs4'
    'vvPoehvie3xLstbiZ+V4bZzPt4xyogfh3ovXiAzjPLCjzG2Pxc43IvjOSnN+PiBW4EWnH1CsQG1/WvS/kE5wpKB9ntd+ojirMT4c'
    'jn2fxr+m9bA/Tb4TquUNYeBlwcu7Qs690zCqWfbxTDMlrxTFI82MPOHruyTJBqqPWPtnaTqdL75zmDHfadgDhxFvDfm5JXp33DvK'
    'oPe4KpOcwjqzmfsZ6Cv9rpTz/ukwOpYhvp+V5H+L6Z3C4z0oe3m8h69Pg/lMi5Q3Prwpin9q9VNrMZ8Xia4wUGJkQ0VX0vpR095x'
    'oRr+oSKrfDmZ0trsuPfvR+6BNGvD+93sg4z1jL3WkrWiWGs4fhx7E2xYyaHx8nE2wY9lrPW+tvIUrvebMMKH1/jY8izJT47vuAjh'
    'vl8ar/F+RU2Bjj4fyBm3npIN+qdMNqRduz/17P/knc9H0rOpyM2Bct41FVsd5QTNBbbcQ9+xBTJ29zAg69uGdbnI1iUNBnlaXHDs'
    'Q0r1E61HVkXIS+A+q1D/Vc1nRe2GXfBjB1aENdF8V5tKToVk1/K12XD6/mGuzSJbG19P1DXID9MPfXr03S+TdVhTbIOu4rPl+wyx'
    'y28RPaCv5KdpOFdbMJ7HS+Wr5jvdDPgz2qBj4vvyqqmNimv9pvtu8rdXMvCB1odPGn9XieVaaxao3+VNGO8f8Tb7/1vu847TlY65'
    'M+a2yyEACGPOo1/+DovNDpUYqYT7G9OPToqzdkGuo8hSAzENOl5gMovql0M3r5aQP9GAON+DxLfdwP6uKHIW5cVZiK/Tkvw+fWL/'
    'vEf8m2nOEPQjSb7T68Rn5MvDW3a+xFWQe6+ivXEPdPwvrW6louiVmm5xQoh77TN/CPKGdf33A74IygfS+aXV9e27M4X628tkTQDG'
    'e+9SeZjQ4CvkHKmAv4/JFuh5zsmz7pL1S2Obc37hZ2KH+Rifg8m+Vi3DGc3t1J5iJ28F+AX7TJ90MgX7KCZz/QhGPVKaAblB6fMR'
    'yL0qmqD3BpX2fRn8GPg95fl9T+7RGtNZrPj3Hwm6Kp9vN8CDHylr8AzZs4vEb9UgtM3q+5boyXmyK/i6L8Coju0UjPLmeZ62z58X'
    'c96UBL5qRM4vSz/ieZjsvRzqm271vVZhEsv7NIuBVVLGITlvas8L5Yn47CiLz/g9kDF70/KNL35C+3g03TibEI/Zm6a+X/vdtPk1'
    'bUzH10ukqdjPvh4gL8MIk5Bjt1h7QPj09HtCfqSE28kxbLLaFBqmOh3DEOy4a/i+fSWPshORS2rJEQ3lXYbwIhokdjYgNgTPWdTq'
    '5xrKvomtg5P2leYraBhzBNP0YJD0pjNEb6J1ZQMI9zLz1XINQO5TdkahS1vZ1y3hnNf8RzFxLKTFB453XmQXxv4wl7JOZPNNd0Zh'
    'zn6dxAzRTkF8igeGs6BLzgK0bSi/1nOS/ZDDuSKdFW1F56iDXI95k53zPG++rsQn9xXfbAVkfPe0Z0tXOVu4rTjw5A9QXfQo0UGp'
    'Lsr5C2XRFui14mnXLma9NH9lGez12jj/SyQWhz3gF9n8sW4V5Q6vk4nNL9HmyetIu2Cv+4jNhdVygzm2TDOQn0ZzULjd3/Dss1Bv'
    'G+x59gLItRa8VxbHG+wqOkkV/P28dkDGz/vVR9ffALmfzC5kx/u21IZImK8WH+p9hRZafck22HDiLPpYVoybq04+rbCrQfQi7D/Y'
    'IWcVyidLj8GS8v9S5PmSRjfI2iewDCM8FXpZ6OOr/y4Zz9s86WCpw8bc0rMw3ofaMl9fzpR17iXGo0XQIU2+04aLe+C4iuixe5b4'
    'Xn0+kDT9eKnfUOsX2FTOkaue88wXD5Ce5cuz5bkJfYirlznlno3+dt4vfWjkR0tvc8k+o/kEzUAegYRZgr2yVhW9l+eZ/LlgUyJu'
    'lfUZDeUZNOc+LW6HJF+l9Vsh9ugyjPALuf5bNshITSfNuj6Yp3Q7A11+qPiqOgLNNSyPvjGXi/rvfLGTJUcT6gPgNofVBxDCb8pr'
    'DWjuRVrebBly21oF037dyfxp0n5eoD2Px+2xc62p5JpK/vauMo5awB8s2ZxIr3MsV3jBXRq9rHVpaenoq1dLk/cU8rX7cr18Z16H'
    'nH3lCH9OiAaNGZKpFcU29snUZkH7+lUY1Wpfcby6DuP4a4ihg2tSZ/oz5ubVnK1ccXvBsoZWn6C05n0lDlxTdOh6QLceKPt/J5DH'
    'ou0jrZ8d9bksKTk+DUXmXfTkTvP8l00lrtQHG65TKGcBbWnkDc2OltbugbJWVG/ecPuU2i/HWO7HAjkfNJ17LaO8S+55h41j3SgH'
    'ff08l8me8/Fhz8B//Dy04EZLNIrBkV4jftLrH1O+WGf37Cr+/Sb7+5D9nz5zgz2zrdxTBX+tk1Q7lWfeMq9hQZ0nkVEvMZ1H4geK'
    'D6rxhuZPsfCJhqu54cYn+UW2lFydLUU+v6z4MWhOoY+PJH5Mm0+p6QYPjXleUqzIlwfK1/2yi0PO6rpTuZ1lnbkvS1pfzdaYpbXl'
    'MRZcPxrreAByX8kGhPu1zjveoPhUHZBxq3hfl5chjGeNa6Dh8Wv9AXchO0aW1GOvYcxpCcU/HoLe+8aCTW6JwfC9u+reM8t7d0Gx'
    '8fvED7mgyNqe+84bREfS5HKT3fOSYa9fEnzbAza+dcHHGaPrUX6W5HIZRrVUIb0kRk/ltopFR8x7vpxflxyfz7KOcY3pGFZ94AKh'
    'tQWHjesbEv9p+kYyzp8N2DZpzqrkPXdArzdrR+RvoJ20CjImBqdJS8jj4nkJ9cB+2A/EpRYV/uX1In/PyQ/rvvHlAfciY4ISTZdd'
    '/GvD+IwYfSJ59tdh1FMky5rHvPMtkkOehjdi3iX53i08FPMOTeYlf/vxo3+zKvPOuXGV3DiXnG6Z1FucEM4qab26gl2JfoZFJwem'
    '5Wfw2T5Z/QbPGvwG9My1+A+WmS9Ek/fvFyTvX4XJurA0PeW4DzyP3Eafve2zqTgPXnTPedx5UKqDCOGCcB1OO/ua4MecjbFNLxGd'
    '9hrLxXzgPmswwjOvOF22JcQfSpHxhQeKj0yr964qvgO0X55T6DUAP/7lrscHF6rTPQ2TvQ2lWF3oOdyO3nB7lMqRUG4P1VErnvic'
    'pG+dN+ZBp5E7mMv57BRzrZN3flaQcTx+yW3dqvIO/myKC1kFP9bIjvIMWlev6aJ8PHWIw2bR+shKfSGaJFY8IHUJWFe97X4fWx8A'
    'AV1oGpg5PK9oEUb4BMcYPQbGvKIHCq+UmQ3jq4HQMAU1rIshyBge+F5NJ6QYWCfcvYiB5cvZtcSX0+bTWnJQbhIdrcL2ykDxQZVT'
    '5K1ItaZN5azvCOeUtPdoncO6cLYmNPqI1HkMAjmJof3mW4ePFNvQUmNG80St+ZkfER/FsjFPdMDuverJI7Hi2FFM9ix1clpux1GS'
    '00FzOx6Q9cR+fVhLiHngmIuzB6NebbzmJ1a+xsreUD5OBfz9u/h5tafoH3VDThfGSXCf0LgH+uz32O/xfLwF47UqDfb7e6T+Quqr'
    'ctnx+Zsw6mEaU+vrq9ml9RZSLa/U155+r8aeswty39Y2jNfP/Kcwqp/Jcz4V9kxes9wDG55RbH0y7fki1TxvK3GdIuNRH7feMz6e'
    'lWSk1lOR96Kk+gbFoqsSOxP1Eh8WVBFYx1yGhnpMar1GNTy0qmLHa3hosThVtHZJq4u3rgfWprZhhLNZC9gFh03fkK4g1akgvU65'
    'nxO/6AvuzJgT6BU7D4vfyTenEDYPt9en3Q+tpryH28Qco/cosUvw2iR0pjqVdb/HYmeGsEEW3fol+sIX2Vm4C5P4H6FzYB/stagU'
    'i4TK5QY7I/gZ0pvymfibzqck1f3SemFJr2gpc8K1uuve0YRRf3jrO6rsXbQGWTsb6RjaYKs7vkb8+DjeT7sciiKeT8c+jHjWA3bv'
    'psI/u0KujEZvX535KbJ3fpu9s8Oezd+xl4I2aL++AtPvS3iOxQ1CuDXLTp5cB7nmvZ6jHrjh8s3x3ZbnrcEI4+8S4TWr/t5LSRPa'
    'j2f50X9+8TFYS97biMqehoe/aQzckpMWe25IPY7+cWlEU20vbim0ofmJXKfB73F6nAEZV6vLxvCnwp7m/IQ9E64oe6aX0zkXmh+n'
    'aaN0EPPgNLKsl1XGSTZY6N4em08ang7NYQh2fIxKTnJzoRS3xtKYtiLGL8mIrHSdNq9YMd46KdfkDx5d3444H2Lo/7jS/YdToPsX'
    'Hl2fT0l3jbctfrxZ5F+fLnre5VFNQwedVX1O0v2z+Ijvkjw1EPLU6BgxxyeEAU9jJVUYYTFiLl4sJlhe8Xaq02wUkHuS8O4nIHs/'
    'kiswifeuxUFpTkIoVtRW8rs6gZwEjIuuuT2I8R5rTCxmrUPrnSZelRb/regcm0+TWKdWnxrKpcJn3Sgwd2Y9h9wZzlNabz+pF2KZ'
    '8FOF+K+bMN7b3ofljD8X/c+KV+3DoaiAjMMUyiNMi+PcEHy7Wh7SJqHthzDqSYQ4kIg3i/EeioWaF11DeIwadmSa/HNLHCYtPfKM'
    'fx0WfTTf+ymiQzxP5C7+e698WpwH7dV2GPNJePw/hFGNyizQdNm9b12JMfFYE8+db8N436tvw2Qvbl/PnBjafdHF12Pw5zWM3yw4'
    'dRLOSWzfqzzW3mfP4N6g/u5NxVf6YcDmq4GM655njWwyl//u0fXaYzBWyYf6d9we4rj7HH/fl6uDa7rn1k7Dmy26XjkZwy89ur4B'
    '2XodpPVVz0qvhLz4UNqnZRj1W78II9xYjgkb0j3LOZ7pvO9pVt0vjV2UF47op6dgY73oyUm15JMWZf9gnsq6owHNU9Hwhi08IeWp'
    '3BXyVNL0H4/lk6x0vwF6r2Wtl0zomWdy5F++ps85G+EkuzadDGqRfGLei6jq5vYgo5wYKvukbNTJJNwDnN8vuPldZRefH9o8aA/R'
    'niy8R1IZ0vdm4nZXMzLPKM9c7bzXi9sNXOfU+NzXM0nCU59Wj6gsPRSoj/kojOpP8Npy46O+IOxBGlqHLTY/zbdCe4+G+s5sER8A'
    '5r7xnFfMld0nOZvbZPxdcg5skWdQfWOXzBvrwrC3Db57rwD+zaOuYUuxnRpGu7Su5OTuK7bdtrKumq90SxmHpnftKnzEz0feP4fP'
    'ew8m679OurMU8ysl/sLc6nLO9Od5pRg/uQByjRWth/Nh8vj6uGJsg9bHcj8/jWVourvU82HLzakKo7rBBoz3dbLWT1ppzP3tA0UW'
    'az2OLHWS59x8F9i1RfzkPCbjk5Elw3zuG2Iumuw84X7GcR5xF8o66b09GO9FWSH0A6O/rS/QDseC8c48xxLqmeobH++1RusuuS4q'
    '9ZLgODe0hlzCMb9GYrxb5PxBPikb+b2nxD+6zJa4yeiiYTtxWd4z6jix9QWDQPyF2jbPKnJ/H+L6lFlqq2nOnGS7cflh7dmaZhya'
    'L/MVlzuQ0OYHINdBdZg/hud67wvfk/w/llwczcek+ZB4zV5byV+pwWQt2Ir7Hd3rCS1Ou9xg5O/rir+rY8z/oDXqZTbODvMNUizI'
    'NuGDa6D32uU4l1nzWJN3/PGj61971nfatQ4hXthw46Z5OTF8vAZ+3KclkPPZasqzW4xXpLWU6iUanjwvqy/6Psh1Hdreqip+30pk'
    '7nlMrWisjPk47DnJL4V+7NPEL7Xt1gZ1YIrbVCd5W52UPmypr5Z23tSUs7wJei8dqg9RrH+Od94CueeDpBNYcN61XACkJ+at9Mnv'
    'dmC8pxz1dQ2J30rTxY9kpDvPPekr39sBf985zU80FPw33Ne9yHzdSBstRhLqy8YxlyR7vqHYKlzH7Hv8b9yfXQ3k99QUHZ1iuNUU'
    '/3tX4FlJp7fEF+bc2C8J+RdzR0tq/sUnDbSX9jTv76LVPYd8NBXw40zlldf2R0Q3bip+2IbiJ9T8o3nlkf4nxEeU57yLHHPb5b9K'
    'vODLeaVj1ujbBz/2XE+Z+34g16Qv5HIgdva7GWJ+PrwAXqOt9UosQxi/OEuesWbLocxIZMFXmf4Vgz3BcVG6MJmzH9JBtVyRgTCu'
    'GIyOPPv3SrkmfwUHtc7WvHyen78FkzXWUm3CIGCnbgs2Fbdvk/H+i0fX24dIsyLnlsjSn1d4cADpami0tbHW8NQEG9hKt/0c8ncs'
    'NYEUH+BnHl1fgvT9wYu0E2N7bPtkVsgPpPEYl6VXnI1wil1c50W8HFoXs+vefz+HHOG8ehvT87+jxEpprPYzbv6X2MXn33bPG3jo'
    'IWHYUowbrCtqwXhNQA+m/89C75BP2LoeFpxdnx9c65Wq1Rn0BF1hifh9/yCDriD5VCTfcMPg9+L7dNp+MM3HzGVKQ/m75g/tCO+X'
    '7t/MUTb6fJm8fnGa+A6hXkhXXczkOBmftPb03NkP5LVWDOcSxw68G9C1sXfqPIwwZp7unydn/2AfgBvuOycyrLF1jTRMoIfCfTim'
    'UN31Bcejn/sY82hCo6Q30JcFGzRrHn0eefgVZR9puC18P3Bsq32IxywLybqnfHRAhw9gVPNjwShoKX4ALd7XE2iQJnaejDXBUXx+'
    'xnjqS86+eJ5d20IuqGRT8BgMz42ite1lEidrwQhPc4vYIljb2YDZ+CfZIVpuq9XeCMWAQnlgof5dFSV3qxN4Lvch7woxqNPk53US'
    'O8Sc2wqxIy1Y7lJOaUWxq3owGzUUu8o92rrsKnGTw6ih8K1Tjfy95vxPlhzmIzmspxU7Ncv88OcekUlZ5EHs/PjvewK/8H4d6852'
    'xH4d2443t9zPZSXfVIprbbHf4z7iuTR9kLF2eU/xPOKv3Gfjy1dH2rzv1v45dkm0ofn/VeIDo+fVAEb1Ax23j+l5x8+0vnsu1g7k'
    'mdOflhd9a+yLfVYVH5h2JmnxQKknvHQmhs42H+/h+t9w67/Grm03ji6MY3YjBspAydHh/Q2LWJ+OkLsr7Z9hYH9k6acoxSfXmP2g'
    '4QdreXVab4Isfb65DFxwsp3KwA6M+jeVI+jfF+gao0tIOVR7ZM342FecDJ+VsXP+6ilnWU3RfSUfOZ/zSZfXXeScn2dz1nThNPW5'
    'oZoarltaa2steEa8Tpp/Z0d5F+VBSR+k/Jj4n4tam3PkXejnXqR5U7/+40R0w18dhDpEfTImxmOhaQgrS6JBm5zvDWazdtw60HqO'
    '2FxEKPic6YO/Z5yPryWbscP4b6icZ1nyG/FcwnXh51JsX5m24rvZU3wsO5H+sQqEMTO1s80X15Z4kcZ2JWy3afJOHnvxHTf/8+xK'
    'O/9XiQ+pR/T5CozqmlGPhxndk1nouuJo4Kvz2lf8RFueMzFUM87Xi/bRyUqfpkfXKLufzxIbdkkYjyTHMRc/C5ahZfxWWeurQ+N1'
    'Exq/YK/BUxBXu6bl8e8qdjjVC0M1s8n6vUbyS9L6XygvvKbkYMT4VhbcWXMURj3Nm+Q8w/ztJSUv+E33eRt9/jBZO9oV9qAvpoNj'
    'mXd6pSU/0DIWGlMYBGIBWF+AuiHWF2Cd9x33Ht/64LjukHFhv9mzbnxvKjTA91rnHvMOXPNjMKo5pT4NUPzE+K63lHfdcfnNGJdL'
    'ei9/GrLjC/owP2oCz0p1vO1AvvNA8SHx72n9X0M8jbSed7SyrquV1r8CB9htWXHofPG+w8q90XK084hvb4NePyqtJ907x4TcNtw7'
    'K8reeZutJ+/TjJi4SyDXGPXA3wNakyNom1v5zjJOrD3CGLW170goFzdE9xOCfxbpviHQncvDN0ieIZ+XNtdbxLdRVfz5vHbDh8PA'
    'a7es9SBl47N9/HDC0eqSkR/yoF8Sp7gMcq631Ictr75HPNfAkmceg6+Ztn72U07PuciuJoz3NBiQuEwTxnFlQv06KfaTNZ5ZCsRu'
    '0sZ0tJ7avrqtgXKW9yP9LCEsDw3HKSYGq8VhcG1wfdD+pnh0A3dVyDrtMh7I0xafpbpEajehv3OV2U27LHbZjcipkOa9G4gDdj2x'
    'a4pVqmE0dyDcP4L7tvOqt9N8SU0Yr33A2G2DxG85phz1IWENeh8m+yV0CvYllZR1bAdyfXjtI4+jWnHKB8r3ee+TUI+FjuBLuu3W'
    '6wy76HpxWU57Agxhsn6lo+SVFeXb09YjJF81zHMrpnonIreLy5klEi9cAFsvEMt5mFfvjQ2nb9E4kNR/kGN/WbA3eR5YGhzOZed/'
    'WlXmaInlYx/RVePYJRxZjumn1T1r9hzyw5rbd7PKDzS2mocPhJ8/aXmA+ks1/qQ9ze8afaVtogfjOXWP5LKllU11ZT4817AixGm0'
    '3uQ43k2iX8f0YpHGuRmR82gdX5+MLyYmK43Pip0gxSnWWJyCjm/o5o6YzjVi97QDcfmQ/eKbx5DRnWMe14x+RS2PUOvFtSPkpWh5'
    'XzWBprfczxedfxHxmNLQtO98gH3Cv7sZ6J2Wp/JcC/rcfSU21RByOun52Ff0j54SO5T66GlytKPsm5rwfd/5dQpGGFVUhg6IrdRm'
    'tmfadRoo9lHbYzfSGJIlPrXs6L/sOc+1emKf/+uWu9L0lqU+zDb4sTSs/Tw13zPPE4yp1/LVI2aptbHWE/E4wlChGe3/bH12RfHj'
    'aXUZZ0h8XtsTjQL2AOpCJwgfUj9qj8TbeW/0ZUUH2Fb8Ncjzz7pzII3Mi30X319n2c9c97gP4z0b6kYdOm2dCj2L1xmds/QdWEuR'
    'S8lptOTGNCs0on1Ja6D3TEiDtYXn1h0i/7mdviXMYdnt63VFF+Jrs6eczVJ90TBwpoQw5DXeP+m+N0vrup5Dfk5W3PyzRO+fNb7f'
    'UHzUfcW3x3sc3AS5Ru5Nsqes/bZiaqmWnaw/z74T8mXGvkPDgDzp1pJjQEJVXjnagzPLmmXxVSS/v57B1yT1H+D75n7gub7agWUX'
    'F7yo5LaVFTuJx1vKRl/Y8y4ma5GJeeZn+vRz5Kt5d2ZY9fT7gj4eulfDiKuzT6suH8pp+B4cYFmm6a1IdV7U0R8ckp6NmBUvwWRu'
    'uBWzbgiTuHt8LlbcO+RnxOdJc39Mrvsm+Ou/NB7X8txD5yDm6O4acrdLAV/NkZxkcBr99xLJU37O6ROLhvk3wd8rpFSQfiD51Iu0'
    'KUJYBn1FB/fFmUO910O0j+0pWDL+Lo+1ydJ3UKuZt9AjhMtRKlBnlfpkS9gUeJ6uOpk07/JFp3meTjN/NOHl3310/b1DePe0dIg8'
    '+yPfFc7bebcv0p6b/BzcUc7TPfL7ZXf/cynuzaovHAE93xT30HEnn7mdc3INVDvnbuDsSIPVkrZHcBG4KsnPX4RRHY2Wu9QOPL+p'
    '3FdWxrsZsFXqhJ+WQcZ08J3vPObgy7G14M6gDD5O1vPLRjmk6RpZc94pX6XFXaZ8lVUWcb76dZdj7MNNbnueH6JtR5EffA6bKeRK'
    'neTFnGb0rQhnpIUPqJ8nr3xk3xpw+Yc14hO9PtbmVPl30yP/8uj7q9XmpJWR20RG0mf4eo1qee6/mIPM/jyMel5kkdmWXrba2LTc'
    '35h+LEXJU+TJhNe+EClPp6Wj5VGblFY27xHZTJ+Rhp/rOZwVX3d5yXnorZw2PNasjU2L02ftH3JY8rnq9sEtdlFfyT6MsAFeJvle'
    'Zfe7PkzieVEM/D7JEdL8Aeif0bD3K+5dmMOMtc7JPQ8hPc5U2jqUUsZn+PI7+Tmn9Z59WZHtmt8+hBM2CMQJNH+R1Y8SOndDMQHe'
    'k2igxCR5v6WHEMbtsubzWPvCvhzInxlGnA0+/8oWhPHJrXpnW5GRsTGGPM8uK17MEOTeS52IvKOHoGPL4Pm2LuSccplVhsmaidg6'
    'I5+fM7RvNJ2srcSee0reUEx+Oa9D1Wo5Qvl3TSFvUTq3MDdrw52bNDdLO0Pyom8IK64izH2N5QnkKcuwrngjkJvO8SzbgVh/Xcg/'
    '1WrauC95YNTJY84ZqdfLq05/WWdXSJcoOz0T/7YHozqpIdFZ8u7Tk8f5VwY7bp01jk/jOxQjl8Z3QvSMyb+x6kZ50is2pydrPdEV'
    'sNcT+XK809bl+PKnLrL8KVxb2tvLel751qjjya+mMvQ9MlaKz+Sr/Uvm+Ab5rq8X5bI7/xchjM+y7GLMi8q7e+y71Dehjbep3Itr'
    'tJZTrcAFMu6+5+zg+CC8hlLqMa3J7ZYSR6TrEarVugcj7LkdxUa0ytd74Mf5tNgrIXzLHaLfDZj9y+thfgQj3GvM18b6fLRhBySf'
    'fBp4epQenUAurqY3anUyPwIZp7rH+JLnm/WMOgTNBVljOfrH3cXXJ9Qn3kKPDpNZi4H420DQ/9YVWvYD+lWPyXYpZ5PnYu4E9Pam'
    '8i7t/EBaL7uzZJq05nVw9xT6STQ/z+RfJeBX31H0qYoQj+SYPnvMZ/N+6eDzWGmc5x8q85dsqbayXto67yt6oGZLXXMybpVdqMft'
    'wKiH5T7x6aGe3IXxesAO+Vse/jbpjOExj5YSl+gr+lcX/LWAHeE+bnuuujVC29NHr5COm2Z+yTtfUM66vjG+Yu3H7jsrOb/mSXNf'
    '/Abpb/W387iCVGeW0PRtIQ/FWntn9ftn7UMd65NDXfm2Mac29J1uTvPsQHosN832pz2zKM54k+TdZelbwfvzZJFjbfBjhTcD/pUy'
    '5NfDouzoucQuiZ55YMSUMtAnDwyXUyRmiXJlTphv7DqGsCvynMNpMgfsdUzPIlqDb/HHxMbXqdycB7n+boP8rQKT+MrzwjyxBn1e'
    'yDuQ7FBJH/f5DlA3XGC6b5Wda79BbOS6csbyewZEzw/1fdpW/MF49lUEn4D2LJ4/h3k/XyNz6Cv+hCp770/BJE5lRbFJeJxgCJO1'
    'ZKgnvwr+vs2n2BreYuvEx40YaKfJd7jMQF6jWNJSj61QLqeGsYWyrwbjuAi+3u+oF2rYizG54DG+1Ng8nTR92CU9PAZbEel9EkZ1'
    'Hpcd7Y8Sem95ZBetCfblq2ixKuqLGyh+Cq6v0j5hiBe6yGyxpvDMZbInJPu8IvjrLLF9zV+n5RP0AvJ0j61VFSZrT6oKjfYMsYdL'
    'xL+A+3URJnvE9JlOtwN+LC1tv1h6svQDetkOyBhbiwaZzeuhfX5LSR5dcD+/4OToCZdz5eupQ3vxpdFbY3vXSD3sfPJ/Sdin0jlZ'
    'N8bAe4r8aigxoXYglsTP/j2Pj9OiV+M6ddmZgTpbLAZY7Pp1A/J+EJEnyvXqdXcuU72azjd2nFa9ugp+PO1QvtMuyJgnnIc2YRw/'
    '6yiMcLPwwjnT3js1Yiu12TpTHNSy468myXsrIg7Aaa711CmqPsN3NnKeOuHOZc5Te4pMk+a3x865yyz2uJoiH4HG9KieKeX08bif'
    'D0PWV4uJWPaniL3RgskeApcNdJBkZVfJUakY1jeZY9JD/nqknjjtMWq+RdqL+0XQe5H5aj+6Sm5aBdLVmSw7G+QWjNdWckyxUC7z'
    'YYxb65140tlQ2F9CygvW5JYl3xTzKuiZkYdNswZ+7O8tZV/vCjR43vFYkTSI6WdqzaupKb7GrjGmEKpTt/bSSYMhcIrw32vkPAnl'
    'HIRoHrI1fXgwyTp9kZ1FC4E8lU8KNmZF+e5t0HEQOY4bv5divFTYOneVuGQP/D2SOuDvay2dlRtO9lAabYAfO7YXyFuQYmvcNmt7'
    'ziUpj2cR5FrTFvMVJuv904ZcKR9fzafI47lK/Hux+OraM2ke1CbYekTUDX43rTe9JCcrjh+xt0OF5NyUWX5CFcbrWBDntkN8CzWi'
    'f+fdyzyNrm6tsZjmHi0q/sx1sg0S701bkyD1R7fEbC26lhWrqGr47j7E13jtCr6hFbdX0Dck7ZlNGPVECeE0c39aDE9a8OuKwMSh'
    'eVdZsQs+TezDtLgCr4KOzZanrsVlsoa92QRb3Szy1HMut/lx4al5gQYWXbGI3gaaznrY/WklXO0H4O8Nt+7ZC5r8vx/IRdP6mVl5'
    'jNcm0NoOGgOvkhhcbL1H6ZDOdCv+Z0imdDz5gTE1/zH1JKtO38TYjnU9ae1xL1KOTIvelnialB+B8Xmp1qCj7LnVDLKM77Vtt9de'
    'Z5e0NnR/8PoQ2kcN78X9hjnBNBcS68fvKTGOMoxw0fow6hW2RfT1ay7udcf5w952n687n2OWf2nzu/KWEzG8GtPXQMLh0Or5KoqM'
    'sNjQeeKOpMVVxvuvuU/Ml71D8kton1r8/+vu8zqMY/2hTroOI6w/bb/E9kDJQx9K06Mk1j/o82lwm+1tkk+bxWaT6tqlem9eZ78p'
    '5OdqPvG0Nfez2N+6BjK2bEvJJw7V2VcV+uZpS0t19+inXWA5mln9tBLPS77ZNSWvo6fsgUaEL0zq/aFhaCENThZMAyneuBaI0dEY'
    'fahujo/5lpI/d5f55Q6jVjvtmXwrMtfubsCXVkSd91mSa3UORrXAPpzeck70CcVAeLxu2xPXkHySDZDxFyR9ZDfge68rNFufMZrF'
    'nN90j1O731Ifz2VbLEaIVpO+4uJLjyNNEYOEflfTt7rgr+fuKWOVYs9aL0BfbwiNp9dnUA7E4Nueh2L7aSS8+WykzzbrO/lewXyf'
    'E2T/UfmF+T5XD0GmhOKctD7QggmRBpOA2x5IJ+wBUkS/jCJwdTluLLdbKD3puCS9murqH7JndoT8Hh/fnRT4rj/jfEf3bRpMjTz5'
    '8eQTzI8vupiQNWap9YfcUuzMtLx7jvifMe98wXC+tXO0B0I9oNosRpm1J9ILMOqRVVH8Z+XIs6wVyM8MxQ5RhqyQeVK6oQzJq69W'
    'KFcsjc6UzOtLcIAVnLZXfVr9Zj2n8VMc/yz95EM5O3Nkf2Ae7fsFybw8cCbrkA1v19fniuLvbhKfWYX56jSfndQjpCg8/2enTA88'
    'n62+V04zSy4y1YusfItxylnlV995jHN5w/ngzrIrdPbliZWQR1wsj/PgsPAUkp9PO30d674sukeFxEDLKWmbl24S0iPS9qJJ07+K'
    'YyWG9BfrM7W+FVgHMtGf9Iq8Ksn8XsqZ9ln1wR2Y/X6l70P+PUSteUxUXz6snrKWOqQbUFzPz7x6Vf7H8OT0Jm3AqNaqyD6gDTLX'
    'rD0fll28/Unrecv3RxnkmurQ2fqhW0vMEawUGAcMyVKLPyk2L5LPF3tzPIRisLBmWefz4d8etm54wsn4BSffUS9vE57I2ydS1Nn9'
    'FZher/E3yLusekKaeHqsnmnVNbRzfoGc80/K+bkJs9fb+3MZ7s+jRynWUR6GXqD5ZFcFn2zvMZI/XyNjzAM7vwgb7GViF+Y1Rm1s'
    '1jH5cFWfNFlUJ3M5rJ7OedlYSW7ya4cwF20OMWPnPHfD6bVr7OJ6bd39jDUHUp+KvHT7tPooj81wPSTPvIdQ/3lOP0on/BlrbXoF'
    '0UObn4Zt3xHyFK12Hs7ppluHCsm570BcT4VSxnnehEn8S1/OYVuQwXPEX3olgwzm+stNZp9XYLKGWMJv+R2nu/Bel9Z4vzZ2S10z'
    '6m74vlmr/8a48CIb2y573yaMaog/mcM8uM9l1+jzyaOvKM/bkPI6QrlZpx1/v54Tf59z38P3IX7HX8cmDlz23/ft+zR745/PwN74'
    'L+GgrjwNHX3YIkXtl9/4GO2BJF/k81Ac5sOTIhPmnL/lSZAJnz9y+DLhhSMHsa00Y0h+950cx5Is+uMkn/6P0sdHPv1eya67/HZp'
    'pEPmuY5FycafYOiXDv4/7TFz3rqv7I13H93ztwvi5RBu2PkIunI+svRs+ZrLDZ4FbCTE3rnh8WWEaL0Jtr43eeFlJj//o0fXB2Q+'
    '0preJPIwrbyad88uSqZeNPJblvWldKu5vJKi3ve4yHeMORx3dpfkm+X+uhrjt0Ul15SPr0Tek8XftwkjHL4681/RfrWbbuwtsPcI'
    'zcu/xf3sLQjjQ/ty0y24Clr/VE4/2pcP+yPkNW+tnxvthcAxw065uALHDKNr3SM5j6FeRSXDuLV16im5jKH+zzHYIwnvvwMjvIBQ'
    '/7ybwnebwvuxr/Qq+DHZB+DvDU1reDnuZ8XDx9Ke/hXHk9fZZV3jDtnbWO+PuSiILSRhBEl5sj6cIsQd6sIIjyivfJW881+K5G0f'
    '5jKPFfK8hi6kw++x5BFnwTHScOFp/bQkk04rMknrZ1rOad1iemBKMintvn8bRnW4HCOfY+fzHJ3dwLPLMNn3jPd/GYCMVd1jMo5i'
    'L/O51sFfJ33ayaN5dtH13YMRNnAjwzr65sH7WGGPI+xjheN5YHjfA/D3nN5lfLML47gtiJ1L720L9/j6dpdB7+mzlnNuQ1+gH+Ln'
    'HQb9KPbPIHA+Pwcj3HZNN6B1eFwmbILcg0d7n4apse50eI7p8IDkfw5BxyUrsU+NriE6TpMHN5yNSd+hycq0ePGU3/PuidN/uo5e'
    '2tJa2Cw05v1psvBCUXwQytG6SHwOCV1+lvkDQnmD1I8xVOJJjYw+JWvOv/SchyBjAdC8SO6r4DWmUs3payQPIktdggW3gPtkOH4h'
    'z1/rCc+T+GANRv2w1t0YjzPbqumeWzbqNg0lj6kCfpxoXx7PsvP5WLFzeJ4471/A7RYN93xJOK/3BRtGou01p1+ssmuX5BRViW3Z'
    'd/yEeUYU65b3Yc7bHmwY5W2f5SZxeaPht/p6QXOMDcyZpz4pxADmGL4WLNSSZ75tgw9GOrfm2bn1EUzWp15UzkBeD8JrHLSeT23F'
    'bqE+mFBNSd2o851z46e6Al+De2CvK46h/T2w1QY3QMfzqSvrx7H/moqvKsuacFpuuOdwWmqY1GloGYNjLPXGSOMH8NlstFdCbG8M'
    '2p/Y2gtD6o1QUXwf0+ipi2t/2ekJT/La+3o8Vzx7NC9M7zpbG+4LlOSsz4YfeMachlacJ0472/5Jlwd59qShfQ98OlosFiKuySWn'
    'X87SmrxExjoPoxrCPHBsOd1CPf+0PrOzIuul3iLSHvf1qMvT9yjt+YszxF/zGeJ2lG+qik99X1mrWIyXMznGrXivobS4MZoMuTiD'
    'Z/0qo3VL4dktZX/QfRFbr97PuBcpj1ox0FFeSdiFdSUu3vbYppae2vfB32/Uig3A+ellZ2fPksxYAH8fMVrrXlNspZBeUFXO7MPo'
    'HdwFW//JUL+aihLPlPz1ZXJmnIPxWjXf+iNmR534jfLyC8X2yfGdC4eF90VjZVn7N0q+vpJ7x1nB16etWY34+wYk96qdIk+g6DUN'
    '2QQVZX00+7saiN2fJmfPO4F8Vfq8JvixMq6Q8/oSjHDarGs1JOtVnrE18WHFUp+75Tzi+nksbjV973pKHcKnv2kytqboFdreveX8'
    '9KfZFeKHTRivGy7DqC807Q3ddPfl/S8P/tF6CoV8KFo/5yZ5n6Xvto++2+53fRjvs41+aMzhrcN4j8AmWRua54fPOqx/eaxXHra/'
    'hDuo+XOaCp9o+lRF0Gc+cOv/IrtC68/3UovkWvF9SHM/B45ONL+7R/I/mySnmfLNrP3Lg19C+7alnMEheaHpy9ym03LU8/SxvOn4'
    'a4NdIf7aI/K7xWQM5ZmB+5nKk1lf9z1FrrcC8kJbH24LS3KA61eJbvXjR/8s+hWtw4jt9x0T77XSUaup8PXwPUdyDJN5LzndJ7EH'
    'bj+63oVRXzeqw/I1a3hyhix9uX150NL+OQ3j/chonqu2XkXwr6Tf9wU6dT25YNS+2Aa9n/Kyy9laDviEhoIdmNxzgdzbV2RZB2S8'
    'rEXiR+HYLvuBfK0jjsfmWd5WUTlIyVh+v3SQC1lU3WDyjt8qHdh6tLYszXP6pREu3jQxrZJ3f6N0wBe+PgPbZGzW+s9t9p67pQM/'
    'g5RXh/X5iKP1pzDZc1aqHX6pNKrZ1PpH9CLG3mDrslQa1cvWjfxqrXnltB5E8E2P8fqfOHnN95VUb+nbQ/fYc/83GPWB4PTtKfza'
    'cff89zBamyxj2gK51vU/d/p4kbJkC2y1y8l4fpOsQVXg17T7pkXoaOnTzGtyOyBjdXyr5PY/TPau+tzcweffujRJt8+4v/2m4W/J'
    'e16fO/j8svu84z4/7T7fmRth22K/rc+Sv/nGlXzn59x3PzU3qsPBc+qHtw8+f+Q+/+3tkb8f4/L/1e8cfP6/H4zORvzb/8P+tkD+'
    '9sOvjv+Nn32x+v0WjOqtykR/7zj52CV/23J/q7i9VAd7jes09fstJc+7rOjnnUDea5a8Nqw9WmTXLrG5qV97k/jAhhCPEyjpZ/2A'
    'rrUp+KO4DsjjbWsw2bsU54O1EgP3zm3F5rCOe1eJKVLfpZRnSvllLYdch5riDw7VKVA7ndMxsVGuKnTsk/jGVoq4ZVPZL00lno20'
    'uc5oU4H4/i5Z+3NI9GsLca5Fg82ZyMk75Lt1hZ9Q/7gBo3rNtDbxTSWuRn3yPO++aoivUZlP7Vvaz5yeB1dJfBTrblYMfIY1DPdh'
    'vD63DvnE2bLyaVa+3HA5DxKf58mn1twNKx9/okDevBSxR1Y9Nn0b4rAMzpEzBfs+LcB4r4wB8z/H9Ojy9ZcI5WjynI4zim+Pn6FD'
    'Jd5Lfcy8R3NbOZ9j+bsD8TU2FNsZ9zjiQPTImd5m6xDCdAid+9o6abjNdaN/a1fR0bR1ljALzhHZcJ3xJeLfDEiMpJWBLzn+zEDx'
    '8beU3LVnc5JljQLP4E8RO4bvgzs5nIsvFigblyJkI+47yfd3l/lo0ecdm1vq8/+i7+R0IB5JsZNCz6P5JS2FJxqG53CZ9AaMaqie'
    'g/F+maE9VnFjr5P4E+ozNE7SJDHwadipWfbytPZu2hxT615f8ex16s+gOYmUP9C3jXzyNXd2vcQuK58MSayb5z/UiL3aJLZ4mdiv'
    'GA/fYfE3jodfdLxzlvhzGOAbLT+iFsgR1vQfLVcJf78TiEeGegnQuOwKjHrYJzrfMXchv/UDOW0Svftg60le9fggiqI91qYcY+fe'
    'MbfvJNn9c+5vL7BLohG1NYdsb5bJdzFnZUD0yz7LKdxl+mid5Zj1YLL2u6h/JbDXlVt5wmcTDwN7sqw8l+esDBT9tx/ImdwN6Nf1'
    'QM5cD/SadpT3J9w5c8RduzCON0Tf/wD8eLtSPQT391aVnMgdCPd8wZgSYudR3IEGsaPS5tNR2r4M9r53Eo90PXlnVTe/W+yKnV+Z'
    '5P2WYdQfqEH8SRzbrQ3jWIIdZ4clv3uovIOe6R2Sc5T8/aMpnamlgs7pItdbwgEagr8XUkPxQ/hw8ySbm8umDozXOeD3HkbOQzsT'
    'O4qvBu//CCbxCfG8R3xCxLtEPbBHdMZtiM9rl3AZuV7TU87sbUV/0GqzpbNljdF4GIhxIQ3/WIhdYM86jF20iU1WcXHjGoTxcHy0'
    '4bb2nqLHcP9cR7Gd+Ly1mBjHz6b3anXTHaaH8h6nFeUdXK96x8ni8+ySsFdpLi/HYUU+bRA52yE8u0N+twdx/bpiZGKJ/RyDTarl'
    'zoYwS/neaUBcj0lLv1paE1Fy+2IDRjUR0npRPwVibQ8V25Pbl3mfUzHroPkeeK3fMNKm89lmtIZyCHLdE/UlhGpXNBx0C6Yx30t5'
    '9PODHNYl6z6I6QuINjH6wdEmRv0thCEu6QQaDrgVw/sF8t0em2uX+YfPCfmuDUGGc39vg93TCsRZKIbkWXY+Yo78HuGbnRTnI881'
    '31Pk5Q6kqyGV6uOsNWQ+XJFQj8kQjfLad1lpGbt3fLLHN196vveI7TRgMfu8zu086KKd2T3Fbhh44v2hHgxIv/tOn/reoxt+SHTQ'
    'tnHu0rzvM/skefZPcvAU3ZTqBN9w432ZXW3FfkDsSH6+0Hot2pOjxZ5D6/woTmKDvYvmliHvNHLS/fK0lX06o8UukjA1Q2efVq+l'
    '9RZpBcaj1RNqeJGNwLy0/Ly2EstsG/1XlO+of4f+DfELQ2t2xL1HkrPaOmj2qnbfPeE8OUd+XmfyoUl8SW0iFzTch5LAg77xPFR0'
    'tjZM4jjMkxg1rt93S+PfGwTsSD4OxNW7AqP684ohdshxHrjNXFV0+J5gg0t6ENZ3HXf/Rwx5tDnLnjM5hD9XBx03gWNg9BS5ruG1'
    'om1Ba484RkovMGfaEyHNnGNirS9G5CacLzBHQsKeiclp4DRcdTHeLHxDc1klTAdOry6M4xJRemm95jUcFL5f9sGPE6fF7qT7Q/XF'
    'EiY/jRVKGIFlge8l+4CPXcqLy1KrjP0cFsGPcYd7kObUpsmd8O3jRXJ2pt3HqwZbVsIBekBosQp+LCcfpgm3Z0P0lHDolhgvbQd0'
    'GCqHL4KOOyjFsCuKPufziWDP58sg13RLWG0xNfihd79M9oy0L3Edl5TvDEGuf/XhVWt6U4inTzjZkIWn54U4bPLOT5M1CPF7Gfw4'
    'N9uKPrWl8O1zRJeJrVHg85DqjrU+ERJOpCYHJduC709ei90HOf/fl2tH41pHSTyLxrU6JJZaAxmzKY3foAM2/DmfzMLxv+rGv84u'
    'Pn7EANuD8f5zEkbCtvu/liOStU9AiA5cZ9WwDMoG/U/StTqeHIvPO3peZhelpy/PhsbfEQukQ+iO/t8BeV6X5OU1iO+iDbb6wSLi'
    '7Ba+TZv7osWnW0q8cA/8Oe5a74Ouols1IJyna/GrdYgvSsr9yLofYvIacLy33XjPsIuOl/rMaM+5Osh1TloOcRH+LR89NH1e63dX'
    'h7g6qRidmNavoi12EUb1q5Te6H9EmYB5tmlwNX300WzJlqLLcfzMDeGstGKRSPTfF2ImMb00kcbvOZ5+ll2Uxhp224DQGf28Febb'
    '7YNcz8Nrq+oZ+btUwJkZi702UGyMWJ2yD3F1RqG6sjqEa8LpevPe0ujX78Bk78Us9LXq6JJtyjGRVmAcE8k3nyLGK8U3JR/zmlE/'
    'teAjS3W26AtZUWhA6+L5eRTSTWP3XQwtB8peCZ0vPr0zlJvrs6tp7ALrQ0+z2AWl7QOYxC+ksTMoYN88ABtWn2T3WTC85lP4DM7C'
    'qPbLomPF1mxZ5FeP6PoVJ49j49UWHb2n6LwVdg74YstX3XxW2MXnQ2PvDcHOSbN30/JfKJZu6etjtRkt9OkT3aPHbEGKI7pNdJAi'
    '6dNXzvtewNbS/NXbHv3Nl8tC6dMlvhbkH6wb28zAMxY6dJWzjvMJr4naBL3nwkn3f5rfROc7JOdcOad5DJUzisfMQj406letK3a+'
    'hNHuy/c66c6oWaRHyOf/gxziFP0C4kDfziH28ZUc4kOfInHAmP4qFtq/RHixG4hNdxgv8rM+hPsfyqfkvJ3o03Pu8xRM4n0Ci/Fk'
    '4VcLrd4i8YVhwOYugy3X26pX0X4toWda9C4fdinSe97xB8VupLQNYQsiHiXF+aO9kIeGZ3D8y5+GEQZi7P303XQ+1xgNKS4nx9bE'
    '+3BdnocRjmnombSPtQ/T0IK1Ka3fKbJfThJ79K//vfeiKOunuYfeIO+y7iGpl2eoPoLvmbzOBN+eOTmje+ZzGe7n76bz2lH4fo/8'
    'nu+RaWP9amcK2vGHfaa8M8X98KzwrphnxMxL2ycnZ3ifvH/I++RKxmdknb+Ej3MURrg4eFHbYgDj/Tmoz79FfBJaDKBPvlNUDNa3'
    'jwcBua/55FuKjRfrs+8Lz0H6f8bR/xK7KP01jERLH5U+2Pqy5BXvzmO9YnNr8jj3fbguafqr0Locij1I63LyWN9p5CkcxnrkkXvU'
    'JvkFfU9+QSkFr7YVe6wfkWtwksW1eL5cm41RG0fIJo/Fd9D61aX1Z6XJPbPUtXVIXtaA5RHRnAyeQ1AXfMSlAuRZG/xYOaH4fx2y'
    '57qfIj+fcTraHEzW6lvmw3EhOB52RcjNXYqQIbzHoVXnlfIkrX7JdwuwH1/MwddZRM458sKCo3FevEDz8yvKejeV+JlUw8v5oBfg'
    '+/3AfFcdv+Y53wWQa/sQZ/CSO5+y7n9r7JRidZfJGQCBXMOush8rnpzZUDxqAOPYa1skL6FBcub2U+osFv8oxyvbAr1uScqB24/I'
    'n+LzRb1tS9A5eOzSR5syjHCs8oppTovefM9uGXWPUPw0zTpafRrWeDRfb01/z3vt0qxDrO5uoU8ox5vSp0bi0V2WCyjZpdgPhtaf'
    '77N9VSE+hTYcXh/ZUop1SZMDFmOT8t4yWg35fmC/VjxxQW7jot/vckSchPdiqzF/VRfG+4c1SEzGF8Phfrou+3sL7D2r9tmzuF+7'
    'YvC/dcDWG4z361xzP6MeY91bsf1cNJunCJ4O9YVZVOwJqc4d7Ys8Y9O3wY4LlPi1X4B88Eyy9EWlOuAxGNVRWut7SgLvbbicyI8L'
    '78XgQd2CUQ1g1nWj2H9abUAb/DXgTY981mrmQ/wQwghMwwu0B1mb+DU5Ll0edTE+zOTSIfFYUWuM6/Upt14X2ZV2vaT6AKnWcZ/k'
    'rRYZL8iiC+e1ftZaBms95b6QF8Rz0s+4eBzPSafr6auTLJKuaeoNKT4Nt+EG4Md92w343V4lfqhN8GPx8xjOvhDT4/kl3I+u+c37'
    'nn0r+ak+435GPZPHAK1rzWtiaa44/zuP/5Vh+v+K5jVLbWsH/Dj5g0BM2YfrsOF0BTDqoCEZpPXHkXLqb7ufLzqbjNexpuGpPok9'
    '1sk5kactPQu8Eeo3R88D6gvWdEbqy8+q42vjD/Vgk9bd2rMmpu9MKcc9X0QPEl5Xd8XR6xS7QvSiPQEeQvbePHnQRcOjf+iZ/1vu'
    '5+ccLc65K+38pykz8pIfedDzSZcrbbdP3mRXkXzSUOwQxFnoMTuyRXzF9Nlon2g49vhzfwp8Ocs61qztg0ak3RWLn9cCP14YHzev'
    '34jtGSDV3OD+etPtrw128f0V6uWu7S+pXrZInrXwXZZ+8Wn4zlLLy/P2Etv7eSHviOIqU8whKk+4T4WuR15yxELnOvhxezT+DPlD'
    'JDpvOD0Cx0yx3GhsEvHyFxRff1nIA7HYXBJ2pDUX6LMF5ALdyCGPh2KEdsGPOdsEf++kViBnJpQPzvm+T2RQW7AZQud83mdoKcO+'
    '6Ctyp22wJ7Kee7F+XKyFR3mDPh8p974Pk71ffL6iaeo+lnXaVnLLtH5k1nz8Pth6yKTxIYV6WPL1pD2Ed4ke22I5RKjPbhr9Nz0n'
    'u7pMJ8fn9WdMb7XwQ1NZp11Fn2tBuG8Zfd9mzn4mX9+YUE401xOvEHv9VY+/oiXkntUhe7/qGPkaortGrzz7Sb8A/pz1JvhrH/LA'
    '5MY847fZ+vP+81quThniejZdhXz6fZdBzlGmfegkHQJ59LzLk3jKo48Hj36H5CMUwaOIoX19xvmZ1tBOe+9Yc0+5T6sG4z2xMUY/'
    'zdzTkH+kBv7e1B2FD3op4hu05ySVK1WIz60uFUSnPSX/o67wUJpc5luOXqfZxellwe6U7Le8+CuN/z4PzMwYv6RE3+dgvIZPy9OQ'
    '+nJS262I/WjtqSnZUxLWpWQHrXlyWTitrLE2SqsusVs5vnIsX5VyoF0X/Bi+PhzApDZ1zv3+MrnvrONZrPecd/7gmHHS+qMQJuYd'
    '9/kJ9/kG+9T8s2lqhpIzbq50gE8SY4uHsKbLkK6+Iet5rtmeoR5K/+Oj628yGgxBxpduKnRuQLr+TT9LfLB0Dyd/+zzxT/YVne+e'
    'R59cdnxk7Q91DYrrD0Ux92JkeR69pai/9ktOz6XfHQb2TihnAdf8bIqxhWoIp9Gzy4cXg/Jw3tnJlvoRrMXA+o+85B6t/8B378J4'
    'LYmlhqQCMlbRdung+/jctBhh1r9JY8MxbcFkTQ79/302F8u86yDX+dTZJ62lSTtPCUdIm69UM9QT1jlZox8/un6frf2Q0ADX04Jp'
    'Re+R5LdlPHX3fVoPhfL715xMsGIpVd3nPZjE6KJ8+kUyvjpbS1qThdiVVxm9sqwrfdcWo91NIw9S7EorRlKbzVfDTqK8tA2TNWHa'
    'M3zjWHb3fofdP0whe2qe9aL8dzHFHM4xH1eopg3P/FnkD9/ZZI2D7sOovzb6Fxow3i/ZlyOQJm8wb3/EPsj1a9z/0AB/3+G0eQZS'
    'XiL2Np1nV9vtiRbJB0Nsfisdhko8h8eRaA8KHyY9H08aH0kpw3jT+C3W3HyOs4vPJ0Rbyzgler7K4li079rQ3UP7jPO45y6M91Kq'
    'wGQ/mqLikkM2L63fdiiumKV+ULIDtVjDPvG9zwu+Mcx9WfD4chAbecMQ10hjf112fnfLs/PGeZV8HlI+EqW1b348N1cbb8MjH332'
    '0vvuojrLkJ2vVfDjV3aI7kl/X+T5XIQuP02s2RV3n2UelJYVw/tabN1wfR6Aji8t4SY0FN2N22UDQfejf2+xcdQEW5B/PzTHXcN3'
    'eB+I5Ix6hl1tN/86iXNViG84dM7S/foA4jHt6BmK+FLr7Az9ExivtWsYz5Y/AX+9WcPJoWPMx0f7ybaFvClN3qXNmaLjtOAxUnpk'
    '6fdopVea3o8Uj/F5GOExdpRcBC1njNZuSGcZ1v4veGImy46/Fg3xlWXGE9p6b7hzlu6DND0vqL+vpeShNgRddU3xM3cDua2WfD3K'
    'gyW3HzcID+Iaok65I+jo5Uge5GvP9cAdow6EPHNG0feqjC5DRocdRad6kzyzo6zjfYjrgU31tK2ADzq0jg1F9tQDetAlJnfRFuuQ'
    'OHYb9LqHcgrdv6PIyzak6xeGa76u8MQgkMPTYPrmFRL7iMlp4rpqFfw9aHaUZ2i6KtYTcoymkB6wFeHH1nSSon1N3J/cYboT16H2'
    'wIYBNUdo+eNH/+Zd7uCTRsNlcu4eJ/xynMydYjj5+OzjQKt/Cgd1/Y8jbyfj/10Wo/Ot9TmSf5L8DfFqn3H8gmt+3Ok9y0627rHn'
    'W54xT2RUT4mLNAz8cV+wuZJxfeBirNLzB8x+7zE79ybz/1cE+23ZxTat8aQbBcWMTnviVEsR8SSqt94N7PujH4N9/1eP+b7/52T8'
    '3C8lPU/zU6SNlcf6KdqM/r+vnFFHlTPq33t0/c4MyqHqFOTQlyPk0GcKkkOzHm9EuSbxgSTrsP/5SaenYyyM9gvm8RFffMnX19cX'
    's9iAEb5kScl77MMkxuUa2HvF4pxfdPtrmV2+OWPc7UP3HbQDa4p/KTaOmoZmkr37IXsOtyUleqy4n084GXHMXR0WTy4bxn/fE69K'
    '1vg9JpNC8aUyjPr+LSq517xG+2WY7Ami1XNfEr4rjZ3nAGrjbSr30rrxDae3UTqsB+oWeoG4Hb7nHRjVtFv2T3LPKzCJOxrTU4LX'
    '3Z+FfHBzNfpJfM7zDyog96bAPOk5gb9j+TqUExgzRuwreILwGI0XYO72RsR+s46BnmtZeUDK7Zf23hqTZ1J836ebnyC+6Q2mA9wP'
    'xCc/ZGd/h+kbSJO3ne1TRLyN4/dl1T/XmF40FHRrX8/XY6D0fP37R0SZXyQv3oBRjVwWXrTwF8UAsY5P40mkYZE8+VrBMeAQ/yC9'
    'YsbM6aXF8rg8RtwB2lerHpG3ZuFN7ovWct1p/piGX92FUW+wCskjGjAdSsJn2HX3t2CETUZxE7NiAMbopZIezfWP3UBMIbaPeRP8'
    'dUANCOP0auv1N9x63WAXXS9J56f4lU22friuezDCodsh69knz2uDXFdbJTxeI/fz2vXH5Z+Pb6z2TIxenUd/BEk38eG1hOqQrTGu'
    'siGeFqpLjsHkqRN50sxRnkDGXI8QPk5d2e9Nz37X+joeNoZRaYp0y4IrdNvR7wy70tJPwt/EPktFy6Fp0dWKO0l7H1H/y1Hid8Gr'
    'C+M46tuG+Wr+jm0hx2HF2eqY44A9gLswXlPQBr3/Sqw+0VTWR8MoD/VWOW/UL9LgLHH7gPNSTzhjJH33Vbe+6+yi+l6F7BPcHzEY'
    '2kXtnxb4e3c1YHr42kjPn3H0vMIuHz1rhI41pqtRvLO6uyhOQF/Q62pE7+NYwbOoj8WuY01Zt1pAj9LwzbLWxPfBjx/QgzA+Efd3'
    'H3fxESpveX/AEF19vfBo3uS+kEvbBD9uNvcNHic2Ps1nRH/McsTY6JjK5N4ee8Zd9n+KM8d94tq9A3b2bgb8KDhP7MGWR689Ok8a'
    'N6Rjpe+pkf/TefruHTC/jDbPFRJzOy3wX8cQb+Fr3FHiLbxHSEhPsfQI2Q7kAEoYYKHYmzR3lKtdchZWYLKvVxZ/h5WWkmzpKmdd'
    'BcI9tpAe50i+KcbyFwSbYxNG/bW2I/JMLf1oNsHfGwl5aTHg1x/AJP7cOvjrzLoB3Qrj7rSfXV05y3YUut9X5C1/B9+nuDZLbn2e'
    'pLWhdOkIuvFx55Ol9TJIi8/AqF4mRIuiaXDBrQ3K/CUnV89gLOPRoXLkPfh+SEZk5fNFA00xtoF58z8Cf43nJvset12Qb8+QfRZ6'
    'Zmh8R8gZzNdfqpfqMr9mj/iXWinXf6jIgqZgM3Kbds3JCWrT4jlyn5wbiM9H+3qk1a3zwEunNu2qEtsaenI5qM36yyR+tq34YzUc'
    'wNh3fYq8i9+jYT712TP5+laVdyV1U5eVuCD37zYM/hfJf9MV4hwxMSzktw7x3VRhhHkY63eV+Kyj6GFVJT9G8pGeg/FaQ3q29Uh8'
    'qkNs3VbKs62n+GY6ii3XYvsh1v9C+ypqe7EVoatJ6+/zMYfoR+VQK4VOCznxT8w65EVLqc5qTZDX2M9ph9Cz5n6fhkYSHXiPoR2F'
    'TjX2fTqfJWKDVsjfQeHhlhLv5JgJS0Sn8OUlaDkdR0meE15dJ+eqytlMadQX4lncH4EYKpo/YgFkTHrcpz4cA19fIwuOAcV3WWC2'
    '/QDGsZcwZ03KXZbyNiyYTz4/zlGytmno9hqxhdLQTYqv8d7eiG/Fx4E5b8eIb+s2sQ2OuXuT373r5hRap0XjOiXPeyHndaK5L1g7'
    '0oZw3cFZwTeVJ33ec7R5ll1domt3ib+EYylrOLd9opO0WLxB833H5o/EfM8ir4eKf7Gj5BiEemVYcXf7in7VCsQ+Ynzd3CeIOarI'
    'PzTffOiJ9fhyv+n/QzmrA+V8asAkNgX6RdBfi2PtEF9dObDGlpw7n23eMPg5cB0+UnR8Hnv4SJgr5ptOa67Ud8bxJrgt1vDkrCVj'
    'fp346GOehbXfi8Zcymno3bgei+5901yPWB0uOUNeUvKROA01e5zLmKy8IPVTkXDTNXoivkqNnDdN91nJKO9j1sNCCx7ToPjRodwq'
    'bf6bLEbBc1tiMeSLoMtmII6RJgaUll/67vc0d6hCvjNNumjYMFxXroBep6Hlcmjz/xGMYw32iW+8B5O9MPK0/dPSKeRD7iuxiB7Y'
    'emO0BZtojujL/3973xoc13kd9i0eBF8gSPAFUjS5kig+bJEBKcGiSPEpW5YsWrItWbFr+bHAAuASwC60uwAIOFGUOE5Su46opM50'
    'Om47STyuG3eSNrGTkaaPH/Ej7p/EbuNOZ5LaqpOM3aTNjO04ndiJupd7ju/Zs+d8j3vvLkBanLmz4O693/2+853vvB/PEDw2jPb6'
    'xugPBvAtTTfBOeH7Q2LeaU56aE7GBtOak0HXPZcCJrT3UKfzKnxyJEJheodZ3dwHLXd2O+h0aG/gtABrjuYzOKu8PijKxSE5V66c'
    'CNf5nrTE5iJs3g508hC7qixuLU9i3PD7vOC3ofFvNUFnLQk21IJpreNrq+maJo630zFcVePu3yDF2hWMvbeRy3bEY/RqnvpuyUO2'
    'l2Iy8yZ97VqXf4bj3zES70V7U2W5P8cC9Abqn+klfhm8+PyTzt1n3iHzRZ61ntgvqV0GedbODN/Nfd91JY4nr/C8srH3q0aehWsa'
    'AP8jtT9KdWayrllK18nr3xxh6+S8kdYcWQ70F1ThTJcVGin5k8tG7ys7DHwS30njZjHHapHolceI/XIK4uzyGdHSkHrJdH3HFNvh'
    'FIt5zBu5j5Ikb3E85r3UphzxMCWH7IV1K0fA70ZpoQR/Lda/E/B1xffvMNnUEuA6wZwnDKUamhpfLSj2Zq1fFY1pc9EuLhfyWN4Z'
    'IaZEwoWDBBf2kvhLX1yg9ZBnTfpa+FnjjG9NiVtlP9eT/TwEf+eIPxHnHa338VfhHAznIYDbW16Vwb1lcFfN1kNEhhow7XXmQ+uR'
    'Je1JFmpD4DjN5T9bvzObvIi5Cfs95TtqL/HNgZhhNg0Jz+fIfbb+TlKNfw0O857+etoLwbfentT/zUeedt1TMatfm9EVf6DJeLvB'
    '5yTJeJjbWWL2lKxkvJAeKbYclTQ5Y8MO2xbNU6Oxtq78Q80/KeV4Sb0Qphy8UorRxD3d++qeivfaesdKuttpxb9eUnjihLHnkyDt'
    'frNJX+P8ftNer72k8NxxC+4MAX/dqfi8tLybssNvTPP80tZvp/ro0VfxOnO83mbkePwZI+fKLzGa9rxAF8vGvyd2NMazJu7lsODA'
    'Md9efjb8xx6XmxR8570mniJrLBt7TYcFwR8SjfFGcs5c9QemjD2/AuE2SuCm9U9x5UyH1EzhcbhJ/IJaXEkO7H17FJuf7Yxj/6Uk'
    '/plO0gCpnxPdD2rzy1twA2npFiWW/DB87snH66hbbFNDnjgzz8YaIfNdUuzjUkz6ktHrjLjk05GbiOYnifuiNUN8eh5pe5pV/J8t'
    'zl7LK3Xx8HeCz+Aou3z301VrA7+7alpra6Bv4DQZZ4LYLekYWda8yhEY2L7rhN83K7qVthZHlnJKt/gbtz8hnq5Gf0eb3SLrvvXS'
    '+my17aV+jqeVeU847HRJ51sU4OcL6yKL6cyBLBX1RMCYzixoUxa0Y62cbaw3gT1ytN4Rtjo8vnW38gH6g0RzpgiceJ94KjcdI8/T'
    '+Y/B5z3wedK05uOcgO+MyS6n4wjRcw+Q2OJQGZj3IM2vYR4T0utU8hFlpUedzEAPpvnmNpk/5Dz49A6V5K2HQN7Ks8sXlzAebo7E'
    '3dF6ZrwmMR23ArZplKNWTLb1Q200s3cVcJjbAecUX19SmqjNt8J8alyuWbHIN1oegy9+LMD/ZwguLGUYj96JfUpyrnn9g60QY0Lj'
    '61zw6uZ6dwN9pLzsMMG7YcUOMKXYb+qKPUyKP+I1leuOuADN9ztCdP/bbiFYp7WZUTsBh6nLzuZDh2wx+lwvOg4yYLf1oqS6jK2n'
    'mNabnvrt5017vrgtdlKaO815lPSoOSPXLuSxAFXFJ0/Xz+dZFcbkcrGrHyzqePQ51APWMVyi+QVYb2svyM+oP/SQ33H842T8nOf4'
    '0n4XPPzo1G+Pa5PwfHQV9P8ke4N7vwS4u9kTFrTOqIQ7kxY8S2szwHHGCU77xMXwM1NxxJ8kjd3xqQlB5yXVlXDlQkp8rcZk5zQ5'
    'B2n4X80hU4bE/O8nuLoN8HMzWf+Uieus0doUPIY0i/VOOfx+xYDYRVeNhCkj1wmaM+4a+i7Y0Lr5mEc6a+J61fR31OW6ZX8OhbFW'
    'K7+u2IBmPJ+31aTYA/dhXQAN3lmtW8KVGsMbat/Q1hTqt7PVQ/X1py8bvSeL5pPS+jWWTHv9oE3sPVJ9R14TW6oXr8m9c0znCYlV'
    '5e/1zaWgeuMeQZfR/FX5FOcu1M+CezXAdIllIZanaOSaMdIZ1HBir8VvjDB15W646i9S33NorUaU/U5bdJys5RweHzuZsQxi66dd'
    'DZjLavrBiqa9d7OvTEftxzY/xqCRZWpp31Cvid79NMQn3LA/5np+pP+BZngDFP/wyisDMuX6oYfruSTyxl7ic8I9HAA+cgz0tvVw'
    'ng3TMyXacpz8FqJ7Rv9/N4zdA89vJc8fJnzjxr8LTXg8a7FjbwM8isZ5j0CXdnWALq3GmY4+HyDnaMTEvXcR9huILPQAfJ4TfI7U'
    'hnDOyL0w7jLtveEM4M3rMuCl2AvbgI24h8wpC3vjEODDXSliLX38CqFzOmXcPT2kvN8hiK047Hh2SohforDe2CFY2/qN3AV4M5aB'
    'HUTDm26fy2jNH4DYct8cqUXTnvPienY1aU+0xkvG3ZulatprfA5BPMAJx7NT7P02fF2N9XO83g/8ZjO7qsT2VDBx3Xsthi4LmwGv'
    '97ecIgYM13cc1reDXdr6JFtb3rTXsps07j7DWdtUXPDxscdlVR/QVeNMgy+PHZD6RNZNuj7GuYzh6vLR+/aPrBt3rX3a72m/iWu7'
    'SvBMsz5bHSjqq6V+zN1EXsuliMscZraY0ByE6B1v9tgbakvLYo+wJ8s2k65P5B6ApU8PRF6X0RbfwXN06Xuy7Ath61MW1Yy48Cre'
    'ijCj+TrdoCmueH4fGz3da9RvaSxli3771h+qZSpdpntyJ/mexkhouKrBJC/ESNQYvOpsjDxb27DneUzak9TWKzi0Jh/fR61uRdWD'
    'z2wjvvm1dF5D4NFtHvBjGfCAiLfvS8EDBgW78ArZG196jedlLe1/UlrF/S5DYEvifhe6tiT1q0JkSFtdnN2CzdmnTs4wPLuLPav5'
    'Cx9gds8IJjuIrQztZnx83zOYhidS32Sn+nJr+YXDwB95fiH6yussvnDSpM8vnFPiJTW+MqnQMpetsqT4z4vMR0djOTWb4ssOm2LF'
    'Aeft8B4JzqUOw7mUMZx57mOByeManEeNnreQTwhvm1+/psSL83dPBO7pDnJ2XkN8x3RPKwH7aNu7imOPNil8kudHUB92zdh7XfJY'
    'Z1v+9IRChzQ5+gkiNxQdMu68MkZkv7zd2HsWJM0tcPW4kXorduIdGt+02eX3wnlIEyeYlY9ZGsuV94hjSP7Jw8ReXFdifa855uh6'
    'd9341UNO22Pbdfaz6JONNGoX4CmnUVhzvUS+0/TVnhQ6l0+8l5RHULDIVzWFHy0I78dacTsV3jehxHjNO/QfKQZr1sh5HZQWaLyo'
    '7PCzunpDYl84etFc3JJpze9HfC0kiCm10bSSQwbm66HyLK4HY0f3wt+DcNH1YC/QRWI7P27iXGT8f4iNPOexPt6XSYsVPK7IQvR3'
    'Ce+pP2I4wJ9r68Mt7YHLbuCTNyrtF8Yt+O4X9nipB+xXLgAfQ/erauT+aMdJ3JQR4qa2MDuey8aZtc37BNhkfPoV8bUnnWNSO6BL'
    'N91F5OvbTdw7neMT9nWccPCvEDzhPGQiAS+7TbFJcNle68tYUPZe6n+OvHGPck4LSmxMSbHZaLXCdgs89JqiBy4oZ8jXJhHpyocE'
    'masOfy+T2P6SEtcf6v+sO2K9bX0eJTtRRTg7PB8yq3pFYyau0xCqi/jUMwrplSb1iqC/u/RUjhN5kG0G2eWLExUip/viRydxRcMN'
    'KcbxPODJvcae01m1xFT79NSgY6KutuCha/GaNjyui/8/2t8NjXd/rEvroc+WBf3XFoPFa/dcccSPumLKpd4i9Pcr5HkfPVUae0qJ'
    'sZPmQv8/a+Q6ztPKGkN6iC0I8JXqXWt9qG31phGn6qY9R5j2IksDZ998a17Xe1FZ77hyXsopYZ20prsP3ibBldCz6sod2m7ac4fq'
    'RAYsG3vuUC6Qti8oMrLEF33sFxJv1mxdNM9nRZHZKwRObwAeeYBdPnCS+pPw+DQe7zhv2nO1rhC9bjIwHi2rfzZbVZJ99fVFhvjt'
    'fPIVbfO5ouDDpKA/bQJbO9efqA5es/gofPRsV09E7q/YYPT+V0OAy1rdbPycMe19aVEO3mTcNYkwhm27h0zqMxbVjVxj5T3H5LTQ'
    'ZeOT9vSYsfcjC9WRfPf6mHH3ONsMf68D3OyFqwo8acIyH17bTss9p/4xqZ4dfg5BDO8m9tsp5d7bCR5r94x4vPuEac/V1N59wtj7'
    'Ga0HXdnWz2izac/ZX0d49CiJGXmdiXuJ0fux1x29H//m9QHvJ3GY9Iy4egL51g229R/caFp75mwm8otr7WOw9iMZrR19hT59YrLu'
    'gxiS60B1ZR4TNAu/V4Deponlryh2RVf/LI0fzJvW3oyY7zZM4zLh35GePnF+A2Bz0vKwKO+aEGwoQyauiybFz80KfqMJtt5ZIX55'
    'ksQvl4T4zTQ9NB4zce5Zln6pLOYWzesuxc68qMSdaTGyeZM+t9GVDzdMcEjLjUIckuwmHIcojaib1r7am4RxykbuvT0EcNln/HKq'
    'JF2V63y8Rxa38TwB/JTey/VFXidswiTrN5XFfBHXpJwxXkuAjz1v/GoEhORD2nBtN/Hnv4O9a0GAcVK7gKsGwoRiL/Sx32h2qdWs'
    'UYW6xyUYK3eLrlOyG9aVfABX3a6aievdVk1rf3qUFdA2UAIcu5JCv7fF9FWNux6LFG/Ic3+myffcL4XrRr+UtP4isZnUPGM4cwnW'
    'V1TsCzUlPjCkXsxVo9eLtdnpthCZawPRQyeI/QljXZcDY819Y354rOuykXuTcB22KsCb6y2LiswzGxCfJcFPyx+tkXgdCa/q5Gzh'
    'd/yZSaIL+sTA8DgLrCnd59iPcgBeuuphST2lfGIZXDqOBE/J/lkw4fncuUC4+NoVC4LtBPcC1+XLF8qK7yopP/KprUnpJv69jejS'
    'fE98zj6FadLcminPmEYtXnBZiLWMaMtBEmupncV8AnrniuFBP0TW/fakvNEkPQtQP1qt/gDPEj16zhGnEjr2tMm+H8PbQe7ygZVv'
    'L7Qkaxsl9vgrDppO155VjLwWv+eKV9JyNkbAtnmrnVHfPDUpTlSL66O+y5rx6/Eg4UbSd2ZRx4jv/75bkEavVs520j7NlF/uvAX3'
    'wqeXtk2GuGOVYXKexTJvzwA2WOtsWwoZAv1quxwxuTR+wkfO5jUQ6JrT2ozvzaWvPXFnLnlu8Y5c+l7bvbn0/Y2/bdL3l3qZxNWH'
    'nLGk9Cp65+dM53OzPw1nI2Rd3aTb0Rx/xjQLlWqyBa1dkhRHpkx6XH0H+B98amKkrV9xn0Abk8T3DIFMMhgIL2qbyqquB/UbSX9L'
    'OdC3rTK/Os741U5PfWVcibPnPGcX8dmWFN4m9XouKPfyejsU16mfuSDgPPchV5R7aO7hrEXHc8low2D/Xs39DanBMaDYXDeQ30qK'
    'PTaNvkJtyz60awjgqj2j7T3FM00WWA7EAR47sRHOEI+duGAeVmMnTnZpjzvJh+eJfGHrWWLrzRwiG6Ov/EAK2KV5971Au5OsN0R+'
    '53X4Qus02+Zm85VvJPrlxYR2cs1/ynXHpHUHKG775KlI+Q30/iUlnuCXYR405p/3RJP2utP9t4dgDccz3p9uzPuckEfhC9O0dTZo'
    '/bSs6lDb1mCTAVEvX00Z4S4mA/rKYrs7IC9y+S6NDQFhfRJ8mrvYZYO1rR829RljzaJ54ptPm4eR9R4ntRnZfMtaPnZdsM9p/YJt'
    '8Od++XkT95Se8/DNS/74TsDV5XufV2z/cxYf/CmA1x52+cIL+ysXSEzyFdNev2TCxPV3fGtlZ5GL1Al4a7n7nay/gPt1L+zXbnbZ'
    '9kuqY45xUMfgvfPk+4qJ81Q62Qs97f741iXmdP0Yg/e8sdfyXcx4P+ZNXGcFzwbGWU3BfbSn/RKJXZtZw/sxr/iCS0JMhk1v0HyX'
    'S0qs3UyCmCK6H1J8YChdSgM3n1hCV36Ztr6QtWW1rpD1rDdxHsg6kJWqJK7LVk/MNg+sfezq9zMu8NAhIiOG9vvhNRy1Z2tG7jNk'
    'y11YB/DYkZEOFr3vfhPnUGl9YsY93odwu8u4e9ZIfWfQfmubi2sOvAeOBss08XgYg+8bW477e9zI+RTUrof5wJj/h/nA/GyH1oH2'
    'OTu2nC6qp1UtssoQ+MS3e8Z0Tyl6HMY00Rr5SXMN80auS+OCKdZdRLmp0EF+6sqn47GOUv0vrutvBl7Bdf2qac1BTqLrVx0+UNT1'
    'DzBbsZa7xn2l00rMeIjvdDhhHPlB4+7tMK74YNH+QvtYuPy3Wi1M37xy276Om7g3tK+tIJdy3yl8eLwE1dMfgvXk2WVbD9pJJon+'
    '6VsDQ4shnyI6z1xGtpOs5W9fuGcVqxvqIw+NlffpM78L8GM9uzh+TLE9zQK+tjPLefV2oBna/EoEF/MZza+k7Euoj243xEZQe+xu'
    'Y8/bqTpsGlLtwyHw191mOl9nUYoR63TNxQPGv1dSVu/k/OEgnJchdrnwEXXCKcIr0vSy68kIj9P2VXHlamnwoPbMRUZbCrAfsx42'
    'gk7QfRe8OoHfUg+eCI7YgwdrVq84aJxUe3pFoV9DjH6F9IocNtn1i8yT2Jo80x34mrWem765pS4ZzAazJOtNG/e/G3RfyjuGFHn+'
    'mtFzYnlfFy5DXFP2foH9X6P9ofojld2TzEWize8EWnSUXUnwiPpX8kbvATtFbH70Oeq7Qdo/Ad/Pwyf13WTlTzQdHKtb58R1LpL0'
    'tXXV6fXNv80yB2cX8w9S2XYG3rUCclcZvisE7tMMm/cKk+V4zHkB4vAwh2A/2DqOm/a63rxP2VVFH5L4xjyzd+Ezl3LtvJX3Naoq'
    'uDfvGEuzYxSMnsffa+L8fZrHj/WflpjOvGT8+51QGGkxeZrOSXMBpB5mtLdWDc5HHWCUF/zI+YR0wNZL08dnmyTeMYtel4jP+0Cv'
    'wB7gPrCy+dxpz5u8yf5flrC/VfqWbiE2gqgPBc2lx1qPxx1yX5n9H/tboDyO/S1aetvmX4nIg/mHV14Z0Hir1PuEyzsrFrpEz3qN'
    'jTch2HUk+PP7ywB/H19uBZ6bMXHt3DzR7apE/kmDy658Fi1f22ZnpjpVL9GlqE6Fcx83ek1QaZ5Vwa+J78O6k8jPe+DCmCdp/fPG'
    'XodRqum43tNf6DPuFhPXNaEXj9Oy7aEUF8XnjeP6zJvGb84J530DwDqrudpqp4b627cQPX7LKsyR+3jKCi1fsKxhB+DEALv4GjDu'
    'YT7gvGsxdBy28562ajqfK4Rnu+rW5DznZevpQms99bKztk6JdVxOCac5wdezgeDZgICzxoTVwKI6uuZTtPVQtcUG9JnW/KQk9IDO'
    '0VZbsa7EGWhzpOd1u2nP+1mfXy/uWwhso1qjd6aAbZZ1PF9n4nxbX99S2jmH5m3b8Gh7Bnj0TtiPpHiUZa1L7F+UthZV2nUUhft8'
    'azxq+0Zp1Iigz4SeI9rrac7Y6y4UGE+czBinO1VPF2GVFsejOhZnTXuvkaQ5P/Qd08avLmq3z5IN//IZ4N8bG9eDGeFfGvyx+ad8'
    '42IXlDWXFFunq44jxd98Bvg7wb7rBv6mwT86zoLxz9VzzXnBE4YuWj1hwmpLu2Sl9YKs1HMhvaxEYx3LCo3WYv9qzJ9PYx0Ljjiq'
    'SQ+8Xp8BXp+AuAYp37UcGD/rcy/WVR9m8xkPwC8NNusJPmhx5r777hNXXjTJ48pryrPbEjy76IEr6zLAlYeNO468aPzjyO8Fv0qS'
    'WHDfd9zWwXdocKe5uK9RbBcrxF4fEp87r9hvS0L8tRSfy/nxrBInklfs8LWA54cVmaRg/OpF075qdxD/0gHTWvd8Ht6B/hDa/2ye'
    'xPXUAV5pfCPSXkwqsorWH2ze2GtVrzjiNkoOHyelc4tGzteaJWdwp/HL8cH1fI+tY4rZXWis3A+MnK/teoeGE5I+pMkGaKfdKthA'
    'pxQ8kPZ3ysh1y7V95nViHjTh9TZ865ffTWIuO1mvjPOmkDxAW3/praAXUn8x3R8av4L+kmLK8zrlGVfBbexFFp9wRIlPoDG2afUb'
    '+twQ2BvS1na7w4TnTND4LVfOD7fjlR24MEzgt1uwXWP/ilkH7ZbgW1HwlJ9ljb9OGL2/YNHhJ55Q4FU1em2oJH5sHjM7K8SyU3q4'
    'mdHDGoNtToFpzQHDJLgU2odskp0Hjks2Pw3meFXh7zqsJdRPU1di1utKnHxNwPXNcI4prtdJHHIIrtcVeznfpyFj75ku5ajx+CeX'
    'fYfTHI0nueyPe2EfN7KrBnOgtQwmCR674tpzFvxeMPZaAZptTYoLOQTz38ou1/x5DM8sieesB6zLJ9446Xpd9Ux96tvZ4iIWSFzE'
    'rAf+LyhxEbNG7kW4QbAVXejRbUU7PXm5K2ed1hflcdScDq4oci6lnSXFv671BVz0tC0hjLBHRFY2QZ+cdYTRcRPnmGu1sFaEMan+'
    '4dtvrWDC+94tOmxRTwN+v45dNRIbME90Vjz3CyR2uwj/5728pBjxMtFxF0xrD7AKkaf5cxOE3tSVuHAfurLa/7KWtSV/8YLx62vm'
    'G0ceEhdDn6soeozrfUl8jD7xJcsEZwoQd++zT8vKPGguhk+coPT+TsQJ+sw3aZwgzekfZjbDZcL/sT5c3nEGpXlrtYbnHPYmWy2+'
    'YSPnBfnWMs8n0B9obFDS/H1Or98K+HUXu2zw981L53UnyiSeldd9ypu4JhTKhAV4dpLpKqtBeyU5M5cC3zqRq+6qtVFW4ntttack'
    '+0aor70mnPctzEeANIzqgT555RI90vRBnou5R/ERLGS0bkonuK1Zy9HSdA4uw95NdNO6Qgt4bsK0kXPPJbmd0xv87VuKvajm6cfV'
    '7BSUxqAdNLT2gSv33qf2wUHib9lN/Nd8fki70K6C88RadzTXOq1818maAlpuNe0BoOXpU50s65z/c/B3ZLONahrugyt0H7Be3BST'
    'i2ifXJu+0S3e0s395vr5lEMO0WKekugHEt1dUPjTNcXO4BOTNezwAy4ItJ37aHZCDCDa4Fy4t2zCc/rS7jXvLbzBtNfeo3Zj6sua'
    'VXwFM4KdTLLXJ60BhXB+DHjBQXb5wpnzCK7/01rTSIvnTHt9kBrxsyyY9pzC1f6X6zDeJN1HqZ5w2aHrz3nGYdYc59bms3XZon3x'
    'C/ONaS5eFjWDO7F/IT2qED6vB/iMsCsUPhV4D9r3XWezGzaxTsPXRiuzoo8YNz1A4krGyPrQTn/WYc8qGHsMvavnQJp6MzY7nXbm'
    'ryhnv0hs4zsZPDDf9j7l/6Ngb+kHHSR67hTAkOs6vmOOkbFtfoUBouu+ydhj8QvGHpt/xfj1PKfP4DuuMXv/pOCDsMVT19kcfHuY'
    '0GfQhzHL/B43y56OmNY6tuhTqxP9Yo74MiqWmCtf2sX76NU87OK0t2CS2lu8x5tvnPYi8JRT7OL+F+QvvGYltSVWiB5dZ36cAvlu'
    'mdyL96AuSPU8qtchLyqQ2EnUBV11OLGOkY9/OlTGyzGYhviechnLmdzO6fKzTJqwfEbNvqn1pa87+ElBuW9ZGTev2M9Knnys4pBh'
    'C0q8JNef09Y05fzZFn/wfvh7DK5jcN0s55PW+LoZz9yr5yj7c6T1At6uxCvWPGySVN7sZOxJHfjlfey6Gc8j7a2DtfmyqjW/1nil'
    'Lc7s1fPd+fNt62HEc21DegygzoZxS1zvSdtjs5t5tEl0xXFFN6R2PZ/4MpveyOf5jGnN150U/i+NVyGf9Hfej7RM4ER76eVAn9tj'
    '4l56Ui1RW1xCHvznhQzlEo2OaOcgbQ68rT8l1SN9ekq7+GfW9RoOEj9hVC+O+mv5PtIa4FrfhXIX923BoZ/76gllsIPgmTwMn3vy'
    '7XPSbH6LCm7QvMYRsHvQ2nwDYHs5BraU9bAvVG9Mw8c4Xd4C7x4g9CRr+uybiy31++U9dX1sY679c9kBeVwu7z9M928D2z/Mpx8U'
    '9kyKEea1RRaMXN8Ja8SsA98p74GM34+A/Q7X2QNzWCuw1PKcpRptSHOqRN6tK/ErOYfMWFVklboQs7KD+a7pfEqCLyckpqrk6Udx'
    'xVRpMnBZkS0nGc8qCDFV2x3xAiXFx0PpKbcTc15ZUWLM+BhaHi72pca8M9yTOcUXJsGe8ndXLUItnwz3Zxt7dt7Yc2crltgKCnca'
    'CxviH+L1QbS9S5o3xeGNfkteV95Xx3PtT2i9dI4vG01r3nYn8OWYJ77QHMclRabhcVxHCR4Ujb3eAc+320vOoaYjFh1jYP6OT60k'
    'rdY4h3mR2DcWPPHFF1eKik67IOCI1geHz5fOk9tueD/AUF9ACO658CvpPktnZhc7M7MWfUzLVbXxMS2HpOzQX1x9/FwxArReJ6eB'
    'kn/O1WtvC/FfDmUMs9WsQZ7l/tO+WmVFHqko++xbU4Lm018x9njsmnLfjLLXUu5zaH4K5cm++Skarm0ReFra/dnhsF346sRYC2ab'
    'hy1E88VFY9xJYF0KfHYHORelFOuQ4jN9+onZZCe6T5OEbyAPCYnncu2rpBdMG70eAu0r0WvifhJ48flL/YHQP1EyrXHhd5vWPqNZ'
    '+Pht8oEGD9+eOCH0cyusz9bXtM5spb3ERkptpbPG3q80aZ+5XMZ41Y3ehVI/uV0mzvGvk3hJtCu71mOrNUPjvbWaM5KMQP0sGt/Y'
    '5OGjip59yLT3N0uSH4Y1foYCfWT4LO1tPEn0nJAxqB2grtgOpoxeU4rCMuLvhwQ9XarFqNVx30XutfWV5fs85eDPtA/Ja+FsD7OL'
    '4+o4rHXayD3YtHzRrOKRfM7EuJH7MOSNXz+ykDxOn3w2Cr8p4iOqB/KGJD3mebziNrD5Uh2X06IC4GBIHkvaulhSb8weh61a8i9s'
    'Z3J71vpaTfBl1UyyejE1R7xwJLsc8PR1zilxw8sWfdZWI3yC2fWrRq7JLMUnDzvGLhu9jnNITWSbD4DjfbT2/cy2s9bwnttkQ3Q1'
    'rldz36wmP+cVfdWVN1E37TndFNb5NQxr6stOWkPwAdOeF1tg99BahdynOaPIo0vMPnCHRXYte9h1fWJCfXrIZN2Hk+POXtPae5nq'
    'ni7cCalrkhUOIRyknP408OAy3IRw7mz5CNsJz1yrdI7WZKa+BZ84CG6TcvVqygsyr9a/z1abuOSBw/eCDLibXT57ME7s8tQuYetb'
    'XDOd+ZfrwFkZV+z6naQpp2A/9rDLZz9oXbAy2QueE1wjcj36+7PUd7pFyzohJ0s6iqS3+vi1XPsl1bpKez6yhK+P7Zzjbx7gMcgu'
    'H3hcMXFfwNoaWD/P5ZxX1ot/DyVcb9I8rFyH10vlLUlmqwlxHFtAzoxw4DZ2+cAEbfNoe8V4h7XAY7rBc5LI9p3mSa+Fv/dCjIRm'
    'Z5P201UXLZ/hfmS5D2nswVRnGxD21TfWg8qfH2Dy5ybjztcYgnUMBsT2Rs+83/KMlH8RPfMEmZNr/IeFezW5+axpr4HNnykpzx4X'
    'dFlNTj+szPU1Ju7VkNXZ0t5F5f0BE/c7tPkAXDF14wzHrpm4V9KgQnO0Z+4QfPJSnQMOXy1OMSSWWtIf7wY+s51dvvp3t/hIJ/hE'
    'J+g82nARjlnZcCUbrE8vOZ+edJJN18fG+jDgzu3s8sEdWh8P/etXGO5gjegC8SkVmZ42x8YvpsC5XOD/u8lLpRp9UlzdFQeuunrg'
    'aHGJmt1kziN2KdTXOAfronmmUu5rkeBGYZVojORTt+2vluOp9T+iuYm2vAMKP6xlVswAPyXe5KqNXSf6+FVyNn3mwfXjqwJ++cTv'
    '0jpVKC8XiG4Uen61ulBchpXshj71tlzzzZvWfm40h+0IxJ/dC/LaPfA5CrpGp+xQWcNJip3X6BP33R+BT+zvfq9pre9zD/v/KHwe'
    'JfszCvuzk11Z7E+R2A07tSdraR+Kil3wqKeNA+vFlQlNK5NYkzm4b57sia8ckaS2Yy4DecHW66Cs0N2yEqMyx8abV/Y5a/nAVm9R'
    'iyNFXo614Wl+HLWvh9Abznd5TXQtf06yZ3NfZCS372PzLwuxi3mTrFawTZ7TapHkjV5TAXNwXXUKXXour/dK9U3f+pxavRNbnwWb'
    '/WWY2YDmmD59l3HXvN0n2Eok+yyvj1tUZN6CYo/Sej3iuDcTPg0a/1odHFdc/VakmjkS/LS4Y1/42Xx5WdlKs4R7Un8ctzFH9rZD'
    'RL9KAi/UqRBeWduYuwU3G86lpUmbFLtdgdHRbvTO9KnzSL/nOHM70NJQnMH6+uhj4vWf1jLOJO3hmHf4D0qM/9A4bq3GUlWIAZJw'
    'UNv7NDVgaB6BFju+n/DFJSP3qL6i8EUat8Pj6OuKrZvzAsTTHaAjhOKpVOt90fj1mFltPE0ie1Haxmt72HBQk7tKjKYNBshUfC/z'
    'ZC93E38/3Uupn5S0x1nvkW+vJZ89HQiQibQ4zD0m7qmtxepq9dPmjF+MJ62XT/dlK4FVGlt9GtuSa7+6Yf8egPMg6U+T5G9XrtQd'
    'BB+S0Guun2j5Q0VPmqr1FtT2G+OronWtGLkfQq5D+8nlIITtitHzWkfI3zuJfRjXNw7PzRAbdTlAP5DWMc7mM6P4Ryhe7gYc43iF'
    '6x1muMjjjrU+V39m5Fxajhd5E+e0jCs4xfdlRRmL8gVbvICEj5r9dYH49jRZU+INGFdbNO39pjvxL8s+4b4yA4+rLRp3L2vuq94A'
    'MuoA2Cykul68N8CsCesVfITs+8VckxZKPu26kfOPeO5Q0eJDd80L6fGBXOyTz2p93G+POWmuumV1FgNA4WB7FnNS0PY+lQAOd4N8'
    'TeFcMf65WVMe90wI6wvJ+aL0Ivr734EvIcmaJfzidfOSwIH21Yjm+PMWuGIOD7U70DoPx8h88PdO4Gk0z/eAv8xW329WOXcSnLR6'
    'slKdxCzWwXuoH4WxktCFTs1x2bh7xHSTBv/TNUKDq43vnr8FaPDTKWnw5ZuEBqMOg7FlFOYVduZn2d7MMR1Gwr15NlbVtNYVpTzg'
    'GzcBD3jpJuEB128xHvA0xHx0q956J2nLUXLmJJjRcZcVeIwAfzkC9lv6DKXvPrXdEQY2ftYDNLdb/Oyr69YGP/tM46aP3wL8rJSS'
    'n73rJuFnP5YBP9ufgp+hzUTa86rwLOeBI+vWPg/86/6bgwd+vv/W4oEv9Df7qOP80J/D5zkEtHuz8audrsX1bGB7JK15uAvrfqJ/'
    '7ep/d/c389M7yR+S9n5JQj847L/bF+e98P25avT6P9JYL/fFdHXc2PsOcJrzlb7Wfg703hXj3+ehrshbs2xeBUajf7uvSbt85aoJ'
    'tm+cfnRjzh9qzPl8B963IMiOEt5NMhjMCvK2ay4TyhiS7E7lgIc6uF+ha3DB84e+4b64TpjEV225Y3Mmea+U6N1/12vn6ZyOJn0X'
    'hUfVY1/GCdyjef5RbzP+03ee0ee3EtBjPEOfabzvF9k4HFco/dP4jY2vUpzm8Rp7OrDflK6+A2Tm1dzXpLJ+FN9wMOHe+vBF13pt'
    '/oxDvc24Jo6nUh/vsgA/+vs0o3m0j86NGLPeZh6M9i4fXKDzmmd7U8x4/ni2/rQBsAct8x4wMQyvCGfE1/Yj4UIbDOFcUv61YOS+'
    'QZ3Yw3/eE8tZXI5cNHI/vVnTno98w0/V045738hoDzlMZnua//d51xT53rY/Wc7vDT3NHDIuD1P4SbhF31nIYM+judzeE9u0Qvk7'
    't4345IFL9qJoHq/k4j3TctUnFFtTpYPzRPz9743f3uLx3Jxgk0lqD/bhVyE6VKf3ssrw/MO5+H28Tut4BrIq1zE4Lb+aaz03vjUK'
    'bHYVKndze9s00y3fnGvKA2nfX2C0YlqBx6RDf8d5HczF9jzfeWn9B0Ptw1WGbyuK3PJ94l8PgV035vbfTDPPOvrubF/zc6xPlgHu'
    'he9/el/7mT4Hv/2M8NtF+O2D5Lf18Nsl+O1n9zU/P7QvXtNoX+s4J+He58g9Z8iccQ3Ruv4l8c/Rdd2s67lKYssHH2t+Pnm9+dsE'
    'yUd47TT0U7jees8/IjFwb3mh+fny4625DJ8abX5+Cz5/MBrHzuK7T7yr+fnjk+01pXBef/9cu7x+2uM9J8hY5no8xyHwjWCc5MfG'
    'm5/D11vndNdHIU6N3Pv1yebnH8+2P4u9ZPg7/+dT7bGZtz/TOs7vvLX5+d7rsl9vl4n7Rm0xcZ17jM2cMXH/jyUT52oniZn0qZEs'
    '5eF0M7cT4YH1rdYKPKTeZVq/gzR18tDesNvYe0LzsfJGrttbZXsl1boKiXF14fDwGsVhV8z0Con/zqJ+1RB8v8341avR6po9aZp2'
    'Nl9csPn4fPDjVAb4cdikr6e2y8S9yHz6bbpyRKT+5lJtXBfO2upjZR3jHoLrSWtJuXp9ueDB60fRHFWphnA3cgNC4eY6m1pNFp8a'
    'xK4aRS740l5ACGOEM9bKmSV5GZjDUTDdqTWbBfxdfHRW2Y9pBy/U+G1ByNlw1UTQ9senVuNagXMWfA3htQ/gtYldCC/aGxfrzfn2'
    'qPNdv08NDd/eci76R/e5ArhXNu05e53kEUnhwvnCNLvflvOXFX/JE7l+h2nPTdbyyDuZmxya/+2bm6zldu/PQLZKkx+u1aRNsgdF'
    'guOh9f/W2p6F6q2+PAPlHsz1TQPHXMbw0/qHr3V41QhvLRIZc63DKySnnOaR50Cn3m3a88g5vCY96WWuA3CYDICHVDvDp57rcArc'
    '86F9PrAMyX3OdYj2ZbEHaXOcXTUOavD3OPw9YeIaB+Mm2xoHNfb9OPt+wsg1DsaNXuPAJQ/i+ubhQj2N1+jgdRkrRD6czRBfQuAz'
    'zz4rgi3IJge6akFWFHlxVrAZRp97BZvhAoEx1XE5rHIe619Q4CDpjQPEls17n7lsVtQOvqjIJQumvU6JVnsKn51i88vSLpY3/j2p'
    'aY/WtD2pcb1R/+4xy9r5mdX6bmr1VHmNjrxx98+i9/nUdOKyfo7g+SX4+4xp9gvZD5cLzwswlwq5t05sQlOmtd4/ldlLxB6h1QzK'
    'edCcHNmnkN986VLIuQw9j65zZKOTFcVuxO0lrtpGWZ7TwYBz2nMLnicfm712lrCOTZ3IcXiGQs5DJ3C6auz1siQcRnhcA3jcz640'
    '8EhCU6QeErSm1TTRa2mt8LJp7XtP+z3mAVeQ/lEb+HzKfUtCvzr9L7eG8KtbNDKkj8etQL8whxvPqZTD45MXtCDEz0pxjgUhlpDe'
    'VyExdvT7BePXE56O4RP379NXScpZS5M7Lq3XJy9i2vjn7IfkSbtytXhu8hy7b9nI+XoU/3x6V7l6LCMPoLXgSjDPZU/bHKfxnHZ3'
    'yx+p1YIrsbO/nLFNz0VzJBqxFfajn10LzH4y67F+zd5B9fAt8PdGsK/1wYXvm1VsiNJ7Zo2eX6X1XKT5VRLMuU9vRuE7NQu/4bp5'
    '6LPcj4Iw2wsyKYVZzWJ3tcUhIczS1Eu39TBJq0NQu0hIPXRep5rbFvk+LwfaQ3x5Mo1f5fs+L9g3NBvXohK756rBuZXs6VF2rmvG'
    'Xdvdp08o4tB2hkNJYrAojoWc5eje2xQc1uqqVhRZtarIhMvCGXiNEgtRV2wIiw6508YDhmCNe4y95m7ad3Ac2gB0ZtDEfV+p/G8A'
    'FuWbCF8GugDHI+RcF5X5uHh+UaARms4xoegeWg+f6O/7wA6aFv5S3EuN/c79HpNKvFBaWGk1rBB/o73/lQC9Z1KQdTn+Unl8wthr'
    'ztC8QY6/dMykuckcz/cr78f5LprwOiH4rFRLCWvYvsZkk1duexfNtToA7wzVnyYC9KhFI+cE36g50bjekAEuJK33wnPnaJ5qlvUb'
    'fPeDn8MRElew3bTWb+eyCManTAbEk/ryHsmXT/1EVLbNW/g7yqVbyD22ektSjJQU13vNoidwuW4z6BidlOu4bmCj80hztD5zU453'
    'I+7cT/gdH+OqsfdY4mMdIvPhvKOi6Hk2/julyANaL00Xf9pKzsXODu+lr3wUItP69liR7BIcBoMgl3UKBlQf0870DgIDDp80Z1zK'
    'bZNwZQj8toPGP/9mCGJHDhh7v1FbbyvJxrTssFXMCbr2lENuLDr0jM3krFGdAvWMoxnSeheND6XPmMt0mzJmXvGjaP3GXfljrxF0'
    'Mhc8ksTz2+Rq3K8BiDVII1fzvHKfugUhdRvxnddM+lpHEUzeZJp99pLW3lkw7TWluE8kBI5Y0zufwT5wGXVGgfGSkesgIZ7cAbbl'
    'LeySaDvma9SIj7dC/AFpchlCzohLl51T7HNSTN9rYf3D7JLWPwtjVgDeGOuHvmqe8+YLj1zG8LH1JZZi/ri/05XzVhT4wgYma3O+'
    'cCBwDS5678vHTnaR3tPeo1nxK42uI7wHTFxnLQ09cdHmKYeOXCR69lqjubcbvXZjp3kQ37/TQG/2skuiN2USI0zpzwSJ3TlDYopn'
    'SYw69TnVYczlLsauZHnWfesdnFFikmeVWPiasfcGpX2AfWLc+f7Z8kRD+UCnZUippwD2yFlNeeU7A+nGSEs7/utA3MshK3oWjfsf'
    'B+K6kDeTTP38QJPHZckzVgayq2M9TfaLjzWVAA9w3LcNxDV4NVu9ZHOl8NDq9GXZm+PwQLO3YxK8QvsLPTuH2f4PMvurhgdaTc4r'
    'in8DbSt/u67Jr33wa9ZkUxOX7/VXlTlQW91W5l8KjUEbNnKtdazx8tl1cW1MGxx4P1OpVjH3I/niGMLjl9bFfTuS0vGfXhf7ulz7'
    'muV5mFjXfV/XQ+ua8qYPb3DdM2/kuqZF5d2H13Xfz7ZxXVz3u2LZDynfIU/w9hmGYxXTXp8wet//7Y95UJ3dWxFohFTbcJqt4X/0'
    'x3EBlGfyfgcSzP9Lf8xzQumAjQZ8pj/uV+MLm3/d36TPUq1kWts+uvfj/U17uoRPobUmo/F+ob+pa/viXhqaNNe/Or7zxwnMsujh'
    'cYbgTlY9haJx7+qPaTZfS4Xh9Ywytx39cU3kTvUT84H5t/turV5B/6kvpl/zyjNa7WepvnU05r/pC+9t9fG+GPc4zfOpe6yt7+f6'
    'YpuUDz+hPQM5jzhC7I0u/sFxAmEz3teUk9ZBTPMg+C93Qaz7GIlBivTf9XCf9h2OE439aF9TxnKNvRV8gNJ4N3zqBCf4WeOxIzMK'
    'bnCcONjXfH/WeqAvX6gqZy5pz5cb/c16Y/62KOSbUP72Z6QfSTd6xPxBb3Pfffkfp2VlIe/nRn+j3rgPiMvHnfVe23pQuOKforl/'
    'sDfml/MCffeFFfKCSm/Mk1az181bemMdsWjCeyZVFP40ESAD3d0r27U7Zf+h+zDYG+uWs4qMw895gdgfET++T3prpO1Z8s0MxkLY'
    '/jHpTZHF/kr9iHz3+bd72u0R3+jyfr/QE++31GPJtRbUT34qxR5J/U0OpTxzPs+61sbljYd6Wvsd2HqJhPRJTruHebKH8wF8vMz2'
    'cEuPbmNN2j8jGvf/5eJxpT3ztdlOM9vT/8rFOFfxlK0mFVv1H+Zi/2aS3h28R0cS2WiSwe03cnaZiMqr/yrXrheG9vP4xVyrT8R3'
    'viuKno77dC3XKueE9OPI4pyErOUqO1uP5GL9i+t0l3LyOXog19RpOtGvA/uboB52lvWGOAWf93n0leC9L5L0sBgCpe208esXwt8R'
    '3fsgPPNIX3bzcq39QfYun3V+wcR92KV10u9H4fN+R38Rqa/HvzWxfnOe7e8F9v/zffYeJbR/yFmlj8h10/Qt3ax9UN5P8gLe+W7o'
    'uf7j0JME+ok8C5/vhs9fhv4ibyNx6h/5xxBjBPc8Cp8fdoxxwbT3O9kyFcfUo1/tDfDcBHw+Mxp/j7HEOM5zZZCpp+M6+/gb7dWC'
    'db02sPdTOAwRf1L03bffA8+X23u58F4otJcL77+i5UoPg51EypWuJoiB4L4wqh/XSNx4nuVBJO3DQOOqefy89oyUW6LFefN8DFrz'
    'HGH5ZohHuYNdHJZYZ2fOtNatxLoMGEOEsUM18OFhzZ6iEpOEtbwnYNx501oLaK3884mf4Tmbc8ZeI5PXduBxRzzOqMbibniOczEw'
    'Lio0x0OK39xHzuIOE9ds12p8YDzZFZOs9naS2htafgSvsZ11r5ZO9MUZhr/XA81cB9cizAdra2FNLB84loxcf4nWO6I1yHndxWHT'
    'XgehwvILNgjP23KmpHoluMYqoU++a6sKZ5jHrG0xsQ93McB/4fLDUxzT+sDWA+OUMCY1Td/LaaPXHLL5BrWYYuTNnYJfWrjxmPN+'
    '8s5FgicYyzQYgEu8HkyV0YrTlrFsMMU5Yv+urGFL+yLR5+i8Q95pW0uUN/5K4x+N73H5ALRYsm74Wl2xdyOASzlYF/XNDQp+Rslm'
    'wu1dvrGF0tyuKL/zvtRFYc1Je+vS9/j41n32U/Op+8SDop+U6wqvgwt1hSUiq5YVHrKkyGG+eaKSrOWq/1VXckwmjZyrqY3LdYIr'
    'DhmU57JI9Z5sfVvK7FPL35bkA75XB+Barb3yyQ2SYFkPkDelOk81Y8+pLiSA5SG4XoVlOCzT9iZBWX0PXCirL5n2Xi1lh6y+ZPx6'
    'pqShTb56YN7T7sFxQKqDirA6BDL/VnYtwZ7TvEjUITGHaca014WsEz9xWr1/ych59S4azvOLZoxfDUfKAxA+e+HvbSCvbYRrycS9'
    '+Wjfn+jz3Y0HBnJhOjZdb0nRXfkZwP9H77th48vZ+7JcdZzVPLG1rbA5cLxHevITufg+XndiI8i3qEcumda+h/kAWMwaub/DbiPX'
    'wcoren5dsV1w3fgR0PVsPFejcQsB+WkaXqI+POi5Dqy1SGvZ8bork4pMETovrWfwTpDNsf8H7jfanWhPnnzCM8H5kdY/J6/YlQsC'
    'rof0dLbV4dHsY9Ruyeve2Pq+uWyb0l7sBXq+kV3UJow12adMa0+KYkJ6xe2hcwlkEVevniUy11li154EGz3asW217MdhjGsdslMv'
    'KeucVWQunks+oZzX0Drrkg/DB75VIhMhP6f25BqxdZaJX2EB5jRu8QFlCd+qQo85P3edR5fsyen5nMJrqkz27CUyJ17RHhwjZ61k'
    'wcMcw4tjyrkpCfuLNh/sx3eEjUPrjhccuQH8uWeEeC7+f7zfJ0YO53wZYHYnu2jPCHqelxWfFtY5WSTy6jzByTmYS03BZZRd8bkK'
    '3Gez5+dM9//Z6iRrNGI50EfFa7UsKjLNvHLG5hR7iO/Z0+wx8xZ+yeXPKJ/uIJE/pR4kofDltd92sTObtj8Ql02S+K86UT82SY0/'
    'qQ7dXR3cD1u/3mPGv9fuHUTGKytytyb7zAg+idAa6zzWwFbXOQleYF3cO8mYtprqedNeJycLvKJrHWb7Z/NjloxcQ02qRyjhyxDc'
    '00/WII0j0ZN7OkxPkvZSjZ59B3uW4t2AoBNL+DdiWmuT2mxaWm5XjflfMPbpbpOst4btvHZqvhQvfeag5beFxKcUmX6ZpLbiENDY'
    'HY4xQmpuUlpWCoh50eKmQvt+T5rWHoyRrLifXdJZ5DFOKPdxWY/2t50jNos8ibvCZwuAnyE1lLstA1YD7cya7KDJYFqP3jnFVpM3'
    '6fuM8rinHUCPMe5phcSmYBwb2hkXmE4bCucVJQ6Nx2dxG+WCha7RuCdNT8X3fk+BS5WdtaPkHK+we/me/MCiy0r9lq8oZ5ePu+Bp'
    'M9RijaK44CjGPYqDjmK4L/bp+4IxxKfg8wJ8PtgXxypzGyX6N9BGGY1xFt51Cd47Bt+d7fPDD5zHWfb+S2xeY+y+6JPKPI/3xZ9c'
    '5sFn7+/T6SrGbT/M4HICPk8TeOwAeAwReWgA1oIweCAAFhQOfL0PeK5/1LL+cxmvf4Ssn9bNj+Liz7G152GuY33+9IPG2J9zwAHn'
    'f5b9zn0cFxl+PcLuv8jw7iS7f4z8zvk6vnuUwJmugc5ZOs95OM+D7KJwuwjn7BH47iKcuZPw/Rj8Pyk/lOCXNdwoPekldAQvut6n'
    'YI1IX57sc9uQbOt4is2X05sn+2S/5Q7iB8D5RWuMxqP4Hp2X+/vC/ZZ8vgi/p/rs5+AUwzWO76fZcxfYc3zfHmTvR1x+U1/sT9vG'
    'aM29Cs26yMbAM0N14HMKnT/F1umaFz9LRwC3trEL9w73DM/PKHxGv1+G3/LwfsTBh/qadNX1L5dwz/ke870ZZf/H5y+z5xDXH+iT'
    'cf4hwiNctaBd8Iq+exPAjcJsjN3r+y/XBbidI7hDx9PgN2YZl9ZGRVoR8UWsjYrwi/D5PqAZFDbR748G0IycBzzw7NzHzoy2Dnz+'
    'UYWWYA3p8wxOZxj+3cd+P6nAf0x4HvuhDAbQliHw0+92zO9Btt++85H4cw5knRGBPz8AuP4k7CXi/mk4G/eQM5IVf36ArelJhsP8'
    'DHB+cI+A+7QHXZb8A/+P/d22p+AjdKyDRAbzHetUX3scwUUGI75WTm9Ps7E4vuwj+tJuomefJXJalngi4celjPCh0zQA9ZX9hAY8'
    'zmTNU2zOo4IMHoJLWuwH2kZGiMx3DvbrPOh2o32xnn0J9vNMX9hecdnnPJvzaJ+so0swpHbIywSm3Ka/XXn3abYf5/pkfELdhfYW'
    'uI/N94Qy1mnF1qDhyllBXtTk+rS6l9YLJJrbw7DPJ+CMjhJdbAzw4ST5ezSh/mUCdHC6Vq6jjTH4nlS+p/LLPmbbQVp1nqxrjOD8'
    'I0S3T0qrzivzGlPw/hFF9+e0apDxrpN9Ms4/2Neey3yGycxchr7koBsIN6QbHH7nAV5oMxtT7EK5FHA7r5wr6SxH634S5tqzivEY'
    'N9e/3IVmRQNdRrfFEWo4caaLOHHGghPc3hvhe5QjhvaZ84wePAo0cizA3nveceYfZTSQzo/7eDGXzZj2XLYt5L5hZuvkfPY+xcZ4'
    'QYDJIPx/rcBE8p8ifadrttFEXOM5wNt97MI1Ik88Q2j/Rfj/KfjtNLGJoU3grCDfarbyU33dP9XSHnBefEaxFVxkv59iz51W7Hfc'
    '1nDWQx5P4ic4JfgtIlnwBPFbXIR9uwDwR1vYaQ+/RRLdicqso+R+A7QT8Xk/zPm4acfnLHkhlQVzcNb3EFnQheMnCB2/DPecSykL'
    'psWrEw597WHyO90P6ivjOsQQgz23BVxmczknyPEX2bzOMRn3EQse4/dafZ1eE+cM4nUR+Owo7JcN1ucZX3iA4MZBwnP2Ed/fg2AH'
    'HSN2vVGwF+eBt4zCHE6B/e9yClsQnTe3b40p9j3qG6Q4wvU3175y37tLl3xMmd9Zpotjn/RO65Q2/f8g4M8Qux4HnecUnPt8Cjku'
    'dH9ddpB8B2XArSS2cT2JMfi1UWM+3bg+2bi+07j+YFSf/69BDa9Pw+cn4fM78Bk9a4tBuwz3VUZbYy3Rr/30WyEOY6bd5337M83P'
    'F98eRi+iOX6icf1l43pxVF4XruMT8PmX8Bndj+Nvhnf1A/x64fosjP/SaPu4n2XjvuQJn19S4POhj8I5hHplIySO9zfg2R/A5x+R'
    '//OeR4ffBbXV4J53wedjozJsd8BaB9j1ewDTLzSurzeuTzWub4023+k6C79HYBx9fgE+vw6fn4LPb5F10L3oFa5orC/DXPj78D1f'
    'Ju/hOdLYZxjzVL7YuOfXG9dfNa7fgrPxv0ft6/oijP/r8PlX8Plb5IxEn9E4dG9nyNngMbllti+7GQ7heHSd+J5o3GEWS5m09h+1'
    'r1zyfEbrRb8J4I106EuN+1+GsxTRk8sWOvQleMfL7HwhHbo82irfhNZJ3J4BrLS80I2wbtQ3X4bzEtGcP2lcvw+49qIFBhweL7Oz'
    'j/TrT+Dz9xkOvsjg5FuzkdZONI+11myktJrXc/SlJ9GYl6aM+dlFY64G0hOcT/T8jbqbi5Dn7UFPNN4R1ZeMcCfCm0cV3iHVoEQ8'
    'ccX3fehtxnzzunudW+He6POb15OvB9+352PG/PVH/N4T3Rt9RvdLvHAdob9ffsKY7zXg8dJj7eNGv92I3wR4RfdIto5P/0L891fG'
    'W/njnz7b/Hz9pB/vj965670NubqBh2/9FXm9OK/ovhsy+HTzM7rfNf4HG3t9rnH95vXmuqTxPwj4cA4+f/N6DAff8f8mYPy/EcbX'
    '8O9rjWcGn2zFcw3/vgbjR/dreE/jCXtJHCFe+I6I/kbnMqIrkUz5JeCxL476y9IaTb862krLUGb9EuPHVLbbCLjUB3SoB64XG+/4'
    'wxeYHAHvjb7PUpbbESDLUVqL+/A7Hw2Ti3Ftr3+7fjboWm+cu7e3nw2Nlo+9z5j/8E8asmUUBP3hJj3eOCO/i783ejb6jJ6/IZ8u'
    'AI3/cCttj8bj89FyjqNav+dXmrLuRxrX0av2udD6wNFzVE7+CHxGY/D3U1zqI7gUjRXVGZbGj76XcON7k+37/T2gU197Pmy/v94Y'
    'q9iA15EGLO8bl9cb3XND1gG4HgG4R/e7aMlgg27+agM/rjyl85cf8kygsb8K+BQ9o/EabT1/Ph2v6SWFNv75tLyulzxob6RvIrxe'
    'r8ALdVIOr9ePt+JDL8EDvD7fuPcrM63jfR6ej753zW+lgZPf/Vjz/EdnX8zVALz97sfaaYVr/O//RAPHnrXLCtE9N3DxWX3/NPrw'
    'iZ9q0OifbNzb4L9//5ybB9H3Rs/eoPE/Ce8DHh6N4+JNtvl87tl08/ncs9nNp9qgdU+8L6ZXfwHy4e96yMJVoJNPvE+mW3/B+Mvv'
    'evDCiCb93duYrAh0KvpekuV+Ds6ZVHsG5aB//4H2fFfKdzj9w3rw/+KfheXS/G2DXn75/a36lga/6N4bsuH7df3KZYvIXW/Wjp+f'
    'bB8/R2rL38jLnnTbmXC8/ufc40X3pLHDfQX40qEn221HX4Vn/4+gW0r7QfFpHcEnLjNz2Visgw92q6Gn23Hmi8/H93Bd9bXvav1t'
    'g8Brv/i8e/4byPwjPIzgTedPexVI5+HyaDus33g95us8Bu4/M/vG15lM+0li69HmLvGeM42z88n3ts49+u7GmO91P/9C496fr7U+'
    '/wI8H30v2dUifz7KYtG4D5m4xg7WYLLRtI3w+ZDR6/jRmri4bxhH0A9+jvUMTvRcoP0dYxD2wtxpPAL1lwySudHxMGaBzv+08pv0'
    'nQt+gwngN/gjCD902awj8MOzeA7OmjGtZzW6D3/PBcBsG9wv2TmjMZEP+e7bj+pe9ZO9wlqc74DPR9BOyeBujL0ONn0X3yd8bw95'
    'r2HjDrJx14M9N6qJeD/8fSayBQvvoXwYn9f2IEfgF/rcNljDCMAQn+shv6Ne3A/f/X8caM82'
)
