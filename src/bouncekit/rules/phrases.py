"""Phrase rules: what receiving servers say, grouped by reason, in priority order.

Each entry is ``(rule_id, regex)``. The classifier compiles the entries of one reason into one
alternation with a named group per rule id, so one search per reason finds the first rule that
speaks and names it (``phrase.<reason>.<rule_id>``). Patterns are lower-case-insensitive and written
without nested quantifiers so that a search stays linear in the diagnostic's length.

Wording is the general wording many servers share (Postfix, Sendmail, Exim, Exchange, qmail,
Courier, the big providers), in English and in the languages servers localise into (German,
French, Spanish, Portuguese, Italian, Russian, Polish, Japanese, Chinese).
"""
from __future__ import annotations

from ..model import Reason

R = Reason
Phrases = tuple[tuple[str, str], ...]

# --- causes whose words would otherwise be read as a broader one ---------------------------------
# the message came round again: a forwarding or MX loop ("exceeded 50 hops" is no size limit)
LOOP: Phrases = (
    ("loop", r"routing loop|hop count exceeded|too many hops|mail(?:ing)? loop|e-?mail loop|loop detected|exceeded \d+ hops|(?:dns|mx) records?[^.]{0,40}? in a loop|mx ?loopback"),
)

# the sending host named as a spam source (before "relaying denied", "invalid recipients" it comes with)
IP_FIRST: Phrases = (
    ("spam_source", r"(?:your )?ip (?:address )?(?:has been |was )?identified as (?:a )?spammer|unusual amount of unsolicited (?:e-?mail|mail) originating from your ip"),
    ("harvest", r"too many (?:invalid|bad|unknown|non-?existent) recipients"),
)

# the sender goes too fast ("the quota for sending", "queue quota" are no full mailbox)
RATE_FIRST: Phrases = (
    ("greylisted", r"gr[ae]y-?list(?:ed|ing)?|gr[ae]y list"),
    ("unusual_rate", r"unusual rate of|unusual (?:amount|volume) of (?:e-?mail|mail|messages)(?! originating from your ip)|receiving (?:e-?mail|mail) (?:at a rate|too quickly)|rate that prevents additional messages"),
    ("volume", r"(?:excessive|unexpected|high|unusual) (?:message )?volume|deferred due to (?:excessive|unexpected) volume"),
    ("sending_quota", r"quota for sending|sending quota|(?:organization|tenant) queue quota|relay limit exceeded|(?:limit for|limit on) the number of messages|number of messages (?:they|it|you|the sender|the recipient) can (?:send|receive)|messages? per (?:hour|minute|second|day)"),
)

# too many recipients (or connections) at once: a count, not a speed
COUNT_FIRST: Phrases = (
    ("too_many_recipients", r"too many recipients|recipient (?:limit|count) (?:exceeded|reached)|(?:destination domains|recipients|domain policy size) per transaction|in a separate transaction|exceed(?:s|ed)? (?:the )?(?:maximum )?(?:number of )?recipients|max(?:imum)? (?:number of )?recipients"),
    ("connection_frequency", r"connection (?:frequency|rate) limit|too many (?:\w+ ){0,2}?(?:connections|sessions)|connection (?:limit|count) (?:exceeded|reached)|maximum (?:number of )?(?:concurrent )?connections"),
)

# a header missing, repeated or malformed (before "syntax" and "policy" words)
HEADERS: Phrases = (
    ("header_fault", r"missing a valid (?:address in the )?(?:from|message-id|date|sender)|(?:having )?no (?:from|message-id|date):? header|(?:unicode|non-ascii|8-?bit|invalid) character in (?:a |the )?(?:disallowed |message )?header|disallowed header|encoded-word syntax is not permitted"),
)

# the SMTP dialogue itself went wrong ("protocol violation" is no policy, "RFC 5321" no header fault)
PROTOCOL: Phrases = (
    ("protocol", r"protocol violation|out of sequence|bad sequence of commands|syntax error|(?:bad|invalid) address syntax|address syntax (?:error|invalid)|command (?:not recognized|unrecognized|unknown)|unrecognized command|no commands allowed to pipeline|pipelining (?:not allowed|error)|(?:rcpt|mail|helo|ehlo) first\b"),
)

# a local delivery program's own output
LOCAL_DELIVERY: Phrases = (
    ("local_delivery", r"(?:^|\s)(?:procmail|maildrop|dovecot-lda|spamc|deliver): "),
)

# a recipient-side delivery restriction (who may write to a list, group or mailbox)
RESTRICTION: Phrases = (
    ("restriction", r"delivery restriction|(?:not authorized|not allowed|no permission|not permitted) to send to (?:the |this )?(?:distribution list|group|recipient|list|mailbox)|resolver\.rst\.\w*(?:notauthorized|sendernotauthenticated)"),
)

# TLS could not be negotiated (not offered, handshake failed): failed_starttls; the receiving
# server demanding an encryption the sender did not use: security_error (taxonomy.md Decision 6
# and the table: "authentication/encryption required"). Before the "rate limited because ..." words.
TLS_FAILED: Phrases = (
    ("tls_failed", r"tls is required, but|(?:starttls|tls) (?:was )?not offered|cannot start tls|tls engine|(?:ssl|tls) (?:handshake|negotiation) (?:failure|failed|error)|handshake failure|no shared cipher"),
)
TLS_REQUIRED: Phrases = (
    ("tls_required", r"(?:not|wasn['’]t|weren['’]t|isn['’]t) (?:sent )?(?:over|using|via) (?:a )?tls(?: connection)?|tls (?:wasn['’]t|was not|is not|isn['’]t) used|tls (?:is )?required|requires? (?:a )?(?:secure|encrypted|tls) connection|encryption (?:is )?required|must issue a starttls command first"),
)

# the sender's own identity or domain authentication, before the header and rate words they come with
SENDER_FIRST: Phrases = (
    ("send_mail_as", r"['‘’]?send mail as['‘’]? (?:feature|account)"),
)
AUTH_FIRST: Phrases = (
    ("alignment", r"(?:isn['’]t|is not|not) aligned with|alignment (?:check )?fail"),
)

