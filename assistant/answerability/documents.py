"""Documents and issuers a question names.

A document in 《》 that is not indexed, another country's law, the Opinions the NDRC notice
implements, two texts compared, and who issued a document against the issuer the documents
record.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Set

from ..tokenizing import glossary_entries_in, has_chinese, normalize, tokenize, translate_terms


_NAMED_TITLE = re.compile(r"《([^》]{2,40})》")


# A document's kind alone ("《条例》", "《指引》"): the user names a document by its context.
DOCUMENT_KINDS = frozenset({"指引", "通知", "条例", "办法", "意见", "规定", "法", "指南", "方案", "决定"})


# "我局正在起草《县级信用修复工作规程》，…请问《民营经济促进法》…" (r46): a document the user's own
# unit is drafting is what they are doing, not a document they ask about.
_OWN_DRAFT = re.compile(
    r"(?:我|我们|我局|我司|我院|我委|我办|本单位|本局)[^，。,；;]{0,6}?(?:起草|拟订|拟定|制定|编制|草拟|修订|修改)$"
)


def unknown_document(question: str, titles: list[str]) -> str | None:
    """The question names a document (in 《》) that is not among the indexed ones."""
    for match in _NAMED_TITLE.finditer(question):
        name = match.group(1)
        # "广州市纪委出的那两批政商交往《指引》" (r39): a document's kind alone names it by
        # what precedes, as the user refers to it.
        if name in DOCUMENT_KINDS or _OWN_DRAFT.search(question[: match.start()]):
            continue
        if not any(_same_document(name, title) for title in titles):
            return f"《{name}》 not indexed"
    return None


# Another country's law ("the UK Bribery Act", "US law", "the Foreign Corrupt Practices Act"):
# no indexed document is any other country's. (Not any "… Act": users call the indexed Chinese
# laws Acts too, "the Public Officials Sanctions Act", in words the catalog cannot always match.)
_NAMED_ACT = re.compile(
    r"\b((?:UK|U\.?S\.?|EU|American|British|European|Hong Kong|Singapore(?:an)?|Japanese|German|French)"
    r"(?:\s+[A-Z][\w'’-]*){0,4}\s+(?i:laws?|act|regulations?|rules|code|directive))\b"
    # another country's act by its name: "Kenya's Leadership and Integrity Act" (r158)
    r"|\b((?!China|PRC|Guangzhou|Guangdong|Beijing)[A-Z][a-z]+'s(?:\s+(?:[A-Z][\w'’-]*|and|of|on|the)){1,6}\s+Act)\b"
    r"|\b(Foreign Corrupt Practices Act|FCPA|Sarbanes-Oxley Act|Bribery Act 2010"
    # ... or a Chinese law the documents neither are nor mention, by its English name ("Do we owe
    # severance under the Labor Contract Law?": r61). (Not the Company Law or the Foreign
    # Investment Law, which the Private Economy Promotion Law cites.)
    r"|(?:Labou?r Contract|Labou?r|Anti-Unfair Competition|Government Procurement|(?:Tendering and )?Bidding"
    r"|Anti-Monopoly|Trademark|Patent|Civil Procedure|Arbitration|(?:Enterprise )?Bankruptcy|Food Safety"
    r"|Fire Protection|Work Safety|(?:Individual|Enterprise) Income Tax) Law|Civil Code)\b"
)


# "…与《中央企业合规管理办法》第十八条相比有哪些不同？", "跟现在政务处分法第八条一样吗？",
# "How does it differ from …?": the question compares two texts.
_COMPARES = re.compile(r"相比|比较|对比|不同|区别|一样吗|一致吗|\bcompar(?:e|ed|ing|ison)\b|\bdiffer", re.IGNORECASE)


def compares(question: str) -> bool:
    """Whether the question compares two texts."""
    return _COMPARES.search(question) is not None


# "What does the text of those Opinions itself say about clearing arrears?" (r38, r44): the
# CPC Central Committee and State Council's Opinions the NDRC notice implements are named in
# it, not indexed, and no indexed document is an Opinions.
_OPINIONS_ASKED = re.compile(
    r"\bwhat (?:exactly )?(?:do|does|did) (?:the (?:text|wording|section|part|chapter) of )?(?:those|that|these|the)"
    # ("What exactly does the section of those Opinions on government integrity require?": r51)
    r" Opinions?\b(?: (?:document|text))?(?: on [\w\s-]{3,40}?)?(?: (?:itself|themselves))?"
    r" (?:exactly )?(?:say|state|provide|require|set out)\b",
    re.IGNORECASE,
)


def asks_of_the_opinions(question: str, titles: Iterable[str]) -> str | None:
    """The question asks what the Opinions themselves say, and no indexed document is one."""
    if not _OPINIONS_ASKED.search(question) or any("opinion" in t.lower() or "意见" in t for t in titles):
        return None
    return "the Opinions not indexed"


# "For comparison with the EU Late Payment Directive: under China's … Law, may…", "Coming from
# the UK Bribery Act world: does China's … Law say…" (r46, r51): another country's law named as
# the user's background, before what they ask of an indexed document.
_BACKGROUND_LEAD = re.compile(
    r"\s*(?:for (?:comparison|contrast) with|coming from|compared (?:with|to)|unlike|in contrast (?:with|to)"
    r"|by contrast with)\b[^:;?]{0,100}?[:;]",
    re.IGNORECASE,
)


# An article of a Chinese law the documents only cite, or never name, by the law's short name
# ("监察法第十五条列的那几类人里，村委会干部算哪一项？", r118): that law's text is not indexed, and
# an indexed law's article of that number is another article.
_OTHER_LAW_ARTICLE = re.compile(
    r"(?<![\u4e00-\u9fff])《?(?:中华人民共和国)?(监察法|监察官法|公务员法|公司法|民法典|合同法|劳动法|劳动合同法|刑法"
    r"|招标投标法|政府采购法|预算法|审计法|行政许可法|行政处罚法|行政诉讼法|行政复议法|反不正当竞争法|反垄断法"
    r"|中小企业促进法|外商投资法|企业国有资产法)》?(第[零一二三四五六七八九十百\d]+条)"
)


# ... in English: "Under China's Anti-Monopoly Law, what does Article 22 say…?" (r155). Only laws
# no indexed document cites (not the Supervision, Civil Servants, Company, Criminal, Administrative
# Licensing or Penalty Laws, whose articles the Chinese texts refer to).
_OTHER_LAW_EN = re.compile(
    r"\b((?:Anti-Monopoly|Anti-Unfair Competition|Labou?r Contract|Labou?r|Government Procurement"
    r"|(?:Tendering and )?Bidding|Budget|Audit|Administrative (?:Litigation|Reconsideration)) Law)\b",
    re.IGNORECASE,
)
_ARTICLE_EN = re.compile(r"\b(?:Article|Art\.)\s*\d+\b", re.IGNORECASE)


def article_of_unindexed_law(question: str, corpus_text: str) -> str | None:
    """The question asks of an article of a law that is not indexed (see _OTHER_LAW_ARTICLE),
    and that no indexed document cites ("《中华人民共和国监察法》第十五条第二项规定的人员", which
    政务处分法 第二十三条 rules on, is asked of through that clause)."""
    match = _OTHER_LAW_ARTICLE.search(question)
    if not match:
        named = _OTHER_LAW_EN.search(question)
        if named and _ARTICLE_EN.search(question) and named.group(1).lower() not in corpus_text.lower():
            return f"the {named.group(1)} not indexed"
        return None
    law, article = match.groups()
    if re.search(re.escape(normalize(law)) + r"》?" + re.escape(normalize(article)), corpus_text):
        return None
    return f"《{law}》 not indexed"


def unindexed_act(question: str, is_indexed: Callable[[str], bool]) -> str | None:
    """The question names another country's law, or a Chinese law no indexed document is or
    cites, which is not indexed (unless only as the background to what it asks of an indexed
    document)."""
    background = _BACKGROUND_LEAD.match(question)
    if background and is_indexed(question[background.end() :]):
        question = question[background.end() :]
    for match in _NAMED_ACT.finditer(question):
        name = next(group for group in match.groups() if group).strip()
        if not is_indexed(name):
            # ("Kenya's Leadership and Integrity Act" names its owner already)
            return f"{name} not indexed" if "'s " in name else f"the {name} not indexed"
    return None


def _same_document(name: str, title: str) -> bool:
    name, title = normalize(name), normalize(title)
    if name in title or title in name:
        return True
    if not has_chinese(title):
        # A Chinese name of a document indexed in English: 《政商交往典型场景指引和问答》 is
        # "the Guidelines for Government-Business Interactions" of the Guangzhou report.
        # Most of the name must be glossary terms: 《中央企业合规管理指引（试行）》 renders as
        # "compliance guidelines" alone, which the report's title also has (r21).
        rendered = set(tokenize(translate_terms(name)))
        return (
            len(rendered) >= 2
            and len(rendered & set(tokenize(title))) / len(rendered) >= 0.6
            and _glossary_share(name) >= 0.6
        )
    bigrams = {name[i : i + 2] for i in range(len(name) - 1)}
    title_bigrams = {title[i : i + 2] for i in range(len(title) - 1)}
    return bool(bigrams) and len(bigrams & title_bigrams) / len(bigrams) >= 0.8


def _glossary_share(name: str) -> float:
    """The share of a Chinese name's characters that belong to glossary terms."""
    covered: set[int] = set()
    for entry in glossary_entries_in(name):
        start = name.find(entry[0])
        while start >= 0:
            covered.update(range(start, start + len(entry[0])))
            start = name.find(entry[0], start + 1)
    chinese = [i for i, ch in enumerate(name) if has_chinese(ch)]
    return len(covered.intersection(chinese)) / len(chinese) if chinese else 0.0


