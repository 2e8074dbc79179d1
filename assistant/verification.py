"""Check a claim against the documents: supported, contradicted, or not found.

Offline and deterministic. Retrieval finds the clauses (every chunk of the article when the user
names one); each clause is then compared with the claim through its best-matching sentence (or
pair of adjacent sentences):

- *match*: the share of the claim's content units (Chinese character bigrams, English words:
  ``evaluation.support.content_units``) found in the sentence; a document's name in the claim
  says where to look, not what the claim is about, and is left out, and everyday words are
  read in the documents' words (背靠背 → 第三方付款), as retrieval reads them. When claim and clause are in
  different languages, the mean of their multilingual embedding similarity and the share of the
  claim's glossary terms (``tokenizing.translate_terms``) found in the sentence.
- *figures*: every number-with-unit of the claim (``answerability.quantity.quantities``) is read in the
  clause fragment (between ；and 。) that is most about the claim among those stating that unit,
  so "60日内支付" is contradicted by "……30日内支付款项；……最长不得超过60日", not backed by it.
  A number of things ("39 industry sectors", ``answerability.figures.counts``) is read the same way,
  but only ever conflicts: two texts saying "two batches" agree on nothing that matters.
- *modality*: what claim and sentence say about the act (permitted: may, 可以, 不算违约;
  exempted: need not, excuse, 无需; required: shall, should, 应当; forbidden: shall not, 不得,
  regarded as breach; "最长不得超过90日" bounds a figure and forbids nothing). A claim that
  permits what the clause forbids, or exempts from what it requires, is
  contradicted; forbidden against required only when the wording otherwise matches closely
  ("中央企业不得设立首席合规官" against "中央企业应当设立首席合规官"); a duty where the clause
  only permits ("必须给奖励" against "可以给予适当奖励") overstates it. A claim stating as fact,
  with no modality, what a phrase of the clause forbids is contradicted ("区域评估的费用由市场
  主体分担" against "区域评估的费用不得由市场主体承担"), and so is one stating what the sentence
  plainly denies ("设首席合规官要新增领导岗位" against "不新增领导岗位和职数").
- *severity*: a claim applying one consequence whatever the severity ("不论情节轻重，一律予以
  开除", "regardless of severity") against a clause that grades it by 情节 ("情节较重的…；情节
  严重的，予以开除") overstates it; the sweeping phrase is left out of the match.
- *actor*: within one language, a claim worded like the sentence except for who acts or holds
  a post, where the claim names another role or body ("首席合规官由总经理兼任" against "由总法律
  顾问兼任"), names someone the clause does not: of another kind, or of the same kind with a
  long qualifier sharing nothing (市场监督管理部门 / 发展改革部门; not 相关部门 / 有关部门).

Supported needs a close match (within one language, a topical match whose figures all agree is
enough), every figure, and no opposite modality. Contradicted needs a clause on topic (retrieval
confidence at or above the refusal threshold, and a topical match) that states a different
figure for the same unit, the opposite modality, another actor or a severity ignored; a close
contradiction outweighs a support that matches no better (by relevance: across languages, the
mean of match and embedding similarity). Everything else is not found.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np
from pydantic import BaseModel, Field

from .answerability.documents import named_bodies, only_issuer_claimed, other_founder, other_issuer, recorded_issuer
from .answerability.figures import counts, dated_event, of_other_kinds
from .answerability.premises import states_sweep, sweep
from .answerability.quantity import Quantity, event_years, frequencies, quantities
from .evaluation.support import content_units
from .retrieval import Candidate, find_references, query_language, without_references
from .schema import Citation
from .sentences import Span, lead_in, sentence_spans, with_list_context
from .tokenizing import has_chinese, jieba_words, normalize, tokenize, translate_terms
from .vectors import unit_rows

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from llama_index.core.schema import TextNode

    from .app import Assistant

__all__ = ["Verdict", "article_nodes", "modalities", "opposite", "verify"]

# Share of the claim's content units a sentence must hold to back the claim (close), and the
# lower share at which the clause is on topic enough to contradict it. Tuned on real clauses
# of the sample corpus (tests/test_verification.py).
CLOSE_MATCH = 0.7
TOPIC_MATCH = 0.4
# Across languages the match mixes embedding similarity and glossary coverage; generic terms
# (中小企业, payment) cover many clauses, so a close match also needs a similar embedding
# unless the claim's figures anchor it.
CLOSE_CROSS_MATCH = 0.6
TOPIC_CROSS_MATCH = 0.45
CLOSE_CROSS_SIMILARITY = 0.5
# A figure is read in a fragment at least this much about the claim (see ``_about``); a
# fragment this much about it puts the clause on topic even when the rest of it is not.
ALIGNED = 0.25
WELL_ALIGNED = 0.5
# Clauses compared when retrieval chooses them: more than an answer quotes, because the clause
# that states a figure differently is often not the most similar one.
CANDIDATES = 10

Modality = Literal["permitted", "exempted", "required", "forbidden"]
_OPPOSITE = {("permitted", "forbidden"), ("exempted", "required")}
# "不得拖欠款项" and "应当及时支付" agree although one forbids and one requires: this pair
# contradicts only when the rest of the wording matches closely.
_OPPOSITE_IF_CLOSE = {("forbidden", "required")}

# "以……为由违约" and "as an excuse" name the act, not a modality.
_NAMING = re.compile(
    r"\bas an? (?:excuse|pretext|reason)\b|以[^，。；]{0,40}为由(?=[^，。；]*(?:违约|毁约))", re.I
)
# Tried in this order, each match blanked before later cues are tried, so "not regarded as
# breach" never also reads as "regarded as breach", nor "shall not" as "shall".
_CUES: list[tuple[Modality, re.Pattern[str]]] = [
    # "复审、复核期间，不停止原政务处分决定的执行": the decision is carried out meanwhile, which
    # "原处分暂停执行" / "the sanction is on hold" would excuse (read before "停止执行" is).
    ("required", re.compile(
        r"不(?:停止|暂停|中止)[^，。；]{0,12}执行|\b(?:shall|does|do|will) not (?:be )?(?:suspended|stayed)\b", re.I)),
    ("exempted", re.compile(
        r"(?:暂停|停止|中止|暂缓)(?:执行|生效)|\bon hold\b|\b(?:is|are|be|been|gets?) (?:suspended|stayed|paused)\b"
        # "换届后原协议自动失效": a contract that lapses binds no one to perform it (a sanction
        # that lapses when its period ends is 期满解除, no excuse from anything).
        r"|(?:合同|协议|承诺|\bcontracts?\b|\bagreements?\b|\bcommitments?\b|\bpromises?\b)[^，。；,.;]{0,30}?"
        r"(?:失效|作废|不再有效|\b(?:null and )?void\b|\bno longer (?:valid|binding)\b|\blapse[sd]?\b)",
        re.I)),
    ("permitted", re.compile(
        r"不算|不属于(?:违约|失信)|不构成|不视为|不认定为"
        r"|\bnot (?:be )?(?:regarded|considered|deemed|treated|counted) as\b"
        r"|\bdo(?:es)?(?: not|n[’']t) (?:constitute|count)\b|\bis not (?:a )?(?:breach|violation)\b", re.I)),
    ("exempted", re.compile(
        # ("政府不用给企业补偿", r159)
        r"无需|无须|不需要|不必|不用|免于|免除|免责|\bneed not\b|\bnot required\b|\bno need\b"
        r"|\b(?:do|does|did)(?: not|n[’']t) (?:have|need) to\b"
        # "personnel changes are no excuse", "does not excuse": a denied excuse is no exemption.
        r"|(?<!\bno )(?<!\bnot an )(?<!\bnot )(?<!n[’']t )\bexcus(?:e|es|ed)\b|\bexempt(?:ed|s)?\b", re.I)),
    ("forbidden", re.compile(
        r"不得|不准|不能|不允许|不可以|不应|不再|禁止|严禁|\b(?:shall|must|may|should) not\b|\bno longer\b(?! than)"
        r"|\b(?:ca|sha|must|should)n[’']t\b|\bcan ?not\b|\bnot (?:be )?(?:allowed|permitted)\b|\bprohibit(?:ed|s)?\b"
        r"|\bforbid(?:den|s)?\b|\b(?:no|not an) excuse\b|(?:\bnot|n[’']t) excus(?:e|es|ed)\b", re.I)),
    ("forbidden", re.compile(
        r"(?:视为|认定为|属于|构成|算)违约"
        r"|\b(?:regarded|deemed|considered|confirmed) as (?:a )?(?:breach|violation|dishonest)", re.I)),
    ("permitted", re.compile(
        r"可以|允许|准许|有权|\bmay\b|\bcan\b|\ballow(?:ed|s)?\b|\bpermit(?:ted|s)?\b"
        r"|\bjustif(?:y|ies|ied)\b", re.I)),
    ("required", re.compile(
        r"应当|必须|\bshall\b|\bmust\b|\bshould\b|\brequire[ds]?\b|\b(?:have|has|had) to\b"
        # "the regulations make large companies pay within 60 days": a duty, not a plain fact
        # (as one, 第六条's "不得…拖欠" had been read as its opposite)
        r"|\bmak(?:e|es|ing)\b(?: [\w-]+){1,4}? (?:pay|accept|publish|disclose|report|appoint|refund|repay|settle)\b"
        r"|\boblig(?:es|ed|ated) to\b", re.I)),
]
# A prohibition narrowed by how the act is done forbids only that manner: "不得虚假、恶意投诉"
# forbids false complaints, so it is no opposite of "complaints can be filed against …". Each
# qualifier with the words a claim in either language would use for it.
_UNLAWFULLY = ("违法", "非法", "unlawful", "illegal")
_WITHOUT_REASON = ("无故", "无正当理由", "without reason", "without good reason", "without cause")
_MANNERS: dict[str, tuple[str, ...]] = {
    "虚假": ("虚假", "false", "fake", "untrue", "fabricat"),
    "恶意": ("恶意", "malicious", "bad faith"),
    "违法": _UNLAWFULLY,
    "非法": _UNLAWFULLY,
    "违规": ("违规", "in breach of rules", "improper", "irregular"),
    "擅自": ("擅自", "unauthori", "without authori", "without permission"),
    "无故": _WITHOUT_REASON,
    "无正当理由": _WITHOUT_REASON,
    "随意": ("随意", "arbitrar"),
    "变相": ("变相", "disguised", "in disguise"),
}
_QUALIFIED_PROHIBITION = re.compile(
    r"(?:不得|禁止|严禁|不准)((?:(?:" + "|".join(_MANNERS) + r")[、和或及]?)+)[^，。；;,]*"
)
# A claim denying something states no plain fact a prohibition could contradict.
_NEGATED = re.compile(r"不|没|未|无|非|\b(?:not|no|never|none|without)\b|n[’']t\b", re.I)
# Clause fragments in which a figure is read (one rule each in "30日内……；……最长60日"), and
# the shorter phrases whose embeddings are compared across languages.
_FRAGMENT = re.compile(r"[^；;。\n]+")
_PHRASE = re.compile(r"[^；;。，,\n]+")
# The phrases of a claim, for reading each of two figures of one unit in its own context.
_CLAIM_PHRASE = re.compile(r"[；;。，,]|\band\b|\bbut\b|并且|而且|但是?")
# Figures are compared exactly, not as words: "六个月" must not make "十二个月" look similar.
_FIGURE = re.compile(
    r"(?:\d+(?:\.\d+)?|[零一二三四五六七八九十百千万两]+)\s*"
    r"(?:个工作日|工作日|个月|小时|万元|元|日|天|年|月|名|人|%|％|倍"
    r"|working days?|business days?|days?|months?|years?|hours?|yuan|percent)",
    re.I,
)


# Roles and bodies, by how their names end ("总经理", "总法律顾问", "国务院", "the board"). Two
# names with the same ending (主管部门, 有关部门) are one actor worded two ways, not two actors.
_ZH_ACTOR = re.compile(
    r"(经理|顾问|主任|书记|董事长|董事会|监事会|委员会|负责人|部门|机关|机构|政府|法院|检察院|会计师|审计师|律师"
    r"|监察委员会|办公室|党委|党组|纪委|监委|院|局|厅|官)$"
)
_EN_ACTOR = re.compile(
    r"^(manager|officer|director|board|committee|commission|department|government|court|ministry"
    r"|bureau|council|agency|authority|counsel|leader|chairman|secretary|procuratorate)s?$"
)
_WORD = re.compile(r"[\u4e00-\u9fff]+|[a-z]+")


class Verdict(BaseModel):
    """A claim checked against the documents."""

    claim: str
    verdict: Literal["supported", "contradicted", "not_found"]
    explanation: str = Field(description="Why, in the claim's language, naming the clause.")
    clauses: list[Citation] = Field(
        default_factory=list,
        description="The clause(s) compared; quote/start/end are the span that matches the claim.",
    )


# "最长不得超过90日", "shall not exceed 60 days" bound a figure (the figure check's business):
# they forbid no act, and "可以延长，但最长不超过90日" is no opposite of them.
_BOUND = re.compile(
    r"不得(?=超过|低于|少于|高于|多于)"
    # ("any agreed rate may not be lower than the one-year LPR": r90)
    r"|\b(?:shall|must|may|should|can)(?: not|n[’']t)? (?=exceed|fall below|be (?:more|less|longer|shorter|lower"
    r"|higher|greater|fewer) than)",
    re.I,
)


# Forbidding to force someone to do a thing ("不得强制中小企业接受商业汇票", "shall not force
# SMEs to accept") forbids the forcing and exempts them from the thing: it is the opposite of
# "SMEs must accept commercial bills" as much as of "large enterprises may force them to".
_FORBIDS_FORCING = re.compile(
    r"(?:不得|不准|禁止|严禁)(?:强制|强迫|要求|硬性要求|变相强制)"
    r"|\b(?:shall|must|may|should) not (?:force|compel|coerce|require)\b|\bnot (?:be )?(?:forced|compelled)\b",
    re.I,
)


# "不得将保证金限定为现金", "shall not restrict the form of payment to cash": the thing (保证金)
# and the means it may not be limited to (现金).
_LIMIT_FORBIDDEN = re.compile(
    r"(?:不得|禁止|不准|严禁)(?:将([^，。；;、]{1,12}?))?限定(?:为|于)([^，。；;、]{1,8})"
    r"|\b(?:shall|must|may|should) not (?:limit|restrict) (?:the )?([\w ]{1,30}?) to ([\w ]{1,20}?)\b(?=[,.;]|$)",
    re.IGNORECASE,
)


def limit_forbidden(claim: str, text: str) -> str | None:
    """The phrase of ``text`` that forbids limiting a thing the claim names to a means the claim
    names, as a duty or the only one; None if there is none."""
    folded = normalize(claim)
    for match in _LIMIT_FORBIDDEN.finditer(text):
        thing, means = match.group(1) or match.group(3), match.group(2) or match.group(4)
        if normalize(means.strip()) in folded and (not thing or normalize(thing.strip()) in folded):
            return match.group(0)
    return None


def modalities(text: str) -> set[Modality]:
    """What the text says about the act it names: permitted, exempted, required, forbidden."""
    text = _BOUND.sub(" ", _NAMING.sub(" ", text))
    found: set[Modality] = {"exempted"} if _FORBIDS_FORCING.search(text) else set()
    for modality, cue in _CUES:
        if cue.search(text):
            found.add(modality)
            text = cue.sub(" ", text)
    return found


def modal_act(text: str) -> str:
    """The act the text's first modality cue governs, up to the end of its phrase:
    "监察机关可以给予政务处分" → "给予政务处分". Empty when the text has no cue."""
    text = _BOUND.sub(" ", _NAMING.sub(" ", text))
    cues = [m for _, cue in _CUES if (m := cue.search(text))]
    if not cues:
        return ""
    first = min(cues, key=lambda m: m.start())
    return _CLAIM_PHRASE.split(text[first.end() :], maxsplit=1)[0]


def unqualified(text: str, claim: str) -> str:
    """``text`` without the prohibitions narrowed to a manner the claim does not name: what
    "不得虚假、恶意投诉" forbids is not complaining, unless the claim is about false complaints."""
    lowered = normalize(claim)

    def keep_if_claimed(match: re.Match[str]) -> str:
        manners = [m for m in _MANNERS if m in match.group(1)]
        # "虚假、恶意" lists two kinds, each forbidden: a claim naming either is the act's kind.
        named = any(word in lowered for m in manners for word in _MANNERS[m])
        return match.group(0) if named else " "

    return _QUALIFIED_PROHIBITION.sub(keep_if_claimed, text)


def opposite(claim: set[Modality], clause: set[Modality], close: bool) -> bool:
    """Whether the clause says the opposite of the claim: nothing in common and a pair of
    opposites (forbidden/required only when the wording is ``close``)."""
    if not claim or not clause or claim & clause:
        return False
    pairs = _OPPOSITE | (_OPPOSITE_IF_CLOSE if close else set())
    return any((a, b) in pairs or (b, a) in pairs for a in claim for b in clause)


# Words that move a measure up or down: "提高…权重" / "increase the weight", "降低" / "reduce".
_DIRECTIONS = {
    "up": re.compile(
        r"提高|增加|加大|加重|上调|扩大|延长|增强"
        r"|\b(?:increas|rais|expand|extend|strengthen|tighten)(?:e|es|ed|ing|s)?\b", re.I),
    "down": re.compile(
        r"降低|减少|减小|减轻|下调|缩小|缩短|削弱|放宽"
        r"|\b(?:reduc|decreas|shorten|weaken|loosen|relax)(?:e|es|ed|ing|s)?\b"
        r"|\b(?:lower|cut)(?:s|ed|ing)? (?:the|its|their)\b", re.I),
}


def reversed_direction(claim: str, phrases: list[str], units: set[str]) -> tuple[str, str] | None:
    """(the claim's word, the clause's) when the claim moves a measure one way and the clause's
    phrase about it (of ``phrases``, the one naming a direction that shares most of ``units``)
    the other: "降低城市信用监测扣分权重" against "increase the weight of city credit monitoring
    deductions". None when either names no direction or both name the same."""
    said = _directions(claim)
    directed = [(p, stated) for p in phrases if (stated := _directions(p))]
    if len(said) != 1 or not directed:
        return None
    phrase, stated = max(directed, key=lambda pair: _share(units, pair[0]))
    if _share(units, phrase) == 0 or set(said) & set(stated):
        return None
    return next(iter(said.values())), next(iter(stated.values()))


