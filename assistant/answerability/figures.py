"""What a question asks for, and whether a clause states it.

A figure in a unit (a period, an amount, a rate, a date), a count of things, a frequency, the
other bound of a range, a definition, the kinds of something, a document's number: a clause on
the question's topic that states none of what is asked does not answer it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..sentences import introduces_list, opens_list_item, sentence_spans
from ..tokenizing import (
    formal_terms,
    glossary_counterparts,
    has_chinese,
    jieba_words,
    normalize,
    tokenize,
    translate_terms,
)
from .quantity import EN_NUMBER_WORDS, EN_UNITS, ZH_UNITS, Quantity, numeral_value, quantities
from .series import Installment, installments


# A question about when a document (or rule) takes effect or was issued asks for a date.
_WHEN_ZH = r"(?:哪天|哪一天|哪日|什么时候|什么时间|何时|哪年|几月几日|日期)"
_IN_FORCE_ZH = r"(?:施行|生效|实施|发布|印发|公布|通过|修订)"
_ASKS_DATE = re.compile(
    _WHEN_ZH + r".{0,8}" + _IN_FORCE_ZH + "|" + _IN_FORCE_ZH + r".{0,8}" + _WHEN_ZH
    + r"|\bwhen\b.{0,80}\b(?:take|takes|took|come|comes|came|enter|enters|entered) "
    r"(?:into )?(?:effect|force)\b|\bwhen\b.{0,80}\b(?:effective|issued|published|adopted|promulgated)\b"
    r"|\b(?:effective|issue|issuance|publication|commencement) date\b",
    re.IGNORECASE,
)

# What a question asks for, by the unit an answer would carry.
# Every unit a figure may be asked in: a figure asked of no unit the question names.
_ALL_UNITS = frozenset({"yuan", "percent", "day", "workday", "month", "year", "hour", "person", "times"})
# "那时候1年期LPR到底是多少？" (r114): the value of the rate a clause refers to, which only a
# fragment naming that rate could state (万分之五 beside it is another rate).
_ASKS_REFERENCE_RATE = re.compile(
    r"(?:LPR|贷款市场报价利率)(?:利率)?(?:到底|具体|现在|当时|目前)?(?:是|为)?多少"
    r"|\bwhat (?:is|was) the (?:current )?(?:1-year |one-year )?(?:LPR|loan prime rate)\b",
    re.IGNORECASE,
)
_REFERENCE_RATE = re.compile(r"LPR|贷款市场报价利率|\bloan prime rate\b", re.IGNORECASE)
_ASKS = [
    (_ASKS_DATE, {"date"}),
    # "…and by what date each year?", "截止日期是哪天" (r14)
    (re.compile(r"\b(?:by|on|before) (?:what|which) date\b|\bwhat(?:'s| is)? the (?:due |cut-?off |closing )?date\b"
                r"|截止日期|截至日期|几月几[日号]", re.I), {"date"}),
    (re.compile(
        r"多少(?:亿|万)?元|多少钱|多少金额|罚款.*多少|(?:金额|花费|消费)上限|how much|what (?:is the )?(?:amount|fine)"
        r"|maximum fine|how many yuan|how (?:big|large|high) (?:are|is|will be) (?:the )?(?:fines?|penalt(?:y|ies))"
        # "how big a fine can market regulators impose" (r43)
        r"|\bhow (?:big|large|high|heavy) an? (?:fine|penalty)\b"
        # ("What is the per head limit (RMB)?", r172)
        r"|spending (?:cap|limit)|per[- ](?:person|head) (?:cap|limit)|\((?:RMB|CNY|yuan)\)|人均(?:上限|标准|限额)"
        # "the range of the fine the regulator can impose", "罚款幅度", "罚多少"
        r"|\b(?:range|amount|size|level|scale) of (?:the |a |any )?(?:fines?|penalt(?:y|ies)|compensation|damages)\b"
        r"|\bfine range\b|罚款(?:幅度|范围|额度)|罚多少"
        # "What's the actual fine a large company faces…" (a fine is money; a penalty may be a sanction)
        r"|\bwhat(?:'s| is) the (?:actual |exact |real |maximum |minimum |usual )?fines?\b"
        # "交多少投诉费", "扣多少退休金", "the maximum value of a meal"
        # ("允许它收多少确权服务费": r91)
        r"|多少[^，。？?\s天日年月个人名分次]{0,5}(?:费|金)|(?:交|缴|付|扣|赔)多少(?!分|天|日|年|个|人|名)"
        # "第三方机构做评价，收费标准大概多少？" (r97)
        r"|(?:收费|费用|价格)标准(?:大概|大约|一般|具体)?(?:是|为)?(?:多少|几)"
        # "有没有允许的额度？" (r23)
        r"|(?:允许|规定)的?(?:金额|数额)?额度|额度(?:是|有|为)?多少|有没有额度"
        # "暂停期间工资还发不发？发多少？" (r20)
        r"|(?:工资|薪酬|薪水|奖金|补贴)[^。]{0,12}发多少|发多少(?:钱|工资)"
        # "能拿到多少奖励", "补偿多少"
        # "亩均补助多少" (r38)
        r"|多少(?:奖励|奖金|补偿|赔偿|补贴|补助|资助|奖补)|(?:奖励|奖金|补偿|赔偿|补贴|补助|资助|奖补)(?:是|有|能有)?多少"
        # ("the maximum gift value the Guidelines allow", "a de minimis value… below which": r46, r48)
        r"|(?:maximum|max|highest|upper) (?:[\w-]+ )?(?:value|price|cost)|how expensive|what (?:fee|charge)"
        # ("Does the report say what the annual membership fee is": r90)
        r"|\bwhat (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:fee|dues)\b (?:is|are|would be)\b"
        # ("What's the filing fee for lodging an arrears complaint…": r95)
        r"|\bwhat(?:'s| is| are) the (?:[\w-]+ ){0,2}?(?:fees?|dues|charges?)\b"
        r"|\bde minimis\b|几多钱"
        # "奖励金额一般是多少", "a cash value below which a gift is fine"
        r"|(?:金额|数额)[^，。？?]{0,4}多少|\b(?:cash|money|monetary) (?:value|amount|limit|threshold)\b"
        # "礼品价值多少以下可以收", "an official yuan limit below which a gift is fine"
        r"|(?:价值|价格)(?:是|为|在)?多少|\byuan (?:limit|threshold|cap|ceiling)\b"
        # "What's the most we're allowed to pay him as an honorarium?"
        r"|\bthe most (?:we|i|a company|companies|they)(?:'re| are| am|'m| is)? (?:allowed|permitted|able) to "
        r"(?:pay|give|spend|offer)\b"
        # "what's the maximum we can spend per person on a meal" (r14)
        r"|\b(?:maximum|max|most) (?:amount )?(?:we|i|you|one|they|a company|companies|staff) "
        r"(?:can|could|may|are allowed to|is allowed to) (?:spend|give)\b"
        # "Is there a minimum contract amount before a complaint is accepted?" (r17)
        r"|\b(?:minimum|threshold|floor) (?:contract |claim |deal |transaction )?(?:amount|value|sum)\b"
        r"|最低金额|金额(?:门槛|起点|下限)|起点金额"
        # "what administrative fine can the authorities impose…? Is there a fixed amount range?" (r21)
        r"|\bwhat (?:administrative |monetary |financial )?fines? (?:can|could|will|would|may|might|do|does)\b"
        r"|\b(?:fixed )?amount range\b"
        # "Is there a prescribed amount or percentage … for such rewards?" (r30)
        r"|\b(?:prescribed|fixed|set|statutory|standard) (?:amount|sum)\b", re.I), {"yuan"}),
    # "up to how many times our losses can we claim?", "惩罚性赔偿最多几倍" (r17): a multiple
    # (not "要的抵押比国企多好几倍": several times more, told).
    (re.compile(
        r"多少倍|(?<!好)几倍|\bhow many times (?:the |our |their |its |his |her |my )?(?:actual )?"
        r"(?:loss|losses|damages?|amount|value|price|contract)\b|\bwhat multiple\b", re.I), {"times"}),
    (re.compile(
        # ("给干部打几折以内算正常优惠？": a discount is a rate, r108)
        r"打几折|几折|多少折|"
        r"多大比例|多少比例|百分之几|比例(?:最高|最低|上限|下限|一般)?(?:是|为|能到|可以到)?多少|占比多少"
        # "补贴一般按什么比例扣" (r131)
        r"|(?:按|以)(?:什么|怎样的|啥)比例"
        # "What exact shareholding percentage counts as control?" (r28)
        r"|what (?:[\w-]+ ){0,2}?(?:percentage|proportion)|what percent"
        r"|(?:maximum|max|highest|upper|minimum|lowest) (?:percentage|proportion|ratio|rate)\b"
        # "is there a required ratio of compliance staff to employees" (r14)
        r"|\b(?:required|fixed|set|mandatory|prescribed) (?:ratio|proportion|percentage)\b|\bratio of\b|配比"
        # "the maximum performance bond, as a percentage of the contract price" (r20)
        r"|\bas an? (?:percentage|proportion|share) of\b", re.I),
     {"percent"}),
    # "讲课费的标准是多少", "逾期利息的标准是多少", "付款期限的标准是多少": a figure of some kind.
    (re.compile(r"标准(?:是|为|在)?多少"), _ALL_UNITS),
    # "企业所得税税率是多少", "the corporate income tax rate": a rate, in per cent (万分之五 is 0.05%).
    (re.compile(r"税率|\btax rates?\b", re.I), {"percent"}),
    # "逾期利息按什么利率算", "What is the late-payment interest rate…": a rate too.
    (re.compile(
        r"利率(?:是|为|按)?(?:多少|几)|(?:按|以)(?:什么|哪个|多少)利率"
        # "is there an inheritance or gift tax, and what's the rate?" (r30)
        r"|\b(?:what|which)(?:'s| is)? (?:the )?(?:[\w-]+ ){0,3}?(?:interest )?rate\b|\bat what rate\b"
        # ("State the daily late-payment interest rate that … prescribes": r55)
        r"|\b(?:state|give|name) the (?:[\w-]+ ){0,4}?rate\b", re.I),
     {"percent"}),
    # "What's the RMB value threshold below which gifts … are acceptable…?" (r115)
    (re.compile(r"\b(?:RMB|yuan|monetary|money|cash|value) (?:value )?(?:thresholds?|limits?|caps?|ceilings?)\b", re.I),
     {"yuan"}),
    (_ASKS_REFERENCE_RATE, {"percent"}),
    (re.compile(r"扣(?:多少|几)分|how many (?:score |credit )?points", re.I), {"point"}),
    # "the maximum number of working days the authorities can take" (r27)
    (re.compile(r"几个?工作日|多少个?工作日|how many (?:working|business) days"
                r"|\bnumber of (?:working|business) days\b", re.I), {"workday"}),
    (re.compile(
        r"多少名|多少人|几名|几个人|几人(?!次)|(?:配|配备|配置)(?:几|多少)"
        # "how many full-time compliance staff", "a headcount ratio"
        r"|how many (?:[\w-]+ ){0,3}?(?:people|staff|persons|employees|members|officials|officers|investigators"
        # "roughly how many ppl turned up" (r53)
        r"|inspectors|ppl|guests|attendees|participants|visitors)\b|\bheadcount\b",
        re.I), {"person"}),
    # "What professional certificate or minimum years of experience does someone need…" (r14)
    # (not "这几年", "前几天": these few years, the other day; r51; nor "拖了几个月才付款", some
    # months gone by: r87)
    (re.compile(r"(?<![这那前近头过好了])几年|多少年|how many years|\byears? of (?:experience|service|work)\b"
                r"|\b(?:minimum|at least) years\b|工作年限|从业年限", re.I), {"year"}),
    (re.compile(r"(?<![这那前近头过好了])几个月|多少个月|how many months", re.I), {"month"}),
    # (and in Cantonese, 几多日: r47)
    # (not days a story tells: "到外地游玩几天", r136)
    (re.compile(r"多少天|(?<![这那前近头过好了玩住待])几天|多少日|(?<![这那前近头过好了玩住待])几日|几多日|几多天"
                r"|how many days|\bnumber of days\b", re.I), {"day", "workday"}),
    (re.compile(r"多少(?:个)?(?:学时|课时|小时)|几(?:个)?(?:学时|课时|小时)|how many (?:training |class )?hours", re.I),
     {"hour"}),
    (re.compile(r"多长时间|多久|多长|几耐|期限是|期间是|how long|what (?:is the )?(?:period|deadline|time limit)"
                # "what procedure and time limit does the county have…" (r128)
                r"|\bwhat [\w-]+ (?:and|or) (?:period|deadline|time limit)"
                # "What's the retention period?", "保存期限是多少" (r20)
                r"|\bretention (?:period|time)\b|(?:保存|保留)期限"
                # "What's the maximum length of such a suspension?" (r18). Not "Is there a time
                # limit?": whether the rules set one, answered by a clause setting it without a figure.
                # ("Max inspection/acceptance period a buyer can stipulate…": r95)
                r"|\b(?:maximum|max|minimum|longest|shortest) (?:[\w/-]+ ){0,2}?(?:length|duration|period)\b", re.I),
     {"day", "workday", "month", "year", "hour"}),
]
_INTEREST = re.compile(r"利息|利率|滞纳金|\binterest\b", re.I)
# A question typed as a noun phrase ("Deadline for rectifying a verified breach?", "GBA
# association annual membership fee?", "整改期限？", "会费多少？") asks for the figure its noun
# names. Not a question with a verb of its own: "Can the bureau charge a fee?" asks whether.
_VERB_QUESTION = re.compile(
    r"^\s*(?:can|could|may|might|must|shall|should|will|would|do|does|did|is|are|was|were|has|have|had"
    r"|who|whom|whose|what|which|when|where|why|how|if|under|in|for|according)\b",
    re.IGNORECASE,
)
_TERSE_ASKS = [
    (re.compile(r"\b(?:deadlines?|time limits?|time ?frames?)\b", re.I),
     {"day", "workday", "month", "year", "hour"}),
    # "NDRC notice: working days allowed to verify a complaint?"
    (re.compile(r"\b(?:working |business |calendar )?days\b", re.I), {"day", "workday"}),
    (re.compile(r"\b(?:fees?|dues|charges?|costs?|prices?|fines?)\b", re.I), {"yuan"}),
    (re.compile(r"\b(?:rates?|ratios?|percentages?|proportions?)\b", re.I), {"percent"}),
]
_TERSE_ASKS_ZH = [
    (re.compile(r"(?:期限|时限)(?:是|为)?[？?]\s*$"), {"day", "workday", "month", "year", "hour"}),
    # ("投诉费大概多少？": r52)
    (re.compile(r"(?:费|费用)(?:大概|大约|一般|具体)?(?:是|为|要|交)?多少"), {"yuan"}),
    (re.compile(r"(?:利率|费率|比例)(?:的)?(?:上限|下限|最高|最低)?(?:是|为)?多少"), {"percent"}),
]


# The end of a sentence that states (not of an abbreviation: "No. 1103", "Art. 9").
_NOT_AN_ABBREVIATION = r"(?<!\bNo)(?<!\bArt)(?<!\bNos)"
STATEMENT_END = re.compile(r"[。！!]|" + _NOT_AN_ABBREVIATION + r"\.(?=\s)")


def asking_part(question: str) -> str:
    """The sentences of ``question`` that ask: "去三亚考察几天，吃住全包。会有什么后果？" asks
    about consequences; the user's story before it, with its "几天", asks nothing."""
    sentences = [s for s in STATEMENT_END.split(question) if s.strip()]
    asking = [s for s in sentences if re.search(r"[？?]", s)]
    return " ".join(asking) if asking else question