# Who issued a document, as users name the bodies: a claim "the Guangzhou Guidelines were put
# out by the city's SASAC" / "指引是市商务局出的吧" is checked against the issuer the documents
# record (the metadata's, and "X has issued … the Guidelines" in a report about them).
_BODIES = {
    "discipline inspection": r"纪委|纪检|监委|监察委|\bdiscipline\b|\bCDI\b",
    "state-owned assets": r"国资委|国有资产监督管理|\bSASAC\b|state-owned assets supervision",
    "commerce": r"商务(?:局|部|厅|委)|\b(?:ministry|bureau|department|commission) of commerce\b"
    r"|\bcommerce (?:bureau|department|ministry)\b|\bMOFCOM\b",
    "development and reform": r"发改委|发展改革委|发展和改革委员会|发展(?:和)?改革部门|\bNDRC\b|development and reform",
    "state council": r"国务院(?!国有资产)|\bstate council\b(?! (?:state-owned|sasac))",
    "legislature": r"人大|人民代表大会|\bNPC\b|people'?s congress",
    "industry and commerce federation": r"工商联|工商业联合会|federation of industry and commerce",
    "market regulation": r"市场监管|市场监督管理|\bSAMR\b|market regulation",
    # the department that takes SME arrears complaints ("由市场监管局受理的" against 第二十四条's
    # 省级以上人民政府负责中小企业促进工作综合管理的部门, r129)
    "SME promotion": r"负责中小企业促进工作(?:综合管理)?的部门|受理投诉部门"
    r"|\b(?:departments?|authorit(?:y|ies)) (?:in charge of|responsible for) (?:the )?(?:promotion of )?SMEs?\b",
    "credit information center": r"信用信息中心|credit information cent(?:er|re)",
    "industry and information technology": r"工信(?:部|局|厅|委)|工业和信息化|\bMIIT\b|industry and information technology",
    # ("《保障中小企业款项支付条例》是住建部发的部门规章": r114)
    "housing and construction": r"住建(?:部|局|厅|委)|住房(?:和|与)?城乡建设|\bMOHURD\b|housing and urban-rural development",
    "finance": r"财政(?:部门|部|局|厅)|\b(?:ministry|bureau|department) of finance\b",
    "association": r"协会|\bassociation\b",
    "public security": r"公安|\bpublic security\b|\bpolice\b",
    # ("apply to the people's procuratorate for a payment order", "report to the board's audit
    # committee": r43)
    "procuratorate": r"检察院|检察机关|\bprocuratorates?\b",
    "audit committee": r"审计委员会|\baudit committees?\b",
    # ("issued jointly with the People's Bank of China": r51)
    "central bank": r"人民银行|央行|\bpeople'?s bank of china\b|\bPBO?C\b|\bcentral bank\b",
}
_BODY_PATTERNS = {body: re.compile(pattern, re.IGNORECASE) for body, pattern in _BODIES.items()}
# (A document's name just before: "a complaint made by the finance bureau" claims no issuer.)
_ISSUED_BY = re.compile(
    # (past its number: "NDRC notice No. 1103 was issued jointly with the Ministry of Finance", r109)
    r"\b(?:guidelines?|notice|law|regulations?|measures|rules)\b(?:[^.?!]|(?<=\bNo)\.){0,80}?"
    # ("enacted by the Guangzhou People's Congress as a local regulation": r40)
    # ("issued jointly with the People's Bank of China and…", "adopted by the Municipal People's
    # Congress": r51)
    r"\b(?:(?:put out|issued|published|released|drafted|formulated|enacted|promulgated|adopted) by"
    r"|(?:issued|published|released) jointly with|(?:jointly |co-)issued with) (?:the )?(.{3,60}?)"
    r"(?=[,.?;!\n]|\s+(?:do|does|did|is|are|was|were|so|apply|cover|as)\b|\s+and\b(?!\s+(?-i:[A-Z]))|$)"
    # ... or whose order it was issued as: "issued as an MIIT departmental order, right?" (r120)
    r"|\b(?:guidelines?|notice|law|regulations?|measures|rules)\b[^.?!]{0,60}?\b(?:issued|promulgated|published|released)"
    r" as (?:an? |the )?((?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}))(?:['’]s)?\s+(?:departmental |ministerial )?"
    r"(?:order|decree|rules?)\b"
    # ("《中央企业合规管理办法》系由国家发展和改革委员会以第42号令发布", formally: r136)
    r"|(?:指引|指南|通知|办法|条例|法|规定)[^，。？?]{0,6}?(?:是由|系由|是|由|系)([^，。？?、\s]{2,15}?)(?:以第?\d+号令)?"
    r"(?:出的|发的|发布的|印发的|制定的|出台的|起草的|通过的|出台|发布|印发|制定"
    # ... or whose order it is: "《保障中小企业款项支付条例》是国资委令" (r105), not "责令"
    r"|(?<!责)(?<!命)令(?=第|[，,。？?；;]|$))"
    # ... and said the other way round: "Since the Guangzhou Public Security Bureau issued the
    # government-business interaction Guidelines, …" (r15)
    # (the body's name in any case: users type "the guangzhou public security bureau" too)
    r"|(?:\b(?:since|given that|now that|because|as)\s+|^|[,.]\s*)(?:the\s+)?([a-z][^,.?!;]{2,60}?)\s+"
    r"(?:has\s+)?(?:put out|issued|published|released|drafted|formulated|enacted|promulgated)\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}?"
    r"(?:guidelines?|notice|law|regulations?|measures|rules)\b"
    # ... or as its owner: "the Ministry of Commerce's 2023 notice on improving the government
    # integrity performance mechanism" (r74), a body named with capitals
    r"|\b((?-i:(?:[A-Z][\w-]*|the|of|for|and)(?:\s+(?:[A-Z][\w-]*|the|of|for|and)){0,8}))['’]s"
    r" (?:\d{4} )?(?:notice|guidelines|measures|regulations?|law|rules)\b"
    # "广州市纪委出的两批政商交往场景指引" (r16)
    r"|([^，,。？?、\s的]{2,12}?)(?:出的|发的|发布的|印发的|制定的|出台的)[^，,。？?]{0,12}?(?:指引|指南|通知|办法|条例)",
    re.IGNORECASE,
)
# "Since last year, the Guangzhou Municipal Commission for Discipline Inspection and Supervision
# has issued two batches of the Guidelines", "国务院印发": a document's own record of an issuer.
# ... and the order a regulation is promulgated by ("国务院令第722号公布", "国务院国有资产监督管理
# 委员会令第42号公布"), or the meeting that adopted it ("第十四届全国人大常委会第十五次会议通过").
_ISSUE_STATEMENT = re.compile(
    r"[^.。?？!！\n]*(?:\bhas issued\b|\bissued by\b|印发|发布了|令第\s*\d+\s*号公布|会议通过)[^.。?？!！\n]*",
    re.IGNORECASE,
)