# A bound's side: "上限定为1年期LPR" makes a ceiling of what 第十七条 makes a floor ("约定利率
# 不得低于…1年期贷款市场报价利率", r128).
_BOUND_SIDES = {
    "upper": re.compile(
        r"上限|封顶|最高|最多|不得超过|不超过|不能超过|不可以超过"
        r"|\b(?:cap(?:ped)?|ceiling|maximum|at most|no (?:more|higher|longer) than|(?:may|must|shall) not exceed)\b", re.I),
    "lower": re.compile(
        r"下限|保底|最低|最少|不得低于|不低于|不得少于|不少于"
        r"|\b(?:floor|minimum|at least|no (?:less|lower|shorter) than|(?:may|must|shall) not (?:be )?(?:lower|less) than)\b", re.I),
}


def reversed_bound(claim: str, aligned: str) -> tuple[str, str] | None:
    """(the claim's word, the clause's) when the claim makes the figure it shares with the
    clause's fragment (``aligned``) a bound of one side and the fragment a bound of the other."""
    said, stated = _words_of_sides(_BOUND_SIDES, claim), _words_of_sides(_BOUND_SIDES, aligned)
    if len(said) != 1 or len(stated) != 1 or set(said) & set(stated):
        return None
    return next(iter(said.values())), next(iter(stated.values()))


def _directions(text: str) -> dict[str, str]:
    """The directions ``text`` moves a measure in, each with the word that says so."""
    return _words_of_sides(_DIRECTIONS, text)


def _words_of_sides(sides: dict[str, re.Pattern[str]], text: str) -> dict[str, str]:
    """Each side (a direction, a bound's) whose pattern ``text`` matches, with the word it uses."""
    return {side: m.group(0) for side, pattern in sides.items() if (m := pattern.search(text))}