# an attachment or content type refused
ATTACHMENT: Phrases = (
    ("attachment", r"\bbanned: |(?:illegal|prohibited|forbidden|banned|blocked|unacceptable|dangerous|disallowed) (?:attachment|file type|file extension|file name)s?|attachment (?:type )?(?:is )?(?:not allowed|not permitted|prohibited|blocked|forbidden)|content presents a potential(?: \S+)? security issue"),
)

# a domain listed on a domain blocklist: the sender's (sender_rejected) or one in the content (spam)
LISTED_SENDER: Phrases = (
    ("listed_sender", r"(?:sender|mail ?from|envelope from|return-path)(?: address| domain)?[^.;]{0,40}? (?:is )?(?:blocked using|listed (?:in|at|on)|blacklisted|blocklisted)"),
)
LISTED_CONTENT: Phrases = (
    ("listed_domain", r"\bdbl\b|uribl|surbl|domain (?:is )?(?:present|listed) in|blacklisted (?:url|domain|link)|url (?:is )?(?:blacklisted|listed)"),
)

MAILBOX_FULL: Phrases = (
    ("mailbox_full", r"mail ?box (?:is |was |seems |appears to be )?(?:currently |now )?(?:full|over ?(?:quota|the quota|filled))"),
    ("over_quota", r"over ?quota|quota (?:exceeded|exceed|full|violation)|exceeded (?:his|her|their|the|its|storage) ?(?:mailbox )?(?:quota|storage)|exceed(?:s|ed)? (?:the )?(?:mailbox |storage |disk )?quota|quota (?:limit|would be exceeded)|mailbox quota|disk quota"),
    ("storage_full", r"(?:out of|insufficient|not enough|no) (?:mailbox |disk |storage )?(?:space|storage)(?: left)? (?:for|on|in) (?:the |this )?(?:user|recipient|mailbox|account)|(?:account|inbox|mailbox) (?:storage )?(?:is )?(?:full|out of (?:storage|space))|user(?:'s)? (?:mailbox|inbox) is full|recipient(?:'s)? (?:mailbox|inbox) is full|is over (?:the |its |his |her |their )?(?:storage|size|quota) limit|mailbox size limit exceeded|maildir over quota|would exceed mailbox|the email account that you tried to reach is over quota|too much mail data|mailfolder is full|full mailbox"),
    ("de", r"postfach (?:ist )?voll|speicherplatz (?:ist )?(?:voll|erschöpft|überschritten)|quota überschritten|kontingent überschritten"),
    ("fr", r"boîte (?:aux lettres |mail )?(?:est )?pleine|boite (?:aux lettres )?(?:est )?pleine|quota (?:est )?dépassé|espace de stockage (?:est )?(?:plein|insuffisant)"),
    ("es", r"buzón (?:está |esta )?lleno|buzon (?:esta )?lleno|cuota excedida|ha excedido (?:su|la) cuota"),
    ("pt", r"caixa (?:postal |de correio )?(?:está |esta )?(?:cheia|lotada)|cota excedida|quota excedida"),
    ("it", r"casella (?:di posta )?(?:è |e' )?piena|quota superata|spazio (?:della casella )?esaurito"),
    ("ru", r"ящик переполнен|переполнен|превышен(?:а)? квот|недостаточно места"),
    ("pl", r"skrzynka[^.]{0,30}? (?:jest )?(?:pełna|przepełniona)|przekroczon[ao] (?:limit|quot)"),
    ("ja", r"容量(?:が|を)?(?:超過|オーバー|不足)|メールボックスが(?:いっぱい|一杯|満杯)|容量制限"),
    ("zh", r"(?:邮箱|信箱|郵箱)(?:空间)?(?:已满|满了|容量不足|已滿)|空间不足|超出(?:了)?(?:邮箱)?(?:容量|配额)"),
)

MESSAGE_TOO_LARGE: Phrases = (
    ("too_large", r"(?:message|mail|email|e-mail) (?:is |was )?(?:too (?:big|large|long)|exceeds|exceeded|size exceeds|size limit|length exceeds)|(?:message|mail) size (?:exceeds|exceeded|too (?:big|large))|exceeds? (?:the )?(?:maximum |max )?(?:message |allowed |permitted )?size|size (?:limit )?exceeded|size exceeds (?:the )?(?:fixed |maximum )?(?:limit|maximum)|exceeded (?:google's |the )?message size limits?|too big for system|line limit exceeded|message file too big|taille (?:du message )?(?:excessive|trop grande|dépasse)|nachricht (?:ist )?zu groß|mensaje (?:es )?demasiado grande|mensagem (?:é )?(?:muito grande|excede)|messaggio troppo grande|слишком больш(?:ое|ой) (?:письмо|сообщение)|превышен(?:\w*)? размер|wiadomość (?:jest )?za duża|サイズ(?:が|を)?(?:超過|オーバー|大きすぎ)|邮件(?:大小)?(?:过大|太大|超过)"),
)

EXCEED_LIMIT: Phrases = (
    ("recipient_limit", r"message (?:length )?exceeds (?:the )?(?:local |administrative )limit|exceeds? (?:the )?administrative limit|recipsizelimit|message too large for this recipient|size exceeds the limit for this recipient"),
)