def bodies(text: str) -> set[str]:
    """The public bodies ``text`` names, as _BODIES' keys."""
    return {body for body, pattern in _BODY_PATTERNS.items() if pattern.search(text)}


# A local government as an issuer ("promulgated by the Guangzhou Municipal People's Government",
# "市政府印发", r70): named only where who issued a document is compared, since elsewhere the
# documents' own duties fall on 地方各级人民政府 and a claim naming one gives it no other part.
_LOCAL_GOVERNMENT = re.compile(
    r"人民政府|[省市区县镇]政府|\b(?:people'?s|municipal|provincial|city|district|county|local) government\b",
    re.IGNORECASE,
)


def issuing_bodies(text: str) -> set[str]:
    """The bodies ``text`` names as (possible) issuers of a document: _BODIES' keys, and a
    local government."""
    return bodies(text) | ({"local government"} if _LOCAL_GOVERNMENT.search(text) else set())


# A body named as a document's issuer, in the document's name ("the NDRC notice", "SASAC's 2022
# Measures", "《中央企业合规管理办法》", "发改委那份通知"), is no body the claim gives a part.
_DOCUMENT_MENTION = re.compile(
    r"《[^》]*》"
    r"|\b(?:the )?(?:NDRC|SASAC|State Council|MIIT)(?:['’]s)?\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:notice|measures|regulations?|rules|guidelines|law|document|order)\b"
    r"|(?:发改委|国资委|国务院|工信部)(?:的|那份|那个|这份)?[^，。；,;]{0,6}?(?:通知|办法|条例|文件|令)",
    re.IGNORECASE,
)


