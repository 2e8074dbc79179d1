"""Terms a question names that the documents do not.

A quoted term no clause uses, a standard's code, a definition the documents never give, a batch
or session of a series they never mention, a term of a legal field they do not govern.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..tokenizing import (
    data_lines,
    formal_wordings,
    glossary_counterparts,
    has_chinese,
    jieba_words,
    normalize,
    tokenize,
    translate_renderings,
    word_frequency,
)
from .figures import DEFINED_TERM, asking_part
from .series import installments


_QUOTED_TERM = re.compile(r"[“\"「『(（]([^“”\"「」『』()（）]{2,20})[”\"」』)）]")
# A word counted this often in jieba's dictionary is among the ~9,600 commonest words of two or
# more characters: quoted, it is emphasis ("找他们“推荐”的那家公司") or a figure of speech (合规
# “体检”, counted 583 times: r17), not a term a document would name. Policy terms (试行 368,
# 背靠背, 注册资本, 国家赔偿) are counted less often.
_EVERYDAY_WORD = 500
_SPOKEN_WORD = 10_000
# Derivational suffixes: “场景化” is “场景” made a manner (scenario-based), “规范性” a quality.
_DERIVATIONAL_SUFFIXES = "化性式型"


# A quote with a pause or a person in it is something said (“那是上一届定的，我们不认”), not a
# name: a term a document could use has neither.
_SPEECH_MARKS = re.compile(r"[，,。！!？?；;：:…]|[我你他她咱]")


# A verb of saying just before the quote: 说“…”, 说：“…”, 暗示要“…”, 称“…” (not 说的“…”, 所谓“…”:
# a term someone names); or of writing, quoting the user's own papers: 合同写的是“东西查收没问题后
# 60天内付款”, 协议里写着“…” (not 约定“背靠背”付款, which names a kind of term).
_SAID = re.compile(
    # (话: to say, in Cantonese: "又可唔可以话“换咗人要重新走流程”", r76)
    r"(?:说|讲|称|暗示|表示|喊|问|答|回复|回答|告诉我们|嚷|写|注明|载明|标明|(?<!电)话)(?:的是|要|是|道|着|了|明)?[:：，,]?\s*$"
)
# "这种“一锅端”", "这样的“关照”": the user's own name for what the story has just told (r18).
_LABELS_THE_STORY = re.compile(r"(?:这种|这样的|这类|那种|此类|这般)\s*$")
# "拿“没验收”当挡箭牌", "以“还在走流程”为由": an excuse someone gives, in their words.
_AS_EXCUSE = re.compile(r"(?:拿|以|用|借|找)\s*$")
_GIVEN_AS_REASON = re.compile(r"(?:因为|由于|以为|借口|理由是)\s*$")
# "让我们交一笔“安全生产保证金”", "要我们掏两千块参加一个“诚信示范店”挂牌" (r129): what someone
# demands of the user, by the name they give it; the question asks whether the demand stands.
_DEMANDED = re.compile(
    r"(?:让|要|叫|逼|要求|强制|摊派给?)(?:我们|我|企业|公司|商户|大家)[^，,。？?“]{0,10}?"
    r"(?:交|缴|缴纳|付|掏|出|参加|参与|报名|办|买|订|捐)[^，,。？?“]{0,8}$"
)
_TAKEN_AS_EXCUSE = re.compile(r"\s*(?:当|作为|做|为由|来?搪塞|推脱)")


_RULE_WORDS = re.compile(r"[要都就才]|必须|不用|不能")


def _quoted_speech(term: str) -> bool:
    """Whether a quoted phrase is words someone said ("话里话外暗示我们“表示表示”", "说是“支持一下
    工作”"): every word of it among the very commonest (counted ≥ 10,000 times: about 800
    words). A name made of common words is counted less: “信用中国”'s 信用 is
    counted 1,745 times (dev split: two answerable questions quoting speech were refused as
    naming an unknown term, and no unanswerable one quoted only such words)."""
    if _SPEECH_MARKS.search(term):
        return True
    # (a rule put in the user's words, with a modal or an adverb of its own, is no name: “材料不全要
    # 补正”, “亏了都不追责”, r160)
    if len(term) >= 5 and _RULE_WORDS.search(term):
        return True
    words = [w for w in jieba_words(term) if w.strip()]
    return len(words) >= 2 and all(word_frequency(w) >= _SPOKEN_WORD for w in words)


# An aside in brackets says what someone or something is: "（属于监察对象）", "（系国有企业）".
# (or gives an example: "（例如被记过）", r165)
_ASIDE = re.compile(r"属于|系|即|是|均为|都是|作为|包括|不含|含|已经|曾经|曾任|现任|例如|比如|譬如|诸如|比方说")
# The English words just before a bracket (one or two, no article): what the bracketed Chinese
# glosses. In lower case: a name ("the General Office of the State Council (国务院办公厅)", "the
# Chinese Accounting Standards for Business Enterprises (企业会计准则)", r70) is one the documents
# name or do not.
_GLOSSED = re.compile(r"(?<![A-Za-z'’-])((?:(?!(?:the|a|an|of|its|their|our|this|that)\s)[a-z][a-z'’-]*\s+)?[a-z][a-z'’-]+)\s*$")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_NAMED_THING = re.compile(r"\s*(?:网站|网|平台|系统|app|小程序|公众号|热线|网页|官网)", re.IGNORECASE)


# A figure alone in brackets ("不能少于一个月（30天）"): the figure before it restated, not a term.
_FIGURE_ALONE = re.compile(r"[\d零一二三四五六七八九十百千万两.]+\s*(?:个工作日|工作日|个月|日|天|年|元|万元|%)")


# What stands between two quoted words offered as a choice: "填“中国公民”还是“境内自然人”？".
_CHOICE_BETWEEN = re.compile(r"\s*(?:还是|或是|或者|\bor\b)\s*", re.IGNORECASE)


def _offered_with_one_the_documents_use(question: str, term: re.Match[str], corpus_text: str) -> bool:
    """Whether the quoted term is one side of a choice whose other side the documents use: the
    question asks which is right, and an answer can say so."""
    for other in _QUOTED_TERM.finditer(question):
        if other.start() == term.start():
            continue
        first, second = sorted((term, other), key=lambda quoted: quoted.start())
        if _CHOICE_BETWEEN.fullmatch(question[first.end() : second.start()]):
            if normalize(other.group(1)) in corpus_text:
                return True
    return False


def unknown_term(
    question: str, corpus_text: str, names_document: Callable[[str], bool] = lambda term: False
) -> str | None:
    """The question asks about a term it quotes (in “”, 「」 or brackets) that no indexed
    document contains. A term quoted in the user's story before the question ("…不报名他们搞的
    “诚信企业”评选…。我们可以不理会吗？") is the story's, not what is asked about; one naming an
    indexed document (its number in brackets: "（发改财金〔2023〕1103号）") names what is asked of."""
    asking = asking_part(question)
    for match in _QUOTED_TERM.finditer(question):
        if match.group(0) not in asking:
            continue
        term = match.group(1)
        if names_document(term):
            continue
        if match.group(0)[0] in "(（" and (
            "的" in term or question[: match.start()].endswith("》") or _ASIDE.match(term)
        ):
            # "去找卫健局（医院的主管部门）" (r36): the user's gloss on a name, not a term; nor is a
            # document's status after its name ("《…实施细则》（征求意见稿）": r46), nor an aside
            # saying what someone is ("一位副总（属于监察对象）": r75)
            continue
        if match.group(0)[0] in "(（" and _FIGURE_ALONE.fullmatch(term.strip()):
            continue  # (r89)
        glossed = _GLOSSED.search(question, 0, match.start())
        if (
            match.group(0)[0] in "(（"
            and glossed
            and not has_chinese(_BRACKETED.sub(" ", question))
            and normalize(glossed.group(1)) in corpus_text
        ):
            # "a government credit record (政府信用记录)" (r70): an English question's gloss of
            # words the English documents use, which the Chinese ones need not word so. (Not
            # "state compensation (国家赔偿)", which no document mentions in either language.)
            continue
        if 0 <= question.find(match.group(0)) < question.rfind(asking):
            # "镇里说要先交一笔“诚信保证金”…这“诚信保证金”也莫听说过啊，这合规矩不？" (r57): a
            # term the story quoted first is the story's, asked about again.
            continue
        if not has_chinese(term):
            continue  # English phrases are paraphrases of Chinese text, not terms of it
        if word_frequency(term) >= _EVERYDAY_WORD or _quoted_speech(term):
            continue
        before = question[max(0, match.start() - 6) : match.start()]
        if _SAID.search(before):
            continue  # 新班子说“那是上一届的事”, 暗示要“懂点事”: what someone said
        if _LABELS_THE_STORY.search(before):
            continue  # "…连货款都一起冻住了。法律对这种“一锅端”有没有限制？": the user's name for it
        if _AS_EXCUSE.search(before) and _TAKEN_AS_EXCUSE.match(question, match.end()):
            continue  # 财务就拿“没验收”当挡箭牌 (r55): the excuse someone gives
        if _GIVEN_AS_REASON.search(before):
            continue  # 会不会因为“态度不好”反而被罚得更狠 (r113): a reason given, in someone's words
        if _DEMANDED.search(question[max(0, match.start() - 20) : match.start()]):
            continue  # 让我们交一笔“安全生产保证金” (r129): a demand, named as its maker names it
        if _offered_with_one_the_documents_use(question, match, corpus_text):
            continue  # 填“中国公民”还是“境内自然人”？ (r167): a choice, one of its sides the documents'
        # A Chinese term may stand for the English wording of an English document.
        forms = [term]
        if len(term) > 2 and term[-1] in _DERIVATIONAL_SUFFIXES:
            forms.append(term[:-1])
        renderings = [normalize(f) for f in forms] + [t for f in forms for t in translate_renderings(f)]
        # ... and an everyday term for the documents' wording (“背靠背” for 以收到第三方付款作为…
        # 条件, “管理费” for 涉企行政事业性收费): one colloquial.tsv gives, whole. Not the name of a
        # website or platform (“信用中国”网站), which the documents name or do not.
        if not _NAMED_THING.match(question, match.end()):
            renderings += [normalize(t) for f in forms for t in formal_wordings(f)]
        if not any(r in corpus_text for r in renderings) and not _paraphrases_a_clause(term, corpus_text):
            return f"“{term}” not found"
    return None


def _paraphrases_a_clause(term: str, corpus_text: str) -> bool:
    """Whether a quoted phrase is a clause's rule in the user's words: eight characters or more,
    four or more of its words within a passage about as long as the phrase (“拿审计结果当结算依据”
    for 不得强制要求以审计结果作为结算依据, r109, r117). A term (“诚信保证金”, “合规管理负责人”
    for 首席合规官) is shorter.)"""
    words = sorted({w for w in tokenize(term) if len(w) >= 2}, key=corpus_text.count)
    if len(term) < 8 or len(words) < 4 or words[0] not in corpus_text:
        return False
    reach = 2 * len(term) + 10
    start = corpus_text.find(words[0])
    while start >= 0:
        passage = corpus_text[max(0, start - reach) : start + reach]
        if all(w in passage for w in words[1:]):
            return True
        start = corpus_text.find(words[0], start + 1)
    return False


@functools.lru_cache(maxsize=1)
def _other_field_terms() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (term, re.compile(re.escape(term) if has_chinese(term) else rf"\b{re.escape(term)}\b", re.IGNORECASE))
        for term in data_lines("other_fields.txt")
    )


def other_field(question: str, corpus_text: str) -> str | None:
    """The question asks about a term of a legal field the documents do not govern
    (``data/other_fields.txt``: 试用期, severance, 增值税, customs duty, 诉讼费) and no indexed
    document uses: "签三年期的劳动合同，试用期最长可以约定多久？" shares 合同, 约定 and 最长 with
    the payment clauses, and lies near enough to them to be answered from them."""
    asking = asking_part(question)
    for term, pattern in _other_field_terms():
        if pattern.search(asking) and not pattern.search(corpus_text):
            return f"“{term}” not found"
    return None


# A standard named by its code ("ISO 37301", "GB/T 35770-2022"): the documents name none.
_STANDARD_CODE = re.compile(
    # (an auditing standard too: "INTOSAI's ISSAI 4000", r161)
    # (or an auditing standard on audits: "under ISA 530", r172)
    r"(?<![A-Za-z0-9])(?:ISO(?:/IEC)?|IEC|GB(?:/T)?|BS|EN|ANSI|ISSAI|ISA)\s?\d{3,5}(?:[-:]\d{1,4})?(?!\d)"
)


def unknown_standard(question: str, corpus_text: str) -> str | None:
    """The question asks about a standard, by its code, that no indexed document names."""
    for match in _STANDARD_CODE.finditer(question):
        if normalize(match.group(0)) not in corpus_text:
            return f"“{match.group(0)}” not found"
    return None


# "“特定关系人”具体是指哪些人？", "What does 'compliance risk' mean?": a definition asked for,
# and the term it is asked of (quoted, or just before the asking words).
_ASKS_DEFINITION = re.compile(
    r"是什么意思|指的是什么|是指什么|指什么|具体指|是指哪些|指哪些|的含义|的定义|怎么定义|如何定义|何谓"
    r"|\bwhat (?:does|do) .{2,60}? mean\b|\b(?:meaning|definition) of\b|\bwhat is meant by\b|\bhow .{2,40}? defined\b",
    re.IGNORECASE,
)
_DEFINITION_ASKED_OF = [
    re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:到底|究竟)?(?:具体)?(?:是什么意思|指的是什么|是指什么|指什么|是指哪些|指哪些|的含义|的定义|怎么定义|如何定义)"),
    re.compile(r"何谓([\u4e00-\u9fff]{2,12})"),
    re.compile(r"\bwhat (?:does|do) (?:the term |the word )?['‘\"“]?([a-z][a-z -]{2,40}?)['’\"”]? mean\b", re.I),
    re.compile(r"\b(?:meaning|definition) of (?:the term |an? |the )?['‘\"“]?([a-z][a-z -]{2,40}?)['’\"”]?(?=\?|$|,| in\b| under\b| for\b)", re.I),
    re.compile(r"\bwhat is meant by (?:an? |the )?['‘\"“]?([a-z][a-z -]{2,40}?)['’\"”]?(?=\?|$|,| in\b| under\b)", re.I),
]


def _definition_asked_of(question: str) -> str | None:
    quoted = [m.group(1) for m in _QUOTED_TERM.finditer(question)] + [
        m.group(1) for m in re.finditer(r"['‘]([^'’]{2,40})['’]", question)
    ]
    if quoted:
        return quoted[0].strip()
    for pattern in _DEFINITION_ASKED_OF:
        if match := pattern.search(question):
            return match.group(1).strip()
    return None


@functools.lru_cache(maxsize=4)
def _defined_terms(corpus_text: str) -> frozenset[str]:
    """The terms the documents define ("本办法所称合规风险，是指…", "“X” means …")."""
    return frozenset(
        normalize(next(g for g in m.groups() if g).split("所称")[-1])
        for m in DEFINED_TERM.finditer(corpus_text)
    ) | frozenset(
        normalize(next(g for g in m.groups() if g)) for m in _SCOPE_STATED.finditer(corpus_text)
    )


# The documents' other way of saying what a term covers: "The scope of breach of contract and
# dishonesty includes…", "本法所称公职人员，是指…", "违约失信的范围包括…".
_SCOPE_STATED = re.compile(
    r"所称([\u4e00-\u9fff]{2,12})[，,]"
    r"|([\u4e00-\u9fff]{2,12})的(?:范围|认定范围)(?:包括|为|是)"
    r"|\bthe scope of ([a-z][a-z -]{2,60}?) (?:includes?|covers?|is|shall include)\b",
    re.IGNORECASE,
)


def undefined_term(question: str, corpus_text: str, headings: str = "") -> str | None:
    """The question asks what a term means that the documents use only in passing, never
    defining it ("特定关系人" runs through the sanctions law undefined): a clause using it is no
    definition of it. A term the documents do not use at all is `unknown_term`'s; one that
    heads a document or a clause (``headings``: 政务处分 of 《公职人员政务处分法》, 信用修复 of
    "第五十四条 健全失信惩戒和信用修复制度") is what those clauses are about, so they answer."""
    if not _ASKS_DEFINITION.search(question):
        return None
    term = _definition_asked_of(question)
    if term is None:
        return None
    if has_chinese(term) and normalize(term) not in corpus_text:
        # "政务处分法里的特定关系人是指什么": the longest end of the run the documents use.
        ends = [term[i:] for i in range(len(term) - 1) if normalize(term[i:]) in corpus_text]
        term = ends[0] if ends else term
    # The term and its renderings in the other language, as the documents would write them.
    forms = {normalize(term)} | {normalize(t) for t in glossary_counterparts(term)}
    forms = {f for f in forms if len(f) >= 2}
    if not any(f in corpus_text for f in forms):
        return None
    defined = _defined_terms(corpus_text)
    if any(f in d or d in f for f in forms for d in defined) or any(f in headings for f in forms):
        return None
    return f"term not defined: {term}"


def unknown_batch(question: str, corpus_text: str) -> str | None:
    """The question asks about a batch of a document ("the third batch of the Guangzhou
    Guidelines" where they speak of two), or a session of the lecture hall, that the documents
    never mention, in either language."""
    for installment in installments(question):
        if not any(form in corpus_text for form in installment.forms()):
            return f"“{installment.match.group(0)}” not found"
    return None