def sub_questions(question: str) -> list[str]:
    """The parts of a question that asks several things, each with its own question mark:
    "国有企业的部门经理受了记大过的政务处分，处分期有多长？在这期间还能提拔、涨工资吗？" asks for a
    period and whether promotion is allowed. Empty for a question that asks one thing."""
    parts = [p.strip() for p in re.findall(r"[^？?]+[？?]", asking_part(question))]
    parts = [p for p in parts if len(p) >= 4]
    return parts if len(parts) >= 2 else []


# "Do agencies have to publish how many contracts they are behind on paying?", "要不要公开拖欠了
# 多少合同": a figure someone must publish or report is what they disclose; the question asks
# whether they must, not for the figure (r14: refused for stating no number of contracts).
_DISCLOSED_FIGURE = re.compile(
    r"\b(?:publish|disclose|report|announce|reveal|make public|list|record)(?:es|s|ed|ing)?\s+how (?:many|much)\b"
    # ... and where one can see it: "Is there anywhere public where I can see how much a big
    # carmaker owes…?" asks where (第十九条's annual report), not for the amount (r74)
    r"|\b(?:see|view|look up|find out)\s+how (?:many|much)\b"
    # (not "评价报告须在完成后多少日内报送": a report, the noun, due within days, r40)
    r"|(?:公开|公布|披露|报告|报送|载明)(?![须应要需必])[^，。？?]{0,8}?(?:多少|几)",
    re.IGNORECASE,
)