# What completes a Chinese body's name after the words that identify it (市场监督管理 + 部门).
_BODY_TAIL = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:部门|机关|委员会|局|厅|部)")


def named_bodies(text: str) -> dict[str, str]:
    """The public bodies ``text`` names, each with its wording there ("市场监督管理部门"),
    those in a document's name aside."""
    text = _DOCUMENT_MENTION.sub(" ", text)
    named = {}
    for body, pattern in _BODY_PATTERNS.items():
        if match := pattern.search(text):
            tail = _BODY_TAIL.match(text, match.end())
            named[body] = match.group(0) + (tail.group(0) if tail and has_chinese(match.group(0)) else "")
    return named


# "The Measures were jointly issued by SASAC and the NDRC" (r60), "由国资委和发改委联合印发":
# every body named issued it.
_JOINTLY_ISSUED_BY = re.compile(
    r"\b(?:jointly|co-?)\s*(?:issued|published|released|formulated|drafted|adopted) by (?:the )?([^,.?;!]{3,160})"
    # "The NDRC government-integrity notice was a joint issuance with MOFCOM" (r95): with the body
    # the document is named by, which the record names; the other must be recorded too
    r"|\b(?:notice|guidelines?|law|regulations?|measures|rules)\b[^.?!;]{0,20}?\b(?:was|is) (?:a )?joint"
    r" (?:issuance|release|publication|notice) with (?:the )?([^,.?;!]{3,80})"
    r"|由([^，。？?]{2,30}?)(?:联合|共同)(?:印发|发布|制定|出台)",
    re.IGNORECASE,
)