# The claim says something lasts for good ("records are kept permanently, with no way to have
# them removed", "失信记录永远消不掉"); the clause provides for ending it ("records should be
# promptly restored", "移除或者终止失信信息公示", "期满自动解除").
_FOR_GOOD = re.compile(
    r"永久|永远|终身|一辈子|一直(?:保留|存在|挂着|留着)"
    r"|(?:不能|不可以|不会|无法|没法)(?:被)?(?:移除|删除|撤销|解除|修复|消除|撤下|取消)|消不掉|去不掉"
    r"|\b(?:permanent(?:ly)?|forever|indefinitely|for life|for good)\b"
    r"|\b(?:never|cannot|can'?t|won'?t) (?:ever )?(?:be )?(?:removed|deleted|lifted|restored|cleared|repaired|expunged|ended)\b"
    r"|\bno way (?:to|of) (?:\w+ ){0,3}(?:remov|delet|lift|restor|clear|repair|expung)\w*"
    r"|\b(?:stays?|remains?|kept|stick)\b[^.,;]{0,30}\beven after\b",
    re.IGNORECASE,
)
_FOR_GOOD_PHRASE = re.compile(
    r"(?:,\s*)?(?:with )?(?:no way (?:to|of) (?:\w+ ){0,3}(?:remov|delet|lift|restor|clear|repair|expung)\w*)"
    r"|\b(?:permanent(?:ly)?|forever|indefinitely|for life|for good)\b"
    r"|永久|永远|终身|一辈子",
    re.IGNORECASE,
)
_ENDED = re.compile(
    r"移除|删除|终止|解除|修复|撤销|期满|消除"
    r"|\b(?:remov|terminat|restor|lift|delet|expir|revok|repeal|clear)(?:e|es|ed|ing|ation|s)?\b",
    re.IGNORECASE,
)


def ends_what_lasts(claim: str, sentence: str) -> bool:
    """The claim says something lasts for good and ``sentence`` provides for ending it."""
    return bool(_FOR_GOOD.search(claim)) and bool(_ENDED.search(sentence))


_IGNORES_SEVERITY = re.compile(
    r"(?:不论|无论|不管|不分)情节(?:轻重|大小|如何)?"
    r"|regardless of (?:the |its )?(?:severity|seriousness|circumstances)"
    r"|regardless of how (?:serious|minor|severe)(?: (?:the case|it|they) (?:is|are|was))?",
    re.IGNORECASE,
)
# The phrase with what comes with it: "，不论情节轻重，一律", ", regardless of severity".
_IGNORES_SEVERITY_PHRASE = re.compile(
    r"[，,]?\s*(?:" + _IGNORES_SEVERITY.pattern + r")[，,]?\s*(?:一律|都|均)?", re.IGNORECASE
)
_GRADES_BY_SEVERITY = re.compile(
    r"情节(?:较轻|轻微|较重|严重|特别严重)的|(?:根据|视|按照)情节轻重"
    r"|depending on (?:the )?(?:severity|seriousness|circumstances)|\b(?:minor|serious|severe) cases\b",
    re.IGNORECASE,
)


# A plain negation of an act in a clause ("由总法律顾问兼任，不新增领导岗位和职数"): 不 before a
# verb, not one of the modal or bounding cues read above (不得, 不再, 不超过), nor a word that
# merely begins with 不 (不断, 不良, 不当, 不合理, 不论).
_PLAIN_NEGATION = re.compile(
    r"不(?!断|利|良|当|正当|合理|公平|公正|少于|低于|超过|高于|多于|同|得|能|应|准|再|可|算|属|构成|视为|认定"
    r"|需|必|停止|暂停|中止|仅|但|论|管|要|予|宜|受)([\u4e00-\u9fff]{2})([^，。；、,;：:]*)"
)


# ... and in English, a purpose denied: "The Guidelines are not intended to “relax discipline”"
# denies "the new Guidelines relax the discipline rules" (r12, r10: the report's sentence
# had backed the claim it denies).
_PURPOSE_DENIED = re.compile(
    r"\bnot (?:intended|meant|designed|aimed|supposed|there) to [“\"']?([a-z]+) ([a-z]+)[”\"']?", re.IGNORECASE
)


# A claim that a text is aimed at an act names the act as what the text fights, not as what it
# allows: "The circular is aimed at … incoming bosses who walk away from what their predecessors
# promised" (r126) agrees with "不得以…政府换届…为由违约毁约".
_TARGETS = re.compile(
    r"\b(?:aim(?:ed|s)? at|target(?:s|ed|ing)?|tackl(?:e|es|ed|ing)|crack(?:s|ed|ing)? down on|combat(?:s|ed|ing)?"
    r"|curb(?:s|ed|ing)?|sets? out to (?:fix|stop|end|curb|prevent))\b|针对|整治|打击|遏制|纠正",
    re.IGNORECASE,
)


def denied_purpose(claim: str, text: str) -> str | None:
    """The phrase in which ``text`` says it is not meant to do what ``claim`` says it does:
    the claim has the denied verb and its object ("relax the discipline rules" against "not
    intended to “relax discipline”"), wherever in the text (the sentence best matching a short
    claim may be another: "reduces the burden and relaxes restrictions")."""
    claimed = set(tokenize(claim))
    for match in _PURPOSE_DENIED.finditer(text):
        verb, thing = (tokenize(word) for word in match.groups())
        if verb and thing and verb[0] in claimed and thing[0] in claimed:
            return match.group(0)
    return None


def denial(claim: str, sentence: str) -> str | None:
    """The phrase in which ``sentence`` plainly denies the act ``claim`` states, if it does: the
    claim has the verb the sentence negates and a word of its object ("设首席合规官要新增一个领导
    职数" against "不新增领导岗位和职数"). For claims with no modality and no negation of their own."""
    claim = normalize(claim)
    for match in _PLAIN_NEGATION.finditer(normalize(sentence)):
        verb, rest = match.groups()
        if verb in claim and any(rest[i : i + 2] in claim for i in range(len(rest) - 1)):
            return match.group(0)
    return None


# The claim makes something wait on an application or an approval ("得他本人写申请、经监委批准
# 才能解除", "only lifted upon application"); the clause has it happen by itself ("期满后自动解除").
# The phrase is cut from the claim to leave what happens (处分期满后…解除), which the clause
# must be about.
_ON_APPLICATION = re.compile(
    r"(?:得|要|需要|须|必须|应当)?[^，。；？?]{0,10}?(?:申请|批准|审批|报批|同意)[^，。；？?]{0,12}?"
    r"(?:才能|才可以|才可|方可|才会|以后才|后才)"
    r"|\b(?:only )?(?:upon|on|after) (?:an? |the |his |her |their )?(?:written )?(?:application|approval|request)"
    r"(?: (?:by|from|of) (?:the |a |an )?[\w-]+(?: [\w-]+)?)?"
    r"|\b(?:must|has to|have to|needs? to|should) (?:first )?(?:apply|be approved|get (?:\w+ )?approval)\b",
    re.IGNORECASE,
)
_AUTOMATIC = re.compile(r"自动(?:解除|恢复|失效|终止|生效|续期|延期)|\bautomatically\b[^,;.]{0,30}", re.IGNORECASE)


def happens_by_itself(claim: str, sentence: str) -> str | None:
    """The phrase of ``sentence`` saying that what the claim makes wait on an application or
    an approval happens by itself, if it does ("期满后自动解除" against "要本人申请、经批准
    才能解除")."""
    if not _ON_APPLICATION.search(claim):
        return None
    match = _AUTOMATIC.search(sentence)
    return match.group(0) if match else None


def overstated(claim: set[Modality], clause: set[Modality]) -> bool:
    """The claim makes a duty of what the clause only permits ("必须给奖励" / "可以给予奖励")."""
    return claim == {"required"} and clause == {"permitted"}


# "公职人员…申请复审的话，复审期间原处分就先暂停执行了", "If an official appeals, the sanction is
# on hold": a conditional claim asserts its consequence. The condition's words draw the match
# to the clause on the condition (第五十五条 on applying for review), away from the one that
# settles the consequence (第五十六条, 不停止执行).
_CONDITION_ZH = re.compile(r"^(?:如果|假如|若|要是|一旦|只要)?[^，,。；;]{4,}?(?:的话|之后|以后|期间|时)[，,]\s*")
_CONDITION_EN = re.compile(r"^(?:if|when|once|while|during|as long as|after)\b[^,;.]{6,}?,\s*", re.IGNORECASE)
# A consequence too short to name its subject ("就可以收下", "he can be promoted") matches any
# clause on a word or two.
_CONSEQUENCE_HANZI = 8
_CONSEQUENCE_WORDS = 3


# The clauses of a compound claim: "他们说按合同要等业主付款以后才付我们，这种背靠背的约定条例是
# 允许的" is a story and then a rule, and the story's words dilute the rule's match.
_CLAIM_CLAUSES = re.compile(r"[，,；;]\s*")


def stated_rules(claim: str) -> list[str]:
    """The clauses of a compound claim that state a rule of their own (a modality: may, 不得,
    是允许的) and are long enough to name what they are about. A clause refuted alone refutes the
    claim, as a conjunction with a false part is false; a clause backed alone backs nothing."""
    clauses = [c.strip() for c in _CLAIM_CLAUSES.split(claim) if c.strip()]
    if len(clauses) < 2:
        return []
    return [c for c in clauses if modalities(c) and _long_enough(c)]


def _long_enough(text: str) -> bool:
    hanzi = len(re.findall(r"[\u4e00-\u9fff]", text))
    return hanzi >= _CONSEQUENCE_HANZI or (not hanzi and len(content_units(text)) >= _CONSEQUENCE_WORDS)


def consequence(claim: str) -> str | None:
    """What a conditional claim asserts, without its condition; None for other claims."""
    condition = _CONDITION_ZH.match(claim) or _CONDITION_EN.match(claim)
    if condition is None:
        return None
    rest = claim[condition.end() :].strip()
    return rest if _long_enough(rest) else None