def _figures_asked(question: str) -> str:
    """The asking part of ``question``, without the figures it says someone discloses."""
    return _DISCLOSED_FIGURE.sub(" ", asking_part(question))


# A bound asked with no unit, which the story gives: "the bank says opening our account takes
# 'up to 10 working days'. What's the legal maximum…?" asks for working days (r29).
_BARE_BOUND = re.compile(
    # ("…if it costs under 100 yuan per head? What is the exact limit?", r179)
    r"\bwhat(?:'s| is| are)? the (?:exact |precise |specific )?(?:legal |statutory |official |permitted )?(?:maximum|minimum|limit|cap|ceiling)\b"
    r"|(?:法定|规定)的?(?:上限|下限|最长期限|最短期限)(?:是)?(?:多少|什么)",
    re.IGNORECASE,
)


# A bound, or "the number", of no unit the question names (read after all that name one):
# "营业收入和资产总额的上限具体是多少", "What's the number in that law?" (r48).
_ANY_FIGURE = re.compile(
    r"[上下]限(?:具体)?(?:是|为)?多少|\bwhat(?:'s| is) the (?:number|figure)\b(?! of)"
    # ("“控股”有没有具体比例？", r177)
    r"|有没有(?:具体|明确)的?(?:比例|数字|数额)"
    # "What exact non-performing loan tolerance does the law set…?" (r92)
    r"|\bwhat (?:exact|specific|precise) (?:[\w-]+ ){0,3}?(?:tolerance|ratio|threshold|cap|ceiling|limit|rate|percentage)\b",
    re.I,
)


# A blank to fill in before a unit, as a quiz asks for a figure: "超过___亿元", "（ ）日内", "within
# ___ days" (r89).
_BLANK_BEFORE_UNIT = re.compile(
    r"(?:_{2,}|＿+|（\s*）|\(\s*\))\s*(亿元|万元|元|个工作日|工作日|个月|日|天|年|%|名|人"
    r"|working days|days|months|years|yuan|percent)",
    re.IGNORECASE,
)

# ... blanks for a date: "____年__月__日成立" (r89)
_BLANK_DATE = re.compile(r"(?:_{2,}|＿+)\s*年\s*(?:_+|＿+)\s*月")