# An English gloss in brackets after Chinese words: "工商联（Federation of Industry and Commerce）".
_LATIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(][A-Za-z][^（）()]{0,80}[）)]")


@functools.lru_cache(maxsize=64)
def claimed_issuer(question: str) -> tuple[str, frozenset[str]] | None:
    """The body a question says issued a document ("put out by the city's SASAC", "是市商务局出
    的"), or the bodies it says issued it jointly, as (the words, the bodies they name); None
    when it claims no issuer we can name."""
    # (an English gloss in brackets is no part of the body's name: "广州市工商联（Federation of
    # Industry and Commerce）发布的《…》", r106)
    question = _LATIN_GLOSS.sub("", question)
    match = _JOINTLY_ISSUED_BY.search(question) or _ISSUED_BY.search(question)
    if not match:
        return None
    words = next(group for group in match.groups() if group)
    named = frozenset(issuing_bodies(words))
    return (words, named) if named else None


def issued_jointly(question: str) -> bool:
    """Whether ``question`` says several bodies issued a document together: each must be
    recorded as its issuer, not just one of them."""
    return _JOINTLY_ISSUED_BY.search(question) is not None


# The body an issue statement names: "the Guangzhou Municipal Commission for … has issued",
# "国务院印发".
_ISSUING_BODY = re.compile(
    r"(?:^|,\s*|\bthe\s+)([A-Z][\w’'&\- ]{2,80}?)\s+(?:has issued|issued)\b"
    r"|([\u4e00-\u9fff]{0,8}?(?:纪委监委|委员会|工商联|协会|国务院|[委局部厅院]))[^，。]{0,8}?(?:印发|发布了)"
    r"|(?:\d+日\s*|\s)(?:中华人民共和国)?([\u4e00-\u9fff]{2,20}?)令第"
    # "第十四届全国人大常委会第十五次会议通过", "国务院第66次常务会议通过"
    r"|(?:届|\s)([\u4e00-\u9fff]{2,14}?)第[一二三四五六七八九十\d]+次(?:常务)?会议通过",
)