def verify(
    assistant: Assistant, claim: str, document: str | None = None, article: str | None = None
) -> Verdict:
    """Compare ``claim`` with the clauses retrieval finds, or with the named ``article``. A
    conditional claim the clauses neither back nor refute whole is contradicted when its
    consequence alone is (a consequence alone backs nothing: the condition may be what it
    depends on), and a compound one when a clause of it stating a rule of its own is. A claim naming a document is checked against that document; only when its
    clauses neither back nor refute it are the others read, for a refutation: "NDRC notice:
    government dishonesty records are permanent" is refuted by the law's credit restoration
    (民营经济促进法 第五十四条), while "《民营经济促进法》规定首席合规官由总法律顾问兼任" is backed
    by no clause of that law, whatever the SASAC measures say."""
    claim = claim.strip()
    verdict = _verify(assistant, claim, document, article)
    unbacked = verdict.verdict not in ("supported", "contradicted")
    catalog = assistant.catalog()
    # (Who issued a document is its own record's to tell: without the document's name and the
    # body's, "The Central SOE Compliance Measures were issued by the NDRC" is "were issued
    # by", which the lecture report's "has issued two batches of the Guidelines" matches whole.)
    if (
        unbacked
        and not (document or article)
        and catalog.named_documents(claim)
        and not catalog.issued_document(claim)
    ):
        anywhere = _verify(assistant, claim, document, article, only_named=False)
        if anywhere.verdict == "contradicted":
            verdict = anywhere
    if verdict.verdict != "not_found":
        return verdict
    for asserted in filter(None, [consequence(claim), *stated_rules(claim)]):
        alone = _verify(assistant, asserted, document, article)
        if alone.verdict == "contradicted":
            return alone.model_copy(update={"claim": claim})
    return verdict


def _verify(
    assistant: Assistant, claim: str, document: str | None, article: str | None, only_named: bool = True
) -> Verdict:
    language = query_language(claim)
    if document and assistant.index.documents():
        assistant.index.require([document])
    if article:
        found = [
            Candidate(node=n, fused=0.0, similarity=1.0, coverage=1.0, in_domain=1.0, exact=True)
            for n in article_nodes(assistant.index.nodes(), article, document)
        ]
    else:
        found = assistant.candidates(claim, documents=[document] if document else None, k=CANDIDATES)
    if not found:
        return Verdict(claim=claim, verdict="not_found", explanation=_say(language, "nothing"))
    catalog = assistant.catalog()
    # A claim about what one document says ("《民营经济促进法》自2025年4月30日起施行") is checked
    # against that document, as a question naming it is answered from it: the SASAC measures'
    # own effective date is not the law's.
    if only_named:
        named = catalog.named_documents(claim)
        found = [c for c in found if c.node.metadata.get("document") in named] or found
    # Who issued a document its heading or its text records ("国务院国有资产监督管理委员会令第42
    # 号公布", "the … Commission … has issued two batches of the Guidelines"), which a claim about
    # the issuer need not share a word with (r60), nor retrieval rank first (a paragraph about
    # the association the claim names instead came first).
    issued = catalog.issued_document(claim)
    record = catalog.issuer_record(issued) if issued else []
    if issued and not article:
        nodes = [n for n in catalog.nodes if n.metadata.get("document") == issued]
        recording = [n for n in nodes if any(r in n.get_content() for r in record)] or nodes[:1]
        seen = {c.node.node_id for c in found}
        found += [
            Candidate(node=n, fused=0.0, similarity=0.0, coverage=0.0, in_domain=0.0)
            for n in recording if n.node_id not in seen
        ]
    comparer = _Comparer(
        claim,
        assistant.embed_model,
        lambda text: catalog.reworded(catalog.without_document_names(text)),
        catalog.kind_sets,
        issued,
        record,
    )
    compared = sorted(comparer.compare(found), key=lambda c: -c.relevance)
    threshold = assistant.settings.answer.refusal_threshold
    on_topic = [c for c in compared if c.candidate.confidence >= threshold and c.on_topic]
    supported = [c for c in on_topic if c.supported]
    # A different figure counts where the fragment stating it is about the claim (best shown in
    # the most aligned clause), and more about it than any fragment stating the claim's own
    # figure: the laws give other periods for other things ("撤职，二十四个月" beside "最长不得
    # 超过四十八个月"). An opposite modality counts in the most relevant clause (or a close
    # one), not in any clause that happens to say "may".
    agreeing = max((c.alignment for c in compared if c.figures_agree), default=0.0)
    conflicting = sorted(
        (c for c in on_topic if c.stated and c.alignment >= ALIGNED and c.alignment > agreeing),
        key=lambda c: -c.alignment,
    )
    conflicting += [
        c for c in on_topic
        if c.conflict in ("modality", "denied", "actor", "overstated", "direction", "graded")
        and (c is on_topic[0] or c.close or c.purpose_denied)
        # (a body the clause names instead of the claim's counts only in the clause the claim
        # restates or names, or the one most about it: "投诉是由市场监管局受理的" against 第二十四
        # 条's 负责中小企业促进工作综合管理的部门, r129)
        and (not c.body or c.actors or c.issuer or c.close or c.candidate.exact or c is on_topic[0])
    ]
    conflicting += [
        c for c in compared if (c.ended or c.automatic) and c.candidate.confidence >= threshold
    ]
    # A text saying it is not meant to do what the claim says it does, in the claim's own verb
    # and object, refutes it however little else of the claim it repeats (across languages the
    # rest of a Chinese claim matches an English report's sentence at 0.36: r19).
    conflicting += [
        c for c in compared
        if c.purpose_denied and c.candidate.confidence >= threshold and c not in conflicting
    ]
    conflicting += [c for c in compared if c.issuer]  # the document's own record of its issuer
    # Another role in the claim's own frame, in one of the clauses most about it, however little
    # else a short claim shares with it: "央企的首席合规官不都是纪委书记兼任的吗？" against 第十二条's
    # 由总法律顾问兼任, which 第十五条's 纪检监察机构 outranks (r145, r148, r151).
    conflicting += [
        c for c in compared[:3]
        if c.framed and c.candidate.confidence >= threshold and c not in conflicting
    ]
    # Another actor in the very frame of the article the claim names ("第十二条要求首席合规官由
    # 党委书记兼任"), however little else of a long claim the article repeats (r48).
    conflicting += [
        c for c in compared if c.candidate.exact and (c.actors or c.body) and c not in conflicting
    ]
    # Compared by relevance: across languages the glossary inflates the word match (a notice's
    # title line matched "国务院…部门负责统筹协调促进民营经济发展工作" better than 第四条 did).
    close_conflict = max((c.relevance for c in conflicting if c.close), default=-1.0)
    # A conflict in the article the claim names outweighs support from another ("第九条要求大型
    # 企业必须在30日内付款" is refuted by 第九条's 60 days for 大型企业, not backed by 第十六条's 30
    # days for confirming a debt: r58), and so does a document's or an organization's own
    # record of who issued or founded it.
    decisive_conflict = any(c.candidate.exact or c.issuer for c in conflicting)
    # A claim saying only who issued a document ("The Measures were issued by SASAC") is borne
    # out by the document's own record of it, in whichever language: nothing else need match.
    recorded = [c for c in compared if c.issuer_recorded]
    if recorded and not conflicting and only_issuer_claimed(claim, catalog.without_document_names):
        supported = [*recorded[:1], *(c for c in supported if c is not recorded[0])]
        close_conflict = -1.0
    if supported and supported[0].relevance > close_conflict and not decisive_conflict:
        verdict, reason, shown = "supported", "supported", supported[:3]
    elif conflicting:
        verdict, reason, shown = "contradicted", conflicting[0].conflict, [_citable(conflicting[0], compared)]
    elif on_topic:
        reason = "missing figure" if on_topic[0].missing else "unstated"
        verdict, shown = "not_found", on_topic[:3]
    else:
        verdict, reason, shown = "not_found", "off topic", compared[:3]
    best = shown[0]
    return Verdict(
        claim=claim,
        verdict=verdict,
        explanation=_say(language, reason, where=best.where(language), **best.figures(language)),
        clauses=[c.citation(i, assistant.index.page_starts) for i, c in enumerate(shown, 1)],
    )


def _citable(conflict: _Comparison, compared: list[_Comparison]) -> _Comparison:
    """The conflict shown in an article when a document's heading states it ("（…2025年5月20日起
    施行）") and an article of the same document states the same figure ("第七十八条 本法自2025年
    5月20日起施行"): an article is what a reader can cite."""
    meta = conflict.candidate.node.metadata
    if meta.get("article") or not conflict.stated:
        return conflict
    return next(
        (
            c for c in compared
            if c.candidate.node.metadata.get("document") == meta.get("document")
            and c.candidate.node.metadata.get("article")
            and c.stated == conflict.stated
        ),
        conflict,
    )


def article_nodes(nodes: list[TextNode], article: str, document: str | None = None) -> list[TextNode]:
    """The chunks of an article named as stored (第九条, II.(2)) or as written (9, 第9条,
    Article 9, (2)), optionally within one document."""
    article = article.strip()
    if document:
        nodes = [n for n in nodes if n.metadata.get("document") == document]
    exact = [n for n in nodes if n.metadata.get("article") == article]
    if exact:
        return exact
    refs = find_references(f"第{article}条" if article.isdigit() else article)
    return [
        n
        for n in nodes
        if any(
            (ref.article and n.metadata.get("article") == ref.article)
            or (ref.item and (n.metadata.get("article") or "").endswith(f"({ref.item})"))
            for ref in refs
        )
    ]