@functools.lru_cache(maxsize=64)
def asked_units(question: str) -> frozenset[str]:
    """The units an answer must carry, when the question asks for a number. Cached: it is
    asked again for every sentence of every candidate clause."""
    original, question = question, _figures_asked(question)
    for pattern, units in _ASKS:
        if pattern.search(question):
            # Interest asked "how much" ("要付多少利息", "how much interest") is stated as a rate
            # (每日利率万分之五), as often as an amount.
            if units == {"yuan"} and _INTEREST.search(question):
                units = units | {"percent"}
            return frozenset(units)
    for pattern, units in _TERSE_ASKS_ZH:
        if pattern.search(question):
            return frozenset(units)
    if not has_chinese(question) and len(question.split()) <= 12 and not _VERB_QUESTION.search(question):
        for pattern, units in _TERSE_ASKS:
            if pattern.search(question):
                return frozenset(units)
    if _ANY_FIGURE.search(question):
        return _ALL_UNITS
    if _BLANK_DATE.search(question):
        return frozenset({"date"})
    if blank := _BLANK_BEFORE_UNIT.search(question):
        return frozenset({ZH_UNITS.get(blank.group(1)) or EN_UNITS[blank.group(1).lower()]})
    if _BARE_BOUND.search(question):
        told = {q.unit for q in quantities(original) if q.unit != "date"}
        return frozenset(told | {"day", "workday"} if told & {"day", "workday"} else told)
    return frozenset()


DEFINITION_QUESTION = re.compile(
    r"是什么意思|指什么|是指|什么是|含义|定义|何谓|所称|\bmean(s|ing)?\b|\bdefin(e|ed|ition)\b|what is an?\b"
    r"|\bwhat (?:makes|counts as|qualifies as)\b|\bwho counts as\b",
    re.IGNORECASE,
)
DEFINITION_CLAUSE = re.compile(r"所称|是指|\bmeans\b|\brefers to\b|\bdefined as\b")
# The term a clause defines: "本办法所称合规风险，是指…", "“X” means …".
DEFINED_TERM = re.compile(
    r"([^，,。；\s]{2,30})[，,]?\s*是指|[“\"]([^”\"]{2,40})[”\"],?\s+(?:which\s+)?(?:means|refers to)",
    re.IGNORECASE,
)


def defines_asked_term(question: str, text: str) -> bool | None:
    """Whether ``text`` defines a term the question asks about (None: not a "what does X
    mean" question). The term may be asked in the other language (glossary)."""
    if not DEFINITION_QUESTION.search(question):
        return None
    asked = _asked_terms(question)
    for match in DEFINED_TERM.finditer(text):
        term = next(g for g in match.groups() if g).split("所称")[-1]  # 本办法所称合规风险
        if normalize(term) in asked:
            return True
    return False


# "政务处分有哪几种", "what are the types of governmental sanctions": the clause that lists
# the kinds ("政务处分的种类为：（一）警告；…") answers, not every clause naming a kind.
KINDS_QUESTION = re.compile(
    r"哪几种|哪些种类|什么种类|有几种|多少种|哪几类|哪些类型|分为哪|种类有|种类是|几个等级|哪些等级|分几档"
    r"|\b(?:types|kinds|categories|forms|levels|grades)\s+of\b"
    r"|\bwhat\s+(?:types|kinds|categories|levels|grades)\b",
    re.IGNORECASE,
)
# What a listing clause lists the kinds of: "政务处分的种类为", "the types of X are".
_KINDS_OF = re.compile(
    r"([^，,。；：:\s]{2,30}?)的?(?:种类|类型|类别)(?:为|是|包括|有)"
    r"|\bthe (?:types|kinds|categories|forms) of ([a-z][a-z -]{2,40}?) (?:are|include|shall be)\b",
    re.IGNORECASE,
)


def lists_asked_kinds(question: str, text: str) -> bool | None:
    """Whether ``text`` lists the kinds of something the question asks the kinds of (None:
    not a "what kinds of X are there" question)."""
    if not KINDS_QUESTION.search(question):
        return None
    asked = _all_wordings(question)
    for match in _KINDS_OF.finditer(text):
        listed = normalize(next(g for g in match.groups() if g))
        if any(term in listed for term in asked):
            return True
    return False


# A clause setting the period of a term other clauses use: "第八条 政务处分的期间为：（一）警告，
# 六个月；…" for 第十九条's "在政务处分期内，不得晋升职务"; the term starts its sentence.
_SETS_PERIOD = re.compile(r"^(?:第[一二三四五六七八九十百零]+条\s*)?([\u4e00-\u9fff]{2,8}?)的?(?:期间|期限)为")
PERIOD_UNITS = frozenset({"day", "workday", "month", "year"})


def defined_periods(text: str) -> list[str]:
    """The terms whose period ``text`` sets ("政务处分" for "政务处分的期间为：…"), when it
    states one."""
    terms = []
    for sentence in re.split(r"[。；;\n]", text):
        match = _SETS_PERIOD.match(sentence.strip())
        if match and any(q.unit in PERIOD_UNITS for q in quantities(text)):
            terms.append(match.group(1))
    return terms


_LISTED_KIND = re.compile(r"[（(][一二三四五六七八九十\d]+[）)]\s*([^；;。.\n（(]{1,12}?)\s*[；;。.]")


def listed_kinds(text: str) -> list[frozenset[str]]:
    """The closed sets of kinds a clause lists: "政务处分的种类为：（一）警告；（二）记过；…（六）
    开除。" gives {警告, 记过, 记大过, 降级, 撤职, 开除}. Each is one of a kind and none of the
    others: what a fragment says of 撤职 it does not say of 开除."""
    sets = []
    for match in _KINDS_OF.finditer(text):
        rest = text[match.end() :]
        items: list[str] = []
        previous_end = 0
        for item in _LISTED_KIND.finditer(rest):
            if rest[: item.start()].strip(" ：:\n；;") and not items:
                break  # the list must follow the lead-in
            if items and rest[previous_end : item.start()].strip():
                break  # the list has ended
            items.append(item.group(1).strip())
            previous_end = item.end()
        if len(items) >= 2:
            sets.append(frozenset(items))
    return sets


@functools.lru_cache(maxsize=64)
def _all_wordings(question: str) -> frozenset[str]:
    """The question's words of two or more characters and their glossary renderings, every
    one, not only the longest (_asked_terms): "governmental sanctions" renders as 政务处分 and
    不予政务处分, and the clause listing the sanctions names the shorter. Cached: every
    candidate clause asks again."""
    return frozenset(t for t in tokenize(question + " " + translate_terms(question)) if len(t) >= 2)


@functools.lru_cache(maxsize=64)
def _asked_terms(question: str) -> frozenset[str]:
    """The question's terms and their glossary counterparts, whole terms only: the clause
    defining 合规 does not define 首席合规官. Cached: every candidate clause asks again."""
    translated = translate_terms(question)
    terms = set(tokenize(question + " " + translated)) | set(normalize(translated).split())
    return frozenset(t for t in terms if not any(t != longer and t in longer for longer in terms))


# "文号是什么", "what is the document number": the number a document was issued under, which
# its metadata holds and its heading states.
_ASKS_DOCUMENT_NUMBER = re.compile(
    r"文号|发文字号|第几号令|令第几号|\b(?:document|reference|file)\s+(?:number|no\b)", re.IGNORECASE
)