MAILBOX_DISABLED: Phrases = (
    ("disabled", r"inactive (?:e-?mail )?(?:address|account|mailbox|user)|recipient (?:address )?rejected: (?:inactive|blocked|disabled|suspended|locked)|(?:account|mailbox|user|address|recipient)(?: has been| is| was)? (?:currently )?(?:disabled|deactivated|suspended|inactive|locked|blocked by (?:the )?administrator|frozen|expired|closed|terminated|not active|on hold)|(?:disabled|suspended|inactive|deactivated|expired|locked|closed) (?:e-?mail )?(?:account|mailbox|user|recipient)|account (?:is )?(?:temporarily )?(?:unavailable|locked)|temporary locked|mailbox (?:is )?(?:temporarily )?disabled|user (?:account )?(?:is )?(?:temporarily )?(?:not available|unavailable)|the email account that you tried to reach is (?:disabled|inactive)|account that you tried to reach is disabled|is no longer (?:active|in service)|mailbox (?:has been )?removed|(?:recipient|recipient's|destination) (?:account|mailbox) (?:is |has been )?(?:blocked|locked|archived)|compte (?:du destinataire )?(?:est )?(?:bloqu|désactiv|suspendu)|boîte (?:aux lettres )?(?:désactivée|suspendue)|konto (?:ist )?(?:gesperrt|deaktiviert)|postfach (?:ist )?(?:gesperrt|deaktiviert)|cuenta (?:está |esta )?(?:desactivada|suspendida|inactiva)|conta (?:está )?(?:desativada|suspensa)|account (?:è )?(?:disattivato|sospeso)|учетная запись (?:отключена|заблокирована)|(?:ящик|аккаунт) (?:отключен|заблокирован)|konto (?:jest )?(?:zablokowane|wyłączone|nieaktywne)|アカウント(?:が|は)?(?:停止|無効)|(?:帐户|账户|帳戶)(?:已)?(?:停用|冻结|被禁用)"),
)

HAS_MOVED: Phrases = (
    ("moved", r"user not local; please try|(?:mailbox|address|user|recipient) has moved|destination mailbox has moved|no forwarding address|has been moved|moved permanently|user has moved"),
)

# asked to authenticate: a relaying refusal that names the missing authentication is about authentication
AUTH_REQUIRED: Phrases = (
    ("smtp_auth", r"turn on smtp authentication|too many (?:failed )?login attempts|log ?in (?:through|with|via|using) your (?:web )?browser|too many unauthenticated commands|no identity changes permitted|(?:does not|doesn['’]t) advertise auth|(?:relay|send)[^.]{0,40}? without (?:smtp )?authentication|smtp authentication (?:is )?required"),
)

NO_RELAYING: Phrases = (
    ("relay_denied", r"not configured to relay|email address is not verified|identities failed the check|relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed|authorized)|prohibited)|(?:not (?:permitted|allowed|authorized) to|unable to|cannot|can['’]t|will not|we do not) relay|no relaying|relay not permitted|relaying (?:mail )?(?:to <[^>]*> )?(?:is )?(?:denied|not allowed)|not a gateway|(?:domain|host) isn['’]t in my list of allowed rcpthosts|not in my list of allowed rcpthosts|mail server permanently rejected message \(#5\.7\.1\)|relay access"),
)

AUTH_FAILURE: Phrases = (
    ("dmarc", r"\bdmarc\b"),
    ("spf", r"spf record[^.]{0,40}? (?:suspicious|invalid|error|too many)|\bspf\b[^.]{0,60}?(?:fail|not pass|didn['’]t pass|did not pass|reject|invalid|error|not allowed|not authori[sz]ed|violat)|(?:fail|not pass|reject|violat)[^.]{0,40}?\bspf\b|(?:per (?:it['’]?s|the)|by|due to|according to) spf|bad spf|spf (?:check|validation|verification|policy)|received-spf: (?:fail|softfail)|sender policy framework|is not (?:an )?(?:authorized|designated|permitted) sender|not designated to send|not permitted sender"),
    ("dkim", r"\bdkim\b|domainkeys"),
    ("sender_id", r"purported responsible address"),
    ("unauthenticated", r"fails? to pass authentication checks|does not have authentication information|authentication checks? (?:have |has )?failed|unauthenticated (?:e?mail|message|sender)|sender is unauthenticated|multiple authentication checks failed|sender (?:address )?authentication failed"),
)

REQUIRE_PTR: Phrases = (
    ("ptr", r"\bptr\b|reverse (?:dns|lookup|name|hostname|host name)|rdns|reverse-dns|no (?:dns )?(?:reverse|ptr)|cannot (?:find|resolve) your (?:hostname|host name)|(?:ip|address) (?:name )?lookup failed|client host (?:name )?(?:is )?(?:unknown|not resolv)|unresolvable (?:ip|address|host)|mismatch(?:es)? (?:the )?client ip|hostname (?:does not|doesn['’]t) match|does not resolve to your ip|not resolve (?:to )?your|unverifyable sending ip|no matching host ?name|unable to resolve (?:your )?(?:ip|host)|without (?:a )?valid (?:reverse|hostname)|invalid (?:hostname|rdns)"),
)

VIRUS_DETECTED: Phrases = (
    ("virus", r"virus|malware|infected|trojan|worm found|malicious (?:content|attachment|software|code)|вирус|ウイルス|病毒"),
)

NOT_COMPLIANT_RFC: Phrases = (
    ("rfc5322", r"rfc ?(?:5322|2822|822|5321|2821)|not (?:rfc|standards?)[ -]compliant|multiple (?:addresses in )?(?:from|to|subject|message-id|date):? (?:headers?|fields?|lines?)|multiple addresses in (?:the )?(?:from|to|cc)\b|duplicate (?:headers?|message-id|from|subject|date)|(?:header|message-id|from:|date:) (?:field )?(?:is )?(?:missing|malformed|invalid|too long)|missing (?:a valid address in )?(?:from|date|message-id|subject)[: ]|invalid (?:message-id|from header|date header)|bare (?:lf|cr)|lines? too long|message (?:header|body) (?:is )?(?:malformed|invalid)|message contains (?:bare|8-?bit)|8-bit character in header|nonstandard header|no (?:from|date|message-id) header"),
)

SPAM_DETECTED: Phrases = (
    ("spam", r"(?:mail |message )?content denied|(?:message|e-?mail|mail) (?:is|looks|appears) suspicious|suspicious due to the nature of the content|spam ?signature|\bspam(?!haus|cop)|(?:message )?content rejected|junk mail|unsolicited (?:mail|e-?mail|message|bulk|commercial)|bulk mail|likely suspicious|looks like (?:spam|junk)|considered (?:as )?(?:spam|junk|unsolicited)|classified as (?:spam|bulk|junk)|scored as (?:spam|junk)|spam ?score|content filter (?:rejection|score)|message (?:content )?(?:rejected|refused) as (?:spam|junk)|high probability of being spam|(?:spam|junk)[ -]?(?:filter|detected|rejected|content)|rejected (?:by|due to) (?:anti-?spam|spam)|score too high|blacklisted url|uribl|surbl|dbl\.spamhaus|mail appears to be unsolicited|spammy|phish|message has been identified as|contains? (?:suspicious|prohibited) (?:url|link|content)|スパム|迷惑メール|垃圾邮件|垃圾郵件|спам|nevyžádan|pourriel|correo no deseado|indesejad"),
)