# The words a claim that only says who issued a document says it with, besides the body and the
# document's name ("The Measures were issued by SASAC", "《…办法》是国资委发布的").
_ISSUING_WORDS = re.compile(
    r"\b(?:the|a|an|was|were|is|are|has|have|been|jointly|co|by|with|in|and|officially|originally"
    r"|put|out|issued?|published|released|drafted|formulated|enacted|promulgated|adopted|passed)\b"
    r"|\b(?:19|20)\d\d\b|[由是的了所为于和与及、，,。.!！?？《》“”\"'\s-]|联合|共同|正式"
    r"|出台|发布|印发|制定|公布|颁布|通过|起草|出",
    re.IGNORECASE,
)


def only_issuer_claimed(claim: str, without_document_names: Callable[[str], str]) -> bool:
    """Whether ``claim`` says nothing but which body issued a document, once the body and the
    document's name are left out: its record of its issuer then bears it out, or refutes it,
    alone."""
    issuer = claimed_issuer(claim)
    return issuer is not None and not _ISSUING_WORDS.sub("", without_document_names(claim.replace(issuer[0], " ")))


def recorded_issuer(claim: str, text: str, record: list[str]) -> str | None:
    """The words of ``text``, among the document's ``record`` of its issuer, that name every body
    the claim says issued it."""
    issuer = claimed_issuer(claim)
    if issuer is None:
        return None
    stated = [r for r in record if r in text]
    return stated[0] if stated and issuer[1] <= issuing_bodies(" ".join(stated)) else None


def other_issuer(claim: str, text: str) -> tuple[str, str] | None:
    """The body a claim says issued a document and the one ``text`` records issuing it, when
    they differ ("…were issued by the Federation of Industry and Commerce" against "the
    Commission for Discipline Inspection and Supervision has issued two batches…")."""
    issuer = claimed_issuer(claim)
    if issuer is None:
        return None
    words, claimed = issuer
    statement = wrong_issuer(claimed, "", [text], issued_jointly(claim))
    if not statement:
        return None
    body = _ISSUING_BODY.search(statement)
    return words, next(group for group in body.groups() if group) if body else statement


def issue_statements(document_texts: Iterable[str]) -> list[str]:
    """The sentences of a document recording who issued it ("国务院国有资产监督管理委员会令第42号
    公布", "…has issued two batches of the Guidelines")."""
    return [m.group(0).strip() for text in document_texts for m in _ISSUE_STATEMENT.finditer(text)]


def wrong_issuer(
    claimed: Set[str], recorded_issuer: str, document_texts: list[str], jointly: bool = False
) -> str | None:
    """The issuer the documents record, when it is none of the ``claimed`` bodies (or, when
    they are claimed to have issued it ``jointly``, when one of them is not recorded)."""
    statements = issue_statements(document_texts)
    recorded = issuing_bodies(" ".join([recorded_issuer, *statements]))
    if not recorded or (claimed <= recorded if jointly else claimed & recorded):
        return None
    return next((s for s in statements if issuing_bodies(s)), recorded_issuer)


