"""Questions about another edition of a document than the one indexed.

An earlier version, an amendment made since the indexed text, an edition of a year no document
mentions: quoting today's clause would answer another question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .premises import ARTICLE_ZH


# A question about the text before a revision ("原条例", "修订前", "the original 2020 version"):
# the index holds the documents as they are, so quoting today's clause would answer another
# question. Not 原文 ("the wording"), 原则 (principle) or 原因 (reason).
_EARLIER_VERSION = re.compile(
    # ("2020年公布的原《保障中小企业款项支付条例》": r97)
    r"原(?:条例|办法|规定|法律|通知|指引|《|" + ARTICLE_ZH + r")|(?:修订|修改|修正)(?:之)?前"
    r"|旧(?:版|条例|办法|规定|法)|老版本|已(?:被)?废止"
    # "出台前是怎么规定的" (not "出台前要合法性审核吗": a step before issuing one)
    r"|(?:出台|发布|印发|定稿)(?:之)?前(?:的|，|,)?(?:规定|做法|政策|条例|办法|版本|是怎么|怎么规定)"
    r"|(?:草案|征求意见稿)[^，。？?]{0,10}(?:怎么|如何|是什么|说)"
    # "2024年10月公开征求意见的草案里，账款支付是第几条" (r21)
    r"|征求意见的(?:草案|稿|版本)|(?:草案|征求意见稿)(?:里|中|当中)"
    # ("之前公开征求意见那版草案", r165)
    r"|征求意见(?:那一?|那个)版?(?:草案|稿|版本)"
    # "《优化营商环境条例》在征求意见稿阶段，…是怎么表述的？" (r105)
    r"|(?:草案|征求意见稿|送审稿)(?:阶段|时期|的时候)"
    # "2020年公布的原版《…》…和现在有什么不同？", "民营经济促进法 草案 征求意见稿 拖欠账款条款"
    r"|原版|原始版本|最初的?版本|最初(?:的|那一?)版(?![权面图画])|(?:第一|首)版(?!权)|(?:和|与|跟)现(?:在|行)[^，。？?]{0,8}(?:不同|区别|变化)"
    r"|(?:法|条例|办法|通知|指引)》?\s*的?\s*(?:草案|征求意见稿)|[一二三]审稿|送审稿"
    r"|(?:以前|之前|原来)的(?:规定|办法|条例|文件|政策)"
    # "以前那个2007年的行政机关公务员处分条例", "2018年出的中央企业合规管理指引试行版" (r100, r101)
    r"|(?:以前|之前|原来)(?:那个|那部|那份)[^，。？?]{0,24}?(?:条例|办法|规定|法|指引)"
    # ("老辈子说以前有个行政监察法", "…出来之前不是有个草案征求意见稿嘛", r173)
    r"|(?:以前|之前|原来)(?:还)?有(?:个|一个|部|一部)[^，。？?]{0,16}?(?:条例|办法|规定|法|指引)"
    r"|(?:出来|出台|通过|公布)(?:之)?前(?:不是)?(?:还)?有(?:个|一个|份)?(?:草案|征求意见稿)"
    r"|试行版|\b(?:shixing|trial|interim) version\b"
    # "…法之前的草案、征求意见稿，跟最后通过的版本比" (r157); "that first version" (r158)
    # ("二零一八年国资委还出过一个中央企业合规管理指引 是试行的", r163)
    r"|是试行的|之前的(?:草案|征求意见稿|版本)|(?:跟|和|与)最后通过的版本|\b(?:first|initial) (?:version|edition)\b"
    # "the 2018 Central SOE Compliance Management Guidelines (for Trial Implementation)" (r109)
    r"|\((?:for )?trial(?: implementation)?\)"  # ("Guidelines (Trial)": r128)
    # ("SASAC's earlier trial guidelines … from 2018": r119)
    r"|\b(?:original|previous|former|old|earlier|superseded|repealed) (?:\d{4} )?(?:trial |draft |interim )?"
    r"(?:version|edition|text|regulation|law|measures|rules|notice|guidelines)\b"
    # ... with a year and its name: "the original 2020 SME payment regulation (Order No. 728)" (r150)
    r"|\b(?:original|previous|former|old|earlier|superseded|repealed) \d{4} (?:[\w-]+ ){0,3}?"
    r"(?:version|edition|text|regulations?|law|measures|rules|notice|guidelines)\b"
    r"|\b(?:before|prior to) (?:the |its )?(?:\d{4} )?(?:revision|amendment)s?\b"
    # "an older State Council opinion from 2016…", "what did that older one say", "the old
    # Administrative Supervision Law that preceded…" (r166, r168, r171)
    r"|\b(?:older|earlier) (?:[\w-]+ ){0,3}?(?:opinions?|guidelines?|guidance|documents?)\b|\bthat older one\b"
    r"|(?-i:\bold (?:[A-Z][\w'’-]* ){1,5}(?:Law|Regulations?|Measures|Rules|Notice|Guidelines)\b)"
    # "before Notice No. 1103 came out" (not "before the misconduct came out": a document's)
    # "Before the 2023 notice, what did the NDRC's 2016 guidance say…?" (r114): a time before it
    r"|^(?:before|prior to) (?:the )?(?:\d{4} )?(?:notice|law|regulations?|measures|guidelines|rules)(?: No\. ?\d+)?,"
    r"|\b(?:before|prior to)\b(?=[^.?!]{0,60}?\b(?:law|regulations?|notice|measures|guidelines|rules|document|batch|no\.)(?:\W|$))"
    r"[^.?!]{0,60}\b(?:came out|was issued|was published|took effect|was finali[sz]ed)\b"
    r"|\bdraft (?:version )?of (?:the |this |its )(?:[\w-]+ ){0,6}?(?:guidelines|notice|regulations?|law|measures|rules)\b"
    # "…Law, October 2024 draft for comment: what did it say", "the exposure draft"
    # (or hyphenated: "the draft-for-comment version", r63)
    # ("a draft was released for public comment in October 2024", "what did that draft say", r175, r179)
    r"|\bdrafts?[\s-](?:(?:was|were) )?(?:released |published |issued )?for[\s-](?:public[\s-])?comments?\b|\b(?:exposure|consultation) drafts?\b"
    r"|\bthat draft(?: version)?\b"
    # ("SASAC issued compliance guidelines … on a trial basis in 2018", r176)
    r"|\bon a trial basis\b"
    # "the draft Private Economy Promotion Law (草案) released for public comment in 2024" (r70): a
    # document by name (not "the draft of a regulation", which today's rules say must be published)
    r"|(?-i:\bdraft (?:[A-Z][\w'’-]* ){1,6}(?:Guidelines|Notice|Regulations?|Law|Measures|Rules)\b)"
    # "2020年版本里…", "the 2019 version of the notice", "修订改了哪些地方", "before No. 1103 replaced it"
    # "2020年那一版", "这次修订到底改了哪些"
    r"|\d{4}\s*年?(?:的|那一?个?|旧)?(?:版本|版(?![权面图画]))|(?:修订|修改|修正)(?:时|后)?(?:到底|究竟|都)?(?:改|变|动)了(?:哪些|什么)"
    r"|\b(?:the )?\d{4} (?:version|edition)\b"
    r"|\b(?:replaced|superseded) (?:it|the (?:earlier|old|previous|original|\d{4}) "
    r"(?:version|text|notice|regulation|law|measures|rules|guidelines))\b"
    # "2020年国务院令第728号公布的那版", "跟2025年修订后的比，改了哪些" (r27)
    # ("2020年国务院728号令刚出的那一版": r99)
    r"|\d{4}\s*年[^，。？?]{0,20}?(?:公布|发布|印发|出台|颁布|刚出|出)的(?:那一?|那个)?(?:版本|版(?![权面图画]))"
    r"|(?:和|与|跟|同)\s*(?:\d{4}\s*年?)?(?:修订|修改|修正)(?:后|之后)的?(?:版本|版|条例|文本)?(?:相?比|比较|对比)"
    # "a draft was put out for public comment … How did the draft's article … differ from the
    # final Article 70?" (not "must a draft regulation be put out for comment?": BE 第六十二条)
    r"|\b(?:differ(?:s|ed)?|chang(?:e|es|ed)) (?:from|in) the (?:final|adopted|enacted) (?:text|version|law|article|regulations?|measures)\b",
    re.IGNORECASE,
)


# "旧规定处分更重，新法更轻的，按哪个来？", "本法施行前的案件适用新法还是旧法？": which of the old
# and the new rule applies, which the law itself answers (政务处分法 第六十七条).
# (Both named: "《优化营商环境条例》征求意见稿中，对新规出台前的适应调整期原先是如何表述的？" asks
# of the draft, the new rules being what its clause is about: r71.)
_OLD_AGAINST_NEW = re.compile(
    r"(?=.*(?:旧(?:法|规定|条例|办法|规)|\bold (?:law|rules?|regulations?)\b))"
    r".*(?:新(?:法|规定|条例|办法|规)|\bnew (?:law|rules?|regulations?)\b)",
    re.IGNORECASE | re.DOTALL,
)
# "2020年版", "the 2025 version": an edition of a year.
_OF_YEAR = re.compile(r"(\d{4})\s*年?(?:的|那一?个?|旧)?(?:版本|版(?![权面图画]))|\b(?:the )?(\d{4}) (?:version|edition)\b", re.IGNORECASE)


# "2025年修订公布的那版" names its year: the indexed edition, if the document was issued then.
_PUBLISHED_EDITION = re.compile(r"(\d{4})\s*年[^，。？?]{0,20}?(?:公布|发布|印发|出台|颁布|刚出|出)的(?:那一?|那个)?版")


def earlier_version(question: str, current_years: Iterable[str] = ()) -> str | None:
    """The question asks about a document as it was before a revision. An edition of one of
    ``current_years`` (the documents name it so, "《企业廉洁合规建设指引（2023年版）》", or it is
    the year the document asked about was issued or revised, "the 2025 version of the SME
    payment regulation") is an indexed text, not an earlier one."""
    found = list(_EARLIER_VERSION.finditer(question))
    if not found or _OLD_AGAINST_NEW.search(question):
        return None
    current = set(current_years)
    for match in found:
        edition = _OF_YEAR.fullmatch(match.group(0).strip()) or _PUBLISHED_EDITION.match(match.group(0))
        year = next((g for g in edition.groups() if g), None) if edition else None
        if year is None or year not in current:
            return "earlier version"
    return None


def edition_years(text: str) -> set[str]:
    """The years ``text`` names editions by: "（2023年版）", "(2023 Edition)"."""
    return {m.group(1) or m.group(2) for m in _OF_YEAR.finditer(text)}


# A question about amendments made since ("Was the law amended after 2020?", "has the State
# Council amended the regulations since…", "最新修订改了什么", "条例后来有没有修订过"). Not a
# company's own rules being revised ("公司制度要及时修订吗"): a document's name or a time after.
_LATER_AMENDMENT = re.compile(
    r"(?:最新|最近一次)(?:的)?(?:一次)?(?:修订|修正)"
    # "听说条例出了修订版，…跟2019年那版比改了哪些？" (r17)
    r"|(?:修订|修正)版"
    r"|(?:法|条例|办法|通知|指引)[^，。？?]{0,8}(?:后来|此后|之后|以后|再次|又)(?:的)?(?:一次)?(?:修订|修正)"
    r"|(?:法|条例|办法|通知|指引)[^，。？?]{0,10}(?:有没有|是否|有无|已经|又)(?:被)?(?:修订|修正|修改)"
    r"|(?:法|条例|办法|通知|指引)[^，。？?]{0,10}\d{4}\s*年(?:以?后|之后)[^，。？?]{0,12}(?:修订|修正|修改)"
    # "2026年新修订的《优化营商环境条例》" (r44)
    r"|\d{4}\s*年(?:新|最新)?(?:修订|修正|修改)(?:后)?的《"
    # "政务处分法2024年修正以后，…" (r38)
    r"|(?:法|条例|办法|通知|指引)》?\s*\d{4}\s*年(?:的)?(?:修订|修正|修改)(?:以?后|之后)"
    r"|\b(?:latest|most recent|newest|subsequent|later) (?:amendments?|revisions?)\b"
    # "the 2024 amendments to the sanctions law"
    r"|\b(?:the )?\d{4} (?:amendments?|revisions?) (?:to|of)\b"
    # "What did the 2023 Edition require, and what changed in the later edition?" (r24)
    r"|\b(?:later|newer|subsequent|updated|next) (?:editions?|versions?)\b"
    # "is there a 2024 revised version of the 营商环境条例?" (r147)
    r"|\b(?:\d{4} )?(?:revised|amended) (?:version|edition|text)\b"
    r"|\b(?:law|regulations?|measures|notice|guidelines|rules|act)\b[^.?!]{0,40}"
    r"\b(?:been|was|were|get|got) (?:\w+ )?(?:amended|revised)\b"
    # "Was the … Law amended after 2020?", "has the State Council amended the Regulations on …"
    r"|\b(?:law|regulations?|measures|notice|guidelines|rules|act) (?:been )?(?:amended|revised)\b"
    r"|\b(?:amended|revised) (?:the )?(?:[\w'-]+ ){0,8}?(?:law|regulations?|measures|notice|guidelines|rules)\b"
    # a document's provisions repealed since ("Which provisions of the first batch of the
    # Guangzhou Guidelines were repealed when the second batch came out?", r2a), not a duty to
    # repeal ("policies … must be repealed", "及时清理、废除…政策措施")
    r"|\b(?:provisions?|articles?|clauses?|scenarios?|parts?)\b[^.?!]{0,60}?"
    r"\b(?:were|was|have been|has been|got) (?:\w+ )?(?:repealed|abolished|annulled|revoked|rescinded)\b"
    r"|(?:指引|办法|条例|通知)[^，。？?]{0,12}(?:哪些|什么)(?:条款|规定|内容|场景)[^，。？?]{0,6}(?:被)?(?:废止|废除|作废)了",
    re.IGNORECASE,
)
# A document that records its own revisions: "2025年3月17日国务院令第802号修订".
_AMENDMENT_RECORD = re.compile(
    r"(?:令第\d+号|决定|会议)[^，。）)]{0,6}(?:修订|修正)|第[一二三四五六七八九十]+次修正"
    r"|\b(?:amended|revised) (?:by|on|at)\b",
    re.IGNORECASE,
)


def later_version(question: str, document_texts: Iterable[str]) -> str | None:
    """The question asks how a document was amended after the text indexed, and the document
    (``document_texts``: its clauses) records no amendment: the index cannot tell whether or
    how it changed since. One that records its revisions answers when it was revised."""
    if not _LATER_AMENDMENT.search(question):
        return None
    if any(_AMENDMENT_RECORD.search(text) for text in document_texts):
        return None
    return "later version"


# "SASAC's 2018 trial guidelines", "2018年版的指引", "2016年出台的办法", "the 2016 State Council
# Guiding Opinions": a document of a year.
_EDITION_OF_YEAR = re.compile(
    r"\b(\d{4})\s+(?:trial |interim |draft |old |original )?"
    # "2007 civil servant punishment regs": a few words naming it, none a sentence's
    r"(?:(?!(?:the|a|an|our|its|their|we|they|was|were|is|are|and|to|in|of)\b)[a-z-]+\s+){0,3}?"
    r"(?:version|edition|guidelines|measures|regulations?|regs|notice|rules|opinions?|law|act|provisions)\b"
    # "国务院2016年那份关于加强政务诚信建设的指导意见" (r20)
    r"|(\d{4})\s*年?(?:版|发布的|印发的|出台的)的?(?:试行|暂行)?[^，。？?]{0,6}(?:指引|办法|条例|通知|规定|意见)"
    r"|(\d{4})\s*年(?:的)?那(?:一)?[份个](?:关于)?[^，。？?]{0,16}?(?:指引|办法|条例|通知|规定|意见)",
    re.IGNORECASE,
)


def unknown_edition(question: str, corpus_text: str) -> str | None:
    """The question asks about a document of a year that no indexed document mentions at all
    ("Under those 2018 guidelines, who chaired…?"): that edition is not indexed."""
    for match in _EDITION_OF_YEAR.finditer(question):
        year = next(group for group in match.groups() if group)
        if year not in corpus_text:
            return f"other edition: {year}"
    return None