@dataclass
class _Comparison:
    """One clause compared with the claim."""

    candidate: Candidate
    span: Span  # the best-matching sentence(s), offsets within the clause text
    match: float
    cross_language: bool
    similarity: float = 0.0  # embedding similarity of that span (across languages only)
    missing: list[Quantity] = field(default_factory=list)  # claim figures the clause lacks
    stated: dict[Quantity, Quantity] = field(default_factory=dict)  # claim figure -> clause's
    alignment: float = 0.0  # how much the fragment a figure was read in is about the claim
    figures_agree: bool = False  # the claim has figures and the clause states them all
    opposite: bool = False  # the clause's modality is the claim's opposite
    actors: tuple[str, str] | None = None  # (the claim's actor, the clause's in its place)
    framed: bool = False  # the actors stand in one frame of the claim and the clause ("由…兼任")
    body: tuple[str, str] | None = None  # (the public body claimed, the one the clause names instead)
    issuer: tuple[str, str] | None = None  # (the issuer or founder claimed, the one the clause records)
    issuer_recorded: str | None = None  # the clause's record of the issuer the claim names
    overstated: bool = False  # the claim makes a duty of what the clause only permits
    # The claim reaches everyone ("any contracting party") or only some, and the sentence does
    # not say so: it may match the claim's topic, not its reach.
    unmatched_sweep: bool = False
    # The fragment the claim's figures were read in, where it states the claim most closely.
    aligned: str | None = None
    # (the claim's word, the clause's) when they move a measure opposite ways: 降低 / increase.
    directions: tuple[str, str] | None = None
    # The claim applies one consequence whatever the severity ("不论情节轻重，一律予以开除");
    # the clause grades it by severity ("情节较重的…；情节严重的，予以开除").
    ungraded: bool = False
    # The claim says something lasts for good; the sentence provides for ending it.
    ended: bool = False
    # The phrase in which the sentence has happen by itself what the claim makes wait on an
    # application ("自动解除").
    automatic: str | None = None
    # The phrase in which the sentence plainly denies what the claim states ("不新增领导岗位和职数").
    denied: str | None = None
    # ... by saying it is not meant to do what the claim says it does (counted in any clause
    # on the topic: a short claim's best match may be another clause of the report)
    purpose_denied: bool = False

    @property
    def on_topic(self) -> bool:
        topical = self.match >= (TOPIC_CROSS_MATCH if self.cross_language else TOPIC_MATCH)
        return topical or self.alignment >= WELL_ALIGNED

    @property
    def relevance(self) -> float:
        """The order clauses are considered in: the match, and across languages (where generic
        glossary terms inflate it: "officials" is 公职人员 in every sanctions clause) the
        embedding similarity as much again."""
        return (self.match + self.similarity) / 2 if self.cross_language else self.match

    @property
    def close(self) -> bool:
        if self.cross_language:
            return self.match >= CLOSE_CROSS_MATCH and (
                self.similarity >= CLOSE_CROSS_SIMILARITY or self.figures_agree
            )
        return self.match >= CLOSE_MATCH

    @property
    def supported(self) -> bool:
        if self.missing or self.conflict or self.unmatched_sweep:
            return False
        # Agreeing figures anchor a paraphrase within one language ("警告，六个月" for "受到警告
        # 处分的，处分期间为六个月"); across languages the topical match is too loose for that.
        # The fragment stating them must be about the claim, as a conflicting figure's must:
        # 第五十四条's "一个月内办理…变更手续" does not back "不服政务处分决定的，应当自收到决定书
        # 之日起一个月内申请复审" (0.5 instead of 0.25 lost two true paraphrases of 30 and won one).
        return self.close or (
            self.figures_agree and self.on_topic and not self.cross_language and self.alignment >= ALIGNED
        )

    @property
    def conflict(self) -> str | None:
        if self.stated:
            return "figure"
        if self.opposite:
            return "modality"
        if self.denied:
            return "denied"
        if self.actors or self.issuer or self.body:
            return "actor"
        if self.overstated:
            return "overstated"
        if self.directions:
            return "direction"
        if self.ungraded:
            return "graded"
        if self.ended:
            return "ended"
        if self.automatic:
            return "automatic"
        return None

    def figures(self, language: str) -> dict[str, str]:
        """The claim's figure and the clause's, for the explanation."""
        if self.stated:
            claimed, stated = next(iter(self.stated.items()))
            return {"claimed": _show(claimed, language), "stated": _show(stated, language)}
        # (a conflict's words before a missing figure, which is no conflict: "期满后要本人提出申请
        # 才能解除" against 自动解除, in a clause stating no 一年 either)
        conflict = self.conflict
        if conflict == "actor":
            claimed, stated = self.actors or self.issuer or self.body
            return {"claimed": claimed, "stated": stated}
        if conflict == "direction":
            return {"claimed": self.directions[0], "stated": self.directions[1]}
        if conflict in ("denied", "automatic"):
            return {"stated": self.denied or self.automatic}
        if self.missing:
            return {"claimed": _show(self.missing[0], language)}
        return {}

    def where(self, language: str) -> str:
        meta = self.candidate.node.metadata
        title = meta.get("title") or meta.get("document", "")
        article = meta.get("article") or ""
        if article.startswith("¶"):  # paragraph numbers are internal ids, not citable labels
            article = ""
        if language == "zh":
            return f"《{title}》{article}"
        return f"{title}, {article}" if article else title

    def citation(self, citation_id: int, page_starts: Callable[[str], list[int]]) -> Citation:
        node = self.candidate.node
        meta = node.metadata
        text = node.get_content()
        base = node.start_char_idx or 0
        starts = page_starts(meta.get("document", ""))
        return Citation(
            id=citation_id,
            document=meta.get("document", ""),
            title=meta.get("title") or meta.get("document", ""),
            doc_number=meta.get("doc_number") or None,
            section=meta.get("section", ""),
            page=max(1, bisect.bisect_right(starts, base + self.span.start)) if starts else None,
            quote=text[self.span.start : self.span.end],
            text=text,
            score=round(self.candidate.confidence, 4),
            article=meta.get("article") or None,
            start=base + self.span.start,
            end=base + self.span.end,
        )