BAD_REPUTATION: Phrases = (
    ("reputation", r"reputation|sender score|senderscore|low (?:sender |ip )?rating|poor (?:sending )?history"),
    # refusals that cite the recipients' complaints about the sender's earlier mail
    ("complaints", r"(?:due to|because of) (?:unexpected volume or )?(?:user|spam|recipient) complaints|too many (?:user |spam )?complaints|high (?:spam )?complaint rate"),
)

RATE_LIMITED: Phrases = (
    ("speeding", r"(?<!connection )rate limit|ratelimit|rate-limit|too (?:many|much) (?:mail|messages|emails|e-mails|traffic)(?: (?:sent|from|for))?|sending (?:rate|too fast|limit)|throttl|receiving mail (?:at a rate|too quickly)|exceeded (?:the |your |its )?(?:message |sending |hourly |daily )?(?:rate|quota for sending|send limit|sending limit|hourly limit|daily limit)|too fast|slow down|frequency limit|frequency limited|send(?:ing)? frequency|try again later \(#4\.3\.0\)|messages? per (?:hour|minute|second|day)|temporarily deferred due to (?:unexpected )?volume|频率|頻度|送信数"),
)

TOO_MANY_CONNECTIONS: Phrases = (
    ("connections", r"connection rate limit|too many (?:\w+ ){0,2}?(?:connections|sessions)|too many connections from|connection (?:limit|count) (?:exceeded|reached)|maximum (?:number of )?(?:connections|concurrent connections)|too many (?:recipients|rcpt)|recipient (?:limit|count) (?:exceeded|reached)|exceed(?:s|ed)? (?:the )?(?:maximum )?(?:number of )?recipients|max(?:imum)? (?:number of )?recipients|too many hosts? |too many errors|too many invalid recipients|too many bad recipients|connection rate"),
)

BLOCKED_LISTED: Phrases = (
    ("rbl", r"blocked (?:using|by)|listed (?:in|at|on|by) (?:the )?(?:rbl|dnsbl|spamhaus|spamcop|sorbs|barracuda|\w+\.(?:org|net|com))|(?:rbl|dnsbl|dnsrbl) |\bdnsbl\b|\brbl\b|spamhaus|spamcop|sorbs|\bcbl\b|\bpbl\b|\bsbl\b|\bxbl\b|barracudacentral|mailspike|uceprotect|psbl"),
)

BLOCKED: Phrases = (
    ("listed", r"black ?list|block ?list|denylist"),
    ("client_rejected", r"client host (?:\[[^\]]*\] )?(?:rejected|blocked|refused)|(?:host )?network not allowed|\bbad ip\b|your access to submit messages|(?:\bip|client|sending host|sender ip|your ip|your host|your server|your network|your mail server)(?: address)? (?:\[?[0-9a-f.:]+\]? )?(?:has been |is |was )?(?:temporarily )?(?:blocked|banned|blacklisted|not allowed|refused|rejected|denied|not accepted)|connections? (?:denied|refused|not (?:accepted|allowed)) from|access denied from|not accepting (?:mail|messages|connections) from|not accepting connections|refused to talk to me|dynamic(?:ally)?[ -](?:ip|assigned|address|pool|client|range)|dial-?up|residential|use (?:the )?(?:smtp|mail) (?:server|relay) of your (?:isp|provider)|(?:isp|provider)(?:'s)? (?:smtp|mail) server|messages from [0-9.]+ weren['’]t sent|part of their network is on our block list|your (?:ip|host|network|server) (?:address )?(?:is |has been )?(?:on|in) (?:our|a) |poor reputation|(?:ip|host) (?:is )?not (?:permitted|allowed|authorized) to send|not authorized to send email directly to our servers|banned|hostile|abuse|service refused|cannot accept (?:mail|connections) from|mail from your (?:ip|host|domain)|generic (?:host ?name|rdns)|invalid ip (?:address )?for sending|(?:is|as) an open relay|open relay (?:detected|listed|blocked)"),
)

