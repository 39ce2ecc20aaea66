"""The regex engine's programs for bouncekit's own patterns, written by scripts/pattern_code.py: do not edit.

Used by _patterns.py (``compile_pattern``) only under the engine in ENGINE."""
# fmt: off
# ruff: noqa: E501
from __future__ import annotations

from typing import Any

ENGINE = ((3, 11), 20220615, 4, 'little')
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
    ('["\'](\\d\\.\\d{1,3}\\.\\d{1,3}\\b[^"\']*)["\']', 0): (32, 42906, 73, 1, {}, (None, None)),
    ("['/;\\#\\&bcdfghjklmpquvwxyz](?<=(?=(...)).)", 16): (48, 42979, 44, 1, {}, (None, None)),
    ("['/;\\#\\&bcdfghjklmpquvwxyzáãäèéîóüąłśžабвгдезиклмнопрстучшщыьяєіいかしすなるアィイウエカクサシスッテデドボムメユルレー一不内务发可名器在圾垃域存容帖張当惑投无時服未查此無留的稿空系組组统群能被言該貼迷送部量间](?<=(?=(...)).)", 16): (48, 43023, 750, 1, {}, (None, None)),
    ("['«“„「]\\s*(.+)\\s*['»”“」]", 0): (32, 43773, 337, 1, {}, (None, None)),
    ("['‘’]?send mail as['‘’]? (?:feature|account)", 0): (32, 44110, 94, 0, {}, (None,)),
    ('[245](?<=[\\s\'\\"(>:-][245])\\d\\d[ -][\'\\"]?(?:#?[245]\\.\\d{1,3}\\.\\d{1,3}\\b)?', 0): (32, 44204, 121, 0, {}, (None,)),
    ('[A-Za-z]{3}', 0): (32, 44325, 20, 0, {}, (None,)),
    ('[\\w.\\-*]+=', 0): (32, 44345, 23, 0, {}, (None,)),
    ('[^\\s<>"\'.,;:()\\[\\]@][^\\s@:]*@[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*', 0): (32, 44368, 92, 0, {}, (None,)),
    ('\\((?:Error following )?([A-Z]+(?: TO| FROM)?)(?: command)?\\)', 0): (32, 44460, 114, 1, {}, (None, None)),
    ('\\(([0-9A-F]{8})\\)', 0): (32, 44574, 32, 1, {}, (None, None)),
    ('\\(MAILFOUNDRY\\)', 2): (34, 44606, 41, 0, {}, (None,)),
    ('\\(Spam Firewall\\)', 0): (32, 44647, 68, 0, {}, (None,)),
    ('\\(in reply to (.+?) command\\)', 2): (34, 44715, 69, 1, {}, (None, None)),
    ('\\(in reply to (.+?) command\\)', 18): (50, 44784, 69, 1, {}, (None, None)),
    ('\\(in reply to (?P<cmd>RCPT TO|MAIL FROM|end of DATA|DATA|BDAT|EHLO|HELO|LHLO|STARTTLS|XFORWARD|XCLIENT)\\s+command\\)', 2): (34, 44853, 266, 1, {'cmd': 1}, (None, 'cmd')),
    ('\\(state (\\d+)\\)', 2): (34, 45119, 45, 1, {}, (None, None)),
    ('\\-\\-\\-\\-\\-\\ Transcript\\ of\\ session\\ follows\\ \\-\\-\\-\\-\\-', 0): (32, 45164, 172, 0, {}, (None,)),
    ('\\.(?:prod\\.outlook\\.com|prod\\.exchangelabs\\.com|protection\\.outlook\\.com)\\b', 2): (34, 45336, 141, 0, {}, (None,)),
    ('\\.(\\d+)', 0): (32, 45477, 26, 1, {}, (None, None)),
    ('\\A(?:Mail\\ could\\ not\\ be\\ delivered|メッセージを配信できません。|メール配信に失敗しました)\\Z', 0): (32, 45503, 127, 0, {}, (None,)),
    ('\\A(?:mailer-daemon|double-bounce)(?:@|\\Z)', 0): (32, 45630, 80, 0, {}, (None,)),
    ('\\A(?:mailer-daemon|postmaster)(?:@|\\Z)', 0): (32, 45710, 74, 0, {}, (None,)),
    ('\\ADelivery Notification: ', 0): (32, 45784, 54, 0, {}, (None,)),
    ('\\ADelivery Status Notification', 0): (32, 45838, 64, 0, {}, (None,)),
    ('\\ADelivery Status\\Z', 0): (32, 45902, 40, 0, {}, (None,)),
    ('\\AMail delivery failed', 0): (32, 45942, 48, 0, {}, (None,)),
    ('\\AMail\\ System\\ Error\\ \\-\\ Returned\\ Mail\\Z', 0): (32, 45990, 76, 0, {}, (None,)),
    ('\\AMessage\\ delivery\\ has\\ failed\\Z', 0): (32, 46066, 64, 0, {}, (None,)),
    ('\\ASurfControl\\ E\\-mail\\ Filter', 0): (32, 46130, 58, 0, {}, (None,)),
    ('\\A\\s*[a-z]{2,3}(?:-[A-Za-z]{2,4})?\\s*\\Z', 0): (32, 46188, 62, 0, {}, (None,)),
    ('\\A\\s*fml\\b', 2): (34, 46250, 26, 0, {}, (None,)),
    ('\\A\\s*from MailMarshal\\b', 2): (34, 46276, 62, 0, {}, (None,)),
    ('\\A\\s*m-filter\\s*\\Z', 2): (34, 46338, 51, 0, {}, (None,)),
    ('\\A\\s*true\\s*\\Z', 2): (34, 46389, 38, 0, {}, (None,)),
    ('\\Aamazon workmail', 2): (34, 46427, 43, 0, {}, (None,)),
    ('\\Amail delivery failed', 2): (34, 46470, 63, 0, {}, (None,)),
    ('\\Amailer-daemon@', 0): (32, 46533, 36, 0, {}, (None,)),
    ('\\Amailer-daemon@(?:googlemail|gmail)\\.com\\Z', 0): (32, 46569, 82, 0, {}, (None,)),
    ('\\Apostmaster@', 0): (32, 46651, 30, 0, {}, (None,)),
    ('\\Areturned mail:', 2): (34, 46681, 41, 0, {}, (None,)),
    ('\\Aundeliverable mail\\Z', 2): (34, 46722, 56, 0, {}, (None,)),
    ('\\Aundeliverable message', 2): (34, 46778, 65, 0, {}, (None,)),
    ('\\Ax-ms-exchange', 2): (34, 46843, 39, 0, {}, (None,)),
    ('\\[((?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f:]+:[0-9A-Fa-f:]*)\\]', 0): (32, 46882, 89, 1, {}, (None, None)),
    ('\\[([^\\[\\]]*)\\][ \\t]*$', 0): (32, 46971, 45, 1, {}, (None, None)),
    ('\\[\\s*(RCPT_TO|MAIL_FROM|DATA|DATA_CONTENT|EHLO|HELO|CONNECT|CONN)\\s*\\]\\s*$', 2): (34, 47016, 183, 1, {}, (None, None)),
    ('\\[ts03\\]|\\[tss09\\]|\\btss?0[39]\\b|permanently deferred', 0): (32, 47199, 110, 0, {}, (None,)),
    ('\\[ts03\\]|\\[tss09\\]|\\btss?0[39]\\b|permanently deferred', 2): (34, 47309, 135, 0, {}, (None,)),
    ('\\[tss04\\]|\\[ts0[12]\\]|\\btss?0[124]\\b|temporarily deferred due to unexpected volume|messages from [0-9.]+ temporarily deferred', 0): (32, 47444, 251, 0, {}, (None,)),
    ('\\[tss04\\]|\\[ts0[12]\\]|\\btss?0[124]\\b|temporarily deferred due to unexpected volume|messages from [0-9.]+ temporarily deferred', 2): (34, 47695, 301, 0, {}, (None,)),
    ('\\\\?"(?:notificationType|eventType)\\\\?"\\s*:\\s*\\\\?"', 2): (34, 47996, 128, 0, {}, (None,)),
    ('\\b((?:RCP|INT|MSG|POL|DNS|CON)-[PT]\\d)\\b', 0): (32, 48124, 84, 1, {}, (None, None)),
    ('\\b(?:CONN|connect(?:ion)?|greeting|banner)\\b', 2): (34, 48208, 95, 0, {}, (None,)),
    ('\\b(?:[\\w-]+\\.)*mimecast(?:-offshore)?\\.(?:com|co\\.za|net)\\b', 2): (34, 48303, 118, 0, {}, (None,)),
    ('\\b(?:cs01|hm07|hm08)\\b', 0): (32, 48421, 45, 0, {}, (None,)),
    ('\\b(?:cs01|hm07|hm08)\\b', 2): (34, 48466, 50, 0, {}, (None,)),
    ('\\b(?:end\\s+of\\s+data|DATA|BDAT)\\b|\\bTEXT\\b(?=\\s+command\\b|\\s*$)', 2): (34, 48516, 143, 0, {}, (None,)),
    ('\\b(?:host|connect to|lost connection with|conversation with|delivery via)\\s+([A-Za-z0-9][\\w.-]*)\\[[^\\]\\s]*\\]', 2): (34, 48659, 333, 1, {}, (None, None)),
    ('\\b(?:https?|ftp)://([^/\\s?#\'\\"<>]*)[^\\s\'\\"<>]*', 2): (34, 48992, 92, 1, {}, (None, None)),
    ('\\b([A-Za-z0-9][\\w-]*(?:\\.[\\w-]+)+)\\s?\\[(?:IPv6:)?[0-9A-Fa-f.:]+\\]', 0): (32, 49084, 101, 1, {}, (None, None)),
    ('\\bAS\\(201806281\\)', 2): (34, 49185, 39, 0, {}, (None,)),
    ('\\bContent-filter at\\b', 2): (34, 49224, 49, 0, {}, (None,)),
    ('\\bEHLO\\b', 2): (34, 49273, 18, 0, {}, (None,)),
    ('\\bHELO\\b', 2): (34, 49291, 18, 0, {}, (None,)),
    ('\\bMAIL(?:[\\s_]+FROM)\\b|\\bMAIL\\b(?=\\s+command\\b|\\s*$)', 2): (34, 49309, 103, 0, {}, (None,)),
    ('\\bMail Delivery System\\b', 2): (34, 49412, 70, 0, {}, (None,)),
    ('\\bNo valid recipients\\b', 2): (34, 49482, 68, 0, {}, (None,)),
    ('\\bQUEUE\\.Expired\\b', 2): (34, 49550, 41, 0, {}, (None,)),
    ('\\bRCPT(?:[\\s_]+TO)?\\b', 2): (34, 49591, 39, 0, {}, (None,)),
    ('\\bRESOLVER\\.ADR\\.(?:Ex)?Recip(?:ient)?NotFound\\b', 2): (34, 49630, 99, 0, {}, (None,)),
    ('\\bRESOLVER\\.ADR\\.RecipLimit\\b', 2): (34, 49729, 76, 0, {}, (None,)),
    ('\\bRESOLVER\\.RST\\.AuthRequired\\b', 2): (34, 49805, 75, 0, {}, (None,)),
    ('\\bRESOLVER\\.RST\\.NotAuthorized\\b', 2): (34, 49880, 77, 0, {}, (None,)),
    ('\\bRESOLVER\\.RST\\.RecipSizeLimit\\b', 2): (34, 49957, 99, 0, {}, (None,)),
    ('\\bSMTPSEND\\.DNS\\.MxLoopback\\b', 2): (34, 50056, 71, 0, {}, (None,)),
    ('\\bSMTPSEND\\.DNS\\.NonExistentDomain\\b', 2): (34, 50127, 100, 0, {}, (None,)),
    ('\\bSTOREDRV\\.Deliver\\b.{0,40}\\bmailbox full\\b|MapiExceptionShutoffQuotaExceeded', 2): (34, 50227, 180, 0, {}, (None,)),
    ('\\bServer at ([A-Za-z0-9][\\w.-]*\\.[A-Za-z0-9-]+)\\b', 2): (34, 50407, 245, 1, {}, (None, None)),
    ('\\bauone-net\\.jp\\b', 2): (34, 50652, 34, 0, {}, (None,)),
    ('\\baup\\b', 0): (32, 50686, 16, 0, {}, (None,)),
    ('\\bbad ip\\b', 0): (32, 50702, 22, 0, {}, (None,)),
    ('\\bbanned: ', 0): (32, 50724, 24, 0, {}, (None,)),
    ('\\bcbl\\b', 0): (32, 50748, 16, 0, {}, (None,)),
    ('\\bcx(?:bl|sbl|rbl|dnsbl|smtp|mxrt|throttle|cnct|conn|dmarc|dkim|spf|mjrejct|spam|tmp)\\b', 0): (32, 50764, 187, 0, {}, (None,)),
    ('\\bdbl\\b', 0): (32, 50951, 16, 0, {}, (None,)),
    ('\\bdkim\\b', 0): (32, 50967, 18, 0, {}, (None,)),
    ('\\bdmarc\\b', 0): (32, 50985, 20, 0, {}, (None,)),
    ('\\bdnsbl\\b', 0): (32, 51005, 20, 0, {}, (None,)),
    ('\\bfor\\s+the\\s+following\\s+list\\s+of\\s+recipients:[ \\t]*$', 10): (42, 51025, 166, 0, {}, (None,)),
    ('\\bhost:?\\s+([A-Za-z0-9][\\w.-]*\\.[A-Za-z]{2,}|\\[[0-9a-fA-F.:]+\\])', 2): (34, 51191, 277, 1, {}, (None, None)),
    ('\\bhost\\s+([A-Za-z0-9][\\w.-]*|\\[[0-9A-Fa-f.:]+\\])\\s+\\[([0-9A-Fa-f.:]+)\\]', 0): (32, 51468, 119, 2, {}, (None, None, None)),
    ('\\bib[1-7]\\d\\d\\b', 0): (32, 51587, 30, 0, {}, (None,)),
    ('\\binbound-smtp\\.[\\w-]+\\.amazonaws\\.com\\b', 2): (34, 51617, 91, 0, {}, (None,)),
    ('\\blpn\\d*_\\d{3}\\b', 0): (32, 51708, 38, 0, {}, (None,)),
    ('\\bmailbox is full\\b|\\bquota exceeded\\b|error: quota exceed', 2): (34, 51746, 136, 0, {}, (None,)),
    ('\\bmalformed address:|incorrectly constructed', 2): (34, 51882, 118, 0, {}, (None,)),
    ('\\bnot listed in (?:the )?(?:Domino Directory|public Name & Address Book)', 2): (34, 52000, 181, 0, {}, (None,)),
    ('\\bnot listed in (?:the )?(?:public Name & Address Book|Domino Directory)', 2): (34, 52181, 181, 0, {}, (None,)),
    ('\\bofr\\d*_\\d{3}\\b', 0): (32, 52362, 38, 0, {}, (None,)),
    ('\\bon hold\\b', 0): (32, 52400, 24, 0, {}, (None,)),
    ('\\bpbl\\b', 0): (32, 52424, 16, 0, {}, (None,)),
    ('\\bpipe to\\b', 0): (32, 52440, 24, 0, {}, (None,)),
    ('\\bptr\\b', 0): (32, 52464, 16, 0, {}, (None,)),
    ('\\brbl\\b', 0): (32, 52480, 16, 0, {}, (None,)),
    ('\\brefused to talk to me\\b|^(?:delivery temporarily suspended:\\s*)?connect to\\s', 2): (34, 52496, 189, 0, {}, (None,)),
    ('\\bsbl\\b', 0): (32, 52685, 16, 0, {}, (None,)),
    ('\\bspam(?!haus|cop)', 0): (32, 52701, 42, 0, {}, (None,)),
    ('\\bspam\\b', 0): (32, 52743, 18, 0, {}, (None,)),
    ('\\bspam\\b', 2): (34, 52761, 23, 0, {}, (None,)),
    ("\\bspf\\b[^.]{0,60}?(?:fail|not pass|didn['’]t pass|did not pass|reject|invalid|error|not allowed|not authori[sz]ed|violat)", 0): (32, 52784, 233, 0, {}, (None,)),
    ('\\bunsolicited\\b', 0): (32, 53017, 32, 0, {}, (None,)),
    ("\\buser'?s mail ?folder is full\\b", 2): (34, 53049, 97, 0, {}, (None,)),
    ('\\bwhile (?:receiving the initial server (?P<conn>greeting)|performing the (?P<hello>EHLO|HELO|LHLO) handshake|sending (?P<sending>MAIL FROM|RCPT TO|DATA command|message body|end of data))', 2): (34, 53146, 412, 3, {'conn': 1, 'hello': 2, 'sending': 3}, (None, 'conn', 'hello', 'sending')),
    ('\\bxbl\\b', 0): (32, 53558, 16, 0, {}, (None,)),
    ('\\byour\\b|you sent|the following|automatic|\\bihre?\\b|\\bvotre\\b|\\bvos\\b|\\bsu\\b|\\bsua\\b|\\btuo\\b|\\btua\\b|\\buw\\b|twoj|ваш|お客様|あなた|您', 2): (34, 53574, 286, 0, {}, (None,)),
    ('\\n[ \\t]*\\n', 0): (32, 53860, 26, 0, {}, (None,)),
    ('\\n|[.!?](?=\\s)|\\u3002', 0): (32, 53886, 42, 0, {}, (None,)),
    ('\\s(?:To address this issue:|To fix this issue:)', 2): (34, 53928, 161, 0, {}, (None,)),
    ('\\s*(([245])\\d\\d)[ -]#?(\\2\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])', 0): (32, 54089, 97, 3, {}, (None, None, None, None)),
    ('\\s*5\\d\\d[ -]', 0): (32, 54186, 35, 0, {}, (None,)),
    ("\\s*Check (?:for typos|those settings|the recipient's address)[^.]*\\.", 2): (34, 54221, 190, 0, {}, (None,)),
    ('\\s*Learn more (?:at|here):?\\s+(?:[245]\\d\\d[ -][245]\\.\\d+\\.\\d+\\s+)?https?://\\S+', 2): (34, 54411, 183, 0, {}, (None,)),
    ('\\s+', 0): (32, 54594, 16, 0, {}, (None,)),
    ('\\s+in\\s+((?:RCPT TO|MAIL FROM|DATA|EHLO|HELO|connect)[^\\n]*)$', 2): (34, 54610, 143, 1, {}, (None, None)),
    ('^#?\\s*([245]\\d\\d)?[ -]*#?([245]\\.\\d{1,3}\\.\\d{1,3})?', 0): (32, 54753, 112, 2, {}, (None, None, None)),
    ('^(?:([245]\\d\\d)[ \\t]+(?:[245]\\.\\d{1,3}\\.\\d{1,3}[ \\t]+)?)?(\\S.*?)\\.\\.\\.[ \\t]*(.*)$', 0): (32, 54865, 141, 3, {}, (None, None, None, None)),
    ('^(?:.*\\bMail delivery failed\\b|Warning: message \\S+ delayed\\b|Mail failure - (?:malformed|no recipient)|Message frozen\\b)', 2): (34, 55006, 304, 0, {}, (None,)),
    ('^(?:Content-Type:[ \\t]*(?:message/rfc822|text/rfc822-headers)|-+ ?(?:Original message|Below this line|This is a copy|Unsent message|Returned message|Original Message|The original message|quoted text)|(?:Return-Path|Received|Message-ID|From|Subject|Date):[ \\t])', 10): (42, 55310, 692, 0, {}, (None,)),
    ('^(?:Content-Type:[ \\t]*(?:message/|text/rfc822-headers)|Reporting-MTA[ \\t]*:|Final-Recipient[ \\t]*:|[ \\t]*-{2,} ?(?:Undelivered|Delayed|Enclosed|Returned) message (?:follows|headers follow))', 10): (42, 56002, 447, 0, {}, (None,)),
    ('^(?:Content-Type:[ \\t]*(?:message|text/rfc822)|[ \\t]*-+[ \\t]*(?:Original|Unsent) message (?:follows|text follows)|(?:Reporting-MTA|Final-Recipient|Original-Envelope-Id)[ \\t]*:)', 10): (42, 56449, 433, 0, {}, (None,)),
    ('^(?:Final|Original)-Recipient[ \\t]*:', 10): (42, 56882, 101, 0, {}, (None,)),
    ('^(?:Giving up on \\S+|\\(Other MXes tried:.*)$', 0): (32, 56983, 96, 0, {}, (None,)),
    ('^(?:Message headers follow|Original message follows)\\.?[ \\t]*$', 8): (40, 57079, 129, 0, {}, (None,)),
    ('^(?:Original mail as follows:|-{3,}|>)', 10): (42, 57208, 103, 0, {}, (None,)),
    ('^(?:Received|Return-Path|From|To|Subject|Date|Message-I[dD]|MIME-Version|X-[\\w-]+|Content-Type|Reply-To|Delivered-To):[ \\t]', 2): (34, 57311, 299, 0, {}, (None,)),
    ('^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status)[ \\t]*:', 10): (42, 57610, 210, 0, {}, (None,)),
    ('^(?:Reporting-MTA|Original-Envelope-Id|Arrival-Date)[ \\t]*:', 10): (42, 57820, 148, 0, {}, (None,)),
    ('^(?:Returned mail:|Warning: could not send message for past|Postmaster (?:notify|warning):)', 2): (34, 57968, 235, 0, {}, (None,)),
    ('^(?:Server\\s+)?(\\S+\\[[0-9A-Fa-f.:]+\\])\\s+(?:failed with|responded with failure):\\s*', 2): (34, 58203, 196, 1, {}, (None, None)),
    ('^(?:This message was created automatically by (?:mail delivery software|the SMTP relay on\\b)|A message that you sent (?:could not be delivered|has not yet been delivered|contained one or more recipient addresses)|-{3,} ?This is a copy of (?:the|your) message)', 10): (42, 58399, 656, 0, {}, (None,)),
    ('^(?:Unknown host|Host not found)\\b', 2): (34, 59055, 80, 0, {}, (None,)),
    ('^(?:Unknown user|Invalid final delivery userid)\\b', 2): (34, 59135, 135, 0, {}, (None,)),
    ('^(?:Warning: message still undelivered|Will keep trying|Message could not be delivered|Message will be deleted|Cannot send message for|-+\\s*$)', 2): (34, 59270, 384, 0, {}, (None,)),
    ('^(?:[^+@]*?\\+|(?:[^@]*?[-_.])?(?:bounces?|return|verp|errors?)[-_])([^=@]+)=([A-Za-z0-9.-]+\\.[A-Za-z]{2,})@', 258): (258, 59654, 183, 2, {}, (None, None, None)),
    ('^(?:\\(?(?:ultimately )?generated (?:by|from)) (\\S+?)\\)?$', 2): (34, 59837, 112, 1, {}, (None, None)),
    ('^(?:\\.\\.\\.\\s*)?while talking to\\s+(.+?)\\.?:?\\s*$', 2): (34, 59949, 117, 1, {}, (None, None)),
    ('^(?:auto(?:matic)?[ -]?(?:reply|response|answer|antwort)|out of (?:the )?office|away from|on vacation|vacation|autoreply|abwesenheit|absence|r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|resposta autom[áa]tica|automatisch antwoord|автоответ|自動応答|自动回复)|(?:out of (?:the )?office|auto(?:matic)?[ -]?reply|away until|on leave|on vacation)', 2): (34, 60066, 899, 0, {}, (None,)),
    ('^(?:delivery via \\S+?:\\s*2\\d\\d\\b|delivered (?:to|via)\\b|delivery via local\\b)', 2): (34, 60965, 151, 0, {}, (None,)),
    ('^(?:mailer-daemon|postmaster)@(?:[\\w-]+\\.)*(?:aol\\.com|aol\\.net|aim\\.com)$', 0): (32, 61116, 134, 0, {}, (None,)),
    ('^(?:mail|mx|smtp|mta|relay|mailhost|mailgw|gw|in|inbound|mx-in|mail-in)\\d*$', 0): (32, 61250, 168, 0, {}, (None,)),
    ('^(?:pipe to \\||save to |/)', 2): (34, 61418, 65, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon)@(?:[\\w-]+\\.)*(?:ezweb\\.ne\\.jp|au\\.com)$', 2): (34, 61483, 142, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon)@(?:[\\w-]+\\.)*(?:hotmail|outlook|live|msn)\\.(?:com|[a-z]{2}|co\\.[a-z]{2})$', 2): (34, 61625, 392, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon)@(?:[\\w-]+\\.)*biglobe\\.ne\\.jp$', 2): (34, 62017, 131, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon)@(?:[\\w-]+\\.)*docomo\\.ne\\.jp$', 2): (34, 62148, 124, 0, {}, (None,)),
    ('^(?:postmaster|mailer-daemon|microsoftexchange[0-9a-f]*)@', 2): (34, 62272, 140, 0, {}, (None,)),
    ('^([!-9;-~]+)[ \\t]*:[ \\t]*(.*(?:(?:\\n(?=[ \\t])|(?<=;)\\n(?=[\\w.\\-*]+=)).*)*)', 8): (40, 62412, 123, 2, {}, (None, None, None)),
    ('^([2-5]\\d\\d)([ -])(?:([245]\\.\\d{1,3}\\.\\d{1,3})(?=\\s|$))?', 0): (32, 62535, 99, 3, {}, (None, None, None, None)),
    ('^([2-5]\\d\\d):\\s*', 0): (32, 62634, 40, 1, {}, (None, None)),
    ('^([2-5]\\d\\d)[ -](?:([245]\\.\\d{1,3}\\.\\d{1,3})(?:\\s+|$))?', 0): (32, 62674, 96, 2, {}, (None, None, None)),
    ('^([2-5]\\d\\d)[ \\t]+(?=\\1[ \\-])', 0): (32, 62770, 53, 1, {}, (None, None)),
    ('^([2-5]\\d\\d)[- ](?:([245]\\.\\d{1,3}\\.\\d{1,3})[ \\t]+)?', 0): (32, 62823, 88, 2, {}, (None, None, None)),
    ('^([2-5]\\d\\d)[- ](?:([245]\\.\\d{1,3}\\.\\d{1,3})\\s)?', 0): (32, 62911, 81, 2, {}, (None, None, None)),
    ('^([245]\\d\\d)(?:[ \\t]|$)', 0): (32, 62992, 47, 1, {}, (None, None)),
    ('^([245]\\d\\d)[ \\t]+([\\w.-]+|\\[[\\d.:a-fA-F]+\\])[ \\t]+\\(\\w+\\)\\.\\.\\.[ \\t]*(.*)$', 0): (32, 63039, 146, 3, {}, (None, None, None, None)),
    ('^([245]\\d\\d)[ \\t]+<?([^\\s<>]+@[^\\s<>]+?)>?\\.\\.\\.[ \\t]*(.*)$', 0): (32, 63185, 122, 3, {}, (None, None, None, None)),
    ('^([245]\\d\\d)\\b', 0): (32, 63307, 32, 1, {}, (None, None)),
    ('^([45]\\d\\d)[ -]', 0): (32, 63339, 35, 1, {}, (None, None)),
    ('^([A-Za-z0-9][\\w.-]*?)\\.?(?:\\s|$)', 0): (32, 63374, 59, 1, {}, (None, None)),
    ('^([A-Za-z][\\w-]*)\\s*;\\s*(.*)$', 0): (32, 63433, 67, 2, {}, (None, None, None)),
    ('^(\\S+) \\[([0-9A-Fa-f.:]+)\\] did not like our ([^:\\n]+):[ \\t]*$', 8): (40, 63500, 118, 3, {}, (None, None, None, None)),
    ('^(\\S+@\\S+?)\\s+(.+)$', 0): (32, 63618, 56, 2, {}, (None, None, None)),
    ('^-+ ?The header of the original message is following\\. ?-+[ \\t]*$', 8): (40, 63674, 146, 0, {}, (None,)),
    ('^-{2,}[ \\t]*(?:Below this line is a copy of the message|Enclosed is a copy of the message|Original message follows|The original message|Original message)|^Content-Type:[ \\t]*message/rfc822', 10): (42, 63820, 519, 0, {}, (None,)),
    ('^-{2,}[ \\t]*The following addresses had delivery errors[ \\t]*-{2,}', 10): (42, 64339, 162, 0, {}, (None,)),
    ('^-{20,}[ \\t]*$', 8): (40, 64501, 29, 0, {}, (None,)),
    ('^-{3,}[ \\t]*Failure Reasons[ \\t]*-{3,}', 10): (42, 64530, 91, 0, {}, (None,)),
    ('^-{3,}[ \\t]*Returned Message[ \\t]*-{3,}', 10): (42, 64621, 88, 0, {}, (None,)),
    ('^-{3,}[ \\t]*The following addresses had permanent delivery errors[ \\t]*-{3,}', 10): (42, 64709, 182, 0, {}, (None,)),
    ('^-{3}[ \\t]*(?:Below this line is a copy of the message|Enclosed is a copy of the message)', 8): (40, 64891, 181, 0, {}, (None,)),
    ('^-{7}(server message|SMTP command|original message|original mail info)\\s*$', 10): (42, 65072, 225, 1, {}, (None, None)),
    ('^.*(?:original message|message follows|below this line).*\\n', 10): (42, 65297, 175, 0, {}, (None,)),
    ('^<(?P<addr>[^<>\\s]+@[^<>\\s]+)>(?P<why>.*)$', 2): (34, 65472, 60, 2, {'addr': 1, 'why': 2}, (None, 'addr', 'why')),
    ('^<(?P<rcpt>\\"[^\\"]+\\"@[^<>\\s]+|[^<>\\s]+@[^<>\\s]+)>(?:\\s*\\(expanded from\\s*<(?P<orig>[^<>]*)>\\))?\\s*:\\s*(?P<text>.*)$', 16): (48, 65532, 194, 3, {'rcpt': 1, 'orig': 2, 'text': 3}, (None, 'rcpt', 'orig', 'text')),
    ('^<([^<>\\s]*@[^<>\\s]+)>:[ \\t]*(.*)$', 0): (32, 65726, 74, 2, {}, (None, None, None)),
    ('^<([^<>\\s]+@[^<>\\s]+)>:[ \\t]*$', 0): (32, 65800, 64, 1, {}, (None, None)),
    ('^<([^>\\s]+@[^>\\s]+)>:\\s+(.+?)(?=\\n\\s*\\n|\\Z)', 24): (56, 65864, 94, 2, {}, (None, None, None)),
    ('^<<<[ \\t]?(.*)$', 0): (32, 65958, 38, 1, {}, (None, None)),
    ('^<?([^\\s<>:@]+@[^\\s<>:@]+?)>?:\\s*(.*)$', 0): (32, 65996, 92, 2, {}, (None, None, None)),
    ('^<SMTP32 v', 2): (34, 66088, 31, 0, {}, (None,)),
    ('^<[^<>\\s]*@[^<>\\s]+>:[ \\t]*$', 8): (40, 66119, 60, 0, {}, (None,)),
    ('^>>> (RCPT TO|MAIL FROM|DATA)\\b[^\\n]*\\n<<< ([45]\\d\\d[ -][^\\n]*)', 10): (42, 66179, 129, 2, {}, (None, None, None)),
    ('^>>> ?(\\S+@\\S+)(?:\\s+<([^>]+)>)?\\s*$', 0): (32, 66308, 89, 2, {}, (None, None, None)),
    ('^>>>[ \\t]*(.+)$', 8): (40, 66397, 38, 1, {}, (None, None)),
    ('^>>>[ \\t]*(\\S+(?:[ \\t]+(?:TO|FROM))?)', 10): (42, 66435, 77, 1, {}, (None, None)),
    ('^>>>[ \\t]?(.*)$', 0): (32, 66512, 38, 1, {}, (None, None)),
    ('^@[^:]+:', 0): (32, 66550, 19, 0, {}, (None,)),
    ('^Action:[ \\t]*(expired)\\b', 10): (42, 66569, 64, 1, {}, (None, None)),
    ('^Arrival-Date:\\s*(\\d{4})-(\\d\\d)-(\\d\\d) (\\d\\d)-(\\d\\d)-(\\d\\d)\\s*$', 10): (42, 66633, 155, 6, {}, (None, None, None, None, None, None, None)),
    ('^Body of message generated response:[ \\t]*$', 2): (34, 66788, 112, 0, {}, (None,)),
    ('^Boundary_\\(ID_', 2): (34, 66900, 39, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message/(?:global-)?delivery-status|message/rfc822|text/rfc822-headers|message/global)', 10): (42, 66939, 269, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message/rfc822|text/rfc822-headers)[ \\t]*\\n', 10): (42, 67208, 149, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message/rfc822|text/rfc822-headers|message/global\\b)', 10): (42, 67357, 178, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message|text/rfc822)', 10): (42, 67535, 100, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*(?:message|text/rfc822)|^={10,}[ \\t]*$', 10): (42, 67635, 129, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*message/|^[ \\t]*(?:-{3,}|What should you do\\?)', 10): (42, 67764, 150, 0, {}, (None,)),
    ('^Content-Type:[ \\t]*message/|^[ \\t]*-{3,}', 10): (42, 67914, 99, 0, {}, (None,)),
    ('^Content-Type:|^-{3,}', 10): (42, 68013, 49, 0, {}, (None,)),
    ('^Could not deliver for the last \\d+ seconds\\. Giving up', 2): (34, 68062, 148, 0, {}, (None,)),
    ('^DELIVERY[ _]FAILURE:', 2): (34, 68210, 57, 0, {}, (None,)),
    ('^DNS lookup failure: host \\S+ not found', 2): (34, 68267, 103, 0, {}, (None,)),
    ('^Delay reason:\\s*', 2): (34, 68370, 49, 0, {}, (None,)),
    ('^Delivery Status Notification \\((?:Failure|Delay)\\)', 2): (34, 68419, 137, 0, {}, (None,)),
    ('^Delivery failed \\d+ attempts?\\b', 2): (34, 68556, 90, 0, {}, (None,)),
    ('^Delivery status notification:\\s*(?:error|failed|failure|delayed|warning)\\b', 2): (34, 68646, 204, 0, {}, (None,)),
    ('^Delivery status notification[ \\t]*$', 0): (32, 68850, 78, 0, {}, (None,)),
    ('^Error message below:[ \\t]*$', 8): (40, 68928, 62, 0, {}, (None,)),
    ('^Error:[ \\t]*(.+?)[ \\t]*$', 8): (40, 68990, 56, 1, {}, (None, None)),
    ('^FAILURE NOTICE :', 2): (34, 69046, 50, 0, {}, (None,)),
    ('^Final-Recipient[ \\t]*:', 10): (42, 69096, 67, 0, {}, (None,)),
    ('^From:[ \\t]*<[^>]*>[ \\t]+RCPT:[ \\t]*<[^>]*>[ \\t]*', 0): (32, 69163, 98, 0, {}, (None,)),
    ('^Hi\\. This is the James mail server at ', 8): (40, 69261, 82, 0, {}, (None,)),
    ('^Hi\\. This is the qmail|^This is the qmail-send program', 8): (40, 69343, 118, 0, {}, (None,)),
    ('^Illegal host/domain name found', 2): (34, 69461, 83, 0, {}, (None,)),
    ('^Included is a copy of the message header:\\s*\\n(?:-+\\s*\\n)?', 10): (42, 69544, 151, 0, {}, (None,)),
    ('^Mail size limit exceeded\\b', 2): (34, 69695, 83, 0, {}, (None,)),
    ('^Message could not be delivered to mobile\\.?[ \\t]*$', 10): (42, 69778, 129, 0, {}, (None,)),
    ('^Message details:[ \\t]*$', 8): (40, 69907, 54, 0, {}, (None,)),
    ('^NOTICE: mail delivery status\\.?\\s*$', 2): (34, 69961, 108, 0, {}, (None,)),
    ('^Original Message:[ \\t]*$', 10): (42, 70069, 76, 0, {}, (None,)),
    ('^Original message follows\\.?[ \\t]*$', 8): (40, 70145, 77, 0, {}, (None,)),
    ('^RCPT\\s+TO:\\s*<([^>]*)>', 2): (34, 70222, 57, 1, {}, (None, None)),
    ('^Received:\\s*from ', 8): (40, 70279, 46, 0, {}, (None,)),
    ('^Remote host said:\\s*', 2): (34, 70325, 67, 0, {}, (None,)),
    ('^Remote-MTA:[^\\n]*mimecast', 10): (42, 70392, 63, 0, {}, (None,)),
    ('^Reporting-MTA[ \\t]*:', 10): (42, 70455, 53, 0, {}, (None,)),
    ('^Returned Mail:', 2): (34, 70508, 41, 0, {}, (None,)),
    ('^The attachment contains the original mail headers', 10): (42, 70549, 136, 0, {}, (None,)),
    ('^The following message to <[^>]+> was undeliverable\\.', 8): (40, 70685, 107, 0, {}, (None,)),
    ('^The following text was generated during the delivery attempt', 10): (42, 70792, 148, 0, {}, (None,)),
    ('^There was an error delivering your mail to <([^<>\\s]+)>\\.?[ \\t]*$', 8): (40, 70940, 138, 1, {}, (None, None)),
    ('^There was an error sending your mail', 2): (34, 71078, 100, 0, {}, (None,)),
    ('^This is the (?:mail system|Postfix program) at host\\b|^[ \\t]*The (?:mail system|Postfix program)[ \\t]*$', 8): (40, 71178, 212, 0, {}, (None,)),
    ('^This is the DragonFly Mail Agent\\b', 8): (40, 71390, 74, 0, {}, (None,)),
    ('^This message was created automatically by mail delivery software\\.', 8): (40, 71464, 138, 0, {}, (None,)),
    ('^This report relates to a message you sent with the following header fields:', 8): (40, 71602, 158, 0, {}, (None,)),
    ('^To:[ \\t]*(.+)$', 10): (42, 71760, 38, 1, {}, (None, None)),
    ('^Transcript of session follows\\.?[ \\t]*$', 10): (42, 71798, 122, 0, {}, (None,)),
    ('^Unable to deliver message to the following address\\(es\\)\\.', 8): (40, 71920, 118, 0, {}, (None,)),
    ('^Undeliverable Mail:\\s', 2): (34, 72038, 61, 0, {}, (None,)),
    ('^Unrouteable (?:address|mail domain)|all relevant MX records point to non-existent hosts|all host address lookups failed permanently', 2): (34, 72099, 350, 0, {}, (None,)),
    ('^User mailbox exceeds allowed size\\b', 2): (34, 72449, 101, 0, {}, (None,)),
    ('^Warning: message \\S+ delayed', 2): (34, 72550, 83, 0, {}, (None,)),
    ('^We had trouble delivering your message\\. Full details follow:', 10): (42, 72633, 158, 0, {}, (None,)),
    ('^X-Postfix-(?:Queue-ID|Sender)[ \\t]*:', 10): (42, 72791, 98, 0, {}, (None,)),
    ('^X-PowerMTA-', 10): (42, 72889, 30, 0, {}, (None,)),
    ('^Your mail message to the following address\\(es\\) could not be delivered\\.', 8): (40, 72919, 148, 0, {}, (None,)),
    ("^[ \\t>]*+[-=_*]*+[ \\t]*+(?:forwarded message|begin forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d['’]origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht|wiadomość przekazana|пересылаемое сообщение|исходное сообщение|転送メッセージ|转发的邮件|原始邮件)[ \\t]*:?[ \\t]*[-=_*]*[ \\t]*$", 10): (42, 73067, 1209, 0, {}, (None,)),
    ('^[ \\t]*(.*?\\S)[ \\t]*:?[ \\t]+<?([^\\s<>:]+@[^\\s<>:]+?)>?[ \\t]*$', 0): (32, 74276, 140, 2, {}, (None, None, None)),
    ('^[ \\t]*(?:Below is a copy of the original message|Please note that this is only a temporary)|^Content-Type:[ \\t]*(?:message|text/rfc822)', 10): (42, 74416, 343, 0, {}, (None,)),
    ("^[ \\t]*(?:Original message headers|Original Message Headers|En-t[êe]tes de message d'origine|Ursprüngliche Nachrichtenkopfzeilen|Kopfzeilen der ursprünglichen Nachricht|Encabezados del mensaje original|Encabezados de mensajes originales|Intestazioni originali del messaggio|Intestazioni del messaggio originale|Cabeçalhos da mensagem original|Cabeçalhos de mensagem originais|Oorspronkelijke berichtkoppen|Kopteksten van oorspronkelijk bericht|Заголовки исходного сообщения|元のメッセージ ヘッダー|元のメッセージのヘッダー|原始邮件头|原始郵件標頭|원본 메시지 헤더)\\s*[:：]?[ \\t]*$", 10): (42, 74759, 1502, 0, {}, (None,)),
    ('^[ \\t]*(?:Please reply to Postmaster|-{3,}|The original message)', 10): (42, 76261, 165, 0, {}, (None,)),
    ('^[ \\t]*(?:Recipient:[ \\t]*)?<([^>\\s]+@[^>\\s]+)>(?::[ \\t]*(.*))?[ \\t]*$', 8): (40, 76426, 136, 2, {}, (None, None, None)),
    ('^[ \\t]*(?:Sorry, we were unable to deliver your message to the following address(?:es)?|Unable to deliver message to the following address(?:\\(es\\)|es)?)\\.?[ \\t]*$', 10): (42, 76562, 403, 0, {}, (None,)),
    ('^[ \\t]*(In|Out):[ \\t]*(.*)$', 0): (32, 76965, 68, 2, {}, (None, None, None)),
    ('^[ \\t]*+[-=_|]*+[ \\t]*+(?:This is a copy of (?:the|your) message|Below this line is a copy of the message|(?:Unsent|Undelivered|Returned|Original) message(?: headers?)? (?:follows|text follows)|Original message[ \\t]*-{3,}|The (?:header|headers|text) of the original message|Original message header|Message text follows|Original message follows|Content-Type: message/rfc822|The original message (?:headers are|was)|Headers of the original message)[^\\n]*\\n', 10): (42, 77033, 1179, 0, {}, (None,)),
    ('^[ \\t]*-+[ \\t]*(?:Original|Unsent) message (?:follows|text follows)[ \\t]*-*[ \\t]*$', 10): (42, 78212, 207, 0, {}, (None,)),
    ('^[ \\t]*-+[ \\t]*(?:Unsent|Original) message follows[ \\t]*-+[ \\t]*$', 10): (42, 78419, 170, 0, {}, (None,)),
    ('^[ \\t]*-+[ \\t]*The following addresses had (permanent fatal errors|transient non-fatal errors|delivery problems)[ \\t]*-+[ \\t]*$', 8): (40, 78589, 273, 1, {}, (None, None)),
    ('^[ \\t]*-+[ \\t]*Transcript of session follows[ \\t]*-+[ \\t]*$', 8): (40, 78862, 130, 0, {}, (None,)),
    ('^[ \\t]*-{2,}[ \\t]*(?:Below this line is a copy of the message|Original message follows)\\.?[ \\t]*$', 10): (42, 78992, 256, 0, {}, (None,)),
    ('^[ \\t]*-{3,} ?This is a copy of (?:the|your) message[^\\n]*$', 10): (42, 79248, 147, 0, {}, (None,)),
    ('^[ \\t]*-{3,}[ \\t]*(?:Original message|Message truncated)[ \\t]*-{3,}[ \\t]*$', 10): (42, 79395, 176, 0, {}, (None,)),
    ('^[ \\t]*-{3,}[ \\t]*Non-delivered information[ \\t]*-{3,}', 10): (42, 79571, 123, 0, {}, (None,)),
    ('^[ \\t]*-{3,}[ \\t]*Original message[ \\t]*-{3,}[ \\t]*$', 10): (42, 79694, 124, 0, {}, (None,)),
    ('^[ \\t]*-{3,}[ \\t]*The following addresses had delivery problems[ \\t]*-{3,}', 10): (42, 79818, 178, 0, {}, (None,)),
    ('^[ \\t]*<([^<>\\s]+@[^<>\\s]+)>:[ \\t]*(.*)$', 0): (32, 79996, 86, 2, {}, (None, None, None)),
    ('^[ \\t]*<([^<>\\s]+@[^<>\\s]+)>[ \\t]*$', 8): (40, 80082, 74, 1, {}, (None, None)),
    ('^[ \\t]*<<<[ \\t]*(.+)$', 0): (32, 80156, 50, 1, {}, (None, None)),
    ('^[ \\t]*<?([^\\s<>@\\[\\]]+@[^\\s<>@\\[\\]]+?)>?[ \\t]+\\[(.+)\\][ \\t]*$', 0): (32, 80206, 120, 2, {}, (None, None, None)),
    ('^[ \\t]*<?([^\\s<>@]+@[^\\s<>@.]+(?:\\.[^\\s<>@.]+)+?)>?(?:\\.{3}[ \\t]*(.*))?[ \\t]*$', 0): (32, 80326, 155, 2, {}, (None, None, None)),
    ('^[ \\t]*<?([^\\s<>@]+@[^\\s<>@]+?)>?[ \\t]*$', 0): (32, 80481, 94, 1, {}, (None, None)),
    ('^[ \\t]*> ?', 8): (40, 80575, 29, 0, {}, (None,)),
    ('^[ \\t]*>>>[ \\t]*(.+)$', 0): (32, 80604, 50, 1, {}, (None, None)),
    ('^[ \\t]*>>>[ \\t]*(RCPT|MAIL|DATA|EHLO|HELO)\\b', 10): (42, 80654, 106, 1, {}, (None, None)),
    ('^[ \\t]*A message is delayed for more than', 10): (42, 80760, 108, 0, {}, (None,)),
    ('^[ \\t]*Below is a copy of the original message:?[ \\t]*$', 10): (42, 80868, 149, 0, {}, (None,)),
    ('^[ \\t]*Could not be delivered to:[ \\t]*<?([^>\\s]+@[^>\\s]+)>?[ \\t]*\\n((?:[ \\t]*\\S[^\\n]*\\n?)*)', 10): (42, 81017, 189, 2, {}, (None, None, None)),
    ('^[ \\t]*De(?:li|le)very to the following recipients? (?:failed permanently|was aborted after)', 10): (42, 81206, 298, 0, {}, (None,)),
    ('^[ \\t]*Delivery to the following recipients? (?:failed permanently|has been delayed|have been delayed)[ \\t]*:', 10): (42, 81504, 261, 0, {}, (None,)),
    ('^[ \\t]*Message will be retried for [^\\n]*', 10): (42, 81765, 103, 0, {}, (None,)),
    ('^[ \\t]*Recipient:[ \\t]*<?([^<>\\s]+@[^<>\\s]+)>?[ \\t]*\\n[ \\t]*Reason:[ \\t]*(.+(?:\\n[ \\t]{6,}\\S.*)*)', 10): (42, 81868, 209, 2, {}, (None, None, None)),
    ('^[ \\t]*SMTP:([A-Z]+)[ \\t]+host[ \\t]+(\\S+?):[ \\t]*(.*)$', 8): (40, 82077, 117, 3, {}, (None, None, None, None)),
    ('^[ \\t]*Technical details of (permanent|temporary) failure:[ \\t]*$', 10): (42, 82194, 162, 1, {}, (None, None)),
    ('^[ \\t]*Technical details(?: of \\w+ failure)?:[ \\t]*$', 10): (42, 82356, 129, 0, {}, (None,)),
    ('^[ \\t]*The response (?:was|from the remote server was):[ \\t]*$', 10): (42, 82485, 153, 0, {}, (None,)),
    ('^[ \\t]*This Message was undeliverable due to the following reason:[ \\t]*$', 10): (42, 82638, 192, 0, {}, (None,)),
    ('^[ \\t]*This is the MAILER-DAEMON, please DO NOT REPLY to this e-?mail', 10): (42, 82830, 192, 0, {}, (None,)),
    ('^[ \\t]*[A-Za-z][A-Za-z0-9-]*:[ \\t]', 8): (40, 83022, 55, 0, {}, (None,)),
    ('^[ \\t]*\\**[ \\t]*([^\\s:*]{1,20})[ \\t]*\\**[ \\t]*:\\**[ \\t]?(.*)$', 0): (32, 83077, 122, 2, {}, (None, None, None)),
    ('^[ \\t]*\\*[ \\t]*<?([^\\s<>@]+@[^\\s<>@]+?)>?[ \\t]*$', 8): (40, 83199, 108, 1, {}, (None, None)),
    ('^[ \\t]*\\*\\*[ \\t]*([^*\\n]+?)[ \\t]*\\*\\*[ \\t]*$', 8): (40, 83307, 83, 1, {}, (None, None)),
    ('^[ \\t]*\\*\\*[ \\t]*message not delivered[ \\t]*\\*\\*[ \\t]*$', 10): (42, 83390, 123, 0, {}, (None,)),
    ('^[ \\t]*because:[ \\t]*$', 10): (42, 83513, 55, 0, {}, (None,)),
    ('^[ \\t]*was not delivered to:[ \\t]*$', 10): (42, 83568, 86, 0, {}, (None,)),
    ('^[ \\t]+(Recipient address|Original address|Reason|Diagnostic code|Remote system):[ \\t]*(.*)$', 2): (34, 83654, 271, 2, {}, (None, None, None)),
    ('^[ \\t]+([A-Za-z0-9][\\w.-]*)[ \\t]+\\[([0-9A-Fa-f.:]+)\\]:?[ \\t]*$', 0): (32, 83925, 107, 2, {}, (None, None, None)),
    ('^[ \\t]+RCPT TO:[ \\t]*(.*)$', 8): (40, 84032, 60, 1, {}, (None, None)),
    ('^[ \\t]?<(?:\\"[^\\"\\n]+\\"|[^<>\\s]+)@[^<>\\s]+>', 0): (32, 84092, 81, 0, {}, (None,)),
    ('^[ \\t]{1,3}(\\S+@\\S+?|\\S+)[ \\t]*(?:<[^>]*>)?[ \\t]*(?:\\(.*\\))?:?[ \\t]*$', 0): (32, 84173, 140, 1, {}, (None, None)),
    ('^[ \\t]{3,}([^\\s:]+@[^\\s:]+)[ \\t]*$', 0): (32, 84313, 66, 1, {}, (None, None)),
    ('^[!-9;-~]+[ \\t]*:', 8): (40, 84379, 36, 0, {}, (None,)),
    ('^[245]\\d\\d-', 0): (32, 84415, 28, 0, {}, (None,)),
    ('^[A-Za-z][A-Za-z0-9-]*:[ \\t]', 0): (32, 84443, 43, 0, {}, (None,)),
    ('^[A-Za-z][A-Za-z0-9-]*:[ \\t]?\\S', 8): (40, 84486, 53, 0, {}, (None,)),
    ('^[^\\S\\n]*Your message to:[^\\S\\n]*<?([^<>\\s]+@[^<>\\s]+?)>?[^\\S\\n]*$(?:\\n[^\\S\\n]*(was blocked by our .*)$)?', 10): (42, 84539, 216, 2, {}, (None, None, None)),
    ('^[^\\n]*mail to the following recipients could not be delivered[^\\n]*$', 10): (42, 84755, 164, 0, {}, (None,)),
    ('^[^\\n]{0,80}@[^\\n]{0,80}[,，:：]?[ \\t]*\\n', 8): (40, 84919, 136, 0, {}, (None,)),
    ('^[^\\s:]+:\\d+:<([^>]+)>\\s*:\\s*(.*)$', 8): (40, 85055, 84, 2, {}, (None, None, None)),
    ('^\\((?:ultimately )?generated from [^)]*\\)$|^generated by \\S', 2): (34, 85139, 122, 0, {}, (None,)),
    ('^\\*\\*Message you sent blocked by our bulk email filter\\*\\*', 2): (34, 85261, 139, 0, {}, (None,)),
    ('^\\[Status: .*?Address:\\s*<([^>]+)>,\\s*(.+)$', 0): (32, 85400, 97, 2, {}, (None, None, None)),
    ('^\\d+ error\\(s\\):[ \\t]*$', 10): (42, 85497, 57, 0, {}, (None,)),
    ('^\\s*$', 2): (34, 85554, 20, 0, {}, (None,)),
    ('^\\s*(.*?)<mailto:([^>\\s]+)>\\s*$', 2): (34, 85574, 80, 2, {}, (None, None, None)),
    ('^\\s*(?:For the following reason|Reason):?\\s*$', 2): (34, 85654, 120, 0, {}, (None,)),
    ('^\\s*(?:Generating server|Serveur de g[ée]n[ée]ration|Generierender Server|Servidor de generaci[oó]n|Servidor de gera[cç][aã]o|Server di generazione|Genererende server|Genererande server|Сервер создания|生成サーバー|生成服务器|產生伺服器|생성 서버)\\s*[:：]\\s*(\\S+)', 2): (34, 85774, 614, 1, {}, (None, None)),
    ('^\\s*(?:Receiving server|Serveur de r[ée]ception|Empfangender Server|Servidor receptor|Servidor de recebimento|Server di ricezione|Ontvangende server|Принимающий сервер|受信サーバー|接收服务器|接收伺服器|수신 서버)\\s*[:：]\\s*(\\S+)', 2): (34, 86388, 534, 1, {}, (None, None)),
    ('^\\s*(?:The|Your) message WAS NOT (?:relayed|delivered) to:\\s*$', 2): (34, 86922, 154, 0, {}, (None,)),
    ('^\\s*(?:Undeliverable|Undelivered|Non[ _]remis|Non recapitabile|No se puede entregar|Unzustellbar|N[ãa]o (?:entregue|foi poss[ií]vel entregar)|Onbestelbaar|Olevererbart|Kan ikke leveres|Nie mo[zż]na dostarczy[cć]|Не доставлено|Nedoručitelné|Teslim Edilemeyen|配信不能|无法传递|無法傳遞|배달 못 함)\\s*[:：]', 2): (34, 87076, 812, 0, {}, (None,)),
    ('^\\s*(?:Undeliverable|Unzustellbar|Non remis|Non recapitabile|No se puede entregar|Onbestelbaar|配信不能)\\s*:', 2): (34, 87888, 265, 0, {}, (None,)),
    ('^\\s*(?:Undelivered Mail Returned to Sender|Delayed Mail \\(still being retried\\)|Mail Delivery Status Report|Successful Mail Delivery Report|Postfix SMTP server: errors from\\b)', 2): (34, 88153, 465, 0, {}, (None,)),
    ('^\\s*(?:\\d{3}\\s*)?,\\s*(?P<addr>[^\\s,@]+@[^\\s,]+)\\s*,\\s*(?P<why>\\S.*)$', 2): (34, 88618, 128, 2, {'addr': 1, 'why': 2}, (None, 'addr', 'why')),
    ('^\\s*(?:from|cc|bcc|reply-to|sender|return-path|von|de|da|от)\\s*:', 2): (34, 88746, 165, 0, {}, (None,)),
    ('^\\s*(?:re|aw|sv|antw|ynt|odp|回复|答复)\\s*(?:\\[\\d+\\])?\\s*:', 2): (34, 88911, 130, 0, {}, (None,)),
    ('^\\s*(?:was|were|contains?|has been)\\b.*', 2): (34, 89041, 111, 0, {}, (None,)),
    ('^\\s*(?P<addr>[^\\s<>]+@[^\\s<>]+) on \\w.*$', 2): (34, 89152, 75, 1, {'addr': 1}, (None, 'addr')),
    ('^\\s*(From|Subject):\\s*(.*)$', 0): (32, 89227, 76, 2, {}, (None, None, None)),
    ('^\\s*(Recipient Address|Reported error|DSN generated by|Remote server|Status code)\\s*:\\s*(.+?)\\s*$', 10): (42, 89303, 265, 2, {}, (None, None, None)),
    ('^\\s*(Remote-MTA|Reporting-MTA|Last-Attempt-Date)\\s*:\\s*<?([^<>]*?)>?\\s*$', 2): (34, 89568, 188, 2, {}, (None, None, None)),
    ('^\\s*([A-Za-z0-9][\\w-]*(?:\\.[\\w-]+)+\\.[A-Za-z]{2,})\\s*$', 0): (32, 89756, 93, 1, {}, (None, None)),
    ('^\\s*(\\S.*?)\\s+(?:on|am|le|el|il|em|op|den)\\s+\\S.*\\d.*$', 2): (34, 89849, 142, 1, {}, (None, None)),
    ('^\\s*(smtp|x-[\\w-]+|dns|x400)\\s*;\\s*', 2): (34, 89991, 106, 1, {}, (None, None)),
    ('^\\s*-+ The following addresses had delivery problems -+\\s*$', 2): (34, 90097, 168, 0, {}, (None,)),
    ('^\\s*-+ The following addresses had permanent fatal errors -+', 2): (34, 90265, 161, 0, {}, (None,)),
    ('^\\s*-+ Transcript of session follows -+', 2): (34, 90426, 129, 0, {}, (None,)),
    ('^\\s*->\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 0): (32, 90555, 94, 1, {}, (None, None)),
    ('^\\s*<(?P<addr>[^<>\\s]+@[^<>\\s]+)>:\\s*$', 2): (34, 90649, 72, 1, {'addr': 1}, (None, 'addr')),
    ('^\\s*<(?P<addr>[^<>\\s]+@[^<>\\s]+)>\\s*$', 2): (34, 90721, 70, 1, {'addr': 1}, (None, 'addr')),
    ('^\\s*<([^<>\\s]+@[^<>\\s]+)>:\\s*(.*?)\\s*(?:said:)?\\s*$', 0): (32, 90791, 117, 2, {}, (None, None, None)),
    ('^\\s*<?([^<>\\s()]+@[^<>\\s()]+?)>?\\s+\\((.*)\\)\\s*$', 0): (32, 90908, 114, 2, {}, (None, None, None)),
    ('^\\s*<?([^<>\\s:]+@[^<>\\s:]+?)>?(?::\\s*(.*))?$', 0): (32, 91022, 107, 2, {}, (None, None, None)),
    ('^\\s*<?([^<>\\s@]+@[^<>\\s@]+?)>?\\s*$', 0): (32, 91129, 90, 1, {}, (None, None)),
    ('^\\s*<?([^<>\\s]+@[^<>\\s]+?)>?:\\s*\\[([0-9A-Fa-f.:]+)\\],\\s*(.+)$', 0): (32, 91219, 129, 3, {}, (None, None, None, None)),
    ('^\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 0): (32, 91348, 80, 1, {}, (None, None)),
    ('^\\s*<?([^\\s<>@()\\"\']+@[^\\s<>@()\\"\']+?)>?\\s*$', 0): (32, 91428, 90, 1, {}, (None, None)),
    ('^\\s*<mxl~', 2): (34, 91518, 28, 0, {}, (None,)),
    ('^\\s*Addressed To:\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 2): (34, 91546, 126, 1, {}, (None, None)),
    ('^\\s*Could not be delivered because of\\s*$', 2): (34, 91672, 106, 0, {}, (None,)),
    ('^\\s*DELAYS IN DELIVERING YOUR MESSAGE|This is a warning message only', 10): (42, 91778, 217, 0, {}, (None,)),
    ('^\\s*Delayed Mail\\b', 2): (34, 91995, 49, 0, {}, (None,)),
    ('^\\s*Delivery Status Notification \\((?:Failure|Delay)\\)', 2): (34, 92044, 147, 0, {}, (None,)),
    ('^\\s*Delivery failed for the following reason:\\s*$', 2): (34, 92191, 132, 0, {}, (None,)),
    ('^\\s*Delivery to the following recipients? (failed|has been delayed|was delayed)', 2): (34, 92323, 218, 1, {}, (None, None)),
    ('^\\s*Delivery to the following recipients? (failed|has been delayed|was delayed)', 42): (42, 92541, 218, 1, {}, (None, None)),
    ('^\\s*I was unable to deliver your message to the following addresses:\\s*$', 2): (34, 92759, 203, 0, {}, (None,)),
    ('^\\s*Reason:\\s*(.*)$', 2): (34, 92962, 59, 1, {}, (None, None)),
    ('^\\s*Received >>> (.+)$', 2): (34, 93021, 61, 1, {}, (None, None)),
    ('^\\s*Sent <<< (.+)$', 2): (34, 93082, 53, 1, {}, (None, None)),
    ('^\\s*Sent <<< ([A-Z]+(?: [A-Z]+)?):?\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 2): (34, 93135, 327, 2, {}, (None, None, None)),
    ('^\\s*The MTS-ID of the original message is', 2): (34, 93462, 132, 0, {}, (None,)),
    ('^\\s*The following recipients were affected:\\s*$', 2): (34, 93594, 128, 0, {}, (None,)),
    ('^\\s*The message (?:subject|date|identifier|reference) was:', 2): (34, 93722, 161, 0, {}, (None,)),
    ('^\\s*Unable to deliver message to:\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$', 2): (34, 93883, 163, 1, {}, (None, None)),
    ('^\\s*Your message:\\s*$', 2): (34, 94046, 66, 0, {}, (None,)),
    ('^\\s*[2-5]\\d\\d[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3}[ ]+)?', 0): (32, 94112, 85, 0, {}, (None,)),
    ('^\\s*[245]\\.\\d{1,3}\\.\\d{1,3}\\s*\\((.+)\\)\\s*$', 0): (32, 94197, 86, 1, {}, (None, None)),
    ('^\\s*[A-Za-z][A-Za-z0-9-]*:[ \\t]', 0): (32, 94283, 53, 0, {}, (None,)),
    ('^\\s*\\"?<?([^\\s<>\\"@]+@[^\\s<>\\"]+?)>?\\"?:?\\s*$', 0): (32, 94336, 111, 1, {}, (None, None)),
    ('^\\s*\\(expanded from:\\s*(.*?)\\)?\\s*$', 2): (34, 94447, 87, 1, {}, (None, None)),
    ('^\\s*\\(reason:\\s*(.*?)\\)?\\s*$', 2): (34, 94534, 78, 1, {}, (None, None)),
    ('^\\s*complaint about message from ', 2): (34, 94612, 91, 0, {}, (None,)),
    ('^\\s+(?P<addr>[^\\s()]+)(?:\\s+\\((?P<why>[^)]*)\\))?\\s*$', 2): (34, 94703, 78, 2, {'addr': 1, 'why': 2}, (None, 'addr', 'why')),
    ('^\\s+(?P<addr>[^\\s<>]+)\\s*$', 2): (34, 94781, 49, 1, {'addr': 1}, (None, 'addr')),
    ('^\\s+(?P<addr>[^\\s@]+(?:@[\\w.-]+)?)\\s+(?P<why>\\S.*)$', 2): (34, 94830, 82, 2, {'addr': 1, 'why': 2}, (None, 'addr', 'why')),
    ('^\\s+<?([A-Za-z0-9][\\w.%+-]{0,63})>?\\s*(?:[:(-].*)?$', 0): (32, 94912, 102, 1, {}, (None, None)),
    ('^\\s+<?([^\\s<>@]+@[^\\s<>@]+?)>?\\s*$', 0): (32, 95014, 90, 1, {}, (None, None)),
    ('^child status \\d+\\.{2,}\\s*', 2): (34, 95104, 76, 0, {}, (None,)),
    ('^connect to\\s+([\\w.-]+)\\[', 2): (34, 95180, 57, 1, {}, (None, None)),
    ('^fml\\b', 2): (34, 95237, 16, 0, {}, (None,)),
    ('^from MailMarshal\\b', 2): (34, 95253, 52, 0, {}, (None,)),
    ('^host/domain does not accept mail', 2): (34, 95305, 92, 0, {}, (None,)),
    ('^host\\s+([\\w.-]+)\\[', 2): (34, 95397, 50, 1, {}, (None, None)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*(?:gmx\\.(?:com|net|de|at|ch|fr|es|co\\.uk)|mail\\.com|web\\.de)$', 2): (34, 95447, 187, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*(?:kundenserver\\.de|1and1\\.[a-z.]+|1und1\\.de|ionos\\.[a-z.]+|online\\.de|onlinehome\\.de|perfora\\.net|schlund\\.de)$', 2): (34, 95634, 470, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*(?:mail\\.ru|bk\\.ru|inbox\\.ru|list\\.ru|mail\\.ua)$', 2): (34, 96104, 172, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*facebook\\.com$', 2): (34, 96276, 86, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*yahoo(?:mail)?\\.(?:com|co\\.[a-z]{2}|[a-z]{2,3})(?:\\.[a-z]{2})?$', 0): (32, 96362, 145, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*yandex\\.(?:ru|com|net|ua|by|kz|com\\.tr)$', 2): (34, 96507, 139, 0, {}, (None,)),
    ('^mailer-daemon@(?:[\\w-]+\\.)*zoho(?:mail)?\\.(?:com|eu|in|jp|com\\.au|com\\.cn)$', 2): (34, 96646, 157, 0, {}, (None,)),
    ('^no-reply@(?:[\\w-]+\\.)*(?:dion\\.ne\\.jp|auone-net\\.jp|au\\.com)$', 2): (34, 96803, 119, 0, {}, (None,)),
    ('^pipe to \\|', 2): (34, 96922, 31, 0, {}, (None,)),
    ('^undeliverable to\\b', 2): (34, 96953, 47, 0, {}, (None,)),
    ('^x-ms-(?:exchange-crosstenant-|office365-|exchange-transport-crosstenant)|^x-forefront-antispam-report$|^x-microsoft-antispam|^x-ms-traffictypediagnostic$', 2): (34, 97000, 393, 0, {}, (None,)),
    ('absender (?:ist )?(?:ungültig|abgelehnt|unbekannt)', 0): (32, 97393, 120, 0, {}, (None,)),
    ('abuse', 0): (32, 97513, 28, 0, {}, (None,)),
    ('acceptable use', 0): (32, 97541, 64, 0, {}, (None,)),
    ('accepts no mail', 0): (32, 97605, 68, 0, {}, (None,)),
    ('access denied', 0): (32, 97673, 60, 0, {}, (None,)),
    ('access denied from', 0): (32, 97733, 80, 0, {}, (None,)),
    ('account (?:is )?(?:temporarily )?(?:unavailable|not available|locked)', 0): (32, 97813, 151, 0, {}, (None,)),
    ('account (?:è )?(?:disattivato|sospeso)', 0): (32, 97964, 93, 0, {}, (None,)),
    ('account does not exist', 0): (32, 98057, 96, 0, {}, (None,)),
    ('account that you tried to reach does not exist', 0): (32, 98153, 192, 0, {}, (None,)),
    ('account that you tried to reach does not exist', 2): (34, 98345, 118, 0, {}, (None,)),
    ('account that you tried to reach is (?:disabled|inactive)|account (?:has been )?disabled', 0): (32, 98463, 181, 0, {}, (None,)),
    ('account that you tried to reach is (?:disabled|inactive)|account (?:has been )?disabled', 2): (34, 98644, 213, 0, {}, (None,)),
    ('account that you tried to reach is disabled', 0): (32, 98857, 180, 0, {}, (None,)),
    ('account that you tried to reach is over quota|out of storage space|inbox is out of storage', 0): (32, 99037, 203, 0, {}, (None,)),
    ('account that you tried to reach is over quota|out of storage space|inbox is out of storage', 2): (34, 99240, 238, 0, {}, (None,)),
    ('address (?:is )?(?:on|in) (?:the )?(?:do[- ]not[- ]send|bounce|blocked recipients?) list', 0): (32, 99478, 188, 0, {}, (None,)),
    ('address (?:is )?not (?:valid|correct)\\. please check', 0): (32, 99666, 119, 0, {}, (None,)),
    ('address (?:lookup|verification) failed', 0): (32, 99785, 98, 0, {}, (None,)),
    ('address (?:not found|unknown|invalid|does not exist)', 0): (32, 99883, 128, 0, {}, (None,)),
    ('address does not exist|unknown address|no such', 0): (32, 100011, 115, 0, {}, (None,)),
    ('address does not exist|unknown address|no such', 2): (34, 100126, 145, 0, {}, (None,)),
    ('address domain (?:is )?(?:invalid|unknown)', 0): (32, 100271, 115, 0, {}, (None,)),
    ('address syntax (?:error|invalid)', 0): (32, 100386, 100, 0, {}, (None,)),
    ('address that has not been verified', 0): (32, 100486, 144, 0, {}, (None,)),
    ('addressee unknown', 0): (32, 100630, 76, 0, {}, (None,)),
    ('administrative prohibition', 0): (32, 100706, 112, 0, {}, (None,)),
    ('adresse (?:e-?mail )?(?:invalide|inconnue)', 0): (32, 100818, 100, 0, {}, (None,)),
    ('alignment (?:check )?fail', 0): (32, 100918, 73, 0, {}, (None,)),
    ('all hosts (?:have been )?failing', 0): (32, 100991, 87, 0, {}, (None,)),
    ('all recipient addresses rejected ?: access denied', 0): (32, 101078, 173, 0, {}, (None,)),
    ('an MX or SRV record indicated no SMTP service', 2): (34, 101251, 126, 0, {}, (None,)),
    ('anti-spoofing policy', 2): (34, 101377, 66, 0, {}, (None,)),
    ('attachment (?:type )?(?:blocked|not allowed)', 2): (34, 101443, 87, 0, {}, (None,)),
    ('attachment (?:type )?(?:is )?(?:not allowed|not permitted|prohibited|blocked|forbidden)', 0): (32, 101530, 195, 0, {}, (None,)),
    ('aup#', 0): (32, 101725, 24, 0, {}, (None,)),
    ('aup#', 2): (34, 101749, 14, 0, {}, (None,)),
    ('aup#(?:in-?)?5\\d\\d\\b', 0): (32, 101763, 54, 0, {}, (None,)),
    ('aup#(?:in-?)?5\\d\\d\\b', 2): (34, 101817, 49, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?(?:1350|1540|15[89]0)\\b|aup#(?:mxrt|rate)', 0): (32, 101866, 124, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?(?:1350|1540|15[89]0)\\b|aup#(?:mxrt|rate)', 2): (34, 101990, 119, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?(?:13[0-4]\\d|1550)\\b|aup#cnct', 0): (32, 102109, 102, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?(?:13[0-4]\\d|1550)\\b|aup#cnct', 2): (34, 102211, 97, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1000\\b', 0): (32, 102308, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1000\\b', 2): (34, 102373, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1090\\b', 0): (32, 102433, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1090\\b', 2): (34, 102498, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?10[1-8]0\\b|aup#(?:in?|o)?-?15[02]0\\b', 0): (32, 102558, 123, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?10[1-8]0\\b|aup#(?:in?|o)?-?15[02]0\\b', 2): (34, 102681, 123, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?11[0-5]0\\b|aup#(?:ptr|rdns)', 0): (32, 102804, 99, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?11[0-5]0\\b|aup#(?:ptr|rdns)', 2): (34, 102903, 99, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1260\\b', 0): (32, 103002, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1260\\b', 2): (34, 103067, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1530\\b', 0): (32, 103127, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1530\\b', 2): (34, 103192, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1560\\b', 0): (32, 103252, 65, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?1560\\b', 2): (34, 103317, 60, 0, {}, (None,)),
    ('aup#(?:in?|o)?-?\\d{4}\\b', 0): (32, 103377, 67, 0, {}, (None,)),
    ('aup#c[a-z]+', 0): (32, 103444, 39, 0, {}, (None,)),
    ('aup#c[a-z]+', 2): (34, 103483, 114, 0, {}, (None,)),
    ('auth(?:entication)?required', 0): (32, 103597, 65, 0, {}, (None,)),
    ('authentication (?:is )?(?:required|needed|failed|failure|unsuccessful|credentials invalid)', 0): (32, 103662, 215, 0, {}, (None,)),
    ('authentication checks? (?:have |has )?failed', 0): (32, 103877, 136, 0, {}, (None,)),
    ('authorization (?:failed|required)', 0): (32, 104013, 100, 0, {}, (None,)),
    ('automatically\\ generated\\ message\\ from\\ SendGrid', 0): (32, 104113, 188, 0, {}, (None,)),
    ('bad destination (?:system|host|domain)', 0): (32, 104301, 115, 0, {}, (None,)),
    ('bad destination mailbox address', 0): (32, 104416, 132, 0, {}, (None,)),
    ('bad sequence of commands', 0): (32, 104548, 104, 0, {}, (None,)),
    ('bad spf', 0): (32, 104652, 36, 0, {}, (None,)),
    ('banned', 0): (32, 104688, 32, 0, {}, (None,)),
    ('banned (?:attachment|file|content)', 0): (32, 104720, 89, 0, {}, (None,)),
    ("banned sending ip|part of their network is on our block list|weren['’]t sent|block list \\(s3150\\)|\\bS3\\d{3}\\b", 2): (34, 104809, 289, 0, {}, (None,)),
    ('bare (?:lf|cr)', 0): (32, 105098, 44, 0, {}, (None,)),
    ('barracudacentral', 0): (32, 105142, 72, 0, {}, (None,)),
    ('barracudacentral|blocked|listed', 0): (32, 105214, 80, 0, {}, (None,)),
    ('barracudacentral|blocked|listed', 2): (34, 105294, 85, 0, {}, (None,)),
    ('batv (?:failed|validation)', 0): (32, 105379, 68, 0, {}, (None,)),
    ('been (?:in the queue|queued|undeliverable|delayed) (?:too long|for (?:more than )?\\d)', 0): (32, 105447, 182, 0, {}, (None,)),
    ('bestaat niet', 0): (32, 105629, 56, 0, {}, (None,)),
    ('bl0{6}|bl0{4}01|blocked|rbl', 0): (32, 105685, 71, 0, {}, (None,)),
    ('bl0{6}|bl0{4}01|blocked|rbl', 2): (34, 105756, 66, 0, {}, (None,)),
    ('black ?list', 0): (32, 105822, 43, 0, {}, (None,)),
    ('blacklisted (?:url|domain|link)', 0): (32, 105865, 93, 0, {}, (None,)),
    ('blacklisted url', 0): (32, 105958, 68, 0, {}, (None,)),
    ('block ?list', 0): (32, 106026, 43, 0, {}, (None,)),
    ('blocked (?:sender|from)', 0): (32, 106069, 68, 0, {}, (None,)),
    ('blocked (?:using|by)(?! (?:the |our |an? )?(?:anti-?)?(?:spam|junk|bulk|content)\\b)', 0): (32, 106137, 185, 0, {}, (None,)),
    ('blocked by (?:the )?(?:content|mail) filter', 0): (32, 106322, 109, 0, {}, (None,)),
    ('blocked|listed', 0): (32, 106431, 45, 0, {}, (None,)),
    ('blocked|listed', 2): (34, 106476, 50, 0, {}, (None,)),
    ('blocked|listed|reputation', 0): (32, 106526, 73, 0, {}, (None,)),
    ('blocked|listed|reputation', 2): (34, 106599, 78, 0, {}, (None,)),
    ('bo[iî]te[^.!?\\n]{0,50}? (?:est )?pleine', 0): (32, 106677, 72, 0, {}, (None,)),
    ('body check', 0): (32, 106749, 48, 0, {}, (None,)),
    ('bogus mail from', 0): (32, 106797, 68, 0, {}, (None,)),
    ('boite (?:aux lettres )?(?:est )?pleine', 0): (32, 106865, 86, 0, {}, (None,)),
    ('boite (?:du destinataire )?pleine|mailbox (?:is )?full', 0): (32, 106951, 115, 0, {}, (None,)),
    ('boite (?:du destinataire )?pleine|mailbox (?:is )?full', 2): (34, 107066, 150, 0, {}, (None,)),
    ('bounce|no-?reply|do-?not-?reply|notif', 2): (34, 107216, 102, 0, {}, (None,)),
    ('boîte (?:aux lettres )?(?:désactivée|suspendue)', 0): (32, 107318, 107, 0, {}, (None,)),
    ('boîte (?:aux lettres |mail )?(?:est )?pleine', 0): (32, 107425, 104, 0, {}, (None,)),
    ('broken pipe', 0): (32, 107529, 52, 0, {}, (None,)),
    ('bulk (?:e-?)?mail', 0): (32, 107581, 50, 0, {}, (None,)),
    ('bulk messages?', 0): (32, 107631, 63, 0, {}, (None,)),
    ("but greeting failed|wasn't able to establish an SMTP connection|most progress was (?:connect|greeting)", 2): (34, 107694, 280, 0, {}, (None,)),
    ('but my name was rejected|most progress was (?:HELO|EHLO)', 2): (34, 107974, 147, 0, {}, (None,)),
    ('but sender was rejected|most progress was MAIL', 2): (34, 108121, 139, 0, {}, (None,)),
    ('buz[oó]n[^.!?\\n]{0,40}? (?:está |esta )?lleno', 0): (32, 108260, 86, 0, {}, (None,)),
    ('buzon (?:esta )?lleno', 0): (32, 108346, 57, 0, {}, (None,)),
    ('buzón (?:está |esta )?lleno', 0): (32, 108403, 69, 0, {}, (None,)),
    ('błąd (?:wewnętrzny|serwera|systemu)', 0): (32, 108472, 87, 0, {}, (None,)),
    ('caixa (?:postal |de correio )?(?:está |esta )?(?:cheia|lotada)', 0): (32, 108559, 138, 0, {}, (None,)),
    ('caixa[^.!?\\n]{0,40}? (?:está |esta )?(?:cheia|lotada)', 0): (32, 108697, 105, 0, {}, (None,)),
    ('cannot (?:find|resolve) your (?:hostname|host name)', 0): (32, 108802, 112, 0, {}, (None,)),
    ('cannot (?:negotiate|establish) tls', 0): (32, 108914, 88, 0, {}, (None,)),
    ('cannot accept (?:mail|connections) from', 0): (32, 109002, 112, 0, {}, (None,)),
    ('cannot be found', 0): (32, 109114, 68, 0, {}, (None,)),
    ('cannot connect', 0): (32, 109182, 64, 0, {}, (None,)),
    ('cannot start tls', 0): (32, 109246, 72, 0, {}, (None,)),
    ('cannot verify (?:the )?sender', 0): (32, 109318, 89, 0, {}, (None,)),
    ("casella (?:di posta )?(?:è |e' )?piena", 0): (32, 109407, 96, 0, {}, (None,)),
    ("casella[^.!?\\n]{0,40}? (?:è |e' )?piena", 0): (32, 109503, 89, 0, {}, (None,)),
    ('certificate', 0): (32, 109592, 52, 0, {}, (None,)),
    ('certificate verif(?:y|ication) failed', 0): (32, 109644, 114, 0, {}, (None,)),
    ('classified as (?:spam|bulk|junk)', 0): (32, 109758, 99, 0, {}, (None,)),
    ('client host (?:\\[[^\\]]*\\] )?(?:rejected|blocked|refused)', 0): (32, 109857, 129, 0, {}, (None,)),
    ('client host (?:name )?(?:is )?(?:unknown|not resolv)', 0): (32, 109986, 124, 0, {}, (None,)),
    ('closed mailing list', 0): (32, 110110, 84, 0, {}, (None,)),
    ('command (?:not recognized|unrecognized|unknown)', 0): (32, 110194, 117, 0, {}, (None,)),
    ('command died with status', 0): (32, 110311, 104, 0, {}, (None,)),
    ('command line too long', 0): (32, 110415, 92, 0, {}, (None,)),
    ('command not implemented', 0): (32, 110507, 100, 0, {}, (None,)),
    ('compliance', 0): (32, 110607, 48, 0, {}, (None,)),
    ('compte (?:du destinataire )?(?:est )?(?:bloqu|désactiv|suspendu)', 0): (32, 110655, 139, 0, {}, (None,)),
    ('connect to .{1,80}: (?:connection refused|no route|network)', 0): (32, 110794, 139, 0, {}, (None,)),
    ('connection (?:expired|dropped)', 0): (32, 110933, 88, 0, {}, (None,)),
    ('connection (?:frequency|rate) limit', 0): (32, 111021, 98, 0, {}, (None,)),
    ('connection (?:limit|count) (?:exceeded|reached)', 0): (32, 111119, 120, 0, {}, (None,)),
    ('connection rate', 0): (32, 111239, 68, 0, {}, (None,)),
    ('connection rate limit', 0): (32, 111307, 92, 0, {}, (None,)),
    ('connection refused', 0): (32, 111399, 80, 0, {}, (None,)),
    ('connection reset', 0): (32, 111479, 72, 0, {}, (None,)),
    ('connections? (?:denied|refused|not (?:accepted|allowed)) from', 0): (32, 111551, 148, 0, {}, (None,)),
    ('considered (?:as )?(?:spam|junk|unsolicited)', 0): (32, 111699, 112, 0, {}, (None,)),
    ('conta (?:está )?(?:desativada|suspensa)', 0): (32, 111811, 91, 0, {}, (None,)),
    ('contains? (?:suspicious|prohibited) (?:url|link|content)', 0): (32, 111902, 134, 0, {}, (None,)),
    ('content (?:error|type (?:not|is not) (?:supported|allowed))', 0): (32, 112036, 136, 0, {}, (None,)),
    ('content (?:is )?not allowed', 0): (32, 112172, 73, 0, {}, (None,)),
    ('content filter (?:rejection|score)', 0): (32, 112245, 104, 0, {}, (None,)),
    ('content presents a potential security issue', 0): (32, 112349, 180, 0, {}, (None,)),
    ('content presents a potential(?: \\S+)? security issue', 0): (32, 112529, 167, 0, {}, (None,)),
    ('conversion (?:required|failed|not (?:possible|allowed))', 0): (32, 112696, 137, 0, {}, (None,)),
    ('correo no deseado', 0): (32, 112833, 76, 0, {}, (None,)),
    ('cota excedida', 0): (32, 112909, 60, 0, {}, (None,)),
    ('could not be delivered for \\d', 0): (32, 112969, 121, 0, {}, (None,)),
    ('could not be delivered to the following recipients?', 2): (34, 113090, 136, 0, {}, (None,)),
    ('could not be found', 0): (32, 113226, 80, 0, {}, (None,)),
    ('could not connect', 0): (32, 113306, 76, 0, {}, (None,)),
    ('could not contact dns servers', 0): (32, 113382, 124, 0, {}, (None,)),
    ('could not find (?:mx|the host|an mx)', 0): (32, 113506, 109, 0, {}, (None,)),
    ('could not verify sender', 0): (32, 113615, 100, 0, {}, (None,)),
    ("couldn['’]t be found", 0): (32, 113715, 59, 0, {}, (None,)),
    ("couldn['’]t connect", 0): (32, 113774, 57, 0, {}, (None,)),
    ('cuenta (?:está |esta )?(?:desactivada|suspendida|inactiva)', 0): (32, 113831, 132, 0, {}, (None,)),
    ('cuota excedida', 0): (32, 113963, 64, 0, {}, (None,)),
    ('cxbl|cxsbl|ip (?:address )?(?:has been )?blocked|cxrbl|cxdnsbl', 0): (32, 114027, 134, 0, {}, (None,)),
    ('cxbl|cxsbl|ip (?:address )?(?:has been )?blocked|cxrbl|cxdnsbl', 2): (34, 114161, 159, 0, {}, (None,)),
    ('cxcnct|cxconn', 0): (32, 114320, 40, 0, {}, (None,)),
    ('cxcnct|cxconn', 2): (34, 114360, 32, 0, {}, (None,)),
    ('cxdmarc|cxdkim|cxspf', 0): (32, 114392, 51, 0, {}, (None,)),
    ('cxdmarc|cxdkim|cxspf', 2): (34, 114443, 55, 0, {}, (None,)),
    ('cxmjrejct|cxspam', 0): (32, 114498, 46, 0, {}, (None,)),
    ('cxmjrejct|cxspam', 2): (34, 114544, 45, 0, {}, (None,)),
    ('cxmxrt|cxthrottle|too many', 0): (32, 114589, 70, 0, {}, (None,)),
    ('cxmxrt|cxthrottle|too many', 2): (34, 114659, 65, 0, {}, (None,)),
    ('cxsmtp|reverse dns|ptr', 0): (32, 114724, 67, 0, {}, (None,)),
    ('cxsmtp|reverse dns|ptr', 2): (34, 114791, 72, 0, {}, (None,)),
    ('cxtmp', 0): (32, 114863, 28, 0, {}, (None,)),
    ('cxtmp', 2): (34, 114891, 16, 0, {}, (None,)),
    ('dbl\\.spamhaus', 0): (32, 114907, 56, 0, {}, (None,)),
    ('deferred', 0): (32, 114963, 40, 0, {}, (None,)),
    ('deferred due to (?:excessive|unexpected) volume', 0): (32, 115003, 132, 0, {}, (None,)),
    ('delayed (?:delivery|mail)', 0): (32, 115135, 72, 0, {}, (None,)),
    ('deliver', 2): (34, 115207, 25, 0, {}, (None,)),
    ('delivery (?:has been |is )?delayed', 0): (32, 115232, 95, 0, {}, (None,)),
    ('delivery not authorized', 0): (32, 115327, 100, 0, {}, (None,)),
    ('delivery restriction', 0): (32, 115427, 88, 0, {}, (None,)),
    ('delivery time expired', 0): (32, 115515, 92, 0, {}, (None,)),
    ('delivery to (?:file|pipe) forbidden|^local delivery failed', 2): (34, 115607, 156, 0, {}, (None,)),
    ('denylist', 0): (32, 115763, 40, 0, {}, (None,)),
    ("destinataire invalide|adresse (?:d'au moins un destinataire )?invalide|invalid recipient", 0): (32, 115803, 194, 0, {}, (None,)),
    ("destinataire invalide|adresse (?:d'au moins un destinataire )?invalide|invalid recipient", 2): (34, 115997, 274, 0, {}, (None,)),
    ('destination mailbox has moved', 0): (32, 116271, 124, 0, {}, (None,)),
    ('dial-?up', 0): (32, 116395, 35, 0, {}, (None,)),
    ('did not accept our requests to connect', 0): (32, 116430, 160, 0, {}, (None,)),
    ("did not reach some or all of the intended recipients|hat einige oder alle Empf[äa]nger nicht erreicht|n'a pas atteint (?:certains|tous les) destinataires|no lleg[óo] a (?:algunos|todos los) destinatarios|non ha raggiunto|一部またはすべての受信者に届きませんでした", 2): (34, 116590, 634, 0, {}, (None,)),
    ('did not reach the following recipient\\(s\\):', 2): (34, 117224, 113, 0, {}, (None,)),
    ('did not reach the following recipient|following recipient\\(s\\) could not be reached|Empf[äa]nger konnten? nicht erreicht werden|Impossible de joindre le\\(s\\) destinataire|次の受信者に(?:は)?届きませんでした', 2): (34, 117337, 481, 0, {}, (None,)),
    ('did not respond', 0): (32, 117818, 68, 0, {}, (None,)),
    ('disallowed header', 0): (32, 117886, 76, 0, {}, (None,)),
    ('disk (?:is )?full', 0): (32, 117962, 47, 0, {}, (None,)),
    ('disk quota', 0): (32, 118009, 48, 0, {}, (None,)),
    ('dmarc|authentication', 0): (32, 118057, 57, 0, {}, (None,)),
    ('dmarc|authentication', 2): (34, 118114, 62, 0, {}, (None,)),
    ('dmarc|spf|dkim', 0): (32, 118176, 46, 0, {}, (None,)),
    ('dmarc|spf|dkim', 2): (34, 118222, 51, 0, {}, (None,)),
    ('dmarc|spf|dkim|does not pass', 0): (32, 118273, 75, 0, {}, (None,)),
    ('dmarc|spf|dkim|does not pass', 2): (34, 118348, 95, 0, {}, (None,)),
    ('dns error: domain name not found', 0): (32, 118443, 136, 0, {}, (None,)),
    ('dns returned an invalid response', 0): (32, 118579, 136, 0, {}, (None,)),
    ('dns temporary failure', 0): (32, 118715, 92, 0, {}, (None,)),
    ('do not accept mail from', 0): (32, 118807, 100, 0, {}, (None,)),
    ('does not (?:wish|want) to receive', 0): (32, 118907, 90, 0, {}, (None,)),
    ('does not accept any mail', 0): (32, 118997, 104, 0, {}, (None,)),
    ('does not exist e2110', 0): (32, 119101, 88, 0, {}, (None,)),
    ('does not have authentication information', 0): (32, 119189, 168, 0, {}, (None,)),
    ('does not like recipient|most progress was RCPT', 2): (34, 119357, 144, 0, {}, (None,)),
    ('does not resolve to your ip', 0): (32, 119501, 116, 0, {}, (None,)),
    ("domain (?:could not|couldn['’]t) be (?:found|resolved)", 0): (32, 119617, 125, 0, {}, (None,)),
    ('domain (?:is )?(?:present|listed) in', 0): (32, 119742, 87, 0, {}, (None,)),
    ('domain (?:is )?not reachable', 0): (32, 119829, 73, 0, {}, (None,)),
    ("domain (?:name )?(?:not found|does not exist|doesn['’]t exist|is not (?:valid|registered)|unknown|not exist)", 0): (32, 119902, 232, 0, {}, (None,)),
    ('domain does not (?:accept|receive) (?:e-?mail|mail)', 0): (32, 120134, 141, 0, {}, (None,)),
    ('domain is not (?:hosted|served)', 0): (32, 120275, 96, 0, {}, (None,)),
    ('domain name not found', 0): (32, 120371, 92, 0, {}, (None,)),
    ('domain of sender address', 0): (32, 120463, 104, 0, {}, (None,)),
    ('domaine (?:inexistant|introuvable|inconnu)', 0): (32, 120567, 103, 0, {}, (None,)),
    ('domainkeys', 0): (32, 120670, 48, 0, {}, (None,)),
    ('dominio (?:no existe|inexistente|desconocido)', 0): (32, 120718, 113, 0, {}, (None,)),
    ('domäne (?:existiert nicht|nicht gefunden)', 0): (32, 120831, 102, 0, {}, (None,)),
    ('due to (?:local )?(?:content|message) filter', 0): (32, 120933, 103, 0, {}, (None,)),
    ("due to (?:the )?recipient(?:'s)? (?:policy|settings|preferences)", 0): (32, 121036, 139, 0, {}, (None,)),
    ('due to ip reputation|4\\.7\\.65[0-2]', 0): (32, 121175, 77, 0, {}, (None,)),
    ('due to ip reputation|4\\.7\\.65[0-2]', 2): (34, 121252, 82, 0, {}, (None,)),
    ('duplicate (?:headers?|message-id|from|subject|date)', 0): (32, 121334, 134, 0, {}, (None,)),
    ('dynamic(?:ally)?[ -](?:ip|assigned|address|pool|client|range)', 0): (32, 121468, 140, 0, {}, (None,)),
    ('délai (?:de livraison )?(?:expiré|dépassé)', 0): (32, 121608, 97, 0, {}, (None,)),
    ('e-?mail loop', 0): (32, 121705, 37, 0, {}, (None,)),
    ("email address (?:could not be|wasn['’]t|was not) found", 0): (32, 121742, 142, 0, {}, (None,)),
    ('email address is not verified', 0): (32, 121884, 124, 0, {}, (None,)),
    ('email rejected due to security policies', 2): (34, 122008, 114, 0, {}, (None,)),
    ('emetteur invalide', 0): (32, 122122, 76, 0, {}, (None,)),
    ('empty (?:envelope )?sender', 0): (32, 122198, 67, 0, {}, (None,)),
    ('encoded-word syntax is not permitted', 0): (32, 122265, 152, 0, {}, (None,)),
    ('encoding error', 0): (32, 122417, 64, 0, {}, (None,)),
    ('encryption (?:is )?(?:required|needed)', 0): (32, 122481, 99, 0, {}, (None,)),
    ('envelope blocked|administrative prohibition', 2): (34, 122580, 133, 0, {}, (None,)),
    ('envelope expired', 0): (32, 122713, 72, 0, {}, (None,)),
    ('envelope from', 0): (32, 122785, 60, 0, {}, (None,)),
    ('envelope sender (?:has been |was |is )?(?:denied|rejected|refused)', 0): (32, 122845, 173, 0, {}, (None,)),
    ('erreur (?:interne|système|systeme|temporaire)', 0): (32, 123018, 112, 0, {}, (None,)),
    ('erro (?:interno|temporário|do sistema)', 0): (32, 123130, 93, 0, {}, (None,)),
    ('error (?:interno|temporal|del sistema)', 0): (32, 123223, 95, 0, {}, (None,)),
    ('error (?:in|while) processing', 0): (32, 123318, 76, 0, {}, (None,)),
    ('error in (?:the )?mailer', 0): (32, 123394, 69, 0, {}, (None,)),
    ('errore (?:interno|temporaneo|di sistema)', 0): (32, 123463, 101, 0, {}, (None,)),
    ('espace de stockage (?:est )?(?:plein|insuffisant)', 0): (32, 123564, 137, 0, {}, (None,)),
    ('exceed(?:s|ed)? (?:the )?(?:mailbox |storage |disk )?quota', 0): (32, 123701, 134, 0, {}, (None,)),
    ('exceed(?:s|ed)? (?:the )?(?:maximum )?(?:number of )?recipients', 0): (32, 123835, 132, 0, {}, (None,)),
    ("exceeded (?:google's |the )?message size limits?", 0): (32, 123967, 126, 0, {}, (None,)),
    ("exceeded (?:google's|the) message size limit", 0): (32, 124093, 112, 0, {}, (None,)),
    ("exceeded (?:google's|the) message size limit", 2): (34, 124205, 127, 0, {}, (None,)),
    ('exceeded (?:his|her|their|the|its|storage) ?(?:mailbox )?(?:quota|storage)', 0): (32, 124332, 172, 0, {}, (None,)),
    ('exceeded (?:the |your |its )?(?:message |sending |hourly |daily )?(?:rate|quota for sending|send limit|sending limit|hourly limit|daily limit)', 0): (32, 124504, 317, 0, {}, (None,)),
    ('exceeded \\d+ hops', 0): (32, 124821, 64, 0, {}, (None,)),
    ('exceeds? (?:the )?(?:maximum |max )?(?:message |allowed |permitted )?size', 0): (32, 124885, 161, 0, {}, (None,)),
    ('exceeds? (?:the )?administrative limit', 0): (32, 125046, 94, 0, {}, (None,)),
    ('executable (?:attachments?|files?) (?:is |are )?(?:not allowed|not permitted|prohibited|blocked|forbidden)', 0): (32, 125140, 248, 0, {}, (None,)),
    ('existiert nicht', 0): (32, 125388, 68, 0, {}, (None,)),
    ('exit (?:code|status) \\d', 0): (32, 125456, 63, 0, {}, (None,)),
    ('expired (?:in|after|while|without)', 0): (32, 125519, 92, 0, {}, (None,)),
    ('expéditeur (?:refusé|rejeté|inconnu|invalide)', 0): (32, 125611, 120, 0, {}, (None,)),
    ('external forwarding', 0): (32, 125731, 84, 0, {}, (None,)),
    ('ezweb\\.ne\\.jp', 2): (34, 125815, 28, 0, {}, (None,)),
    ('failed on DATA command|failed after I sent the message|most progress was DATA', 2): (34, 125843, 217, 0, {}, (None,)),
    ('failed to be replicated', 0): (32, 126060, 100, 0, {}, (None,)),
    ('failed to connect', 0): (32, 126160, 76, 0, {}, (None,)),
    ('fails? to pass authentication checks', 0): (32, 126236, 91, 0, {}, (None,)),
    ('filtered', 0): (32, 126327, 40, 0, {}, (None,)),
    ('fml system error message|Loop Alert:|Loop Back Warning:|WARNING: UNIX FROM Loop', 2): (34, 126367, 207, 0, {}, (None,)),
    ('following (?:recipients?|address(?:es)?|users?)|recipients? (?:below|listed)|folgenden? (?:empfänger|adressen?)|destinataires? suivants?|siguientes? destinatarios?|seguintes? destinatários?|seguenti destinatari', 2): (34, 126574, 675, 0, {}, (None,)),
    ('following address(?:es)? failed:\\s*$', 10): (42, 127249, 102, 0, {}, (None,)),
    ('forbidden (?:attachment|content|file|extension)', 0): (32, 127351, 122, 0, {}, (None,)),
    ('forwarding (?:is )?(?:not allowed|disabled|prohibited|blocked)', 0): (32, 127473, 149, 0, {}, (None,)),
    ('found inactive addresses', 0): (32, 127622, 104, 0, {}, (None,)),
    ('frequency limit', 0): (32, 127726, 68, 0, {}, (None,)),
    ('frequency limited', 0): (32, 127794, 76, 0, {}, (None,)),
    ('frequency limit|frequency limited|too many|rate limit|mail is rejected due to frequency', 0): (32, 127870, 199, 0, {}, (None,)),
    ('frequency limit|frequency limited|too many|rate limit|mail is rejected due to frequency', 2): (34, 128069, 234, 0, {}, (None,)),
    ('from address (?:is )?(?:rejected|not allowed|invalid|blocked)', 0): (32, 128303, 151, 0, {}, (None,)),
    ('from:? domain (?:is )?(?:invalid|not valid|rejected)', 0): (32, 128454, 117, 0, {}, (None,)),
    ('full mailbox', 0): (32, 128571, 56, 0, {}, (None,)),
    ('fully qualified email address required', 0): (32, 128627, 160, 0, {}, (None,)),
    ('gave up', 0): (32, 128787, 36, 0, {}, (None,)),
    ('generated\\ by\\ the\\ program\\ amavisd\\-new', 0): (32, 128823, 152, 0, {}, (None,)),
    ('generic (?:host ?name|rdns)', 0): (32, 128975, 79, 0, {}, (None,)),
    ('gibt es nicht', 0): (32, 129054, 60, 0, {}, (None,)),
    ('giving up', 0): (32, 129114, 44, 0, {}, (None,)),
    ('gr[ae]y list', 0): (32, 129158, 35, 0, {}, (None,)),
    ('gr[ae]y-?list(?:ed|ing)?', 0): (32, 129193, 63, 0, {}, (None,)),
    ("group (?:you tried to contact )?(?:may not exist|doesn['’]t exist)", 0): (32, 129256, 144, 0, {}, (None,)),
    ("group you tried to contact \\([^)]*\\) (?:does not|doesn't) exist|Your message to (?:group )?\\S+ couldn't be delivered because the group (?:does not|doesn't) exist", 2): (34, 129400, 361, 0, {}, (None,)),
    ('ha excedido (?:su|la) cuota', 0): (32, 129761, 84, 0, {}, (None,)),
    ('handshake failure', 0): (32, 129845, 76, 0, {}, (None,)),
    ('has (?:previously )?(?:bounced|complained)', 0): (32, 129921, 93, 0, {}, (None,)),
    ('has a policy that prohibited|illegal attachment|prohibited attachment|potential security issue|blocked because its content', 0): (32, 130014, 269, 0, {}, (None,)),
    ('has a policy that prohibited|illegal attachment|prohibited attachment|potential security issue|blocked because its content', 2): (34, 130283, 339, 0, {}, (None,)),
    ('has been moved', 0): (32, 130622, 64, 0, {}, (None,)),
    ('has not been able to deliver', 0): (32, 130686, 120, 0, {}, (None,)),
    ('has not yet been delivered to one or more of its\\s+recipients|^Delay reason:', 10): (42, 130806, 208, 0, {}, (None,)),
    ('has not yet been delivered to one or more of its|\\bhas been frozen\\b', 2): (34, 131014, 169, 0, {}, (None,)),
    ('has not yet been delivered|This is a temporary error', 2): (34, 131183, 146, 0, {}, (None,)),
    ('has not yet been delivered|will be retried|temporary error', 2): (34, 131329, 149, 0, {}, (None,)),
    ('have been failing for a long time', 0): (32, 131478, 140, 0, {}, (None,)),
    ('header (?:is )?(?:invalid|malformed|rejected)', 0): (32, 131618, 106, 0, {}, (None,)),
    ('header check', 0): (32, 131724, 56, 0, {}, (None,)),
    ('header error', 0): (32, 131780, 56, 0, {}, (None,)),
    ('high (?:spam )?complaint rate', 0): (32, 131836, 71, 0, {}, (None,)),
    ('high probability of being spam', 0): (32, 131907, 128, 0, {}, (None,)),
    ('hop count exceeded', 0): (32, 132035, 80, 0, {}, (None,)),
    ('hop count exceeded', 2): (34, 132115, 42, 0, {}, (None,)),
    ('host (?:is )?down', 0): (32, 132157, 47, 0, {}, (None,)),
    ('host (?:is )?unreachable', 0): (32, 132204, 61, 0, {}, (None,)),
    ('host (?:or domain name )?(?:not found|unknown)', 0): (32, 132265, 103, 0, {}, (None,)),
    ('host [a-z0-9.-]+ not found', 0): (32, 132368, 65, 0, {}, (None,)),
    ('host name lookup failure', 0): (32, 132433, 104, 0, {}, (None,)),
    ('host network not allowed', 2): (34, 132537, 59, 0, {}, (None,)),
    ('host not found', 0): (32, 132596, 64, 0, {}, (None,)),
    ('host not found, try again', 0): (32, 132660, 108, 0, {}, (None,)),
    ('hostile', 0): (32, 132768, 36, 0, {}, (None,)),
    ("hostname (?:does not|doesn['’]t) match", 0): (32, 132804, 99, 0, {}, (None,)),
    ('i/o error', 0): (32, 132903, 44, 0, {}, (None,)),
    ('ib401|ptr', 0): (32, 132947, 35, 0, {}, (None,)),
    ('ib401|ptr', 2): (34, 132982, 35, 0, {}, (None,)),
    ('ib50[1-4]', 0): (32, 133017, 30, 0, {}, (None,)),
    ('ib50[1-4]', 2): (34, 133047, 25, 0, {}, (None,)),
    ('ib60[5-9]|too many recipients this hour', 0): (32, 133072, 91, 0, {}, (None,)),
    ('ib60[5-9]|too many recipients this hour', 2): (34, 133163, 116, 0, {}, (None,)),
    ('ib70\\d|virus', 0): (32, 133279, 42, 0, {}, (None,)),
    ('ib70\\d|virus', 2): (34, 133321, 52, 0, {}, (None,)),
    ('ib[12]\\d\\d|blacklist|block list', 0): (32, 133373, 80, 0, {}, (None,)),
    ('ib[12]\\d\\d|blacklist|block list', 2): (34, 133453, 100, 0, {}, (None,)),
    ('identities failed the check', 0): (32, 133553, 116, 0, {}, (None,)),
    ('illegal attachment', 0): (32, 133669, 80, 0, {}, (None,)),
    ('improper (?:encoding|content)', 0): (32, 133749, 82, 0, {}, (None,)),
    ('in a separate transaction', 0): (32, 133831, 108, 0, {}, (None,)),
    ('in the queue too long', 0): (32, 133939, 92, 0, {}, (None,)),
    ('inactive (?:e-?mail )?(?:address|account|mailbox|user)', 0): (32, 134031, 132, 0, {}, (None,)),
    ('inactive (?:recipient|address)es?:', 0): (32, 134163, 95, 0, {}, (None,)),
    ('indesejad', 0): (32, 134258, 44, 0, {}, (None,)),
    ('infected', 0): (32, 134302, 40, 0, {}, (None,)),
    ('insecure', 0): (32, 134342, 40, 0, {}, (None,)),
    ('insufficient (?:disk )?space', 0): (32, 134382, 85, 0, {}, (None,)),
    ('insufficient system (?:storage|resources)', 0): (32, 134467, 128, 0, {}, (None,)),
    ('internal (?:error|server)', 0): (32, 134595, 74, 0, {}, (None,)),
    ('internal resources are temporarily unavailable', 2): (34, 134669, 123, 0, {}, (None,)),
    ('interne[rs]? (?:fehler|systemfehler)', 0): (32, 134792, 93, 0, {}, (None,)),
    ('invalid (?:address )?domain', 0): (32, 134885, 73, 0, {}, (None,)),
    ('invalid (?:credentials|login|password|username)', 0): (32, 134958, 118, 0, {}, (None,)),
    ('invalid (?:hostname|rdns)', 0): (32, 135076, 72, 0, {}, (None,)),
    ('invalid (?:message-id|from header|date header)', 0): (32, 135148, 115, 0, {}, (None,)),
    ('invalid address|mailbox unavailable|no such user|user not found', 0): (32, 135263, 150, 0, {}, (None,)),
    ('invalid address|mailbox unavailable|no such user|user not found', 2): (34, 135413, 185, 0, {}, (None,)),
    ('invalid domain', 0): (32, 135598, 64, 0, {}, (None,)),
    ('invalid ip (?:address )?for sending', 0): (32, 135662, 95, 0, {}, (None,)),
    ('invalid mailbox', 0): (32, 135757, 68, 0, {}, (None,)),
    ('invalid mime', 0): (32, 135825, 56, 0, {}, (None,)),
    ('invalid recipient|recipient address rejected: (?:user unknown|unknown user)', 2): (34, 135881, 208, 0, {}, (None,)),
    ('ip (?:is )?(?:blocked|rejected)|connection refused|bad ip|listed', 0): (32, 136089, 145, 0, {}, (None,)),
    ('ip (?:is )?(?:blocked|rejected)|connection refused|bad ip|listed', 2): (34, 136234, 175, 0, {}, (None,)),
    ('ip address is blocked|bl ?\\d|blocked|rejected by local policy|listed', 0): (32, 136409, 165, 0, {}, (None,)),
    ('ip address is blocked|bl ?\\d|blocked|rejected by local policy|listed', 2): (34, 136574, 195, 0, {}, (None,)),
    ("ip you're using to send mail is not authorized", 0): (32, 136769, 192, 0, {}, (None,)),
    ("ip you're using to send mail is not authorized", 2): (34, 136961, 138, 0, {}, (None,)),
    ('is no longer (?:active|in service)', 0): (32, 137099, 100, 0, {}, (None,)),
    ('is not (?:an )?(?:authorized|designated|permitted) sender', 0): (32, 137199, 130, 0, {}, (None,)),
    ('is not a known user', 0): (32, 137329, 84, 0, {}, (None,)),
    ('is not a valid (?:mailbox|user|recipient)', 0): (32, 137413, 119, 0, {}, (None,)),
    ('is over (?:the |its |his |her |their )?(?:storage|size|quota) limit', 0): (32, 137532, 161, 0, {}, (None,)),
    ('junk mail', 0): (32, 137693, 44, 0, {}, (None,)),
    ('kontingent überschritten', 0): (32, 137737, 104, 0, {}, (None,)),
    ('konto (?:ist )?(?:gesperrt|deaktiviert)', 0): (32, 137841, 91, 0, {}, (None,)),
    ('konto (?:jest )?(?:zablokowane|wyłączone|nieaktywne)', 0): (32, 137932, 118, 0, {}, (None,)),
    ('likely suspicious', 0): (32, 138050, 76, 0, {}, (None,)),
    ('likely unsolicited mail|likely suspicious', 0): (32, 138126, 96, 0, {}, (None,)),
    ('likely unsolicited mail|likely suspicious', 2): (34, 138222, 130, 0, {}, (None,)),
    ('line limit exceeded', 0): (32, 138352, 84, 0, {}, (None,)),
    ('line too long', 0): (32, 138436, 60, 0, {}, (None,)),
    ('lines? too long', 0): (32, 138496, 49, 0, {}, (None,)),
    ('listed (?:in|at|on|by) (?:the )?(?:rbl|dnsbl|spamhaus|spamcop|sorbs|barracuda|\\w+\\.(?:org|net|com))', 0): (32, 138545, 219, 0, {}, (None,)),
    ('local delivery failed', 0): (32, 138764, 92, 0, {}, (None,)),
    ('log ?in (?:through|with|via|using) your (?:web )?browser', 0): (32, 138856, 124, 0, {}, (None,)),
    ('looks like (?:spam|junk)', 0): (32, 138980, 76, 0, {}, (None,)),
    ('lookup of \\S+ had no relevant answers', 0): (32, 139056, 106, 0, {}, (None,)),
    ('loop detected', 0): (32, 139162, 60, 0, {}, (None,)),
    ('loops? back to myself', 0): (32, 139222, 61, 0, {}, (None,)),
    ('lost connection with', 0): (32, 139283, 88, 0, {}, (None,)),
    ('low (?:sender |ip )?rating', 0): (32, 139371, 69, 0, {}, (None,)),
    ('low reputation|very low reputation', 0): (32, 139440, 85, 0, {}, (None,)),
    ('low reputation|very low reputation', 2): (34, 139525, 90, 0, {}, (None,)),
    ('mail (?:delivery )?program', 0): (32, 139615, 65, 0, {}, (None,)),
    ('mail (?:is )?not accepted for this domain', 0): (32, 139680, 95, 0, {}, (None,)),
    ('mail ?box (?:is |was |seems |appears to be )?(?:currently |now )?(?:full|over ?(?:quota|the quota|filled))', 0): (32, 139775, 235, 0, {}, (None,)),
    ('mail appears to be unsolicited', 0): (32, 140010, 128, 0, {}, (None,)),
    ('mail delivery subsystem', 2): (34, 140138, 77, 0, {}, (None,)),
    ('mail from (?:address )?(?:rejected|refused|not accepted|denied)', 0): (32, 140215, 149, 0, {}, (None,)),
    ("mail from (?:domain|address) (?:does not|doesn['’]t) (?:exist|resolve)", 0): (32, 140364, 153, 0, {}, (None,)),
    ('mail from not owned by user', 0): (32, 140517, 116, 0, {}, (None,)),
    ('mail from your (?:ip|host|domain)', 0): (32, 140633, 103, 0, {}, (None,)),
    ('mail server permanently rejected message \\(#5\\.7\\.1\\)', 0): (32, 140736, 204, 0, {}, (None,)),
    ('mail system (?:is )?full', 0): (32, 140940, 75, 0, {}, (None,)),
    ('mail to the following recipients could not be delivered', 2): (34, 141015, 146, 0, {}, (None,)),
    ('mail(?:box)? (?:rule|filter)', 0): (32, 141161, 65, 0, {}, (None,)),
    ('mail(?:ing)? loop', 0): (32, 141226, 45, 0, {}, (None,)),
    ('mail\\.local: unknown user', 0): (32, 141271, 104, 0, {}, (None,)),
    ('mailbox (?:has been )?removed', 0): (32, 141375, 77, 0, {}, (None,)),
    ('mailbox (?:is )?(?:invalid|inactive)', 0): (32, 141452, 85, 0, {}, (None,)),
    ('mailbox (?:is )?(?:temporarily )?disabled', 0): (32, 141537, 96, 0, {}, (None,)),
    ('mailbox (?:is )?(?:unavailable|not available)', 0): (32, 141633, 107, 0, {}, (None,)),
    ('mailbox (?:is )?full|over quota', 0): (32, 141740, 74, 0, {}, (None,)),
    ('mailbox (?:is )?full|over quota', 2): (34, 141814, 84, 0, {}, (None,)),
    ('mailbox (?:is )?full|storage quota', 0): (32, 141898, 80, 0, {}, (None,)),
    ('mailbox (?:is )?full|storage quota', 2): (34, 141978, 95, 0, {}, (None,)),
    ('mailbox (?:not found|name not allowed)', 0): (32, 142073, 98, 0, {}, (None,)),
    ('mailbox is disabled|account (?:is )?(?:disabled|inactive)', 0): (32, 142171, 124, 0, {}, (None,)),
    ('mailbox is disabled|account (?:is )?(?:disabled|inactive)', 2): (34, 142295, 174, 0, {}, (None,)),
    ('mailbox is full', 2): (34, 142469, 51, 0, {}, (None,)),
    ('mailbox limit exceeded', 0): (32, 142520, 96, 0, {}, (None,)),
    ('mailbox name (?:is )?(?:invalid|not valid)', 0): (32, 142616, 111, 0, {}, (None,)),
    ('mailbox not found|mailbox unavailable|user not exist|invalid address', 0): (32, 142727, 160, 0, {}, (None,)),
    ('mailbox not found|mailbox unavailable|user not exist|invalid address', 2): (34, 142887, 200, 0, {}, (None,)),
    ('mailbox quota', 0): (32, 143087, 60, 0, {}, (None,)),
    ('mailbox size limit exceeded', 0): (32, 143147, 116, 0, {}, (None,)),
    ('mailbox unavailable|no such user|user unknown|not exist', 0): (32, 143263, 130, 0, {}, (None,)),
    ('mailbox unavailable|no such user|user unknown|not exist', 2): (34, 143393, 159, 0, {}, (None,)),
    ('mailbox unavailable|recipient not found|recipientnotfound', 0): (32, 143552, 132, 0, {}, (None,)),
    ('mailbox unavailable|recipient not found|recipientnotfound', 2): (34, 143684, 157, 0, {}, (None,)),
    ('maildir over quota', 0): (32, 143841, 80, 0, {}, (None,)),
    ('mailer error', 0): (32, 143921, 56, 0, {}, (None,)),
    ('mailer-daemon', 0): (32, 143977, 60, 0, {}, (None,)),
    ('mailer-daemon|postmaster|mail delivery|mmdf|mail administrator', 2): (34, 144037, 184, 0, {}, (None,)),
    ('mailer[-_ ]?daemon|postmaster|mail ?delivery|mail administrator|system administrator', 2): (34, 144221, 261, 0, {}, (None,)),
    ('mailer[-_ ]?daemon|postmaster|post_master|mail ?delivery|mail administrator|mmdf|mail ?system|mail ?server|delivery ?(?:status|subsystem|notification)|e-?mail (?:delivery|system)|systemadministrator|\\bbounces?\\b', 2): (34, 144482, 635, 0, {}, (None,)),
    ('mailfolder is full', 0): (32, 145117, 80, 0, {}, (None,)),
    ('mailspike', 0): (32, 145197, 44, 0, {}, (None,)),
    ('malformed (?:message|mail|mime|content|header)', 0): (32, 145241, 121, 0, {}, (None,)),
    ('malformed or unexpected name server reply', 0): (32, 145362, 172, 0, {}, (None,)),
    ('malicious (?:content|attachment|software|code)', 0): (32, 145534, 120, 0, {}, (None,)),
    ('malware', 0): (32, 145654, 36, 0, {}, (None,)),
    ('max(?:imum)? (?:number of )?recipients', 0): (32, 145690, 80, 0, {}, (None,)),
    ('max(?:imum)? (?:time|age|lifetime)', 0): (32, 145770, 76, 0, {}, (None,)),
    ('maximum (?:number of )?(?:concurrent )?connections', 0): (32, 145846, 114, 0, {}, (None,)),
    ('maximum (?:number of )?(?:connections|concurrent connections)', 0): (32, 145960, 133, 0, {}, (None,)),
    ('maximum email size exceeded|message too large', 2): (34, 146093, 130, 0, {}, (None,)),
    ('media (?:error|not supported|type)', 0): (32, 146223, 87, 0, {}, (None,)),
    ('members-only list', 0): (32, 146310, 76, 0, {}, (None,)),
    ('mensagem (?:é )?(?:muito grande|excede)', 0): (32, 146386, 97, 0, {}, (None,)),
    ('mensaje (?:es )?demasiado grande', 0): (32, 146483, 83, 0, {}, (None,)),
    ('message (?:content )?(?:rejected|refused) as (?:spam|junk)', 0): (32, 146566, 127, 0, {}, (None,)),
    ('message (?:content )?(?:was )?rejected due to (?:its )?content', 0): (32, 146693, 133, 0, {}, (None,)),
    ('message (?:content )?not (?:accepted|acceptable)', 0): (32, 146826, 101, 0, {}, (None,)),
    ('message (?:has been |was )?(?:rejected|refused) by (?:the )?recipient', 0): (32, 146927, 152, 0, {}, (None,)),
    ('message (?:header|body) (?:is )?(?:malformed|invalid)', 0): (32, 147079, 121, 0, {}, (None,)),
    ('message (?:length )?exceeds (?:the )?(?:local |administrative )limit', 0): (32, 147200, 148, 0, {}, (None,)),
    ('message (?:not|cannot be) accepted for policy reasons', 0): (32, 147348, 128, 0, {}, (None,)),
    ('message body (?:is )?(?:invalid|rejected)', 0): (32, 147476, 109, 0, {}, (None,)),
    ('message contains (?:bare|8-?bit)', 0): (32, 147585, 107, 0, {}, (None,)),
    ('message count (?:limit|quota) (?:exceeded|reached)', 0): (32, 147692, 132, 0, {}, (None,)),
    ('message file too big', 0): (32, 147824, 88, 0, {}, (None,)),
    ('message has been identified as', 0): (32, 147912, 128, 0, {}, (None,)),
    ('message too large for this recipient', 0): (32, 148040, 152, 0, {}, (None,)),
    ('message will be retried', 0): (32, 148192, 100, 0, {}, (None,)),
    ("messages from [0-9.]+ weren['’]t sent", 0): (32, 148292, 108, 0, {}, (None,)),
    ('messages? per (?:hour|minute|second|day)', 0): (32, 148400, 105, 0, {}, (None,)),
    ('message|e-?mail|\\bmail|recipient|nachricht|empfänger|courriel|destinataire|mensaje|correo|mensagem|messaggio|bericht|wiadomoś|сообщени|письм|メール|邮件|郵件|信件', 2): (34, 148505, 447, 0, {}, (None,)),
    ('messaggio troppo grande', 0): (32, 148952, 100, 0, {}, (None,)),
    ('misconfigur', 0): (32, 149052, 52, 0, {}, (None,)),
    ('mismatch(?:es)? (?:the )?client ip', 0): (32, 149104, 82, 0, {}, (None,)),
    ('missing (?:a valid address in )?(?:from|date|message-id|subject)[: ]', 0): (32, 149186, 154, 0, {}, (None,)),
    ('missing a valid (?:address in the )?(?:from|message-id|date|sender)', 0): (32, 149340, 169, 0, {}, (None,)),
    ('mittente (?:rifiutato|non valido)', 0): (32, 149509, 90, 0, {}, (None,)),
    ('moved permanently', 0): (32, 149599, 76, 0, {}, (None,)),
    ('multiple (?:addresses in )?(?:from|to|subject|message-id|date):? (?:headers?|fields?|lines?)', 0): (32, 149675, 217, 0, {}, (None,)),
    ('multiple addresses in (?:the )?(?:from|to|cc)\\b', 0): (32, 149892, 138, 0, {}, (None,)),
    ('multiple authentication checks failed', 0): (32, 150030, 156, 0, {}, (None,)),
    ('must (?:be )?(?:authenticated|authenticate)', 0): (32, 150186, 73, 0, {}, (None,)),
    ('must issue a starttls command first', 0): (32, 150259, 148, 0, {}, (None,)),
    ('mx ?loopback', 0): (32, 150407, 39, 0, {}, (None,)),
    ("n'existe pas", 0): (32, 150446, 56, 0, {}, (None,)),
    ("n'existe pas ou que vous ne soyez pas autorisé", 0): (32, 150502, 192, 0, {}, (None,)),
    ('nachricht (?:ist )?zu groß', 0): (32, 150694, 75, 0, {}, (None,)),
    ('nadawca (?:odrzucony|zablokowany)', 0): (32, 150769, 88, 0, {}, (None,)),
    ('name or service not known', 0): (32, 150857, 108, 0, {}, (None,)),
    ('name resolution (?:failure|failed)', 0): (32, 150965, 106, 0, {}, (None,)),
    ('name service error', 0): (32, 151071, 80, 0, {}, (None,)),
    ('need (?:mail|rcpt|helo|ehlo)', 0): (32, 151151, 74, 0, {}, (None,)),
    ('network (?:is )?unreachable', 0): (32, 151225, 73, 0, {}, (None,)),
    ('network error', 0): (32, 151298, 60, 0, {}, (None,)),
    ('network or routing', 0): (32, 151358, 80, 0, {}, (None,)),
    ('nevyžádan', 0): (32, 151438, 44, 0, {}, (None,)),
    ('nicht die erforderlichen berechtigungen', 0): (32, 151482, 164, 0, {}, (None,)),
    ('nie istnieje', 0): (32, 151646, 56, 0, {}, (None,)),
    ('nieznany (?:użytkownik|adres|odbiorca)', 0): (32, 151702, 101, 0, {}, (None,)),
    ('no (?:dns )?(?:reverse|ptr)', 0): (32, 151803, 61, 0, {}, (None,)),
    ('no (?:from|date|message-id) header', 0): (32, 151864, 81, 0, {}, (None,)),
    ('no (?:ldap |directory )?entry for (?:the |this )?(?:recipient|user|address)', 0): (32, 151945, 161, 0, {}, (None,)),
    ('no (?:mailbox|account|user) (?:here )?(?:by that name|with this name|for|found|exists)', 0): (32, 152106, 181, 0, {}, (None,)),
    ('no (?:mx|mail exchanger|valid mx|dns) (?:record|host)s?', 0): (32, 152287, 125, 0, {}, (None,)),
    ('no account', 0): (32, 152412, 48, 0, {}, (None,)),
    ('no answer from host', 0): (32, 152460, 84, 0, {}, (None,)),
    ('no commands allowed to pipeline', 0): (32, 152544, 132, 0, {}, (None,)),
    ('no existe', 0): (32, 152676, 44, 0, {}, (None,)),
    ('no forwarding address', 0): (32, 152720, 92, 0, {}, (None,)),
    ('no healthy (?:secondary )?server', 0): (32, 152812, 89, 0, {}, (None,)),
    ('no identity changes permitted', 0): (32, 152901, 124, 0, {}, (None,)),
    ('no mail box', 0): (32, 153025, 52, 0, {}, (None,)),
    ('no mail(?: is)? accepted', 0): (32, 153077, 65, 0, {}, (None,)),
    ('no matching host ?name', 0): (32, 153142, 87, 0, {}, (None,)),
    ('no mx records? (?:found|exists?)', 0): (32, 153229, 100, 0, {}, (None,)),
    ('no relaying', 0): (32, 153329, 52, 0, {}, (None,)),
    ('no route to host', 0): (32, 153381, 72, 0, {}, (None,)),
    ('no shared cipher', 0): (32, 153453, 72, 0, {}, (None,)),
    ('no space left', 0): (32, 153525, 60, 0, {}, (None,)),
    ('no such (?:host|domain)', 0): (32, 153585, 68, 0, {}, (None,)),
    ('no such (?:user|mailbox|recipient|account|address|local user|person|e-?mail)', 0): (32, 153653, 183, 0, {}, (None,)),
    ('no such user|user not found|not exist', 0): (32, 153836, 92, 0, {}, (None,)),
    ('no such user|user not found|not exist', 2): (34, 153928, 112, 0, {}, (None,)),
    ('no such user|user unknown|recipient', 0): (32, 154040, 93, 0, {}, (None,)),
    ('no such user|user unknown|recipient', 2): (34, 154133, 108, 0, {}, (None,)),
    ('no such user|user unknown|unknown user', 0): (32, 154241, 94, 0, {}, (None,)),
    ('no such user|user unknown|unknown user', 2): (34, 154335, 109, 0, {}, (None,)),
    ('no tienes los permisos', 0): (32, 154444, 96, 0, {}, (None,)),
    ('no valid recipients for this', 0): (32, 154540, 120, 0, {}, (None,)),
    ('no valid recipients?', 0): (32, 154660, 87, 0, {}, (None,)),
    ('non esiste', 0): (32, 154747, 48, 0, {}, (None,)),
    ('non-?existent (?:domain|host)', 0): (32, 154795, 73, 0, {}, (None,)),
    ('nonstandard header', 0): (32, 154868, 80, 0, {}, (None,)),
    ('not (?:a )?(?:valid|known) (?:user|recipient|mailbox|address)', 0): (32, 154948, 131, 0, {}, (None,)),
    ('not (?:available|ready)', 0): (32, 155079, 60, 0, {}, (None,)),
    ('not (?:rfc|standards?)[ -]compliant', 0): (32, 155139, 86, 0, {}, (None,)),
    ('not a gateway', 0): (32, 155225, 60, 0, {}, (None,)),
    ('not a registered gateway user', 0): (32, 155285, 124, 0, {}, (None,)),
    ('not a valid user', 0): (32, 155409, 72, 0, {}, (None,)),
    ('not accepted for policy reasons', 0): (32, 155481, 132, 0, {}, (None,)),
    ('not accepted for policy reasons', 2): (34, 155613, 83, 0, {}, (None,)),
    ('not accepting (?:any )?(?:e-?mail|mail|network messages)(?! from)', 0): (32, 155696, 159, 0, {}, (None,)),
    ('not accepting (?:mail|messages|connections) from', 0): (32, 155855, 131, 0, {}, (None,)),
    ('not accepting connections', 0): (32, 155986, 108, 0, {}, (None,)),
    ('not accepting mail from you', 0): (32, 156094, 116, 0, {}, (None,)),
    ('not allowed (?:attachment|file type|extension)', 0): (32, 156210, 123, 0, {}, (None,)),
    ('not allowed to post to this (?:mailing )?list', 0): (32, 156333, 149, 0, {}, (None,)),
    ('not allowed to send (?:mail|messages) to', 0): (32, 156482, 126, 0, {}, (None,)),
    ('not authenticated', 0): (32, 156608, 76, 0, {}, (None,)),
    ('not authorized', 0): (32, 156684, 64, 0, {}, (None,)),
    ('not authorized to send (?:mail|messages) to', 0): (32, 156748, 138, 0, {}, (None,)),
    ('not authorized to send email directly to our servers', 0): (32, 156886, 216, 0, {}, (None,)),
    ('not configured to relay', 0): (32, 157102, 100, 0, {}, (None,)),
    ('not delivering to (?:a |an |this )?(?:user|recipient|address|previously)', 0): (32, 157202, 190, 0, {}, (None,)),
    ('not designated to send', 0): (32, 157392, 96, 0, {}, (None,)),
    ('not have permission to post', 0): (32, 157488, 116, 0, {}, (None,)),
    ('not in my list of allowed rcpthosts', 0): (32, 157604, 148, 0, {}, (None,)),
    ('not listed in (?:the )?(?:domino directory|public name & address book)', 0): (32, 157752, 169, 0, {}, (None,)),
    ('not listed in (?:the )?(?:domino directory|public name|name & address book|address book)', 0): (32, 157921, 207, 0, {}, (None,)),
    ('not our customer', 0): (32, 158128, 72, 0, {}, (None,)),
    ('not owned by user', 0): (32, 158200, 76, 0, {}, (None,)),
    ('not permitted sender', 0): (32, 158276, 88, 0, {}, (None,)),
    ('not resolve (?:to )?your', 0): (32, 158364, 75, 0, {}, (None,)),
    ('not responding', 0): (32, 158439, 64, 0, {}, (None,)),
    ('not rfc ?5322 compliant|missing a valid address in from|multiple (?:from|to|subject|date|message-id|sender) headers|duplicate (?:headers?|message-id)', 0): (32, 158503, 324, 0, {}, (None,)),
    ('not rfc ?5322 compliant|missing a valid address in from|multiple (?:from|to|subject|date|message-id|sender) headers|duplicate (?:headers?|message-id)', 2): (34, 158827, 423, 0, {}, (None,)),
    ('not yet been delivered', 0): (32, 159250, 96, 0, {}, (None,)),
    ('null mx', 0): (32, 159346, 36, 0, {}, (None,)),
    ('null sender', 0): (32, 159382, 52, 0, {}, (None,)),
    ('nullmx', 0): (32, 159434, 32, 0, {}, (None,)),
    ('number of messages (?:they|it|you|the sender|the recipient) can (?:send|receive)', 0): (32, 159466, 205, 0, {}, (None,)),
    ("number of messages in recipient's mailbox exceeded the local limit", 2): (34, 159671, 188, 0, {}, (None,)),
    ('nxdomain', 0): (32, 159859, 40, 0, {}, (None,)),
    ('não (?:tem|tenha) permissão', 0): (32, 159899, 68, 0, {}, (None,)),
    ('não existe', 0): (32, 159967, 48, 0, {}, (None,)),
    ('on (?:the|our|your|a) (?:account-level )?suppression', 0): (32, 160015, 113, 0, {}, (None,)),
    ('onbekende (?:gebruiker|ontvanger|geadresseerde)', 0): (32, 160128, 121, 0, {}, (None,)),
    ('open relay (?:detected|listed|blocked)', 0): (32, 160249, 105, 0, {}, (None,)),
    ('original message follows', 2): (34, 160354, 79, 0, {}, (None,)),
    ('original message|^-+', 2): (34, 160433, 75, 0, {}, (None,)),
    ('original message|message follows|^-+\\s*$|^\\s*(?:Received|Return-Path|From|Subject|To|Date):', 2): (34, 160508, 254, 0, {}, (None,)),
    ('original message|message follows|below this line|^-{3,}|^\\s*(?:Received|Return-Path|From|Subject|Message-ID):\\s', 2): (34, 160762, 315, 0, {}, (None,)),
    ('out of (?:disk )?space', 0): (32, 161077, 61, 0, {}, (None,)),
    ('out of sequence', 0): (32, 161138, 68, 0, {}, (None,)),
    ('over (?:the |its |his |her |their )?(?:storage |disk |mailbox |e-?mail )?quota', 0): (32, 161206, 184, 0, {}, (None,)),
    ('over ?quota', 0): (32, 161390, 41, 0, {}, (None,)),
    ('over quota|mailbox (?:is )?full', 0): (32, 161431, 74, 0, {}, (None,)),
    ('over quota|mailbox (?:is )?full', 2): (34, 161505, 84, 0, {}, (None,)),
    ('over quota|mailbox full|quota', 0): (32, 161589, 81, 0, {}, (None,)),
    ('over quota|mailbox full|quota', 2): (34, 161670, 76, 0, {}, (None,)),
    ('overloaded', 0): (32, 161746, 48, 0, {}, (None,)),
    ('parameter not implemented', 0): (32, 161794, 108, 0, {}, (None,)),
    ('part of their network is on our block list', 0): (32, 161902, 176, 0, {}, (None,)),
    ('permission denied', 0): (32, 162078, 76, 0, {}, (None,)),
    ('permission to post', 0): (32, 162154, 80, 0, {}, (None,)),
    ('permission to send as', 0): (32, 162234, 92, 0, {}, (None,)),
    ('phish', 0): (32, 162326, 28, 0, {}, (None,)),
    ('pipelining (?:not allowed|error)', 0): (32, 162354, 92, 0, {}, (None,)),
    ('please authenticate', 0): (32, 162446, 84, 0, {}, (None,)),
    ('please check if address is correct', 0): (32, 162530, 144, 0, {}, (None,)),
    ('polic(?:y|ies)', 0): (32, 162674, 44, 0, {}, (None,)),
    ('policy|rp:pcp|rp:tmf', 0): (32, 162718, 58, 0, {}, (None,)),
    ('policy|rp:pcp|rp:tmf', 2): (34, 162776, 58, 0, {}, (None,)),
    ('poor (?:sending )?history', 0): (32, 162834, 63, 0, {}, (None,)),
    ('poor reputation', 0): (32, 162897, 68, 0, {}, (None,)),
    ('postfach (?:ist )?(?:gesperrt|deaktiviert)', 0): (32, 162965, 103, 0, {}, (None,)),
    ('postfach (?:ist )?voll\\b', 0): (32, 163068, 67, 0, {}, (None,)),
    ('postfach[^.!?\\n]{0,40}? (?:ist )?(?:voll|überfüllt|übervoll)\\b', 0): (32, 163135, 128, 0, {}, (None,)),
    ('pourriel', 0): (32, 163263, 40, 0, {}, (None,)),
    ('previously (?:bounced|hard bounced|unsubscribed|marked as spam)', 0): (32, 163303, 156, 0, {}, (None,)),
    ('prohibited', 0): (32, 163459, 48, 0, {}, (None,)),
    ('protocol (?:error|violation)', 0): (32, 163507, 80, 0, {}, (None,)),
    ('protocol violation', 0): (32, 163587, 80, 0, {}, (None,)),
    ('przekroczon[ao] (?:limit|quot)', 0): (32, 163667, 87, 0, {}, (None,)),
    ('psbl', 0): (32, 163754, 24, 0, {}, (None,)),
    ('ptr|reverse', 0): (32, 163778, 39, 0, {}, (None,)),
    ('ptr|reverse', 2): (34, 163817, 39, 0, {}, (None,)),
    ('ptr|reverse dns|pt0{5}[0-9]', 0): (32, 163856, 67, 0, {}, (None,)),
    ('ptr|reverse dns|pt0{5}[0-9]', 2): (34, 163923, 72, 0, {}, (None,)),
    ('purported responsible address', 0): (32, 163995, 124, 0, {}, (None,)),
    ('queue ?time', 0): (32, 164119, 43, 0, {}, (None,)),
    ('quota (?:est )?dépassé', 0): (32, 164162, 59, 0, {}, (None,)),
    ('quota (?:exceeded|exceed|full|violation)', 0): (32, 164221, 100, 0, {}, (None,)),
    ('quota (?:limit|would be exceeded)', 0): (32, 164321, 84, 0, {}, (None,)),
    ('quota excedida', 0): (32, 164405, 64, 0, {}, (None,)),
    ('quota for sending', 0): (32, 164469, 76, 0, {}, (None,)),
    ('quota superata', 0): (32, 164545, 64, 0, {}, (None,)),
    ('quota überschritten', 0): (32, 164609, 84, 0, {}, (None,)),
    ('quota|full', 0): (32, 164693, 37, 0, {}, (None,)),
    ('quota|full', 2): (34, 164730, 32, 0, {}, (None,)),
    ('quota|mailbox full', 0): (32, 164762, 53, 0, {}, (None,)),
    ('quota|mailbox full', 2): (34, 164815, 53, 0, {}, (None,)),
    ('quotum (?:is )?overschreden', 0): (32, 164868, 71, 0, {}, (None,)),
    ('rate that prevents additional messages', 0): (32, 164939, 160, 0, {}, (None,)),
    ('rate-limit', 0): (32, 165099, 48, 0, {}, (None,)),
    ('ratelimit', 0): (32, 165147, 44, 0, {}, (None,)),
    ('ratelimit|too many', 0): (32, 165191, 53, 0, {}, (None,)),
    ('ratelimit|too many', 2): (34, 165244, 58, 0, {}, (None,)),
    ('rdns', 0): (32, 165302, 24, 0, {}, (None,)),
    ('received-spf: (?:fail|softfail)', 0): (32, 165326, 96, 0, {}, (None,)),
    ('receiving (?:e-?mail|mail) (?:at a rate|too quickly)', 0): (32, 165422, 131, 0, {}, (None,)),
    ('receiving mail (?:at a rate|too quickly)', 0): (32, 165553, 116, 0, {}, (None,)),
    ('receiving mail (?:at a rate|too quickly)|rate that prevents additional messages', 0): (32, 165669, 170, 0, {}, (None,)),
    ('receiving mail (?:at a rate|too quickly)|rate that prevents additional messages', 2): (34, 165839, 216, 0, {}, (None,)),
    ('recipient (?:address )?(?:verification|verify) failed', 0): (32, 166055, 117, 0, {}, (None,)),
    ('recipient (?:address )?rejected: (?:inactive|blocked|disabled|suspended|locked)', 0): (32, 166172, 182, 0, {}, (None,)),
    ('recipient (?:address )?rejected: (?:unknown|invalid|undeliverable|user|no such|not found|access denied|mailbox)', 0): (32, 166354, 249, 0, {}, (None,)),
    ("recipient (?:does not|doesn['’]t) (?:accept|want|wish)", 0): (32, 166603, 132, 0, {}, (None,)),
    ('recipient (?:limit|count) (?:exceeded|reached)', 0): (32, 166735, 116, 0, {}, (None,)),
    ('recipient address rejected: access denied', 0): (32, 166851, 172, 0, {}, (None,)),
    ('recipient address rejected: access denied', 2): (34, 167023, 123, 0, {}, (None,)),
    ('recipient address\\s+is not a valid rfc[- ]?532[12] address', 0): (32, 167146, 162, 0, {}, (None,)),
    ('recipient domain (?:not found|unknown|does not exist)', 0): (32, 167308, 147, 0, {}, (None,)),
    ('recipient name is not recognized', 0): (32, 167455, 136, 0, {}, (None,)),
    ('recipient unknown', 0): (32, 167591, 76, 0, {}, (None,)),
    ("recipient(?:'s)? (?:filter|settings)", 0): (32, 167667, 91, 0, {}, (None,)),
    ("recipient(?:'s)? (?:mailbox|inbox) is full", 0): (32, 167758, 103, 0, {}, (None,)),
    ('recipients returned (?:permanent|temporary) errors?:[ \\t]*(.+?)\\.[ \\t]+Reason:', 2): (34, 167861, 186, 1, {}, (None, None)),
    ('recipients? (?:was|were) rejected by a remote mail server', 2): (34, 168047, 149, 0, {}, (None,)),
    ('recipsizelimit', 0): (32, 168196, 64, 0, {}, (None,)),
    ('refused mail ?from', 0): (32, 168260, 71, 0, {}, (None,)),
    ('refused to talk to me', 0): (32, 168331, 92, 0, {}, (None,)),
    ('refuses? (?:to accept|delivery of) (?:this|your|the) (?:message|mail)', 0): (32, 168423, 154, 0, {}, (None,)),
    ('rejected (?:by|due to) (?:anti-?spam|spam)', 0): (32, 168577, 109, 0, {}, (None,)),
    ('rejected by the server for the recipient domain \\S+ by ([A-Za-z0-9][\\w.-]*?)\\.?[ \\t]+\\[([0-9A-Fa-f.:]+)\\]', 2): (34, 168686, 294, 2, {}, (None, None, None)),
    ('rejected recipient <([^<>\\s]+)>', 2): (34, 168980, 77, 1, {}, (None, None)),
    ('rejected.{0,20}recipient|invalid recipient|rp:rdn|rp:fee.{0,10}recipient', 0): (32, 169057, 147, 0, {}, (None,)),
    ('rejected.{0,20}recipient|invalid recipient|rp:rdn|rp:fee.{0,10}recipient', 2): (34, 169204, 182, 0, {}, (None,)),
    ('relay access', 0): (32, 169386, 56, 0, {}, (None,)),
    ('relay limit exceeded', 0): (32, 169442, 88, 0, {}, (None,)),
    ('relay not permitted', 0): (32, 169530, 84, 0, {}, (None,)),
    ('relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed|authorized)|prohibited)', 0): (32, 169614, 174, 0, {}, (None,)),
    ('relay(?:ing)? (?:access )?(?:denied|not permitted|refused)[.,;:]? (?:proper |smtp )?authentication (?:is )?required', 0): (32, 169788, 236, 0, {}, (None,)),
    ('relay(?:ing)? (?:is )?not (?:permitted|allowed|authori[sz]ed)', 0): (32, 170024, 128, 0, {}, (None,)),
    ('relay(?:ing)? refused', 0): (32, 170152, 55, 0, {}, (None,)),
    ('relaying (?:mail )?(?:to <[^>]*> )?(?:is )?(?:denied|not allowed)', 0): (32, 170207, 136, 0, {}, (None,)),
    ('remetente (?:rejeitado|inválido)', 0): (32, 170343, 90, 0, {}, (None,)),
    ('remitente (?:rechazado|no válido|desconocido)', 0): (32, 170433, 117, 0, {}, (None,)),
    ('remote (?:host|server) (?:closed|dropped|did not respond|not responding)', 0): (32, 170550, 164, 0, {}, (None,)),
    ("remote domain doesn'?t exist", 2): (34, 170714, 85, 0, {}, (None,)),
    ('reputation', 0): (32, 170799, 48, 0, {}, (None,)),
    ('requires? (?:a )?(?:secure|encrypted|tls) connection', 0): (32, 170847, 123, 0, {}, (None,)),
    ('residential', 0): (32, 170970, 52, 0, {}, (None,)),
    ('resolver\\.adr\\.(?:ex)?recip(?:ient)?notfound', 0): (32, 171022, 108, 0, {}, (None,)),
    ('resolver\\.rst\\.\\w*(?:notauthorized|sendernotauthenticated)', 0): (32, 171130, 148, 0, {}, (None,)),
    ('resources? (?:temporarily )?(?:unavailable|exhausted)', 0): (32, 171278, 126, 0, {}, (None,)),
    ('retry time(?:out)? (?:exceeded|not reached for any host)', 0): (32, 171404, 133, 0, {}, (None,)),
    ('retry timeout', 0): (32, 171537, 60, 0, {}, (None,)),
    ('retry timeout exceeded|retry time not reached for any host after a long failure period|all hosts have been failing for a long time', 2): (34, 171597, 323, 0, {}, (None,)),
    ('returned (?:a )?non-?zero', 0): (32, 171920, 74, 0, {}, (None,)),
    ('returned mail not accepted here', 0): (32, 171994, 132, 0, {}, (None,)),
    ('reverse (?:dns|lookup|name|hostname|host name)', 0): (32, 172126, 117, 0, {}, (None,)),
    ('reverse-dns', 0): (32, 172243, 52, 0, {}, (None,)),
    ('rfc ?(?:5322|2822|822|5321|2821)', 0): (32, 172295, 82, 0, {}, (None,)),
    ('rl0{6}|rl0{4}0[1-9]|rate limit', 0): (32, 172377, 67, 0, {}, (None,)),
    ('rl0{6}|rl0{4}0[1-9]|rate limit', 2): (34, 172444, 73, 0, {}, (None,)),
    ('routing loop', 0): (32, 172517, 56, 0, {}, (None,)),
    ('rp:(?:cea|ttl|cnl)|ip blocked|connection blocked|envelope rejected', 0): (32, 172573, 155, 0, {}, (None,)),
    ('rp:(?:cea|ttl|cnl)|ip blocked|connection blocked|envelope rejected', 2): (34, 172728, 155, 0, {}, (None,)),
    ('running the Courier mail server|^Courier mail server at ', 10): (42, 172883, 159, 0, {}, (None,)),
    ('score too high', 0): (32, 173042, 64, 0, {}, (None,)),
    ('scored as (?:spam|junk)', 0): (32, 173106, 72, 0, {}, (None,)),
    ('security (?:error|violation)', 0): (32, 173178, 80, 0, {}, (None,)),
    ('send as this sender', 0): (32, 173258, 84, 0, {}, (None,)),
    ('send mail as', 0): (32, 173342, 56, 0, {}, (None,)),
    ('send mail as', 2): (34, 173398, 45, 0, {}, (None,)),
    ('send(?:ing)? frequency', 0): (32, 173443, 55, 0, {}, (None,)),
    ("sender (?:address )?(?:domain )?(?:does not exist|must exist|not found|doesn['’]t exist|has no|not resolvable)", 0): (32, 173498, 233, 0, {}, (None,)),
    ('sender (?:address )?(?:is )?(?:the )?same as (?:the )?recipient', 0): (32, 173731, 128, 0, {}, (None,)),
    ('sender (?:address )?authentication failed', 0): (32, 173859, 99, 0, {}, (None,)),
    ('sender (?:address )?verify', 0): (32, 173958, 69, 0, {}, (None,)),
    ('sender (?:address |domain |e-?mail )?(?:rejected|refused|denied|blocked|invalid|unknown|verify failed|not allowed|verification failed|is (?:invalid|blocked|not (?:allowed|accepted|valid|permitted)))', 0): (32, 174027, 428, 0, {}, (None,)),
    ('sender (?:has been |is |was )?(?:black|block)listed', 0): (32, 174455, 120, 0, {}, (None,)),
    ('sender (?:is )?(?:on|in) (?:the )?(?:block|black|deny)list', 0): (32, 174575, 125, 0, {}, (None,)),
    ('sender (?:is )?not allowed|from: address|sender address|from: domain|valid from', 0): (32, 174700, 178, 0, {}, (None,)),
    ('sender (?:is )?not allowed|from: address|sender address|from: domain|valid from', 2): (34, 174878, 218, 0, {}, (None,)),
    ('sender (?:was |has been )?rejected', 0): (32, 175096, 91, 0, {}, (None,)),
    ('sender domain is empty', 0): (32, 175187, 96, 0, {}, (None,)),
    ('sender is spammer', 0): (32, 175283, 76, 0, {}, (None,)),
    ('sender is unauthenticated', 0): (32, 175359, 108, 0, {}, (None,)),
    ('sender not pre-approved', 0): (32, 175467, 100, 0, {}, (None,)),
    ('sender policy framework', 0): (32, 175567, 100, 0, {}, (None,)),
    ('sender score', 0): (32, 175667, 56, 0, {}, (None,)),
    ('senderscore', 0): (32, 175723, 52, 0, {}, (None,)),
    ('sender|rp:bsp|rp:fee|rp:sdn', 0): (32, 175775, 72, 0, {}, (None,)),
    ('sender|rp:bsp|rp:fee|rp:sdn', 2): (34, 175847, 83, 0, {}, (None,)),
    ('sendgrid\\.net', 2): (34, 175930, 40, 0, {}, (None,)),
    ('sending (?:rate|too fast|limit)', 0): (32, 175970, 85, 0, {}, (None,)),
    ('sending quota', 0): (32, 176055, 60, 0, {}, (None,)),
    ('server (?:configuration )?(?:error|problem|failure)', 0): (32, 176115, 118, 0, {}, (None,)),
    ('server busy', 0): (32, 176233, 52, 0, {}, (None,)),
    ('server does not accept mail from', 0): (32, 176285, 136, 0, {}, (None,)),
    ('servfail', 0): (32, 176421, 40, 0, {}, (None,)),
    ('service (?:is )?(?:currently |temporarily )?(?:unavailable|not available)', 0): (32, 176461, 164, 0, {}, (None,)),
    ('service refused', 0): (32, 176625, 68, 0, {}, (None,)),
    ('service unavailable', 0): (32, 176693, 84, 0, {}, (None,)),
    ('size (?:limit )?exceeded', 0): (32, 176777, 61, 0, {}, (None,)),
    ('size exceeds (?:the )?(?:fixed |maximum )?(?:limit|maximum)', 0): (32, 176838, 146, 0, {}, (None,)),
    ('size exceeds the limit for this recipient', 0): (32, 176984, 172, 0, {}, (None,)),
    ('skrzynka[^.]{0,30}? (?:jest )?(?:pełna|przepełniona)', 0): (32, 177156, 104, 0, {}, (None,)),
    ('slow down', 0): (32, 177260, 44, 0, {}, (None,)),
    ('smtp auth (?:is )?required', 0): (32, 177304, 75, 0, {}, (None,)),
    ('smtp authentication (?:is )?required', 0): (32, 177379, 115, 0, {}, (None,)),
    ('sns\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?', 0): (32, 177494, 80, 0, {}, (None,)),
    ('socket error', 0): (32, 177574, 56, 0, {}, (None,)),
    ('sorbs', 0): (32, 177630, 28, 0, {}, (None,)),
    ('sp0{6}', 0): (32, 177658, 23, 0, {}, (None,)),
    ('sp0{6}', 2): (34, 177681, 22, 0, {}, (None,)),
    ('spam', 0): (32, 177703, 24, 0, {}, (None,)),
    ('spam', 2): (34, 177727, 19, 0, {}, (None,)),
    ('spam ?score', 0): (32, 177746, 41, 0, {}, (None,)),
    ('spam ?signature', 0): (32, 177787, 49, 0, {}, (None,)),
    ('spamcop', 0): (32, 177836, 36, 0, {}, (None,)),
    ('spamhaus', 0): (32, 177872, 40, 0, {}, (None,)),
    ('spammy', 0): (32, 177912, 32, 0, {}, (None,)),
    ('spam|content', 0): (32, 177944, 41, 0, {}, (None,)),
    ('spam|content', 2): (34, 177985, 41, 0, {}, (None,)),
    ('spam|content rejected|mail content denied', 0): (32, 178026, 105, 0, {}, (None,)),
    ('spam|content rejected|mail content denied', 2): (34, 178131, 110, 0, {}, (None,)),
    ('spam|message content rejected', 0): (32, 178241, 75, 0, {}, (None,)),
    ('spam|message content rejected', 2): (34, 178316, 85, 0, {}, (None,)),
    ('spam|message rejected under suspicion', 0): (32, 178401, 91, 0, {}, (None,)),
    ('spam|message rejected under suspicion', 2): (34, 178492, 121, 0, {}, (None,)),
    ('spam|nonsense|abuse', 0): (32, 178613, 61, 0, {}, (None,)),
    ('spam|nonsense|abuse', 2): (34, 178674, 71, 0, {}, (None,)),
    ('spam|rp:dsp|rp:ssp|rp:ssv', 0): (32, 178745, 68, 0, {}, (None,)),
    ('spam|rp:dsp|rp:ssp|rp:ssv', 2): (34, 178813, 94, 0, {}, (None,)),
    ('spazio (?:della casella )?esaurito', 0): (32, 178907, 85, 0, {}, (None,)),
    ('speicherplatz (?:ist )?(?:voll|erschöpft|überschritten)', 0): (32, 178992, 140, 0, {}, (None,)),
    ('spf (?:check|validation|verification|policy)', 0): (32, 179132, 104, 0, {}, (None,)),
    ('spf record[^.]{0,40}? (?:suspicious|invalid|error|too many)', 0): (32, 179236, 131, 0, {}, (None,)),
    ('spool (?:space|directory) (?:is )?full', 0): (32, 179367, 89, 0, {}, (None,)),
    ('ssl (?:error|routines)', 0): (32, 179456, 58, 0, {}, (None,)),
    ('starttls', 0): (32, 179514, 40, 0, {}, (None,)),
    ('still (?:trying|undelivered)', 0): (32, 179554, 74, 0, {}, (None,)),
    ('suppressed', 0): (32, 179628, 48, 0, {}, (None,)),
    ('suppression list', 0): (32, 179676, 72, 0, {}, (None,)),
    ('surbl', 0): (32, 179748, 28, 0, {}, (None,)),
    ('suspended|frozen|inactive', 0): (32, 179776, 73, 0, {}, (None,)),
    ('suspended|frozen|inactive', 2): (34, 179849, 83, 0, {}, (None,)),
    ('suspicious due to the nature of the content', 0): (32, 179932, 180, 0, {}, (None,)),
    ('syntax', 0): (32, 180112, 32, 0, {}, (None,)),
    ('syntax error', 0): (32, 180144, 56, 0, {}, (None,)),
    ('system (?:has )?(?:failed|error|problem)', 0): (32, 180200, 96, 0, {}, (None,)),
    ('system not accepting network messages', 0): (32, 180296, 156, 0, {}, (None,)),
    ('taille (?:du message )?(?:excessive|trop grande|dépasse)', 0): (32, 180452, 128, 0, {}, (None,)),
    ('tempfail', 0): (32, 180580, 40, 0, {}, (None,)),
    ('temporarily (?:unable|unavailable)', 0): (32, 180620, 98, 0, {}, (None,)),
    ('temporarily deferred due to (?:unexpected )?volume', 0): (32, 180718, 159, 0, {}, (None,)),
    ('temporary (?:dns|lookup) failure', 0): (32, 180877, 90, 0, {}, (None,)),
    ('temporary failure in name resolution', 0): (32, 180967, 152, 0, {}, (None,)),
    ('temporary locked', 0): (32, 181119, 72, 0, {}, (None,)),
    ('temporary lookup failure', 0): (32, 181191, 104, 0, {}, (None,)),
    ('tenant has exceeded threshold|5\\.7\\.70[5-8]|5\\.7\\.750', 0): (32, 181295, 112, 0, {}, (None,)),
    ('tenant has exceeded threshold|5\\.7\\.70[5-8]|5\\.7\\.750', 2): (34, 181407, 117, 0, {}, (None,)),
    ('terms of (?:service|use)', 0): (32, 181524, 72, 0, {}, (None,)),
    ('the email account that you tried to reach does not exist', 0): (32, 181596, 232, 0, {}, (None,)),
    ('the email account that you tried to reach is (?:disabled|inactive)', 0): (32, 181828, 228, 0, {}, (None,)),
    ('the email account that you tried to reach is over quota', 0): (32, 182056, 228, 0, {}, (None,)),
    ('this message has been in the queue too long', 2): (34, 182284, 122, 0, {}, (None,)),
    ('this message was (?:blocked|rejected)', 0): (32, 182406, 114, 0, {}, (None,)),
    ("this user doesn['’]t have a [\\w.-]+ account", 0): (32, 182520, 122, 0, {}, (None,)),
    ("this user doesn['’]t have a \\S+ account|\\bdd\\b.{0,40}doesn['’]t have", 2): (34, 182642, 163, 0, {}, (None,)),
    ('throttl', 0): (32, 182805, 36, 0, {}, (None,)),
    ('tiempo (?:de entrega )?(?:expirado|agotado)', 0): (32, 182841, 101, 0, {}, (None,)),
    ('time ?out (?:period )?(?:exceeded|expired)', 0): (32, 182942, 92, 0, {}, (None,)),
    ('time limit', 0): (32, 183034, 48, 0, {}, (None,)),
    ('time-?out (?:while|during|reading|on)', 0): (32, 183082, 93, 0, {}, (None,)),
    ('timed out', 0): (32, 183175, 44, 0, {}, (None,)),
    ('timeout reading', 0): (32, 183219, 68, 0, {}, (None,)),
    ('tls (?:connection )?(?:failed|failure)', 0): (32, 183287, 77, 0, {}, (None,)),
    ('tls (?:is )?required', 0): (32, 183364, 51, 0, {}, (None,)),
    ('tls (?:negotiation|handshake) (?:failed|error)', 0): (32, 183415, 104, 0, {}, (None,)),
    ("tls (?:wasn['’]t|was not|is not|isn['’]t) used", 0): (32, 183519, 106, 0, {}, (None,)),
    ('tls engine', 0): (32, 183625, 48, 0, {}, (None,)),
    ('tls is required, but', 0): (32, 183673, 88, 0, {}, (None,)),
    ('tls not available', 0): (32, 183761, 76, 0, {}, (None,)),
    ('too (?:many|much) (?:mail|messages|emails|e-mails|traffic)(?: (?:sent|from|for))?', 0): (32, 183837, 171, 0, {}, (None,)),
    ('too big for system', 0): (32, 184008, 80, 0, {}, (None,)),
    ('too fast', 0): (32, 184088, 40, 0, {}, (None,)),
    ('too many (?:\\w+ ){0,2}?(?:connections|sessions)', 0): (32, 184128, 107, 0, {}, (None,)),
    ('too many (?:concurrent )?connections', 2): (34, 184235, 83, 0, {}, (None,)),
    ('too many (?:failed )?login attempts', 0): (32, 184318, 91, 0, {}, (None,)),
    ('too many (?:invalid|bad|unknown|non-?existent) recipients', 0): (32, 184409, 143, 0, {}, (None,)),
    ('too many (?:recipients|rcpt)', 0): (32, 184552, 80, 0, {}, (None,)),
    ('too many (?:user |spam )?complaints', 0): (32, 184632, 97, 0, {}, (None,)),
    ('too many bad recipients', 0): (32, 184729, 100, 0, {}, (None,)),
    ('too many connections from', 0): (32, 184829, 108, 0, {}, (None,)),
    ('too many errors', 0): (32, 184937, 68, 0, {}, (None,)),
    ('too many hops', 0): (32, 185005, 60, 0, {}, (None,)),
    ('too many hosts? ', 0): (32, 185065, 69, 0, {}, (None,)),
    ('too many invalid recipients', 0): (32, 185134, 116, 0, {}, (None,)),
    ("too many messages (?:in|on) (?:the |this |that |his |her |their |user\\'s |recipient\\'s )?(?:mail ?box|inbox|folder|account)", 0): (32, 185250, 294, 0, {}, (None,)),
    ('too many recipients', 0): (32, 185544, 84, 0, {}, (None,)),
    ('too many recipients', 2): (34, 185628, 59, 0, {}, (None,)),
    ('too many unauthenticated commands', 0): (32, 185687, 140, 0, {}, (None,)),
    ('too much mail data', 0): (32, 185827, 80, 0, {}, (None,)),
    ('too old', 0): (32, 185907, 36, 0, {}, (None,)),
    ('trojan', 0): (32, 185943, 32, 0, {}, (None,)),
    ('try again', 0): (32, 185975, 44, 0, {}, (None,)),
    ('try again later \\(#4\\.3\\.0\\)', 0): (32, 186019, 104, 0, {}, (None,)),
    ('try again later \\(dns\\)', 0): (32, 186123, 92, 0, {}, (None,)),
    ('turn on smtp authentication', 0): (32, 186215, 116, 0, {}, (None,)),
    ('uceprotect', 0): (32, 186331, 48, 0, {}, (None,)),
    ('unable to (?:look ?up|resolve) (?:the )?(?:mx|dns|host|domain)', 0): (32, 186379, 148, 0, {}, (None,)),
    ('unable to (?:reach|contact)', 0): (32, 186527, 80, 0, {}, (None,)),
    ('unable to connect', 0): (32, 186607, 76, 0, {}, (None,)),
    ('unable to contact (?:the )?(?:ldap|directory) server', 0): (32, 186683, 141, 0, {}, (None,)),
    ('unable to deliver (?:this|your|the) message (?:for|within|after)', 0): (32, 186824, 170, 0, {}, (None,)),
    ('unable to resolve (?:your )?(?:ip|host)', 0): (32, 186994, 115, 0, {}, (None,)),
    ('unacceptable (?:content|attachment)', 0): (32, 187109, 102, 0, {}, (None,)),
    ('unauthenticated (?:e?mail|message|sender)', 0): (32, 187211, 124, 0, {}, (None,)),
    ('unauthorized', 0): (32, 187335, 56, 0, {}, (None,)),
    ('unbekannt(?:er)? (?:empfänger|benutzer|user)', 0): (32, 187391, 108, 0, {}, (None,)),
    ('undeliverable address', 0): (32, 187499, 92, 0, {}, (None,)),
    ('undeliver|returned mail|delivery (?:status|fail|notification)|failure notice|non[- ]?delivery|could not be delivered|mail delivery', 2): (34, 187591, 353, 0, {}, (None,)),
    ('undeliver|returned mail|delivery (?:status|fail|notification|problem|report)|failure notice|non[- ]?delivery|could not be delivered|message status|delayed|warning', 2): (34, 187944, 436, 0, {}, (None,)),
    ("undeliver|returned mail|delivery (?:status|fail|notification|problem|report|error)|failure notice|non[- ]?delivery|could not be delivered|(?:not|n['’]t) (?:be )?delivered|mail delivery|delivery has failed|rejected|bounce|unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|nicht zugestellt|non remis|non distribu|non délivr|échec de (?:la )?(?:remise|distribution|livraison)|no entregado|no se pudo entregar|no (?:ha sido|fue) entregado|devuelto|não entregue|não foi entregue|falha na entrega|non recapitat|mancato recapito|impossibile recapitare|onbestelbaar|niet bezorgd|niet afgeleverd|nie dostarczon|niedostarczon|не доставлен|недоставлен|不達|未送達|配信(?:エラー|失敗|不能)|エラー|退信|投递失败|无法投递|退回|無法傳遞", 2): (34, 188380, 1782, 0, {}, (None,)),
    ('unknown (?:host|domain)', 0): (32, 190162, 68, 0, {}, (None,)),
    ('unknown (?:or invalid )?(?:local part|address)', 0): (32, 190230, 109, 0, {}, (None,)),
    ('unknown (?:user|recipient|mailbox|local[- ]part|address|account|e-?mail)', 0): (32, 190339, 173, 0, {}, (None,)),
    ('unknown command', 0): (32, 190512, 68, 0, {}, (None,)),
    ('unknown mailer error', 0): (32, 190580, 88, 0, {}, (None,)),
    ('unknown or illegal alias', 0): (32, 190668, 104, 0, {}, (None,)),
    ('unknown recipient', 0): (32, 190772, 76, 0, {}, (None,)),
    ('unreachable', 0): (32, 190848, 52, 0, {}, (None,)),
    ('unrecognized command', 0): (32, 190900, 88, 0, {}, (None,)),
    ('unresolvable (?:ip|address|host)', 0): (32, 190988, 97, 0, {}, (None,)),
    ('unresolvable domain', 0): (32, 191085, 84, 0, {}, (None,)),
    ('unroutable domain', 0): (32, 191169, 76, 0, {}, (None,)),
    ('unroutable sender', 0): (32, 191245, 76, 0, {}, (None,)),
    ('unrouteable (?:mail )?domain', 0): (32, 191321, 83, 0, {}, (None,)),
    ('unrouteable address', 0): (32, 191404, 84, 0, {}, (None,)),
    ('unsubscribed', 0): (32, 191488, 56, 0, {}, (None,)),
    ('unsupported protocol', 0): (32, 191544, 88, 0, {}, (None,)),
    ('unusual (?:amount|volume) of (?:e-?mail|mail|messages)(?! originating from your ip)', 0): (32, 191632, 186, 0, {}, (None,)),
    ('unusual amount of unsolicited (?:e-?mail|mail) originating from your ip', 0): (32, 191818, 211, 0, {}, (None,)),
    ('unusual rate of', 0): (32, 192029, 68, 0, {}, (None,)),
    ('unusual rate of unsolicited mail originating from your ip', 0): (32, 192097, 236, 0, {}, (None,)),
    ('unusual rate of unsolicited mail originating from your ip', 2): (34, 192333, 165, 0, {}, (None,)),
    ('unverifyable sending ip', 0): (32, 192498, 100, 0, {}, (None,)),
    ('uribl', 0): (32, 192598, 28, 0, {}, (None,)),
    ('url (?:is )?(?:blacklisted|listed)', 0): (32, 192626, 77, 0, {}, (None,)),
    ('use (?:the )?(?:smtp|mail) (?:server|relay) of your (?:isp|provider)', 0): (32, 192703, 141, 0, {}, (None,)),
    ('user (?:account )?(?:is )?(?:temporarily )?(?:not available|unavailable)', 0): (32, 192844, 145, 0, {}, (None,)),
    ('user (?:account )?(?:is )?(?:unavailable|disabled|inactive)|account has been disabled', 0): (32, 192989, 176, 0, {}, (None,)),
    ('user (?:account )?(?:is )?(?:unavailable|disabled|inactive)|account has been disabled', 2): (34, 193165, 226, 0, {}, (None,)),
    ("user (?:does not|doesn['’]t) exist", 0): (32, 193391, 83, 0, {}, (None,)),
    ('user (?:has )?(?:refused|rejected|blocked|filtered)', 0): (32, 193474, 115, 0, {}, (None,)),
    ('user (?:is )?not accepting', 0): (32, 193589, 65, 0, {}, (None,)),
    ("user (?:not|isn['’]t) (?:here|local|on this system|found)", 0): (32, 193654, 129, 0, {}, (None,)),
    ('user does not exist|no such user|user unknown', 0): (32, 193783, 108, 0, {}, (None,)),
    ('user does not exist|no such user|user unknown', 2): (34, 193891, 138, 0, {}, (None,)),
    ('user has moved', 0): (32, 194029, 64, 0, {}, (None,)),
    ('user lookup failed', 0): (32, 194093, 80, 0, {}, (None,)),
    ('user not found|no such user|not exist', 0): (32, 194173, 92, 0, {}, (None,)),
    ('user not found|no such user|not exist', 2): (34, 194265, 112, 0, {}, (None,)),
    ('user not local; please try', 0): (32, 194377, 112, 0, {}, (None,)),
    ('user unknown', 0): (32, 194489, 56, 0, {}, (None,)),
    ("user unknown|unknown user|no such|does not exist|not found|rejected|refused|unable to deliver|(?:doesn't|does not) have|not listed|no (?:mail)?box|not (?:a )?valid|unknown|not deliver|disabled|suspended|inactive|over ?quota|too large|exceed|mailbox|quota|full|denied|invalid|unavailable|failed|failure|blocked|undeliverable|could not be delivered|permanent|error|expired|timed? ?out|\\b[45]\\d\\d\\b|\\b[45]\\.\\d|unbekannt|existiert nicht|voll|zugestellt|inconnu|n['’]existe pas|pleine|distribu|desconocid|no existe|llen[oa]|entregar|entregad|desconhecid|não existe|cheia|entregue|sconosciut|non esiste|piena|recapit|consegn|onbekend|bestaat niet|vol\\b|bezorgd|nieznan|nie istnieje|pełna|dostarcz|неизвест|не существует|не найден|переполнен|доставлен|存在しません|見つかりません|不明|いっぱい|満杯|配信|不存在|已满|投递|退信", 2): (34, 194545, 2073, 0, {}, (None,)),
    ("user(?:'s)? (?:mailbox|inbox) is full", 0): (32, 196618, 83, 0, {}, (None,)),
    ('username and password not accepted', 0): (32, 196701, 144, 0, {}, (None,)),
    ('verify the (?:recipient|address)', 0): (32, 196845, 92, 0, {}, (None,)),
    ('violat(?:es|ion|ed)', 0): (32, 196937, 57, 0, {}, (None,)),
    ('virus', 0): (32, 196994, 28, 0, {}, (None,)),
    ('virus (?:detected|signature)', 2): (34, 197022, 80, 0, {}, (None,)),
    ('virus detected', 2): (34, 197102, 44, 0, {}, (None,)),
    ('virus|rp:vir', 0): (32, 197146, 41, 0, {}, (None,)),
    ('virus|rp:vir', 2): (34, 197187, 51, 0, {}, (None,)),
    ("wasn't delivered to \\S+ because the address couldn't be found\\.", 2): (34, 197238, 159, 0, {}, (None,)),
    ("wasn['’]t able to establish an smtp connection", 0): (32, 197397, 107, 0, {}, (None,)),
    ("wasn['’]t found at the destination", 0): (32, 197504, 83, 0, {}, (None,)),
    ("wasn['’]t found at the destination domain", 0): (32, 197587, 97, 0, {}, (None,)),
    ("we don['’]t accept mail from", 0): (32, 197684, 75, 0, {}, (None,)),
    ('while talking to', 0): (32, 197759, 72, 0, {}, (None,)),
    ('wiadomość (?:jest )?za duża', 0): (32, 197831, 77, 0, {}, (None,)),
    ('will (?:be retried|continue trying|retry|keep trying)', 0): (32, 197908, 124, 0, {}, (None,)),
    ('without (?:a )?valid (?:reverse|hostname)', 0): (32, 198032, 99, 0, {}, (None,)),
    ('worm found', 0): (32, 198131, 48, 0, {}, (None,)),
    ('would exceed mailbox', 0): (32, 198179, 88, 0, {}, (None,)),
    ('wrong version number', 0): (32, 198267, 88, 0, {}, (None,)),
    ('x-unix', 0): (32, 198355, 32, 0, {}, (None,)),
    ('x-yandex-queue-id', 2): (34, 198387, 45, 0, {}, (None,)),
    ('you may not have permission to post', 0): (32, 198432, 148, 0, {}, (None,)),
    ('your (?:e-?mail )?address has been blocked', 0): (32, 198580, 100, 0, {}, (None,)),
    ('your (?:ip|host|network|server) (?:address )?(?:is |has been )?(?:on|in) (?:our|a) ', 0): (32, 198680, 176, 0, {}, (None,)),
    ("your (?:mail )?(?:server['’]?s? |sending host['’]?s? )?host ?name (?:does not|doesn['’]t|did not) resolve", 0): (32, 198856, 227, 0, {}, (None,)),
    ('your access to submit messages', 0): (32, 199083, 128, 0, {}, (None,)),
    ('zustellung (?:verzögert|zeitüberschreitung)', 0): (32, 199211, 114, 0, {}, (None,)),
    ('вирус', 0): (32, 199325, 28, 0, {}, (None,)),
    ('внутренн(?:яя|ей) ошибк', 0): (32, 199353, 68, 0, {}, (None,)),
    ('временн(?:ая|ой) ошибк', 0): (32, 199421, 64, 0, {}, (None,)),
    ('домен не (?:существует|найден)', 0): (32, 199485, 84, 0, {}, (None,)),
    ('не существует', 0): (32, 199569, 60, 0, {}, (None,)),
    ('не існує', 0): (32, 199629, 40, 0, {}, (None,)),
    ('невідомий (?:користувач|адресат|отримувач)', 0): (32, 199669, 111, 0, {}, (None,)),
    ('недостатньо місця', 0): (32, 199780, 76, 0, {}, (None,)),
    ('недостаточно места', 0): (32, 199856, 80, 0, {}, (None,)),
    ('неизвестный (?:пользователь|адрес|получатель)', 0): (32, 199936, 121, 0, {}, (None,)),
    ('немає такого (?:користувача|адресата|адреси|скриньки)', 0): (32, 200057, 140, 0, {}, (None,)),
    ('нет такого (?:пользователя|ящика|адреса)', 0): (32, 200197, 109, 0, {}, (None,)),
    ('отправител[ья] (?:отклонен|заблокирован|не найден)', 0): (32, 200306, 126, 0, {}, (None,)),
    ('ошибка сервера', 0): (32, 200432, 64, 0, {}, (None,)),
    ('перевищено (?:квоту|ліміт)', 0): (32, 200496, 80, 0, {}, (None,)),
    ('переповнен[аоі]', 0): (32, 200576, 133, 0, {}, (None,)),
    ('переполнен', 0): (32, 200709, 48, 0, {}, (None,)),
    ('превышен(?:\\w*)? размер', 0): (32, 200757, 69, 0, {}, (None,)),
    ('превышен(?:а)? квот', 0): (32, 200826, 57, 0, {}, (None,)),
    ('прошло слишком много времени', 0): (32, 200883, 120, 0, {}, (None,)),
    ('скриньк[аи][^.]{0,30}? переповнен', 0): (32, 201003, 72, 0, {}, (None,)),
    ('слишком больш(?:ое|ой) (?:письмо|сообщение)', 0): (32, 201075, 111, 0, {}, (None,)),
    ('спам', 0): (32, 201186, 24, 0, {}, (None,)),
    ('учетная запись (?:отключена|заблокирована)', 0): (32, 201210, 120, 0, {}, (None,)),
    ('ящик переполнен', 0): (32, 201330, 68, 0, {}, (None,)),
    ('アカウント(?:が|は)?(?:停止|無効)', 0): (32, 201398, 56, 0, {}, (None,)),
    ('ウイルス', 0): (32, 201454, 24, 0, {}, (None,)),
    ('サイズ(?:が|を)?(?:超過|オーバー|大きすぎ)', 0): (32, 201478, 63, 0, {}, (None,)),
    ('システムエラー', 0): (32, 201541, 36, 0, {}, (None,)),
    ('スパム', 0): (32, 201577, 20, 0, {}, (None,)),
    ('ディレクトリ(?:には|の)(?:リストに)?(?:見つかりません|ありません)', 0): (32, 201597, 91, 0, {}, (None,)),
    ('ドメインが(?:存在しません|見つかりません)', 0): (32, 201688, 62, 0, {}, (None,)),
    ('メールボックスが(?:いっぱい|一杯|満杯)', 0): (32, 201750, 67, 0, {}, (None,)),
    ('一時的なエラー', 0): (32, 201817, 36, 0, {}, (None,)),
    ('不存在か', 0): (32, 201853, 24, 0, {}, (None,)),
    ('内部エラー', 0): (32, 201877, 28, 0, {}, (None,)),
    ('内部错误', 0): (32, 201905, 24, 0, {}, (None,)),
    ('发件人(?:被)?(?:拒绝|拒收)', 0): (32, 201929, 36, 0, {}, (None,)),
    ('发帖权限', 0): (32, 201965, 24, 0, {}, (None,)),
    ('垃圾邮件', 0): (32, 201989, 24, 0, {}, (None,)),
    ('垃圾郵件', 0): (32, 202013, 24, 0, {}, (None,)),
    ('域名不存在', 0): (32, 202037, 28, 0, {}, (None,)),
    ('存在しないアドレス', 0): (32, 202065, 44, 0, {}, (None,)),
    ('容量(?:が|を)?(?:超過|オーバー|不足)', 0): (32, 202109, 55, 0, {}, (None,)),
    ('容量制限', 0): (32, 202164, 24, 0, {}, (None,)),
    ('張貼留言的權限', 0): (32, 202188, 36, 0, {}, (None,)),
    ('投稿する権限', 0): (32, 202224, 32, 0, {}, (None,)),
    ('投递(?:超时|延迟)', 0): (32, 202256, 32, 0, {}, (None,)),
    ('无此用户', 0): (32, 202288, 24, 0, {}, (None,)),
    ('服务器错误', 0): (32, 202312, 28, 0, {}, (None,)),
    ('查无此人', 0): (32, 202340, 24, 0, {}, (None,)),
    ('無此用戶', 0): (32, 202364, 24, 0, {}, (None,)),
    ('病毒', 0): (32, 202388, 16, 0, {}, (None,)),
    ('空间不足', 0): (32, 202404, 24, 0, {}, (None,)),
    ('系统错误', 0): (32, 202428, 24, 0, {}, (None,)),
    ('群組可能不存在', 0): (32, 202452, 36, 0, {}, (None,)),
    ('群组可能不存在', 0): (32, 202488, 36, 0, {}, (None,)),
    ('該当するユーザ', 0): (32, 202524, 36, 0, {}, (None,)),
    ('超出(?:了)?(?:邮箱)?(?:容量|配额)', 0): (32, 202560, 48, 0, {}, (None,)),
    ('迷惑メール', 0): (32, 202608, 28, 0, {}, (None,)),
    ('送信数', 0): (32, 202636, 20, 0, {}, (None,)),
    ('送信者(?:が|は)?(?:拒否|ブロック)', 0): (32, 202656, 52, 0, {}, (None,)),
    ('邮件(?:大小)?(?:过大|太大|超过)', 0): (32, 202708, 48, 0, {}, (None,)),
    ('配信(?:が)?(?:遅延|タイムアウト)', 0): (32, 202756, 47, 0, {}, (None,)),
    ('頻度', 0): (32, 202803, 16, 0, {}, (None,)),
    ('频率', 0): (32, 202819, 16, 0, {}, (None,)),
    (b'^([!-9;-~]+)[ \\t]*:[ \\t]*(.*)$', 0): (0, 202835, 64, 2, {}, (None, None, None)),
}
WORDS = (
    'c-ri}33QxSb{_bu0I;wSC=@^v;Hu&xagjhlq^O0PAc<;g7h6)KmMAs502CGyRfR4TK!Wa(*=>1`$8NXn_}EG8_~dw*%y?$pamKL|'
    'JDDUCcXCb~C*z6F#K~B8pV;l~oWypLGvio;pLJi?#jSha@-KxV2%J;;#j5{*|6A_6?=IiHcR(rCz4l41efriuS@{3plUMb>LHPg9'
    'wNLNbC%yLRhktj&|Ks~o@LdMJJGJ)Nwf1>*?Q;h1#n1OzzT1Y{4z6S9H`6<U?@z9MM%O+)(60{RJ*klQ=h1I;41MU{;4`rH*$!>e'
    '&p~Kg&$&WlI0)BXGRFgG?SeKwUi;JUdH_8i{C^Jqoq;tDzCTRH8aywJHF)N8YoDFy*<)*;o6tr-YU3z8AFRjt+UH65|H9g5hO{}m'
    '_9;Re1=7ZQ(1(sY52WwuKTH#U@$ttQ#r}Q$w%aPipI#H)N)FNaIYe_kKqCXNR>AMj!F{hIIva!U@Nf9~8u|BCxIRmMzl7S+^r{$o'
    '-A?xAS&#dJaR)SaKj~8uu1j!Tglh$^W%7HGj6vTwjea-nx$TCv(EOzf_S2~l{8X>$Huz4jX(#$U=u@zMKbdOq*Q1CJ>#=@Qs{TyC'
    '2TE|Q!F3V(-w%8+_-?^+Z<?GV8F>B}%v*4+l4}M1I}3BW3$>5?JrCDMn0^;Yd&{T|+_#an&kM{Ma13}G*S8Y6uS(uoBKOzO@Ax@='
    'U%_Eq3ow7XP#d;2q;tH&e4ho{%?Q8gc^V>pFOWH^G0*G!N8rrUbF68^Hs(dr=7PgBW%A54>c<c{H*;iurpSA1WXv_RuEE^=>e^>d'
    '$hCB(v*0~HxAxgh##Ls<ho7Ax-%pcutD%1f@A#`|U)%2eBAg#CYhk;`WltA`d7C0*E(<g;<?$}uRxsAL(7fpO<_Q1O^zah8caEW5'
    'eD4IqN2PXyGhx5Oey@@Fs*>+(!akyHX};S>+FK^=%rR%eq=AMwStR)GqqYC(Os!ulJO{3PZo0+v!SP{fA4ungZETCodtK&3;#>Or'
    '9IQngeDI4c;)6F@zz09=!3W>Chxp*A2OsSB;DeYSbijB2Zte4L;k!<t(MK&~<zyS%J}E@p_s4)HUDg)!%O6|&Ty8Os%Ah?OMvj*D'
    '7nQ5AyiVof8T5<~PsenUg}HmR#q%feQIqc1&*&Aw^$I+<4L!GG?fO2t_kDpky7E=i9Ogjh#NSc9aTw{1Z$mq)!rE5_y~cLFx$e(d'
    ';as~R%n8?48R@;;nKm6l*H{tsENRcsb2F8y+uJCQklGA0cB-@Ce=iE>?W90QrG)0pRi~RJ?{7DHr0e?~VDoIpzD^1KSs-g`+c%R!'
    '`x~*J0{i5HcL{B1zUyi`)aM00PtL>t=TKV%q^%yX@$2^VbHVi@X>S5#gs^So41K+be#3qg><>B#*N4#W8FZG?dC9`>UC@T@Oxp=#'
    '8UcM8&uu^Q-Si`W$J1+{cagv278%z=7MnEg%Me*Bz3$Ziri3|_=p;?<Pe&M&mcxDC*NN`$gpX-FU7qc4^PH~?@)zXb9{qgU;rSl0'
    'Sq?M)haA}1ecJ1Twf7nGcCt4fB)-xd{GJ0E_vud-u7jS><zQY$$=-3H{XyV=m^Wy-_c*%eIGHP3yL69tBDwV-lBHewtP7vFonu<w'
    'ehz#(aq2=geT1_E>NEYi<Ma4T%)&m%5xwNBr>`0Nf_(gV!FNYu@|9)a|MkAY=h>LYnL=r<2hm&)^2K5L&_1zWLjL+GxGs=;i^LbH'
    'b?g6m?Xy?#PnL;aa-MuYOLWjV;?G<n@A`g(4Y0jSe_ti<pkx0gL`SRS{mYJRlu^H2+pvxG9k46<w7DdVeTDg6+xz!=zN1Xq(z5pr'
    '^1OcTI=t(Cz;pP#OY3$8GVco!$Bq50!-74eK<H_jv`u~XOT-^Jf_Q`^e_lbq4HBN!hj@{isADlcFkmXU_TMMt8iIbEB(m&ILX!nD'
    'Ha#bkWbAbB<zaqzLErJ3Es=Zl7%}Y>gnO~ScLZn_kF!SlQxb3#Rq~#yKv%0|&N7HcOp<#mgl}FaeVIo7h%9NNK<2M3Jo^R23+Vd`'
    '!uuD5`L7A@m`Cp@ld;u=y|Ez7#SP&dm(e`ZeKbRO!IIF%Q?O^bHm;F>Pg%zN5L%OIfu`q$XZIuC={jFi<XR+jD)m#+9s3bJu?y{g'
    'J*EKzp0bz0Q&O2I46RcPrHM}$4HzLTGk;ka<23ZKAADpD9H03wo!Z=g!4&-E)Yny_`d_yfOz*PkM{4g#J7Q&BWnyiQ!RMib&y~);'
    '!;To?r186&zO&#TI*R(&PJPq3#BIbD<br`b9OK&KK1qBp1OMiDLa)U(mqu+26aHHj_?$@&4cdGewPll8r-gTEUE)b}4o{PNR)q77'
    'o;zd0J2gfi5A(xeP77olQ;fb%&q^w5*yL`lZ&RGPUf=DA_lI5IL7=@sphHcUSU%4(HX~P`>5yPUxn}V3Qo9K~`}7<fTKhbX<$sO5'
    '&L3g<F_upyS%d0YRFA*JwBe)s1Z|u~ZP@m~B<a^pXyXvl3ziM~T^81Gr_i@4Mpt*SXHb0b2($h*L0_s7`Y`Fb7<-JLty<*Hlh7wl'
    'k13KflD4^Ou*1;#q+_z_ST@;}>sLjX3pyT3(;BmK1ku}+fSIoeZPXaPX0s`A{g*K1&lvPytaICRhZRBRnkVy&=Yp=UYa4hjD4)14'
    '^!En(o?>D?v-Y`9ILnHHjlnh_MZ_;8{Wc5!q(hGHE)&0omeF?S8|xajANPT-XtQ&;jD5z!%O!mg>wyQkbLEgq>|DXJ2Bk~s3>c2#'
    '9O3vlwe>9t{D|6#W*PpfZBad>O>Vzy8&aQO>sTQ2<RfdJhlTm2G*KaKVqF`@;rWb_+UFJp8YnV*UZTA|kZm_grU^?&r#<A6V=>53'
    'Ny;=q+b0-V7VAP$Y`|GW>vS(<kxg6Tg;H$K2z+qArv%?Y)i4(}8}G2-uUaB~rFJnY^8}sTE$B)G!8SQBoYj(C^}CEOY+2ChY(6sG'
    '=D$L7KzX%mzco+zWyE`YZRP(9_@?5pK~6I3Jwot4oJ?P2WO=%$OTt`9HutKqwiUuh7SY_z2=;<o!u~5D9z<mn$}g%0JH6x&u2}5z'
    'Pb2-LCivw_78;Xi{sd~<*XC}cS1fZ>7{3<hvt4ks(`Uh^fbkF0<mwuKWBN_&6?%>+&c&sDjCaYZMm_<TXTx9!<G_(){6-(KSyH=k'
    '53zr4GptuIpMQ_wR+3mZ8jGsW&oJv2WzB{>)-CAcju_(r-ZaG1a5!L$4JxbV*yfGI18cqK0Kv}}m^PA%r|`{TaL1>auAis0&#qX0'
    '+d8b0KAYBw#?!SD$E|e_Q=7IurDa_%_O%$pTK#OQ*|tpStR}=~aB~m_i)f0ApnJF~%sU;!0-_aLJfUmsah329lTAL%TD+EO?3=2R'
    'W6`8s1YGQ>!~@HQ_FQn8a~9rHA?vU}zQ3Wu$Huti*U)F4%UKs@t-iYU`Rx{sIfG(9IJ$SqHDSA_$j}9iXE4oW3Sj{+-ea<kWV?@3'
    'u6b;e$u;=Q+D`T!_G|Q_eaG#?G{Jg=mD#o2-Uar4WM2$Ox;vfj6zz-sL|2?K=&f1s>FgGC*Sw%pFB<GloG<A(dWU2ybj=SXy<-sB'
    ';Vv>)j5pUfRk~)|7&~Grq-_P~zu85`KE?PMIU2dDnte5Ty#J@F$B^0Vz_xZJTa3;H@e63}Y(7NEZa*#9LNs>cZy<ZL?cN_m_s$8J'
    '4LwKSh3+kqXXw4Rk&jHWeNlT$LBMWHe%rDI%Q??Hr*ZQm3AOzUvX9ORd$cIDMSblLhrk0@k#0FG*cd4$peESAml!`!LGU%rDLzjQ'
    'wVP-jjB~2F<m3w4{v_zjQS#Q{_;E>(pfRtfRU^;jM&`h2HD9*r1RP(s<>N8&Pbt^HeJWgz9^1QYd3%0aC7-wFE6P1@&o3$W{4`%y'
    '?s;#1O5Hp8fP%H%*TVOG680R9v9Ag?teW!EAvG2>OJx0mWjs~nD`|CpHk@P0mY+>JOM2lv$q`@9E*Rqs;z=VGtQv<K!!n@cFMkN>'
    'F*5>QK$5Xn8Q&}Q>r=m6P3X^(MIOO^eJQVxsbAE`?t^7XI#%dCgqyOxW6{yiShM&SpF%VxVZ!G~o0GyjXxqnPh#?zc=#t`jCK+s>'
    '6yL=8EOowwA*74pHuc`?5oA{mOBfc9$YDpr;A*%Sq*V(}^rnDe+QDF$E~%7gV+b4b_o)Qd`q>2O`yrKljN)(%dx*354JmUB^Rysa'
    'FCqKsINC3ZWG<@$rmE=B?jF^M52j;UjiKKXW}z2oB?Ir(=Pj3ut3qU{>lR<cB+|{YU=O~}(N^gy&)9MVmJK-34AGMcLfl72HF8wr'
    'Imv<?x<}AWmj&4?j0}pgmlqsm{Y5g~{mgiivj5Y03`0w%b8D|^<XFM+Ta+J9S@>~<$b|PJKEXZff*-eGn^zt1;L^G161$*%8z$Z}'
    'hW_6c_jW(B9og>1e5_<St2s=vD<8APnYiSiSQ2cdGmK0y((HG*^Y?sHm6hl;_zsc@Bn<R|U~iV%yoA=pwM`#-$GX(AfcKkp)U7H8'
    'Ik;fa(|luiIN74Wv_<n#V4T0n??G*^rd%kt92nd?7nD8k2HkfHhIev#3#x*xo9fI{27D*pPdZ+EuWICMn}Yc(!29SQr{7~6IOpe^'
    'viSKhPJM~7>q~M&pAcVCRD673#zV)Y81F@8&T(SWLw5`NF|K!H(VQ0rd_KiIOK~GTFh`WXj*h3SaU)ZVpN>1LX#CVaL2XES(ySoc'
    'Yy0xwX5we&1>4Y1tN3Eke^A92i~h~%tSUM3S-qY$)yNMh>1dKqFid<oCqGH?Th!k7f@+RaY}LC@z@7~IZcZ**W$b`q>6p`(`-C_d'
    '$_GBf#4)&>)7rL9_pzi$&k1czC^=V9O*n5Qd(0Rbixm4Q@xue?St*`xk@-F@UaEDY?Fa`kh31gj)8qD=n_{e&JZ;^k^VSq!OJgvl'
    'coseHudC*K7aX7D?9VtBCTtwdsRZL__8M?ZH4CjRt8h81Gz|v&=Mgd|HxLbuD!+Js+<%*nc*KFmP3@cT99%xTc?*sL)A9i6cR?6W'
    'SvBV&;dm0=qszkhOuAQ+KDGm@IUbrj6Da?%t(z?d)<h%J2D%@`0c|D>XMn+cf{aJ<D|7vJ%?&K!DU!@@&+RV`>y7nm*POvLe+P%_'
    'SPhB4-i_?*b4sog5T<R(#-9fI3&!)SWL$C3dGPKpA&i7ieFu|$3Ag`^NU!yw<t)5+$ndOdAKpdys4z89r2bt(7$x7jGOm4p5cMO8'
    'm@iXI7mbsW=7Bpedx+0sQoyh!%}f70Q?I$EX-MZ0h-2^EkLW7SJ(FednPty4Fr8g=t_oz2%?We))0w(0or`yha}5hht|=7s<J&TI'
    '|9jl;r8x*5Wa41L>_e_5G0maB2gPe#R*ig(+Kzq_#cgnB$54zhF%M_z`gD@>8@8{@N{H3WG;B4LHcj;8QrjS|ISBgs8{6vZi_h{!'
    'VZKTN58z_TDBqYd;90RBoa5bD!n<ACqCDLtmN1O0^zGZ~J}Zuo)dU(TEB~4pVPt4-z2DnbKPNceUAFjmlh}VjpB~><$I>OeziqWf'
    'S{>^ejQziM)on)^M5`{?YI-*6J$DH8`?>|wEY)<6@_z2zzeV=JtVi5LO~AG<koW#XSL1z@-{SX2ecvR5e-7UNtzC^XD(w78bCy(}'
    '-&yPP_j$;JQtd?_`5$AN@b|y3_!xX@Upj*LL>#y;m)eb!gs#4(*5@wbcz;Pn%Lj1+@dF<oSS5YLa^5uhEo!?MNA^!U8)qPQrcl{s'
    'qu1?6I^FhYiHY3`YkzX>>w<%QkLKZ%=#P^{YJ$8P{Qm=Outro~!E`p(S=T!#o%zT}5--AYOyz^3aBk8$pB4D*#~t<9JE`9p@Uc)`'
    '&ShLKb=+`#*I{HonPKK0WA9w&$W=D28f1j9b4<tgH#_Pz>u_7YBh2{#Bj1_kQ<|GUHSE!im>asDS3ByqLED`8%mufPqVUJy`9Bim'
    '`GuJG<KB+-b}-X<^?M#`SrhcqiouT4%Jap?{$i_JK<(cyxo5cf3D)C(TO;~c+VDIMGha!~6+N%7rR(+DY&5KEh;qFAKQa3%%Kj}1'
    'eZ?|pT>DAlm0|LJQGQVt=(Imw*VQH6+E<5`^4i@{d@i(UCFi-r@isJv!mOYl7A^J@8b`(XXKo37ofYCQg8%=;6dzwh+YhVvQhk^5'
    '{~uXv<2yaqiPoLK{78@CbE#(f(Q$OrGkTt$Nv(h8F|=oHIr2Mh&(L=Bs*z_>>VHwNMTB{OCgoNqg~oZ|zE=!Bx-fmBIVo-lu~NCU'
    'HvSrXccHU>J=3{<3`OFT(R%Rt&h`De2+w_CU!z}-p*D{KejvE#8Mybuef8_N>}%$8kHE7pIX)ZQ`*P=cAJAi};Xiwp^!HJ?_w(ra'
    'ad_uB%h>R5Ps4BDZ0N@hw61tuF7J}!4@_eT+jrM_9w&W11^3=Y_nbp(ujxzUpf!f-l`qz>AH4?Hv2pkwt{=el3S7T5zW%<q;d*tv'
    '-uC+l-}>Tv(b{?u^)vOo@%HmHiaR?oTfhFd+s(0-ck%#E)~`SMdIQ_`1MuC@_cm&(XzbW;73<euU*PZEf$lx{+4c8+`EvdGX}Grs'
    '`C%2B0}ex@>-9ba{**5GOab3nhVyG$@qe!IRvGj@pSUZGM+_5BI3wU4rv;pQ-Z4%fFW?oW7@o3#qo=i^E6QH0J8B*Qie()^aRVHd'
    'wclf%ed}Ym)(ztFdQ2+0#zENl2QJPI$2yuYv6RlT2$Lt}KcLun*Bp*?{v@m)UgtfkQM(+|iC*X9!rUz>b1t}o1Ad;1i>X-lTA9$y'
    '1mf*+)Re((A4h!1w|{vdzHC8=A6yk;;`DvD6knIfC09&dnQL{>7&%*gi3-7MV|v=f#2aCH+MOUhwW@9+-upguLC>x^OPq!c8)(a8'
    '6g5W;&g&DlW*%OTq-($h^SY0Tr+i|lTa2fSt1ePi#b2`s%fL}<7QLvFuiNy9ie8^5ufo?>%0-At;`Z7uve%;Km5}yl*cxz~sU|JO'
    '?+?QK2lMo!#FjNJVEnMHMAN~5a?f`<W8n8=iqDPef=ieZFkU|Om3?#PTn5~099TTg25!QOtuPoz7vC?%gh`lcoIfY28Z#O*^OVCJ'
    'E)$zzNxAz>Y_&7us2`P&um`Ao7o0~IRCBF3eV+EH=6otxrp9)Nk}}sdHSrnWd|-RfZ^yuPa#A(Nl1p+twFS^~1;@?OIn#0pofp?R'
    'JEfX)QWk_*#Jquro9fr^R?YS2q<8qX&7H0H6I*o7GOyPaAETRR&i>DmdrkQaxLhz){=wtNwht-qJ&kk6wh!qZX}|R_I<gP#ywn2P'
    'Ih7#o>}BLuUme`kCy72U#!R0ll)d%^wGk|P*iho!1DM8L^D-=;IkM%$SZ3xSXyb|spHt&yB%7M{ug|`H9F57=rqsp*%ARjW(k*qK'
    'lAWr#CW5qoO!Fq`&MA<!M^qy>)im_4s2X`RsEyxLdp_e~qaO_E2XM)uE7^2wg1%oA+T-d*aB~>MSl{h)Nc|KmhPiRc<3Qu0Ofl(P'
    'uJ5??<>46gW$Bzg0sb<)rgP|=-UxdkN8hfr;UW{41lzSO_c7(WGb(ysbxvpC>MPmik@~~5O=36LwW)1!FeTd-!>;*0k2S|<epI>K'
    '#*bY6a;8066xKxZ37Yqa`Y2Wzzn*C?>vgQCMlH1y;1BD%^P*HLopS%{aJ#KDb(j3n^C;Y3h$qw5J8t{zrLU^yJYHF#yIe^9LAUX`'
    'LmN^qr3$ho+1mIcOB>@3^H5}T9-W80pJ0qMp6EPWHC{~PdoaG_D}a0X2(Et<u75J#Y}fgJ-mYK!-(1gU_NYePr5(_p?I7QNov&V2'
    '-6o<)A)K%&U!CMnl;ps?F!vO@q51At41TS=XWulP1$i}f&eRKJP4Wci^(<UpAouCtHRkISx&I9MJ$UC|0UaBU<7kNfbAD)w@Aw>J'
    'C-|M1=B~($V_xW=)Ry$zHO7}VV&EAr{Vo`MI=dsbE#Vq)%#`LMpSl9MIo@86Z{u)q)Rxu%YI7SV89C689wq#1(!k@Fm0QkiY`dHk'
    '?8OC(kBgH@CEL&#kx`Z{>$IrMxg{kzcEw^BDp|%*RdS9<o39W11($?<U1}lb!j$uv)}fWob56e3{>A~&OOy8dy3{k67x00;7!avm'
    'j+EDy>O8?&eT30@9>~l2sdq9qEWAcDg1j~>(BX^7_BAPth1zCr32i;j*brQ6EESPGZ&<)~Q9eAQ<UEpb+apGhY?X>I#vzM7X42`0'
    '2n|raNZ0SWGS`TxAsK$7<-KQ6A6%X>@$sq!4=mNVI*71!zI~wkYsP@Fa;c?;F;}}89+6Mwoq5Df!A2nEPo~(WGwA$}^DL&hTq&M+'
    '*07(K1s+AQVFkfHkN4m(*@Izf%+PbeN4B7Ao&h<PuKC2oC2`IB9Q_lg5r1{9jaXpjfnv$32AQ7H0kx~G2>!PP1{X*5T?uor4Qx=H'
    'd^Ll9r*cZaYUJ&`m8#F}gUVb>kJ@W1!kkF<Ua8%ZCpK5(n{0jMYJR%(U6Offma}yU@%a79TwiHHz)n^zHu8$#^SmG7?>BmVuq<(a'
    '@xyR<SSja!9%N>nm+`!6&daF%B`49lh6GvrA>=#KGKuyb(OTJO(X*Ufv}jq&C4siEUwl@e52~A9Q*yl>O#=ng?usDS%o85-rjqMF'
    '%s9pYVB2KBAV(A#>}?kG_&(wNv|j3Q10P-y<h2{fR^gf-y&&*%Y@3vLHKw_Mt}w6G`mO#=)2#McDiUkcPkfzHyArMI-?M<x`*s6Q'
    ';&|nxCAI?7^ZgcVLd_yCNf-)BbITSV)e_Rt&RF8FmIZk+uk5wSI2@44Z|vf)wAn{6jrsCJ6E6(f{x55vKa0TEG9h@+6AnD>;TZYT'
    'z7Tvj8-k}%UXVijJ&)#}>R7nWjR}LQ&!$0`AANPjLyV|K3}(vGPmB$eVhk}~wABoZB9mndHto1%mlKSC%~$@zcI3F_JePB3$f9fK'
    'fIm{b>&JggS#@oy3r;G&_RYKyW20&24b-M|4zDQpIOi;2E&DxeRy5WqtnDlha&BBUUe~^J`r!cqlb%6-E!(+X5cW*oV*AB>eYe4;'
    '%&oa()8lO0I={hwhyIvsS1UqaTy0mK2<y5}@abUN9LAo}`IuzRKMtFVF`N>f&b2LyS1$=X>bk|hR1n4#CDxGhtLzi>FbQX9@_!5&'
    'eD0i`sml0_XuYhk_Ovm@$IW8Q-n5cqCvCNx&NBM<oI%&3yp^6G{fe(QdikKTV%U7%tL=D6%`cV*P3x@ZkjjImHNnr=^80hSL}+e_'
    'X+pbUW4KGgy-UhmyX_o0uS){H(k6pZn>fa_hm9@A{IDj(R7kN_bc_;zA4Wdieu4K?EIKmhOQ;bXYDM6?zF0{gyer+?1A-ss@}W*~'
    'Z;vo*W5SQjTWDUd?enTRuD<AKPoQm`Vd6>_1impVv~fhqwSG-!C8bjzAA(DaxpW3+Jg^s!pnE43pM&Q*+P8hA?_6F78h0ht(zfL^'
    'nRlEIO3Q<a&*SiB`k+Y5IYB0;dfcqwcl!afA0%5C_5V#ej`IV=gC$-&DeOf_rkzJLJ!$cy)Be1R=4(=g%eC+V(o2>t@}dp<ZOXBc'
    '1)XT8aCX~rXjK^dBh~e7xj%gPvXnm{sam5iF|;Mc%28X{s^V+5KZbAyu5D63yM#rw)j}Q#F&@|WPM7+qwp=nlbn3XsgNBt~-Qlvp'
    'i+%ygsxI~AgJ=FHCJtoPf)CYa$X|~TL-IYyhGMdhaC4t0>)_Mp&pPmHS3C)oC*MUj3d!d*BVa+O|HIXOc_Bdz%L9x&R<Q8kf`EU+'
    '7?)XLj~9hGFkxJB%)WG`L&-<$8oPW%MUP#^^Aa}BSHeyAGUxTYLH6<0#r7dz!KC2B9gac9;?BjK1>0LPVB~@}pG34xW%^kQUYeez'
    '51_MWQD{@jYar!h%o+Hy<iEaYk&nAU_M&G~=QDX{`Pi367940~%AoVw>h(p9Z_v5RcN^Xx20u#Ah7&4!PQ2YQ#E<yoDs;vCuO@)w'
    'pN_##^M(Pp?SgIA*siGY<Bz~u5ob(5lri-)7#uF<*~Ck5KH7D>Bz+_?Uh<>^FBy-~?y}#Yt4i{OWb3l&sxCRKYJx0LCU);dK~|d+'
    '&V<9vI$la}9e>ba9ltvUe)&0rZ0x&!ls1ZnwyPG5qm33`HQ3N>Z5JKiaV7@24BJN~`_$|P*he!4y|ircKi%-~1uhtTBofcIwfQy^'
    'vm((f)$tdVTV5{P96YAvoKrR)ly~4kl($OQP7dqm5;siWh4INp8Cyao1~~!C>%MtAuwS0)aD#yNpl6BZ#TiDvqIy@@F}Yy5Tynz='
    'sqi__d~<r~`Rj%G+W~s&F5n~6j2<k_;W5PHC3{ZU!mA{^O&s)M;w!p8Qa-n`GUt(}XLrfLXF>g_dhRoTU$x~S)$@J|o|9^warNb+'
    '<h<PleWf**Xs%$FJhoEJHl2@^=I;Hh;%mc}l{p8nOKx1Be6l$At6s-$)rh}80M|Lkz0<0E^)^3whOx~Q1-!z%;A5fk#tDYE`uciy'
    'GrpZ=WzIK6Wz<_9{$eRE$s`+aXA$SC(6lh5qU8>wIVL15p_I!G=a}%R>m%tavj%@Ce%@5ah0dYoH+0V^g1w$+{P<LEmh8nV7JNpP'
    'k&9@}siWxqLl%rdiNUi|9$=D>rFHSK<#V(;=pi>P8Df5x9B8L3;9VCDm`v`xrWln~W^6g+XTo?fMb>9Q@ZBsjK2z$;u3F?8%9B<@'
    '=wdb>;UOj0bTG+|RQ|QScb@V4Nn`Q#5uJ;{M|47k&u?qO;}itDjf79P*{(F5YCYyYn73{4S%9`naIL}b(w~nUnhz1XQgM*0Z82eG'
    '!B;e?+-kGU2=O4km{%_M<SwxDG{xH=l5KmVG5F*qdpwTUm>1#!=rfNPY)lK5^X*Uqeu;h$zX&JS_F1s(9G3TfN4%@#^IVOQ#<XAM'
    'lgcd@M^VYOihTB2iSc!Ee1Y!6cHE~X?D2qV<kUXQ#LeOJ-DGQ|XJD9|A6(3cEtXos0OwWoyix-&Cd$v!dAqM7tPk;Y40g13sg-2P'
    ')xD(5afvGq>(i(B{4Sk_ykAk*=NyBdk+Atx&bf}{E1CzeD$MPQFxQg;UUb-_e^MJhaeuyXB0WmZ>qGlrvDoLOHgx}KZklfR{~h2<'
    '(s;@eqSq4Xr=&k(d#Vqwi^Kke_i2WSF_QK?SAQ;!*nmmq+~;Hu)0yj=_puc<-nJvXBFJUX0iP1A?M+61;N%88E|dHa^q~vhVXHIT'
    '4sr$7gEE5epwB@^;`YOC1MT4VQTd_IVAJAcjHGpt10i&fTm&6N!e$1T!ADhdu1jjeDGBm4r;ph3nuXDCZT=)vT}~gIuE{4&`K`@f'
    'Zi_>k^1xVgwx0!yOt7HV*CdQGk0$J?DK5cQBU8sWCXpjBs*Vr^4?_3Z5b~enIhEv3U)kXx$S-kV`=Z*+O?K_PAvT2CQkM)Ef<?iu'
    'T~K^pCX-!Xs&g#G19CB0RF>Qh{Wi&xVdca=2RSqjn@`v}$aF4pU`uG1xv<rz=kPeb_9absPar>86dM)IwP>=zWf)xJJi&oynSEF='
    'VCHCTSxKJQo-m&~?!lK1Fn*F!2>op=Bp;;mYQ{kZ#eDaMVSjS+>dBaBV^0X$=x6+WwtNQ~=NNU5&BVCJ-avRj7akFnH;j0`%f$~x'
    'b8RmO^3JRvw?-Wo<qi5A&@rhl_7$#9CB<d5>fEHVX%x9KOb(T}^PikH#H~?3^0E+*fqmkWg72Bjr6tAU`C|7a8au2S`6VS9+e7F&'
    'ui~xMtz+?yIAXD-eJ17C=W+$O>R=pRxuWE_Z(BY{8?LL>adez-fwObF#L{C7&knMurWp)R$zZRE16$il+%op1j4-~G?uj20eJPi>'
    '@Q|VKkik8lQF8qe6aK~2=1YhUr<6I@3dJd&XY4735O~THNJhJ1iTAPLE3u9LhA;=yj{K<R5%*@o#A$z0AUlpjdue!Ih4=z+A8>w5'
    'DX&&s^!I{lt}&jExL+PcxURhCewOlCP&^dIj@3fG%f>t6!YbRIZ?zBOer3)PR1;`uQlLGPZQ52lIq2VnYR-i%#S$(ec{OgI-T_8m'
    'mHM1y-R(XUXUAdLM;y*lZk%*3X|10lh|bF7yudMWR3@Z0(;3CbsZNE&gmAH46761Ba&0>5gPIcTdlClofWdc(&!42Qt62Wx;-b|v'
    'w?+BO7JG0J$+MD;$@gsEC7csgX8m2;-4RnPhYO7@IqL4%Ct9)K#zzsaTUKtloB9|m42~O+#zW&K3e4W9sph=#+<BB&@y8l+F{MGD'
    'b>4q0Z%{g>7=<dLj~+6nMFY-&@<gs~g5GDejzKS(qpOHN3<5rQ5M;l8cxD&;`!xK2ko*2gWc%EY`t~S#eh}e}@fgoA@1kRTlDV3&'
    'Pn~GKbzQEYEgXA@V+L`bbo`%=nLNhKJ8nnE7H-Y^=Gp_g?bBo~&oJ+&^L=WQ(r1!$vRP<Hk6p)Q<9)o1%-<Qbe+Ll{c!bO=j;lFE'
    '_Vi|=v38le%|wgzEa_5>n(vQoGTI3<*3HIu@H{-e$@qe8Y@2m0G5>oEu1{=2z8_}1n{mxgkvSMgbFmrM+;_a2Y0b|tvh-$IUzf3M'
    '=Cyom6R+iC_sCj4f_T+tTT9c}Hq%-@#@H=3%UZgO4aaMYGX4`qeD+eFQHrmizIoTW3K&Bq;hqYPzBN-GzGVSNLGP#j$AW6kb%^Da'
    'dC)7%WG`fuIe%=P*(*BEx>df(e1iVh9)tgt^Y1)CaOA@g{LvUMa7Z=R6*T!-Y3{EjWzNUso7Z89_}EN-Txox}^nvCb>lb`r6k|1m'
    '-ZiBBa{de&{LMWEfAdDi!Mes?KbZhd<46qH3od@lH+R0|pVxXA_0R88a;}L7E!ZWBkDMpCRUF4<@`0xaE+4Nw7pqERGfpEq!m<2W'
    'z*tjk>#`#r5#vj2>roYW6IWZ;r4BrY5t(6Rn|_d4xR~KZWv;Q#<%b@!>>=7WE|;MzHjv6R14usYXJ~aW-y_nhEyv@OV{Ftpk27mp'
    'co)uxyj#F|u2?YqH4@Xs<tC)@ai$uU`W=+k&Z_mf0I+P?iS`v9E7cRK3}%SNwM`2$5PgQjqSI%j_t8B>>8ck#l#22P<=U;Tbw3U('
    '_jtci)tu{>%TZ6`)r#bq1qU8NWy&fe4@tVk4s-@!8ATDkAJ-Y0R1S8Z7^b-7o)IDk_bGe+2q~W`C+~3lepbLlPYT#+JnnwwUZ+%J'
    '>2?eH%%Z@HZS?_7I_0EA{*iK#+VY;5Ftv0)j50XoYJ&R#W7gwnljbR=nDuF4oupb_uC@VFJ-V=RZk$+Wyl)SaeQVP}FvixFBaY@c'
    ';&L2wdQH?C!np2?@3UBkE(m8Kt=GJw{OeFZsQmI2#=X}b_Rt@X#Bfd}MZa;@0g%o+93wSj*{?L##Dq~_P;POQwl=wW*&Fga?q_h+'
    '%Zwh(?c2C>g&$Myxym`+)rUqozQx6Jn)dY$XoK$S9ZHtBb3)%-a|51H@zu#X6a(+&^ck02uD-bnkB6l1y&m*E2y3fpij%F%M9wmu'
    'XJPUaWI=}6WAG{HIkm-aoAhP6_igvO%9~QHb*`>0x1WxB?x(o+!lfAY=II#r)1e6a37@&sg5F(J8=F709rCaH);Gz9plxbvTN38K'
    'X0fL(p|i1H@i{>j6rWQZ>pqJX+BU_BadCU595bEp?iax4ScUr)(ZyZjx+Olv#r#USk&h`pH?pl(kIgS?ieEF?jW;51CAF(}A<RH$'
    'y1p(SD09xqia_slpZL~w*`?fTgJIuEiSdEk^l>`2ML{;_<St5sRG*n<^atO1ne@G;Jj(RUt|)Wv)M>`IG?l8?m(6&rK`z2t)3q5@'
    'jXcgD!+z4|L^q15ILpW!8ILs?j)4a7yzN};$eR)AK1xlzIB5Ei$NVKthyM_rRX%xgTzPr$j-OilTyc<9T<bZR@+KDqe2VS870Z29'
    '6}~1~lv?7pIj6PJUICj^*z;tg#zu2ew34rwuyorA)}RmF`=JsPB+quW%=)AXUuT{3jfb_%xa>jgYfPcBZ8Mx5oXo26a>KwAHH~tz'
    'Yc>RpWx@U%wg&k=WDkgv1K(C_oU<!ZADmDAG%D|w80=dxr}qhM7nOUxPg5R0DW42J(`;?J*nv&?WiSqX3AL$IwEFZ|hVWfq&b~A)'
    'V4vdB*RlWCh7qEE<|sU+DEJ9DJ4Qih)AWo_?UW@Y*GQ*yId8EA*>u7M2jA4I9A+fHU9`D{rPbG4#K)dcje4lGZz~2o3Wo*EJHB(T'
    '!Iy25KgI;xE0tfd{pzTo4@LFc#gQvh*I3w&>@WR<pXeOf=a_N$Vp{e`u({$jcFhg+9*ilhPtW9g9Axk@9PgAc2ozT_DcIKNocN4`'
    '(!1-t`@TauOM8$^F^Af+@h6);zK?l!)za6JYHfXc)7iu2nIBSeEjgMyQ!5dDAd@9&-{j8rIPIN75%`H@yYs1aM0sgh`Q^WtXup@i'
    '!(L<XoIbw4YX*If>ZcOsJ&(>Z?57RuJ9!eV!?eYBW%KPl5Tl=PI0pZ&<TL3<_V6XOKF+O2kZTtVF$D`2>}bY-?V_^Wl5pR3BD>;q'
    'fzte}pkvL4#M{yN8-~5UHGkppieYQgA5h_I(qoLji_OPG0~&wM(SQ^yNA<m$g$}~d3U_Xs>dLra*ti&Gn?IM!E#D*Hm@a=kg4eDC'
    'y2?p25#+PC(V1n6kqqvA*$_8E<s{7mo>GlC(-{lx`i}b;<KK|l&WC&l-bXI+#Z;&4VRSJ%$3ueuZAQQ(=(#O`U(`3&xRv>cgML1)'
    '8o36d#MJuC4Yv1C+vS`fOS|e$CSJJ{^mNmC>B0l0GnKP9P6>OSo>?=FvOk@3-*e<G)m)FeD#Vv82>b527|zc?XFnA}SBYA`2g|cz'
    'Y7Dy8qYM83plZ$wK+hAOS{qU=URSxpwbnq!fkvh*cC`<g^GM<=dTck)GdC1pAD~8_xyImK7ZqRsDagn1zKWJ(+B9!r?c~D(_PZv~'
    '1Q+j1;}|9__Ad!fhWAI9^T4)022kwPL+fR*df@sqc`KHDS-^+VHJv8?I&1KMQQI_~W9t8zSB=`3`pkX80i!&r__}#<)+Xc5pE*JH'
    'FIemVRYPosDLzt)dF=PVveWp;N60&NTjZiJwPmDyBT?!?bNNQ-m<tA95<Oe)M|6tMS85Zp;e$sK@OPSU^GgOi>YQ*6Wd&bM)g#VL'
    '!l_gQnat(fTy==Ch(b3@g5P>cnR7~DyC>zj+hNc6#O1lt($xfL>BSiQdrzw9ae2p7^!Qe;c1u{FzE2*ZvcdNr)@KkFE5-TZ0}RvM'
    'NRMG@>B$&q=~xW=B1wAG_`8$?uJ1kY@pRnz()^cBZSFt7HV&>M`fla(H)y+I6xl>4U=8$M*;<En>u{N@gU?Egn||Ed2Tt=p!AzU$'
    'U*2UOxbP@07B|P7kFM=e*_88%__QU(;)Xe&gZ94Uff03W^MeF%r}G<#qkR$Krfu(btrr)jAICiAHH>{Ut{UlF-rhmg$g_JC&5s`A'
    'H>Da_x}sX2)3+mCUwi!>zGsTGr~CE@YH!iu9^GCUu6oYDnyUK`j)4q#4Cceup3Xfysn+Ki)^g#$NY&?Ex2MN~uQWF??c3i^)&1$X'
    'jcIbl^JSWM({I7MemvD!gCyUD*Fwvg-<+z`DV|TdUdw21g6l1TmKIa>J%oQNsr7lHbx!H8l6TAsZC**$|4sYhLL;VoZ1YqgV=j_D'
    '=>DBf)qRtAt%?rqyNsbM^u=Y5RLMH`AbNJ;6U*e?Rfl(KEdC#>jhPeQe*R;``<I3FE;HW;&-|PUH=iGc=;se_z<h@3=OXxox&1sz'
    '=yKVi-RlBRcnj>;!FNw}u5agJXZ`wxeT{a`b=I#h!}W2?Gx)bt@Y`+F-Z(tp4fi|)_k6goe*G47@0rf#K4@RZ;SghZ7OvmW8DC#)'
    'wl9uON@#6{JmLgRI8dE$^#ZxyHLh_>?_=#B-68ECIoBJGHqCwdp8f-By)zYmQ5VsfKfUYJZ585g6!x70>{-8BpBFkmXSSIPpuLmZ'
    '+Cw(mNj{|Q<dE$KYR4adho~L@Pz-kbZ%)9DUyi|!|9%WM_?Khw1)NL3j{g8)N%VI%OoMF>^AYDMPCpliw+Ul63i|bz081FB9Z2JH'
    'a{{(u+Ocmzyx|T@8$Ny7qvSYATVF7CQo4upvAfv8I9_xxAzrkU05AG<47})-7<ke77<kcxU@MP<Z;Ze`<@S1*F%B`jWQ1v-i&f<?'
    'z)~I<it}-?J!2fNtNr^K^o*+={)}qQ8|@mK`T&X*kZ8X`uq;vyGE+QESQ~Q>iiz6E>}TJ-Zp!&(i~Hwznaw_L%Z*nN@UXWG@h-h6'
    'M(8M<Rg-Fc-5d#9NoxQUg!gMZ%B!l8pEzpXdE2{AEB{=~lt2Fo*&DdF35^}TB|L*^WJ-uXDJyf%K8X);^O#rWT19m16$gw@(SWr-'
    'U|CNILtPQ(e45A`6}7$wNf!3I<kRwz3$Q%<Ho}U|3pnqaj{LAJyyGJB3EKKyR&MdMRpz|2%^%L4B=tk{*pCc6*7hDLr_><gHB%%G'
    '%azxBWZD03qO)jO;4KTvT>o-fh>y7tBOkMk;}FtCT+SB!@82bD;WN}mR~!%8=gEVj%6F76(fq_;WB5@%BtM$7$m%Zi{#FZk$OYA0'
    '_w#pR;(=JFcWpaKJ|)G4<iN*3^|#Tq92b%mc!6!cpKYPcg0UL&!d{=Z$auF%n_O-NsTLrOf#7(+P74p1C*M;XJr`$g+vmS$kUL!E'
    '3@Jtj(}Rs3FFWk-rHK3caV6LFEem^a$#H+@(Y)E(t_d-HD-3Oil>-J~AMb+uIh|v-=NZ1F%rUXc<Sd^|V1LgGv5Vheu)(<4UxPLt'
    'Q;m9L)YkLI%A7lv>W?>-xt?%Mpaq)mp3`w?ezZk_CNXd66L<@^9@Jhd;n8d{oXf~QHWKmdmTH|pX5bsrK3f*{n-uelYyXsqt=3oe'
    '$P4j8OAhf{MfiWt=6alqE4qD5JhQ3%{<+lpxT+elZArOz=hgZ=7-x_i?6ME_**vWH*wIPF=a#85=dM(v{5pB&7KtIF7+s&UIc$Gd'
    '4K_+_v&K1p@)jDC>a|>B_*_4ki?XoKbWM!oi01Q*JY?Fl&!qV0%7U%2NbZ{#_{^#W?>Y*B0G!{-C4O*7@G0a4`*@W6(>liXeu8z6'
    'yA~pj|25?U;%w=@xnXCNoQK>NTgl0)1?8S+rKI@yPcEK!k80$K!TgWftW7lITW8&+j)~3AomcL;n0Fd%9X>f~UF(l-L>^cdAJPE_'
    '9}=FcDEm(8TU@yTaW0v#HN<c(nXom)TAlyZ)tBRwcYr%b-d2sc?MFek!uM?b8Bt1?(uQBLo#AZfdJO9XT%UmJ)1B*as?T<=$Jvg<'
    'HNdxWa&z#zj@P<^bUgjsqvXA3(0g@$M|>uCq35$eEBd=9I-7GRkE8z6b5+Y@`v{Kr8DTEY$1n$bKsLg2dscYg1-QP9?!z{Tadf{j'
    '=r9LVb4|1hXuk0|sQ2+(Wc@FYvA@~b$h$*j<j2V~x}Q&yH9te{yV%)m&)0MO7J2p}S`!oh=m*==7XR?#AGb{?SL}~?imb;uLbH#P'
    '-|3!thS0(}LgTuf*AR_=0%6Zw`ACM@lluLd7mOobAdTx;wAZ7KV+WF@UxVLYAUxo#15XLN=XaBR`!pHj3(Q>Nv7RFLpCP>V0VLn#'
    'l|N6Q^57GMrcPP<N86HcGyMoJ_!{aT)j>>aM12zDgtwn1<9?R#K6*ZJGAliw&Jx;umCz;~KenYkPWtl*Y3m|+#}j0KN&8uv>sgp<'
    'jmha%mO@qr{I%szzq(_ya%Vkn&lvBzZ3-u7;^$gk`jIR3>+_$iuha8LXZsK1_3NL*_3w-~FuQ$*d-T7xzM}8_aro^kaQ#EL{@wA0'
    '-AnJMk4U?JFz(jID3T@gy?+a?KLOW2f$Oh~H`@~a%^UFk*Xq}<+wOVtUxs!o<LhNuEo*%W=K9#%_3PVk{|9ir0@p8%H*jqImS?ZQ'
    '_0o7l-qdsWUEcvZ7u@p_T))%uUMx@dzY4X}XZU@7747qF3dN=*E3f$7o^DH-OW8tICM+%BeLVPS;PaEswPqgp?)AUn^*s&GJvM3g'
    'iTtPcn{yt%cNyq%x&HhR`t27#S-<}451RMc-}?6Y_4BLipQrToZHT_QfxfzvBdGMcql6w<UBc7b8uI4d@RxSlM=6Jyo`|$fCwx2p'
    '^#}4z^dHa<rtxPDd*i%eZ=7L%`!8=a;!Nnix%#aQUae{Sv10xDpMiJ&!mAB?sDA!uzPEn;U%#=DqfGzyXXH1$m-V@%e_Ln!fU{xZ'
    'ZTnvCf3vZddkC+`XN}hR^*twM;p~`%cfQ`R8R~xg7L5P-VngrIza9MS`rojRgnNH*-8E@Hd%BZ5ds6Z3x4VfqxbMB62}!S%&an@e'
    '>hHI1)vtg01C28#gU+Qp?<zObV(?vX{nl3-w5aLr?*g6u>KE73-<Q9;xv%;iAD7L3(4cQY9DEnhww4ilz=koV8ujreRCBDawiV)h'
    'Shyar%A4bsbsn!>s103{FOIf{1b%W-$ymBp<f@|U&;{e_0=|G{b<Hbuzx6nDynH`e_fs&JkHXoYR3jc+Kc547z`4vipdHMc@OwJQ'
    '^PQg0cfn@_$%5U&Gg<Jf;4w@0VY;Ss+JW}OF?c_v@u2;~gw`pI4<hUe?F08+C;8n}mn^FqxmbMGUiS&_6_>T}z2C$;IuP%`G5<Jk'
    '!2kP)>c;}sk*aTpCPjaMq2~<P#P`Gg#rr>O+nRsvS8|Q+0cL&np?+cB<lBy(%YYZ?yd;O9og8UrJJ=QPjPr=y4wXXfwaYjkhVN}_'
    'sOIE+kkT3sg0F7B?R=Q{I1}VI{J=7A?-M%D8Td&D>{E%}yMIp|aUBol-(A3iP9eUHzaJ;x)4i(u(+M(z-bcL_9+X9X%Wd$n@zqY$'
    'H)$T!Z>dL9f<hK%9$fft4z-uIj9Z^+Bd{NFUpgJm)TH^YJ~KO2BQFbgW^NbOv5Q&9A!aRm;nM~FmOd4&28)Ep%cFUqF)0!bmf}E4'
    's<}P~9gogie#efPT7RZIq{8L3#CfaY$}5Rw(xAUPfDSeP{63&NnxoAn7h!PE3Nw!2x=O|~6Jk6?)GymOJ_GG?xiPPkf9v_VfxgFm'
    '^<6hx-<||HBk4Kz?YHf{F7uvdWdF0uFRvQana&gbItqIapT9jIyXf}xb9a1l%vruCLK~WgbA7$2{PMkFo>^1t^9o`bjgw9agg@Z@'
    'rN@MIV$DNwUd4*#UfVi$w#hnnC9sZ?-jYJ+Fa7Nhw6D(%js{HYhW9;QBm8|_G{l`tQS<rgvCVpnNw2F5U!XKV*H6<^ls2%v;v%%w'
    'g=i<O*5|3yG(%%&x)rT~@^MFCYm)3uSdLw%hghB)Mg7-f%{bU3P9pzt8a>+$&py5Oc~>>!{BDss!smk4sjN0P51q;+o4qUWtuX`N'
    '!u+q|abC_U|Gc#e8??V>$oLk>70XDrJm3?E{=?4mB*Uv{KREs{r^4sU#_cV5tX)yy`=iJfh(BZS%uQ&w1iX0(+8lFqw&2=?lI^#o'
    '_!{iEwjtdw_rZGUHA;tAza-^an%{qs*_+3RecW`Ou7uD<Tx2M2ZcKA3$qQ-KjLpM%nKP)rTIb9$w%R*BSMu*udW`5wYe0vo`M|{z'
    '`P4V0xWO<r^K5lTaSe)WO!M~A+UEri-m${)e-}NB&adWucwZERy{P9`;~tYfXKd^61n|k-<nsjVjY*h?8jN`g##(@}6yUoWysrxP'
    '&BHwB;r^m(<Q>rWwc=0LfyMlqtNGgM8m(b#j&>uy6!0+3r_Q4Bo>lHOi#id42H(@q*n+!}4u#)+4!!%Fhu)S$vM?w24}zb}BopU6'
    'bw!;U-lvag*y|^e&qb2ocM`wMd&K8GO#ChHA^pj>J;~2~2-$=*mfzO?Ic2VAl_R>driDI23+E9noKL{cZ?o^G+r*CFp&D3I+uTbw'
    'mWv^5AlzPk2JK_h`uOUvap#W5wjVr(9uFEzS_h~6Cgs3y4!0p~(mC#Ooa0g8VR+mF*mqt3yPPtteG;}G6aDP=7~4kMu<$s1?e|y?'
    'tthwJK3rRSLh`F)j<UDw-ZAN$3rIipX^+~_U7pi>cMs!#IZpP~2*~xylTUDU<w}hIk@_X{`F>pR*<)LR<PUJ&*B=h6PpJ_5dOK;?'
    '#$)ju4UqHS<S&r0O4<*s$305qu()}c3duh%g3R^0s^`D!LjHScJ)pFmwU7H9*VnZ@JZ2xP5RRY6_YV@xsS45dkf7sAIuktyGOAH~'
    '4A&alAHje6Ftfg|fFD}_t}z^%zhz-u18ASS*zdAnKg<wbr)>^;FS^(|FdkE%D>ghP9;1#U-XB5smGT*;ke?<E_gnxu6zlyL;QAEd'
    'bDAH$gygZE=w8#g{1lPp*2|m0{G{)EBwtYnX{XacKal#=g?`uL)$_Cm-qlM!!97>utf_!qwhHU7?J`$A?JIhouPSqW3Ytfi+Doo7'
    'wpJZ4h-IQGvK<~|<Rz>dn(7L0_xaXm)_9V*YLG;&tAU@7nomfw+3Gb3=Klf1{71!Ig~1MK{`!(?eLZ5__atlZn*1@>nDKHoNvADm'
    'Wj8r1C(wSMfO8yUhkeg#eclhD^GoLy;QD)$%=1Zu%&haj>a+Y7p%a(&z3KR#G2{cdMf{_-XAb}do9m-5<`BQHOy-W(bdqdE11(<j'
    'f}r2rBJ)*t<RP{_V_J`GNVdRpvc1J~GU<qI;BW&Kk3AyMz+j8Vo22hc@)>UiIw=vpNHH2N_?IaMz9Efw2<fKWcx~%d_E-lWK7oI~'
    '5%XH-k!=-!o<=^<c{t08Ae%l9a!i@{NW=OvpSED|Y3@!fA3v|;T5*!EQOkP+$c}Pan6I)xLnisdhB3?`d!%GT>lgI2JkjHq$yxaF'
    '+Ks=0FjCmY=lZS=f(3Yv$a)ozvnemgwzUx0sOtjGtd+8`uIu_}Ofd&|92Fr}U|R8Y=nLe&Fm~1~=r&IzFrETwvu4nXOz-0EG3i@n'
    'K|T!r|HHM<C4p{A42^R1=Ie{V`@Yk2FLrs1-(}6Fkv@xYm9A&&iU$s9R?vGF9q2v>@9>$cj55c^OEG~1aE^4qxq?5>B74#T%wHb*'
    'T0!`sNuZNF!U8RjbF&K9Y4XeztlcuKt8S+Pd#4@#24OBZ``3bUuNiF0DV-N^LJJmIpsLJy*Cz%0P{CqL%ai`kAbL3q^s<M1lBAa!'
    'v~hN8-JRCGM*49Ut>33${f?8*CBs^*LfbPyJM(ZKUZWX!Ulpy{99nDr`vQC_AkS-D;Vj%&McBe6xUbyewU0_SmqM=RDp|)FWv*8('
    'tv{`CToveJPM}Bnye-c<#Y4_o?AA2bK8-Uz%jhftZty{sJRV+(_o^|t;5cGFeB_8$%KJ3uq)7%#sd(d&sh+NBK;x>mXrTRRU{0U`'
    'ldeqTl!_L;P_hZGGBibL={b<AIgI}l8UrV<&)nm5;kuqTLeM}I{})F~tBh`LdY?%b_Q8II@%Q-X`c(r@GwFhKALy9w44M=Aj;d;o'
    '2{Y}-n&;SQ9*4~o7wQws_yS{Bego;rWe*wj1qZwEAhgfvhGhqx&!xWs2IN&$uPJ^NeEBcH^*Q+N8KgUwfu0IT_Xzu!3L(44F>e?<'
    '^D125B;UV6-lzZl9J%iqK?kL^!wQTpLHGJjz;6Y6{ffuFsR?|6^Djlovx9B#dqeU<7atkko4WR66dy>1;PSBDHCX?b1?<BVBP-D}'
    'p2`z(oDVLx=Z#o@8%Akli*{Q|yYHxaEUump*Zx&K`~(%oS2D=RB4PH7#_>GRX8X@X=ZBGA5|##&)Q@fBUv=~iQJLE(-t)Zji=hdV'
    '?~U@yF~KJ(=?!IsouF%cR5kLcwJIlx%?}+Xz4%}PHd=q?Y>h(<E~nyw-JkK$t6lZh65(0Y$Bb<zCcMXEj`UCx=zG$F@hzz4ydkdV'
    '#)4)2s{-!wpQ(C0&^8p`P+(}%bwAKt@YHTF6k?8a--7=Bb%Z<cv3JBJpY*9lKCP5mpHB<>$aOq~%Nk(0VTRc!9M4*0@L+L_(biwd'
    '9u%g(938mI*c*ij$1?RG!u@mcm_<h$o(n#Si}jSwhkMN?g!6-IUj2F1oRcYRUu^R+>9{shPR%I+t7XG{ZRLKGbH5EEJdjfH=FdC;'
    'A533WM%KY=JrzNAx!ZI{j#mbAZtGKt(EnmWwwpL}9Z2~W^w^KYF!nHh1=lk?44!dBHS(QA_1O%?ytWyTy<D-Rx{hU!z=QNXdD!zV'
    'yfn^poYtGgIB-q|)%1w-E2Uz<{OTG`y-3cL^6(F%`yMjfhwC++b>zK=xAxQ4eoA0J(HyZjpS)BLMdwO(o$o0k6S&B4HG?l+vbpK!'
    'Xn)VZ$5l3{3bxFLJTdqj&siq@pC;>lRFF$%JmlGF3w|MrjvPfk;`mD?gpX-awJy$@tDCY5_`{_HZQG{tl^kgytQ~>V-3k^T(9eS3'
    'IjQ-$TjpUA{POME-y*|{<Mz|wd-Qq#d#YJR(RPhMwmIl&x4>g6dDxq3p1!qR;Li;9`|~RPT<3Av`U(aN9ra&_#R^g%F_t^BAWPK<'
    'ma<}?wN~0!T+U!0zt^Pjo>ut7W-Ri0NswiV7XKMOw@v%uB=R-ed~m+HhSaB;r|+*~xX+j8`REMX`qh{{z+o(=Bj8|t@<U>|AM4Q_'
    '7MVZj!|67{E+;ATjWBosTYE!9cO39s$1I#RedIZgFJx6C=NPwNrUjiZ=+_~&vGuKjew_n94L<K_8<I`NlyhkW+Q;iQqvUvS&W7O1'
    'w`^-E@y|z*KYeQ-nfH-I+a@1VLAm7?iJIH1EMRxWLeO0tG)L*|A=H<x7$o-?q*lp_RmIl|nG$3cE*|Lud|cMJ)pg=*G90HPM9Ezd'
    'HHK)T&cnMA>vj%4E`8gG+>3F`^e*^4U%o*1`;=hcuL-)%vZMa-S#p0-`P*<z`$nSKFxYag4%&l`bQUJZ=rM<J9(P=~ioi!|G1_`E'
    '5R2nNldgPxQpqvZG~bbAmzC<j6+HYsk{`>3@4DDkZ8$fd_(z?yev2-f`9LdaqvFWFDG#hLGP%q82RN6&PO^`D-c;f8mgrh&)2flf'
    'WJxvh8ZD_t?KFLFUbX%Y$0D{W|3}!o*Yx|m;_JBK^P2AO%N84_$*vkk_N4ZE30o)e>QX{>=&-t8yV?Ia8O0Qrk8`ED#_zlG_@bw5'
    'UlZh|IS-%Cl*RTCH5NZ?t`1H=an&{AII~(se|M`sI?d<~cWcfY7vC_o<#D?29>8y9(EQzt{@_;a9h=`-*GXz+pImYY*=zxE!~=5i'
    '6Sik6j(*;tF5yI*(zmOvvz=m~P5J3<^+RgJ1~A?NdQT#6en4+Q4wO$iVvS6GKu#{={3%K2REh)JO6P1rke{a=_Uu_feu!#=j%#0F'
    'Uu{3}4Z7$JLv5ftw1bS3LAKF$_N`^1pU2zS-)!4cr|yzHwY4u=j|UHQ)AMbPdn^b(n0CZBZsk!8$7d;BzOCwcyW5d2+bz#4$2+)K'
    'nmBbI7r(2?7qTGq`-X?STZ^z4wsI-AKMx4<M83F*cmSOv7ayn3*^?wqhw<q|#b9jh7r*_|&a&Lr8pnt2Y<GE>(&cgFk8WqWboG^T'
    'Sc~&ae2SEtM7L+E9X|oSny_u;41K-m=^OTq1Mf#`aulw+^XuidcB0P*+L%7W_+Hx~@8u2UZbzO|e)%LYP3xQwx^@c9$uS7Ob-_oW'
    '?^2ewh7he>0_@a%<nxYd<Z;(^ph^S_Re<%?_^K)8UpGu+s&wx8lWJrC24U=6o_3nEsbs-C6$plkVzZ`HYig2F3>M9Ye-hC{5Acr+'
    '&`t3BA;j|(;e+(I9J)vI++MZb4~6-2hj4Ey#Qi!i=P2Uyn*V21BYzg{Gd@>LW7Bh_d90RIb$sWq+`iK#^_v%dC&ST}&cW$=e<#?$'
    'Q}F-2WR5$~2giqY5IMS%THoKGo%`<$D4p&|yZ?0>f9*=Aw`IC}(!G6a|Ja^R_YY*#gXwf`Xn5`4JMP@FbM3QhWbHqr>D_zw?%NMf'
    '9!TGp&ZpA{4;^0n$B}f){!DAI=h^PTd}AHDRiliy=ie{?x9|Cp%VwU_eLJlQ`n~V?vGlK`)!?(EYB1#qDs{O%?bOoRUAH|!tts*Q'
    'ug_a|<J;SYr%@Lt97o;lxhCldGuYhWPE*%9-QF}9X}#QT6W(##HVomf+tznOKW=;W(S5PHC6es)=$^~pZS$n3jE_2ZBRDe_Qd>NG'
    'i)U}~>@A+X#k21Qo*kFmJ`2xxfF9GUXC!6*OOt<hq&C+dyBvP(<Z@JM>IeONYfai`O`_&nN;5WQm-e=3!GRY1s9`*+&_r$Ff&FtA'
    'u?^|9%OE??oqO^PyMD@ILz@<Cf>NFLylSqS9=1<;xG$&H$9mG*>@~rTsq;P!qc#e}HYwRCu?>;KY3jY8&%)r|Q!o}?`&*H*a=!=9'
    '?}qmK;iLEDhX?PNuSJn!yW=}jf=yBSZW~$4F~m>$NSoAObO`+(*z_N=_}>mQG{KFbRkqb3W^ZX(W)z<9Ky7tHU!Pw4ybJ#y(AX^{'
    '`}@<tZzW%2(DxJ2mX7)FhI{e&E}*t^M3&l#>F5phUaIbnvC`21*pYpo9Yy^!`8+37BgT#TO-JGX@qA!=vdZ5{7kK+G>Lq7bo;U*Y'
    'rjULAWK3;i+UQ0!6||Q^K37ez$Dlul$ylEwe5y)#5cR{v8RI@g<bz%^CtZY|@x1O<Jb%{vR>$hUrq<Ww3cmXUTwh1`=vu;<zYZyT'
    'O$Cl`mxS{PpJO`5+i_+cd(m8Q>xkz}@B41T1A;^SNi=_-VEixA`!(;E-XFF$<cu<7)hI@NmFeRVpz|#G1oyuIn3@9gFAw9MSB=~f'
    'H{f@jm*RK~KFnikeQoPSvhF29FP|WDMe{k_AkWi1#;w_iW$(AL)`D-nlBo4bHp85Bv}jKDwDFv1`5L!7rOdg&XpN7bg)t^s2Qhfh'
    '55XD4Vf3V$Z8M6;&~W)NgLizBYUIMT-CINVP8y!c!ub10-{({_CNjA9)97BB|ApTB2D*2_(r%DPe!p_hRnOH&#aCMn4jqFxtk&1='
    ';BtwZ@&)Ml(@{8ExjG;&SSSwHiDeIJ7YT!}i^3;*Jotpmx^cCSa>SOzjj`83Zuu0*1jor|jQQk2HmpM5%FzEQ_--C}jmA$^fJX9a'
    'eNL(+xVHjr<dvNBO6RcR`lH8|hB0)ijs2s2=|Xz9%Qa8r@2VgJFA>?fO7_a4;&E3MqKD*_Irr5PX}3c95mv8RV(b#OE8Sx`kWus='
    'J4x&dQp^O+fr#&?vUN@ISa*HBuH14Kya)CZ?wwKVAtjMxVO%xmC*<;N`s4~}#XM{NzYXbtm}b(1FH@Qc%TuXcC^%d8LO;?#b59~Y'
    '*~RYKD$M0H`F?@)YlZwy^(}p-2N?MK;Jc5;>(_q-*I$I|pTqU%;re}WedUYr+-qRx(BH%L1Grv+>zCk~9<RT9Kg>6Nw|>_j2=BNK'
    '-#_wB{rYwhuH>Ei-&e<*X)MF6y|%sKwcqb(bEk7WM%Ji6?kh2TIScEspFB(HXi|9h82MeYr%w^vd>ZK?UC0)gMc?T;Gv!O@ZG-vS'
    '4QC5JODlw*)`ULM-*KPfoTm}^=y?j-xfF6QuM(c{s=!O;$$39dXrUn7PvwTQO3t0BbD}0Ot~W^kB)`*A3+IEY`J8Qo@k{(|2Yhh<'
    'T+g)Wn8q>V$OpJsql54X)BiU}f26%mZI-@%0;&(ZPTH6Jq-AFOxE<3trS;xRWEtE}*m#n-=wMFZy<zA?8vkzi;PJm9%)fr$vjX3%'
    '3G2Tg(94*oul^Il@7!4=`7-r5T`?uv_moDy)Gon)%K3rDkS`_;?{M|U4texbTHlV4<Hq){64GC&?$L>KjHvIi)zA*(S1KuUK6TDM'
    'MRiltxVs~ayQG?HBDs!>%iR!_Ryre$h1QwEIdP-*i^>dmZRq;m5_I!CvE5Re?)8u~W|JS<Ip5|?i2Y=Wa~>eNO{;Votz&RH#J&ye'
    'kCqW|%wvUIXNC8h`bjYhwtLgW4kY0cr2W?iA3Tq7>W$L+QF@BAerT9I$>qBqf)DOvJLD$!9iO!JJK@u=<4Ynx0%!B;Cv$L<oZT+@'
    'h{j^DiBp?zC$afnL3{lQ@t+@1jT)dBE9iq$9P)T33%<6aF1R-Japr@-E@|*R;aa|fM4s?%i}R-jZNBedSC{747Vmxqy@T^xzE7~L'
    'x($kR?IAK#7t`l$mOlGp^nLIbR|Wh<Eh7Hnsw4j5T@P%;YoPzz?#1tyYPZ!a{`*HguocHWuoVZ;+Jvbqhvf-d8zvlrjg~NtyXpg7'
    'f}XMi*^u$xsuBJ>4%gG@{lPQuAgsOgEN$aS(#G@1cGSzX!Qsf4(EpDUZ2D>R9_;7K!rAd4k-ex4C1FaXd?O2j-HF<-W`y@izB0+C'
    'kJoJnntRupiqcw^kblgzJ=b^9H4ki+_oKCOc~_X6Y+-04u6p4nj2@NsW|X-;vs6z|vOQ!%?8`^V8hsV)a5lbxZF!GCJclA}{Tk9C'
    'qwMhvd5`WlUCW<?cbn|)i-LW<AmC+^*ymh3%Yr?;M*5o<e6ISrn*yJk66S^WXGO3-FRSK!QCYx<y``e%l9FumRRRB>NAhBd$cq@G'
    'KZtM~DPdmQkv?4adQyCw@`UZFhTh<N=D6^QKUMWSf2}$fT=~hrP|bC?T3LfM%6Sn-t+i$0yt^r!ms3ivhl|@?QGDLmWyU^{h2O8W'
    'z;@x9!_md(5`{nAjr3;XS^cUJ3rWxW_t5_zf;l>++Pk(Ht+Pb;LKbXAJIOq)SmZ`qo2GiwbRK>5%Cnw6UE90q`fo#@USb#NAvgx@'
    'AHNJ^ei+^J0>Rw83HLmJ?s<jy;lDvOaDY9iZ5*HYGTgHR-E)b&>kYW458d-DY3EhOXD~)|k;|y>O0fUs)cSa3P6p^jzh^w`4=)17'
    'C9J(;M6Hie_SrW>$UZYl_%G!tMHQ}&L>A^ROKjl<%NVN`oG`}kYCmr;%tsFG8!eZlhz(N5b`O&H1Z*32tv6p1*2kp|sb0f94Az3i'
    'RB`;&<nymEYdM6*sQ0@Gr>*fG^d5}yzD4YieW=|sLq9I-s`EV1J%x2Asyjb|`rJowM<sIa<Bac7y7!3)eI8VNo_v$MPsf4R)HV*&'
    'y*}f>dnyBXrHpFScH?3JePXyUUHd#|vw@F#*vs*p*<uOPj6M?Jot_fp!<*=P{Y)pUtwLDoq~qRje{*P#d~DWKmNdzh-3;vvGJMH}'
    'F9z@VAAvuHJs(Xmv_GI4H8dAI`(}z;cIlUIJPyYE_~eSuf{ox&OJ6x3wyVz8>hT-}yLHl-q7{d>3XCq`vY)k#aunqCUhqE$xmfSz'
    'Kj2Dtrb5aKgVJ2yRw4c*-?l0D5B6<eaqy47Z}1s%`WWSzBZOyCope!!tIvvMvl*sMsxRsIkB89}V+4lD9MD`wfBClhm(n_Ldm`o7'
    '?uUllezaZNeB=581bfjD(4a(z623vwEk@87X`Un>9c4)HSJRwhl=iNu=32~HkH1WO4v!%k7;?eAOt|4*-nZbAdX;+}7oC&l6eB}x'
    'nHPWm7`guma{qCrZ#nqjzJ<X}#EFlVYR9|kCN|uLPdg?|hpUbe21k>Dcn{P5*^clot~h-xGd~GB*1aUdW88PxwP^+J+a{l`D);;y'
    'MP~i!ybQw!&r4bG)vPda7q&4|zf3D@?V09Dnh%a=f0prWalWpT1|OEK|D3<WhtHTWe>CnX3~#}D=8&Opdtj}(z7-v4m-_3ZdhsU}'
    'Un?E|J_7s<j{~pGP(+#>K{(e`NE#h7_@P|$?n!HbW3)GVEuze`E3a{}Yn$W=9BbK%`Kl^+y9}M<WyRM|rE`pVSDZX(4}98ruB1I>'
    'o5PBSpZk`_ob4re)OMV+IL>DiPQqmlTd~(EZ?w%*iLoo#o{@43o>a{>Q(bc=m56L1<t$nhe3M!}xNex61Ms=q=B6y@ulUS2(TuNL'
    'P4(kxK@W1#FUp4X*aujF3}7K$*QI9gnQ}RMSA;c)s^j2#lez}$G0@dg5p^<5;}sJ7MX^-0X7K{iL*D|-1gE?D=pZz1tjNgZKE4H4'
    '-}thy?la^{^%?1Ww2h}I(1|Nn%ax9c44t~#j%dEhE#Ji5;hVsA<O0%Fx7LqYzkIUmmvX?1ZHEuFb#r{COzb9O23!q3kFFs;D)mFh'
    '&Ej~F0*Nm$Jx_6jI2T<(h-a90XjkX?H?><<<~&NKyk*?Dr&M#UJy*ORe*UIfU!MWD7x4L?KzPL^;hw*S?x_m*d_SBGc+6!>yWfVe'
    'PD=#qR72|$-1|AzoRi@u>66B2d=|wh)d-e~#*EYyAGfD5wV!5iUS%d`2It}CazJ4E(D99QzDhzY$rL<u4z;hJxlZU9=V7Jmx`<*;'
    'G;SeB-hEAoJGmx|c^9*WTpb3Ajjb_pH7-~%Zm&#x?v+mAd2TMHcDhs}-(s)FI)-V_w2!3r?q}@GT+VeLUr~+mulYPbBiKTy9(+Uj'
    'VS0V~un>bD*$P}?yZBl#{@*uu!ZrsyUKku67h`Z%`Q`1$F$TZ3rCZ#!x<z_Rw=k?<{Vz$~A`8BRQG!JqBzhmk<tRs74wn;y%lnLZ'
    '3YPb{99m&`#J-StEMNL|na?OVrzo{fa890dO#RBiewA=ooLn@I<RBV9{J0@*iu=xFx0UQ%CV6Di!RM>><}kMTuoykg59yNM5&wQe'
    'MXL`X&2@&^zY9c{C|fW_G@sU0bU&`uX{!6l<;WX`{ymzotvjqt8pc*0#33HG;AA+vGJaPS`!ep!gG>xhRlvek8Cy!yeK*;{hY(KX'
    'w1GZMwHRp*87U^7;xnc_eb6p4elXSxU}tdUcT>W6s>&SuFU6Qoh47(B`EgD822AT3_)i});Oe-Tn>h4JY5jd_1C9_3zNEL~TCf>p'
    '$L0K>uC!2LaF)Kfl_`t=a~0XoK0$nQ%c?oQrAw?o?sHi<BWd292U@&8^THW|>l|&-^m>}!qK{_!c=#^d>k>_KawDx%SKR=)QTtoC'
    'e$o1OR8Pe<x_oTliypRNu78V)uLEexHx{OUxQ>O-^Hq=W^{GY<tj7$PJt{N1Vi~AxCgn$}2{Pby$LBF`!7}sbRlP>-HiU<xnC~Rx'
    'P+OgQ$hIynYqw~?u5oMYlk;Xs#UBsOz01T4xjp0KFXH@SCVyTR;H@=3p*bt4-+qbl0a737A~VLQ{d66#EBzE4?HR9F`Z$Ar--Gt@'
    'd5Cp73GL#!HPs{v=Ix&%zqhTXBb}=yvQB>+WJc_VoM-%!*bj6RuDkOMxy1LqKd2gc3#IqwV;bW(sz#1u$=_WR{N4-5cRo-0vqIjx'
    'z>GuZLFiZJypK4~q_*Acb{s!_zf@C~=9WCO_BrDDj%5LFLGxtJ6PnR$qH8m8{mG$qT2XvGyam-<m(Ij5aovqx#pg_265c^;_020e'
    'cdEoAMwu849~q=7_(6{<d+dFbS{B?p^A0}#X#?)FRklyA{>Fo34Q?R4(x+~Z?n{QTM->@6ql+x&gMr}W2u?S4Y11V(!zB+1jlGQ%'
    'E1W}E^tf}x<&ZBfn`+ROl>ggg(@kOxwf_z0^|RGH;Bt3KH4ktess&5C*q7Kr#vs*PnO6RF;;yUpxh{Wt?emi%V^zYeNe=i%Mn$W$'
    'LHU(bXG6;uE;T_o{XxqYuJt$aDttbG;9V1{kpn5o9K0r5*EF#k?FCuM6tk3Pa9Uih04Zl1rvI)GI@(PS9Zly`(X~17xwR_zovXxl'
    '(35K9*5sb?<<+zf%YRh$9IrMWmLwi9=*O?3eOj=@*p!ri{xFTn{W-Nh?%4L+oI!rWb*S)~{Z-YR?`1{sbyfwN(RZo!vH!FUmwXFZ'
    'WS4Q(o0rM+^Q0dx&+E0p?Yym;b3N1;KQMmgMTckTdoB<?0pELr+<OY0n>EGP#Jq;E*8^nyr#kD`+xr^hAMdPRpYLqcm)G`_7su<@'
    'AHPz+{>FSmPtx~11NU5m>(%k~_2Pr?e(Ezk-;!!{^&(xZHv~3x(7@kPq;Gm|?^BK3uNY&Lo-kwAv<*!uITsb3kMuY{9~pRl7;LV%'
    '9j<N3wi~qba*O>!HAlV1rM<AvyYBTO!6e|krY?D^Zf>HnOR_|dYUGplsWqo{hkg_jbPDiukAm$7%k!={x*U>E=-wYgHV<k$IE?z&'
    'i7;&#=jKyG(e?fu!WQCjZA16c`U_GnAD>+MXFTTAG?!A1aG$!;Q-VG?#rUbP-ZLZMvgm$WW&A>>eUJse)@dc@_HdC)eP!5MNIQXT'
    'EH8u1;UWvSGTuYm30=>QB+n?RZbd-5*bg#@{vXr*t`Kxj>uncQbA4mZM#|-4!22Vk_*~un2HQ(jx!3UUjd2+P3=GvBC7vG#U$VV}'
    '<I^@whR^-3b2Fsk&u1&;r#1Dd-*CR92yNTOB*j{}KJUW&!o*HQwPU^7BAXkoA#1by9QUxj9`LZe4y)+(W=;IGS2gDZ;Of9Cgsrm4'
    'Zmzs{1Yrg+jl{*5a%gY6=%izWZ%E@C0b0ZTPKV@mam%nBFkVxhNsSSDs|9l}#idBLfDz!4u4h!zbL!jwA=Su#ohI#S-o8gQawi3C'
    'rkU8Mlg!oEuA+6QQN#PX410cn&`hunmkjN-dp=&w^L^rUq*#@p_U&b2*W+YIU;ols1MV*=|B0(iVp}Kto>j~IeLw0;9Ot;tnl2k;'
    'cYPLMS$=1XaXhp}h=ieTr4ESY1X}01RsK6k9=pZ#8`F_w6T@{Bv>o{iDxUoKrrL{Pb0pyURY}kJ!vbbOW0;;$>+2AlQjI(^CzZXX'
    'RM>amIi3^rat=G>YEuaQ|HRrq{z|GL<KcQ2V+Q#zkJjmN<)2@6*5fQF2)r&yx(MdxwN!nLu|K_N@WUo$S9d-4%cTGJrFeVcM%nqP'
    '-OPloSR{CbKSX<NS-HnQO1!I8H1tbo4_5`->M|oInPMuE?(-Kn@t%HHHP-=@?9Q8Q>=^T7iwn2K^Kj=JJzKs6w3I>b_1OdX{96=k'
    'PICwoHX0MQl#@||{J9UbNFEteZuLj9z!Uo%ZFq;lX5i{?omA`dQ%W|qeh1qiwc%^I&?E<%<k<m6o?U5kd3Jvb<=M?5pFWLbFuJd$'
    'm^xoyB_2nKv1y0F@Mw%eZtaVU9{3FDj2PPhJvhp^|Fx>;j`M9p>l*10ddLAK=M{>}hDOhYi^wMt#s;MA3!}n1Oez1Gx3vA8;5&&b'
    'gHrz8N}HU{4Hg9(%ki4vOg|Dc4-1RqrM%DQ?7Q0LXW!lpka3eZ^XMAAn5xHHgynORy(O${(F&bK=QiFElRmx~`N|<johc5?zfFev'
    '8*85*g|QymU|CA*YU6jQOceD0ylT{<Z<UQ;Oz6{!#V)xRLAS(MiLi2D+Jec%XV_3gn$TGIR`Wv4yY41A-NnbP^A>yq=@X4L*Y=uO'
    '@?Kn<0)Nlt{BiZW;#^I*uJmh)kF%%w19Tr=f$OKpeM^eZ>r*9T=IU5TcmSHezsrEv#Czgl(pTC?eJzmrr#@Ud7qsRFog+F2Gm4M*'
    '=kg}#JPD`Cy3qNX6=;a&X3%{oMVtelG2mPnCfw=CkTRQ;13tyjz^fZ<j}C)FC?upKx#sH3sYd+OHoy{5Ih)2dU9_B8oeY0W(&n5_'
    'C2u$Xnuq=P-y<A1#i9P2glx<I(8IR;cUp)Uu*p$JfnGF^)w1|^2R?V@o&%wz_?l8Ho;C@ex_nt!hheooW^7FP=hn^wE^KcL>=XLj'
    '8Mf#+G>_VtK+}g3!r@Whn)H4jUx_LIW2%jGzaPHKb-#dLo!cPYuhnCH7}<CV41f0JDcUyYnj5#koOM3&QgP@+{cXCB-n&O^5QkKA'
    'tX<V(yepQmxcaN()Ul5tJtBkr4{_szeB^d5H~%tPza(+oR1ToI$>^9&`MAT@<Zh*%*(El3(NTB8JUXbW_(|m#ON?o&<oQl1=U4`v'
    '72I0c=w*iB{YH^pJ}x@sWGa)smt*3D4xoGE$l2x-lbJ)j$TdD8?wV7+b&)cFJBlOT1n(7>yhl{molp%dhHHE_cdpy=BZuu{5^)?H'
    '&AY}V(*2NUWTB4|!aKK$C*KHRubL9h>w+VOGO3(fTr7@MOJ<V!K7;m0JI1Wp*1AIWPR(+D6cL8<A?24J)Tbty6vM>fgE;)L6yp>8'
    '|4**H|DhC*sc+RDqH|Ud{M&Ko)WdZ9XaaI2jr&N7#;M&muwy>W%&9AXvW;m~@%8BQLaa+s@wq>eoP%W;ql?Y3p!{NEOgS#g4zU2f'
    '`A;??hfQ83pP$C%dCIT85$Mn4m$Bv1zMEs2Y<X2PAe%{N5yjh^a+_`huF9lOZHIqj+eco&>|Pgm*$sgg`PRvnu%E8a`|#TtWv_cm'
    '@d3TU{OwO@{(ST6XF(sl;=y}4Tbzp>kj`aPzjl&26@2H>7mH=ee@uPTMYTEdF}UnUR~>nQS+7>b3Jj+jcIO)r`g~oG&lUx_9Mh_='
    'z3e|A{7I|yiOnFx{}9-lT5Zb+OH)2`#Q7-b_&<flPi+(BO>Wc2_G=r?-^C86@q#AVs+-~efz5aiYD>RE=Wq%7@*rF%h`jwEyl)2P'
    'b_Ckf_u#r*I)B=PTA!zC7mQWsZPIo4hS2YMpuIfIVIKB-9@aJw^pl6Vr@BEN)=gtg#^IWWwb0MyfxdA2RrH?VnS&r#=V71YXZ5{{'
    'B>sWBr%J|Cb?A2*`J1<?^?7%$GBH8e7qFe!;qm%jVAeN>*7<^J<maM(g8QhS;4>cw>YDnCdihAvPoVR2^{Pf3-+e&CyI@b<BK_$='
    '{j}kdIsNdMYUE7AJ{s=)aFG{E7Mm_-R~=$_1!sGxdf1C`?$k-*BkT9T?omBZ)6X79UsBGXn;%!^e2GJhA8nYS87{}0PmRf_^{H%i'
    'Nu$;)swn>)p?lDr(tLF(2TZapPp<3P!(m}}0B!!0^m?82a}ItEdY(k_d(fPgwp{Dlch&EK6AbpyB@|l{)qm(B-{{<EI~e)N_WTV&'
    'XU92I3xYlMh5^S!?Rl5djX25*v)(p)SD5<coUdm_x%<fU-0n;_a@iFGU0KSRDDl}~at<)-joVleFm*n3PqB5sjcOMq(f&V6HP4mg'
    'zjWPCKbLA?0}AAfyWz3F=s7#*fxXu>{e7th-URo>_uZ7nK9{P;5p(t)P1j#j(RoGE{$-jkNRRJQs*z7A3{PD4ct)zr<}zN~wtoI2'
    '<!3{hA{flBR9${{vE})k5lPNN6kI_t=3i0k#~kJiyxZ3KyCAM0i8;2-#gu>#ay`2#PuBLCw-DANsH0`7wRIHa!aFsy;I|L=)vw>O'
    'uX!97;hrxz{^rv*R|o7&r&~L?)@Shj?|;62{q@)D*WbKazrOj6>-8&q?@z(K|NgD|wf~)Fnds-ihp*!|??&0^Lr0q5XgS_T-U#AQ'
    '_j$^D%gjD=(Jh1bokp=pk}N3ITUjCNkyjfdSGwe**-rHPIBn~}9(qDp8<#rJ_zZEib@<{Wb#55fdH@*9bqU3j*z7+vK5P)h6S&R='
    '=S!q<7E$M!ivi*Ai7t7ohZwu|eziUxyg>T3p!k?}ZBLyh&lO2~I5&Z=D><Up=P{^|GrK1AiT;lJMD21D@SYr^Ip26oZT}fU{m3AC'
    'p|S7U-Zn*kFCo5Td$vr*rgf?udUl@7kL|s-TnTB0F8UnkB53<NRHKfDzV{~l_65|=61k^_Xdnw`M~`ri-fLyx0hkVpWFB=t^*L35'
    'bHjzk=M40y>jPyS+tPMRox|ZNG*9%mC(v*6WWPKDYtQ9&m?ZsOCcjT3y6b1w2=8P1-eL4!+gPPG(j>-$<Ndu3_R$nPkLh!d2d;0?'
    'VxO)MndozBeJxm5zvha^duYCdhdtwGGT>v|s92>e;Jpro#JF>@Pf{FVQNV|mTfp~mzGdByTY_D95<Sb|U-kFb(7IvXPW1!)%#_6!'
    'CGDLpy4g6o*~Q=?UFOoH2R(v(4i!O{ToCLQ*U@<}7*dy@vU16R4!HR~N$|N6eg7+jRVY9kX?W**aDLozq^HvN^dH6!NSK1g3Ycq|'
    'OMe<)Q9`)6DRQ=*+*+%)S}WW6FuHX<Y{>b*`NX6g6C6*U6l4n*nM0z5ku6%-Fj|-vY&;dFUvaH>UmLD>p-tBNDdd}T$t^a;U>U;3'
    '*wWm_Q;LrXEi)LoQDlGB`3br~77g&6Pa@pljBr*+*g<S3N)g;-KcRj7&V%TkL9V9{1RPwLd@y0^mTGJ!msfNI`l!FxHkm<?T{@My'
    'HhB-3Pi+V8MEh?L-jO2h?m%-nK;}~0#ZC|$u;wj_U{F(x{e>Iv5W<Ucn6!RmbHR0dHTLwB3SYk$*Rhp+Qo3&=u-<qbJ5_tsMec&%'
    'h7b?!CeLg~ejjb~k#OiPHJ0OEi>SFQlJ1|0M)00($C}w18|jKwwb95%(1&lW>P|GKJ_ElTYZIEnHF-5noo-{A3R63ro8N&1`MYg?'
    'A8O<I<@P2whaK?$+#JSP>plbD+3LI5&K48SAgR9l(yFEf-3KWq$0P@30h_W%t<T#vMB3@c@i-Hz^8>}_?c(U_eI|w|%-+;?Skw71'
    'z{H4{;yiq1;!cB%m?Jbr>8Q6&>4=NhIM3(-oUFYQ?S1{6&S{R@n*bUM+Xki?+SiK?@jR_u=MMNJz0Oihey4%gcE#{sn|xx*4}kl!'
    'F2+xN+!5G!B^$34Pio?AF0o2cbr2Ia1dmng_(6W9cU5ydqC}&TO^oJ4bis<9^SIxp|K|{mb9-R7!T#YB_lIfhijreSo9Joc<BW7h'
    'QJ$jDDEzKzV!xUuzn2M~q(**UAkSY{d~FblN5OfXFds6-+MY%B5vp&8wf{(ULb?PR_sI=9p~A&~y2dYJx=ne~?I}XHwm5nzU(_8u'
    'x8iHy<W;!ZIFx2)6kjiB&O&P&T@PnoMX&W^ssVM<vNmznK$P~$kZR6Z`ZFneomt=diz|xHoyXO%k#Z--k&Da)8^PtcYqvaTwpfQ&'
    '<S{$6cF(6(GIe>k=3Somf4ug2S#501t5)ZYiBjwHrfS4s+SYC}&1V+;bdPV+vEkU8Ajkh}s(oubw_@)^t=CLtgNFqfGY*-+WiN*1'
    '0Y14$Hah<+m!q?w_?%ry=4GV6S1mk)jw5V+Z;qBI9qth5a7Ti2@lN5L9Wl{<T=fe~Ih0*6JFa;Y!me+J!}{(@c&_8F8<Yh9PI7+F'
    'B|N`deB6(ZFA6-jBw)d8Im|cXx!^+AM+|h`fn>U{Hj6jl`)3p%mq_hAl6_0EBP|H_Ay+$8f&81sit1S0)tKyZVeDyvd>Pb6e-6HT'
    'j*N9mnA0W2*AU+<b0W#y!valbkWX%m_$o4BON^u5Rx9<l?^p5EjgfHG5<k^3w6#sF8(&bZufv*G(P|^Pz8A|A6tCf%yOERq2bn#{'
    '`4%&qn0_WzqYm-iX!ART`hU0i99(eTg94_4`aLyHC1=5+?_@A7oNs<2VjDSvhl%RH-)0$aut)EM?+-CPwH@$%3f&XOID<93U)A$B'
    'ZuFdUJW}5q;5J_*^0zBa;~0^BZW0-*pqg`6m}I&c;`hZlPkj1yp3s#kzq<*;rN7tsydlqi_~7p)ELVpkmdkbDt2Wv9NyYm_<rnS7'
    'AEV%6xbb%r*@hdx3BzL>x9_v2@%rFsXddtmLJz^Sd(oMYLuaVZp6+Gvb{R&e<FJ+--O;N{em}Y&lx08I@|4?Z2b^c#HB8oK0M@yI'
    'lT>e}1WcPmKYL<s*MzIQ7=cem;XgfUecmHIzhQOY)5NEjN4mY~j7Slh+sLya4qnIUaXDtZ7lmt{$c#B+E14p;+nSQ|LFv5odm`$?'
    'F8S1PjSCtNjq?O^GT=7E|7fk6Uc&Pveud{Q9RqgTgxNOrQ;K=z&U=mqOgOx-*il~$@d(7YC{HXYC-YJr=b|9n`pC2{XGqF2$G)<j'
    'vS4IQ`@a?aa#`OI&;wP-xEE87(=at|hS1!($SJltYlWP`^=m?)^|PwEo{Lm3DW&+Fz`nVFqv$i#K7UiW=RxG^>)GON@`mwOJ?xk('
    'f{k*_avl{!%3XNR>DVDt+-C~)2cJ)_F+?5Y`A*O0yU6*t&GY#Td4IR(^F8GGUeD+IVz8wjR?WGuC&~Vq_Qc<|${rnOow8QdM2g#9'
    '(683#4B^&Ksu5cdumx9<{m`|(@l~d8dl^2~j@Zv&AHUy13@FZHl~Qgw$2cB7lpwxjO!?J0p|~xZ|K|%}vu$VG?K`TG+e^w5Rg3Tr'
    'OxJUYucI)n%r&>UxqWa0=GKRPP56p^cM;EMclsT_OX(N;R(*4n_1@*@P`lIAmAjOt#(*!jD^GN(C9>l#qT{_S!odXZ*_|Lgn%1LN'
    'HOJ;&-CCEHuS*te`J>3*)Qj-R7b3=<m}sDbp@C=BR-9WfXD_XNUI<C2y%wxFm2Ykc*#4S;U*yI!C+N)!g1umsxu3)RYn;qe%DpDp'
    '7G247H46T#IAa%l*J6JQ*CGqHyxs_7IL+AkrabArteR_TBoXIg!kku>U#$Ov^2?8{pEdc8dKo{YE4E*vmuUyQ>Pg1_=`z1zW44wN'
    'O>(~b9I-pbZHMCa^Hub|IAb(9KhzN=*M%%AKYX!N8-~s^NBeP&kBfn;#JDf|nSJ5HH)b5{)tueirDmt8Hfq#(+^9L61NwR(;XUNa'
    'pTgR5ZR>37yH9Q3uytTD|2U@B*NKX2k7bd+-<1|={{Q33oc}Iq8VNfeoIlO?{N!kl%1|W+<3(`}CR#Q5+z+*Ip6~U&=)*HJXivGs'
    'ItP2|4X~BPLC?A_NfP|xIKnZy@C&YQqo{8;1ix<CQwHQ}ESvl^n)WU!J`P*IZ$<I>2x+V@tvOsE|6W#nY_XI}bDqSn=zmWM?a!;`'
    'I?8eR>vu4ix97-w(D)jfw=rto#7X5AFCQn?HxpspQE*#(EZD@j#;0r6Y)eQ#iNe>Xn6@OHXOQtR%&743uw#O(J*C`g2;1)A>?>hw'
    '8_~JQGCb}RN{)dGORE^?Pw~?i2{txNuKU;F`Yc>8tMz$hTh(XRw&^<D4<F1so+mVMlC(#2=1Tb}r0;EcC0-=FR^rK&XG`_G>Dfom'
    'Na^g%3ujnf@j0^&pn1%wMxBt2p3l!Z%u}!*p9XoXUHXJ;t<bfjakaYLMS+LRlJ7BXnQXfU(7Gy*vxdsMv&x*)AdJoEVa3;4^ohAC'
    '3uj<~@jFDdE1e+cpX<3dC7k2aYAbhc7;LW(_QO}F)HtCL(4DA%NXqB!(>7PTXq23napht$%{|x7ErYMb_N+@?PHNwkYHJpmy+Qvi'
    '>7U0KIki=^8MohTQg~0C_9qGRUL!tgy3a9Y$;W<Ts+AI_&P8>~S0d`hGzUh_a`rDJpeyfVY>{#3eP>lXd7$n_+o+8mqr_L{7+$p5'
    '^1jDO-=oaFeNDATO%dPPAxkadb-fHvFvY&R#wK%TfUhh?^OH#S0Gdn07Wav57e!*TEm~~L(;>$)W3lh#E&E>y=WdDN-zK@&*Dvp~'
    'uU%ugqWH9j8D8i+7h{UgsZk*PlX4BX%Bdv*o8yWVa*11}V_#&>2iNnQ;&e>&6qgNjK&`J?n?$~DANhmp<0J6drrdL0OTK0rXFey;'
    'ij?cwh6i-Dcev{R?OHD-j7%9<yoaq$hD%MgxN3;SC70C5d-IG9K4q}M<7aM=cT&6PvNGodboJ{Nh`(`x+;@^$tMl;j*~_iSUvG<H'
    '$TL28*F79}9Q!oGkE4!zt_3!V)fn(Vl%7s{?ER{+_iX!x=F!Xx?b`hMVfUGh_pB;=jZhySm5CR{k*6`o_z#oTua3Y6%Q-dST#|hA'
    'VfKDO@Nu|coqVz964u;@AFK+t&uT<Dz~p<^zRLL)`28|~xeVj8T@~<4MdHT`a;_XCzW9ppEX6F{jM<lH^C9DT;`)f=R;ME99&c`~'
    'N$9wDmpH{dd`#zH-2U@R!gyyHd>zKtEC{&3R~*;=X+f4QGjvPm>1p_cnWv~SzD>@U66BPEK-<&8{$3W&@sb4(IVIR$rS+N=zIWZj'
    'VdWtSPfBaZ)P#AjI_N1c!6yuz(DoMvxv*w=Zo#ttOOA3|A!a(3<juSVCsPyl!@R(6T=`Jkx_sDr>-5~9>p0E$6m2;(P4@d%=JMQc'
    '=vS4Ib!{^1l!xvr<^1I^E>Y{qMZsNE1X(|>x+<;ElOBf;=6ioh@Xbkf9~(ak%lDJEwY8ehP`)xPoC9=x$AsUH8_u&G@WJ}8ls7OA'
    'TTg*tUluHQGhZKp<gcQ>s?(~G|Iak`s-XAQ1e>*KTsRL)l65h0jhnde9%1pDH1Ea#xAyrq#+SgoyDG#+6&0W7R`Si1knPsg{*>UO'
    'bBWQ<Gk!i-TT9Imn^hLhlQG6d9TsEilEWgb&)P<_HHJ?t#E41Gw_xvujsJITGp;z@xa!^F_pDlM5eMNz`K?cV%qV9Bmm~LP1k9?h'
    't=A;qxnRYk;C&^##~ud55?4H_3453%RyRzpiZF4wE<Vf~7Q9cvg3p!Y51afHm(12Ge?e08a8lr(%a-$HTEM!v@)}=$?xF)qwgC=@'
    'dXvZoi=OADYy2mEPX_khF^HkU^IT;9&E=bx@M&3y+1L@%??vf4YQ9-+9s1zox(*!guUas0W6XO$0UxZJzZ0|XcT2Z6>(<m(Pv?C>'
    'u+2-k3#cvK7O&uHE1^DulMc4V{ctbdAANdHr0?7_p$vc4HtLS}U}(2(ZTRMsd|1i(<V>>8v?GQwsXVH?I_s0l)k${6>)G<@we$G@'
    'ua3=I!}~`&>ONA+|6StixU*u`U?=fyQ^Kd0EjU@1wV}_{U_P#NG-!R<5$lQ1QaulU&d8*$vhS1y@0R5F_jc54^0hLSF^Z2y^OCQT'
    'HogYq`Q3CKztzg|Osn;IBagy$cfQ#V6E`2x`}(KTjq`@Xjk}KVnlQ$yV2da#_ne;v#;zOm{Z_i3UpuM3w}OWU<9I$@&-<Mu?YZ=?'
    'qTJ&BIlJzHWslNYgMDjbex}XF+^RLl`|m5MdR^0~G(5}TjX4`(S@F5?N*-gG6ZWO94g38m{%nYQOs(3VpFwLhE!f97xyIFIu`I+S'
    'QTcT;gsn?DzaLCB&bx|bK3(J(8bfqFge~tHdN!$X|B<Ta;&+X)C|G=o`rlVlkgqkx`zxx9eH+hHf&5-zXfo*k-&ghgN5OYbb=I$E'
    ';5vc+jmPzLXZ`xk`x@hV3GO`y*KyL;dD6y3XyXg0jWeD6c|qT2YRC4DN1#71kp5kO>l5hvEbO5dRpU3?JUrLw-oHoTx6h;JFWjZ`'
    '^dQ(^gLZ!Vzpr0Y-&?<aG+w{{Be?z|T>l)dKR@26W74l}Ip0&i{@NS$>xV1#>(4-&|M}JRHHL%leiZKg=kM_MhP8Ea*rKx`u|=aX'
    '*nr}~Gj$QaSJXU{is0rrpHnWvyxG<u6``&3XiU0J`7mj70AhH08q4vfv`$=n{RGTaobBpbz}%QFMxYm${H=j)@sCxw8aEZ;ES7ve'
    'HXWi}bB1j;yWJw{!=iw(aLFOylH1i}voX~=qW49mn>gr>%Ciefj{7vl-j<X(mjYMUnBvcZd$ww|ZA`5;2^Z8wcx#wBds%JH{7ZQi'
    'e@)DHySC=bXTAoy>h(`4PoTU2x1;;>`-=Cqxbn_vwXyj)r;$Cq6*lxQcQ$IW-)p`g?##I^$Y?W+4a64@s`1%xbvD~jl6s#BV@0uH'
    '?X><b`H1863I4}5#pZ2Cdo$G|ZW-)tVfc=XkKb)Rq95*%eQ2$o+a%`HS1xabf5vvko>^Oy|IRaJ!q+!|?ZQ4Wd!~C^J)f?9@!7u{'
    ';U^5%{O8m5Se15P^LC%-jr7M(r0X%FE`0TOg|_A*@Yh0&{Iy;Dr+<)YmN!~Cr^QV&r(x|{!5VyLs#$+-Cx0)uPI38tO*+D&pkG`>'
    'G%Gz@V|=+`;uP_ix%g0yzU~EI{l7!=^*HfUpLX!Op7ZeSo`T<Qqvy{e-zgqryZDuDbI>k6=hwjJJP-EUJN3Oj39$s@?mlO1OZ^RU'
    '|35(Y2k&|{hIi@vZSOjb{NN^^_MNqUr~b?XK;zsqe@33!eGTk(KU9BaL^W~~{>%TPe*Le1kJP~Wh5Ge3|99x~SJwaj)nAAEzTE6<'
    'cgdwqYuRFZw~n9O^Ktw>@QxVl?w?4&A139_mi$IiynL9Lw~|M{YeHOEkRPfS`K9$d<M=IH)9haKr6%PI3ik71f(4Lj3FvuQRD6CW'
    'nx86+KW|9!Ia0S197G23p^F9#MVM!4Ueyuc=M+y81_Pt<A{+)r<1>b0<XNX;;938`fo`d9ndT~fNbxyfi-zw_Ib@fGeQAsHmUv%W'
    '@!#zj(`_4jJLC;dGRMe>YOdvCYi|hn?*Fj%`Kh~z=C)`ld0IM1_@l0AeayqBa9sP!fi_+3{#p(gQq8h+(mCxqV#0uC(7e5XWQQ!m'
    'x8hn?I1eixbFM|_u`9;WH{RMB<DLIHzIRZ<_lAk_zTT#|w>a^Z85p<3lQ16Kc2;wFz*`~n|L2YdzxTnu#=W+#XH%Ks`CGMno7eUB'
    '+PePVK%+Yt*}^wpi{^_#KK27D`J9wE$3Yf!jA0eM=2g(veZbRN=_6|O-X4K5;<Gvo4v*TwY_*<-2!GraQ6}T$lS9hC7Eqk;$N1Tw'
    'NH^lKHj_OlY&?u)S9@=5o<8ru8#8dfFP-YT5xWw=n&LCuL~qhQ--^|!&&|JGyXUzrjPp90{lQdSuh<B^x|KZhz0~H%x5qhOgJ`d`'
    'A||Gl^A$F3<)1V0SoZ?&#AoAyn9n!Prd1_;dk}0AK6TZoob+B0<C0+Cx6WAER!3_x4=O(I@JK{I4y}EPWxy~#p;qf?yJFUrTdnim'
    'D|%OySpBGUDcP+@+idT|Nyqnsy(Fm`KpRB^5}iKWMs&InwZFsW8kXv~%?a)1i7)D5f@`5UfN9R>vU01-Hlz5ubF?mCUisBQUV?r2'
    'X;shpircOVeO+?I?Bo@nXBo%uwqk6--o0PNTi;NsH!9WNDv>@>zhgV{ko(${huG+n*6gHMGfJPdMrGc@6Da*tx(>_JmfDmK_QXU7'
    '>6m1mEkEYw^J4}$_bt0&I2|cztWG|r{of(%|80!_GPQ*(X?t9W$@V1C(yoMQ$@eVTtaT0^QG7o1R_3**xDgsNTN7{_QSCn+cY#bC'
    'M;~44QYMAf@y)L;)j%mRG~tsgAkO)3XI{01J4t?TpKi1D-t72y-<&zNx{Y!2Ix4?OvFBX823Ln5E}O9n-`W-tThGPJ4XE{TZ^8XL'
    '(Y-FQb79+{F?1V+(T^G*+3xci7a#46iT>y{Y>db#T2H#(ro7Xch~u#3`_^qb<mJ8$Wf_|OBIf&cZZ~Hb6V3OX@>u69%)U$s`!cxy'
    'eHC9`@vin-U*)sDPVG*(w;NzWb`v}D$pqdr>_|%^Fz4L)*Adaqm2~VhM{6B-F|F;1xm_P#5_R5FF`U^KEq2Nz&cBPybtBKeR2z&V'
    'gKVKyVpCcqSeDbO5l1WK6_N7h>KKDQ)tu9g<~Piu@nHFXj?u-aJ$KIFzv6tv+XOt{p@{2b%h#8b%`gso{IoEK1!6OoYUy%zDQ+Gr'
    '%A7+&st-|S*6U~t>$O$C<nFR{#Z|{i(zy=AKvPqKe`!J3J6!D)DTiKCb{c74)0`4#6O_3&BA-y4vXjP%Yq@v?&J_K;Z+l$*Et9X1'
    '8;kyJ2+8A==Fh}H^Aat-2Yu+cb94Hh{=>3-J}n6OO8mj;&&L+q&iP^}Uz&1gYti8z4zukWvyE{F50N=>m5oh2cTrfslHzNDa$};o'
    '2D8xD6Ur|xiSuDh3bI_yGOhxdD=GJ&lvgiFJ{5;=V{1R%Tl?uX)yOY37h*qA-NUuUjEioD@!Fg|wW8c|Y{%WFu$UAq>tmj<F9x2_'
    'DqPPE4_aPu)B&X2E>(}c>!Zt?<j=TqAFbwFN$WT5;G;}J--%;gU2+vuY*rk;Yii3K0iL3e{|1k7TSVQB^OKl#vw;|F$8W&(6%zk('
    '8O<Z6(_TVjU9gvfT+i<cH0A5BoFlOtdcA8Q+S6;g2foM8(KVoc(6BVrY4Lk?8Ei~(*ez=eU&QBpS-IC)kZgI=!r9^~lSRozfPED^'
    'W0d1?zWgNW^X61@{;)8z?6P1d4@0jK9S&{L;T>8y!T2L3x*Rp|m;s@kxYmCt0UF4~NCR^YGOBBB8mW$%t@c7jh0DG2ESzt6y(mVp'
    '<f+$J1>Rz+k?xvvpsL(*Plw4r6E}^Wi<!pa@WZuI=kv7-B$+4FH9z_^>C4@eYkZ@03yJ>Ew;BD%v433ST*KJ!G!GjSa3c~w)ob^V'
    'VE>DwuFteU_ckAHT=jtB=7W-7eT=b>xvpj0HJbWCzQQ`_F6hrKq_>*$wtw957axC|2|k?P4BHrO{lQ~P$B0MN_J$J?@R-!rv;)SY'
    '?L^uxg!34lFzECfF%HasUD`}JtXb5Uh0Yl4FekR~s{cQG?;ay(cHN1c;;X0GZ1#&}^EJa7&J2f~8FDzI;XJ6<Xe{etOCwp5Eo)^<'
    'u2**#ySl2T9_(&f5M-|$Y<2;!onSXH0yrDM8)W}TfK8A;vTFoc2MMr2vIrJg>_6Ff1skvj8~7h1`Af0FPkoQ;)TwjsJ@<Q57da&G'
    'p_<+Gec!$3o_p?j{!StJswbeB8k3hYtQ)S)#XxS#OT>?wbq{78vqsAchfK?9>g%C%yr`V3Sy}6+3dpJC{+(fj-j$~wel~}>rLpG@'
    'i>LC=<FoJ#r1amTulJopiu>^#l_KhN6CcYTz~NzK6g{^c7~yDUwZW6;ee2<Mn~XIye=ghUzO(c}wfL!hx!ZIfC*!~2o>`PHa3A9P'
    'yY9ej_3Jv3lkAwV_rP!OohP~})yvK~+xM2>)6Wv`<n@`$?EbN_zx$K9??3$bzM@xawVZk8#!G88ubiJTbih8gKf_|s-(dIQ|G$!v'
    'HzB~ARvQ9R*qmsqA-?dk%LfnTt6vpt0{s1wd)8{kd=T#M&zfICZ8(d6q~!QFMmM++h`%i=Hmv3QOE9V{J0EdRR{YU*A#V5yCC}<p'
    'jMl3u-^b~6-LprqFXrl$WQ=wm98Iz3wLQjtU@`S1+Py0|)8U99YZuv=&?ow=)0@w^SljoR|0s_<%VX|3LC#z37y7z;_Zu!p8(99+'
    'Nzd=7ui01UJ<C2|?%$sFSYyv6O`g#?tqJ@m=}TwHbNHF{DD>ODn{sZ`%K5xFg`CgWxud?6oF!jW@<C&tiMnxGA4^q<BcqMB9q^A-'
    '!C!YfRC1w1HqQxncJlr8maxCHyy`SDxF>ZflYSm6FFoq@yJ_%bk9hd;tIp;)Dd<Vscg{OrrDx7~E$B!3-x0@j#~|%L!@XH@`YmyR'
    'H2U@3fPHmR_`ZbqMzQ*-Z6sl_&9nI*Q_kDF5#NvTdz}d6^`m|JKC#D=v-KIKOK~}5@mWf^uu|O?J@-}x9ZJfp?m-xbSUOL9d6kmv'
    'y1{Hww3!n7`+4UVDPp{mP9W*dp_<h@WKKM8H%;AF(#2!*PTPSqZkqZRy^rsWZ6VJos~)uxk;^tva@y$H`|9O@_>E}|5AW%N{~xlo'
    'qdiJ5dVD*dfpq<y?ncViwDKGC`O?beQe-@0K{)5EXH{8|H$9N+DX$xJ(i;WDYeDd_S!k=#>}1O4(Ht3{e;)ZKZC<Hl^HV-agB^1;'
    'g^m&9^RzrK8RsX#hQIYV<Yn`oqj@~f*Z<`%lL2YhcP_*FzM4U|NwZFQ)So1D{c-8wY{~jO?cA>`e9ZGC@b4eO_`E~kNkdQ0TmQ6l'
    'p!-?Z&+60YDbK2dUJI1hy8e5mgV=4F=Y{5156Cdzn#b&okdKM}4bP0fWc>5fnz7P>{GDZ5^c2~Mxh#JMlXFJh@=su#x05-aC>@-|'
    'dDp3h@_VwZ_k+m2OLKVs7Z_pESl=77PxIcNzn{Z+D^nbA&z-aMd7n9U@cB0{kDhnu*um$!$Hu?=y8G@Al<!L8<<F;o`;`0JZ<6P|'
    '#oqab`_6BW@7#9p{G|JQ+kJlJ*ugyCcJoc{yD~iZT&^B`{<pUeK7Z^!|9A3#%p+S=?p@qG`25el=5Q5$>ENEr<esa;@q6!nW&B>e'
    'XNlbNZ~h0jNB-HkeR0|S|A&7#sXtkC8fvqkje7AX>Ffq;o(9?xdFo}ad*T<8FGus`AEu7>k4lq!ZyGvU&!B(RK(3cdqla}$2l;$H'
    'oQDlX_H7=buJxJHf&PCO`h}0L`Fil@Bx7GK9mI%cNjD13sT$!=*D&HxPx_aTUN_83PqNq)oCaBRrN2jXkB&m0`x*9G-uo+=+iUK3'
    'pC&p3J-_*R{)uDb=l%Qc^NZ|z?-+HDEV>QXEB^J@4?chNm3Y14AJz^&-)z|R3Vx48uQ>ll2cQ4;j~-vW;z|a+;!*Bnn-%xMmq#(@'
    '=q<@{EB54N=W8x9_d=t)mUouLuXsEIpIwE+#TrTI^k+v7V%$ZKgRjp&KXMQ^*809mah2~1zCo==VGI^SGM;~UWQ290^`Q;vFqMeh'
    'sDZFPF&G`mnD>s1YO~rxepxK8Mi(aWW_-GwrhjqzY{DdNTQdGH9MSQ19)P`0Rm-PnG2Z9zzy9$3f2jDQHUArxg=;D4Fl6iadk?Sw'
    'NQePhb<8f<YV1OPd(tOB?h`Q44xp_4A?}|fFIze9u_Giurd68E>1Yf2k!klE-)DR*UwZhAOG=EhVLU&2o;^+RC6j$}ljXfs1bH5k'
    'x!XeS3|*g?@rTZ!V-J7+G}tj4HM}P-2OhZ3?<sZ48n%*^5BM6?m<-=n;vREk?*9{sqocidN3q|y@7L!$4*8s)a({cz{q2XB4?cg3'
    '`ISR9;m41S+lHS!<{wuw=f6dCz_xPca_mz)I~GfJ9fR*veAkC=92>4~h~E=he~Ui2qsX&5#AA|izt6rPBbS_Cc)>mI%fCBrk1xJ|'
    '@cIA!V1&<)-~G4FhW=MAH)eOw>hFwf7yRzCAB=zZzxnFH=Xcz9SBOvG_8%U6{@?%gxIX(&|H=6OxBgZBcK73Eul#d3T%GYBIp0DW'
    'J0Yu$^0(p9vr&?|_($1Bxe14>Gc88QvRJvH)tO$(AR~Tx%D#jwc$bzQ9vlO@4RIJhY4W=3im!b0;XS_w`Sc1+ODjvxtTjex>9dko'
    'o@17tEH@ne6Mgl|Iq+Ih{jXy6^?~ucv|y-q6g%vpiu2Rj>(JPS?3}9Q<Rjk@Y7_F38AbLni=}fS7rqne528F^sjJwF;I$q0{4V5='
    'uYNa0&cBt<eRWdUyV_TCls2Dy-Ce-)o{z!^t3|4Pus(k^WjzPZL92tO^@fQ3{4Ucq-UWNj;wwUoFGjCPQ?C-!FDO*Qax{YuwP4`E'
    'g!jJZzR%_6l9PAy>^$Y)X%Qc`6&w4el56oTR}+wzuJf~SfHf4Wo6#|LmGf>3M!h)anT+9iOV1G+b8NZG!rv<HZ)Y8CL%yky|0z$s'
    'J_}FI32U+B_VgU1^RD~bJMK9lp14nJtpz1FWx$?&m8{)9$UTNGkneDOz%KF6AcoHW^-IpK`qshU=E>i_@$2J%JCZ`Kudp@xc4Tea'
    'ufhle>ah4AO<$MKlXczo*mO&-#_TG{7!YlU?>*Fp_+F?>E=S=!6w_Cf@(=0~+Bsvvc`f1$r<gX<8J_kTQg1HFhb8rN(rA=-ZU)7>'
    'L*L8iV7w+5?Rz|n*W7)yP8jQftM2n2%eBQg$N<84pn2mVNc36+x$ZWGUXMF=@NX0UZ;XxR^Tk-~mL>9kDSjfItL=<6J2BV{DCe)j'
    ';r881#_@vF+os_U3E>Y**px+Lp<D!i&3#P1n^d>Hkb_KJPst-U72g8t-0yq%&$l;YeT<=TBzDD1f?w9ckM#MRFGGDY`Tcdzex4?8'
    'hH(0jZ#BF+pDu9}!q|F;feVlY6I;TUKs^Z8m)jM%-;=-J0v#7xdk*@A@ZLoj;gMOeG}HKL@~+jVH0OSt5Wa=a4%2L5?kl(}*utnE'
    'evJH$$4Flxf1|!+Jj+fQebZ?3&Vh_KzbcF!?cfDsE7t=yi<MR}{xr$%jn(&$<#0AFr}S+vxxKT-eC0P&?8PM)gFVgGqixVnX>9_I'
    ';SJ0~A)i_0|HmV~&)4a-l<UMXizsgKtl_K_X@^+ur(@X?#x$)sR#&lUs-7G#%e;KNkoEj|^9g^>6o2N?b6)EOF4=*tg5ruk{@^_L'
    '?38#=!kY-KZ7m{~qN}Wd)Ym;LPg(yKs;A9kFXq7mY5kY@%vfx+#|cmUFl;^vV=*hO&gVcYisN{gHIK7SpC^2i58rTKBxLkOO8s(B'
    'zE+q_uaohv9^#tj)-(9%Phs7~f0=p)M?5!1=9Ub+emx>qh546R*YW6Kuj4^GwfxsH;<=V}Tz5XCtZ|6Yx~|UlT0Js-y0h$w`GV;@'
    '>w01u4DF(ONT$hMJO+NO?c;~I*B*CU;jm@Z504fjt74uz4LWDFIjFyAkNJ7NFT8I#<@=`PTZ`#0{$xMf`Rv&Y>;9<stn%eA^7_#s'
    '#Mf?8pI_E>ddA&1=bjszvu3TKv-tEZKKLTmFRkx?7WzRhIXYB@m`K_hY0G+8V-g$}V;5wsi*|-}m=+Ek&!29wygjXk=~M<;IPLmW'
    '%%kRWcs}PjJSugX(%BLkyQK!O2HAQt@H*l-mrKOsa@N}6p;AYHxe!)f<d}gs1YWu^gS?cMZlV5gk8=;3yy74)%_u)S={0*W*Vwur'
    '94E~OJCoBM`zhWb$=}brrYNLeTCiEmFv0>&gB_dpy*v-ix6evX_Sutt_GF(Gvd`X4d7fEuO4H1h;|Tfi!7O_-FL^L)_VlA7mu4aF'
    'Fb~~tE`#njZT)p6kWar7nCs~r=Nj9aN3&IEZVLY_3v(_-&iP~xvM{!XGxdM-&phU|IOB7wkU2fUqt@}Lwc0U)NBsjx@elJqHepg%'
    'd$K;Wu|BJTI9P1ITuW`{EX4hauJe2$!x<OSt9BG$sid3S1Y7T|P%gb?T%Cwm(q@Ftr`1tRL;p=1`{DfXVuAedxY_?!Th535BiRTW'
    '?33$|8a_oH`u*7{$b%yH0mfCVxSMEC-}BHKeJcxK!xu>K{I7w%mtcsu(#EVfKFGRTUumCgfUSRU4P-2ZwEhkWr>mTS2OkB$$zl0J'
    'p5#Tv%frPCyf`cVu{_R&v={@6?s<t!PWn^aA#~-q2ios=KQzP)Sa&fJ`YyyWc-_784f0Nk^MN%RK5W_8?@Kj~Wn#bNg=sen^R(um'
    'UXSqK9Cpo%1@8rO-$BcLFZ*$BsJ$xj_PmmllxM#6)tqy&j}=rmk~|l3&c%+Q#oe6FkfjVc+}D{du?I57uZAnE<+(`M%4z-U7K|ZI'
    '+Z#F2_Ng3bdsuOa!=&5OIp%wFJhm3Z;ne!@EUStRH8>=lI<$Yv0<DiIv@U@?eznNH|CE!Jm_vBOBNG!n>9TNsr>R*zL3rd0;YVJ#'
    'nnw+C9(2o!*ISg{95V+?-+*^nEMrwTbG2ukb2{}c7{?u!{O;DV=iOHzEiYJfoHSU4NZ(Jp`xnXm<t;sy!Rec)4U7IAs?Uzi>)F31'
    'CusAM)@HQ;{(e%k94AM3T^>D$x4@n=R-a-%z7^vi>2?Ihu{>kw7V_KpaP`|B->>FR%S(>?WG}UgzpdDWM+whS{bUEiH6qLIlJ58E'
    'H)-lrB;2x|fd{vQ*qSz<vb*Sfwji!2RPwu5LGDGn6RFo~{e@$3;zIS370`Q#`LM`h*D#a|mWJN5u#e6N^GL(r+~2R^QERy0ZE{A@'
    'zA4GrVzE?Fh9dUuH<(>RYr^rnb1=ffm25ohdo!=dO^lVj1$ytG+c1e0jQ8Du$-Yk5v*;@M+XjnkU2;5O?Ke(qq-rcia*NrS+c4Qr'
    '9(|N)`{>;Y&=`9tOR?iBdxnO)Z;kIhj=X*i#(UR?da_!uAFaLlv~}q{eAWj@Pmk{o|4x1KPx8+K`DgDIpMRFDVX1UrH_$a48rD$a'
    'hrf7u{W`?ekXp{wCwwz|eA9O}r&g10^^rCLJoPOY^#RHH9<IxAAFFR1$@zZ){20bky)DHbxE0Vbo^d`+D`xK&$o12F-=;lR*FFO0'
    '>bV?ro*topLf2m=x>%K*+rE2#-pMyBKl2#EUf}s3b2_DE-&k!*?Oo?{qU#XGd+~($_2OgBuM*yQP0*$3SUL*-NqV|Q*K>@n%fxrW'
    'F<WsBQJzv7QcTwh`yM_IZI+^FxD2D(UmU|0dw0jZbAdg>H|JHs=A?ZAd5^*8osBMi2X&p3j^~fCoFm?=2Ya8MX7?R6+;@cJ9W5*Q'
    'GuCnVeCq2TfxWqJ%wORCi8)1%zHRVbylU`WTqEz`GW81i8}9*lp8O5%&If`$UsL?5w_vhA!4rFaL`V8As+aP;m}dT~kv=fm@2Vl_'
    '4yTN|$&&lt9Lqt+zDnf?zNxTr#PD1V^d7yId?s$6QvR{_S1&?ey$o{CPzzSmt$^*t*Xk9bGgg@V=qS&+>5)agchR+_@3Qz7Lu)(l'
    'F1ogs`j~D+UVZZUJ!3p7<h#p)Ym%lmK#M&kw0(|^o%TXY`0*cuz1I`o^OlnTS5x9+Z6$x{CQSCQvG|j$G2(_&cfs?!ZaP}E$o}lW'
    'WZjb$j}7PdG57hV`@F;6mn4$DpEE79^b+#*Wu2Av;&G4v)#XL|{5Oq29Jvktp0Cy#C@Xy{?92<DOVWCvtW0R|ci^B0ptO&Dd}>`k'
    'X+InWt@xg?$}Hc$NVC5O%wFgU`OTqc@tn>!#KovBW2HR8aYfIQIP^Jk##Y?f(|7Y}yZJO6?aD?!Gqtm;Y%UGvBd9Arhq7YFH`()O'
    '4gu;}7!w(?cVTVrkD0$?z@EKHbf~k+d^Xv*x$k6)y&L7%I(a4^UzI&$o4vcOJd>~QvhyDtXBV#TkgTzF{f5Fi;`^?;_nl@}#qnaz'
    'eZT9*jN@pz-<J(z!ueVGuEsu*rd_t?e4czA%ZB+s@8-Y6E^YpO_uRJI^JOQ`Dvk$RDPucX=+I~LZ8N`C+2BV*dX$O(ie8)^eL{;m'
    'kvUEGa~;zCv&_G*%)740sV4h<oy_+o81>SjSDN{j-Feh=wBLdJ{!NQ6^u7%y*QqZR>35FprKj9Q>DO_4u<dxZoN>M#MFtPp`7<9l'
    'fAHK{clI{@?m+RAci9+vY^*)SFTXFGbr+O*;Ir-reEmN8hrP6)R%8Olm&)s%E5t9}V(+Z6vyt+hbQYc?{_?Xk##?iYU;f;)zIBEF'
    'D(u-@m$|Qeuj6R4=IBkI*<t_hDl(#@(EN2L56`hHMDx1)eM2}S@jDG?CpX=922k9;tZPiyt)tMeY}{LT-=0SgM*3GB{co`=ME`-)'
    'TPx&u`{cX$ot|)J4Tvt&bAQA4ZB1!?OF6B3iDudyGXD&iJyB7<x34^xKc{Crw+D*;*JJnb`EAVr|DzA|mJpAqfxkykJ5Xz}CFBZ+'
    'Fle=Y-&VYwP=Bd1=yk)~pE#`=0P54sny<po^5i=&&(K*uC+y2db-zmbE%m8{^bpOCt`i+>jXk5Sj7`&J8iFtQ6=#R>nnP(Vxa{G6'
    '7jEN}NlZ5D{IwoG$kSP6RkBt;d`x9l)_ziR&X%$GX{~knRq$irUvck@#cZra_<QdwxuHugHt>$y7Z+JxLQ$Cft5c>i-&4Qh^xv1+'
    'b=dlEllgz}|J)y1pJAQ1^hD1!pPO0FixTmrA9Fc}H({(M{Gck}H|4cT<lV16Ss(BEbOhak$DxwX57>M<LL4EHMc;9<Mxwz$dG`kU'
    'eP5Y7_Y-a^u?p_DsR+Ja%nf@@(Z#Cl-FuProW`7e`qUYcv(kEE0~VrB(K&`NMn6z;&;~50^?NQ?#)7dV;cZ*<O*%?WKnTm)lCQuq'
    'X+Qt)`dP?cACmW)9Tr`Ee){C|2D9z!?&=9~v>4mI&OUpF*jG#p2=l>tEyR+0#+)E)CCp+e?}4Ac4dLC-2|hQ9>3Eae10KIy=pJ7#'
    '2jWdHDdz~+GipM-=@mscvc!OVIzo-nzpLmVR0onUboww^gF)ZhGWaNw->(QU&qsydLw?&i$4gQiiqohr#G`78E}*UJKv<JoY;C%V'
    'zFkpxyR7Jy4S^T=+MabW;aOSRIZs@*!}ipW&}+&0FfIjj<tEeZnv6yj#jn>1$V2+fP|aFhiT$3Nv2{3WjC*VZ<R|W%pCS8(e`i~H'
    '*Dj;`>*N{S9<c7;XPr!&cI-#eDbOC6BYBQvcJsSs)oy+@hjl&-8oc4wAT1wA`5ZBG=Q3Q&BkQv<Qu*q$>u@cT&o4mny$m14cp1ur'
    'mleBqTN%?X$XH=T(wEnqw*|Y_+B=0~G;tn!p4b={Se~ZuJgAdgJj~H-N903mzSAP)i<Y0+&S2AIJrmY)IGeP!Jmc2Wx|V(CpJ|g^'
    '<h>MY>C3rIyOw?CLv1U$%6p2A-B9#osz3AfNV}$dJ$}x`T&}V!v>sB-1^=(*2vyy48e|{dhf$qE)9FoV@`y_X#aHs=6RR&i6!#A4'
    '9G19v8hb#})vr7LSz(ute~<^tB$l^L_+{7qeAw&O0DnzEj4VWY-F5W3$S$PU4mqc2E?tl8wI<m&WoPSQ-uagMd)0m7_d5|ZEfqxf'
    '9YuC&wL!gr{dr$mpROWDx7htv_J5y!E9Ek+3%04m>uGIMD}SPHaE|E)4aE<36Kwb@+-F4Bjrt@kXOEUAUIQ6}rp@-6=6}9Oeol0X'
    'lkTdxaWtI|yY1%Mh|DpQ)`!n;lZ|=D<CmoCwZzuN;;Z6o;`6U?8m%~A5T{X#oZlTHbNV^ZsHL239c9mRpXPcXCrpz8F}YzO9~GBZ'
    'n}oKXb3Z43hubj1j^?yQxlnV@>k>VO@?+@S?6c?HBhMW`w)(3)^(G51<l*Pf>i6*ZcKChwJpOC0A4zhz4C6haq_Iz<?hSo1H$koi'
    'm$1F}K<|BQwf8CJZK&6-6qBqQ<Eb3y!&)OQ^<kA__-T9{JM7urh<hc>;22yBDaYarq{9G^dTd*8DQIjuZBJ(Y%vJ;)_60hu!X(zt'
    '0OXz(9NS|D^q#x){90tWn?4)@$$ul|QFhpvww3(KOEAJuwPOGKdTCp7I4{Epm#*yM;S0oe8L<4ykWLm;J3dhSE?lp&>Sv2eEPo&5'
    '`Z`>@SU=qbh^y0VDY3v^kaO361?;t;UBxG`qu5FV<(;2~5vE#JdyGH(I`M<0$u;134jW3mx~kYQ(wVEpv5q=<L$8XnYq~D?!^hJ@'
    'M#JYo?wxcDWXv$>KI~;S=j?#I#<dRP{W7@j?6XBt7rz7cp1vA}7S1a~k9Fr$#qn6qrK0D6Yx9(on|ZCxoXcn9euCupr^uY8`L#(r'
    'KKcG}kn4z74gQALU>vLUV=#`hb(_SN=GougVBc9HK6Iox;-n@xp6?La+=fZqx|1wNV$RW=%DX)#69(kH3jsfsRM(-!M{&JFJe!R1'
    'OE8IBfck=uhxyuESJw9WW4yN9rr{V}bZw=4$N}gzJCgh_YA=6ghW7F@S#P>dx81sGvTq4SeFZ5m+%c>x-G4PDH*t{Tp8MR4@43TV'
    '1CIU5>)@ujH)df^Al>+<rmtA}a8~)xI^U1Vn!ocATl04gVa?~<`(|nFsoZ_d=_w%4hSqS+%J@;oI>FZVb<Z5~I9KmH0z4kGuF2ot'
    'obfs3vDVaw@Hp@5*93j)j)zX@bES4rSIBG7Y{)v(W&05}<lJMl?_%km_%EM<@xBXPkb7aEpN7YlESTGeW%JF-es~?m@zEc59mg`?'
    '$9>K3Fn`YDzUG$sepJ@{&5zicf7JFl`eJb|l8>k)&|;bVKIy4LvC1heYKFM2L=*JmohR?b-aT3`G|rbewh&)lC+~XF>o(Bq*8MB8'
    '*Dc>~r`&q;{f0FN7T%({_flS=mJ5)k7Isz1ALCdwP33zuR}1T9l34W%FkUZ1X+U!*nr^%mA^*D^u?~=ewt3SsZSB)q4r{OkqdsVK'
    'JPnZX3;4Yo<ldM%=;WSnk{pN7y+dIROD<+{3FMjut&TI4ceugsYq@tNHH$acGkO6!Y5c+STzJl7UbRoR+|LP(o+Wv4S@u?q+*5P;'
    'Cwb@H9@ZYT=BWFyH|T!8;K}W#{u3$3n`5)|+25%ClNN{IDvZ}E(*7uvKRPg~Uwe>2?q-p>Ja-A__aMbO&t;HXXLFRje82vh)5C7E'
    'i>?Q)_vQN)^YQoHJU7YS#u~&5%cC!o97W8-uaJAoFxmGb`Q6uHycg5w36Io`>tD)IcH~{t#raUHV-Cq3p3At;<jtlc&l-l@8wp!z'
    'Cvd)nF#3FbQRw%+4*tGbpI7!Pl|R>*{8=V>i50@1b;6&>^X-iKUx*K?AlF=!m9xID@IyPJeB!m&eb9TjEV=yT1qjz7@jA7bdVNWD'
    'eb&jYE9}a;mc0K|)%_i7<9+o+dH*XtLOf)teGFk~rl~hVet6UI!+Cabe!#k~51h=!Go?n(pN^ADsDI))guH=gP!VgMW?lOMy`TX)'
    ')|>^Cw5IG;zTR9W)Ac#y)@P1g()x7W81kY^m&^;tv+Blkf?ZXz#%&1K|4HL$D`#t+(WB&K=ZZiN{{C_bdicgcW&b+lU-z-(;)e?$'
    'V;}HdS3bPEwsHoA`ah!IGVyP|<mUPYjMo71dM)1bTdR@t)s@B6%1O0ZmY&|peE*EZWI6UK?^|339n)08^lcc%!Le<ne(AK<iPs-)'
    '8|NI0=h_B8&MP0cr5=oazXkbVQ|&q*q*M>q6L^Z|n7rsdFO<iho0eB`OkZ<n>0!}@%J1ujwf~qBcfuT;8$?gNNa8M*=VC19D2)1e'
    '`eHd+584uu?-<uXIo|_6riCQed&2omF?U-;=5oJIjpfYn@m_OtU1k>@FWU7rx2Njl|J1kFBYuJ+^q`(%v(}jYQwJUYT{>TSf=!L|'
    '!PwpjMw?|aPl`c&m}6dYKDVs3eNrFFX23oS_4z^i&5@X4RXM|W%}9;O^E&9b<6Oo`&qG?h0{PYm=OGU*HNwk8ms}EL%)t44V`R*L'
    '`HHjpF)t83(~55si<8UgvEulj(u3orh3MhKJDDT#pr&FI`|!$rwi?Ij`81)u<sM4=<Scv|blhC2f4hbW#pO)ZpwDaXs4!oXCOf45'
    'Yur!DaaCK24Y4W2*R*=&vJ%_gQNG^*8$KP!%+czIIA1^G&gN6>sxlu}1;%j%X>aX8#<N%R9aX@O!KdM<41}}wsG|jaZ;za<rv=_S'
    '&+K^A0WqiN7KvR+_hBvsy^rdVuMs^m>v>A+!+OHAeCH<82I;`hDk~kd`(o*k<*ZyFxy3!<Sw7i5@Ae9n?Jc5*ZX0;HrRZ2%%(YB@'
    'w)8f5hR}VL?N>fl#8&GI@v<!Y)i=jjeU8fEc_mk(MffAFub<}eYnWl%pyS~lC3!t~#nOD}=9JZTDS9omHL&iNPKy1~DQLf(Bl&5k'
    'VT1)KjWuR}WbL6M#m5=}JxZ!c@x?lQy?{=-=gbm478&pLLC5yvK8PyO`{=xnll)Vvf8AiYybA{18f~!!ko!jT*msx7eyId<gtfew'
    'b@xf{sd(~+Lf9vCu39fU<eeMjyZ1oH)#ZNqs*rz1zniCDp5{Dre5-TLMnQb55RX?$-bqXxHIIHuRUx+`ZLg}Vw59UJ7k>@)li~LJ'
    'K#*sW4{Xlk1DjR9(;VcF2RAKW&uK#YlQ7xK<=FBuaS!CN9@jIh2lfAOd%3IRK&AEn9Aok(kF|bl3Tyq0lZR6Lrwfz43OSBWC|*b7'
    'V-np?68-Bv_xB?t2S$>iytf{{_b<qIDNkH<YmxkW-Q9c2<vIS8myad=i2St<rGVVkd=zEk1JL@PHHDZt#eF^sBfMw4kUn*CCZ)|='
    '1|?UfuH^H@^kehcMjfZC4Pk_d%yXfn+|0aeqYldx9D<yyZoyX%>Dn|01o{0k%K_=Y2=70HIWNsa!(2q3y`<=gLnSw=CHT#x_>Y9W'
    'ygKE5g8Bi{mC|R2oJa4bq}_9D9(9m=Y-i1Ps|50@)6xmg(rY>7&BgYq+)(uWklzv4GFi88!DN5l(Ah)JJUaH*$@^$5kN1kMgRRGw'
    '^(<_Ij6+v3=DkQ5!}OePMdZ=YycyIru=n#$#JE}z?wcHg(P_!MSta>IR6l72{J1nX>lE>^NaN>y+jw8;UvRcG$7S}}*FGH!$BzDq'
    'cSxR2J>vNiMs!|dIzwnLy(h#g8_K$@5}&nnCjLc+Gx0BG>`bJ&k9bym2y*>G4g5WGK4kKp;vx4Hou(V`C5C#ng!Gpp*Xkzo$z7Vl'
    'nsFRci!Lbn=%%FyU3U8R0=ue2hu&uS2-wG@>wceBpXPe+Hu!s&@!lX^VLmjLu)tyoLr0r!V_t>iZ>0QnN?0QcR<w^NcwFuju|H2K'
    '^YGQGWwCdB^G{n><*O6r=kA)zftYi-j`Z9eD!Id(${E#2p?C3K6dNh@9PU5)W0FU^t2|HA7uzJK*4N9SD!gCHq3*zBPg|=`NP1Tm'
    'U(=Q{mv%(1u&>vO)L%x+rLSf1Rc#R-*-`9{P);$`r+Vx?5^v|xE7{72G`6;qfv!u=Pj$YaJ!{3zJLkrb%;#;ReAyv7u2ff0fyrJm'
    'S!gZM<(`MOlFa!<IH*niDDdS1OxB2SUpmLJZm@g!cdfj%?#A$O123hi)8Vxjhs{?>AK@>21o$eAk3-^>QzQraZ5Y*TpicL|po=|V'
    'u?#%N|B~F(W-*NGImIw87;F++<MAWVu{$c@$L?q;whZlM#BEHBF;g28>1wHk*XZrTCt5VxX%)d<%X^N0nQ@MPsmyU!*L|7TNW7-t'
    'y@!7|Uh?M~QCcM5Pd<;A{Pm~2-_|Z0--VLwD|o=Zhd#3BNzA*i<gxF1^4od-OAIyw@_^58v%vf|H4<;zb3cdpt)|$!djd}+bbgij'
    'ZC04Q-wEuomXKq0L5a7NmE4w|;_GP&x%`s<W?FlO=DBHc)+XZ@DQBgl(6Y|%_0{#fL-wG=Ct3L8Q9jQOdyTM;|ANb3!#Uv^VI6-5'
    'Y(282HETn-*WeuJwf1e6i$i6a=5OsV`rKE1(R82h8*(i}I5Bh{Z6Vi@j)D4u%f@@O^+T+>!(6|!AmcS`D)%+P-zSa6AVRuRHIUb}'
    '<yrRuOyUc2%(r#tcf}kwAAK=LAM1&`VDB$q0vR_a?YdZcNp}PLF_f1{&rmH7v<?1V*%~%a-;n$1%aPG?hJ5Q+g>fvmj*|t5o0BzX'
    'DD65{!H+@K0lh|&^7B!`#}<CB5gVxu<Nf8WdCUBFS?G|4$3pl3zWLL-#2)$m!0mxNaFnvpLz9U;<@*+ScgFcYE&OpGMtF%$$B)+B'
    '_9Ez^)%-Tue#x5u9$Qbt>tYt2+{C&Vq%mTAAwFdV>~%4mW_*0yhUWIwStU2Esl;1D_7=_GJIic0)Q|t1>BqFbv;pIIF`93H$A24w'
    'KE-vWMdxedI+H~IBIsU(-7+gQ)^Z1GL{<!lyx=&>jmWb_(rbE(j=}AVnnw@C`CKP<(iOLEE0OcjWM%9b8sfn`=N~IqY43@B!Cp&)'
    'HyzUd(qK5Rx{ID~EwcanY%OW+R)yr4=W)KZ6xq=ateaNfRS|NJVrucugT20v)^COC_9Q%rlH-r0zXs;9;94|c9FM6CBYf?CgiU3k'
    'y(ZHJ5w<^-!^=!Qf1BmEB=b$qp<gB6`Bkv@Ew~r3r+EDm^(CjRpYr)#Hk2H}P+c44foDiA)8oJcJpSYJ?QmTwrnkk4XWvQs@-CCD'
    'w6-mzTgUj@r1gHq=>==-!u9SD{fpwQ(>fl+K;CqJ=Qs#?{*(Bm<Kgj`S|6#_T*@`IU=A#~pQ$aO;r_<j60x|sc-~w|$y5Bjn;>KG'
    'JWyoJEztX%<o&L-9QGgIBN`TTXie*auCfcGI<PIlpD}<@&0Nv{vhtK<k7|2w7vx&3Eu-&bAe?8oKDXWaoMl&NeW>he5Fb*<U1cHz'
    'QNGRUI%qOX!w^e@bB6SO!_j-4T_JjNKULFxuj}61Ao<a47{}0=^?eYMsZI7gE&qQfpz}yJlvYPf*P~1L9oMA>w!HI_flgh84>{dx'
    'f-QfB<c2)Q{6BR3mf92RI3JZ-&@}ZWG={C&79X&jlIz5_$x^$-dkkf%Rg%tP#CJLC=0g2gT1<q>^>U<NCrb=XleuN5KOA@O{i>TM'
    'uJ2u@x4l?UEU%o=cDzQ`xviWhJtY>#W6M-;<MSCX9fIfmYzKG+eM=TzvGn38f>%QQbXM5?dx{UZXV8o5%Gz|5y;(Qx#fy(Pea|W}'
    '?ARVC`+^^?7s#uSe5ox(Z)gfOC$7VJ=R0_m*I_YY{yb-=7KpnKAdCad_ZRo!hkA<od~%gQUYWMfd^r==_3asAIi(Exa^7c=FZL6%'
    '_tMaV+Jig9M$ba0S)*TC`SOyZ_bR($>D_Shb;x{*dC_>*bR<iTODz46Zh7$LH0jj`9jE&ujAJ%(`!z%#D;@HlucePJ#d_8HD>s#M'
    ';JqB;I|;t_s}XsL5{6_bKhc7-*iwA1+S!*S$M7=o!E5>u#*^zL{+|{j+s9WtW?WZd_LARJiaS+2aVKj$`C3GbnC6mdJ<2=EnNkBk'
    '{+6citdgJ4!gxJPhxi6#>RB`#)C#1l5&IE@v0oaB|3t%l(P{*;_*42|t2a33)|&g?D6N|wd7Fmj%@ne9-AD(G2Rp)jJm%U}WXu+O'
    'RyC5pWAN@Nrg8|gzKC9jG$-<DA&yD?^X-VZf7&rhHX@gyJ;6Ve%q^*>{{{A}eP!S9^^wj@e#S|;0KR)Ae$cR;x=Ma$FTit@Cn`Cf'
    '#hgFZlsNZc@kcCvp|w^chIZ6$r@7mb-7e8+gXC5Wh<=hKzby~i#^QTR{2iM&rR5(|zfT|hb)j0V)~`6b>}7U^)~74jWBB(z$w|cT'
    'c7*3(9Igf9eWbAmVvqPB_DQ@Hb0LS24l^pxf2Bj<zpl}~<oEZLeO*@MYiK-8(Ce6`@zj*_zNwr`Wkq)N1wS<M^QYX;FS~rk%gz>>'
    'Ha}1M-{a0#>rQ?F(}%I2Y{{)R?fXXUnAI8JO|;2ZNKBjC<TMw*Z;Vl-;R!8ozHf|CtQliOp_trzkiP%r$6(Z>I8+C`2L2kMzGBz-'
    'dN3BDQ(kxH@d~?;M|wm~by!YOnfP*0hE?3}It9uZ4SS*!umwVSBn`zUKrvOyFzO>suNsljD7PCfrd1<;F7$s@Ql9e?JqC&#48_&z'
    'p!aOW`F_IvjOW@Vcj0^yYg5ZNqjki{D;V>+ulNBs2=A3=;9TQ%AF+98TFr9WzO7omr>_U9*7uxZv?a3bb&zojIVL!Lw}xL$|BhI1'
    '9Pf|gwuP`VuRFSMtT&FoX2JBt-)|{n+hB8Qf!udy7t&*<^0C(p&*~b!BlXQb&+^)Q*lwkWSY(V0$Qw)Gu=Z{Y-azP#4bd+x_5eRm'
    'jzr{`W~Eyee1dl!y`E-Q8hYV*O!E@!BpyZm06jq;&V#<Qz{l43fR;~LS7IERebY1O{oH4_LhP=ki1pqeagsU|<Fm_3e;=L`wHxMG'
    'Zpfaa#Z{Q>o38bv_toZcKVC)2CE)Mpc0;HhA+%;bybS6Op|RpeP47#C!I2hEW0mZo6(N30*Q1>i9ojICwTd~@7s{h&6>*-f5}(ZS'
    '49_*o8F+@|Q>?QX@sRleE!ZfM&#7UI&rcHv@PaX(AL`|z#r0o_h-Yj2uW85`&}vaE<Cf&D53_2Rv+u#`e;7{D4}tyYj=`v|mF5`$'
    '%g3p)cUD=fzYCK&%zKOv_&v$@eg@<oE4WwIl-!{@$aMf(ZxD=^N_a$Dp1dSU#!CHSRv{Y>LfJ#Vo<ct<XJRj)U-D;Y`0~d{F3ke-'
    'VeG+VKaS*CzYU}QTlBjje0Khv?>)S}X|&rZuRKlWLVF|B*=L^k?#NRY*}JzO9`n5laz6^rXIXmozTo&wTF;)c9_L+tgmh1xj4^hd'
    'HN1M%KM=3JMr1Fry;~Dxp_KblV>&y<s*?1HP!Hu33O(rirT%>U{aP;*UoYb0?j6{R80jOODSIs6s19;XaF5)FxDN~Lo^6=Sx97Cv'
    'XZ{9+dmYXRw45V+iafT%_H~ckw?yPMy=U7XM|MaI>$HK7yWsB^c#`n(eB?T<u=TkY$T{JBy%>>0>*McvWldJtTHFJFZx7D*t3=<o'
    '(73|Zh>scd80>4#X@Yvpk|Hm5l(Tjq=(qe{?l<Tu`rAN>MV=LW5E`a|R>Qv!_I~e6ip<(k&H+vX>0a*h?+I}W`bqnQQ5x{Lf)roi'
    '`yb_{Mgye7Q6i)0zo&jGeJ20;_@&R*V?g#8Vq#rT_G~C--!S+HxxD3d47~t9AT8#cO&qJMNqx@{ALltm7D(|WOFtqht`*WV_}SWJ'
    '<JIW1>}YeGT`02$Fv4&M*>PMxP}~OT{5u}lTRUVf6yxkDjIhn{syjWa<<_L{?yI=xY`LG);`30x<hIT&!?`2bTM{15IXAzj*oFSf'
    '4dTb7@$QffF8M+>z@Lk))x(t>e?CimXQA<7ykrQIcs*sq_(O4!tn-uP&k$@lJUmY}<fqVbcX(d~TGudCe13b1uPKCKDAi}(2e~F_'
    '2$T3WJeT~G`y1z1!~xw0Ta8x9vz{E=bKkR$G<Pa(euRVv5W?@*&YwA=@8^}PfbTd@_V@*N2FwTYWMVMIv(iw*=%ITi4__455v1Ay'
    '35z)mpM~OA7TQa_E`~6|m+O$Y)&nRWPpg#UTF2C93>CYgqr|%&c-G^VTaPpBvaAQqqaG02TkDpy#trkLdk_5ekDQ*Cx{VNigN43G'
    '!yTdnV0;04o%agl^St?c05T3kBM`T+;QsLQ195s1nfdJka^Ch0xo&gB&$Iz?y}79m#F~57W%qNPMar$CzTD9B>k1vw51I6reFsLh'
    'tv<hVh5Ws!yu^LTzfZbU8|bq?+HM@NIKe&)g?+GN^x~dKe*d!I+gLpUs&C^aOb`E0dJc~%w?M}iNY>`J9$w#3;(wvIAIC;~N0EUq'
    'DrYhGzjc&3aXoFQ<N-|!b1@IPzv$vcS)Qex#Wf}F>%&X;*%i1C68`?2Aag7|qOCc{6?QgQ<W5iUYgylSUy!X<nT~7uKR>+wjuIEm'
    'BOZEP*lS;7F;TkL=s1RopSNSAku|<L6ym9m0-vl-nOE?<FZ!K_mA5a+5iLi$&TJvfi>-i+amD)zRNdeAVAN-V_IlZIf4>jY!HJHs'
    '2V&2r5S~`3cR`iizo+EkYQ7PEM&I|?6Q@axc8=siVP2P32Q1}R(KArOfVoM29tyF5uQ}ek#x9y;ruj*<o}iew*<&{S2gLV`Jlz-k'
    '(3TpB63o^=U+!D1FD9n1sinWK6^oVcxxT^Yo;5d?>QHaE{qXM-IUOs@L$zyM)>oJfxuxhx(s|rrIs=azQhS*Gz5<gqXwrQfV6Snr'
    'o|gmVY^sC5?rxfAWGKe^?@FU{e@oDJ=(rmx^f>7|n}Id13;u%8noG}X2ys`**MqX+PhoP6Hv?m_%(uqqJ5a{i3+VCIXD91AeE6N;'
    'V|p^x*XjGaDRLYuN?u4Ka{o|Y+|z7M4Iz)ks()MZ3$BoN@|=}n1T9)dyF>H&&8poJn#=#`d^-HBkZ8mGb(`$@c;8=w%xjcS&M9(W'
    'Q?L&u`%{|BvyLAmUZ@+NBh9<>2=IiI%OgF*GM8_<?@Iaux7W86dDLTL+f;Z)8sktoqdRVVuM)p0yzlzo{?5VY_irD3e%F0=+~>F4'
    '=f3;gaG!1W`LDn3>U+L&@Ok_PF3;Be{pWt=;PcD3$KUg9_xT^X&rSFFO)?Ijuk41qW<kIEDB=cS>?b4>ZosIQ3SYz1#NSzYvX+PH'
    'OL|Zm>53n9UM<6P@lGuKDaHF1OOtgrMe6(8px1hEJ(&BDu9Mt@S+^nRvv-wuXmRHM;^FlJu+?kObqeVh*1t*bss?Puy7K#bkueM{'
    '9;4X{Y4_!<+6-8maLs-1*=@V7B>7wu9SncYTaVIu*@XPHG_R^l{Hyg0KGjlAeorlq-c|gH7CfFh$&EmNI`$&nWqGh$FphT@gHcfm'
    '{7#}zAJSt0N-+ry>rTR!Sav_pyL@4+0ig8S_T;7d=Ccjyain=a4oZ_ypH6A)7;B)l^jUoQ(i|mUx>P^U>&1?fwV?I!m?INgFNuBt'
    'OFm}^H?<ZKUklY%o`!U_lrIw-vBGq?fudWrBhHPQaBf)q2)_DQTwAQ;q3hSru(szQT;ED_<3shbzS^wgkiPacP3<bpMNCsO>sy1x'
    '9M|AuhBbI8VhzxT%W+AiGthd5c9r;a->~kBDcAi=DcAi|8P`3@FMmbwb6RxE7`x9JW3c*4k@lZ+bT6}uW7*LfF04biOTOD-IUjAJ'
    '`&C$uw}i8n1-mit_&e7nwcJKa&l27PSlVY=K1f^Hca=bXxfL_cf{A7257g-gB;TUVblVEy3*?deL?@;;gJvTjhFekmQA(kgY5c)$'
    'iGh+E(GKX=8kSz(xu_vqhvpJn>Oa~nr=|g;+F_I-6&SAx*<g8NL&6J1=gPDLxh4&e`_J?J&d=_BW&dgUUqfMiEcIob6!}p+PY>6i'
    'M`Zf6a+NwTogAf5{vBT@Uw=aEcX{4j)DG+r878gEZbmw#)z5Ze92<z+m0K`bJ6Qo+|7BlpmX`b80KMJ{>HMbS`}6Fw(AmfTcqZ*D'
    '`vDGt|I@B(+WjD5saW@mrOq<6K3MZd>xc0732yvr?z%nW^yhVbO(mC+fB$u~FWBd8Lf>C<^u5k53w<%y`aaRYd2KQ8|5NkicBAe_'
    '`zh=w-=Fn=d9FXt%f7GZ=hO6y`SeAtuftBn^SKRw4o0}LKRX4x*ivJ$ZH$=~9Uo8V@iXAB?a|^-k}rT`Ol?B`xQ;Y_8I#}GWB$!9'
    '`0GwS;pE#Tc3I>bwG}&#C#bBW`TYAZSrgC%9na`dkUN?k$8lRUd8FxU`(VrIr?ra|mkIUa%P@}1r1^>@ob4=rn^^yf1+$xC0sGd6'
    ';wZ-8d}}(jgl|s$#}=Os$J$HFH(IUu8L|dvV1#kwTl3gGVp+?Wcpt@@Ow%`z_YZCbbUzF3Qd2lzk+x@G9JhUzX`4oNaT|u~R8l`X'
    'PNUN<rg4}w;=SiBzFXwSvpM>46CV2qBqlpeTPJz<Z@>Y@yye|#dLdZH@!f~lTM*ylTavXFKP$&;<9xnploLG&_g=hCWEkgxZDnq|'
    'EOx#g!FN`g^Ya0*0xvoJfMNw|`_rQTg>-@=1?}^^_7lZfjq%}d?E5tSHLZvJ8S<S_EpG?|FAHAYRdVi~fl<w}k7t@Gd8H^GX=daJ'
    'U*9E3Hc)-U+CNLv>3s2>!;JY(!yY({cx%YdEz!H<-cbg<$5ol+6xNx|+|NK?>35}^_fLn>u?+G3tR(+iOz#vP??Kti<2`(R8q8-}'
    'q`dLrO;P+)tDjnn`8-c_g@F<y8!Ebz){mO@jtkZB4;5ME%gL11X4}1gKXMPGSsUK(W*=m%XY93>tQEyt!|~(Tn_$CA4vm+Ovk87I'
    'W3BhKm8WpM-+&Q5yvE0tXGwl?e8(jS_x;j%jrS{R3Uu`OK+d}Llx)yHWwIgd+Wo0#|0nN!Hj<uAMQ#q1^RB7b>L@2@F0kbu`i@PI'
    'vAc%>S>HCS%O$ohX)wss;(}uzQmUV5J+dl7UIO=7h5D~*J}YWB?0_FTup+F9=DXTZaw;Udmaoma)AtW^Z5G(t_<EwQLVlQj=+mR`'
    'evz!hs$v^-6`w8NXNX;Xi|7G;B|lBWx!Q#BJYFhaHQ(t*z@O0u9TVS|S50kHT<bU7cay)poPiItK77*nyGktATC+g?E^oki|A@EP'
    '|KD_<cbu+t+?_GET@C?27;_%|@^@HlcBsTiCEVYbesoftwF`0`MV1<fY0&W^lUY>19J+b6g#3vH#Q7d1zU>C~cSVu2C@;=Ie4Uo$'
    '_vsV+=Uw98Oml{yA4&3^-XK0BUmo6)^Chl;+<O)6jeDTue`$3q6-BSqbc>Th+-sltLy$MD>%SlHMNmGF&M&R5Z{M9M)ZbnvYXUId'
    'dzZ??ga%(G=ST(oeM~k%&vQ<mb(gGP8rz)n3qKP(%*Xf)O!l>E8O~^Kr}h*(c{9K-*k}5blPTCoF`4U!FzS)g49E>ipASLqRnY{!'
    'H>kAl%izbr?<vpkdvcFfna*OxzyDCsRr!3o0UrENS%as@o?Re*s|KNMR^PWoPtKEF!Pk8eMs;kbVU#z|^R#{byqNQ*B=A)ua(-F*'
    '5zoP7@8wY6bgS>R3X@pgXIKoZk}?j-c~g5{C{M&^M_GKv?}Ciko0e~U@e|s|qv^)kgm}!}H1+-3@21VKX=6IRULsA!e)jbMc@ajK'
    'gdDrY+5^I;r{5FuBPHBUj$xD4rqD3e=@^D!$6dqs?JIedorqjgOO9wL?=plJ(IBz20kI)?&Z1U7*HHFNY#p4muQXpl!<ZwOrU!$h'
    'H=QMV6Rj&7K)9Egua;{7a-XuZ3SHXDzHSNUyyicOiDMxx-gmt7Ji9RVhq;t>BAaizGYWI|>m+7~b_(KC>>192E;$R(wxRr5&q?+}'
    '4(Ez=R<sqJqYiRC=1q3a^St@G5}({xe6tmh@!iv&EnVeo;kM$ylRrRp(W68MrMf8RFO)@_px270UAvg|()^WWu-9wj{4bMO9QJ@;'
    'VDrbiRg^otP9`?LM4KnCBkh8{?jtrAR?7|M*fPyPej3d|;dXz+v(G}kZLsIrb0F7R@LpLQZ?LQABvtVD^V$X(Kkru_UVj7Relk0d'
    '9q-#x8zN!8T70PY6<TQZC0k&_iL>ZqSut*|Ir+5At_IPIu>W9(oK+~FEIkHG%KuA|=Sv#hAZwq%GK}z4=w+dgul~DaJa6-)gQX4|'
    'b4$;`cpqxZe0@1n*14A$j}}3PH2F^JF7AQjDx$~kIpTZu`9RY2<E4H>tzTeMIY+K}&NE*;Kzf!h&z9#V^dYWZ=Cpe@`rCQG^r4X-'
    'ExpYp`;6ujGy{1A5@reZ%34wMUY=+2=Yma%xK-9?G?Zu1ocpx69g=*N)^C~Eqf0QtFXZ}f*&rh|oiywEV4l+L40QRC;;ZTiG}o{^'
    '`o>%?>c8{FP8J<as1JbK99ADd2)`+>HK4f{X?e3{$ZcyCO#3w_^QTGsIf3>(9=FTRwWgA5D*4;H$~bBPf3Re8BE8PDT;X|lY4ozz'
    'rKP2#uU;)p-c!ie?#uP^op~K{_LU?2IUyP}W=N)16x-M*Q=0|t>sMe@t9{k+>KcsWuOWsGu1THg&zPH6bGCBD?FGvkT781jn)j7B'
    'a81#n>jB+*pzQzcKpu;>kF<Vv)aSCO<oGlcnRm&PJI(W7Hk7zhA8fczp_~P@rI9x@J6c-1J!P$^-n{PiDYajYv)qq)az1D}_i9FY'
    'm)!F<8^@Ya4*L3eE|ERw<HMeT|M+=m!Ht$^6oVtZO8lfZKB9cF#_ris{QFJz_aXZ~edaoQW?Q+Z3jSIrsdg&Qyk%a)f;vwkqh4S-'
    'kHilYA5`NF&7Wf76Af2$-HlK3i)<>nI-81oeo^sb(40aaA4&X}HlI?{4IUWtyrfu>FAtQj`xO_5oYi%way!d9b6=LUzM8EuOKZzx'
    'EVzC&*0Be2U&#i9`?bzF-k|tY9guOWcwd(nA&h5@YoOurYyAOtAUj5u)MKw<%xMY5KOTVI`^JJzZi&J0y}RPxGs}B-Ua|4}#1A>I'
    '$l9L!&g(=+(&TcJ-SdKBuU{5?+XFVfHNnRjqw7(AmgI67MzvHSy(C6Y<+h4NN6dS^oL?6mpU<+6ah>THR(;?ip|u5vjq4i{|7rS0'
    'GR~h5*fwd-s^mR)K(9AzN91pyowNcnCI+WTOUUEmc?tEve%KGhr4|(a<@F+e*U1m-zVYP&_abA05>1y}{A=C#j2L|)dG^;~)KetO'
    'n#a8JO_D>NhBso~CHdYhJQVW|P39$k`^m$9vnun>yK$A=I2WC6nbcdH6wWGXy}E*3iGGF!CkLkGXYkoRS^Wl28~g_J%(eIrmY6R@'
    'llSixB=28=$-1yKJ>|F$JdfN)pS|s~sW=Z_a?g3xc~Gi@2;qWo9Zoy@n&8Krjj>HH6P@-t%f;MtpEVfanOB@H+Y;grrO5cgp5i0Z'
    '>b<Lq?*Q$WXB2u3z>j~q<MF|T>U7V*WN$+$Ru_5>x1-nH9;I?5l-omf)QTrQC+S-kjCs&$<PPR?K0U=;>*SrE7GxZcUvgWws=R|g'
    'o8m%N!H+evtvrL))oZ#aA5R_PuvxS|vQl4&CW#dfNL>QfRd2c9$JPfxKo^<@W)9CQT7VHg!Er{9fibUWPvMm^vtfKS5E`bShIKIn'
    '8N&nLtLcOk1M8%_7csDWIlGqla@u@aOAg9SqN7#VUKuDpsB((D6{*&=shss4;hd889<6g&6VBFzMjw(ok3k?OF|^-&>+qps8(M12'
    'Xr8DwKl4N4qgXQLi4NGk*F1S7RvbHu$)2T7PRs2$N^&}AZpR*3Pwdx+wS<@lj=4CyFzVIDYkp$oYpm=I<>OSq-@l8WSG$V-Q8(mt'
    'VVnf_35|Q8&wiKv9?!>HFkY+DV86dd>Mx|eDpwqzzX78jrZKg?zM5THZz0w4N`39=_iF4pJ0SOMZNqr|%zp}_`k6fEQ(@2KHOoD)'
    ';Tgr&C)1uUQqA+064xm*9`#Y{J>%n9Nk(ct6?rd8s&7y%x+<|VQ7`dfK^1{@%w=e($E4P4RKr87Dt5evhZc)dMQfL|x_Ik)U~Os}'
    'MmU?bfL(Cd^bP3>Qk@FY>$Lkh@ryp^&WvLMy<+EK@jLnE6vF1=_WHE@q1BZ4aGRK8^d2R430@n7&Qzze?)O;i%n&xnf?K~tU-&#b'
    '3wK}=|08q`?1Q})m12=lx!ho91V2N1Q$7=a)A^L7x?fr^Ea??3Wlp$OcilUhFzOF)eMgnOi`F1(XCoa$8*FvQ*NGn=$NNc_Ls7)@'
    '>DY%6&)Q@6ZYcb-Bjn0x^!C-6pC)_fx7j;8?AiPsyD4ac_Up?q{l0|fS==CmTeIZk$qkTe-s?H)f$J{c9N%qu-YSeR{w@<<v+D1?'
    'lr*9Jc$Oai=NBJ=wdB2xsO)KY_?yPSEjeki=Z4hd=%18EG}ZRvra~K<pU8C@{2r&rS&(tHx@-)8D(q>_PuMfzs<LN#Ih}K%`Ei;y'
    'N(V6yP9w{DS!JALgN5$xvH7Io>Cha8V8_R(<RmxeOL1!~jcGGt{F02wO4n)giWTFnlX6Y|;NkV1i1Q(a{*Nl%e>4TUf9~P+*_3qG'
    'c-!K~n??Th>7o~09@R8-&{@^zB;7xYkN7UhQv)GSjgAp>d_oxTG*(iD5f&rn;>BWu<rQzII?Z|kxhDzlehjkrBe@Ebc<)*ql;$La'
    'VnuBwzpE3-Nx-=1s@sDY@3F?jV%9pe-f7}hY4P8R&awF<iFIoAsi9mdeAY_^=FY6;kUPV9O6%<>^+GHYeyR}vbrZ&W+xxJb@#mud'
    'S@EiUI209-ahO7RglTb{8-j0F%R|~AwEX}^J&6zp67gm+-b1la^P+1Ak5R*pOp||ZiNmC&N1pMo!=jJodp}Kdh-Zo1#eeUX&xrG&'
    'z1j|AJ_(QieHhiK%mPi9-22v)7!!{*@!a_~jQ73z4ovpq_Vvt(q21?Qd_4w#Uc>m!f>S5qoW%CM%46+)_6+U~>hIoAe5D@*Y`z-E'
    'xbAt@$R>07?;c*SJ_2Kve5ilh?IDi4&++$txjML}yKe0?yxF4bm6I|2(!=W;kgeB2T3_|7^h(H!52bxthEc!uOEAKX<(RM`-LstI'
    'na=y3X4U=D*hP8ah<<VkHrDf=oK#CbX;JnM=BcbX8qhoy4R6@O6H=baT_H~;P5<#&KFLb=mq72eto4!!J@agi{L9z$8D}G$V%LU~'
    'K`oL`%zF`4-Q4yv%88+}Ps&D}Ou{|D`F+jJ?;5-K{Ltn>dx-XA;XRVdkiIt)x4W8=c}98WYUjOP+-~4Hr^e^Lo=Fm(`m}mPW$B?n'
    'eauH;RDXikrW+si1z``;&^m0g`Dwlt+IuwAcV?6L05JEB=e%OB>^{la+#=)el5=2_JcH^RJ7nHi7lyrU@ZGxw@NXV<4V#MX)G*qm'
    'btNZvU$O1Bly%j7rJKq)G`(v_;Uj)N^8Pt|-n%ea|8>fprI=qS@fYS+mvg2+&nw0F$wiQBtY|%)50l5&#}#86v_6*m`DrXe)7_<>'
    '51VdIRT$L`HekH3leK=*N@MPCA1Ja|>v3eMlRWR{JI}67;wR@Z8J~<S8Rm1}5OdLF=SlZ7j`N7SP}WKB?ZJ32$_k+$82xR1fp$0+'
    'jCbZamQc@B-}rd1HClJcby2C81jo6dHRKYG`E?TG-6ZD^@=4jq?>!~{(Pg&8O-2_D+lkBao>9k%tuGh^;xE*;d0LVC`w-Ws%u-uT'
    'bLJ%5jmr;f&(<{K(0rLMyWD|<Ha`Tp4ywcaF+A6MU-+Kn|FPuaXg(&*hs104+DiUP4JK>Bmfi2@UQcLo#^nYhf8S92T^(co2dz;r'
    'vvGEqZ;)a^wh13x2ff!W$GOa!$C|w3j~`zD#<RZDu5}3U!nzwb&C7}5<5lqEJ}rWr&sI~O-D12Vt))~i(eUJXS$)y>L9Xl2_EuH#'
    '`&J@z&tqyuV`a=oVb4i^DfDBXA%3YXw>GE)Q{1LH$=m9r^kGYVwY2l5rkv$X(0l1neTZWHbG-8w$UPq<oxp<guH^zCJuz>kPky%z'
    '<2~i5uWLyBR+=t;BqQB<?nz(y-ZuFA&S`$4q2RyazU~F)>qgpWF_KVUHjcR@+4Bv>R^d8k-{XJd{_JWXzo(|?=oG`Prug5x0?$f1'
    'y(PYI%#HoBkbiOPXi3e#__%@g(w^r1U9`IAkdLMUew?Yi^4k80=*CUO58F`ugqnXeuRPNKg!qW^oOh99ZoB+fi5Gl1uXM~Bef!|Y'
    'p6e-d-w))P^o3jw#Lj*vL(I>I7r<+@wO)y32;&!L$urh$Ig}ZREcgo3zhbZ_I4(*TCUf>fI;fT_G7!cUgVB*^|6VEA<gehM*4dhu'
    '&-3#)VY0?rs!bRK?9?s6rsDQ(GTwjr@OtYIX;$Ri5?T5S3J(q-T@8)4Hr5)RnqUK4>9(Ik{*I+4km3XU+{5b&kiI{7k#=Hik8PjK'
    '3i*LF9^<m~s<RPJvy1Dzh?hg_Vs_m7@8^&soL6sSdj5BmSSgLwe#*`NGQ0Tv+wOS-4?QFdTZ(ambww>0uL<bE^#57t9r6iV*TaId'
    '>+^$ay;8M0gPx!(EE2!(A7s!KB%g}p8*Ui<UVNWU+YhGsn7K@8D1X=dp&jA<()}Ab%0{0rlh-d!6W<}!3+bARnVcZwlh&S|JNtpW'
    '){5a=;@E+A1G+Z$PMw1h#>|ub^Z4u^>;v$U`_9P>YiwO34HM{ra378-RCj&R@#tqh!aSPLDCrIKMZpHmnn#~U9)3mHM;dMm-wzzy'
    'Y9Hb;%R;j52_GHM;e8m@{8%swT8bY)i}&>e8l;JxCu2=;6rY_jp8A5bFP>%BmXHf7*%Ukm!*io(ZF`x-$yzYN)7&Js2-bEsU^f0q'
    'c8HeSYPB~)F`!T$Sg3zjMakXj1fI)%$U8y|>J0gLjl>Qy=e9!ZNDG#`lv7$!?5ZBjMh(S|a*wtyJ4)Q-Fls1#>r^9uuQ~sdC5QP)'
    '4(n;fPR%ku{JBSDQWkj-J3s#Wp1?1>U&orW9kE}>mgCJ$_j6gvH<jXAo9y?vk9aOkA7rdu-cvk}_$&9>`0~|}Ht)H$e}-KWZD{^~'
    'mH5Euc{PAh{Xoa<V|w24Gp+BQi?suJ=JcoKMc*3xVxLvT2d14#T0Btd2``<Ap|j1$d$|5Dx%FRV*OnVc7sfHW5d&qQ<mmAJhDEGT'
    'N66ik_Rlb|KeF^wl;V@C%zn`DgSEUmtv5lIKHpph&O6yoWnc$J{hP`W^zRFFjnO5f9I9QiW_;|+PKM9Q*g1dol(Vd+=)RJVoX`1`'
    '%j+(3&d;(rYr1fn`rJ@W4c9HLwY3&JBVH%Xzq75pi}IkP4^n<i{Le+L&3W=J^m8xJys2ONNg}%8uMR>TqCOcD<FU{*gq0=HpiR#A'
    '2D4c^ZXIYnM{F)46nxI~!QV5^$Jdh0*kSxPRL-+3`Hgrk;kxj1DYmanTk+lODn6F&NdH&`!kC%b+2)IDOT0*9yArnBG<heFz4*49'
    '{{?oXo&PJuhtwnbd<8~z&8Wx2jPA)SbX|5d@YQ+kD}JI)&zTsi8RzRo`{-n)Pt&7ol-<wghz+|aj7O5=n2VnU%g{1@tE~0aq4By2'
    'jbE_W;Ax1fUDNXTcN9CE>V=`2*<}4*CHW<3{V$XkUR821Vtgy}?yNZqqn_qXa-L!S_M(y({D%9yjXr;vtR3wNd(aot!LiIaz0#5&'
    'Xc-HQDGUO!0IV-S-4N>wu+ICAdyj8@a9nrDxUk>sIXAvH6dK@rt#glg2d?>X7}cCop9Uy?Vtm(|%De8k{AP^HCB2tF3EA-leV89L'
    'foG*U-gY40d7$`^`1iE_uOXgBTF*IJS=ZG{>tBWg?6#~pbiR1sVddUvIof%|x3@sAAC=aV?w#X8ZX52MWo7TY#nzMeX+})kMUZQZ'
    'df@K?t;rFz&8>WA87I~rVT{_^cO;aH8>0J3!9R<1Ul-`k<>Bij&ydeco9iv&+o&r3d|tcZ!(rgHTh@AzvhmqIemLo9b=k-ddC)J3'
    'Q(OT#*IVktmRH{+o@-#qGmpX7Oj|$u38&{=VpkK!dm0Q#T&4-*xH6%BofP}Y8qX{RVmE1HI$BR{U)|O~Im`QzewGlHhlb-66NA;_'
    'Ft|3jK4^baJi39qDrB8@7!TxWi_cPBBDI^)-?_r<rX3c$>_+5NNb}wa!~wgW*fqr})i9bn5bhtrecO4}+iAX}CXClUVC=R*;<p@A'
    'j{1<W2E7lH{SrC_`;tn^I<^D3KD_pk$5E{~<pbsWy!T0{$3jQ&CEa%Gb(URpy|^r=JpqO=S-;Xz^2&<x?P==~lCK)(xfN5r6Or4+'
    '<;)_97tVvN7l`FN%&Ygty3@C497yUv$g#gH*qb~LEDa9llJh^UD08&L^0ANTigD}`jx5LY)9Rizdk*<w)$O}k<p&yD&BF)6&!4nB'
    'K>ei}f6|`jca6T%HqnFeoVrJH+0x3Ux-uW0YgiHDG+J+R9Pb9vuVZ?#NaNgy$a%DmuTRDo6O)z3XT?sC;uNbaPC>^vbaO{c=Nhql'
    '+JU%y$bRw7W60>vF^_9TzoM2$sP*F77V=WGysw%-(_8N6OU}QDcuZ+%+IK#{KH=Y;4D?RRQ+ciheeS*zn`#I-o%DR{EBZ%Ii5*IP'
    '^fWozQT9zu_`dJ_It?R?Dk?(<#8zrE+cWJt4HWyR?Xeqa49OCoT5|MX@|@>dJ+aUKb<168ddpHDW*hui8rFWEn(vwC3C7fG`RWm~'
    ')Y@3<iFh1gsL+h|f3`lmqWJN&x{R|VKCkVGMge;Ob)l1l52+uuN8;_gH~NyI18gb&8szz>-8qm(=Ec5?@2_+0XRdqPhw+{bb)ycQ'
    'woZkf#cPbtS^5sFrpTq_G+K0HniU$+zN9tKdnTm8+QM_|4w3)dPTv&fu;ljjnxYHwwb@n9W~sht7&ucx81fqLpK{-urFC7)AwMT8'
    'ZvHu<_s<&NuPZ+4zT(^CJq~VyTqE}e*;CejTQRj%OHS5bVBZP(GGpJNVL+a8YsoPnp(?K&?ZKI4&9e9^lHcFR;A@il5Ac0+Kk!^%'
    '?ZA?Y3tm!k+scZa#N#bxqc7}P7n8Nf#60seefl}_)toysta|!=K_3s@t6{{|*{4;P59Ks`9}ciA)AUxPIxp(zdxxZFBWA@5Fqs=}'
    '#jG2`B<>!cixu|{`5Ezf(%c`D>%Ia0`Y(;gwLJIGIfyyBJBHltQovVpBqtf1M*qD`@|2%(`ow}^{!Q@r3Mmz&A4op+B5jHgmO)?9'
    '!F_S&Q1A5+?PGfimW;p4V{NkZ9n@;(E%XTCa+C_xS*1SN5;g^%rz=h-&AEKhX`ZLk%pXm7`F9^)fA<jHJuMv~&;H1Fh4XgK?TfVM'
    'CO-$amGg9${C>&Z|4fQ|v+4^+K+iYDJ#@m!XKv@5S_Re4xf?h;(qOfu?GaoAu1fOr=V4SwqvbBO1J7?N_m!3LZUk(VI^m}!kTD&6'
    '=R1!%_;PG5xHBk&PmuNeqEQZMx<=NVcgk03ahEAyWtByouYS$t82fOO+n(o#XxmZb2cN@63b|4zc`;`geJjElY2gFv=gBJ{*|!E<'
    '{$Y*yM6Zw4W2*eS>5+eV^!?RpbJEJlEg~c7Gkm>9wLJG<%t2;<7DhcUvdC;pFI#PFTJCR5KbE58De`2(YoCjhr_<8W@~BNpE1P$T'
    'Y^Kjh!_V~`&Wf+QyyQIeR!$opYu3i5#p$#54>>IPTy^{47Q3jgWFJP@056h!ud@4HA13j<C<cC?<Opg00QApj*!vatF3e%ZTIb}R'
    '2aq0TDs3G~DdRJI`JMcn(|XUosK|EBZy&-58wBD6n!m{EM+u#~p_l;gNi<MmlDyy20|?`GS@U_UePLe=<j)Kv&IX@<WfQ{q<W{}2'
    't;opO7(<?CmlZE&2y*YGPDI|(1JJQ$@O)bna!$F-D#K*WL~Nar&(9g!H=0h?R$|XRC2uGuzns^hYPB4p{JW-*w<w)kn47ik&P|$|'
    'rJW&p(Kmz@R}tpE%JKyAlx0{~ydKC+=XjRwK&-zm<ezFaZQPeUFzVzn=Zw_r<rSyDtg$PkOO&0SiGSOLQJvI~=q!2n>B-~#D}x=k'
    '&Kk$3@g0hhOXE8sddB46SaqX3=@pyPleM1cD%k6Zd^z4}>vDYgQ<qr&6s|4p?PWc$d~4M4<X2M}`YstO#b@%>{v~sKoqX5Vi*m`G'
    '{|gYtXIXMF<^|>5J@#Gdo6yGFRPMz!TFt3e;364!-*a|wd=OqkDfO7v<aSGmBhvK<)oR^?5%%1+Vk27R>pk$}d|K?45WeL$(eDP#'
    '{^j*BKZX(RHRfw$eLmW-1CmcZ4Lm(ck4_*LSJNA{I+-7Xj8olXe9808dPW_B=7OxU9Q_mS;_DOY6K|nMhsmskK>TeW=znVpE&Boe'
    's>fuzl(WfmF}DMHdsBIrc77nOm)u!0O<MChxO)oyB${7f@~;x`t8Xj%R7HqKa!j9H=CgUPbntn+G|ux6l=(}xR9jguZJqZOJy5fy'
    't~(jG!Y<U~wqex6a-aD0P*3i{cs*c;{4EcEn{>wTm`6*AOY{}}s|)^Gz>aVqw>?+f8lmm!qgP1BO*6mbozE#}UEdgAvG!y4ot2zl'
    '^Q5^ieuMP4`rCP2L8>!LX!@3rhhnY0v-<tB_MwjT$)T=%+n7@u`c5~ed3GQ@mYZh#)1FxrXS_-B?y~f);Qe{B$gwu~vBH}H|4JG1'
    '>tRuL^ju_@M9(}hVoDk4lLv;&X%e$UxpGXHZ|pjTuq*PM!x=IM>~&1fB3grQ@yEo**Qwl`1G)Zgo&2o=llaPW!aT7CeNM<bknB)N'
    'ANTnVP&b@sx^I=8YrjEk<hpXk@_PnE&kyx|+EV<%c=lBUpMdr(o<E0qKVKzt=qvt&DtqtGz$8v(MX^bEoL~r(wPdI#zXJZg&8OKK'
    '-eT*-$Bh_hXUKQB%s^hFSkh9DtxztfhOvdRuLk3|2)^F$s26J3i!r(2F}~E;Je@Rs*d;wY23ry7eF{c(9#<Ugj}m%sdSn-^3HIfy'
    'Xt65liyJ6@3a+oxK4FL#y1;C)rtr)qvL___ydwDPEU|sfU#I00^aAp9m#tM5CTmZs3XOIRv4_jVzkvI70VaFI^qEe#4Sp;wZNFH0'
    'vh)Lb**3@+TMGu6&Fi6keoILnU35P`=j7-~mviOosY845rO{hsd)G)k?0oWnQP`)_IaxQxz<Y}PYA7+Gb|99-&;DJHkJF-8<2rTO'
    'nSnZ6ECyKY`gH^Heh`r-%Ju3scP>-Cn$9<NoL0TM3VuB8P`=X+$e1Ubhc;jwKkF!raI^5jIn&-dHDW8Z**a4k)UxBRCdqp%A`ZZ5'
    'uJzO@sy@SaHgcXi>CR=&Q@e^xljgU}&bccr_PCNFAA!d7sGce1^zpc#4@1^hi-}nFr-{AMg2^5NR}6HJWMx;$QK=Z#H<@G7L;gmj'
    'o;d9>YQ9C<i~D)ddy)BSKe|e8S_RV8nJhUQ<Q9zAR&q?SP%iUfj9crSc*@yO*k3}*3)bY8CEpbDD(IP!hfT8ze(di}Wnb?IG<eqW'
    'Sdlb{>1S%qtEnlz#;!4@5UNwR_R>j%A#j@T->c+23FRDwXdbdPeRwd*I(?p<Me~6?m5&QHW<~k#ZP0NLIgT5@mtwqB*gAKWxMUCf'
    'J(4=$?`ticmFrISP#Ud+A3L@e$Xk$NYuq+#d(I^(k7ohoTGJNu6(;NbvxZzLA79O-$m6+2{ClzZ>e@4D9@GZddPLL>emAW*y(A|q'
    'jvukNLxtqrlv#d46~^mW5a+f-d<!+Af9KuHJdLhyt+ANq9xW>V%yqJL67Nl0lOXj+x5R8Mx|S8IsA~A`KE&5}?Fhc1Ww%$*Hze(u'
    '4H)%A3E?zze_9MrTJY<Nz{H_>S6Q(OK1uAuw73GVfR4?Ur>@0ivWC6c1Y6xK^3*dfxA{@wsX2iL7G1H3-Ugb^df5GGC0y-2@b`vW'
    '^Xvsp{@)MeqG|oitUShR6KHJ*je%E53@*0bqjX4Tx)uL3BvU$`{J@x+|CoA`6{l}vY{$BuwD!0cDMzM7Z%aH)%8$VKyi{w@QTE(Q'
    '23f}U+LqgEudz#78@fMueF*KNhWFxr!<=B63yJmP_mmh%8AiBheHir$+a&t>br<)#<NRT7xzE>}&oRrtwE10m%ZV6Xjp=J3;c#g6'
    'd=*7TSZwG#aYxePD&zgv-6!VD-XZxVv`;Pm|26k{1IDrbP$yl35!Ro!Ut)Wp<e?9x=}{8vAN2V&xXtz!$*0X?vq^RBQoT2?v)>T%'
    'b2XoM+M4@W>~CEI8C$lc<P(SL?5hfW^R%U<x_k7~&a)iNtbSUF=Oy3ls*=~yQ}#e3!WSm>{?IVAkOrp;rhyc1Tn)tNXpBBoH^;|('
    'OUa+R%lvYOQLCNyOuiMFYj-!`ODm$z`y9!&IuD~-U>{CzIVbvrVjw(Tx8;dzNIuC1$oLDAKC%<=z1J0*t<4zCV$N^6$En?KsgLKf'
    'Efyn0t4UvW@uf$Rriej8zpLq6UGUd)_mr_pv1hFppszQC#?xyvC<kKjZ7)Ev{WKEZd^*x+oAsT1uVB8<NwWW_{K9;nYlk3HLUB%7'
    'A85gZNP|hhZ4aaq_5dlOUq%tQx*Ru_+bxuybX<~NO?CAT*fTpqevgmuP6>S1pK-pU`!)@xMxOk5>M`cW=Uq(58ne{;LvAW|W?J4o'
    'PyElAcRp`8-`Y9a1EC&JZ5E@<+7szH81=}iDE_l@<XP4V<Y$IrhbTjq$vi3DP=@5yS1Xh&mPThv=Jf?QzzR;=t3IuMvzF8NDUN@Z'
    'e)6H5onvHwU>@yz1<AZTa3<@J4R6=i=ZfO*ZV;bYh570<pPkerq$oW9r>9I0JfE$;S57laE;7}NtbB`c%30-C-+7F4dENQo&ao?W'
    '_T`C{kVjlBkMrQL@D!4t&p3S@>%J_yM}@>d%PDD_mu?c$BhvPwNz=cIV<m?47wa>%z7<#pGSQ#(s=O-6{9eeJ_F478ZJ7OjrSC!h'
    'Jw&Z}OjKV!te&!#I;5ANxSpSR^{V`j;qmEB+JI55Rgrx_8)U9odp<0=c>Ckl^Oo<AGRQU6p|kY^x0aYASSc_L7?PzHe^P8-B%d$#'
    '=6C?bU}4R&&ga9wJ#5|Zq?7UUPQIgF-X=Vew@;*~v-`_1y<X$5lXqG5gf#K=SUuCKYiQ^EJUQndm-BN2X0NyRXENNMM~_mhqdW|~'
    'K=aA22tL`~BP4&mO2(K6c772y*o(w2%xjF=*sNpn;i^7vvZzkxa#%f`^Rls$+~ijeVJ_MnV#dyS?j@(!uCj~kwRQJ1)*MKED)Q3p'
    ')9Rx<HpBIhJo6qx{pUITD4p<UthMPCL=SC#8n%5$$Wyf1c{rz=ZXGHl=e`4RJrznB=Xnz*@h^QjhiyRyA0z(Ks~Kc4*I#Zj`@8~^'
    'HN+Br%kMbdh4;F&#{0FgTk4uocf<G1TKzZ1g%{Y^cG&wiU{pi=@f_yCeJ(pjpHCirMS0$al-Ci;%{t@w`?Z|-`@H)ez7O#`{yH{s'
    ';IjXLZ{Mfc8~<Vk_Qrn+2X*CX=;*^1DQds`#z$xmB>5trh2k(D9v7K#%=ud$2bu8MBZn^&o;z|7+e$Nr<agiAaV*KAKT7iH|0sQQ'
    '<kRn!?7GWumqt2dp6ghYZ2T#Pe(B)<(;hSDt^3N}c<13gf2$x~4&jDfh@dOyBTLVgue#jeS-?g@?46f9zKjs9H^A2SCNI3q<mZ3<'
    '@Oq!jM_SXHL>{J<S99*!Mak4lMt;k(zLah?mse8M`yLhfjxmQ5&hC<Yv)o@-WBj(D<eKvFmB@Rt`1>|sgu_>7{wvzAcEgRm1@<1H'
    'dHJ`vpS=ZPd}v>8x&>E3>z~T$NBi<&e}uf|t@U%Gy%0EN*l8D6;Fw`_t$QTrG1RN5WEi)$PCX@;G1UJ#274so{kLI+7ZB>7cT@Oo'
    'Q+Pl2m0kfqCi?*Vy`gChFUS3?c=%Y_)4%L^@&>!CYuq7w8|(cs7X`6}B#a;_Pu7Q1gt$Xp7~v7+m9LU_{!5X(?ZaH=u|l5L(1mpP'
    'J(fJ;EI39QE<CNDmSoZyMJ8$eOv^c~TTBm3NhYP;_iw?d4wqx(bL@Pcqq7rub{Qu7p7H)K1CX(*drZbr>}5XJI{53P&p3HB$1b|Q'
    'yD-8AZe&<T-#mC9E9`NEeXMXidxrPzfxqYU4&$307{_fv>|A<pTe!#9x4R5_PoLGCa~t{s{SZIzFz83Ie+Gf``574Dwrjcpt;6Fo'
    'VFTnIJlgv-OpP_C!*fiBJ(B-91Ra;G#6C5;hUhp=9$a@eCVht{E7Rh|Q-068Cr<y#I(lhKYhkm{nD?j2!V5+5K`2M-67e}CboqJa'
    '4+!NAQa{E}i6=EO`jo6W|I%|FfQ$t|^CG#gg4dWzHK(tVJculH2^QP}?vvs8g*<<)Cp=H$gH;&y!&-A=Ji%<Mrh9JLsM|D@Jf;fx'
    'aiV>BJWI~!W5v$ldE&f(0k>N;-19}@yxtdV7>Tymoqn;xt{sw7R3)}$-|-XX8BwfT-iJAFd$3`Yw|$nI#N~~K-|FiH%`rAGXP)|`'
    '5CfQF_*$?~OP=|*4L%s@+?r$O)`u`zpL$6-19?3NuW`_NKD8CQh5BGZH6?YU&UfC8pXv&H4eo)xt~iGF_rO*g+yEWVr>?9Y$Np<7'
    'zN##1!fCngp2KOWVN$1|Wekq7)Egs>AHZj`(OwC$y)kHiVrwr9sW(DJ@qJ9Ar!KDj6{jaW&TH@M@m%rj(Y!Fd>uhbfFHn-RJ{x}E'
    '8FLz1ah^EiZ2QMu9^~1RhW0)1>1eT7h`1(~oqjn>Yw`ja>l}<~2=l<P<#Y@6{L}i(&Wfy;dW%SV+}EQnPv4`o=P%6=f6Zlx+flx$'
    'Dn9jnWvyZ{Ue4wix8l8q(&ENwGUU<>p7kq?)-8o+H<kTC_eE^IdOzb{q&#ZHKu38cVHehwxOm%Rn_7Bm-v@ucQ7bk8=cgB)ojpr3'
    'V;=l{#AvO1O|g|idO=k=vk#+pa2IU-Cqw;eDoQ+4^4FKinQ<P*Yt?+~kC+{G;y236FBID+$9FCq7Ty<)m1XVUDEazI?j7d@U!S&S'
    'HRA6Zkld?wiadd$*ED1kRFw76?C)wIc7KMPJ#Po{Rq6AZ;K$0iO3v%cFv4lGuGNsNS9!+P#D^72eeRa?i0kLExYhK%YbkXIpZ=!F'
    '*qWkOXnXgT^V6SUSBM`rV7zX)45Pl#v^R9q-Iw>jJorcJDHQUdX#Jd<<b9UD+dlekx!?6+yw5iJp)rTI4&yxnn`CWho*zEzu>R$-'
    'UU}I567Hbp&uJ=rqUlo=L7#cwt^f1v3avliOD&RX#rGl2{Tw(t(fsZn$^UGUoMy^5v-U3!ehKZ{mU0G%<b|d$bDK`fQP0!I@`mHD'
    'b#{gLYnRCH7LzfQX9n(PDo<v8-FFqa-U`SIZGE^cEXe_`UnRQLPagiW=vTB3BevgnOuW}hN3Ev9*TeTb$uUgkz36nG#2&c)@OlSE'
    'ech-I%h#;o$r-Zr<@V)4OZ(>xjQ1m>d9K=e6~Vufe%}}9)b-?oQTt*G^nS`qE@x{g;1e1Oc3^VPMRIRnk!2l_@v;_(ABAJP><99-'
    'jyN8hV|iOe<sc<v`Tf#CE@V-4gULI7t8`%N(b}>!&*_&&xOmgVv`XInjnV;M`1%ZNk+E6pKeyO>?v@Vx3{qYl*5@OR)}O*;&snK<'
    '_=VD_W>f1Q(Tf;+gRRSAX;d#;H}b2s=9SZW5WzP+#_NCL<Tc+{QoW^b58Y$W{oi2J2ZGbLr|@gX-SgkWXl=5LX%pmH*Z<t<<3-An'
    'O|aE2C*%1|vIbRwU(@cJ7NMi1PcyH{?SPEc@$Hh^|1jCR>NCd<KL6(BNxFT?{p~jme@ou;+OdPrFS^e=?(>uG^X+3JY+LNN^=a}q'
    '-?)<Re93+H6URn%ICxI|==Q<qkKO0LyFK#vV_g2f`kjN%|M&gT*@%Dpf7svV$=`nTmGQsvvoBV^--J=URhj7T9VZ{V<ZqkqZxy$f'
    '>R_*Nou+=jspNT=75%&u$a~F_*M_x63+&n<HaGQaZxA2Y5aMwHCH<@)(6u%Me-zgNdAw~ECVQ9Se6Utx;NH2V*c{ez?<g@v>bsQk'
    'Oew#t=8)@9Q~bf9It6N{b2=tA$~A?KeG=c;OcA$iD*L6W#Iun$HyCXy5Z~V=Ykv-jer+MnwP3J06FGT@e7COf6Y3u?!Khv{txbGW'
    'iK|hcJkPtY8sckI=2QEY_A{sF!8H;e#k!ki1D|0H!+jX9&#gl~aki{{nw2ltUCx8V=Xvs}HFv|x#~&+@H!nx*krj_k--b9WgY)D}'
    '!M;!PFy1R;!2HiKJ-U4TB|<rxJg4KV;@jhA=unCGQXez#(cD(f=UD#kKzxl2#dgL$jyMoKa;CT0I)pGCLg&7=P8x1=-RR%iQFJtI'
    'oh8hI^F%h>V0?-AHv<wQX=UI`jz2R{eEcmXckSt%WLcxYGx!t4j^X>@P7ded^99Pr#R%Dm`%d!x-DN&n^m)hTmiqj^=sP(Rh(}WF'
    'q|ozdeo0H=iH6}hTqeB^qZ+DbV7y;uXpdFg*y|+zg!&APlQc;Td>VFYmc2Z!y_+`2)VkM~J$s${GiXjC<q!02BcFWLon0@m%gQH1'
    '66@yq4>e-1Hi<1>CiW}F!?#)djpN}L9q*ha{u~DQM$3<=1#*Nn{YT4H!ryNP;*p_V0yHkW45J?QiOzT2UC3|!Ku()P?>^Xil2<)G'
    'h@xnZwJFEhxp&;{J4tqb$^Gp)c1bj%w&sxS%`*8e=Bx~ee%WU^g*!|it+O1n9!%DL7xk|M_PTN_Pxx%&VPH>|mFM!Dm4TxF_5(SS'
    'I|2Q=9>|&NfnL*&^8TbdXO6gQ2gdP+===A;kGCt;LvVj@Rmq9mhH%dpj42^@9>pDK5IZVuJ{_g)i(v12C-F$vlXq5i^Si~a*!h)7'
    '-ftO3{ec?9pTx1<+AxkK*l~7P^1BDhJLs9-Avs6M-#?tvnOZ97oGx;`B^;n3_<JEW6hDLyH&3#;xoqmdc%1`&??L1|v@@}z_-gR}'
    '4`C9Y5YKzWCq%qU)B}4&XWWALymkqfk?S=*<;>nv^argrTRK}-8I6a57#Gs;kA>I;_N>F$MVr`U6&E+IK^PCmM;mTy?<#r>_s?|{'
    '+lkLxi-~dkY<jO&H{D@+DDQDvQQpDzs<)jizQ8UCdzI$$avWCV(*}{V9m2EQ<afIe*RLx^CYIRGG1#P9?raFNl<%De#Pyi8^sA*c'
    '5hb@T)?ri=A*~nnQy|v%P_aF^eVO+;6|)YS?}69)4I^zjpKV5KD2E`|JyBmmsCGreLAPKU^SzWuKR?J}U9#?jn7)8$6Qds-ZDQ2l'
    'LKxzbPN3m{TQR(!Bj4?@xptX<_`Hzs+7M(o_xCo~J*_~Tg<?paW9K90$nO%q*-mjj@?7&>MP6=0x*AfcKF(T0=ED^U^_UFND6f5&'
    'm6ox4$0vJy^QGr|kJwHF7PHUm+|Gk8+L_%`?1q6S-XH40fb_fX^r`PZyx~Vg2W=bYF3tNsvrm#||1<|r(M_pN@C`TK7unTT><7e-'
    '<mU^m*P=Z+TI@Nr&X3|GHrTspZW;1UBPZQ2Pg~iiGg|B-2~#t4_G$H6T5pk7U_4qqp@tXP2+T{%&uc5O%(l^gMfr~Ucj(^`zc93B'
    'N8EcPIjgOMX0K}Z-4o7}^W^6>CLfx_m((V5LBoA02|VZ<&jUqgYr`at!yJiG<NAHCH2%Foz>ehOKwQ16FseVV7-EMU=YiYIRYiyI'
    '2{yQ-2Vs5J3HN`*kVl)d>^YM|_;Yp8aT7QOMo*FJ8eS{f7PR(=W2E!~bEZ8J(#$y~*7|%zZo-8Eb0j3}nV6ggPQw)!<ITc1G?!Jv'
    'bl~*r!Z<DwrI*%gUc*7*`(+>eIB{C+PP#u-Uo2tr(^#Q|5m*-ZUa}AP*rmL<EVatm&tU=l7<ae_X-;jL+zH=4ULa>@+I_rYuw^A2'
    'pgls174Ty@`7lkmJsYB@ghRK;cxfx3!%#VV33S{+DTZB9^f{kT1baST0lB7I!fK1D!4JLrMY3n4eTnP1sC;J#a{a3huUgZaLOgxa'
    '$%ZUEJtxFrlXrfStU-w1%izbk*;4eWO@(itA-YU#jRK#CRClcPiI8w2H908R7JPs5TI@c^`TxFLI~vzIO5#~GuGJy2)EdZ`O=<iF'
    '9kAig`D7N3{}ng>HFojwBL>(mjQ5|DFcP-h|Fs;EtbGDPbl^IxhGkGT=zo%~)$!z5eAdzP3cDyheR(!C{*G869YS~X{|?CWx+E{J'
    'L3|f&u+<M15ofpXZQ9%yEk4~+;)T25&vDm!A9NMnssZ6VU5j6>Lwr$E?nl=B5R=z{<Gt<1dzM{vywqn#d(PECu5;3Ih>P%V`RJkP'
    '^IE^VI>gmU#puMeeid!8OE9WmrSwMsBgzEKvrU7m>7$QkOSTkUj^k&p3umPji$tRTz7R8s>7|J@e%JBz)9j)&*09?KgwE*atuWti'
    'ALM!-URzbq$ls*`&dgZswSi(|#OjoNh^sRS)s@vDToX>$oA;JRzkUZMdoO08uT@8vY*UVjv<%~zNWS?LF<vRYDfyUJjryqtA6cri'
    'MPJCWLIYYC&(EWfZW_DqVrV%~_Dbk{@#&qR++3esO=A~WA9{wxE+}pHU=qKO#?GLCeX|EPtUk%^vtW45rSKV?gHi35MaPP**|Ny5'
    '9?|tHP9Dd`t1UWuPtkcR>>TjLman<_EVGNxhsNF;f}N9Q@22IyP%Pcj*T-rzTIka!x<`-Mf)qz|i|8Ol(x<PS_q~9vrTMG3Jo=k2'
    'mxa=&OMETJKUg=mk%4C{bm%H)9p@8X6SV<)&xKR&|1`ge&UZ-8xpGeP7%FEJkC}yhXw<J-SL}QVqurP9b;_Mlvq+DS&;N%x#3}j('
    '#DTt(L+s<rImCxPLE?Zh{Z%Zqe}V8~HxQfdFka+meF*nIluyZdJJF|)xzE!uiT4RC#*>9#Ewp-*#21DEo4X9QTyLvhMf<gco@vp$'
    'eAuN(?>WaG6uXhqHiRvRc$5_9kM=?y8lJ)NFMk$B7>Kd=(|6PPTxT?-xSSkY6Ys-yc@{=ErlDujKGr@=LkrfXw0@__emO<#(ZBxp'
    '?(?FopXMHVoxIDshooMfq525EXYx7|e0%29jP9AwWVoNdo6c)n;rm_kd%j1ejrFUYDQL$Z_L=hb6!*i^!n<Og5i>7spPZWEee&KR'
    '?~|(;pOJO`5<bpR7~$gJMQw`#jQ8iDKK~Z+NoX;EKKV{jF<9R|9t7mR=96zJHeRgHzAron>HjH5|I6&6^w%&FEqzq_VC&10SG+rq'
    '^@`1{$>ZGj;ku;huR`l`DE1(&%gJMXr;(>{80(Qo?opfM7xX>(1*H_c+E(nbenhUpDHhk_`EqSGMr|A+n>-fZLF-qS)}NIo_smk)'
    ')**RW1C~cbb24}iL0#|>mkN+)ZSZ5|gyR2o$e!zdn*4m$>1fAbvR2<RAC3#b@vtjGZth})4B<TvtvauiCu#LdzEgnx_<Rn&&LVQo'
    'kr(D2jq~CKnx9`$*1M_1&!ie&&Ii2!-|q+JyW;pY&-u=ST-%2@gO}a;ly(1GW2Y3WyG+gi2;>@emHk-p<jjWRQ3DvqUfU#j2@R4n'
    'x1UmHvG_+hUfCw-bxTqX+<rv<6rV5ZZJUD5!DE*`+LU30W0hA-b6WJ~dv?>PdxYYrY1Yx|)3C;)`Fd;md){l8W*uU6cME+&Io^~$'
    'H4=~RvRpvPF2#N@wEldb?W+p$DYW76`pA}2tV^04uo#<^_m<IW$oB*Lwc?2javK-@epe#mB)k_}jrps(Fy23`L1Hq#7!LQ-b=lur'
    'VDDMA&z{Bo+7*NUtpm2+V7y=Fs{0xB80+4O?dPJ|JVo$ys4vWdVoykQ?r2}+8JoThc3hyuul*e4gJ+VZFDlgmkHe^r(pukB5_oUj'
    '<wSl|crOMI>K2S@0JE+e#s1T31KQxP0dIQbvsN=7;)f7MU>aVaJ;>U`ugP)g@~DgPVJ4RjiN}gsV_dIKxb?ckuC(hV)dxtmj{78U'
    'wa9ou7F{^6^|RJ8SnDbGg}fl1lYZ94<9JRwT~A+~WRY}DQ*TJ|X}AqH06*^APQdT>3h_g2fFFyW$8h$Am>$nB;eK?@Z{GLpTggxL'
    'Dfct#nLGw)U29$wOLN8f-+BD64AcKtG_P4|TRY&#$sYt_%066&b*C$UQ3nmlAgw=+lv97({d~#UWW0_w4Nvt+?6FSHi9BuTS>TOO'
    'zd3pyP+zd7Gg4oERvlj(f2aqWwC>iPH8Fi>N;&TNB6^VUy1J{5UZ>d=q8IH6@Bp&+=E;LD8Xo-v&-~wXKR@GWao$~N=RZxEk(d0)'
    'gPxDOTxq*~@&>z#<dcSChak>EkJ*te;wz@lM*Bp=vB#hLQ{c;4*0E-7A2cHEu2}rM7WnbP__%rfMr_Xjspbav*Bfqst+R{ouTU>{'
    'ZGTDivPJT&h3~TTi%-LMmReq(x0l%7&kA`*6jzyI4pDi+eJXT4@{%JKI@iIE+oSPk$R8rndEMy|IA)6FMq`tRmp`xg`pZHdh{fiT'
    'up_OxK%Xuk7wDxN@^~mlXczpLvrX{#PHF{mW<vSkobUTY2DJs7A#~2?eTJ4Y?2Eo4ciIMfBI~&q>&L}fc$7Ej^O17z`!L!2#pf%U'
    'rtV`|r!6J7OzTHx&ByP9t%pn+A5y4?C0|e4LwJYiu`QNEg!=4;(SOr(va8E<a(rHY#`IPTKQxtf+EMhm7KHnj(f4iS>}T@zjS1yM'
    'b3O4YvDaVm_$yjM?pYnO_p6SPuOYf?^vbiJ^mE|PS#N^B_8|{UZp<@&i>*KJKd<HLlp(HX(>2Ja-**}09A(;vPSPQeM=!WMi6=bz'
    'Xz=KFNj^dmJc=0FH)folX$|eP_l`C9l>4-5Fy0dzWAxL^Jq`IsYT)lp-BI|Umm<DFdrnfhQib^3>QX^;+EwyD>Ix5~$z{If=yir&'
    'oL&~}PRV}Di@(zN@AJUSjPXlK^nC`#YxuN04XH0DwcU!?kJg@=l07A1T}pP)swbC))5;oaqqOQ0yOrZB$MRJv2ikSPkKyaX0ZeLB'
    'kGbDpA@`kgJd5?7bIu<eGfrB66vD*3<32y;K3`{_ntwJ;%}{d29V;E+lf>BKA*|^#q^obpdY)^xXQ+qL|M>9wbw-0B$oSGth0YB~'
    '*T3oKi4T_U;pA_hCH~32qVwJJ=#xv1kF5Qnu0wJCp(y5Fj4aQiw-oi)e!=Ov^t;2r-U;O_;F_OHF}6?*;WT=7`S4;;9?m&C*-}4('
    'wHR3ck(b<~^&j}|9T=}AvDA=MK*lQCDjj?upPLpV%=$NJY&fP(n5@a6|G&@XVwrax<T{@^`=qrrY3C{72x;?`YKD5kIwx!NlZV&u'
    'v$Y=*8sK_bFs<l4lKi%er|!N_>!DD7|EiM-RxG8e`@9E}7+sW4KTpP2XKP7ovJkuS8lzX1b*1mxWVE|!<UxvEX~jrtv-xV+NtBni'
    'V6rAmdxmcuOYYw9vipZAWKYerUX=eXrI^Ec=Hm+0wBeaQi~Qj`o2+rreHiuEM*l(s#``7vas<-k4d(5S*ax|Ojr$)O;O{$}HqSuH'
    'OT^x$bL?unJ<%fhV2I6crNdB(=kPcZ?Lpzgr03&F<0C0$7;hTC#j2an33l=MglKCSr$o<JSR9M?T^qW4XrFN&_uPT;UP=|1>_<~n'
    'Tyn_frS;nm#TB#E4@!2R7HilizV|u7H-@<{^B!LgVk55`;u>k}uPe^)Zh3azIIoh=L&`^@wD!%9=jLkTZFuCP&t7`ZT~ucovh%eH'
    'e*DS~(LL$!i#(r;(B-FzHM{KYv&@6ivSN5&i>({3&mQRb(h_b$L($#1T{aMOKl=9;8%IsB1^M?wbKEg}hxdU<&Zwu@)pql*lQ>s}'
    '_=ZF0EZwhr5RYj`&rrmdT4QJEpTKynUBh^`{0aE$%^FS)9cMm1+E2DE<V|VvE^W>f9j674k<ueezeg**()50$c#O}&2#>L&<RWM}'
    'W3+ZdI?J&3f8G-_S#tcfV2H0QF`m%Yd)=M0bRVSYc|rYsEhP`NA?T{Bil4a~$ZfUc>royox&63Kco5eRb;@l)M=wY6AYXf~2W}g6'
    'Amo{|ioRE6bQv-_Y%4m|8|0ZCWgYKBTn}ujr)>s&(4lo~D6*#>(1R{Bxr??~hs3elpw~T=Q|SI3MP9ZcUB56~^EHJh27w%&2GcjM'
    'lGsN~P7~KvtKjcJv#mTs(^avakYhB3^nlF>Kencm6zyx`{^SnRowyFQ3pNa>V}zDJdH8S6<qke>G+ZL*?g_##C&=6>hLexaJ_@w@'
    'XK+y0|0wcyGXCFXF*@H`pC|bz$=?vK_9@3NxaKFE-m~On>n?k~<r#BCM)j1qNW;J%_XV3P8Q1$R#wtC3!0h)PvvY4U|9?fW-<Di#'
    '(;82Dsi2tA8Bd&QF(RHs_13$AeSh>Lu<!rs5#RU!f{dU0rKIO+eu}iQ@>oAbo6-OGl{4z7az_0J53k>uK{-^Nf*kr{gdF-*L2_u;'
    '<BcfSBtDR29riyz<@9unh0%V&JU-%!FZufV`eGLAFv6ECDS3~5n8dhT1$(bpob&T;e=V`gH)o8yec-->c3@5MFU7`D)6h(^cRygy'
    ';kKkik7f7sNhc$YyQ{<E$z{X%?|b4^$r``QWKt-;REAOCzXc`tn%8K*2$MZQw0iE#!gr;y^Bh2JyiMg^S~tG#^fpR|wLslMFA%rG'
    '_q+|Gns&?nN$z<WCUHk&dP?xR`*V;FZmvc@iO+fdK?UUA6qqM{OyKWWz7FLC#*7jB3Z5i9M&kvTyS*N<->hSx=UP@CkaGK_y|>Eb'
    'nH1mm>E<ViZ+e~S0QUp&$q(4s-(mU&(&Q~?`xFsx<M@49_0LtN7Yzm7+Sl{-I4C_||G^Pa<`>C}FTtorE(<SO_={qISjVUFB+{@*'
    'o_w|77;uPxkX|uk=Je8Hd0ZYN?f~tpRgcJ9v+ySOMQge4G=EIPukOOAH&}(_5e=9QCE+vdxcgf$!X~4*iCHlKWAsu<kLLQvP9UZb'
    '+sC{K{yLxrgmHSc_4*rby<TD$T`x)Jr}&jkwtl#-yD-9`+a~MTC(mnxTvuBqJYFOB^V;=C<)4pltoBTdUY$pO1W7mX;kAV7kgYMU'
    'vLT)ps!NW+<f#*R(#%nwK*n5;5I#;_+3!uye%Jas9yW$iX^M2qf-7{}(eEs~($Y`D-^4ykMa!XS(bbAONqZkr|I1P0cfqR*<2dSD'
    'hWTp#jx8a_VcFU0nB#ywfV(hWQ_u#z|4OVr(Nxw)!zd5+R=Hr*FVf&Far=PtQcpNzBz^Z4x4vuaqWWHi>=WD{F&NrK?VlF-dv`Tp'
    'didH%&!2Pjyvi;gJ!^!HHKwakytBHyC{93M(CcbM@8ej(v#5{7u47GEw^~4t((ui)*2MS0j~~#3Fg_9Ycb{<a5h`zaf4~r3eZBB#'
    '-sHZJOWOoLZZ`J~o**_p&1Xb^%u>YI=$Ojn-X43#UG{&9Gsk`6+PwpI_HG3HC^%2-!Inp_JvvVsH>6{w@2Qdh(|P*t9WcL)HqT`e'
    'b2}sOU&jz{;cMJc;w`*KNJvky^a$As<N!(-V4>KXG<TG%U2+yyV6v}Q7JrA8mXd7gDra2<!acT-9_LBEDaP{W1)F07M*X$6BJxZv'
    '{b)A8-x~>eX(8a(AHXF3+#2}n%(?;H3ghmypIu!!%eED|-&f=<e+S>ExHgM!eIBQ^p>*j8y739;lcn`CNQ+Ows9q*Si=t_8(X9>2'
    '{6!~M&tfd&;h}QmUHCyrMr7sl1p`enwt;!`KL&q|=LY*8w_T8L&ysx>dS+;RN5~n>*I%la>N3A(kNB5bDc66f$bzO|Gjf}D)yWBJ'
    ')8aXDpPU<r&qw=uq}8qSz)Pn#?TQlH8hUa$sLlFK5<lBg{IMDiVC=g-LEgph(J-I-?3sLhtIE5Qx~VHlT#);B8wUT2<iF_(agLZ6'
    '7V=w%_-?8&!aR)iyGnf4QS`8?k{=`aNYBG~tsy<zdL%y8A+~NS<=NI#d@~)zmTR&75bJ-TeHFF6*ox5Ar1kgtm_ziVa;TL;r-hvO'
    'CuSY;qNP-4wJOMK?B}#i=vi~WPeUV#4!p<EwnC>G`#zn|BC$a$<nN&Ha7&4Ia?FH9qEq<t611F-qa@D>udb7GRpo4^H0lfSEbfm$'
    '3>D2EF%L2(J?>K<j)AYQkp;(q;=9Z<+kOD!*h`qRCgm<mc^ekYC!ZhZC|TPybbFQ9LTTtG#n*UmZ^XCa<G`G^<HWaho7e`&-Mz{0'
    '-f?pZt<!>Wos#E0m-9N&+!w4JX+yZ~;GE!_%9B3tI@&zVt}fBFyTo6@v6MBO+dk1rS}fk6`MzWGM`FHbk=H}Tzt~Z73_`s!thl><'
    'MZanVVjnTSZtfGr9985Wnr}Yz#Cm+W-}L{XoYjGHJ~dzxn*#kJ=&!}Gc8IU899UyZ&YjOTZy5X>xDFpGIzEp*d??Hn^G&BUSL!?C'
    'coW<fYj|?jk}<zVeDpET!rJczV=m=1^ln^_1^2#bu1Bm6mz*IlDEUa7hMGOjWlUCHkou`exak@_5nrW7&YPzDtYnn;G3#NW1&?V^'
    '{OC|_l{Wtk7Ng*~EwLE#MbKp<5XVRp14_#;efN8sJ5(XxnI>H{Y#6R9S3s}R&~iDn`TrQku?G9ZH{OHEUKn}W{%PqH@*($?SVRwO'
    'y)oK?O>~Ut%O4Ov1}1y0Ir@tc=ay!h;F$3JF*)zFCOx($V;;t9GU&W_GSGzf9xA%7!crp<OVg`xxU~;j?d+Pf>CoT6WdUN2mUGyv'
    '93K?*;+UGNP)$T=e>Xh2xk#I@IXQWaT|Jh!Rwg-a`1`UDxB36u`_|yN&g-ym0TAE|1PQ)CiXvAM#fL32ASGB7DL!S(l0{3lB`bC<'
    'KNeU3TmsmIb{7DFB#IKpNov;-mDHI|$89Hx$93aQ(k6B?()95oe#HHg*lpbDOj28QlChh#nXw(G6FX7&a?kNSd-j~~aqry)$Otoc'
    '7FgW--S0c!`Of=6<KJq6&RP;|s0Gtn$JbWVHBB6Er(?LP#@)X`inS{kdv7C`?TE+d)jajxl80<B#boA9`r5TF{|v{!V<g^-_NK~m'
    'e~ty{4b(r=OZ+l;@%bm6yU)Bs=8HUQJ+WU>yA1NIof*EH`@ZW+98X^1d1YhoSB*Ri*E9hBM{0kR>da(avy`rr*S|T!*2#GztvRwB'
    '=r5?knJz0dQt~I4jow#w82BW<lg7<rj@2U3D~}QT<rKu(<ujtCA@!2!`i?2K!zmW?m^X4CB}v}mc+7jLO*!IWN)Fiz>sF3{-;L5j'
    '3I1BFe<$GUitpcHvZ*D&b%Hrh7)muXHNIL<?9E!gDjL(~qFr1r<gvUnLQIK-3kL}<>?QG+zPLc^A<vrhweYjX8Q+=`x5|F5C;NE_'
    'e$NqqBF;Nn?-Q@VIT+4E0JpckCWCv+;I5jjhlmU{VA|`<ht?xY+LJ8QhQM)}%YU|hXEu2ea})M^%6HUW;+q38!)zK7p3jl{Z2g_2'
    '8vhy`<~{xOv=@SJy*;V_n~yy0x~F1Rzc!;Q{y>xQc7xAJlJPLNv&8HvS;=@IJyL8rDrs`Yh8?yonx{r%ZC&|?ntxKt@sfHWOgVU^'
    '6r+iIy7#p`74Nn6j+Jz`(~5t+r0~QEW6vi++Wi)jzQ*|jroCQ!N#VKU7Tg&E{<>4~d1-k!WryFG=J}<q-%j<>qp#t0=6Jo$$np3y'
    'M$VOAVl?dqfi9Mfe^2aajOR?;%VEKRW4^uoZ1|5oE;lLo&U;NfP1aa8_L>e0f<Gi0<4xq8x#|y08GC*O!flkmP3xcH%9#$SnZo06'
    'llTR-xRM;$`}Qa{Kie6{{!2;xGo7RXQa>lUAJpcTx8MfS(k)6X`C<6nlaJR?x7enJJaJ~8jWt5%yQJ91rI_?3qt_X6$)_VX5zS8$'
    '_eE=l`1Cx|_B5;bKU<u=mRIWH;qL;U!BKYk?x(BP27Y(dwAR)@-@s`y&IGYr(lN5Ed6gqDuzlAFzi(D_D{U=~EajAL@i%UNLOflK'
    '{*E@gMb>@mrS;ir+e`f%Pb>4DaM<aR&bKJQ&llE37SovnSt{y@fH9p}(55VC$67htSZ@M*<Y>JkY;|~i>u%)(^aqLNOc6NoKJip;'
    'I!2zS^B;rHd*Sn>Y0bwu0pA&uT~5alqURnUvBjY>Fz-Q{U&A~mq}QqBBg#sTI+=kUO!LicGJnW<@aY{Y$y*PDyp?B{FD_v`+#HF!'
    'qxH;qO=3E31#HtON3ED_>xbHCX74KCFt-EFDZaj>G*O#xh56LDT(e@4Z?rrHU;J2rzh?+8EM*vv-iduma;|y(gRKx_LgVXP@apDz'
    'cLRN-yzDT+yJ5u+Fs0aU>WV!~ia+8tmFteU0L}M1LUjMzZXsBwwV6>n0f(u}&gMghY%%&=FFFn~V7K+6q`Hi)r<m58p8D<QO?$q$'
    'Ep}3xJI#5N^r$%_*DmC-09C~&PuI`qSrx|Qa<Qu)Eb4glIn)FC87|TM0<5>S7vyKuA9~3Das1<C{G8|b(tZ~_{OHtgk86|gd~_A`'
    '|0H{Zd%py@yV(;Kw9cr6JChbXOKUU0amEQw`^3fYGgEQIpCpal@u>+x=OxvZaOFZue67Z0=QKG7Y4~5wAybCL{O>2Yx()DiGg<$X'
    'iR-M<+7vv7G>i34IsAUbfY?P>jf5#9*9n?4?i%_o*wDK9m`6Hm;(FEe|ESA#%l;e+W35(xU9kbpcs_5dNwEj+!@2+(yt7)jgex_M'
    'H`KnNttr%RXRC+m>rY=cdQTS3C#CgkESdKDL7Uinr23A$Cbm>BUXy$0n9dUttIFT&n@d6U#yx^Aqxq}yDb8J}p9S}7fawy;LM%_w'
    '$Tef6GpOOjUW?xtVd~1=aMfR=zUR<djVSw_w&*xn%Q-wgb~0lb#MV!{8ZejD^n(>md+%mnnU30zZGMbFBg@p%zM)<dz55x6Pq<-!'
    '%=P?({sGPK1}Ogi)mH~(%JoAJ*Yio_jlIO@gnKvueB>DDZR_DY8>VMUwB<PYUx@A*{rw&oy9b`%N}fMV_{NQ&3r%=DXR%{%13Zex'
    'd9Og1c6ER*t;U&-J|86KXvD<5cM<j*h%EFVe4Z10j?{*5&d9wm?l$ec;SAu->oee`*bCc$jkt%*DGPh!5a7ezDPk>s{0gCSI%V8F'
    'J*2$fA&9Lw?09xch+m?x-q;~n+xm^%4R|w_fgMD{n{J=WXw5$cvE{xwQj4ZN=f(BxYSNx)jhBqOH%ryD*Z3TQcz_d*XQ$ZvZTPwx'
    '>*sjAANb8?c2$Y(sbJ!|_gV~H7B&N3?{7Ip3>dEOIIM36yR`L5wzj-!uVpuB+<k_#wyC(_<71D@sy?8r#+e3R9y=iQiL9G+eT;J%'
    '!`0=Z_w659H||>dwBOTy6W4Z?;F)H9wmMMMS4;hvyNSG(OA(hj%xp2CISA1^-r})0)RvaT9$`<GZ6;lx$UOi{pB{+3E~72JgXied'
    '_hi`@!q%rOsu^+NHM|vJM)P&LK~r4u{602%y4R@R(pbtC{q}7?RLfMlO!wq2@;!}_&~R0QNnVJNs4;le*%*1Ywqeinn6xLUtygep'
    'O+LPlTHT7O2cOwSeDiDRyoSJ|+dSY$GT;FbZ{L@K2Mh{!;T5tszVsT;%Uat1q_m3rU53Dx#QiRGZAt1^g~*V$x;VQ9o3l@yoMCu&'
    '7kgIo7e2`Bo)JuT5L+4A&G`7fXD|&<q`t{c_2t&`3x|O}^87;dmDgE(;iO5QUpS}4OKN;&QlVuoTV+Y{pBI^rj>d9oHpN#QHpPkq'
    '&fDQV5}ZpNhI1)nIP=`c0+YuzIFA}VZy}!$-ZsB}O^Fxh@16+U(;ejO+)jMQbWbY*`)J#{iery9DSVRWM^GPj&DeWg@>pkE{`7=G'
    'hcr3*Ng_8C9Ww5`GDc*-yu;Xg79`CraP_#6dMkF~9U9-X+2!}bc}No{n3a!N8q1aUh+|0p$-~56TvuX!uQ}%EdUxIU)k99(W7~E1'
    'v*?qJG-?;%DW_3bbG<~q)AZGz6grnryqA<mP_W2XHH9B72=B*QaXS^>H=)FM%{%lTDF$oS$ax)<7HGVv?C`U?dP8DgIC{}s+>&X{'
    '??-$sB#0@s(X^672IlLb@+__gV@LPG?}KpB^<Xd1MPfTYZsJ^I{5!-(p7U5A@5`jc3LaNvA^Lv_@2NjxIKZE4>%%SWfy-{-lQ$~u'
    '7sf64?icoWsR!&=E&v}x_p55;{%FTZ+>{aGrnWFUp3BCWwaxnk*kpYA74fwvonulvpi4L1Mda%{Ox!!2;}iCEoN(~35Io^LWFi4C'
    'yG^l4aM@n#%UDqMUh032ym60mP76wGOi8iXXtlz23q16iq6aQ0XUNwk5$Vc@1evQ2zb}*6{*n^cAL{?CJ7T?UeI6w{QAIdAJRdTv'
    'dPQR<uG0{zi}=(t3h9+5^@^bXcj>7dC-NZM46@4?Cn`iv_r;G+;);eFQjFtyz?1uoJ*Ts3iK+JKsX@m?U2VZb*Wxv8cw86%JKEn3'
    'jdy>nOY5P}mIeLS7K6oW_grzrkGf*YrQRa+|5wQKK6<J&_LLH1C(VWaJ!|AT&eO^oLwblU2=JBaU2A=)ZS|%Rr|PCXN0{~^O9N-$'
    'd~06Udr?{MxN=^~DPf(orn?W`Cc%}^v+Bwn+HTr&hw4NIEE{|7P%e<RFDNpy#20<+7ZPvQY+W?ZXGM|OD+Eq&1Ri;ST|RJ<`jhbZ'
    'G#>9bZ`yOUt`NO$GB6%3s~?-KD#^b3`XWR8c0T!vw)tF9@L^KWpEiN5o$F6j2d`Ot6h3;kt0yA&S8OnP|EnRuWvy;De$JTozO*O@'
    'Z!+$hL>R-i-9skz8H?&huCel-V{%&PvhhiKdd%4Sk%j6=zI%PlxO<#!hTr=EH+$i#0#BN-%!k*u({j(Le@v=pho3_b!@G(7@04=y'
    '9R!cHdqzCoeZsWoYHII3VeI{k)`PBW>u0ptwCC*i6COQEVn$wX;$C9(e(ZHe@5kSHeZU7u940*@uAV@?b%SmF2REA5o;jO|{Nh^s'
    '7_9wBMr%i3p--QftotB_<T_AYna2dp!v8BkZ_~u`R}{OVtACcp59Up4Z$`{_8>VrY@N=Z6Pn_QX*qpRHEXunk1RKhbiR+?C@pH3+'
    '-)MrZcUFjBo+R<hB_Vz@O%IL7O`Lm{rC%zGxkdB3Td^}QDsg98jBMVd&uw(&!wnN0(sH8^ha|fR$0151>ZY}?_9kJRvXOgl4*^{E'
    '8NZw=Nmu1MAMcUHZ9Go`Kc)9_eUaA*n=r}xO=U4(#5E~rjMoz2W6vAE8UZ2skTzV~P5k-qWbaxKV4T!0;HrTzq1X$3>^GWSYBg(A'
    'q3&@B#>(BI>y+$<btNCbRky2V;(E7L)7qaNWd*bilmN%Bq|oneF@06zuE!$98}i(rY4SbyOX0fFFD0$NNNgrG&lt{Jg7p;@`$A2L'
    '4-BanbJgheVr_Q1Ekx$pK=jZFVt>L|*X6)ibKjUB9_zYn<lZD)hph_m=6cJbBJ<1!#AiwH)AC1aBwk0tt2#Mb_#J;{lIVgyF)%#N'
    '0&7b5IrgI*fS0a%SW-_ZpI8Q$jw8WSvVRs#cs_S75H7xU#e!fv!M(tB`SOLb;=4-9k9=xtQo4!1ZzH-i-xHs+Phpxgw`R&SrcsL*'
    'Toz(2BieG1#9C@+F`t0mxng+G50Q1hJt=QANzVe*k5;Qcz;i^8o^!;hgpNIJvhT<64v@QiVCCBjEy>zOi9P;`gQnB9XB8u_#qYV|'
    'm9(6V5wLCEYG>3pPfdyw)#Cc7@3Ln6dOS$Dk@THe)G^}wzwZ{L(W{lSowQFg<(E5e!M*V5rEQZT?p$S<oM*Aj+cSU-);imkLWV%U'
    '+Ac>-E{&h?k+XRX1iI$5Hskwp>1$8il}nymyd#&s*LH6%eShO`oAmvqULkSyA!jTpy^7xXIn(*v>`%kl2w7J*>2@^7pEk`xrJ8I('
    'YnLR&ktvfNSKkT#2cMc4Y3o<qFVMy$@jXKzlMDvJi`u5Ls_Q}hM$+$64)krS%&(3!eznt6Ul~{8>^aZbMSQj;g||t)o(syoyxtDQ'
    'b?Rp>2sqDu$Q9)tntM2F(eYd|+A!F^S95<uYH$oFHrEa0e<j5pn?_%uwq+mMH3V?gp3(N6;+ZB3EC=EMkDb^EXNbp6TriKQu@fh|'
    'w8x#~!}CPGu=Oml^=1x{jnP+rAO-Bwy!$?&-AUFPBER!Ge4%xkZF95v$~O}I@?t_ex#mCRx?|G10~EJ?@>Hb!273RJ5>N0;Fb^8@'
    '&wHXtd)?{&+e5I1;~DQyH|Bj#$fNLuY1%p)w0>Gvb*OD?u*ra^m#?Oba5s|yePyxT9gr8fe3!<CfUrIZKFwY1vccNc51aaov1ZXc'
    '@y(~r!^nD%liG}IzGW>RyDr%0w0^-h_;bJfyoq~C&w2RfC4YP;;Og?d&nve7Ig1be6u@f_yL{n={gn$OCi#kKuU|4@;`%$jwX(Cw'
    'Md}2+wcPzq)?dK=x)1hiH@j^6CDk#<IH+Ur-g)wU#l(3ko$Q64c7J^95_7tKjKO=}*lYPNX1pKsCa$xBX9MG`rr<u>(|(D>uFb6B'
    '{g_vL!6hLk!=^WAzRM*g)@~+2OcC7=DLyciE~SB+Pb{G;zf4<S$l9`6SIBzSn>Y`oA7rH}iR-e}6SK_&YahG%{frAdbco1^q5Xb%'
    '4M*+Snvweq*>V^90UkRt(!rwlJz(M-Dy>h<xX1etZg(4Z&l;)k4BBsPb8*dq_rTF$nI;|&WAJ@r%W;2?8#$kX+VwCW81w%yADEx*'
    '&^pjQXUCS)MfJ3*MOGOCpZIpqnC>Y>kHeTIS|dMcu3_HDb!l8M#kz|qHx)X_PhI(RJl0XF|HXCv&A=<Tu3t5+Imk(L{i?$Uin{&*'
    'W-Hcm*SN2AT8SAC@tqDQj3Ym2+`S#f6(20xUuYi-m;Y9)h3T7DZrj&!6ZeMpwH4%2?mLAKkC&i&`oplEJiBb`K|9GL(La4_U}!Pq'
    'Q$**P%gA<;wfyZ1_pD-dLw)3-vGP8B=63;ptY;U;k14jNS-{tJW;w6k4m3lXUy0yiKBM`Slzj>H(d~xV2x^brZR~kFRfkPOs(m;F'
    '{<_;t=j$v=F=Cyrxp=_%_e#p@ot!@$g!3}QE*CzcPB=w)MVelAJsII~+P*5TTrCYA)SkJ>XiEY1W7fk)&<VQlf>$T-Tk63R!4Z4#'
    'V9n|k2aS_zPp>HSYlzXWkY16)CcA!-c@kTbXSxGlv(|IdH@DO!gV|t~WW8zQ{&$1!OL@nTBF|qldQL3w>%wJ-Ys%g)u)j6hAF4l6'
    '**(czB-;EgphZX7l?0Ede<g499<Woy=0~5Sz8j?d6Y%{!d{W;{R{liO!Lhn^PF&|ANncx6onGJk+bnZ%b}|1Tm2GF>T`M4WmEpTW'
    ';6BZ;d9N^8j>nuAAPx_62=;@m<G5+B>&^R=T~+iUiEqp^dlx=)Dc8<hd0(Tdf_w9hu{1kI!RUGXy(Z4zr+NHX|7nTo%uB|<-wB10'
    '7L%vxoHQ3e>S0EEYt`U<)B#3$!H=9zNC#}aG<|%wN#Y%|=yi$sybtsW>;dirE1S=q_PoiP?0>R^{jJisbPKT&M13e|E<M(IJnoSD'
    '%It6KZ-MeS_P1#1ZJU2JA`j;8Uww5z<E>Kf6E5$pSm+Wx>oqpsgkaZ^;Lq<b1N?n_xfOVB#>BOA^F+6+68R?$F1zwsw0v!wotf%X'
    'y+oIyIu*`++~_qyrFm8bzb3v9>rNs+?|}<ro}~598+#o_sixz4Pk*7$xLZtI*Mwd?PRq83Qd|_DH;(HwZyLWjC!F^U0PC#gYO9?Z'
    '>Tlmd^!P2SFh}m=DJ!&m!Lo)OfD;4k;%mUThxvf>uEo%C*v@;}s_A^L5T5O-Ta)vgm#wD@t@YH)&RV|`>$sc}PIH2<X9K~r0Rd-?'
    '39Ercb#%?AXzQVBiw)>At@%kw=mDLht+rxai8IjVNYCqb)1LRUKEGbvw-DGywMOqs0oyF=c)s4m`L@2krL=Pn&D*x&(e@1R=v}ZM'
    'N%1JlT9??rC~YmOwCgAe_xaX%)b@?is1ZS*2|Y)&*VCM_*Ig(uo;aB?PIs!FF2X7;jz@JY&YJdKBS~|9=sTv3UtQF0pCudq<uky)'
    'H#M$@GQz(!_+#@=`NqXAC~Gb$woX?aM~c7s4Dfe?eb){AO@n`QoCV{btLK{Yf+q}Jw0gpX)s}Y2O6vt#spmp^S&7CvmK7SU#s1Zp'
    'KcB`r794R@lOA}zJ_Ecy0dWmdzH2!!e%9w+tgAlE<})6EUm9%I6MWF(%zgLWC$79`lE;<TlxMdkcy`ePSNb!+l}C&_j=X66<H+v='
    'ze<u=aNl>_*1>mZaHqMrw=1@b6=JUsiO-!^?6)N${#uI9<@|V7i4(~ycKBMr^TUcvQZRn?qG?~XJBfekfN8CJJ`e9ee+cb=Hc#Su'
    '>Hx1az7c6JCKXvl>kl?>?6s;_9B~^ZhmVuexkV%AYt51~xYPLM_~3fJ$JQ~$>@GA`?gvKB*LJ-_!wE?r(qsd)({2@Ppi>GSNc%fw'
    '<hteBKJz*;51H_K8@~0+?;$alovc^Jc~eLppsm03R?rKnznJb1jbA~3NipSlo$`#U;5POmi%&SB#3#@g+qC)(eQpTs4QXq;-D$#e'
    'CTRSYE9ZyX@yZTd7$)%BE!eKHf5ohWc1!TBD0s@xvc_L0jNV_c=<pLyDDbKpy*5-5KQ@n<ofTr)DLvfG=wXe)HmAU}=73=mTng<&'
    'Hp$Kd$0eJe26Mcs@OvHB66&X^D>3VJB~HF3;QD4b#}wD=Bn~+Q*XxSCobS_+vG+`ua@2VIlgqxtX^zH|T=vJku#X$rRf9RuS_YE@'
    'k6m%?ISYO-7<;V%&9)}Rg&czUZ)KNj{yc_fmc(<`1J>meZ=7_!u6m|E_3dnN5ep<PV%7uy7nHb&StIu%+#uMBF7)WOqMe?++?BIV'
    '>x=R@YEB1N6gijD&XVF^*ZKl3dfJu{M%W`FE1RHC&N{;AxQTPjwOUv!!kAS5@a?x&FyVdg79F;zX8^xn&#oGY4VWi7E1vrW61!c5'
    'zj-e&DMq|Zble5g+5@aY<Z1rg1fe%|B`(~DuB`S?*0Q$bFJ3Tyea(F1$V1{{=yMfCk8!;(iI34IzGRu;OabEVefDWtnFr0q@QD+Y'
    '-rtEhL7(|1jT59f{lm;=xJ>vz)`!bG&Y(1Jt=90I!`@`8#W!r^ydd9N=J^Er1C0$zn!nHK_1gfy?q-(_{=RwXyzWGq#Iy3cPk9s9'
    'ghH9H0MAY`U1c?BuOw&YQs7%Ba@Ae6Hp)tTudVi!WZww&wbz96zJ>V+kcLq`&?m24qDPuO$a69GC_aLPjMh!*1h+M7Ia->|!DZNc'
    'h;CX}XaUbnm^O0mxg@u9dV~M_mSQiedHQiRI|ZdNXa^0gec;Ny_o;nwkoa466aO`zAJQ(gtKdAb)*a2YPAlJavZjERTTOcaXnFcn'
    'C(AnL{~Y`t*=(blhWp?O-3P1}H^t;4+9%hhZ*+^dbaTJCem>=pL$sKuB>I6wcNY}?bWO1{_{3xlJN$qP0&V9$nw<~>h&DJE?k$_}'
    'oW8Vs&3g-PFzvPXsNI<QvSt-u!Hi%hlkD|LYd|5K9|vA=kX^oT<~)My|FqUL(&9POULT}J{45KmJ*RNBe{vnho22_F)e|l|bp1Kc'
    'ILw;k+}eD$E?cxOeqp{b&Be>2W^gC=FQi8m!siVDpAmM2!lwf7LHoYzY<9yY)@k_KXk}LP5#y!@NL<MnSs&Wz&pPZ`1!Iq)cl8`d'
    'Q*Xv*r_;{-73J&~iEVr*g9ql@-mm;U3ig(Dpo2uuodOtgUB`FKF*3HzuP{J#-8UP1EPlb*WAm>Vzn<sx8GOezX78UAd=R#H>N=Z)'
    'Zx0jt4Eiu;ncw4P+0zlzTE`ZBYIUMt%n@Hk#S(MnOS^a<y_$zzoc0z>QhST{c=L_ZUId<Uie23Qg8YTotfaQY3eltM%#Twb-z}4S'
    '@gCF#sh&smI^;zK5<7{ypsNli)-m$&Plw8QIR?`Z-%~DQIg{HtU4E8H6PC}Y**CSm^mPY6DJb_XE92%B`&r48k5wEpY(a^a<oa{k'
    'nx>pT+u{#C0KbpHbqubX<$Tf_UpM2Kd+i)$e~z?Xz}uC0#hQmrlFFN%j6JCXzr3GaH{*Gvy>+lQUsko|*BY<1#hJZ!zB_-uZ9R;5'
    'u5Cz<0o2(rZi(wXX?tvTGmkcjt~jpfhSaX-6JKW28~Hq+HLdx&lfvK9cop(V|Iho8mI<6_FTEV-b9+qOOHZmLYKu$Aga5pcp<JTT'
    '5$znL&4IV|r=)tMPfuwV|IE5x!$IOFjOxWve=XlfS_53`yHM`pzAZTPb6-8740aGalZWARPriLln$2%f!3~<%I0AMLTAObGY%j;a'
    'ma-o9h3buI_!y_lTj1RTgq~zgpM7(&rGCG>r>>7}%(Z_mJ0OqC<^6~0{%v6Uhxzn_!k$Sn!o0S~f|2VxVU3u6@SXA=$oTyT*za(i'
    'Jurv00!uB=S*p>7G^a}B-MSLLl5@z6RYg{*3o$D@nD3g-rzH4tLSm{)o_-WpOqC`BmlfG^lJTs95L30?5id|ud_0t%ayv2Sl@%q%'
    'jE|w^;bLEE%saz9nNxgW66`5|chw@)^2u<2wy|gDjXig^Vu`JwaHp}bA^ss=A4J=`q<K>u-srdFb>)3^JlFn&)=TI3veC5WZFd4+'
    'j(Oq>&2d~(WEvjFb(G*i(b(%9@O-<y<Q!@`V$m@M=I{8_O44eLbC?&2ePh8BUwm<;sOYo{0*+{XaQJ-bJh|<L_X7;|1%%+93%`=?'
    'vvg*5u`@Gk(Z{r0RU04Ea!AS!{l(SC&lMv;>veJ(DEa4Hz4o>c|K(7|Fk8(U<XP@N?W<K*<dKT9&%QM!Xg>WFV~@wKDfi7NdoATY'
    'hvuhHp6r{SqT$*Wfv2V2pB)a{g|AMGwP3b+*g`a4Tr|dA1lFa%XLpcuQA)86DL&JupO{T{qWd&S_y+Qjka#ZFzDjz*w9)G!(7qDA'
    'ChjMJ7oWe>9|-*uCDR%gevfJGGn$2u-zFbu@bK-46GA_?!uo7|P3z27+DmMt)K)rc?EOlU_L<9Nj91<0T`2XF+hyV$|2m16M7y$U'
    'J+@jiG~QdQIU~sk)X$>vjZGdts_5B=O?!W{B>7=j<7X()M~2VR-o}$e&j}fW+5zf{?O@92HKiylBmRC!(9@+_j9MM{UF2R{Us=A-'
    'Qx5)2`;fd2&h{|7IIfPvTBnWNgH6j9%_<(r=S++nxer6$`1K<T$>a3NXQS|&B0i#eAa6+0W1hz=ZUdVy)p0p3DgX|K<gui!izW5O'
    '>~YwtCI7;9Cbws;uhj%!R?Q@<7gKY@3rDic0Z(7&oDw&@Y|&?JHNq#DUB7DNn#@vs@~~s<veD}}htx#2`2aZHM{D2DY&&ZW@3~Dj'
    'L|5Z_HTTVG@^fC%S6z7%b<>{HO<|p1!?32l?4&gWA2jWGu?2PytyRc<nlp+#y2R`QcUolEvWH#QCnnUVhfLOeI63a@HLbmusqX2*'
    'oshaFS>X`ELCWb*0}n34O$g`CmXENV@XWPJ=V(o4>Ra%MgWxtPSFfhLAoFVd`)sv|OCC6UAIN~a+2ykb<HRmc?Gm=W#WmBJpIisd'
    '%D7_J?<7q*1^cmwT|WCk>w=ZZUhtgY8j<VK-=C$v(=A%o2{~EPQ6#<9$FJquFR9j5+Vhbme0^-^9Dnlwk3n|%z~hRE`vTV1!1{SE'
    '=e)9B{Cz0ldXwg1<vP4xDsM?LTTO`L*aC89gafy+%LgWCn@8I##yhM99@7n;lSH=fG*5aR{Js}rBs4plw4biJX!#8HBg=hAV-Kb}'
    '+kmjIzOf!u{`@f}e{M4Fe2pPk$6!EgZ}iLuEYC>!7tu3Mk~z7?e?+)flbg?)_8QpynUeDCaY2{W<n+VJTyHmVuZFD7mi8_x?+=)`'
    '-=WP1;EJgmXE=7v#J!RR6`G?xbEn{wm+BmF_-b*AA+gkw{&)}YneFWI)xW#NM>@eLIzi{rhKq2_%7!c1V10VY`ShfdY`Q)+)<*z$'
    '?qHV>?$G*p=wH9Wa0hEd7l==($n>;1HhwV$&gBCC?j|plYV=8Qbypm?>gs``#U*NXlR1yrrBGkv9IT7xnM%2@MS>fJRiZJHPu;e^'
    'T8^jI|A^)$+VT!4{IHf;F$4URc$2F(cAe<sSIOD*nFrU8uL}6(6TeIARH3|FAi7cL`PJ$|aT!*!8~W7Sa?LkyTKl=t9JV76e|8_p'
    'YxlzEDCioUvO{GJCn<Jbqfgv-e*`|Uzx#crwZ6~2?C(+dJWBRw6!vE)yRz7yBC#8GYERbEJ`@$Z;89N-2iA)#6Pi{gu_kkH-#pn9'
    'UpXR4ZO2>&@`A0`L0O@@WhF*sj*U03>~q%gfvw)67DtM_9BaeV{5Wb~51}`l@A8`HTK=45&*r|!NN(T9=3f?K7xN}rtzerxr`00K'
    '8@;9i=HR;O6uR_WUhkFao4)lqwR$JEJ_|Pc%P_M6%`tuYZsV?byHBu{NcLG?AGfH;yamM`rS*Emac?Gk8Z`d3IykPl`mIPcb0qj_'
    'amT*!v-$F}vXy2D_oV(fZexz@ZHI_{l>}a>Qz5*vwlQ}LZZ@1tOOrM!cDn+jquuD8=~L&Ce$R2{4xpu>ID_@|(Z|H=Kdoh)N!r6P'
    '@9-a#82_Ph+**yLst^Mt;h?tnX==dGJOV9td_UofOGfTdeMRAmG;W8-(bpAQH|GV2r#nDL2*p#W*88II>oK$1c$!4^qO^_I_ORig'
    'CU=z>O&bi5srX*z$zJXz{(icbQa>qakF(w*-(E{TdpZyx6KQdndraI@TZ`4z>Zi>azZg$iFQ4wqRsyRuw)!--CD(p+!~Q)0=Rwk+'
    'Cdu!vT&X(=J|v;nTtCtBhl-vwRqHLN?Kj3(MeABIazBJzhxU`pK?vIwqvy4bkl%L_`!KF=9G;sYHtKSKeju%5oXuxO@sCiv+zmL!'
    '@e0>F%y5y%9cz8A{?y31v>Y$;CeCRYS8$5&%Zf4<<qNiW0SO;9`|ASn?P;>6#2YZKwrJY>O?Toa%Rb@0G6RpREgE+(YwoMw05a+T'
    '*es;FUc5KJtO@HCe1z=##axpXN<Qtnk@Jsu?oiR<LwC&!>G6SF?32%GecW%4IccuCWpx$<K;d9}7IRY2_CA#W4)=h3P2pTI{<&FG'
    '9`{TL>kG;GqVyvA{ojEvA<3F0{Ni=<lE8uX)rjW!a~8N_4iB|E&^iyt$b9hsoxsy*p6>;JnXSIxta9!oIBE4{r8<dOtb_MZKMG?d'
    'p$naw<Fax0i0LK`{-<k%23H&3y>JWA;Ac|O;LA4&4MrUXW6LPaE9}hAvb~vOI*f#S^K7iDX{{?tdB8Vr0v_=4O~M1N-(o!A8HoAl'
    'R=xF3(w3v-%t<h#<1Q=k7y<rr1njr;8A{)MYP%y0Z2YVTXl}Ro*;o7520!~u<ED?_0{pC$lApc%CgEp4k^w*4pMsyE%|zPss_-o5'
    'fg}BEp9lWcx|@RsetzAp#RFel*X*N?^Fx0QpXU(J?#;%pcDfeVvw`iAwC3S1tozAzYghlfXI(Qty_5VQY44XL^n=6xyM1xq3*Vos'
    'Mz8-PjrB@jOjpN^z3%|0IbZ2(?dL%6T`~TB9_os`HOuBzU^M!-`kJ)MSFW01`^M=<H|G4I#+=W0;C%~%>?q;gB!j`MAaA?oGNFti'
    '$?jARc({Z66}ko&Jb&mL?u+Y$Nqp6oJ2q#M_ezQ0{kOe#p3doL(sxmKR6X`(oWMPr=O6Yq<3D}p8GU{$0X@bu^qI!{eu0g{afQ-9'
    'jo;Y#D#d9Yud$~C`%UTUJ3(e%&3#QO>qqeo2NUkC4_|bx*XGYS)Z2_};&>|c@h%JSqyL{~G>`Vtxe;U5+suQ}-sOV}bYAmpZ;Bbu'
    'AJ5jGGywLHW!?iOhT#?AjQHAqBwT2NA)HIfzZQ(#H>eYP_|JP{Ig87Yi$?CJH*4DSk#G2^dfIXC8yW2(hskVD^KYMbO_A?y`;+DT'
    '-q_R3A>;Beg`b35^qqwa_B@))9X+v4E0n);+lWsdxMVMi=J9GS-ZL#%eL}G{RXR9N#NYqk_}^PSo|_YFGD+>hKKv>~hwAiRRvDgu'
    'I2XT<*J&NkKvv~C2B+m$bFJsbw?=`@u0rK*Zf~1ry5(DPO?e>g`wNU#Oe^r1bm;FmuY<YRp65F+t^Z)CeYnc-ZAFn=zEAw?A+YPl'
    '-2R(s=2=JIo$YIWj`hhhz<u!jPwi_z)92uSKP~+4BK+@z<bUhof0y8YKeMm-`JsLBnnwFt$2kf2K2PpBL*|TYh}QKliGPl+>t<cg'
    'RT5i1_;~a4sq4-EO^|$q*G)q|h3l>N{38+r_tqDipRYX8n#=I1(dOs3;PVHgaqKL<`^3AOpFcX;UQ-I^^>@#=%j>5--gAPCWv<6_'
    '90K16#z}r`y!knNy>(7^e-z@>$h}{mY<~XHZ2Pm=ONPJme?HwFn|a5xt>gUm+nS&6yDt0ncA2<u)D{!hxyRVd858&aSTb?0c9NJ$'
    'pBl+h9!@uNI}sjO-)gPEL+V|o^*cyYClBonyN$gkG#@K(<hs38wpUWEtB@F17Y+}vQ5<%~Os|mm?=0$94Z-)@j9<MPt*+TqrfFyM'
    '#RZ#>&j&wFWq==tP5OFjyG-1R%%|U`D@R1?Z!Xowb>Xb7K33K-?jg9Iw3d{s*Ov<(ynYnTQI%>4cOy3-6mG7wsnulhsX^?jQRIRz'
    '?FED|MmS@woLQ2WfjJxn)16wgS-{`LM`xA&n0D|&jo%i8oDEk^1Z{tOYBjDEIA_7v5MKKLUYpp3@S?qOvEH0-k2>G=`_$0z?Jeh`'
    'e{`QKfO}=rp0n3U9+4C-oG(nX`)xUYS@D-Vk?VJu_S|GGkGzw)$)Wk*zPZU-ZukBSWUDm!;aW}FBzsUKI38O6Z>{ZFsNU+!Gf?iq'
    'T;DWs%w-Het$+AhhgXg8)*_KH*E+mHa>{8Qc@A{y-KIT{oWpC<lV0XJ0Efu{cu2J~eCoLlr@%cQ+UEnyklg27hiG3GdyqEA*;V79'
    '2EUKP?-M4jaWHPOt#MFe-;cBJCyZR<VBF|64qWmeu5TVL)YEv44qlhBLgd5Q4DlrdKJ)CeBG`g#a-gdgWJQq|X9b&K^to5C87>eQ'
    'QyrJXD(A8O1qBY0-Z(&P*}V6e%VtIG;ERe}vS8ZllxVf5@YyLgzbx%ydE?)cn)YZ-+mjmC8};uVv#gz;S*`D;R!^1J=*Sy)|15f+'
    'PfaH->*olbUxMGym}b9_{cySPya02lkbCRICNyPQ>-|%iy+rI0TFs!G2hGWmeG2)XFI@^bm!ap;b&hOwvZC0HxV^+x+bGL(Iv8+H'
    'dv3w=<YTkf&JxzKsS`O4&rryD=mbtzjlEu$gu@7rYXFZ2*p&tzNob1HLxR?{nkITJtrcE2t$pulzsEe_3erDn1D{X1Z%OD^r+;#5'
    '2*0{TBSZRl+zRvybGY%GN;y0}c|i+8{Hzq`SP)_f>3tOvV@JPVFn&GZ=@>q7|2}<{q@1-hx#QA$eexovjepL5NS?GSSBvK+&$0WK'
    'jhwGX@z1Asm8-`x@&H;3t_1U3_O#7$8qaBWxBQV>Ew~ap`^y>I^jtJYq7hqRKi08pf!R-HJ=U+;JE$JM1%BTM_O(8^@O`t24N-c}'
    'tkLtUw4RGJze<8R_vy_je5YpNH(WOleU|%C5N3NpCZ#Z|S?sR1I3$EwntJKB9wupZ2x=DzsfW(%RCC)R-{<8(dx$SjrtzzM-{%GU'
    'hGyehRATpBH8{7DJw3|Kb<MbIyZiJBMI74Ba41O(7R9lUvmD)fn}WkyUDb*rt5y}6a9KD5w=1y_b;X9T=#V>YJYWdcxX0LQ?xuYQ'
    '$Ds{CX9i8&_m#^324GRXiST8h3vfI_&UI0lkBjFQ1sb90921J}q4n^Ie!m~=plRVR#l6(n|GD2|Qi&Hz3oEUL72<ES_rDyV_e=`1'
    'F2`Rgk53qT%^8|E$nlqsnKU<<<N1E&{W#x66J93-pOtDUVGY~cO*VPuws+B7s{`=PQ2l8lK#y89a!&A#niGxdjTzuV(t0mEcaG+%'
    'W?8?%cR%<!93gQ9+f8fzb}oxxe9B}%JgG15k$m~oPef(gyoJA`T)KtaW2?6$#YjnUz1J*y0+;JHgO1TjxsK}wHad?qN9!{;<#;#Z'
    '&I5$s@iDF%dygeP)*&(<&O0iKo@e8~Q;IyG_0n|lr>*2%?CkJf`pQQkGOcfq70E8aVK4}CS*Kt?^)c;C?;tSX@JVyVrQ9|NSBAiE'
    'J81m#Z-yXt<bbjF8@2Vel59-N4qL^XpleS#<i?^y&)7`P8r3OK&p4VPt#{G*Q2LCyOt&dx<`qAR)^FUEKX$vIleyrLB%a?USL1#S'
    'K&(L;xtiyd`_wH6soRL}yk^qZI*MTOX4CAmm$dfIf@!ZQ#eE_naKxJ4`3&}f%cwI7jF*gD2MO`yPOvR+VV6YPF<+xbe7qIn4@i^C'
    '5OPLby6l`{pOa$xUI*(RW|y@7Ss1ed@Wxm_^i}hmH(z+<GKP<>FR>K!$NinIoVTLD7d9|ioAZSOfopKldtW|wvWxVd_8!fOUukq5'
    ';XPpDI%{d@iHkN*IdtSA(X-bY&Ar3uwHrIlgZTcP270rXT@t-1lNe!2e<n!m&KVL@JWFEKsn4knV=i|wb|uTR?pyERj1rSPtHi?B'
    'jJ-D~?E~x+<IeZbmM0p@2Rbc7N<9UzN6u=>E8iJNH%408@m~kxUJhB&vuND^I1tx`yqRR`7Y3R<E=!)VGLT&z>uIuIe5|Pic!1-+'
    'eITyEtJ&%$n=6HfR;Mq^-W-Pqn!O#9;1$|m=-D~U_J5GsUo||?YI0st{2ORn`J4VGzxKheS(8moT)x*|Rpvl#bz7N#DKrLc*vPfk'
    'vBt}1`{UY}HaPHprc$k9?nm;)F@(o2_Q!oYlG5>?>W_V0u6@n&JWTX=-`DkUe^cJ{;SH{P=8as}w5YuMaDVsxY#aOIy5AMcen|Na'
    'd4jjkG90Uz_WFd;`~L5`m<QF_y%m8*NVN^8*&6=Gx;QR?@=V_EK!W*ySr_x1P&#0v0iRhH_p9-R&A(pPq|Z{VWLn!ky7%Mjn)Y-F'
    'pF(R*M&tebx~8t}i+gEk(%ib$@tr?GV3tJ>k23^!vg#=mjeGaHm}c{}R2W{*D0ADfF0P5(seWQUF#mSnt<@{&KlR1*YhHOqtNkq1'
    'w~ogAH+|u~tv=ot;~uAZK6Q_^_5EyLY?JcgC$wiE=MhJUz0t)#I8GpJ#`~IbQa{8r4}$-47sR@ckr<>%|6LFFY2V>E(b$jmHDxT<'
    '*jvE|D2;c+r%rH!pEVvkGNa%I$BBb|&G%=m2m11bs&eL%_I$a~->f(0Z;L{{3FU8pO8Sv>qesl|_cr(4m;Z5ERu=MpZuB?mjr)MO'
    'eB4>@wXFw*EB+~(`v-etemO7DcVAc`FR1j!JZUw1-MqCo))9*)yk}BH;ZG9*GSEG}vR%7V_8+<rgT1kCIjhJx{G1nv{Soow`=qx<'
    '+MXrf%wQ~p?H`fe6j|)A)Q`w_pMR^T-5&9cF7Nk?J@I}^J(gT+LH*<>Q|yt{-{errGw1WHYi(TKc(|vv-+`@{NJyXLw0oE*dpIA!'
    '$IEOFxAf>X)};M2qH+IUE*@9fGhdtSG_yVZuUw3C6;Ih}Qn6M4K`!=hCh6V5dvqj`jV2k~em!TGiKx8#uX62rVQ4>(U&yukM11GF'
    'qUh<kPuFs-a!yD;jx5ee$Xc$lv-M~$*1xz;cPS^IqX%<Mou(80I<UV9>S1SDZ-`UydA~<r3Eul6Ne_!5P})u#zkVV79nrlH!84Ec'
    'Wj8O^+8<)?@>%B>Ox%ZES||N}6h0qt^cRu(di+}x>o@1w{$5~zpYOBxD53pB&MJLGuA8QB>1OSN@&S?;@UHhj&-EXLo+Qvu<T?0!'
    '4}AU-^cQ(MiBtc`KZY11xaTqW{IFw;3#Pr_$(E@&rXKxjZ-nP2;Pcth_<M{c#&Mo6gG@ag*V)Ja(OxZB*J}fNKZU~(@h3&!efz!e'
    'e7U`s3-5(Od%5ubD_XAfFxW|?T<L0p7zpkQqxx};#Es`!9z@bU3^cBq$IoleNVz3ioHx(Mpf%4CmT!T0lsnnQVTpBi=1gndO03I('
    'F+><UR0AI#*6b-NF-cg<djiItH?6gR*2<4h{0z_8oHO<snY^|Gk2~UVMl}|9!*iUAfpJlxIUZ8{=00*3cbK?lyH?`^<H@d=WVN@G'
    ')ZWnYBY2JNtb4U|qA$)c{JtJ&W<OkuFdwX~g*CB!;8-$p{UuuOh}IzIbr*+CdmV%d%P-g<Ja5aHlIoS<8mojp`L3-hoM9fbw#CFg'
    '+{FO@h0705aZKw2TMvv=!kE-FeJ`htUUSIi8`NTokvDe=ere&xW6sx+cP<h<!C0oj09@krV5*E(oVJW*gDK7t`*&pxTiO?iK1b&r'
    '@=n`YqP+1}8$UF@$K?aiV#&JUYjwrmjQ}p?U|rNVHz@cSC7TJiclpK^N^`rS{Ga!wE(&W-+FO^t$H%wsv!9wz-6tLt{iIx1cs*RG'
    'D=ZONwXE=vB}ESN%@dVmEm!@ox{_luY2;i@ZCtJsTye;tJeNhP_hjqaQf8l8{<b6^@Vz<!*J|yRPi~L|%X)ykDb;zZ8GBB3AptB8'
    '!Sxy}!(o}WHwnt>d*DJ@eaW=<YAHKp^(EuiGbIge^3?<Lo^}t815zDSgw-LC`M0ub3HF@kMWPOgIZQLAy)I;(_=(f%{Yys9t9Q|G'
    'o?kR${AxH-9)R%K3%_pzd2J(HOD68kNBjOnpYLfrFpvw=vFUnCitftK0RA1l?}m*pXYb2$)p1ty#MZXL=D_hD>B*1h;`?~riH#uN'
    'q8_<qTKgX617I<0<o*u3ja&ySuju)8#dg7U<3~Z)v+-Pw#w`Tor)hYJ`tYFVI<VFvt!2mSu1qR2Md-Y=p20goHpl)SxZh}ZqCI)?'
    '3C{%QM_T`!ykb`_2)G{7)7e&sN3)MnyCtuCW9$3ovTaIxu@~t1Ms`t~FxF(BGOax+iV5izw};LpkVRa*dX~ssXNg^V5^VHn$F|k7'
    'ABQonb;wS=q^xsRk-2y-`Gj&_L+h+dJ`5lDR*6i6{G8g8YsA)BCVqtlnA5n$2b3jzs|r2l{M>aOU9u;q=W`0LsWREKm&lxWMSF0J'
    'oVAh#4|5DJjw$D+B<wHRe6Szi5jGC3J6>?)2Jq*e72>)0-*~@Ij2zDSGQjLEcF~>@^gJ&sJ}s<svPk6Bd4iL3FqfKw%P70za}~JH'
    'X3x)=?*G{8Bx^KcInYPNYqcyYGR?el#^w}zi0|3c>@o8ee#zy}D4*^ikw2v#B%$!-wcmEJGn=+Q5SLAo_^&!qKQ>8?KdBDg-5uNy'
    'Tfg38#=qC@okYefD{{9c`^*SFiO?GBJl4Qg*EtDZU|rn1$e6a8>Uq;%CnpQMqH7&y`)BiGmW*6OO{zyI;mZ)*vyQAm8b_ih_jZ_`'
    'B<-adJ^N1fEXBJ4K_`~*Z^X3LCbikLwA`*5^S@y1(>*3xZw=dd?bLiJUi!>I%Wn&bPbo6}GD&U4A)v849Akvk+@!Ru6cF>G#Z86w'
    '{hl<fJs2ZdaX-7Hv&dtdQ10Wh9_?>CM{E{(5_g5q763m(YAAPG2CN3!nKju#lfkqey>p7KCU4UB8Rc<LJAfWz+|vq)O~E)ev@<R+'
    'oi-HCD@q(1kI&*Z$^{Euqj67~o{I1No&uLDJ8MVDIbLD+@;&*1MVFQOEniX2E+2Qn(`Kl}8bxuzQH*;O2OY(5U+mNO1!IU$!RH0|'
    'e5fyuRpvHI^lzYzG8*G7yz3IYcMQHe+vkTLIFGaJ{g>Fh#@Kz)CzW}g=!-wO%!AK9(5KT?jN5*M!Q}*eo+j|v0q__i^3VXR1!3@D'
    '04yjR_<A4oT>q$L{pT`X{|H$>t(zak#h+tq&%<2D`uyn!jj=!HfCJ9|Ec-wAaa?5h^(edlBE!3r?EW$Gf6mwO-J=A~bPaUQ(s|Cq'
    'c^+gJh1*3qXOF^n7vapEgzv}T@1*=tf?w8fqx7Vg&=I`odY^_hB7J$P&uv4pt>bAnUrukH>XZGJJBS|u=NGLp8js?8bY33l3-?>{'
    '`6B$D?z5kRQw-NQzMp2#U0~1geS3(#A94B3eX&1n8>2P%DKzUM8w1Y_)q&3`bp8}ur)ysPEFA&d+Qu&2JKQroKcny&{r@ujFAwiW'
    '9DKO1NmpGzxrBSp_n7a^DEk|qzs#OPTz{}n#`%W{k8st3cEKz9?#%!<3bQeGukTN;3vfF}aEFek!EekmF0GA<v?Ah*SQ{1L7vb~$'
    'Kr<+8qW?b@Kr?b4@W8WkKRYwpI`H|&6k38cq|Y-roniQQKl}el1^#2g^Vkn%Fo3oUfuDZ2V}1{@{q~)Y#Gi8@>x>Be`9Z+-r(iD;'
    '_fNywxR;!ftoZYTY)wxw9Oh?$^MiW@+^0S0vg9B5H}-eio`R3iu?`X$%y+C)eeH1s7a5HBS~<Nv&Bo&RvXAIXyNRBCmdI&Y;)#SG'
    'mombKPSXI?SN0Pc@C1`JPq8_V3Nm;IE@`nJXd4+JGT%Aauk)bWjrPTQ_9fWQGksxu#buxKY|f*7vW_mnklG<H6PR+F{&wZvr`dj-'
    '>yz;bbr;%O;C?pW6Utbp6<dRbD`y3HQIqS_>RwtekZ5j?z&@XVGdfCiu`$4hljQf&g!-2W(81|ixsEo*;CoW}p2{!#m~97X)p@e6'
    'F@p1t65T#2tvavFYfQoWM-|<l)2cznyH57WIR8*zdoJ@CCNpyx`jUfgAl#5{aQK}Ec%jW~OtA~)Qo!xJa;~Ja9Ig8)m}}1}#$()E'
    'Ke-FdiUzujZi^$-aN<lCapH^xC%C;g!uKdg4DB=L89jImXyjOcz4yH1%s<9xAe|rg@nSBUG3~i*TgZLG%+|^I?EQ+3@qz%8LHK*E'
    'z(n$&B7LW8w$Vgf<2k_FeeA+DB2PR+X#Yj{`xN}|G_i@HP2j8`-)gq<Q+?e()zThtUVKKe6<lQhKgFIqt=R9lt>LVPJf6f)a7yr7'
    'M6%!s;<va6`*s1~kG8PW9)61?x)YUIN6GyLXeZ+Hewg!d(~i$s@<J*L=HRUFA+n$g$4?MCei`mLmr@o?i&rNc`r0Gp|8zg7uZ-&u'
    'Lk#xZ7I2x(<(weLUu5$-$7I|`EqILIYxQ+{O`J1`*G1s7qp)8#Sf6Kn;X#5M2MN#FM|^(|fgN;=*!4!iUYrNsG757z1@^zoDQrP>'
    '-rT-5rr7tWZ;;{$*WX<G%6;!HUGi~derK63j(yTQty9|c|AT-(L+pA2be>ai?(-?+xX}G|*+KFhlmWMr*v9oF#^6^+jrnxr`eft!'
    'PUHIhQGNcu3N^ew4WFNc&+ouz^sFrg?K0d~8EuWVM8EbkZ-Y3DnRcJ|9nUsDUwTIvy@=-ciN^I8jq9aRd0n`UPr&D2z-M$nj=ve+'
    'wGQCd3)g31{Fg`D$NelD_hnD`{GtM%4}BEQA=E1yA#uFF4$uAoKL3#X&3hglemB%sgL~c$pO25qu-yS`9bnh*0!+WqxW3-FKGnFs'
    'HQIcq>n!{(fpPTt1^E0re0~Z(zeUzT_o7$0qOraVbK&p9_k5YWhv!IRpJB{X`C{XqUu#@{*|>fa&c^>9wXf@oF#fN>=U>9-Z;~?-'
    'eMaNZy`3RvgU95S*}m*%IE3TTb>e%XafewfWzyPz)V^}b^BJud{U(4n(xERk?tcZ&QbbQKTj<c2;2p29^M!Qi@@T7k6Iv&6dj_!5'
    '@<KPlx>4VJ1<p%EbN;w-{T|@jOBNV#c)Y^SKGLs0hR@$)IQSBSlW)yNT07A^-deMf(rRAM(U+b?V_upv=4Td-xf)1Ma6ZxVH|lOK'
    'LY}t=J<)haR9`Z}od|CpQ+S6|gA(z?72o%vw;S`#>+W@Kg?ppVZ(dKn9(>=Pj~Vk<AMtxnbZ_(--7oRNenNl0{G>78Yrx~>$J@t^'
    '{&ypO6W|ryBiTAW{qynfUm0)ZkAL!9^Yaape!M?==dSlP<mv_<zU`Og_2Rsu`)<hK)6LK5e%JUPZ0z;9#`PQ5o9mLs{~+MQIr#jI'
    '>oFXB$N%eq@&8&FU&FtzHJ%xKsuj;Q{QDY=AKkCvJ&h;qC2@p!;X5Mw8=cFDu0%5Bmw?B<H0m!)Yc&1pXe%v4ne|JIA5+<GBj8dW'
    '(4ii<UTVDK4_;()1iUx;K1*3{M}RCxX)W%<Z+|pQF2=RJ;T`(fpliKx?%vUUHZ)p3_I_jj!#`=rmQfJ&hnw_x<Ba?+{@&=>=rel$'
    'hJ3mJH2%Y_v^^S+&qvESj%xj$Uunv^A8A}iuiEEA>jOv6Q91b|@EMK4-%oL=kKj@?R#azL8bA78!j11uw(s}%fKGkwg|PkpdSk3&'
    '171fOu)Kd<UT<{I4Os`^dIaDe-S46$gAKa*D-Ha(^0dxhe#kR{#{LT6Q}m3+Yqa(J*>t?7mlfLhXVdb!UiP59k-mxWdV>Nl)JZwK'
    '-Z0*Z54{8r@cMk?-mlEGj`w+ZKKkA@zm*0~e)nU|^B<jkF;@fd_PZZzrxmX8zyIS69DB|#D@6C)z{ThE{nO~fCw{U)qkp1tZ-f8-'
    '-Sci9MBf`ddxOUR1iTM;cr=cSH`(U%x#!Z&=X1|xH=k;Q);;<Dm|p!k$cMk<Aq!W5PCog5nQr|#<1fGC!3!gr^tW$kvLeu_=zB?)'
    '`&l?=QtcU(gZ}-GwdcE1zQgGs)`R~S|12z*=5HGG^2;A+)weYGMfcv24L_jkS1wyb?s~I!{QPA5_&HKr{zhK*q}$Gf<E?w%JzjKA'
    '8av!qfG-_-s@-<<Re1LQ2)d=T9~7VZ2|jU|najpv9el7`4L#G2GhcimzK83ouX}gv|27D`_KPpL=f8o>Kf=QZ-gN%7SAldME|0du'
    '`c2nkzRqLd{xh?0e4WX(pCq;(ZSE59Iny{hpL}2I+@tSqjQKwI^Dj2;{kdA}^Dn~l(f7RmN)Pz+5gyy%6Ju{_?b`KVD~aljJpjL-'
    'iR>(7ZQF?NW)q7S=x2V#4QvliCwOiftYHMsB|g_f{*N-}I{5DY19vVvDF'
)