class _Comparer:
    def __init__(
        self,
        claim: str,
        embed_model: BaseEmbedding,
        unnamed: Callable[[str], str] | None = None,
        kind_sets: Iterable[frozenset[str]] = (),
        issued: str | None = None,
        issuer_record: list[str] | None = None,
    ) -> None:
        self.claim = claim
        # The one document the claim says some body issued ("the Guangzhou Guidelines were
        # issued by …"): its record of its issuer (ClauseCatalog.issuer_record) decides,
        # wherever retrieval ranks it.
        self.issued = issued
        self.issuer_record = issuer_record or []
        self.language = query_language(claim)
        # "第九条规定大型企业60日内付款": the label names where to look, and would align the
        # claim with the sentence that opens the article instead of the one about 大型企业.
        claim = without_references(claim)
        # "不论情节轻重，一律" says how far the claim reaches, not what it is about: the clause it
        # overstates grades by 情节 and never says 不论 or 一律.
        self.ignores_severity = _IGNORES_SEVERITY.search(claim) is not None
        claim = _IGNORES_SEVERITY_PHRASE.sub("，", claim)
        # "Under the Public Officials Sanctions Law, …" says where, not what: the name would
        # count against every clause of the law, none of which repeats it.
        topic = _without_fillers(unnamed(claim) if unnamed else claim)
        # ... and nor would the verb saying it, left at the head ("《政务处分法》第八条规定降级
        # 的处分期是十二个月" is "降级的处分期是十二个月": 规定 kept it off 第八条's list, r88)
        topic = _SAYS_AT_HEAD.sub("", topic)
        self.units = content_units(topic)
        self.units_without_figures = content_units(_FIGURE.sub("，", topic))
        # Across languages, the glossary's renderings of the claim's policy terms are the words
        # a clause in the other language would use.
        self.translated_units = content_units(translate_terms(topic))
        # What the claim says lasts for good ("dishonesty records" of "…are kept permanently,
        # with no way to have them removed"): a clause about it that provides for ending it
        # contradicts the claim however little of "permanently" it repeats ("should be
        # promptly restored").
        lasting = _FOR_GOOD_PHRASE.sub("，", topic) if _FOR_GOOD.search(claim) else ""
        self.lasting_units = content_units(lasting)
        self.translated_lasting_units = content_units(translate_terms(lasting))
        # What the claim makes wait on an application ("处分期满后…解除" of "…得他本人写申请、经
        # 监委批准才能解除"): a clause about it that has it happen by itself contradicts the claim.
        # (In the phrase that says so: a story before it, "我们公司有个员工去年被给了警告处分，",
        # is not what waits.)
        waiting = " ".join(
            _ON_APPLICATION.sub("，", phrase)
            for phrase in re.split(r"[，,；;。]", topic) if _ON_APPLICATION.search(phrase)
        )
        self.waiting_units = content_units(waiting)
        self.translated_waiting_units = content_units(translate_terms(waiting))
        self.figures = quantities(claim)
        # The kinds of a listed set the claim names (开除 of the six 政务处分): a figure stated
        # of another kind of the set is not stated of these ("（四）降级、撤职，二十四个月";
        # "撤职以下…最长不得超过四十八个月" says nothing of 开除).
        self.topic = topic
        self.kind_sets = list(kind_sets)
        # Numbers of things ("39 industry sectors") only ever conflict: two texts that both say
        # "two batches" agree on nothing that matters, and an English count is no Chinese one.
        # So does the year of an event ("set up in 2019"): the clause that best matches a claim
        # about an association need not be the one that says when it was founded.
        # And so does how often something recurs ("every quarter" against 第十八条's 每年3月31日
        # 前): a clause need not say how often at all.
        self.counts = counts(claim) | event_years(claim) | frequencies(claim)
        # A clause that backs the claim must say how often, though: "…upload … to the national
        # platform every quarter" is not borne out by III.(3)'s "in real time" (r102).
        self.frequencies = frequencies(claim)
        self.modalities = modalities(claim)
        self.sweep = sweep(claim)
        # (read once per claim, not per clause compared)
        self.parties_left_out = _parties_left_out(claim)
        self.aims_at_an_act = _TARGETS.search(claim) is not None
        act = modal_act(claim)
        self.act_units = content_units(act)
        self.translated_act_units = content_units(translate_terms(act))
        self.embed_model = embed_model
        self._vectors: dict[str, np.ndarray] = {}

    def compare(self, candidates: list[Candidate]) -> list[_Comparison]:
        return [self._compare(c) for c in candidates]

    def _compare(self, candidate: Candidate) -> _Comparison:
        text = candidate.node.get_content()
        cross = candidate.node.metadata.get("language", self.language) != self.language
        windows = _windows(text)
        if cross:
            similarity = self._similarities(text, windows)
            scores = [(s + _share(self.translated_units, w.text)) / 2 for w, s in zip(windows, similarity)]
        else:
            similarity = [0.0] * len(windows)
            scores = [_share(self.units, w.text) for w in windows]
        best = max(range(len(windows)), key=lambda i: (scores[i], -len(windows[i].text)))
        comparison = _Comparison(candidate, windows[best], scores[best], cross, similarity[best])
        self._read_figures(text, comparison)
        # Modality is read in the sentence, and in its phrase most about the claim: "应当…保密，
        # 对举报属实的举报人可以给予适当奖励" only permits the reward the claim makes a duty.
        # Where the clause states the claim's one figure, that fragment is the one the claim
        # restates: "Large enterprises must pay SMEs within 60 days" is read in "大型企业…60日内
        # 支付款项", not in the sentence on agencies' 30 days that "最长不得超过60日". (A claim
        # of two figures is read in the window that holds both.)
        one_figure = comparison.figures_agree and len(self.figures) == 1
        sentence = comparison.aligned if one_figure and comparison.aligned else windows[best].text
        window = unqualified(sentence, self.claim)
        # The phrase stating the claim's figure is the one the claim restates: "应当自…交付之日起
        # 60日内支付款项", not "不得约定以收到第三方付款作为向中小企业支付款项的条件", which shares
        # as many words with "大型企业应当在60日内向中小企业支付款项" and forbids something else.
        units = self.translated_units if cross else self.units
        phrase = max(
            _PHRASE.findall(window) or [window],
            key=lambda p: (bool(quantities(p) & self.figures), _share(units, p)),
        )
        comparison.opposite = opposite(
            self.modalities, modalities(window), comparison.close
        ) or opposite(self.modalities, modalities(phrase), comparison.close)
        # And in the phrase that names the claim's act: "…退休后有违法行为的，不再给予政务处分，
        # 但是可以对其立案调查" denies "可以给予政务处分" although the sentence also says 可以.
        act_units = self.translated_act_units if cross else self.act_units
        acts = [p for p in _PHRASE.findall(window) if _share(act_units, p) >= 0.5]
        if act_units and acts:
            act = max(acts, key=lambda p: _share(act_units, p))
            # Not forbidden against required: "不得约定以第三方付款为条件" names the payment too
            # and agrees with "must pay within 30 days".
            comparison.opposite = comparison.opposite or opposite(self.modalities, modalities(act), False)
            # A duty claimed where any phrase naming the act forbids forcing it ("SMEs must accept
            # commercial bills" / "不得强制中小企业接受商业汇票"), whichever phrase names it most.
            if self.modalities == {"required"}:
                comparison.opposite = comparison.opposite or any(
                    _FORBIDS_FORCING.search(p) for p in acts
                )
        comparison.overstated = overstated(self.modalities, modalities(phrase))
        # A claim stating as fact what the clause's phrase about it forbids: "区域评估的费用由
        # 区域内的市场主体按比例分担" against "区域评估的费用不得由市场主体承担".
        if not self.modalities and not _NEGATED.search(self.claim) and not self.aims_at_an_act:
            comparison.opposite = comparison.opposite or any(
                _share(units, p) >= 0.4 and modalities(p) == {"forbidden"}
                for p in _PHRASE.findall(unqualified(text, self.claim))
            )
            # ... or what its sentence plainly denies: "设首席合规官要新增领导职数" against "不新增
            # 领导岗位和职数".
            if not cross:
                comparison.denied = denial(self.claim, window)
        # A means the claim makes a duty or the only one that the clause forbids limiting
        # anyone to ("工程质量保证金必须以现金缴纳" / "不得将保证金限定为现金": r40).
        if not cross and (self.modalities == {"required"} or self.sweep == "only"):
            comparison.denied = comparison.denied or limit_forbidden(self.claim, text)
        # A purpose the text denies, whatever else the claim says ("…is meant to relax discipline,
        # so a gift is no problem"), and across languages through the glossary (放宽纪律 → relax
        # discipline: r19; r10 and r12 had asked the same in English).
        purpose = denied_purpose(translate_terms(self.claim) if cross else self.claim, text)
        if purpose:
            comparison.denied = comparison.denied or purpose
            comparison.purpose_denied = True
        # (whatever the claim's own negation: leaving a party out is what it says)
        comparison.denied = comparison.denied or _named_beside(windows[best].text, *self.parties_left_out)
        comparison.directions = reversed_direction(self.claim, _PHRASE.findall(window), units)
        if comparison.figures_agree and comparison.aligned:
            comparison.directions = comparison.directions or reversed_bound(self.claim, comparison.aligned)
        comparison.unmatched_sweep = bool(self.sweep) and not states_sweep(window, self.sweep)
        comparison.ungraded = self.ignores_severity and _GRADES_BY_SEVERITY.search(text) is not None
        lasting = self.translated_lasting_units if cross else self.lasting_units
        comparison.ended = bool(lasting) and _share(lasting, window) >= WELL_ALIGNED and ends_what_lasts(
            self.claim, window
        )
        waiting = self.translated_waiting_units if cross else self.waiting_units
        if waiting and _share(waiting, window) >= WELL_ALIGNED:
            comparison.automatic = happens_by_itself(self.claim, window)
        aligned = comparison.aligned if comparison.figures_agree else None
        if cross:
            # "Article 18 … requires large enterprises to post … by 31 March each year" (r45):
            # the date is 机关、事业单位's, whichever language the claim names the party in.
            comparison.actors = figure_of_another_party(parties_in_chinese(self.claim), aligned, text)
        else:
            framed = other_actor(self.claim, windows[best].text, text)
            comparison.framed = framed is not None
            comparison.actors = (
                framed
                or figure_of_another_party(self.claim, aligned, text)
                or other_kinds(self.claim, windows[best].text, self.kind_sets)
                or other_level(self.claim, windows[best].text)
            )
            # A public body the claim names where the clause names only others: "由发改委负责受理
            # 举报" against "市场监督管理部门负责受理…举报" (r47). (Within one language: across,
            # the claim's best clause is too often another document's, naming the State Council.)
            comparison.body = other_body(self.claim, text)
        # A document's issuer is named alike in both languages (answerability.documents.bodies).
        if self.issued and self.issued == comparison.candidate.node.metadata.get("document"):
            comparison.issuer = other_issuer(self.claim, text)
            comparison.issuer_recorded = recorded_issuer(self.claim, text, self.issuer_record)
        # Who set up an organization is read the same way, in any clause naming it ("set up by
        # the Department of Commerce" against "jointly promoted by the Municipal Commission…").
        comparison.issuer = comparison.issuer or other_founder(self.claim, text)
        return comparison

    def _read_figures(self, text: str, comparison: _Comparison) -> None:
        fragments = _fragments(text)
        # In a fixed order: the explanation names the first figure the clause states otherwise,
        # and a set's order changes from one process to the next (r24-030 said "not 15 days" in
        # one run and "not 20 days", the story's own figure, in another).
        for figure in sorted(self.figures | self.counts, key=lambda q: (q.unit, q.value)):
            with_unit = [
                (f, read) for f, read in fragments if any(q.unit == figure.unit for q in _figures(f))
            ]
            if not with_unit:
                if figure in self.figures or figure in self.frequencies:
                    comparison.missing.append(figure)
                continue
            # Two figures of one unit ("within 30 days, and by contract no more than 60 days")
            # are each read where the clause states the claim's phrase around that figure.
            context = self._context(figure)
            if figure.unit == "date":
                with_unit = _dated_pieces(with_unit, context or self.claim) or with_unit
            about = [
                0.0 if of_other_kinds(f, self.topic, self.kind_sets)
                else max(self._about(reading, comparison.cross_language, context) for reading in {f, read})
                for f, read in with_unit
            ]
            aligned = with_unit[int(np.argmax(about))][0]
            if max(about) >= comparison.alignment:
                comparison.aligned = aligned
            comparison.alignment = max(comparison.alignment, max(about))
            stated = {q for q in _figures(aligned) if q.unit == figure.unit}
            if figure not in stated:
                comparison.stated[figure] = min(stated, key=lambda q: abs(q.value - figure.value))
        comparison.figures_agree = (
            bool(self.figures) and not comparison.missing and not set(comparison.stated) & self.figures
        )

    def _context(self, figure: Quantity) -> str | None:
        """The phrase of the claim around ``figure`` when another figure of its unit is claimed
        too; None (the whole claim) otherwise."""
        if sum(q.unit == figure.unit for q in self.figures) < 2:
            return None
        phrases = [p for p in _CLAIM_PHRASE.split(self.claim) if figure in _figures(p)]
        return phrases[0] if phrases else None

    def _about(self, fragment: str, cross_language: bool, context: str | None = None) -> float:
        """How much of the fragment is about the claim (or the ``context`` phrase of it): the
        share of the shorter one's words (figures aside) that the other uses; across languages,
        the mean of its embedding similarity to the claim and the share of the claim's glossary
        terms it holds."""
        if cross_language:
            vector = unit_rows(np.array(self.embed_model.get_text_embedding_batch([fragment])))[0]
            if context is None:
                claim_vector, terms = self._claim(), self.translated_units
            else:
                claim_vector = self._claim(context)
                terms = content_units(translate_terms(context))
            return (max(0.0, float(vector @ claim_vector)) + _share(terms, fragment)) / 2
        # Either way round: a short claim within a long fragment, or a short fragment
        # ("（二）记过，十二个月") within a long claim.
        units = content_units(_FIGURE.sub("，", fragment))
        claimed = self.units_without_figures if context is None else content_units(_FIGURE.sub("，", context))
        shared = len(units & claimed)
        return shared / max(1, min(len(units), len(claimed)))

    def _similarities(self, text: str, windows: list[Span]) -> list[float]:
        """Per window, the best embedding similarity to the claim of the window or one of its
        phrases (a long sentence dilutes its vector)."""
        phrases = [Span(m.start(), m.end(), m.group(0)) for m in _PHRASE.finditer(text)]
        pieces = [p for p in phrases if p.text.strip()] + windows
        vectors = np.array(self.embed_model.get_text_embedding_batch([p.text for p in pieces]))
        similarity = unit_rows(vectors) @ self._claim()
        return [
            max(0.0, max(float(s) for p, s in zip(pieces, similarity) if w.start <= p.start and p.end <= w.end))
            for w in windows
        ]

    def _claim(self, phrase: str | None = None) -> np.ndarray:
        """The unit vector of the claim, or of one ``phrase`` of it; each embedded once, though
        asked for every fragment of every compared clause."""
        text = self.claim if phrase is None else phrase
        if text not in self._vectors:
            self._vectors[text] = unit_rows(np.array([self.embed_model.get_query_embedding(text)]))[0]
        return self._vectors[text]


# Spoken words a clause never has ("原处分就先暂停执行了"): as character pairs they count against
# the clause that settles the claim ("复审、复核期间，不停止原政务处分决定的执行").
_SPOKEN_FILLERS = frozenset("就 先 了 都 也 还 吧 呢 啊 呀 嘛 其实 反正 照样 直接 就是".split())


