"""What a question takes as given, and whether the clauses bear it out.

A question may carry a claim ("既然条例规定90日内付款，…", "The notice says complaints must be
anonymous, right?"). The claim is read out of it, told apart from the user's own story and from
demands put to the user, and checked against the clauses, so that a false premise is corrected
or refused rather than answered as if true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .figures import STATEMENT_END, fragments_about
from .quantity import MONTHS, frequencies, quantities


_CONFIRMATION = re.compile(
    r"对吗|是吗|是不是|对不对|没错吧|吧[？?]?\s*$|right\??\s*$|correct\??\s*$|isn'?t it|is that (?:right|true|correct)|true\?",
    re.IGNORECASE,
)


def contradicted_premise(question: str, clause_texts: list[str]) -> str | None:
    """A confirmation question asserts a figure that the clauses state differently.

    Figures are compared within clause fragments (split at ；。 and line ends) that share a
    word with the question: "警告，六个月；记过，十二个月" contradicts "警告的期间是十二个月"
    although twelve months is stated, for another sanction.
    """
    if not _CONFIRMATION.search(question) or _CALCULATION.search(question):
        return None  # (a sum of the user's own to confirm asserts no figure of the documents)
    asserted = quantities(question)
    if not asserted:
        return None
    fragments = fragments_about(question, clause_texts)
    for quantity in asserted:
        stated = {q for f in fragments for q in quantities(f) if q.unit == quantity.unit}
        if stated and quantity not in stated:
            return "premise contradicted"
    return None


# "…，对吗？" / "…, right?": the question asks to confirm what precedes the tag.
_TAG_WORDS = (
    r"(?:对吗|是吗|是不是|对不对|没错吧|对吧|是这样吗|是真的吗|吧|係咪|係唔係|啱唔啱"
    # "…——文件是这么说的吗？" (r89)
    r"|(?:文件|条例|原文|法条|规定)?(?:真的?)?是这么(?:说|规定|写)的吗"
    # "…，这是办法里规定的吗？", "…，是这样算的吗？" (r145)
    r"|(?:这|那)?是(?:文件|条例|办法|通知|法律|法)?(?:里|中|上)?(?:规定|写)的吗|是这样(?:算|规定|说|写)的吗"
    r"|right|correct|isn'?t it|is that (?:right|true|correct)|true)"
)
_CONFIRMATION_TAG = re.compile(r"\s*(?:[，,]|——|—|--)?\s*" + _TAG_WORDS + r"\s*[？?]?\s*$", re.IGNORECASE)
# "…, and is there any reward if I'm right?" ends on a condition, not a tag: the whistle-blower
# asks; the question was read as a claim and "contradicted" (r14).
# Nor does "…, and who then checks whether the complaint is true?": what is checked, asked (r143).
_CONDITION_BEFORE_TAG = re.compile(
    r"\bif\s+\w+(?:'m|'s|'re|\s+(?:am|is|are))\s*$|\bwhether\b[^.?!]{0,80}\b(?:is|are|was|were)\s*$", re.IGNORECASE
)
# "既然…，那…" / "Since …, …": the question takes a claim as given and asks something else.
# Heard second-hand, and what a document is said to say: "听说", "政务处分法规定", "发改委通知里说".
_HEARSAY = (
    r"(?:(?:听说|据说|我听说|有人说|听(?:人|别人|朋友|同事)(?:说|讲)"
    # "我一个开印刷厂的朋友说，条例里有规定，…" (r55)
    r"|我(?:一个|有个|的)?[^，,。？?]{0,10}?(?:朋友|同事|同行|老乡|亲戚)(?:说|讲)"
    # "公众号说政府单位逾期付款的利息是按每天万分之三算的，那…" (r80): what one read
    r"|(?:一篇|有篇|那篇|这篇)?(?:解读)?(?:公众号|网上|朋友圈|新闻|文章|媒体)(?:上|里)?(?:说|讲|写)"
    # one's own study notes: "我笔记上写：警告的政务处分期是三个月，…。为什么…？" (r167)
    r"|我的?(?:笔记|课件|讲义|复习资料)(?:上|里)?(?:写|记)(?:着|的是)?(?=[：:，,])"
    # what is going round: "网传《民营经济促进法》是2025年7月1日起施行的。那…" (r144); what study
    # material or a post says: "据学习材料，…。那么，…" (r148)
    r"|网传|网上(?:流传|传言|都在传)|坊间(?:传言|传闻|流传)"
    r"|(?:帖子|网帖|微博|小红书|抖音|视频|群里)(?:上|里)?(?:说|讲|写|称)|据(?:学习)?材料"
    # told to the user, or in a meeting or a group: "村主任跟我说 …", "村上开会说…", "有群友说…"; seen
    # in an article: "我在一篇评论文章里看到，…" (r173, r176, r179)
    r"|[^，,。？?\s]{1,6}?(?:跟我|跟我们|和我|对我)(?:说|讲)(?![，,：:]?\s*我)|[^，,。？?\s]{0,4}?开会(?:时)?(?:说|讲|传达)"
    r"|有(?:群友|网友|人|朋友|同事)(?:说|讲)|(?:我在)?[^，,。？?]{0,6}?(?:文章|报道|报纸|新闻)(?:里|上|中)看到)[，,：:]?)"
)
# An article as Chinese cites it: "第七十条", "第9条".
ARTICLE_ZH = r"第[零一二三四五六七八九十百\d]+条"
# Not a claim where a question begins asking why (it asks the claim back) or supposing (a
# condition, not a claim).
_NOT_WHY = r"(?!为何|为什么|为啥|凭什么)"
_NOT_SUPPOSED = r"(?!如果|假如|要是|若|万一|假设|假定)"
# A document as users name it: "政务处分法", "《优化营商环境条例》", "发改委通知".
# (a longer name when it gives the document's number: "财政部2023年那份1103号政府诚信通知", r127)
# A document as English names it, after its qualifiers: "the NDRC notice", "the SME payment regulations".
_DOCUMENT_NOUN = r"(?:notice|law|regulations?|measures|guidelines|rules)"
_DOCUMENT_NAMED = r"(?:(?:[^，,。？?]{0,16}?|[^，,。？?]{0,12}?\d+号[^，,。？?]{0,10}?)(?:法|条例|办法|通知|指引|文件))》?"
_DOCUMENT_SAYS = (
    # "《优化营商环境条例》第六十二条明确规定…" (r29): an article, and an adverb, may come between
    _DOCUMENT_NAMED + r"(?:" + ARTICLE_ZH + r"(?:第[一二三四五六七八九十]+款)?)?"
    # ("第七十条允许新一届县政府…", r42)
    r"里?面?有?(?:明确|明文|清楚)?(?:规定|要求|明确|说|讲|提到|写着|写了|允许|准许|禁止"
    # "条例把工程质量保证金上限定成3%" (r135): what a document sets a thing at
    r"|把(?=[^，,。？?]{2,20}?(?:定成|定为|定在|规定为|规定在|限定为|设定为|设为|写成|列为|列入)))"
    # (not a noun it qualifies: "《民营经济促进法》里面说的“民营经济组织”，定义是什么？" names
    # what is asked about, r106; "说的是30天" claims)
    r"(?!的(?!是))"
)
# Where a claim the user builds on may begin: the question's start, or after a sentence of
# their story or a label ("简答题：《…》第七条规定…，请写出…", r29).
_CLAIM_START = r"(?:^|(?<=[。！!：:]))"
# An article named in a claim ("第七十条规定…", "Article 12 requires…").
_ARTICLE_NAMED = re.compile(ARTICLE_ZH + r"|\b(?:Article|Art\.) \d+", re.IGNORECASE)
# "按政务处分法，复审期间原处分要暂停执行，那…？" (r28): the user's reading of a document, then
# the question built on it.
# Also as someone else reads it, at an article: "他说按《政务处分法》第二十四条，被开除的人满五年
# 以后就能重新报考公务员了，问我们…" (r35).
_ACCORDING_TO = r"(?:按|按照|根据|依照|依据|依(?!法))"  # (not 依法, "by law")
_AS_UNDERSTOOD = re.compile(
    _CLAIM_START + r"(?:(?:他|她|对方|有人|同事|领导|老板|朋友)(?:说|讲))?" + _ACCORDING_TO
    + _DOCUMENT_NAMED + r"(?:" + ARTICLE_ZH + r")?"
    + r"(?:的?规定)?[，,]([^。？?]{6,}?)[，,；;]\s*(?:那么|那|所以|因此|故|据此|请?问)"
    # ... at an article, a sentence of its own, a story and a question after it: "依《公职人员
    # 政务处分法》第八条，撤职处分的期间为三十六个月。我集团一名被撤职的…能否…？" (r44)
    r"|" + _CLAIM_START + _ACCORDING_TO + _DOCUMENT_NAMED + ARTICLE_ZH
    + r"(?:的?规定)?[，,]([^，,。？?]{6,}?)。(?=[^？?]*[？?])"
    # ... or after the user's story, the question the sentence's last clause: "拖欠问题的主要责任人被撤职了，
    # 按政务处分法撤职处分期是三十六个月，期满后能不能恢复原来的处长职务？" (r161)
    r"|(?<=[，,])" + _ACCORDING_TO + _DOCUMENT_NAMED
    + r"(?:的?规定)?[，,]?([^，,。？?]{6,}?)[，,](?=[^，,。？?]{2,}[？?]\s*$)"
    # ... or as passed on at a meeting, a document's rule in a sentence of its own: "有同志在镇党委会上
    # 传达：按照中央企业合规管理办法，央企首席合规官由企业纪委书记兼任，并相应新增领导职数。我镇…？" (r148)
    r"|(?:传达|转述|介绍|讲)[：:]\s*" + _ACCORDING_TO + _DOCUMENT_NAMED
    + r"(?:的?规定)?[，,]([^。？?]{6,}?)。(?=[^？?]*(?:[？?]|请示|请予明确))"
)
# "The Japanese side understands that Article 17 … fixes the default overdue interest at 0.1% per
# day…. Building on that, we would like to confirm whether…" (r111): an English reading of a
# document, then the question built on it (it may end in a full stop, asked politely).
_UNDERSTOOD_EN = re.compile(
    r"\b(?:understands?|understood|believes?|assumes?|(?:our|my) understanding is)\s+that\s+"
    r"([^?!]{10,}?(?<!\bNo)(?<!\bArt))\.\s+(?=\S)",
    re.IGNORECASE,
)
# What an article is said to say, a sentence of its own, then the question built on it: "政务
# 处分法第十五条说，…最长可以到六十个月。那个副县长…，是不是…？" (r33), "Article 16 of the SME
# payment Regulations gives the contractor 15 days to confirm the debt – if it misses the 15
# days, …?" (r33, r34). (The question may have a comma; in English a story may come first, in
# Chinese it may say who "我们" are: "我们是大型民营企业。条例要求我们…" is read whole.)
_ARTICLE_SAYS_THEN_ASKED = re.compile(
    r"^" + _NOT_WHY + _NOT_SUPPOSED + _HEARSAY
    + r"?(?![^。？?]*(?:吗|呢|哪|什么|怎么|怎样|多少|(?<!好)几|谁|如何|是否|能否|可否))"
    # (the question may be followed by more of the story: "…他是不是要被开除了？？我现在要不要先
    # 别催他们还钱了", r37)
    r"(" + _DOCUMENT_SAYS + r"[，,：:]?[^。？?]{4,}?)。(?=[^。]*[？?](?:[？?]|\s*$|[^。？?]+[。！!]?\s*$))"
    r"|(?:^|(?<=[.!?]\s))((?:under )?(?:Article|Art\.) \d+ of (?:the )?[^,.?]{3,80}? (?:gives|allows|lets|requires|says|states|"
    r"provides|sets|caps|limits|obliges|bans|prohibits|permits|entitles|grants"
    # "Article 12 … has the chief compliance officer report to the board's audit committee" (r43)
    r"|has|makes|designates|assigns|names|puts|treats|exempts"
    # "Article 36 of the 政务处分法 bars retired officials from … for two years" (r85)
    r"|bars|forbids|restricts|binds|compels|forces|deems|fixes|excludes)\b[^.?!–—;]{6,}?)"
    # ("Art. 68 … lets large companies make payment conditional on…; so our clause is safe?": r95)
    r"(?:\.\s+|\s[–—]\s|;\s*(?=so\b|then\b|therefore\b))(?=.*\?\s*$)"
    # "The memo cites Article 54 of the Private Economy Promotion Law as obliging authorities to
    # complete credit restoration within 15 working days. How should we…?" (r90)
    r"|\b(?:cites?|quotes?|invokes?|reads?)\s+((?:Article|Art\.) \d+ of (?:the )?[^,.?]{3,80}?) as "
    r"(\w+ing\b[^.?!]{6,}?)\.\s+(?=.*\?\s*$)"
    # "Article 26 of the SME payment Regulations: once a public hospital is found dishonest…, its
    # operating budget is cut by 30% the next year. How does…?" (r44)
    r"|^(?:under )?(?:Article|Art\.) \d+ of (?:the )?[^,.?:]{3,80}?:\s+([^?!]{10,}?)\.\s+(?=[^.]*\?\s*$)",
    re.IGNORECASE,
)
# ... or after a sentence of the story, when nothing before it claims: "我们的合资伙伴是地方国企。既然
# 《…》直接适用于所有国有企业，那…" (r175)
_GIVEN_AFTER_STORY = re.compile(r"(?<=[。！!])(?:既然|鉴于)([^，,。？?]{4,}?)[，,]")
_GIVEN_AFTER_SUBJECT = re.compile(r"^([^，,。？?]{2,30}?)既然([^，,。？?]{4,}?)[，,]")
_GIVEN = re.compile(
    # (what an article says runs past the comma after 规定: "既然《…》第二十六条规定，失信信息由
    # 国家发展改革委统一记入信用记录，那…", r86)
    # ("鉴于通知第（七）项规定国家发展改革委每季度…评估通报，我县…？": formally, r110)
    r"^(?:既然|鉴于)((?:[^，,。？?]*?(?:规定|要求|写着|明确)[，,：:])?.{4,}?)[，,]"
    # (after a word of the user's own: "呵呵，听说…，那岂不是…", r151; or ending at a full stop:
    # "网传…施行的。那5月底签的合同…？", r144)
    r"|^(?:[^，,。？?]{1,4}[，,！!。])?" + _HEARSAY + r"(.{4,}?)[，,。]\s*(?:那么|那|所以|因此|是不是|能不能"
    # (or asked why, or built on with 既然, after its full stop: "我笔记上写：…。为什么…？", r167, r176)
    r"|(?<=。)\s*(?:为什么|为何|为啥|既然))"
    # "央企对举报人是必须给奖励的，那标准怎么定？": a stated duty the question builds on (not a
    # hypothesis: 如果/假如… are conditions, not claims).
    r"|^" + _NOT_SUPPOSED + r"(.{6,}?(?:必须|一定要|应当|不用|无需|不必|只能).{0,30}?)[，,]\s*(?:那么|那)"
    # "政务处分法规定官员收礼超过5000元才给处分，那…？": what a document is said to say, then a
    # question (not "…规定的处分有哪几种，…": that part asks; not "…，对吗？": that confirms).
    # (Not "为何…第五十二条要求…": a why-question, asking the whole claim back.)
    r"|" + _CLAIM_START + _NOT_WHY + _HEARSAY
    + r"?(?![^，,。？?]*(?:吗|呢|哪|什么|怎么|怎样|多少|几|谁|如何|是否|能否|可否))"
    # (the question may be followed by more of the story: "…，那他半年以后是不是又能提拔了？我们
    # 以后还得跟他打交道，想心里有个数。", r42)
    # ("…，这样安排是出于什么考虑？课上学生肯定会问。": a short sentence may follow the question, r177)
    r"(" + _DOCUMENT_SAYS + r"[^，,。？?；;]{4,}?)[，,](?=.*[？?](?:[^？?]{0,24}[。！!])?\s*$|\s*(?:那么|那|所以|因此)[^？?]*[？?])"
    r"(?!\s*" + _TAG_WORDS + r"\s*(?:[？?]|$))"
    # "听说款项支付条例规定，政府欠款超过一年，企业就可以…，具体怎么操作？": the claim runs on
    # after the comma, up to the last one before the question.
    # ... or up to a semicolon and the conclusion drawn: "《…》第三十四条规定，大型企业不在年报里
    # 公示…的，由人民银行处理；所以我们银行…吗？" (r91)
    # ("…第八条给警告定的处分期是三个月；照这个比例，撤职的…？": r117)
    r"|^" + _HEARSAY + r"?(" + _DOCUMENT_SAYS + r"[，,：:]?[^。？?；;]{4,}?)[；;]\s*(?=所以|因此|那么|那|照这|按这|这样的话|这么说)"
    # (not a supposition after the comma: "发改委的通知说，如果地方政府有失信记录，发改委会怎么惩罚？"
    # asks what the notice says of that case, r158)
    r"|^" + _HEARSAY + r"?(" + _DOCUMENT_SAYS + r"[，,]" + _NOT_SUPPOSED + r"[^。？?]{4,}?)[，,]"
    r"(?=[^，,。？?]{2,}[？?]\s*$)(?![^，,。？?]*" + _TAG_WORDS + r"\s*[？?]?\s*$)"
    # "Since X, …", also after the user's own story: "Our county stopped paying. Since X, …"
    # (not "since then", "since last year": when, not why; r16)
    # (also after a label: "Follow-on on the NDRC notice: since …, should we…?", r150)
    r"|(?:^|(?<=[.!?:]\s))(?:since(?!\s+(?:then|last|this|that time|early|the (?:start|beginning|end)|\d{4}|"
    + "|".join(MONTHS) + r")\b)|given that|now that"
    # ("As the SME payment regulations give government agencies … 90 days …, what recourse…?", r168;
    # not "As a foreign company, …": the user's own standing)
    r"|as(?= the (?:[\w'-]+ ){0,5}?" + _DOCUMENT_NOUN + r"\b))\s+(.{10,}?),"
    # "Given the 5,000-yuan gift threshold in the public official sanctions law, how…?" (r72): a
    # figure given as the documents' (not "Given the current economy, …")
    r"|(?:^|(?<=[.!?]\s))given ((?:the|a|an) (?:[^,]|(?<=\d),(?=\d)){2,}?\d(?:[^,]|(?<=\d),(?=\d)){2,}?),"
    # ... or an article's rule, before a colon: "Given SME条例 Art.17 默认逾期利息是每日万分之三：对方…？" (r123)
    r"|^given\s+((?=[^:：]*(?:\bArt(?:icle|\.)?\s*\d|第[零一二三四五六七八九十百\d]+条))[^:：,]{10,}?)[:：]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Premise:
    """A claim a question rests on, to be checked against the documents before answering."""

    claim: str
    confirming: bool  # True: the question asks whether the claim holds; False: takes it as given
    asks_why: bool = False  # "为什么X？": X is taken as given, and is often the text's rationale
    # Said to be what a document says ("Their finance team says the SME regulation lets…"),
    # whatever the claim's own wording.
    attributed: bool = False
    source: str = ""  # the document the claim is said to come from, as the question names it
    # Typed as a statement, not a question ("NDRC notice: government dishonesty records are
    # permanent, never removed"): a claim to check, or keywords of a question ("SME payment
    # deadline large firms"); only a contradiction tells which.
    statement: bool = False
    # Asked outright ("Is it true that X?"): a claim worded by the user, often across languages
    # from the clause, whose support the verifier may miss; only a conflict or a figure no
    # clause states rules out an answer (written clause questions: "Is it true that businesses
    # have the right to refuse any kind of forced levy?" was refused as too broad).
    asked_outright: bool = False
    # The user's own reading of a document ("按政务处分法，公职人员收受礼金要给处分，那…"): worded
    # as they understand it, whose support the verifier may miss; like a claim asked outright,
    # only a conflict or a figure no clause states rules out an answer.
    as_understood: bool = False


# "政务处分法规定…", "发改委通知里说…", "the notice lets…", "under the measures…": the claim
# says what a document says (whether it names one is the catalog's to tell).
_ATTRIBUTION = re.compile(
    r"规定|要求|说|明确|提到|写着|按|根据|依照|依据"
    r"|\b(?:under|according to|says?|states?|requires?|lets|allows?|excuses?|provides?|permits?)\b"
    # what a document does: "the NDRC notice makes the Ministry of Finance the body that…" (r25)
    r"|\b(?:makes|treats|designates|assigns|gives|bars|bans|caps|limits|exempts|imposes|sets)\b"
    # ... or has a body do: "the 2023 notice directs the Ministry of Finance to keep…" (r58)
    r"|\b(?:directs|orders|obliges|obligates|mandates|instructs|tasks|authori[sz]es|empowers|entrusts)\b",
    re.IGNORECASE,
)


def attributes(claim: str) -> bool:
    """Whether ``claim`` is worded as what a document says or provides."""
    return _ATTRIBUTION.search(claim) is not None


# A claim about everyone, or only some: "对所有企业都适用", "any contracting party", "only SOEs".
_UNIVERSAL = re.compile(
    r"所有|一切|任何|全部|全额|一律|凡是|无论|不论|不管"
    # "each year", "every month" say how often, not how far a rule reaches; "any more", when.
    r"|\b(?:all|any|every|each|always|never|whenever|regardless)\b"
    r"(?! (?:year|month|week|day|quarter|working day|business day)s?\b)(?! (?:more|longer)\b)",
    re.IGNORECASE,
)
_RESTRICTIVE = re.compile(r"只适用|只有|仅限|仅适用|\b(?:only|solely|exclusively)\b", re.IGNORECASE)
# "并不能涵盖所有情况", "not all": a denied sweep is a modest claim, not a sweeping one.
_DENIED_SWEEP = re.compile(
    r"(?:不|没|未|并非|非)[^，。,;；]{0,4}(?:所有|一切|全部|任何)|\bnot (?:\w+ ){0,2}(?:all|every|always)\b"
    # "the Guidelines can't list every case" (r40)
    r"|\b(?:can'?t|cannot|couldn'?t|won'?t|doesn'?t|don'?t|never) (?:\w+ ){0,2}(?:all|every|always)\b",
    re.IGNORECASE,
)
# What a clause says when it reaches everyone ("凡", "各类", "various" besides a claim's own
# sweeping words), or only some.
_STATES_UNIVERSAL = re.compile(_UNIVERSAL.pattern + r"|凡|各类|各种|均|\bvarious\b", re.IGNORECASE)
_STATES_RESTRICTIVE = re.compile(r"仅|只|限于|\b(?:only|solely|exclusively)\b", re.IGNORECASE)


def sweep(claim: str) -> str | None:
    """Which way ``claim`` sweeps: "all" when it stretches a rule to everyone, "only" when it
    narrows it to some, None otherwise (also for a denied sweep: "并不能涵盖所有情况")."""
    claim = _DENIED_SWEEP.sub(" ", claim)
    if _RESTRICTIVE.search(claim):
        return "only"
    if _UNIVERSAL.search(claim):
        return "all"
    return None


def states_sweep(text: str, kind: str) -> bool:
    """Whether ``text`` itself reaches as far (kind "all") or stops as short ("only")."""
    return bool((_STATES_RESTRICTIVE if kind == "only" else _STATES_UNIVERSAL).search(text))


# "为什么X只适用于国有企业？", "Why does the notice only cover …?": asking why takes X as so.
_SAYS_AT_END = re.compile(r"(?:规定|要求|明确|写着|说)$")
_SAID_AFTER_COMMA = re.compile(r"[，,][^？?。]{4,}")
# ... and a rule runs on past a comma into its other half: "为什么…只要求国家机关和事业单位按时
# 付款，却不约束国有企业？" (r139)
_OTHER_HALF = re.compile(r"[，,]\s*(?:却|但|而|但是|却又|而且|并且)[^，,？?。]{2,}")
_WHY_ZH = re.compile(r"^([^？?。]*?)(?:为什么|为何|为啥子|为啥)([^？?。，,]{2,})")  # (为啥子: Sichuan, r173)
# ... up to the question mark when it names an article: "为何《民营经济促进法》第五十二条要求行政
# 机关…开展行政检查前，须提前三日书面通知被检查企业？" (r34) claims the article's whole rule.
_CONDITION = re.compile(r"一旦|只要|如果|凡是|若")
_THEN = re.compile(r"[，,][^？?。，,]*?(?:就|便|则|即|都|也)[^？?。，,]+")
_WHY_ARTICLE_ZH = re.compile(r"^([^？?。]*?)(?:为什么|为何|为啥)([^？?。]*?" + ARTICLE_ZH + r"[^？?。]{2,})[？?]")
_WHY_EN = re.compile(
    # ("Explain why China's SME payment regulation requires agencies to pay within 15 days, and what
    # happens if they are late.": r92, a lecturer's question)
    # (also after a role given to the assistant: "Act as a compliance expert and explain in 3
    # bullets why…", "Act as a legal explainer: why did…?", r155)
    r"^(?:act as [^.?!:]{2,60}?(?:\s+and\s+|:\s*|,\s*))?"
    r"(?:(?:please |briefly )?(?:explain|discuss|describe)(?: in [\w-]+(?: [\w-]+)?)? why (.{8,}?)(?:,\s*and\b|\.\s|\.?\s*$|\?)"
    # (or in a second language's grammar, the verb left out: "Why the SME payment tiaoli give
    # jiguan 90 days to pay…?", r101)
    r"|why (?:does|do|did|is|are|was|were|must|should|would|can'?t|doesn'?t|don'?t|isn'?t|aren'?t|(?=the\b)) ?(.{8,}?)"
    # (up to its question mark: "Why does the 政务处分法 let officials accept gifts under RMB 200?
    # We'd like to…" goes on with the user's plans, r85)
    r"(?:\?\s|\?\s*$|\s*$))",
    re.IGNORECASE,
)
# "<a statement about the rules>. <a question>?": the statement is taken as given when it
# speaks of the rules (a user's own story is context, not a claim about the documents).
# Not the full stop of an abbreviation: "Under Notice No. 1103, may…?" states nothing. A
# semicolon ends the statement too: "The regulation requires agencies to publish every
# quarter; what must each disclosure contain?" (r59).
_STATED_THEN_ASKED = re.compile(
    r"^(.{12,}?(?:(?<!\bNo)(?<!\bArt)(?<!\bNos)\.|。|[;；]))\s*([^.。;；]{4,}[?？])\s*$"
)
# "Audit check: is it true that under the SME payment regulation a large enterprise must pay
# within 30 days?": the claim follows "that".
_IS_IT_TRUE_THAT = re.compile(
    r"\b(?:is it|isn'?t it|is it really) (?:true|right|correct|accurate|the case) that (.{8,}?)[?？]", re.IGNORECASE
)
# "第三十四条是不是说送礼一千元以下不算违法？那…", "…是由信用中心认定的吧？那…": a claim to
# confirm, then the question that rests on it.
# "《民营经济促进法》第六十二条不是规定扣押最长不能超过三个月吗？现在…" (r27, r31): asked back
_ASKED_BACK_PATTERN = r"^(?:[^？?]*[。！!])?([^。？?]{4,}?)?不是(?:规定|说|要求|写着)(?:了)?([^。？?]{4,}?)(?:吗|嘛|么)[，,？?]\s*(?=\S)"
_ASKED_BACK = re.compile(_ASKED_BACK_PATTERN)
_ROUNDLY_ASKED = re.compile(r"^(?:[^？?]*[。！!])?([^。？?，,]{4,}?)不(?:都|就)是([^。？?]{3,}?)的?(?:吗|嘛|么)[？?]")
_CONFIRMED_FIRST = re.compile(
    r"^(.{4,}?)(?:是不是|是否)(?:说|规定|要求|写着)(.{4,}?)[？?]\s*(?=\S)"
    r"|" + _ASKED_BACK_PATTERN +
    r"|^(.{6,}?)(?:的吧|对吧|是吧|对吗|是吗|对不对|是不是|是真的吗|真的吗|是这样吗)[？?]\s*(?=\S)"
    # "…处分期满后得他本人写申请、经监委批准才能解除吧？我们人事部要不要…" (r30)
    r"|^(.{10,}?)(?<![好行])吧[？?]\s*(?=\S)"
    # "The Guangzhou … Guidelines apply across all of Guangdong, right? We're a supplier … which…?" (r22)
    r"|^(.{12,}?),\s*(?:right|correct|isn'?t (?:it|that so)|don'?t they|doesn'?t it)[？?]\s*(?=\S)",
    re.IGNORECASE,
)
# "The zone office is billing each company its share of the cost, which it says the Business
# Environment Regulations allow. How should our share be calculated?" (r17): what a party does,
# said to be what a document allows, and built on.
_WHICH_DOCUMENT_ALLOWS = re.compile(
    r"(?:^|(?<=[.!?]\s))([^.!?]{10,}?),\s*which (?:it|they|he|she|the [\w-]+(?: [\w-]+)?) "
    r"(?:says?|said|claims?|insists?|argues?|maintains?) "
    r"(the (?:[\w'-]+ ){0,5}?" + _DOCUMENT_NOUN + r") "
    r"(?:allows?|permits?|requires?|lets? (?:it|them|us)|backs?|supports?)\b[^.?!]*[.]\s+\S[^.]*[?]\s*$",
    re.IGNORECASE,
)
# "我们是一家小型装修公司…对方要求履约保证金必须交现金…": the user introducing themselves tells
# what happened to them, and 要求, 必须 or 按规定流程 in it are the other side's demand or their
# own conduct, not a rule they claim the documents make; unless they say a document says it
# ("对方说按照《保障中小企业款项支付条例》…", "The SME payment regulation says…").
_INTRODUCES_ONESELF = re.compile(
    # (in dialect too: "俺们是镇上的小建材厂", r34; "我哋间建材铺…", r47)
    # (and a public body's own: "我们局想搞个…评选，要求辖区规上企业都得报名", r93)
    r"^(?:(?:我|俺|咱)们?(?:是|在|公司|集团|单位|厂|家|间|局|委|办|处|科|院)|(?:we|i)(?:'re|'m| are| am| run| own| work"
    # ("We qualify as an SME under the Chinese size standards. A large … customer paid…": r81)
    r"| qualify| supply| sell)\b"
    # "我局一名副科长…", "我们这条美食街上全是做外卖的小店" (r50, r52)
    r"|我(?:局|司|院|厂|校)|我们这"
    # ("我方在广州的合资公司…", "本公司…": a party to a contract names itself so, r111)
    r"|我方|本公司"
    # ... and a law firm, its client ("本所客户之横琴子公司属小型企业…": r136)
    r"|本所|我所|敝所|(?:我|我们|本所)的?客户"
    # "Our subsidiary counts as a large enterprise under…"
    r"|(?:our|my) (?:[\w-]+ ){0,3}?(?:company|firm|subsidiary|group|business|factory|client|unit)\b)", re.IGNORECASE
)
# "我们集团是央企，正按《中央企业合规管理办法》设首席合规官" (r43): what the user is doing by a
# document is their own conduct, not a rule they say it makes.
_OWN_CONDUCT = re.compile(r"(?:正在?|准备|打算|计划)(?:按|按照|根据|依照)《[^》]{2,40}》")
# "We are a large enterprise under the SME payment Regulations", "Our subsidiary counts as a
# 'large enterprise' under…": what the user's company is under a document is their own status
# (a fact of theirs the documents cannot check), not a rule they say the document makes.
_OWN_STATUS = re.compile(
    r"\b(?:are|am|is|'re|'m|'s|counts? as|qualif(?:y|ies) as|(?:are|is|'re|'s) (?:classed|classified|treated"
    r"|considered|deemed|defined) as)\s+(?:an?|the)\s+['‘“\"]?[\w -]{2,40}?['’”\"]?"
    r"\s+(?:under|per|according to|within the meaning of|as defined (?:in|by))\s+[^,.;?!]{2,80}",
    re.IGNORECASE,
)
_CITES_A_DOCUMENT = re.compile(
    r"《|法规定|法里|条例|办法|通知|指引|\b(?:law|regulations?|notice|measures|guidelines?|rules)\b", re.IGNORECASE
)


# "区里一个部门通知我们公司必须报名参加评选", "the bureau told us we must…": a demand made of the
# user is what happened to them, like a story they introduce themselves (its 通知 is a verb).
_DEMAND_ON_US = re.compile(
    r"(?:通知|要求|让|叫|告诉|逼|强制|强迫)(?:我们|我司|我|本公司)"
    # "街道办打电话说要搞个…排名，每家店都必须派人去" (r21): an office's demand, told
    r"|打电话(?:来|过来)?(?:说|通知)|[发下](?:了个?)?通知[，,]?\s*(?:说|要求)"
    # "街道办上周挨家通知，每家必须报名…" (r52), "区教育局开会口头通知，说每家民办园都要交…" (r49)
    r"|挨家(?:挨户)?通知|(?:口头|开会|电话)通知[，,]?\s*(?:说|要求)|通知[，,]\s*说"
    # "镇里想搞个“诚信示范企业”评选，要求辖区企业都得报名，每家交500元评审费" (r82): what the local
    # government asks of the firms around it
    r"|(?:镇里|乡里|区里|县里|市里|街道|村里)[^。？?]{0,24}?要求(?:辖区|本地|全镇|全区|全县|各家|所有|每家)"
    r"|\b(?:told|asked|ordered|required|forced|pressured|pushed) (?:us|me|our (?:company|firm|staff|team))\b"
    # "The township government sent a notice to every private factory…" (r6), "Members … are told
    # they must use a particular consultancy" (r45)
    r"|\bsent (?:a |an )?(?:notice|letter|circular|message|memo)s? to\b|\b(?:are|were|was|is|get|got|been) told\b"
    # ... or an argument put to them: "模拟法庭中，对方代理人主张：…" (r34)
    r"|(?:对方|原告|被告|代理人|律师|当事人)[\u4e00-\u9fff]{0,4}?(?:主张|声称|辩称)[：:，,]",
    re.IGNORECASE,
)


# "Say a manager … does all her homework, gets every sign-off the rules require, and …": a case
# supposed, to ask about, not a claim about the rules (r16: refused as "too broad").
_SUPPOSED = re.compile(
    r"\s*(?:(?:(?:let'?s )?say|suppose|supposing|imagine|assume|hypothetically|what if)\b|如果|假如|假设|假定|要是|万一)",
    re.IGNORECASE,
)


# "A department head … was just convicted … and got three years", "Our county government was
# confirmed as dishonest under the NDRC notice", "某干部有两项违法行为，经认定…": what happened in
# a particular case, told to ask about it; its figures and "under the notice" are the case's,
# not a rule the user claims a document makes (r20, r21).
_NARRATED_EVENT = re.compile(
    r"\b(?:was|were|got|has been|have been|had been)\s+(?:(?:just|recently|already|apparently|reportedly"
    r"|allegedly|officially|publicly)\s+)?"
    r"(?:confirmed|convicted|sentenced|found guilty|fined|blacklisted|listed|punished|sanctioned"
    r"|investigated|dismissed|expelled|demoted|suspended|detained|arrested|identified|flagged|marked"
    # "was apparently logged as 'dishonest' under the NDRC's notice" (r40)
    r"|logged|recorded|labell?ed|entered)\b"
    r"|(?:^|[：:，,。])(?:某|有个|有一个|有位|有一位)[\u4e00-\u9fff]{0,6}?(?:干部|公职人员|公务员|官员|人员|局长|处长|科长"
    # a trainee's case question ("案例分析题：某县公务员小王…": r29)
    r"|主任|经理|公司|企业|单位)|案例(?:分析)?题?[：:]"
    # ... or a caller's, as a hotline writes it down: "来电民营企业反映：区里新出台的…政策规定…" (r116)
    r"|^(?:来电|来访|来信)[\u4e00-\u9fff]{0,12}?(?:反映|称|表示|投诉|咨询)[：:，,]",
    re.IGNORECASE,
)


# "Quick one. Our subsidiary counts as…" (r54): an opening word to the reader, before the story.
_OPENING_WORD = re.compile(
    r"^(?:quick (?:one|question|q)|hi(?: there)?|hello|hey|question|ok(?:ay)?|so)[.!:,]\s+"
    # ("冒昧请教：我方规模不大…", r111)
    r"|^(?:冒昧请教|请教一下|请教|请问|您好|你好|打扰一下|麻烦问一下)[：:，,！!]\s*",
    re.IGNORECASE,
)


def _own_story(text: str) -> bool:
    text = _OPENING_WORD.sub("", text.strip())
    if _NARRATED_EVENT.search(text):
        return True
    if not (_INTRODUCES_ONESELF.match(text) or _DEMAND_ON_US.search(text)):
        return False
    return not _CITES_A_DOCUMENT.search(
        _OWN_STATUS.sub(" ", _OWN_CONDUCT.sub(" ", _DEMAND_ON_US.sub(" ", text)))
    )


_ABOUT_THE_RULES = re.compile(
    # ("逾期利息法定是按LPR的两倍算；所以…": r69)
    r"规定|要求|按照|根据|必须|应当|不得|法定"
    r"|\b(?:under the|according to|must|shall|requires?|required|liable|exempt|suspended|prohibited|allowed)\b"
    # ("Per the NDRC notice, …": r54)
    r"|\b(?:per the|as per)\b"
    # a document as the label of what follows: "一图读懂营商环境条例⑤：…期限「一般不少于两周」。" (r160)
    # (not a notice the user was served: "街道直接下通知：…")
    r"|(?:条例|办法|指引)[^：:，,。？?]{0,4}[：:]"
    # "The NDRC notice says…" (not "our trainer says…": what a person says is their story)
    r"|\b(?:notice|law|regulations?|measures|guidelines?|rules|report|article \d+|clause)\s+(?:says?|states?|provides?)\b"
    # "按国资委的合规办法，央企要…" (r16)
    r"|按(?:照)?[^，,。？?]{0,12}?(?:办法|条例|法|规定|通知|指引)"
    # What a document does, covers or who issued it (r14): "The NDRC notice fines a local
    # government 5% of…", "《中央企业合规管理办法》适用于所有国有企业", "The Guangdong Department
    # of Commerce issued the Guidelines with 50 scenarios".
    r"|适用|(?:印发|发布|出台|制定)了?《"
    # when a document took effect ("The Private Economy Promotion Law took effect on 1 January
    # 2025; so …": r103)
    r"|\b(?:took|takes|came into|comes into|entered into) (?:effect|force)\b"
    # ("The 2019 Business Environment Regulations cap any deposit at 5%…", "measures apply directly
    # to every state-owned enterprise": r22, r23)
    # (after its number: "The NDRC notice No. 1103 obliges the provincial credit departments to
    # send a quarterly report…", r106)
    r"|\b(?:notice|law|regulations?|measures|guidelines?|rules)(?:\s+No\.\s*\d+)?\s+(?:fines?|penali[sz]es?|caps?|limits?|sets?|lets?"
    r"|gives?|bans?|bars?|prohibits?|restricts?|forbids?|covers?|lists?|treats?|imposes?"
    r"|appl(?:y|ies)(?: \w+ly)? to|makes?|forces?|obliges?|exempts?"
    # "The NDRC notice has the commission grading provincial credit departments…" (r74)
    r"|has|have)\b"
    # a document as the label of what follows ("NDRC 1103 notice: provincial departments have to
    # send stats up quarterly.", "处分法: 撤职的处分期是36个月;": r123)
    # (not a notice the story's office sent: "街道直接下通知：整条街…停业十天", r37)
    r"|^[^:：.;；]{0,40}?(?:\b" + _DOCUMENT_NOUN + r"\b|法|条例|办法|指引)\s*[:：]"
    r"|\b(?:issued|published|released|drafted)\s+(?:the|a|its)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:notice|law|regulations?|measures|guidelines?|rules)\b"
    # ... or in the passive: "Guangzhou's guidelines … were put out by the city's market
    # regulation bureau; so…?" (r104)
    r"|\b(?:notice|law|regulations?|measures|guidelines?|rules)\b[^.;?]{0,60}?\b(?:was|were|is|are|has been|have been) "
    r"(?:issued|published|released|put out|drafted|promulgated|produced|jointly issued) by\b",
    re.IGNORECASE,
)


# "…, and it says the NDRC notice treats personnel changes like force majeure. What proof…?",
# "他听人说《民营经济促进法》里的“民营经济组织”只算公司，所以…": someone in the user's story says
# what a document says, and the question builds on it.
_TOLD_DOCUMENT_SAYS = re.compile(
    # ("I read in the newspaper that under the NDRC notice …, X. Why…?", r176)
    r"\b(?:says?|said|saying|insists?|claims?|told (?:us|me)|tells (?:us|me)|argues?|maintains?"
    r"|(?:I|we) read(?: in (?:the |a )?[\w-]+)?)(?: that)? "
    # (in quotes, "under" the document: "told us 'under the NDRC notice if … it does not count
    # as breach' so we…", r147)
    # (or outside quotes, of "that" document: "says under that NDRC government integrity notice, a
    # local government … gets its record wiped…. so should she…?", r166)
    r"(?:['‘\"“](?:under )?)?((?:under )?(?:the|(?:that|this)(?-i:(?= [A-Z]))) (?:[\w'-]+ ){0,5}?"
    + _DOCUMENT_NOUN + r"\b(?!\s+(?:when|where|whether|and|or|for|to)\b)[^.?!;]{8,}?)"
    r"(?=['’\"”]?(?:, since\b|,? so\b|[.;!?](?:\s|$)))"
    r"|(?:说|讲|认为|声称|告诉我们)(《[^》]{2,30}》[^。？?]{4,}?)(?=[，,]\s*(?:所以|因此|那)|。)"
    # (a document named without brackets, after who said it: "镇里书面答复说，发改委2023年那个政务诚信
    # 通知讲了，…不视为违约失信。那我们…？", r169)
    r"|(?:说|讲|称)[，,：:]\s*([^，,。？?“”]{0,16}?(?:法|条例|办法|通知|指引)(?:里|中)?(?:讲了|说了|规定了?|写着|明确)"
    r"[，,：:]?[^。？?]{6,}?)(?=。\s*(?:那么|那|所以|因此))",
    re.IGNORECASE,
)


# "A post explains that agencies have until June 30 every year to publish…. Where exactly…?" (r144):
# what a post or a newsletter says, a sentence of its own, then the question on it.
_POSTED = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:(?:a|an|the|one|this|that) )?(?:[\w-]+ ){0,3}?"
    # ("Manual §8.2 says…", r172)
    r"(?:(?:post|thread|tweet|newsletter|headline|blog|video|explainer|article|write-up|manual|handbook)s? "
    r"(?:on [\w-]+ |§\s?[\d.]+ )?"
    r"(?:says|said|claims?|claimed|explains?|explained|states?|reports?|argues?|insists?)(?: that)? "
    # ("Fact-checking a Weibo thread. It claims that…. Is that what the notice says?", r144)
    r"|(?<=[.!?:]\s)it (?:claims|says|states) that "
    # ("On slide 6 I say the 2019 … regs let each province…. Why…?", r177)
    r"|(?<=slide \d )(?:I|we) (?:say|said|write|wrote|state|stated)(?: that)? "
    # ("Report says 200 guests turned up…", r170; not "The lecture-hall report says…", which names
    # the document the claim is read in)
    r"|(?:(?<![\s\S])|(?<=[.!?:]\s))(?:news )?reports? (?:says|said|claims|claimed)(?: that)? )"
    # (or built on after a comma: "The Guangzhou write-up says the Association was established in
    # 2019 by the Public Security Bureau, so is it…?", r162)
    # ("Report says 200 guests turned up … on Dec 16 — who were the speakers?", r170)
    r"(.{10,}?)(?<!\bNo)(?<!\bArt)(?:\.\s+(?=[^.]*\?\s*$)|,\s*so\b(?=[^.]*\?\s*$)|\s+[—–]\s+(?=[^.]*\?\s*$))",
    re.IGNORECASE,
)


# "The NDRC notice gives provincial credit departments up to 30 days to pass a complaint on, so would
# it be premature…?", "So under the SME payment regs a big buyer has 15 days … — what happens if…?"
# (r174, r178): what a document does, stated, then the question built on it.
_A_DOCUMENT = r"the (?:[\w'-]+ ){0,5}?(?:" + _DOCUMENT_NOUN + r"|regs)\b"
# (a statement, not a question's own words: "Under the NDRC notice, what happens if… —")
_QUESTION_WORD = re.compile(r"\b(?:what|how|which|who|whom|whose|when|where|whether|why)\b", re.IGNORECASE)
_BUILT_ON = (
    r"(?:,\s*so\b(?!\s+(?:what|how|which|who|when|where|why)\b)|\s+[—–]\s+)(?=[^.]*\?\s*$)"
)
_DOCUMENT_STATED_THEN_BUILT_ON = re.compile(
    # the document doing something ("The NDRC notice gives…", not "…were amended in 2024 – what changed")
    r"(?:^|(?<=[.!?]\s))(" + _A_DOCUMENT + r"\s+(?:gives|allows|lets|requires|sets|caps|limits|obliges|bans"
    r"|prohibits|permits|entitles|grants|makes|puts|treats|exempts|bars|forbids|covers|applies|routes|assigns"
    r"|fixes)\b[^.?!;]{10,}?)" + _BUILT_ON
    # ... or what holds under it, drawn on with "So": "So under the SME payment regs a big buyer has…"
    + r"|(?:^|(?<=[.!?]\s))so,? (under " + _A_DOCUMENT + r"[^.?!;]{10,}?)" + _BUILT_ON,
    re.IGNORECASE,
)


# "My manager says a demotion runs for 36 months, so he can't be promoted until 2028": a rule
# heard second-hand that the user builds on (not "Our trainer says X. Is that so?", which
# asks; a person's word alone is their story).
_TOLD_AND_BUILT_ON = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:my|our|a|the) (?:manager|boss|colleague|lawyer|supervisor|director|"
    r"trainer|friend|partner|accountant|consultant)s?"
    # "A colleague in our compliance team says…" (r18)
    r"(?: (?:in|on|from|at) (?:our|my|the|his|her|their) [\w-]+(?: [\w-]+)?)?|he|she|they) "
    r"(?:says?|said|insists?|claims?|told (?:me|us)) "
    r"(?:that )?(.{10,}?), so\b"
    # "听同事说，复审期间原处分就先暂停执行了，所以…"
    r"|听(?:同事|朋友|别人|人|领导|律师|他们|他|她)(?:说|讲)[，,：:]?(.{6,}?)[，,]\s*(?:所以|因此)"
    # ... or who tells rules to the user: "法务说撤职的处分期是三十六个月，所以…", "老师说，央企的首席
    # 合规官由董事长兼任。为什么是董事长？" (r156, r158); not the other side, whose word is the story
    r"|(?:^|(?<=[，,。！!]))(?:法务|律师|老师|同事|领导|家里人|大家|有人|他们)(?:都)?(?:跟[^，,。？?]{1,6})?(?:说|讲)[，,：:]?"
    r"(.{6,}?)(?:[，,]\s*(?:所以|因此)|。\s*(?:所以|因此|为什么|为何|那么|那))"
    # ... or by a counsel the user names first: "我问了个律师朋友，他说…。那…？" (r171)
    r"|(?:律师|法务|老师|专家)[^，,。？?]{0,6}[，,]\s*(?:他|她)(?:说|讲)[，,：:]?"
    r"(.{6,}?)(?:[，,]\s*(?:所以|因此)|。\s*(?:所以|因此|为什么|为何|那么|那))"
    # "大陆这边听说记大过的处分期是三十六个月，那这三年…" (r157)
    r"|(?:^|(?<=[，,。！!]))[^，,。？?]{0,6}?(?:听说|据说)[，,]?(.{6,}?)[，,。]\s*(?:那么|那|所以|因此)",
    re.IGNORECASE,
)
# The document a heard claim names at its head: "the SME regulation (says)", "《政务处分法》里规定".
# Checked in that document, the claim is compared without it: "the SME regulation requires…
# within 30 days" is not a sentence of the regulation, "requires … within 30 days" is.
_SOURCE_LEAD = re.compile(
    r"^((?:under )?(?:the|that|this) (?:[\w'-]+ ){0,5}?(?:" + _DOCUMENT_NOUN + r"|regs)"
    r"(?:\s+(?:says|states|provides|holds)(?:\s+that)?)?),?\s+"
    r"|^(《[^》]{2,30}》(?:里|中)?(?:的)?(?:规定|说|写着|明确)?)",
    re.IGNORECASE,
)


# "…. That's correct, right?", "，对吗？": all that follows the claim is a confirmation tag.
_ONLY_A_TAG = re.compile(
    r"[\s.,;。，]*(?:(?:that'?s|that is|this is) )?" + _TAG_WORDS
    + r"(?:[,，]\s*" + _TAG_WORDS + r")?\s*[?？]\s*",
    re.IGNORECASE,
)


def _heard(claim: str, confirming: bool, attributed: bool = False) -> Premise:
    """A claim heard from someone, with the document it names at its head split off."""
    claim = claim.strip()
    lead = _SOURCE_LEAD.match(claim)
    if lead and len(claim) - lead.end() >= 6:
        source = lead.group(0).strip(" ,")
        return Premise(claim[lead.end() :].strip(), confirming, attributed=True, source=source)
    return Premise(claim, confirming, attributed=attributed)


def _asks_if_so(rest: str) -> bool:
    """Whether what follows a heard claim asks whether it holds ("Does the notice actually say
    that?") rather than building on it ("Which article gives them that right?")."""
    return bool(_ASKS_IF_SO.match(rest) or _ONLY_A_TAG.fullmatch(rest))


_ASKS_IF_SO = re.compile(
    r"[\s.,;。，]*(?:(?:does|did|do|is|are|was|can|may) (?:\w+ ){0,3}?(?:actually |really |truly )?"
    r"(?:say|said|state|provide|allow|let|true|right|correct|so)\b"
    # "Do the two documents actually say these things?" (r119)
    r"(?: (?:so|that|this|these|those|it|them)(?: things?)?\b)?"
    r"|is (?:that|this|it|she|he|they) (?:right|true|correct|so|accurate)"
    # "Is that what the notice says?" (r144)
    r"|is (?:that|this) what (?:the )?(?:[\w'-]+ ){0,4}?(?:notice|law|regulations?|measures|guidelines|rules|document|text)"
    r" (?:actually |really )?(?:says|states|provides)\b"
    # "Is that actually in the notice?" (r113)
    r"|is (?:that|this|it) (?:actually |really |truly )?(?:in|stated in|written in|found in) (?:the )?(?:[\w'-]+ ){0,4}?"
    r"(?:notice|law|regulations?|measures|guidelines|rules|document|text)\b"
    r"|.{0,12}(?:是真的吗|对吗|是这样吗|真的吗|对不对|是不是这样|有没有这个规定|真这么规定))",
    re.IGNORECASE,
)


# "为什么第九条要求大型企业30日内付款，比机关、事业单位的要求还严格？": the comparison is the
# user's judgment of the rule they take as given; with it, the claim names both parties and
# reads as 第九条's sentence about 机关、事业单位 (r58).
_COMPARED_AFTER = re.compile(r"[，,]\s*(?:这|那)?(?:比|较)[^，,。？?]{2,30}$")


# Typed on a phone, with spaces for punctuation: "…公开出来 对吧 到时候我们去哪查" (r72).
_SPACED_TAG = re.compile(r"(对吧|对吗|是吧|是不是|没错吧|对不对)\s+(?=[\u4e00-\u9fff])")
_SPACE_BETWEEN_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _punctuated(question: str) -> str:
    """A question typed without punctuation, as if punctuated: a space after a tag asks (？), a
    space between Chinese words is a comma, and a question asking something ends in ？."""
    if re.search(r"[?？]", question):
        return question
    if not re.search(r"[。，,.!！；;]", question):
        question = _SPACE_BETWEEN_CHINESE.sub("，", _SPACED_TAG.sub(r"\1？", question))
    if not re.search(r"[?？]\s*$", question) and _ASKS_ANYTHING.search(question):
        question += "？"
    return question


# "我自己算的是80万×万分之五×45天=1.8万，对不对？" (r114): the user's own sum, not a claim about
# the documents; the rate in it is theirs to check against the clause shown.
_CALCULATION = re.compile(r"[×÷=＝]|\d\s*[*xX]\s*[\d万千百零一二三四五六七八九十]")


# The blank of a fill-in question ("应当自____起30日内付款；…最长也不能超过____日", "（ ）"): the
# phrase holding it asks, and claims nothing (r125: the 30 days of one blank's phrase had been
# read against the 60 days the other blank asks for).
_BLANK = re.compile(r"_{2,}|＿{2,}|（\s*）|\(\s*\)")
_CLAIM_PHRASES = re.compile(r"[^，,；;]+[，,；;]?")


def premise(question: str) -> Premise | None:
    """The claim a question rests on (see _claimed), unless it is the user's own calculation;
    of a fill-in question, what it says outside the phrases with blanks."""
    claimed = _claimed(question)
    if claimed is None or _CALCULATION.search(claimed.claim):
        return None
    if _BLANK.search(claimed.claim):
        stated = "".join(p for p in _CLAIM_PHRASES.findall(claimed.claim) if not _BLANK.search(p))
        return replace(claimed, claim=stated.strip("，,；; ")) if quantities(stated) else None
    return claimed


_MULTIPLE_CHOICE = re.compile(
    r"下列[^。？?]{0,40}?(?:正确|错误|不正确|符合|不符合|属于|不属于)的(?:是|有)"
    r"|\bwhich of the following\b[^?]{0,80}?\b(?:is|are)\b[^?]{0,20}?\b(?:true|false|correct|incorrect|not)\b",
    re.IGNORECASE,
)


def _claimed(question: str) -> Premise | None:
    """The claim in "X，对吗？" (to confirm), or taken as given: "既然X，Y？", "X法规定…，Y？",
    "为什么X？", "<story>. Since X, Y?", "<rule stated>. <question>?", "X, which they say the
    regulations allow. <question>?"; None for other questions."""
    question = _punctuated(question.strip())
    # A statement quoted to be judged ("Exam draft: "…". Correct the statement.", "Both halves
    # are wrong, I think."): the user does not take it as given (r55).
    if _QUOTED_TO_JUDGE.search(question):
        return None
    # A choice among options, some wrong by design ("下列关于…的说法，正确的是：A. 必须新增一个领导岗位
    # B. 由总法律顾问兼任…", r102, r149): the options are the quiz's, not claims the user makes.
    if _MULTIPLE_CHOICE.search(question):
        return None
    # A line quoted from a memo or a report, then what is asked of it: "备忘录写：“…三十六个月。”
    # 为什么…？" builds on it, "Memo says: "…" Is that what Article 17 says?" asks to confirm it
    # (r126). The quoted words are the claim, checked whatever the question after them asks.
    quoted_line = _QUOTED_LINE_THEN_ASKED.match(question) or _SINGLE_QUOTED_LINE_THEN_ASKED.match(question)
    if quoted_line and _QUOTES_A_CLAIM.match(question):
        line, asked = quoted_line.group(1).strip(" .。"), quoted_line.group(2)
        if _WHY_ASKED.match(asked):
            return Premise(line, confirming=False, asks_why=True)
        if _BUILDS_ON.match(asked):
            return Premise(line, confirming=False)
        return Premise(line, confirming=True, asked_outright=True)
    # "《条例》规定机关…15日内付款，合同另有约定的最长不超过45日——为什么…？" (r167): what a document
    # is said to say runs past its commas to the dash before the why.
    dashed = _SAID_THEN_WHY_AFTER_DASH.match(question)
    if dashed:
        return Premise(dashed.group(1).strip(), confirming=False, asks_why=True)
    given = _GIVEN.search(question)
    if given:
        claim = next(group for group in given.groups() if group).strip()
        # What an article is said to say runs to its full stop, past the commas of its conditions:
        # "条例第九条说大型企业向中小企业采购，就算合约另有约定，付款期最长都不可以超过90日。那…？"
        # (r124), not "条例第九条说大型企业向中小企业采购".
        said = _ARTICLE_SAYS_THEN_ASKED.search(question)
        if said and said.group(1) and claim in said.group(1) and not re.search(r"[；;]", said.group(1)):
            claim = said.group(1).strip()
        # What the user reads in an article they name ("民营经济促进法第七十条规定政府不得以换届为由
        # 违约，那…") is their wording of a clause shown to them.
        return Premise(claim, confirming=False, as_understood=_ARTICLE_NAMED.search(claim) is not None)
    understood = _AS_UNDERSTOOD.search(question)
    if understood:
        claim = next(group for group in understood.groups() if group)
        return Premise(claim.strip(), confirming=False, as_understood=True)
    understood = _UNDERSTOOD_EN.search(question)
    if understood and _CITES_A_DOCUMENT.search(understood.group(1)):
        return Premise(understood.group(1).strip(), confirming=False, as_understood=True)
    # "保障中小企业款项支付条例既然允许…，这种约定…？": the subject before 既然 is the claim's, when
    # it is a document ("我们既然已经投诉了，…" is the user's own story).
    given_after = _GIVEN_AFTER_SUBJECT.search(question)
    if given_after and _CITES_A_DOCUMENT.search(given_after.group(1)):
        return Premise("".join(given_after.groups()).strip(), confirming=False)
    why = _WHY_ARTICLE_ZH.search(question) or _WHY_ZH.search(question)
    if why:
        claim = why.group(1) + why.group(2)
        # what a document is said to say runs on past its comma: "为什么政务处分法规定，退休人员只有
        # 退休后两年内被发现的…才能给予政务处分？" (r131)
        if _SAYS_AT_END.search(claim) and (said := _SAID_AFTER_COMMA.match(question, why.end())):
            claim += said.group(0)
        elif other_half := _OTHER_HALF.match(question, why.end()):
            claim += other_half.group(0)
        # a rule with a condition runs on past its comma: "为什么…一旦申请复审，原来的处分决定就要
        # 先暂停执行？" (r75)
        if _CONDITION.search(why.group(2)) and (then := _THEN.match(question, why.end())):
            claim += then.group(0)
        claim = _COMPARED_AFTER.sub("", claim.strip("，, "))
        return Premise(claim, confirming=False, asks_why=True)
    why = _WHY_EN.search(question)
    if why:
        return Premise(next(group for group in why.groups() if group).strip(" .。?？"), confirming=False, asks_why=True)
    told = _TOLD_DOCUMENT_SAYS.search(question)
    if told and re.search(r"[?？]\s*$", question[told.end() :]):
        claim = next(group for group in told.groups() if group)
        # "Does the notice actually say that?" asks; "Which article gives them that right?" builds.
        return _heard(claim, confirming=_asks_if_so(question[told.end() :]), attributed=True)
    posted = _POSTED.search(question)
    if posted:
        rest = question[posted.end() :]
        # ("A post says X. Is that right?": a post is asked about as a person is)
        asks_if_so = _asks_if_so(rest) or bool(_ASKS_IF_RIGHT.fullmatch(rest.strip().rstrip("?？")))
        return _heard(posted.group(1), confirming=asks_if_so)
    stated_of_a_document = _DOCUMENT_STATED_THEN_BUILT_ON.search(question)
    stated_claim = stated_of_a_document and next(group for group in stated_of_a_document.groups() if group)
    if stated_claim and not _QUESTION_WORD.search(stated_claim):
        return _heard(stated_claim, confirming=False)
    heard = _TOLD_AND_BUILT_ON.search(question)
    if heard:
        return _heard(next(group for group in heard.groups() if group), confirming=False)
    said = _ARTICLE_SAYS_THEN_ASKED.search(question)
    if said:
        # (an article cited "as obliging…" is said to oblige: the two are read as one claim)
        return Premise(" ".join(group for group in said.groups() if group).strip(), confirming=False)
    # "第九条不是规定大型企业30天内就得付钱嘛，俺的货到今天是第45天了。…咋算？" asks back about
    # the rule before the story, whatever statement the story ends in (r62).
    asked_back = _ASKED_BACK.search(question)
    if asked_back:
        # (or asked back at the question's start: "不是说…没约定利率的就按每日万分之三算逾期利息吗？", r151)
        return Premise("规定".join(g for g in asked_back.groups() if g).strip("，, "), confirming=True)
    # "央企的首席合规官不都是纪委书记兼任的吗？自己查自己…" (r151): what everyone knows, asked back
    roundly = _ROUNDLY_ASKED.search(question)
    if roundly:
        subject, said = roundly.groups()
        # (who holds a post is said as 由…: "是纪委书记兼任的" claims "由纪委书记兼任")
        held = re.search(r"(?:兼任|担任|负责|牵头|主管)$", said) and not said.startswith("由")
        return Premise(f"{subject}{'由' if held else '是'}{said}".strip("，, "), confirming=True)
    restated = _FIGURE_RESTATED.search(question)
    restated_claim = restated and (restated.group(1) or restated.group(3))
    if restated_claim and _CITES_A_DOCUMENT.search(restated_claim) and not _own_story(restated_claim):
        return Premise(restated_claim.strip(), confirming=False)
    stated = _STATED_THEN_ASKED.search(question)
    if (
        stated
        and (_ABOUT_THE_RULES.search(stated.group(1)) or _figure_under_a_clause(stated.group(1)))
        and not _own_story(stated.group(1))
        and not _SUPPOSED.match(stated.group(1))
        # (a sentence that itself asks, or asks the reader, claims nothing: "日方想确认两点：一是
        # …多长时间内付款，合同能否约定更长的期限；", "We would like to kindly understand the
        # process under the NDRC notice.": r111)
        and not _ASKS_IN_CHINESE.search(stated.group(1))
        and not _REQUEST.match(re.split(r"(?<=[.;])\s+", stated.group(1).strip())[-1])
    ):
        # "A colleague says that under the notice X. Is she right?": the statement is to confirm.
        tag = stated.group(2).rstrip("?？ ")
        asks_if_so = bool(_ASKS_IF_SO.fullmatch(tag) or _ASKS_IF_RIGHT.fullmatch(tag))
        # "报道说：“受到处分的官员在处分期内一律不得升职。”…？": a claim quoted to be checked,
        # asked outright (r119)
        if _QUOTES_A_CLAIM.match(stated.group(1)):
            return Premise(stated.group(1).strip(" .。"), confirming=True, asked_outright=True)
        return Premise(stated.group(1).strip(" .。"), confirming=asks_if_so)
    asked_if_true = _IS_IT_TRUE_THAT.search(question)
    if asked_if_true:
        return Premise(asked_if_true.group(1).strip(" ,"), confirming=True, asked_outright=True)
    tag = _CONFIRMATION_TAG.search(question)
    if tag and tag.start() >= 4 and not _CONDITION_BEFORE_TAG.search(question[: tag.start()]):
        return Premise(_confirmed_claim(question[: tag.start()]), confirming=True)
    confirmed = _CONFIRMED_FIRST.search(question)
    if confirmed:  # "X是不是说Y" claims that X states Y; "Z的吧" claims Z
        # (the last statement before the tag: "我老婆开了家店。同事说…一律撤职，是真的吗？…" r17)
        claim = "规定".join(g for g in confirmed.groups() if g).strip("，, ")
        return Premise(_confirmed_claim(claim).strip("，, "), confirming=True)
    which_allows = _WHICH_DOCUMENT_ALLOWS.search(question)
    if which_allows:
        claim, source = which_allows.groups()
        return Premise(claim.strip(), confirming=False, attributed=True, source=source)
    # "确认一下：…按每日万分之三付逾期利息，right? 我们旧的测算表就是这么设的。" (r78): a tag asks
    # to confirm what comes before it, though the user's story follows
    tagged = _TAG_BEFORE_STORY.search(question)
    if tagged and not _CONDITION_BEFORE_TAG.search(tagged.group(1)):
        return Premise(_confirmed_claim(tagged.group(1)), confirming=True)
    # What the user quotes or reads in a named article: "按照…第九条“约定付款期限最长不得超过90日”的
    # 规定，…" (r77), "超过了条例第九条给大型企业定的最长 90 日上限" (r78)
    quoted = _QUOTED_PROVISION.search(question)
    if quoted:
        return Premise(f"{quoted.group(1)}规定{quoted.group(2)}", confirming=False, as_understood=True)
    read = _ARTICLE_FIGURE.search(question)
    # (a choice asked between figures claims neither: "第二十七条规定的评价频次是每年一次还是每三年
    # 一次？")
    if read and not _ASKS_IN_CHINESE.search(read.group(1)) and "还是" not in read.group(1):
        return Premise(read.group(1).strip(), confirming=False, as_understood=True)
    given_by = _FIGURE_A_DOCUMENT_GIVES.search(question)
    if given_by:
        figure, document, verb = given_by.groups()
        return Premise(f"{document} {verb} {figure}", confirming=False, attributed=True, source=document)
    # Typed in a chat, a figure then the question on it: "机关6月底前公开欠款 没公开咋办？",
    # "逾期利息按月万分之五；一年多少？" (r107): the figure is taken as given.
    fragment = _FIGURE_THEN_ASKED.match(question) or _FIGURE_THEN_SO.match(question)
    if fragment and _figure_stated(fragment.group(1)):
        return Premise(fragment.group(1), confirming=False)
    duty = _DUTY_THEN_ASKED.match(question)
    if duty and _figure_stated(duty.group(1)) and _PARTY_WITH_DUTY.search(duty.group(1)):
        return Premise(duty.group(1).strip(), confirming=False)
    answers_to = _WHO_ANSWERS_THEN_ASKED.match(question)
    held_by = answers_to and next(group for group in answers_to.groups() if group)
    if held_by and not _own_story(held_by):
        return Premise(held_by.strip(), confirming=False)
    assumed = _ASSUMED.match(question)
    if assumed and _CITES_A_DOCUMENT.search(assumed.group(1)):
        return Premise(assumed.group(1).strip(), confirming=False)
    given_after_story = _GIVEN_AFTER_STORY.search(question)
    if given_after_story:
        return Premise(given_after_story.group(1).strip(), confirming=False)
    took_effect = _TOOK_EFFECT.search(question)
    if took_effect:
        claim = _ASKED_BACK_OR_STRESSED.sub("", took_effect.group(0))
        return Premise(claim.strip("，,。. "), confirming=False)
    if not _ASKS_ANYTHING.search(question) and _STATES.search(question) and len(question) >= 8:
        return Premise(question.strip(" .。!！"), confirming=True, statement=True)
    return None


_SAID_THEN_WHY_AFTER_DASH = re.compile(
    r"^(" + _DOCUMENT_SAYS + r"[^。？?]{6,}?)\s*(?:——|—|--)\s*(?:那|所以)?(?:为什么|为何|为啥)"
)


# What the user asks the assistant to take as given, a sentence of its own: "Assume Guangzhou's
# discipline commission has already put out five batches of its Guidelines. Act as a trainer and…"
# (r155): a claim about the documents to be checked before anything is built on it.
# (Not "Suppose a city ends up with a dishonesty record. What…?": a case supposed, not a claim.)
_ASSUMED = re.compile(
    r"^(?:assume|assuming)(?: that)? (.{10,}?)(?<!\bNo)(?<!\bArt)\.\s+(?=\S)", re.IGNORECASE
)


# When a document took effect, said in passing: "民营经济促进法2025年1月1日就实施了，都半年多了…"
# (r151), "The regulations took effect on 1 October 2019, so…" (a date the documents may state
# otherwise).
_LAW_NAMED_ZH = r"(?:《[^》]{2,40}》|[\u4e00-\u9fff]{2,16}?(?:法|条例|办法|通知|指引))"
_TOOK_EFFECT = re.compile(
    # ("民营经济促进法明明是2025年7月1日起施行的", "…2025年7月1日才施行，那…", "…2024年就施行了": r173,
    # r174, r176)
    _LAW_NAMED_ZH + r"\s*(?:明明|本来|早就)?(?:是|于|自|从|在)?\s*"
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?\s*(?:起|就|才|已经|已|开始|正式)*(?:实施|施行|生效)(?!了?吗)"
    # ... or asked back: "民营经济促进法不是2025年7月1号才开始施行吗？" (r166, r171; Cantonese 先 is 才)
    r"|" + _LAW_NAMED_ZH + r"\s*不是\s*(?:在|从|自|于)?\s*"
    r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?\s*(?:起|才|先|就|开始|正式)*(?:实施|施行|生效)"
    r"(?=的?(?:吗|嘛|么|什么))"
    r"|\bthe (?=[^.?!]{0,80}?\b(?:law|regulations?|measures|notice|guidelines)\b)[\w' -]{2,90}? "
    r"(?:took|takes|came into|went into|has been in) "
    r"(?:effect|force)(?: on| from| since| in)? (?:\d{1,2} )?(?:" + "|".join(MONTHS) + r")\b[^.,;?]{0,12}",
    re.IGNORECASE,
)
# The date a law is claimed to take effect, without what asks it back or only stresses it:
# "…不是2025年7月1号才开始施行吗" claims "…2025年7月1号开始施行", "明明是…起施行" claims "是…起施行".
_ASKED_BACK_OR_STRESSED = re.compile(r"不是\s*|明明|本来|早就|(?<=[年日号])\s*[才先]")


def _figure_stated(text: str) -> bool:
    """Whether a chat's first fragment states a figure or how often, as a rule, asking nothing
    and telling no story of the user's nor a supposition."""
    return (
        bool(quantities(text) or frequencies(text))
        and not _ASKS_ANYTHING.search(text)
        and not _own_story(text)
        and not _SUPPOSED.match(text)
    )


# ... or before "；那…", "；所以…": "警告处分的处分期是三个月；那就是我三个月之后就可以照常升职啦？" (r142)
_FIGURE_THEN_SO = re.compile(r"^([^，,。？?；;]{5,30}?)\s*[；;]\s*(?=(?:所以|那么|那|因此|照这|这样的话|也就是说)[^？?]*[？?]\s*$)")


# A duty stated first, with a figure or how often, then the question built on it, as a chat or
# a headline puts it: "注意了：机关单位每个季度都要公开一次拖欠中小企业款项的情况，企业上哪儿查最新
# 一季的名单？" (r140), "机关每季度都要公开一次拖欠中小企业款项情况 区政府上个季度都没有公开 我可以去
# 哪里投诉他" (r127).
_DUTY_THEN_ASKED = re.compile(
    # (要 as a duty, not 要求: "政府采购要求十年以上同类业绩" is a demand the user meets, told)
    r"^(?:[^，,。：:？?]{1,8}[：:！!]\s*)?([^，,。？?：:]{4,40}?(?:都要|都得|必须|应当|须|要(?!求))[^，,。？?]{2,30})[，,](?=.*[？?]\s*$)"
)
# Who answers to whom or holds a post, stated first and built on: "首席合规官是对董事会负责的，那子公司首席
# 合规官的年度考核是不是也由董事会直接来考？" (r154).
_WHO_ANSWERS_THEN_ASKED = re.compile(
    r"^([^，,。？?]{4,30}?(?:负责|牵头|兼任|担任|主管)[^，,。？?]{0,10}?)[，,]\s*(?:那么|那|所以)(?=[^？?]*[？?])"
    # ... after a label, to its full stop: "判断题我标的是“对”：央企首席合规官由纪委书记兼任，对企业党委
    # 负责。那…？" (r167)
    r"|^[^：:。？?]{2,20}[：:]\s*([^，,。？?：:]{4,30}?(?:负责|牵头|兼任|担任|主管)[^。？?：:]{0,16}?)。\s*(?:那么|那|所以)(?=[^？?]*[？?])"
)
_PARTY_WITH_DUTY = re.compile(r"机关|事业单位|企业|政府|公职人员|部门|单位")


# (Not English "how", "what": "…send quarterly reports on how complaints were handled." claims.)
_ASKS_IN_CHINESE = re.compile(r"吗|呢|什么|怎么|怎样|哪|多少|多久|多长|能否|可否|是不是|有没有|能不能|可不可以")
# A claim quoted from a report or from someone, to be checked: "报道说：“…”"; also a line of a
# memo under review: "备忘录里关于我们央企客户的一句：“…”", "Memo says: "…"" (r126).
_QUOTES_A_CLAIM = re.compile(
    # (after a few words of who passed it on: "镇财政所转来一份学习材料，称“…”", "某咨询机构备忘录称：
    # “…”", r146, r148; or going round: "网传“…”", r144)
    r"[^“\"「。？?]{0,20}?(?:(?:报道|文章|新闻|网上|有人|他们|对方|媒体|传言|帖子|网帖|微博|公众号|朋友圈|材料|通知|文件)"
    # ("群里有人发：“…”", r152)
    # ("有人转发了这段话：“…”", r179)
    r"[\u4e00-\u9fff]{0,4}?(?:说|称|写道|写着|讲|发)(?:了?(?:这段话|这句话|一段话|一句话))?|网传)[：:，,]?\s*[“\"「]"
    # ("同事微信原话：“…”", "看到一篇帖子：“…”", "客户合规手册第5.7条：“…”", r164, r170, r172)
    r"|[^“\"「。？?]{0,20}?(?:备忘录|纪要|讲稿|讲义|课件|笔记|报告|材料|原话|帖子|网帖|推文|解读|文章|手册)[^“\"「。？?]{0,16}?"
    r"(?:[：:，,]|称|写道|写着|指出)\s*[：:]?\s*[“\"「]"
    # a line the user drafted, quoted first: "「重磅！机关事业单位付款期限缩短至15日！」——这是我给…拟的标题。" (r160)
    r"|\s*[“\"「](?=[^”\"」]{8,}[”\"」]\s*(?:——|—|，|,)?\s*(?:这是|这句是|是)(?:我|我们|小编)?[^。？?]{0,16}?"
    r"(?:标题|文案|导语|草稿|初稿|说法))"
    # ("Post says "over 500 guests" packed the Liby Center…": r144)
    # ("Our China team's memo says: "…"", "Explainer draft, point 3: 'A warning…'": r160, r162)
    # ("From my study group notes: "…"", r167)
    r"|\s*(?:(?:from|in) )?(?:(?:the|our|my|a|this|one) )?(?:[\w'’-]+ ){0,3}?"
    # ("Manual §4.8: "…"", r172)
    r"(?:memo|memorandum|minutes|briefing|draft|slide|note|post|thread|tweet|newsletter|manual|handbook|deck)s?\b"
    r"(?:[^:\"“.?]|(?<=\d)\.(?=\d)){0,30}?"
    r"(?:says|reads|states|claims)?[:,]?\s*[\"“'‘]",
    re.IGNORECASE,
)
# The quoted line and what follows it, a question somewhere in it.
# (an official's request asks with no question mark: "…”。据此请示：一是…；二是…。请予明确。", r148)
_QUOTED_LINE_THEN_ASKED = re.compile(
    # (or asks to have it checked, or for its source: "帮忙核实一下", "麻烦给一下…依据条款", r172, r179)
    r"[^“\"「]{0,40}[“\"「]([^”\"」]{8,}?)[”\"」]\s*(.*(?:[?？]|请示|请予明确|请问|核实|麻烦给|请给|请提供).*)$", re.DOTALL
)
# ... in single quotes, which an apostrophe inside a word does not close (r160)
_SINGLE_QUOTED_LINE_THEN_ASKED = re.compile(
    r"[^'‘’\"“]{0,40}['‘]((?:[^'’]|['’](?=\w)){8,}?)['’](?=[\s.,;:?!])\s*(.*[?？].*)$", re.DOTALL
)
_WHY_ASKED = re.compile(r"\s*(?:[,，。.]\s*)?(?:那|所以)?(?:为什么|为何|为啥|\bwhy\b)", re.IGNORECASE)
# What is asked next builds on the line ("On that basis, how do we…?", "所以…"); otherwise the
# line is there to be checked ("原文是这样吗？", "Is 33 the figure in the report?").
_BUILDS_ON = re.compile(
    r"\s*(?:[。.]\s*)?(?:(?:on that basis|given that|based on (?:that|this)|in that case|that being so|so|then|therefore)\b"
    r"|那么|那|所以|因此|据此|既然如此|照此|这样的话)",
    re.IGNORECASE,
)
# A request to the reader, which claims nothing: "We would like to…", "Please advise…".
_REQUEST = re.compile(
    r"\s*(?:(?:we|i)(?:'d| would) (?:\w+ )?like to|(?:we|i) (?:wish|want|hope|need) to"
    r"|please|kindly|could you|would you|can you|may we|may i)\b",
    re.IGNORECASE,
)
# A chat's statement of a figure, then a short question after a space or a semicolon.
_FIGURE_THEN_ASKED = re.compile(r"^([\u4e00-\u9fff\w.%]{5,24}?)(?:\s+|\s*[；;]\s*)([^\s；;，,。]{2,12}[？?])\s*$")


# "政务处分法里“警告”的处分期是十二个月，这十二个月是从…开始算？" (r68): a figure a document is
# said to set, taken up again as given ("这十二个月"), and a question built on it.
# So in English: "The second batch of the Guangzhou guidelines alone contains 50 scenarios. Which
# of those 50 deal with investment promotion?" (r70)
_FIGURE_RESTATED = re.compile(
    r"^([^。？?]{4,}?([零一二两三四五六七八九十百千\d]+\s*(?:个工作日|个月|日|天|年|%|万元|元)))"
    r"\s*[，,]\s*(?:这|那)(?:个|些)?\2"
    r"|^([^.?!]{8,}?\b(\d+)\s+[a-z][\w-]*s\b[^.?!;]*)[.;]\s*[^.?!]*?\b(?:those|these|the|all)\s+\4\b",
    re.IGNORECASE,
)


_TAG_BEFORE_STORY = re.compile(r"^(.{6,}?)[，,]?\s*" + _TAG_WORDS + r"\s*[？?](?=[^？?]+$)", re.IGNORECASE)
_QUOTED_PROVISION = re.compile(r"((?:《[^》]{2,40}》)?" + ARTICLE_ZH + r")(?:中|里)?(?:规定的?|的)?“([^”]{4,60})”")
_ARTICLE_FIGURE = re.compile(
    r"((?:《[^》]{2,40}》|[\u4e00-\u9fff]{2,6}法(?=第)|条例|办法|通知|法)?" + ARTICLE_ZH
    # (or past a comma, a duty with its figure: "按…第十八条，卫生院须在15日内确认": r82)
    + r"(?:[^，,。？?；;“”]{0,24}?|[，,][^，,。？?；;“”]{0,12}?(?:须|应当|必须|应|要|得)[^，,。？?；;“”]{0,10}?)"
    # (a rate too: "按条例第十七条每日万分之三的法定逾期利率，…" r115)
    # (in Chinese numerals too: "政务处分法第八条给警告定的处分期是三个月；…": r117)
    + r"(?:[\d零一二两三四五六七八九十百]+\s*(?:个工作日|日|天|个月|年|%)|[百千万]分之[零一二三四五六七八九十\d]+)"
    + r"[^，,。？?；;“”]{0,8})"
)
# "…within the 15 working days that NDRC Notice No. 1103 allows?", "the 90-day complaint window
# the NDRC notice sets" (r81, r55): a figure the user says a document gives, in a relative clause
_FIGURE_A_DOCUMENT_GIVES = re.compile(
    r"\bthe ((?:\d+|[a-z]+)[\s-](?:working[\s-])?(?:days?|months?|years?|per ?cent)\b[\w\s-]{0,30}?)\s+(?:that\s+|which\s+)?"
    r"((?:the\s+)?[\w.'’\s-]{0,40}?\b" + _DOCUMENT_NOUN + r"\b(?:\s+No\.\s*\d+)?)\s+"
    r"(allows|sets|gives|grants|requires|provides|prescribes|imposes|lays down)\b",
    re.IGNORECASE,
)


# "Under item II.(2) of the NDRC notice, a government body gets 30 days to rectify…", "Under
# Article 70 …, provided it gives the company 90 days' notice" (r56): a figure the user reads in
# a clause. (Without one, the reading is their wording of the clause: "Under Article 52 …, the
# appointing unit can suspend an official…", which the verifier compares across languages
# too crudely to refuse on.)
_UNDER_A_CLAUSE = re.compile(r"\bunder (?:item|article|art\.|section|clause|paragraph)\b", re.IGNORECASE)


def _figure_under_a_clause(text: str) -> bool:
    return _UNDER_A_CLAUSE.search(text) is not None and bool(quantities(text))


_QUOTED_TO_JUDGE = re.compile(
    r"\bcorrect (?:the|this|that) (?:statement|claim|sentence)\b"
    r"|\bwhich (?:statement|half|part|claim|one)s? (?:is|are) (?:right|wrong|correct|true|false|accurate)\b"
    r"|\b(?:both|the two) (?:halves|parts|statements|claims) (?:are|is) (?:wrong|false|incorrect)\b"
    r"|\btrue or false\b"
    r"|判断(?:正误|对错|真假)|(?:纠正|改正|指出)(?:这个|该|以下|下列|上述)?(?:说法|表述)|哪(?:个|一个|句)(?:说法|表述)(?:对|正确|错)",
    re.IGNORECASE,
)


# A verb that makes a statement of it: "records are permanent", "处分期是12个月" (not the
# keywords of a question, "SME payment deadline large firms", "政府换届 合同违约").
_STATES = re.compile(
    r"是|为|可以|不得|应当|必须|不能|不会|不用|无需|一律|永久"
    r"|\b(?:is|are|was|were|be|been|must|shall|can|cannot|may|never|will|has|have|only|always|need not)\b",
    re.IGNORECASE,
)


# Any mark of a question: a question mark, a question word, or an English question's opening.
_ASKS_ANYTHING = re.compile(
    r"[?？]|吗|呢|么|什么|怎么|怎样|如何|哪|几|多少|多久|多长|是否|能否|可否|是不是|有没有|能不能|可不可以"
    r"|要不要|会不会|算不算|行不行|对不对|请问|咋|啥"
    r"|\b(?:what|how|why|when|where|which|who|whom|whose|whether)\b"
    r"|^\s*(?:can|could|may|might|must|shall|should|will|would|do|does|did|is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)


# "…. Is she right?", "…. Are they correct?": the tag is a question of its own.
_ASKS_IF_RIGHT = re.compile(
    r"[.。]?\s*\b(?:(?:is|are|was|were) (?:she|he|they|it|that|this|my \w+|our \w+)(?: (?:right|correct|accurate|true))?"
    r"|(?:that'?s|that is|this is|is that|is this) (?:correct|right|true|so|accurate))[,，]?\s*$",
    re.IGNORECASE,
)


# A label before the claim ("Background check: …, right?", "判断题：…"): what the user is
# doing, not what they claim. Not a clause or document named before a colon ("Article 12 of
# the Measures: …", "NDRC notice, item III.(4): …"), which says where the claim is read.
_SAID_WITHIN = re.compile(r"^[^，,]*[，,](?:他们|对方|有人|人家|同事|领导|朋友|老板|大家)(?:都)?(?:说|讲|称)[，,：:]?\s*")
_LABEL = re.compile(r"^[^:：,，.。?？]{2,30}[:：]\s*")
_NAMES_A_SOURCE = re.compile(
    r"\d|第.{1,6}条|\b(?:article|art|item|section|notice|law|regulations?|measures|guidelines|rules)\b"
    r"|条例|法|办法|通知|指引|规定",
    re.IGNORECASE,
)


def _confirmed_claim(before_tag: str) -> str:
    """The claim a confirmation tag asks about: the last statement before it. "Internal audit
    found …. He retired last year. A colleague insists the law can't touch him any more. Is
    she right?" asks about what the colleague insists, not about the user's story."""
    claim = _ASKS_IF_RIGHT.sub("", before_tag).strip()
    sentences = [s for s in STATEMENT_END.split(claim) if s.strip()]
    claim = sentences[-1].strip() if sentences else claim
    # (what someone in the user's story says: "我们的配送商是央企下属的，他们说X，这是办法里规定的吗？", r145)
    claim = _SAID_WITHIN.sub("", claim, count=1) or claim
    label = _LABEL.match(claim)
    if label and not _NAMES_A_SOURCE.search(label.group(0)) and label.end() < len(claim):
        claim = claim[label.end() :]
    return claim


def asked_beyond(question: str, claimed: Premise | None) -> str | None:
    """What a question asks beyond the premise it takes as given: "既然记过的期间是十二个月，那
    记大过呢？" asks about 记大过, and a quote about 记过 answers only the premise. None when
    the question confirms its claim or asks why, or when nothing is left to ask."""
    if claimed is None or claimed.confirming or claimed.asks_why or claimed.claim not in question:
        return None
    rest = question.split(claimed.claim, 1)[1].strip("，,。. ")
    return rest if len(rest) >= 4 else None