def asks_document_number(question: str) -> bool:
    return _ASKS_DOCUMENT_NUMBER.search(question) is not None


def states_document_number(question: str, text: str, doc_number: str | None) -> bool | None:
    """Whether ``text`` states ``doc_number``, its document's number, when the question asks
    for it; None when the question does not ask or the document has no number."""
    if not doc_number or not asks_document_number(question):
        return None
    return normalize(doc_number) in normalize(text)


# Asked when something takes effect, a date counts only beside words of taking effect: a
# regulation's heading also carries its adoption and revision dates.
_ASKS_ISSUE_DATE = re.compile(r"发布|印发|公布|issued|published|promulgated", re.IGNORECASE)
# A date on a line of its own closes a notice under its issuer's name: the day it was issued
# ("National Development and Reform Commission\nAugust 5, 2023").
_SIGNATURE_DATE = re.compile(
    r"^[^\S\n]*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[a-z]+ \d{1,2}, \d{4})[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


def closing_date(text: str) -> bool:
    """Whether ``text`` is a date on a line of its own, as a notice closes."""
    return _SIGNATURE_DATE.fullmatch(text.strip()) is not None


_DATE_EVENTS = [
    (re.compile(r"施行|生效|实施|effect|force|effective", re.IGNORECASE),
     re.compile(r"施行|生效|实施|\beffect|\bforce\b|effective", re.IGNORECASE)),
    (_ASKS_ISSUE_DATE, re.compile(
        rf"发布|印发|公布|令|\bissued|published|promulgated|{_SIGNATURE_DATE.pattern}",
        re.IGNORECASE | re.MULTILINE,
    )),
]


def dated_event(text: str) -> re.Pattern[str] | None:
    """What a statement of a date would say happened on it, for the event ``text`` dates (taking
    effect, being issued); None when it names neither."""
    for _, stated in _DATE_EVENTS:
        if stated.search(text):
            return stated
    return None


def states_asked_figure(
    question: str, text: str, kind_sets: Iterable[frozenset[str]] = ()
) -> bool | None:
    """Whether ``text`` states the kind of figure the question asks for (None: asks for none).
    Asked of one kind of a listed set (``kind_sets``: 记大过 of the six 政务处分), a sentence
    stating it of other kinds only ("对于受到降级以上政务处分的，…一个月内…"; "（四）降级、撤职，
    二十四个月；") does not state it."""
    units = asked_units(question)
    if not units:
        return None
    if units == {"date"}:
        for asked, stated in _DATE_EVENTS:
            if asked.search(question) and not stated.search(text):
                return False
    sentences = [s for s in re.split(r"[。\n]", text) if not of_other_kinds(s, question, kind_sets)]
    return any(q.unit in units for s in sentences for q in quantities(s))


@functools.lru_cache(maxsize=64)
def _naming_kinds(asked: str) -> str:
    """``asked`` with its glossary renderings: an English question names 记过 as "demerit". A
    rendering found inside a more specific one's is not named: "a serious demerit" (记大过)
    says "demerit" too, and the line stating 记过's period was quoted for it."""
    renderings = translate_terms(asked).split()
    specific = [t for t in renderings if not any(u != t and _subsequence(t, u) for u in renderings)]
    return f"{asked} {' '.join(specific)}"


def _subsequence(short: str, long: str) -> bool:
    """Whether ``short``'s characters occur in ``long`` in order (记过 in 记大过)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def of_other_kinds(text: str, asked: str, kind_sets: Iterable[frozenset[str]]) -> bool:
    """Whether ``text`` names kinds of a listed set (`listed_kinds`) and none of those ``asked``
    names, in either language: "（四）降级、撤职，二十四个月" says nothing of 开除, 记大过 or a
    "demerit"."""
    asked = _naming_kinds(asked)
    for kinds in kind_sets:
        claimed = {k for k in kinds if k in asked}
        named = {k for k in kinds if k in text}
        if claimed and named and not named & claimed:
            return True
    return False


def of_no_kind_asked(text: str, asked: str, kind_sets: Iterable[frozenset[str]]) -> bool:
    """Whether ``asked`` names a kind of a listed set (in either language) and ``text`` names
    no kind of it at all."""
    asked = _naming_kinds(asked)
    return any(
        any(k in asked for k in kinds) and not any(k in text for k in kinds) for kinds in kind_sets
    )


# "多少个场景", "how many batches": a count of things, asked by noun; the Chinese noun is
# jieba's first word after the measure word.
_MEASURE_WORDS = "个项种类条批家份位次所"
_ASKS_COUNT_ZH = re.compile(rf"(?:多少|几)[{_MEASURE_WORDS}]([\u4e00-\u9fff]+)")
_ASKS_COUNT_EN = re.compile(r"\bhow many ([a-z][a-z-]+)", re.IGNORECASE)
_ASKS_PLURAL_EN = re.compile(
    r"\bhow many (?:of (?:the|these|those|its|their) )?(?:\d+ )?(?:[a-z][a-z-]+ ){0,2}?([a-z][a-z-]+s)\b", re.IGNORECASE
)
# "Of the 33 scenarios …, how many are in the first batch?": what is counted is named with the
# number the question gives.
_COUNTED_BEFORE_EN = re.compile(r"\bhow many (?:are|were|is|was|of (?:them|these|those))\b", re.IGNORECASE)
_GIVEN_COUNT_EN = re.compile(r"\b\d+ (?:[a-z][a-z-]+ )?([a-z][a-z-]+s)\b", re.IGNORECASE)
_COUNT_ZH = rf"[\d零一二三四五六七八九十百千两]+\s*[{_MEASURE_WORDS}]?\s*"
_COUNT_EN = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)"
)


# A number of things a text states: "29 industry sectors", "33个场景". The Chinese noun is
# jieba's first word after the measure word; the English one the first plural of the two words
# after the number. Not "第二批" (an ordinal), not one thing ("一个部门" is "a department"), not
# a year ("2023 reforms"), and not what ``quantities`` reads (个月, 个工作日).
_STATED_COUNT_ZH = re.compile(
    # (a whole number: not "十九条" inside 第六十九条)
    rf"(?<![第\d零一二三四五六七八九十百千两])([\d零二三四五六七八九十百千两]+)\s*([{_MEASURE_WORDS}])([\u4e00-\u9fff]+)"
)
_STATED_COUNT_EN = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z-]+)(?:\s+([a-z-]+))?"
)


def counts(text: str) -> set[Quantity]:
    """Every number of things in ``text``, each a Quantity of unit "count:<noun>": "39 industry
    sectors" is (39, "count:sector"), "33个场景" is (33, "count:个场景"), so that a claim's
    count is compared with the clause's count of the same things."""
    found: set[Quantity] = set()
    lowered = normalize(text)
    for number, measure, rest in _STATED_COUNT_ZH.findall(lowered):
        noun = jieba_words(rest)[0] if rest else ""
        value = numeral_value(number)
        # 个月 and 个工作日 are units; 两个以上, 两批一共 count no noun.
        if value and value > 1 and len(noun) >= 2 and noun[0] not in "月工以一共的或及和与中内上下左多余":
            found.add(Quantity(value, f"count:{measure}{noun}"))
    for number, first, second in _STATED_COUNT_EN.findall(lowered):
        value = float(EN_NUMBER_WORDS.get(number) or number)
        if value <= 1 or 1900 <= value <= 2100:
            continue
        plural = next(
            (w for w in (first, second) if len(w) > 3 and w.endswith("s") and not w.endswith("ss")),
            None,
        )
        if plural and first not in EN_UNITS and plural not in EN_UNITS:  # "two staff members" are people
            found.add(Quantity(value, f"count:{plural[:-1]}"))
    return found


@functools.lru_cache(maxsize=64)
def counted_noun(question: str) -> str | None:
    """What a "how many X" question counts; None when it asks for no count of things, or for
    a unit that ``asked_units`` knows (days, people, yuan). Cached: every sentence asks again."""
    if asked_units(question):
        return None
    story = question
    question = _figures_asked(question)  # "派几个员工过去帮忙。能不能不给？" counts nothing
    # "Of the 33 scenarios …, how many are…": what the question's own number counted before it
    # (in a sentence that asks nothing, too: "They cover 33 scenarios. How many of these…").
    first = re.search(r"\bhow many\b", question, re.IGNORECASE)
    if (
        first
        and (asks := _COUNTED_BEFORE_EN.match(question, first.start()))
        and (given := _GIVEN_COUNT_EN.findall(story[: story.find(asks.group(0))]))
    ):
        return normalize(given[-1])
    # The plural after up to two words that qualify it: "how many typical scenarios" counts
    # scenarios (r36).
    if match := _ASKS_PLURAL_EN.search(question) or _ASKS_COUNT_EN.search(question):
        return normalize(match.group(1))
    if match := _ASKS_COUNT_ZH.search(question):
        # "多少个典型场景" counts 场景, as "how many typical scenarios" counts scenarios
        words = jieba_words(match.group(1))
        return words[1] if len(words) > 1 and words[0] in _QUALIFIERS_ZH else words[0]
    return None


_QUALIFIERS_ZH = frozenset({"典型", "具体", "主要", "重点", "不同", "相关", "有关", "特定", "重要", "各类", "各种"})


@functools.lru_cache(maxsize=64)
def _counted_forms(noun: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The noun's Chinese forms and English stems, the glossary's counterparts included."""
    forms = [noun, *glossary_counterparts(noun)]
    chinese = tuple(f for f in forms if has_chinese(f))
    stems = frozenset(t for f in forms if not has_chinese(f) for t in tokenize(f)[-1:])
    return chinese, stems


def states_asked_count(question: str, text: str) -> bool | None:
    """Whether ``text`` puts a number to what the question counts ("33 scenarios" for "多少个
    场景", in either language through the glossary); None when it counts nothing."""
    noun = counted_noun(question)
    if noun is None:
        return None
    chinese, stems = _counted_forms(noun)
    lowered = normalize(text)
    if any(re.search(_COUNT_ZH + re.escape(f), lowered) for f in chinese):
        return True
    return any(stems & set(tokenize(m.group(1))) for m in _COUNT_EN.finditer(lowered))


_CLAUSE_END = "，,。？?；;!！"


def missing_count(question: str, clause_texts: list[str]) -> str | None:
    """The question asks how many of something ("how many words", "多少个场景") and no clause
    puts a number to it. Not "几个": "派几个员工去帮忙" is "a few staff", asking nothing."""
    asks = _ASKS_COUNT_EN.search(question) or re.search(rf"多少[{_MEASURE_WORDS}]", question)
    noun = counted_noun(question)
    if not asks or noun is None:
        return None
    # A clause counts the noun only in a language the noun has a form in: "members" has no
    # Chinese one, so "由二名以上工作人员进行" can neither count nor fail to count it.
    chinese, stems = _counted_forms(noun)
    judged = [t for t in clause_texts if (chinese if has_chinese(t) else stems)]
    if not judged:
        return None
    # Asked of one installment ("how many are in the first batch", "其中第二批有多少个场景"),
    # the count is stated by a sentence naming it, not by one counting them all ("the 33
    # scenarios covered in the two batches").
    if parts := _installments_counted(question, asks):
        judged = [
            sentence
            for text in judged
            for sentence in (span.text for span in sentence_spans(text))
            if any(form.lower() in sentence.lower() for part in parts for form in part.forms())
        ]
    if any(states_asked_count(question, t) for t in judged):
        return None
    # "How many types of sanctions are there?": the clause listing them counts them.
    if not parts and any(lists_asked_kinds(question, t) for t in clause_texts):
        return None
    return "asked-for figure not stated"


def _installments_counted(question: str, asks: re.Match[str]) -> list[Installment]:
    """The installments named in the clause of ``question`` that asks for the count (``asks``):
    "how many are in the first batch", not "…cover in total, and how does the first batch…".
    (What they are installments of may be named anywhere in the question: "The Guidelines cover
    33 scenarios. How many of these were in the first batch?")"""
    start, end = _phrase_around(question, asks, _CLAUSE_END, _CLAUSE_END)
    return [i for i in installments(question, len(question)) if start <= i.match.start() and i.match.end() <= end]


def missing_quantity(question: str, clause_texts: list[str], shared: int = 1) -> str | None:
    """The question asks for an amount/period the clauses never state, in a fragment about
    the question (sharing ``shared`` of its words): "1年期贷款市场报价利率" does not answer
    "诉讼时效是几年？"."""
    units = asked_units(question)
    if not units:
        return None
    # "多久报告一次": 每年 answers it, though it states no number of days
    if _ASKS_FREQUENCY.search(asking_part(question)) and _states_frequency(question, clause_texts):
        return None
    fragments = fragments_about(question, clause_texts, shared)
    if _ASKS_REFERENCE_RATE.search(asking_part(question)):
        fragments = [f for f in fragments if _REFERENCE_RATE.search(f)]
    if "date" in units and _ASKS_ISSUE_DATE.search(question):
        # The closing date shares no word with the question; it is about the whole document.
        fragments += [m.group(0) for text in clause_texts for m in _SIGNATURE_DATE.finditer(text)]
    annual = "date" in units and _ANNUAL.search(asking_part(question)) is not None
    stated = {q.unit for f in fragments for q in quantities(f) if not (annual and _of_one_year(q))}
    if stated & units:
        return None
    return "asked-for figure not stated"


# "By what date each year must the annual report be submitted?": a date of every year (“每年3月
# 31日前”), not one of a particular year ("2022年8月23日…公布", the measures' own date; r19).
_ANNUAL = re.compile(r"每年|每一年|年度|\b(?:each|every|per) year\b|\bannual(?:ly)?\b|\byearly\b", re.IGNORECASE)


def _of_one_year(quantity: Quantity) -> bool:
    """A date of a particular year (a yearly date, "3月31日", is read with year 0)."""
    return quantity.unit == "date" and quantity.value >= 10000


# "How often must the compliance committee meet?", "董事会每年要听几次汇报？": a frequency,
# which "定期召开会议" (regularly) does not state.
_ASKS_FREQUENCY = re.compile(
    # (asked, not told: "affect how often we get inspected" asks whether; "查了好几次" is a story)
    r"\bhow (?:often|frequently) (?:must|should|shall|do|does|did|is|are|will|can|has|have)\b"
    r"|\bhow many times (?:a|per|each|every) (?:year|month|quarter|week)\b"
    r"|多久[^，。？?]{0,6}一次|(?:每|一)(?:年|季度|个月|月)[^，。？?]{0,20}(?<!好)(?:几|多少)次"
    r"|(?:频率|频次)(?:是|为)?(?:多少|怎样|如何)"
    # "评价频次是每年一次还是每三年一次？" (r44)
    r"|(?:频率|频次)(?:是|为)[^，。？?]{0,14}还是"
    # "会议频次是否规定为每季度至少召开一次？" (r52)
    r"|(?:频率|频次)[^，。？?]{0,4}(?:是否|有无|有没有)|是否(?:规定|要求)为?每(?:年|半年|季度|个?月|周)",
    re.IGNORECASE,
)
_STATES_FREQUENCY = re.compile(
    r"每(?:年|季度|半年|个?月|周|日|天)|[一二两三四五六\d]次"  # (not 年度报告, an annual report)
    r"|\b(?:annual(?:ly)?|quarterly|monthly|weekly|daily|once|twice)\b"
    r"|\b(?:every|each|a|per) (?:year|quarter|month|week|day)\b",
    re.IGNORECASE,
)


def missing_frequency(question: str, clause_texts: list[str]) -> str | None:
    """The question asks how often something happens and no clause fragment about it says."""
    if not _ASKS_FREQUENCY.search(asking_part(question)):
        return None
    return None if _states_frequency(question, clause_texts) else "asked-for frequency not stated"


def _states_frequency(question: str, clause_texts: list[str]) -> bool:
    return any(_STATES_FREQUENCY.search(f) for f in fragments_about(question, clause_texts, shared=2))


# "Is there a filing fee for an SME to lodge an arrears complaint?", "投诉要不要交费？": whether
# a step costs anything, which a clause about it answers by naming a fee or charge (or none:
# "不得收取费用"), and not by stating its deadlines (r59).
_ASKS_IF_FEE = re.compile(
    r"\b(?:is|are) there (?:a|any) (?:[\w-]+ ){0,2}(?:fees?|charges?)\b"
    r"|\b(?:do|does|must|will) (?:we|i|you|it|they|an? \w+|the \w+) (?:\w+ ){0,2}(?:have to |need to )?"
    r"pay (?:a|any) (?:[\w-]+ )?(?:fees?|charges?)\b"
    r"|\b(?:does|will|would) (?:it|filing|complaining|applying|lodging)\b[^?.]{0,120}?\bcost (?:anything|money)\b"
    # "whether any filing fee is charged", "what such an assessment fee usually amounts to" (r111)
    r"|\bwhether (?:a|any) (?:[\w-]+ ){0,2}(?:fees?|charges?) (?:is|are|will be|would be) (?:charged|payable|levied|due)\b"
    r"|\b(?:fees?|charges?) (?:\w+ )?(?:amounts?|comes?|runs?) to\b"
    r"|收不收费|收费吗|要不要(?:交|缴|付)(?:钱|费)|(?:是否|需不需要|需要|要)(?:交|缴|付|收)取?(?:费|钱)"
    # a fee by name: "要不要交投诉费", "需缴纳投诉费吗" (r68, r71); not money owed ("付我们钱")
    r"|(?:要不要|是否|需不需要|需要|须|需|用不用)(?:交|缴纳?|付|收取?)[\u4e00-\u9fff]{1,4}?费(?!用化)"
    r"|(?:交|缴纳?)[\u4e00-\u9fff]{1,4}?费(?:用)?吗",
    re.IGNORECASE,
)
_STATES_FEE = re.compile(r"费|\b(?:fees?|charges?|free of charge|costs?)\b", re.IGNORECASE)
_FEE = {"zh": "费用", "en": "a fee"}


def missing_fee(question: str, clause_texts: list[str], language: str = "en") -> str | None:
    """The question asks whether something costs a fee and no clause fragment about it names
    a fee or charge."""
    if not _ASKS_IF_FEE.search(asking_part(question)):
        return None
    if any(_STATES_FEE.search(f) for f in fragments_about(question, clause_texts, shared=2)):
        return None
    return f"asked-for detail not stated: {_FEE[language]}"


# Which way a figure is bounded: asked for ("利率上限多少", "the maximum fee") and stated
# ("约定利率不得低于…", "shall not exceed 60 days").
_ASKS_BOUND = {
    # (not 最高人民法院, nor "投诉最多的" / "最少的", the most or fewest of something)
    "upper": re.compile(r"上限|最高(?!人民)|最多(?!的)|最长|封顶|\b(?:cap|ceiling|maximum|max|upper limit|at most)\b", re.I),
    "lower": re.compile(r"下限|最低|最少(?!的)|最短|至少|\b(?:floor|minimum|min|lower limit|at least)\b", re.I),
}
_STATES_BOUND = {
    "upper": re.compile(
        r"不得(?:超过|高于|多于|长于)|不超过|不高于|最高|最多|最长|上限"
        r"|\b(?:not|never) (?:to )?exceed|\bno (?:more|longer|higher) than\b|\bat most\b|\bup to\b|\bmaximum\b",
        re.I),
    "lower": re.compile(
        r"不得(?:低于|少于|短于)|不低于|不少于|最低|最少|至少|下限"
        r"|\bnot (?:be )?(?:lower|less|fewer|shorter) than\b|\bno (?:less|lower|fewer|shorter) than\b"
        r"|\bat least\b|\bminimum\b",
        re.I),
}


def other_bound(question: str, clause_texts: list[str]) -> str | None:
    """The question asks for a figure's upper bound ("逾期利息利率上限多少？") and the clause
    fragments about it bound it only from below ("约定利率不得低于合同订立时1年期贷款市场报价
    利率"), or the reverse: the fragment that does, which answers another question."""
    asking = asking_part(question)
    asked = [bound for bound, pattern in _ASKS_BOUND.items() if pattern.search(asking)]
    if len(asked) != 1:
        return None
    other = "lower" if asked[0] == "upper" else "upper"
    fragments = fragments_about(question, clause_texts)
    if any(_STATES_BOUND[asked[0]].search(f) for f in fragments):
        return None
    # The fragment shown as bounding the other way must be about the figure asked, not share
    # one word with the question: "合同订立时…不得低于" is no answer to "the maximum performance
    # bond, as a percentage of the contract price" (r20), however it bounds its own rate.
    # (Of the sentence asking for the bound, when the question asks several things: "按月结算时付款
    # 期限从何时起算？逾期利率这样约定有没有下限方面的问题？" asks no bound of 付款期限: r105.)
    bound = _ASKS_BOUND[asked[0]].search(asking)
    start, end = _phrase_around(asking, bound, _SENTENCE_ENDS, _SENTENCE_ENDS)
    about = fragments_about(asking[start:end], clause_texts, shared=2)
    bounding = next((f for f in about if _STATES_BOUND[other].search(f)), None)
    return f"{asked[0]} bound not stated: {bounding.strip()}" if bounding else None


# Where a sentence ends, and where a phrase of it does.
_SENTENCE_ENDS = "；;。？?"
_PHRASE_ENDS = "，," + _SENTENCE_ENDS


def _asking_phrase(question: str, whole_sentence: bool = False) -> str:
    """The phrase (between commas) that asks for a figure: "要等多久才能再升职"; "" if none. Or
    the ``whole_sentence``: "像质谱仪这类大型仪器的验收期限，法规有没有规定最长不得超过多少天" names
    the period before its comma (r120)."""
    question = asking_part(question)
    # (a phrase runs from its comma, or the sentence's end before it, but not from a question mark)
    opening, closing = (_SENTENCE_ENDS, _SENTENCE_ENDS) if whole_sentence else ("，,；;。", _PHRASE_ENDS)
    for pattern, _ in _ASKS:
        if match := pattern.search(question):
            start, end = _phrase_around(question, match, opening, closing)
            return question[start:end]
    return ""


def _phrase_around(text: str, match: re.Match[str], opening: str, closing: str) -> tuple[int, int]:
    """Where the phrase of ``text`` holding ``match`` begins and ends: after the last of the
    ``opening`` marks before it, at the first of the ``closing`` marks after it."""
    begin = max(text.rfind(c, 0, match.start()) for c in opening) + 1
    ends = [i for c in closing if (i := text.find(c, match.end())) >= 0]
    return begin, min(ends, default=len(text))


_IN_FORCE_WORDS = frozenset({"施行", "生效", "实施"})


# Units that count people or points name what is counted ("how many staff"), which is a topic.
_COUNTED = frozenset({"person", "point"})


# The words a period is framed by, in any clause stating one ("自收到…之日起30日内", "10个工作日
# 内…转交"): a fragment sharing only them with "收到决定书后多少日内申请复审" is about another act
# (r88; its 30日 is 第二十五条's, for handling a complaint). Nor does 部门, which every body has.
_PERIOD_FRAME_WORDS = frozenset(
    {"之日", "之日起", "日内", "工作日内", "以内", "工作", "收到", "起算", "法定", "部门"}
)


@functools.lru_cache(maxsize=1)
def _figure_words() -> frozenset[str]:
    """The words of the units figures are counted in (工作日, "working days") and of the frame a
    period is stated in (_PERIOD_FRAME_WORDS): a fragment stating "10个工作日内转交投诉" shares
    them with "企业开办几个工作日办完" and nothing it is about."""
    units = [word for word, unit in [*ZH_UNITS.items(), *EN_UNITS.items()] if unit not in _COUNTED]
    return frozenset(tokenize(" ".join(units))) | _PERIOD_FRAME_WORDS


def fragments_about(question: str, clause_texts: list[str], shared: int = 1) -> list[str]:
    """The clause fragments (split at ；。 and line ends) that share ``shared`` content words
    with the question (or with its glossary translation), numbers left aside, or that use the
    documents' wording of an everyday word in the phrase asking for the figure, whole
    ("验收以后多久付钱" → 支付; "质保金" → 工程质量保证金, not any fragment with 工程). (Only that
    phrase: "区里有个干部…，标准是多少" asks nothing of 公职人员.)"""
    topic = {
        t for t in tokenize(question + " " + translate_terms(question))
        if len(t) >= 2 and not re.search(r"[\d零一二三四五六七八九十百千万两]", t)
    } - _figure_words()
    # Taking effect is one event however it is worded: "哪天生效" is answered by "本法自…起施行".
    if topic & _IN_FORCE_WORDS:
        topic |= _IN_FORCE_WORDS
    wordings = formal_terms(_asking_phrase(question)).split()
    # A period named for what it is of ("验收期限最长可以约定多少天") is stated only where that is
    # named: a fragment on 付款期限 shares 期限 with it, one on 大型企业's payment 大型 (r105, r120).
    # (looked for only when the question names one: this runs for every fragment check)
    asked_terms = _period_terms(_asking_phrase(question, whole_sentence=True)) if _NAMED_TERM.search(question) else set()
    about = []
    for text in clause_texts:
        lead_words: set[str] = set()
        # (an English sentence is a fragment of its own: a paragraph of the report "issued two
        # batches … for two consecutive years" states no period of keeping accounting records)
        for f in _FRAGMENT_END.split(text):
            words = set(tokenize(f))
            # A list item is read with its lead-in: "（一）警告，六个月" is about "政务处分的期间",
            # which an English question asks for as "the sanction period" (r41).
            if opens_list_item(f):
                words |= lead_words
            elif f.strip():
                lead_words = words if introduces_list(f) else set()
            if asked_terms and not any(term in f for term in asked_terms):
                continue
            if len(topic & words) >= shared or any(w in f for w in wordings):
                about.append(f)
    return about


_FRAGMENT_END = re.compile(r"[；;。\n]|" + _NOT_AN_ABBREVIATION + r"(?<![A-Z])\.(?=\s)")


# What a period is named for: 验收 in 验收期限, 付款 in 付款期限 (not 没写期限, 多长期限).
_NAMED_TERM = re.compile(r"(付款|支付|验收|检验|处理|办理|保证|质保|追诉|整改|申诉|复审|复核|调整|公示|确认|结算)(?=期限)")


def _period_terms(text: str) -> set[str]:
    return set(_NAMED_TERM.findall(text))