# What is left at a claim's head once the document or article it names is taken out: the verb
# saying the document says it.
_SAYS_AT_HEAD = re.compile(r"^[\s，,：:《》]*(?:里|中)?的?(?:明确|明文)?(?:规定|写着|写明|提到)了?[，,：:]?")


def _without_fillers(claim: str) -> str:
    if not has_chinese(claim):
        return claim
    return "".join(w for w in jieba_words(claim) if w not in _SPOKEN_FILLERS)


def _figures(text: str) -> set[Quantity]:
    """The figures a claim and a clause are compared on: numbers with units and dates, numbers
    of things ("29 industry sectors"), the years of events ("established in 2021") and how
    often something recurs (每年, "quarterly")."""
    return quantities(text) | counts(text) | event_years(text) | frequencies(text)


def other_actor(claim: str, sentence: str, clause: str) -> tuple[str, str] | None:
    """The claim's actor and the one the sentence names in its place, when both sit in the same
    frame ("由总经理兼任" / "由总法律顾问兼任"); None otherwise.

    An actor counts when it names a role or body that appears nowhere in the clause, and the
    sentence has the words on both sides of it with another role or body between them, of a
    different ending: two actors in one frame, not the same one worded two ways.
    """
    claim_words, sentence_words = _words(claim), _words(sentence)
    folded = normalize(clause).replace(" ", "")
    for length in (1, 2, 3):  # the shortest name first: 总经理 in 由总经理兼任, not 由总经理
        for i in range(1, len(claim_words) - length):
            claimed = _actor(claim_words[i : i + length])
            if not claimed or claimed[0].replace(" ", "") in folded:
                continue
            left, right = claim_words[i - 1], claim_words[i + length]
            if len(left) + len(right) < 3:  # a frame of two particles frames anything
                continue
            for j in (j for j, word in enumerate(sentence_words) if word == left):
                for k in range(j + 2, min(j + 5, len(sentence_words))):
                    if sentence_words[k] == right:
                        stated = _actor(sentence_words[j + 1 : k])
                        if stated and _different_actors(claimed, stated):
                            return claimed[0], stated[0]
    return None


# The parties the Chinese documents give figures of: a date or a term stated of one
# ("机关、事业单位应当于每年3月31日前…公开") is not stated of another ("大型企业应当…纳入企业年度
# 报告", r39).
_PARTY_ZH = re.compile(
    # (机关 alone, not the body a compound names: 审计机关, 任免机关, 司法机关, 行政机关)
    r"机关、事业单位|(?<![察计免法政])机关|事业单位|大型企业|中小企业|中央企业|国有企业|民营经济组织|公职人员"
    r"|监察机关|受理投诉部门"
)


# The same parties as English claims name them.
_PARTY_EN = [
    (re.compile(r"\b(?:government (?:agencies|bodies|departments)|state organs|public bodies)\s+and\s+"
                r"(?:public institutions|institutions)\b", re.I), "机关、事业单位"),
    (re.compile(r"\b(?:public institutions|government-affiliated institutions)\b", re.I), "事业单位"),
    (re.compile(r"\b(?:government (?:agencies|bodies|departments)|state organs|public bodies)\b", re.I), "机关"),
    (re.compile(r"\b(?:large|big|large-sized) (?:enterprises?|compan(?:y|ies)|firms?|businesses?)\b", re.I), "大型企业"),
    (re.compile(r"\b(?:small and medium-sized enterprises|small and medium enterprises|SMEs)\b", re.I), "中小企业"),
    (re.compile(r"\bcentral (?:SOEs|state-owned enterprises)\b", re.I), "中央企业"),
    (re.compile(r"\b(?:SOEs|state-owned enterprises)\b", re.I), "国有企业"),
    (re.compile(r"\bpublic officials\b", re.I), "公职人员"),
]


def other_kinds(claim: str, sentence: str, kind_sets: list[frozenset[str]]) -> tuple[str, str] | None:
    """The kinds of a listed set the claim names and those the sentence lists instead, when
    the sentence lists two or more of the set and none the claim names: "监察机关可以予以警告、
    记过、记大过" (政务处分法 第二十二条, of village committee staff) against "可以给予开除处分"
    (r60). Not a negated claim ("不能给予开除"), which the list bears out."""
    if _NEGATED.search(claim):
        return None
    for kinds in kind_sets:
        claimed = [kind for kind in kinds if kind in claim]
        stated = sorted((kind for kind in kinds if kind in sentence), key=sentence.find)
        if claimed and len(stated) >= 2 and not set(claimed) & set(stated):
            return "、".join(sorted(claimed, key=claim.find)), "、".join(stated)
    return None


# A party the claim says a rule leaves out: "只约束国家机关和事业单位，不包括国有企业", "却不约束国有
# 企业", "does not cover SOEs" (r126, r139).
_LEAVES_OUT = re.compile(
    r"(?:不包括|不包含|不含|不约束|不管|不适用于?|排除了?|除了?)\s*(?:对)?\s*(" + _PARTY_ZH.pattern + r")"
)
# ... or after it: "只管国家机关和事业单位，国有企业除外吧？" (r150)
_LEFT_OUT_AFTER = re.compile(r"(" + _PARTY_ZH.pattern + r")\s*(?:除外|不在内|不算在内)")
_LEAVES_OUT_EN = re.compile(r"\b(?:(?:does|do)(?: not|n[’']t) (?:cover|apply to|bind|include)|excluding|except(?: for)?|but not)\s*$", re.I)


def left_out_party(claim: str, sentence: str) -> str | None:
    """The phrase of ``sentence`` naming, beside a party the claim says the rule binds, one the
    claim says it leaves out ("国家机关、事业单位、国有企业应当…及时向民营经济组织支付账款" against
    "只约束国家机关和事业单位，不包括国有企业")."""
    return _named_beside(sentence, *_parties_left_out(claim))


def _parties_left_out(claim: str) -> tuple[list[str], set[str]]:
    """The parties ``claim`` says a rule leaves out, and those it says the rule binds."""
    claim = parties_in_chinese(claim.replace("国企", "国有企业"))
    left_out = [m.group(1) for m in (*_LEAVES_OUT.finditer(claim), *_LEFT_OUT_AFTER.finditer(claim))]
    left_out += [
        m.group(0) for m in _PARTY_ZH.finditer(claim) if _LEAVES_OUT_EN.search(claim[: m.start()])
    ]
    return left_out, {p for p in _PARTY_ZH.findall(claim) if p not in left_out}


def _named_beside(sentence: str, left_out: list[str], bound: set[str]) -> str | None:
    """The phrase of ``sentence`` naming a party of ``left_out`` beside one of ``bound``."""
    for party in left_out:
        for phrase in re.findall(r"[^，。；;]+", sentence):
            if party in phrase and any(other in phrase and other not in party for other in bound):
                return phrase.strip()
    return None


def parties_in_chinese(claim: str) -> str:
    """``claim`` with the parties it names in English named as the Chinese documents do."""
    for pattern, party in _PARTY_EN:
        claim = pattern.sub(party, claim)
    return claim


def parties_named(text: str) -> set[str]:
    """The parties the documents give figures of that ``text`` names, in either language."""
    return set(_PARTY_ZH.findall(parties_in_chinese(text)))


def figure_of_another_party(claim: str, aligned: str | None, clause: str) -> tuple[str, str] | None:
    """The party the claim gives its figure to and the one the clause states it of, when the
    fragment stating the figure (``aligned``) opens with another party and the claim's party
    is named elsewhere in the clause, without the figure; None otherwise."""
    claimed = _PARTY_ZH.search(without_references(claim))
    stated = _PARTY_ZH.search(aligned or "")
    if not (claimed and stated) or claimed.group(0) in stated.group(0):
        return None
    if claimed.group(0) in aligned and not _subject_of_its_duty(claim, claimed, aligned, stated):
        return None
    if claimed.group(0) not in clause:
        return None
    return claimed.group(0), stated.group(0)


# A party the duty falls on: "要求我们中小企业每年3月31日前公开…" (r132), where the fragment
# stating the date names 中小企业 only as whose payments are overdue.
_DUTY_FOLLOWS = re.compile(r"\s*(?:都|也)?(?:应当|应|要|需要|需|必须|须|得|每年|每季度|每月|于|在\d)")
_OBJECT_BEFORE = re.compile(r"(?:向|对|给|拖欠|支付|欠)\s*$")


def _subject_of_its_duty(claim: str, claimed: re.Match[str], aligned: str, stated: re.Match[str]) -> bool:
    """Whether the claim gives the duty to its party, which the fragment names only after the
    party it gives the duty to (as an object: "机关、事业单位应当…将…中小企业款项…公开")."""
    claim = without_references(claim)
    is_subject = _DUTY_FOLLOWS.match(claim, claimed.end()) and not _OBJECT_BEFORE.search(claim[: claimed.start()])
    position = aligned.find(claimed.group(0))
    # (a party with a duty of its own in the fragment is the one the claim speaks of: "公职人员不服
    # 的，可以…申请复审，监察机关应当在一个月内作出决定")
    subject_there = _DUTY_FOLLOWS.match(aligned, position + len(claimed.group(0)))
    return bool(is_subject) and position > stated.end() and not subject_there


# Tiers of government, lowest first, as English and Chinese name them; "X-level and above" (以上)
# admits X and the tiers over it.
_LEVELS = [
    ("township", re.compile(r"\btownships?(?:-level)?\b|乡镇|乡级", re.I)),
    ("county", re.compile(r"\bcount(?:y|ies)(?:-level)?\b|县级", re.I)),
    ("prefecture", re.compile(r"\bprefecture(?:s|-level)?\b|地级|设区的市", re.I)),
    ("province", re.compile(r"\bprovinc(?:e|es|ial)(?:-level)?\b|省级", re.I)),
]
_AND_ABOVE = re.compile(r"^\W*(?:cit(?:y|ies) )?(?:and|or) (?:above|higher)\b|^以上", re.I)