# Who set up an organization, as a claim has it ("the GBA Integrity and Compliance Association
# was set up by the Guangdong Provincial Department of Commerce", "该协会是由省商务厅成立的") and
# as a text records it ("It is a non-profit social organization jointly promoted by the
# Municipal Commission for Discipline Inspection and Supervision, …").
_ORGANIZATION = r"(?:[A-Z][\w&’'-]*\s+){1,8}?(?:Association|Chamber|Federation|Society|Alliance|Council|Institute|Cent(?:er|re))"
_FOUNDING_VERBS = r"set up|established|founded|created|launched|initiated|sponsored|promoted"
_CLAIMED_FOUNDER = re.compile(
    # ("The GBA Integrity and Compliance Association in the Guangzhou report was set up by…": r44)
    rf"(?P<organization>{_ORGANIZATION})(?:\s+(?:in|from)\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:report|article|write-up))?"
    rf"\s+(?:was|is|were|had been)\s+(?:\w+\s+){{0,2}}?(?:{_FOUNDING_VERBS})"
    r"(?:\s+(?:back\s+)?in\s+\d{4})?\s+by\s+(?:the\s+)?(?P<founder>.{3,80}?)"
    r"(?=\s+(?:back\s+)?in\s+\d{4}\b|\s+as\b|\s+to\b|[,.;?!]|$)"
    r"|(?P<organization_zh>[\u4e00-\u9fff]{2,20}?(?:协会|商会|联合会|联盟|研究院))[^，。？?]{0,12}?由"
    r"(?P<founder_zh>[^，。？?]{2,30}?)(?:发起|牵头|推动|主管|主办|成立|设立|创办|组建)",
)
_RECORDED_FOUNDER = re.compile(
    rf"\b(?:jointly\s+)?(?:{_FOUNDING_VERBS})\s+by\s+(?:the\s+)?(?P<founder>[^.;]{{3,200}})"
    r"|由(?P<founder_zh>[^，。；]{2,60}?)(?:联合|共同)?(?:发起|牵头|推动|主管|主办)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)
def _claimed_founder(claim: str) -> tuple[str, str] | None:
    """(the organization, who the claim says set it up); read once per claim, which the
    verifier compares with every clause it retrieved."""
    claimed = _CLAIMED_FOUNDER.search(claim)
    if claimed is None:
        return None
    organization = claimed.group("organization") or claimed.group("organization_zh")
    return normalize(organization), claimed.group("founder") or claimed.group("founder_zh")


def other_founder(claim: str, text: str) -> tuple[str, str] | None:
    """The bodies a claim says set up an organization and those ``text`` records doing so,
    when none of them is the same (the text must name the organization)."""
    claimed = _claimed_founder(claim)
    if claimed is None:
        return None
    organization, founder = claimed
    if organization not in normalize(text):
        return None
    recorded = _RECORDED_FOUNDER.search(text)
    if recorded is None:
        return None
    record = recorded.group("founder") or recorded.group("founder_zh")
    said, stated = bodies(founder), bodies(record)
    if not stated:
        return None
    if said:
        # the same body at another level of government ("the Guangdong provincial SASAC" against
        # "the Municipal State-owned Assets Supervision and Administration Commission": r41)
        levels, recorded_levels = _levels(founder), _levels(record)
        if said & stated and not (levels and recorded_levels and not levels & recorded_levels):
            return None
        return founder, record.strip()
    # A founder no body pattern knows ("Hong Kong's ICAC", "the Provincial Department of
    # Justice": r36, r50) conflicts when the record uses none of its distinctive words.
    distinctive = set(re.findall(r"[a-z]{3,}", normalize(founder))) - _GENERIC_NAME_WORDS
    if distinctive and not any(word in normalize(record) for word in distinctive):
        return founder, record.strip()
    return None


_LEVELS = {
    "national": r"国家|全国|中央|\bnational\b|\bcentral\b",
    "provincial": r"省|\bprovinc(?:e|ial)\b|\bguangdong\b",
    "municipal": r"市|\bmunicipal\b|\bcity\b|\bguangzhou\b",
}
_GENERIC_NAME_WORDS = frozenset({
    "the", "and", "for", "its", "municipal", "provincial", "province", "city", "guangzhou", "guangdong",
    "department", "commission", "bureau", "office", "government", "committee", "administration",
})


def _levels(name: str) -> set[str]:
    """The levels of government a body's name places it at."""
    return {level for level, pattern in _LEVELS.items() if re.search(pattern, name, re.IGNORECASE)}