USER_UNKNOWN: Phrases = (
    # wordings that only ever mean a missing mailbox, whatever the SMTP stage
    ("mailbox_missing", r"recipient name is not recognized|all recipient addresses rejected ?: access denied|not a registered gateway user|recipient address\s+is not a valid rfc[- ]?532[12] address|mail\.local: unknown user|wasn['’]t found at the destination domain|the email account that you tried to reach does not exist|not listed in (?:the )?(?:domino directory|public name & address book)|no valid recipients for this|please check if address is correct|address (?:is )?not (?:valid|correct)\. please check"),
    ("no_such_user", r"no such (?:user|mailbox|recipient|account|address|local user|person|e-?mail)|(?:user|recipient|address|mailbox|account|addressee)(?: name)? (?:is )?unknown|unknown (?:user|recipient|mailbox|local[- ]part|address|account|e-?mail)|(?:user|recipient|mailbox|address|account|addressee|e-?mail address)(?: name)? (?:does not|doesn['’]t|did not|didn['’]t|do not|not) exist|(?:user|recipient|mailbox|address|account|e-?mail(?: address)?)(?: was)? not (?:found|known|listed|recognized|valid)|(?:invalid|bad|non-?existent|nonexisting|unknown|inexistent) (?:user|recipient|mailbox|address|account|e-?mail address|rcpt)|recipient (?:address )?rejected: (?:unknown|invalid|undeliverable|user|no such|not found|access denied|mailbox)|user (?:does not|doesn['’]t) exist|mailbox (?:not found|name not allowed)|address (?:not found|unknown|invalid|does not exist)|unknown (?:or invalid )?(?:local part|address)|this user doesn['’]t have a [\w.-]+ account|doesn['’]t have a \S+ account|not (?:a )?(?:valid|known) (?:user|recipient|mailbox|address)|not our customer|no (?:mailbox|account|user) (?:here )?(?:by that name|with this name|for)|user (?:not|isn['’]t) (?:here|local|on this system|found)|is not a valid (?:mailbox|user|recipient)|no valid recipients?|undeliverable address|address (?:lookup|verification) failed|email address (?:could not be|wasn['’]t|was not) found|wasn['’]t found at the destination|couldn['’]t be found|could not be found|cannot be found|mailbox (?:is )?(?:invalid|inactive)|not listed in (?:the )?(?:domino directory|public name|name & address book|address book)|verify the (?:recipient|address)|user lookup failed|no mail box|invalid mailbox|unknown or illegal alias|account does not exist|is not a known user|addressee unknown|recipient unknown|user unknown|unknown recipient|not a valid user|no account|bad destination mailbox address"),
    # the RFC 5321 text of 550: says a mailbox is unusable, yields to any cause the same reply names
    ("mailbox_unavailable", r"mailbox (?:is )?(?:unavailable|not available)"),
    ("de", r"unbekannt(?:er)? (?:empfänger|benutzer|user)|(?:empfänger|benutzer|adresse|postfach|mailbox)(?:adresse)? (?:ist )?(?:unbekannt|existiert nicht|nicht vorhanden|nicht gefunden)|gibt es nicht|existiert nicht"),
    ("fr", r"(?:utilisateur|destinataire|adresse|boîte aux lettres|compte)(?: est)? (?:inconnu|inexistant|introuvable|n'existe pas)e?|n'existe pas|adresse (?:e-?mail )?(?:invalide|inconnue)"),
    ("es", r"(?:usuario|destinatario|dirección|buzón|cuenta)(?: de correo)? (?:es )?(?:desconocid[oa]|no existe|inexistente|no encontrad[oa]|no válid[oa])|no existe"),
    ("pt", r"(?:usuário|utilizador|destinatário|endereço|conta)(?: de e-?mail)? (?:é )?(?:desconhecid[oa]|inexistente|não existe|não encontrad[oa])|não existe"),
    ("it", r"(?:utente|destinatario|indirizzo|casella)(?: di posta)? (?:è )?(?:sconosciut[oa]|inesistente|non esiste|non trovat[oa])|non esiste"),
    ("ru", r"(?:пользовател[ья]|адрес(?:ат)?|получател[ья]|ящик(?:а)?)[^.]{0,30}(?:не существует|не найден|неизвестен)|нет такого (?:пользователя|ящика|адреса)|неизвестный (?:пользователь|адрес|получатель)|не существует"),
    ("pl", r"(?:użytkownik|adres|odbiorca|skrzynka)(?: odbiorcy)? (?:nie istnieje|nieznany|nie został znaleziony)|nie istnieje|nieznany (?:użytkownik|adres|odbiorca)"),
    ("ja", r"ディレクトリ(?:には|の)(?:リストに)?(?:見つかりません|ありません)|(?:宛先|ユーザ|ユーザー|アドレス|メールアドレス|アカウント|受信者)(?:が|は)?(?:存在しません|存在しない|見つかりません|不明)|存在しないアドレス|該当するユーザ"),
    ("zh", r"(?:用户|帐户|账户|账号|帳號|收件人|邮箱|郵箱|信箱|地址)(?:名)?(?:不存在|未找到|无效|無效|不存在或)|查无此人|無此用戶|无此用户"),
)

HOST_UNKNOWN: Phrases = (
    ("domain", r"(?:mx records?|mail exchangers?) points? to non-?existent hosts?|non-?existent (?:domain|host)|host (?:or domain name )?(?:not found|unknown)|host [a-z0-9.-]+ not found|(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)+\.? does not exist|unrouteable address|domain (?:is )?not reachable|unknown (?:host|domain)|no such (?:host|domain)|domain (?:name )?(?:not found|does not exist|doesn['’]t exist|is not (?:valid|registered)|unknown|not exist)|name or service not known|nxdomain|unrouteable (?:mail )?domain|unroutable domain|invalid domain|bad destination (?:system|host|domain)|unresolvable domain|domain (?:could not|couldn['’]t) be (?:found|resolved)|(?:mx|domain) lookup failed|no (?:mx|mail exchanger|valid mx|dns) (?:record|host)s?|could not find (?:mx|the host|an mx)|host not found|recipient domain (?:not found|unknown|does not exist)|domain is not (?:hosted|served)|(?:destination|recipient) (?:domain|host) (?:is )?(?:invalid|unknown|not found)|dns error: domain name not found|domain name not found|domäne (?:existiert nicht|nicht gefunden)|domaine (?:inexistant|introuvable|inconnu)|dominio (?:no existe|inexistente|desconocido)|домен не (?:существует|найден)|ドメインが(?:存在しません|見つかりません)|域名不存在"),
)

# "the domain does not exist" in the languages whose user-unknown wording is the same verb
HOST_UNKNOWN_WORDS: Phrases = (
    ("domain_invalid", r"invalid (?:address )?domain|address domain (?:is )?(?:invalid|unknown)|lookup of \S+ had no relevant answers|(?:couldn['’]t|could not) find a mail exchanger or ip address"),
    ("domain_words", r"(?:domäne|domaine|dominio|domínio|domena|домен|ドメイン|域名)[^.,;]{0,20}?(?:existiert nicht|no existe|не существует|n'existe pas|não existe|nie istnieje|inexistant|inexistente|存在しません|不存在)"),
)

NOT_ACCEPT: Phrases = (
    ("null_mx", r"null mx|nullmx|no mx records? (?:found|exists?)|(?:domain|host|server) does not accept (?:any )?mail|does not accept any mail|accepts no mail|not accepting (?:any )?(?:e-?mail|mail|network messages)(?! from)|system not accepting network messages|no mail(?: is)? accepted|mail (?:is )?not accepted for this domain|domain does not (?:accept|receive) (?:e-?mail|mail)"),
)