def other_level(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's tier of government, the sentence's) when the claim gives a rule to one tier
    and the sentence about it to others only: "strips county-level governments … of their
    eligibility for … awards" against "for prefecture-level and above cities …, our commission will
    cancel their eligibility for awards" (r144, r148, r161). None when either names no tier, or
    the sentence's tiers admit the claim's."""
    claimed = [i for i, (_, pattern) in enumerate(_LEVELS) if pattern.search(claim)]
    if len(claimed) != 1:
        return None
    admitted: set[int] = set()
    named = []
    for i, (_, pattern) in enumerate(_LEVELS):
        for match in pattern.finditer(sentence):
            named.append(match.group(0))
            above = _AND_ABOVE.match(sentence[match.end() :])
            admitted |= set(range(i, len(_LEVELS))) if above else {i}
    if not admitted or claimed[0] in admitted:
        return None
    return _LEVELS[claimed[0]][1].search(claim).group(0), named[0]


def other_body(claim: str, clause: str) -> tuple[str, str] | None:
    """The public body the claim names and the one the clause names instead, when the clause
    names bodies and none of the claim's; None otherwise."""
    claimed, stated = _departments(named_bodies(claim)), _departments(named_bodies(clause))
    if not claimed or not stated or set(claimed) & set(stated):
        return None
    # (the body the clause names first is the one it gives the act: 第二十四条's 负责中小企业促进
    # 工作综合管理的部门 takes complaints, the 国务院 one after it runs a platform)
    first = min(stated.values(), key=lambda name: clause.find(name) % (len(clause) + 1))  # (unfound: last)
    return next(iter(claimed.values())), first


def _departments(named: dict[str, str]) -> dict[str, str]:
    """The bodies named, the State Council aside where it only qualifies a department of its
    own ("由国务院财政部门负责统筹协调" against "国务院发展改革部门负责统筹协调", r102)."""
    return {body: name for body, name in named.items() if body != "state council"} or named


def _different_actors(claimed: tuple[str, str], stated: tuple[str, str]) -> bool:
    """Whether two names in one frame are two actors: of different endings (总经理 / 总法律顾问),
    or of one ending with long qualifiers sharing no character (国务院市场监督管理部门 /
    国务院发展改革部门); "有关部门" and "相关部门" are one body worded two ways."""
    if claimed[1] != stated[1]:
        return True
    qualifiers = [name.replace(" ", "")[: -len(ending)] for name, ending in (claimed, stated)]
    return (
        all(len(q) >= 4 and has_chinese(q) for q in qualifiers)
        and not set(qualifiers[0]) & set(qualifiers[1])
    )


def _words(text: str) -> list[str]:
    """Chinese words (jieba) and English words of ``text``, in order, punctuation dropped."""
    words: list[str] = []
    for run in _WORD.findall(normalize(text)):
        words.extend(jieba_words(run) if has_chinese(run) else [run])
    return words


def _actor(words: list[str]) -> tuple[str, str] | None:
    """(the name, its ending) when a short run of words names one role or body."""
    if not 1 <= len(words) <= 3:
        return None
    chinese = has_chinese(words[0])
    name = ("" if chinese else " ").join(words)
    ending = _ZH_ACTOR.search(name) if chinese else _EN_ACTOR.match(words[-1])
    return (name, ending.group(1)) if ending else None


def _share(units: set[str], text: str) -> float:
    """Share of ``units`` found in ``text`` (0 when there are none to find)."""
    return len(units & content_units(text)) / len(units) if units else 0.0


def _windows(text: str) -> list[Span]:
    """Each sentence of the clause, each pair of adjacent sentences (a claim may join two), and
    each list item with the sentence introducing its list, which states the item's consequence
    ("有下列行为之一的，予以记过或者记大过…：" with "（七）在对外交往中损害国家荣誉和利益的；"): read
    as one text, shown as the span from one to the other."""
    spans = sentence_spans(text) or [Span(0, len(text), text)]
    pairs = [Span(a.start, b.end, text[a.start : b.end]) for a, b in zip(spans, spans[1:])]
    items = []
    for index, item in enumerate(spans):
        quoted = with_list_context(spans, [index])
        if len(quoted) == 2 and quoted[1] == index and quoted[0] != index - 1:
            lead = spans[quoted[0]]
            items.append(Span(lead.start, item.end, lead.text + item.text))
    return spans + pairs + items


_PIECE = re.compile(r"[，（）()]|,(?!\s*\d{4})")  # not the comma of "May 20, 2025"


def _dated_pieces(fragments: list[tuple[str, str]], claim: str) -> list[tuple[str, str]]:
    """The pieces of ``fragments`` dating the event the claim dates: a heading's "（2025年4月30日
    …通过，2025年5月20日起施行）" dates its adoption and its taking effect, and a claim that
    the law took effect on 30 April is read against the second only."""
    event = dated_event(claim)
    if event is None:
        return []
    return [
        (piece, piece)
        for fragment, _ in fragments
        for piece in _PIECE.split(fragment)
        if event.search(piece) and any(q.unit == "date" for q in _figures(piece))
    ]


def _fragments(text: str) -> list[tuple[str, str]]:
    """The clause's fragments (between ；and 。), each with how else it reads: a list item under
    its lead-in ("（四）降级、撤职，二十四个月" is about 政务处分的期间 only under "政务处分的期间
    为："). A fragment is about a claim as much as either reading is; its figures are its own."""
    spans = sentence_spans(text)
    ends = [span.end for span in spans]
    out = []
    for match in _FRAGMENT.finditer(text):
        i = bisect.bisect_right(ends, match.start())
        lead = lead_in(spans, i) if i < len(spans) and spans[i].start <= match.start() else None
        out.append((match.group(0), match.group(0) if lead is None else spans[lead].text + match.group(0)))
    return out


_UNIT_NAMES = {
    "zh": {"day": "日", "workday": "个工作日", "month": "个月", "year": "年", "hour": "小时",
           "yuan": "元", "person": "人", "percent": "%", "times": "倍",
           "years running": "年（连续）", "months running": "个月（连续）", "days running": "日（连续）"},
    "en": {"day": "days", "workday": "working days", "month": "months", "year": "years",
           "hour": "hours", "yuan": "yuan", "person": "people", "percent": "%", "times": "times",
           "years running": "consecutive years", "months running": "consecutive months",
           "days running": "consecutive days"},
}


_RECURRENCE = {
    "zh": {7: "每周", 30: "每月", 91: "每季度", 182: "每半年", 365: "每年", 730: "每两年", 1095: "每三年"},
    "en": {7: "weekly", 30: "monthly", 91: "quarterly", 182: "every six months", 365: "annually",
           730: "every two years", 1095: "every three years"},
}


def _show(quantity: Quantity, language: str) -> str:
    if quantity.unit == "date":  # YYYYMMDD
        year, month, day = int(quantity.value) // 10000, int(quantity.value) // 100 % 100, int(quantity.value) % 100
        if not year:  # a day of every year (MMDD)
            return f"{month}月{day}日" if language == "zh" else f"{calendar.month_name[month]} {day}"
        if language == "zh":
            return f"{year}年{month}月{day}日"
        return f"{calendar.month_name[month]} {day}, {year}"
    value = int(quantity.value) if quantity.value.is_integer() else quantity.value
    if quantity.unit.startswith("in:"):  # the year of an event
        return f"{value}年" if language == "zh" else str(value)
    if quantity.unit == "every":  # days between two times
        return _RECURRENCE[language].get(value, f"每{value}日" if language == "zh" else f"every {value} days")
    if quantity.unit.startswith("count:"):  # "33个场景", "29 sectors"
        noun = quantity.unit.removeprefix("count:")
        return f"{value}{noun}" if has_chinese(noun) else f"{value} {noun}s"
    unit = _UNIT_NAMES[language].get(quantity.unit, quantity.unit)
    return f"{value}{unit}" if language == "zh" or unit == "%" else f"{value} {unit}"


_EXPLANATIONS = {
    "supported": {
        "zh": "{where}的原文支持这一说法（见高亮部分）。",
        "en": "{where} states this (see the highlighted span).",
    },
    "figure": {
        "zh": "{where}规定的是{stated}，不是{claimed}。",
        "en": "{where} states {stated}, not {claimed}.",
    },
    "modality": {
        "zh": "{where}的规定与这一说法相反：说法允许或免除的，条款禁止或要求（或者反过来）。",
        "en": "{where} says the opposite: the claim permits or excuses what the clause forbids "
        "or requires (or the reverse).",
    },
    "denied": {
        "zh": "{where}明文规定“{stated}”，与这一说法相反。",
        "en": "{where} says “{stated}”: the opposite of this claim.",
    },
    "actor": {
        "zh": "{where}规定的是{stated}，不是{claimed}。",
        "en": "{where} names {stated}, not {claimed}.",
    },
    "direction": {
        "zh": "{where}说的是“{stated}”，不是“{claimed}”：方向与这一说法相反。",
        "en": "{where} says “{stated}”, not “{claimed}”: it moves the other way.",
    },
    "graded": {
        "zh": "{where}按情节轻重规定不同的后果，并非不论情节一律如此。",
        "en": "{where} grades the consequence by how serious the case is; it does not apply one "
        "regardless of severity.",
    },
    "ended": {
        "zh": "{where}规定了结束的办法（移除、修复、解除或期满），并非永久如此。",
        "en": "{where} provides for ending it (removal, restoration, lifting or expiry); it "
        "does not last for good.",
    },
    "automatic": {
        "zh": "{where}规定“{stated}”，无需申请或批准。",
        "en": "{where} says “{stated}”: it needs no application or approval.",
    },
    "overstated": {
        "zh": "{where}只规定“可以”这样做，没有规定必须这样做。",
        "en": "{where} only permits this; it does not require it.",
    },
    "missing figure": {
        "zh": "{where}与此相关，但没有规定{claimed}。",
        "en": "{where} is on topic but does not state {claimed}.",
    },
    "unstated": {
        "zh": "{where}与此相关，但没有作出这一规定。",
        "en": "{where} is on topic but does not state this.",
    },
    "off topic": {
        "zh": "文件中没有找到涉及这一说法的条款；最接近的条款列在下面，仅供参考。",
        "en": "No clause in the documents addresses this claim; the nearest ones are listed "
        "for reference only.",
    },
    "nothing": {
        "zh": "没有找到可以比较的条款（索引为空，或指定的条文不存在）。",
        "en": "No clause to compare with (the index is empty, or the named article does not "
        "exist).",
    },
}


def _say(language: str, key: str, **values: str) -> str:
    return _EXPLANATIONS[key][language].format(**values)