SENDER_REJECTED: Phrases = (
    ("sender", r"envelope sender (?:has been |was |is )?(?:denied|rejected|refused)|sender (?:address |domain |e-?mail )?(?:rejected|refused|denied|blocked|invalid|unknown|verify failed|not allowed|verification failed|is (?:invalid|blocked|not (?:allowed|accepted|valid|permitted)))|(?:invalid|bad|unknown|unverified|unroutable|unrouteable|illegal|forged|rejected) (?:sender|from|mail from|envelope sender|return path|reverse path)(?: address| domain)?|sender (?:domain )?(?:does not exist|must exist|not found|doesn['’]t exist|has no|not resolvable)|(?:your|the) (?:sender|from|envelope) (?:address|domain) (?:is|was|has been) (?:rejected|refused|blocked|blacklisted|not allowed)|mail from (?:address )?(?:rejected|refused|not accepted|denied)|domain of sender address|sender (?:address )?verify|cannot verify (?:the )?sender|could not verify sender|sender (?:is )?(?:on|in) (?:the )?(?:block|black|deny)list|envelope from|from address (?:is )?(?:rejected|not allowed|invalid|blocked)|from:? domain (?:is )?(?:invalid|not valid|rejected)|your (?:e-?mail )?address has been blocked|blocked (?:sender|from)|sender (?:has been |is |was )?(?:black|block)listed|send mail as|permission to send as|send as this sender|mail from (?:domain|address) (?:does not|doesn['’]t) (?:exist|resolve)|(?:invalid|bad|rejected|unverifiable) return-path|null sender|empty (?:envelope )?sender|do not accept mail from|we don['’]t accept mail from|not allowed to send (?:mail|messages) to|not authorized to send (?:mail|messages) to|absender (?:ist )?(?:ungültig|abgelehnt|unbekannt)|expéditeur (?:refusé|rejeté|inconnu|invalide)|remitente (?:rechazado|no válido|desconocido)|remetente (?:rejeitado|inválido)|mittente (?:rifiutato|non valido)|отправител[ья] (?:отклонен|заблокирован|не найден)|nadawca (?:odrzucony|zablokowany)|送信者(?:が|は)?(?:拒否|ブロック)|发件人(?:被)?(?:拒绝|拒收)"),
    ("sender_common", r"sender (?:was |has been )?rejected|(?:e-?mail )?sending (?:is )?denied|refused mail ?from|(?:return|sender|mail ?from) (?:domain )?mx (?:does not exist|not found)|does not exist e2110|administrative prohibition|batv (?:failed|validation)|bogus mail from|members-only list|closed mailing list|mail from not owned by user|not owned by user|returned mail not accepted here|sender is spammer|sender not pre-approved|sender domain is empty|server does not accept mail from|not allowed to post to this (?:mailing )?list|address that has not been verified|email address is not verified|fully qualified email address required|emetteur invalide|unroutable sender"),
    # anti-spoofing: mail claiming to come from the very address it is sent to
    ("self_addressed", r"(?:cannot|can['’]t|may not) send (?:e-?mail|mail|messages?) to yourself|sender (?:address )?(?:is )?(?:the )?same as (?:the )?recipient|(?:sender|from) and (?:recipient|to) (?:addresses )?(?:are )?(?:the )?(?:same|identical)"),
    ("group", r"group (?:you tried to contact )?(?:may not exist|doesn['’]t exist)|you may not have permission to post|not have permission to post|permission to post|不存在か|投稿する権限|群組可能不存在|張貼留言的權限|群组可能不存在|发帖权限|nicht die erforderlichen berechtigungen|n'existe pas ou que vous ne soyez pas autorisé|no tienes los permisos|não (?:tem|tenha) permissão"),
)

FILTERED: Phrases = (
    ("filter", r"(?:rejected|refused|blocked|denied|deleted) by (?:the )?(?:recipient|user)(?:'s)? (?:filter|settings|rules|preferences)|recipient(?:'s)? (?:filter|settings)|mail(?:box)? (?:rule|filter)|user (?:has )?(?:refused|rejected|blocked|filtered)|due to (?:the )?recipient(?:'s)? (?:policy|settings|preferences)|refuses? (?:to accept|delivery of) (?:this|your|the) (?:message|mail)|message (?:has been |was )?(?:rejected|refused) by (?:the )?recipient|recipient (?:does not|doesn['’]t) (?:accept|want|wish)|does not (?:wish|want) to receive|not accepting mail from you|user (?:is )?not accepting|(?:mail|message) (?:is )?(?:refused|rejected) by (?:the )?(?:user|recipient)|filtered|header check|body check|blocked by (?:the )?(?:content|mail) filter|due to (?:local )?(?:content|message) filter|this message was (?:blocked|rejected)"),
)

POLICY_VIOLATION: Phrases = (
    ("header_error", r"header error|header (?:is )?(?:invalid|malformed|rejected)"),
    ("forwarding", r"external forwarding|forwarding (?:is )?(?:not allowed|disabled|prohibited|blocked)"),
    ("policy", r"polic(?:y|ies)|prohibited|forbidden (?:attachment|content|file|extension)|not allowed (?:attachment|file type|extension)|(?:attachment|file type|extension)(?: type)? (?:is )?(?:not allowed|not permitted|prohibited|blocked|forbidden)|illegal attachment|banned (?:attachment|file|content)|violat(?:es|ion|ed)|terms of (?:service|use)|acceptable use|\baup\b|compliance|content (?:is )?not allowed|message (?:not|cannot be) accepted for policy reasons"),
)

CONTENT_ERROR: Phrases = (
    ("content", r"media (?:error|not supported|type)|content (?:error|type (?:not|is not) (?:supported|allowed))|(?:mime|message|mail) (?:content )?(?:is )?(?:malformed|corrupt|broken|invalid)|malformed (?:message|mail|mime|content|header)|invalid mime|conversion (?:required|failed|not (?:possible|allowed))|(?:character|charset) (?:set )?(?:not supported|unsupported|error)|message (?:content )?(?:was )?rejected due to (?:its )?content|unacceptable (?:content|attachment)|message (?:content )?not (?:accepted|acceptable)|encoding error|improper (?:encoding|content)|message body (?:is )?(?:invalid|rejected)|content presents a potential security issue"),
)

SECURITY_ERROR: Phrases = (
    ("auth_required", r"authentication (?:is )?(?:required|needed|failed|failure|unsuccessful|credentials invalid)|auth(?:entication)?required|must (?:be )?(?:authenticated|authenticate)|not authenticated|(?:smtp )?auth(?:entication)? (?:is )?(?:required|needed)|please authenticate|invalid (?:credentials|login|password|username)|username and password not accepted|authorization (?:failed|required)|(?:user|sender) not authorized|delivery not authorized|not authorized|unauthorized|access denied|permission denied|insecure|security (?:error|violation)|certificate"),
)

FAILED_STARTTLS: Phrases = (
    ("starttls", r"starttls|tls not available|tls (?:negotiation|handshake) (?:failed|error)|(?:ssl|tls) (?:handshake|negotiation)|cannot (?:negotiate|establish) tls|tls (?:connection )?(?:failed|failure)|ssl (?:error|routines)|certificate verif(?:y|ication) failed|no shared cipher|unsupported protocol|wrong version number"),
)

SYSTEM_FULL: Phrases = (
    ("system_full", r"(?:system|server|disk|spool|filesystem|file system|queue)(?: is)? (?:full|out of (?:disk )?space|storage (?:full|exhausted))|insufficient system (?:storage|resources)|(?:not enough|no|insufficient) (?:disk )?space (?:on|in|available)|disk (?:is )?full|out of (?:disk )?space|mail system (?:is )?full|spool (?:space|directory) (?:is )?full|insufficient (?:disk )?space|no space left"),
)

# a named component of the receiving system failed (not a bare "try again"), before the
# connection words its message shares ("unable to contact")
DIRECTORY: Phrases = (
    ("directory", r"(?:ldap|directory) (?:server|lookup|service) (?:error|failure|failed|unavailable)|unable to contact (?:the )?(?:ldap|directory) server"),
)

SYSTEM_ERROR: Phrases = (
    ("system_error", r"(?:server|system|host) (?:is )?(?:too )?busy|overloaded|no healthy (?:secondary )?server|failed to be replicated|service (?:is )?(?:currently |temporarily )?(?:unavailable|not available)|(?:internal|local|system|server|mail ?system|processing|configuration|unexpected|database|general) (?:server )?(?:error|failure|problem)|system (?:has )?(?:failed|error|problem)|server (?:configuration )?(?:error|problem|failure)|error (?:in|while) processing|(?:unable|failed) to (?:process|store|write|open|connect to (?:the )?(?:database|backend|storage))|loops? back to myself|misconfigur|temporarily (?:unable|unavailable)|try again|deferred|resources? (?:temporarily )?(?:unavailable|exhausted)|i/o error|timeout reading|internal (?:error|server)|server busy|not (?:available|ready)|service unavailable|tempfail|temporary lookup failure|local delivery failed|interne[rs]? (?:fehler|systemfehler)|erreur (?:interne|système|systeme|temporaire)|error (?:interno|temporal|del sistema)|erro (?:interno|temporário|do sistema)|errore (?:interno|temporaneo|di sistema)|внутренн(?:яя|ей) ошибк|временн(?:ая|ой) ошибк|ошибка сервера|błąd (?:wewnętrzny|serwera|systemu)|システムエラー|内部エラー|一時的なエラー|系统错误|内部错误|服务器错误"),
)

NETWORK_ERROR: Phrases = (
    # the connection could not be made: on a final failure, the last of the retries
    ("timeout", r"timed out|connection refused|could not connect|couldn['’]t connect|cannot connect|unable to connect|failed to connect|no answer from host|wasn['’]t able to establish an smtp connection|time-?out (?:while|during|reading|on)|did not accept our requests to connect|did not respond|not responding"),
    ("network", r"connection refused|connection reset|lost connection with|no route to host|network (?:is )?unreachable|host (?:is )?unreachable|host (?:is )?down|(?:connection|session) (?:was )?(?:lost|dropped|closed|terminated|interrupted)|broken pipe|network error|connect to .{1,80}: (?:connection refused|no route|network)|remote (?:host|server) (?:closed|dropped|did not respond|not responding)|unable to (?:reach|contact)|unreachable|socket error|connection (?:expired|dropped)|network or routing"),
)

DNS_TEMPORARY: Phrases = (
    ("temporary", r"host not found, try again|try again later \(dns\)|temporary failure in name resolution|temporary (?:dns|lookup) failure|dns temporary failure|could not contact dns servers|servfail|(?:dns|name server|nameserver) (?:lookup |query )?(?:timed out|timeout)"),
)

DNS_ERROR: Phrases = (
    ("dns", r"name service error|malformed or unexpected name server reply|dns returned an invalid response|(?:dns|name server|nameserver|domain name) (?:lookup |resolution |query )?(?:error|failure|failed|timed out|timeout|problem|servfail)|temporary (?:dns|lookup) failure|host name lookup failure|servfail|try again later \(dns\)|could not contact dns servers|dns temporary failure|unable to (?:look ?up|resolve) (?:the )?(?:mx|dns|host|domain)|name resolution (?:failure|failed)"),
)

EXPIRED: Phrases = (
    ("retry_timeout", r"in the queue too long|envelope expired|retry time(?:out)? (?:exceeded|not reached for any host)|retry timeout|delivery time expired|(?:message|mail) (?:has )?expired|expired (?:in|after|while|without)|(?:could|was) not (?:be )?delivered (?:within|for|after) \d|gave up|giving up|been (?:in the queue|queued|undeliverable|delayed) (?:too long|for (?:more than )?\d)|time ?out (?:period )?(?:exceeded|expired)|has not been able to deliver|will (?:be retried|continue trying|retry|keep trying)|still (?:trying|undelivered)|delivery (?:has been |is )?delayed|delayed (?:delivery|mail)|not yet been delivered|message will be retried|unable to deliver (?:this|your|the) message (?:for|within|after)|could not be delivered for \d|have been failing for a long time|all hosts (?:have been )?failing|queue ?time|time limit|max(?:imum)? (?:time|age|lifetime)|too old|zustellung (?:verzögert|zeitüberschreitung)|délai (?:de livraison )?(?:expiré|dépassé)|tiempo (?:de entrega )?(?:expirado|agotado)|прошло слишком много времени|配信(?:が)?(?:遅延|タイムアウト)|投递(?:超时|延迟)"),
)

MAILER_ERROR: Phrases = (
    ("mailer", r"(?:command|program|pipe|procmail|maildrop|mailer|local delivery agent|delivery agent|deliver(?:y)? program) (?:died|failed|crashed|returned|exited|output|error)|x-unix|exit (?:code|status) \d|command died with status|unknown mailer error|mail (?:delivery )?program|\bpipe to\b|returned (?:a )?non-?zero|mailer error|error in (?:the )?mailer|(?:procmail|maildrop|dovecot-lda|spamc): "),
)

SUPPRESSED: Phrases = (
    ("suppression", r"(?:user|recipient)s? who (?:marked|reported) your messages as spam|not delivering to (?:a |an |this )?(?:user|recipient|address|previously)|(?:has been |have been )?marked as inactive|inactive (?:recipient|address)es?:|found inactive addresses|suppression list|suppressed|on (?:the|our|your|a) (?:account-level )?suppression|unsubscribed|address (?:is )?(?:on|in) (?:the )?(?:do[- ]not[- ]send|bounce|blocked recipients?) list|previously (?:bounced|hard bounced|unsubscribed|marked as spam)|has (?:previously )?(?:bounced|complained)|(?:recipient|address) (?:is )?(?:on|in) (?:the |a )?(?:global )?(?:block|suppression|bounce) ?list"),
)

SYNTAX_ERROR: Phrases = (
    ("syntax", r"syntax error|command (?:not recognized|unrecognized|unknown)|unrecognized command|unknown command|bad sequence of commands|(?:invalid|bad|illegal) (?:command|argument|parameter|syntax)|command not implemented|parameter not implemented|need (?:mail|rcpt|helo|ehlo)|line too long|command line too long|syntax|protocol (?:error|violation)"),
)

UNKNOWN_ON_HOLD: Phrases = (
    ("on_hold", r"\bon hold\b"),
)

# Priority order: earlier reasons win when two reasons' phrases both appear. Specific, rarely
# ambiguous wordings come before the broad ones ("user unknown", "rejected", "try again later").
ORDER: tuple[tuple[Reason, Phrases], ...] = (
    (R.NETWORK_ERROR, LOOP),
    (R.MAILER_ERROR, LOCAL_DELIVERY),
    (R.BLOCKED, IP_FIRST),
    (R.RATE_LIMITED, RATE_FIRST),
    (R.TOO_MANY_CONNECTIONS, COUNT_FIRST),
    (R.AUTH_FAILURE, AUTH_FIRST),
    (R.NOT_COMPLIANT_RFC, HEADERS),
    (R.SYNTAX_ERROR, PROTOCOL),
    (R.MAILBOX_FULL, MAILBOX_FULL),
    (R.EXCEED_LIMIT, EXCEED_LIMIT),
    (R.MESSAGE_TOO_LARGE, MESSAGE_TOO_LARGE),
    (R.SUPPRESSED, SUPPRESSED),
    (R.MAILBOX_DISABLED, MAILBOX_DISABLED),
    (R.HAS_MOVED, HAS_MOVED),
    (R.NOT_ACCEPT, NOT_ACCEPT),
    (R.SENDER_REJECTED, SENDER_FIRST),
    (R.FILTERED, RESTRICTION),
    (R.FAILED_STARTTLS, TLS_FAILED),
    (R.SECURITY_ERROR, TLS_REQUIRED),
    (R.SECURITY_ERROR, AUTH_REQUIRED),
    (R.NO_RELAYING, NO_RELAYING),
    (R.NOT_COMPLIANT_RFC, NOT_COMPLIANT_RFC),
    (R.AUTH_FAILURE, AUTH_FAILURE),
    (R.REQUIRE_PTR, REQUIRE_PTR),
    (R.VIRUS_DETECTED, VIRUS_DETECTED),
    (R.CONTENT_ERROR, ATTACHMENT),
    (R.SENDER_REJECTED, LISTED_SENDER),
    (R.SPAM_DETECTED, LISTED_CONTENT),
    (R.BLOCKED, BLOCKED_LISTED),
    (R.BAD_REPUTATION, BAD_REPUTATION),
    (R.SPAM_DETECTED, SPAM_DETECTED),
    (R.SENDER_REJECTED, SENDER_REJECTED),
    (R.DNS_ERROR, DNS_TEMPORARY),
    (R.HOST_UNKNOWN, HOST_UNKNOWN_WORDS),
    (R.USER_UNKNOWN, USER_UNKNOWN),
    (R.HOST_UNKNOWN, HOST_UNKNOWN),
    (R.DNS_ERROR, DNS_ERROR),
    (R.RATE_LIMITED, RATE_LIMITED),
    (R.BLOCKED, BLOCKED),
    (R.FILTERED, FILTERED),
    (R.POLICY_VIOLATION, POLICY_VIOLATION),
    (R.CONTENT_ERROR, CONTENT_ERROR),
    (R.FAILED_STARTTLS, FAILED_STARTTLS),
    (R.SECURITY_ERROR, SECURITY_ERROR),
    (R.MAILER_ERROR, MAILER_ERROR),
    (R.SYSTEM_FULL, SYSTEM_FULL),
    (R.SYSTEM_ERROR, DIRECTORY),
    (R.EXPIRED, EXPIRED),
    (R.NETWORK_ERROR, NETWORK_ERROR),
    (R.TOO_MANY_CONNECTIONS, TOO_MANY_CONNECTIONS),
    (R.SYSTEM_ERROR, SYSTEM_ERROR),
    (R.SYNTAX_ERROR, SYNTAX_ERROR),
    (R.UNKNOWN, UNKNOWN_ON_HOLD),
)
