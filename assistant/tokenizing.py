"""Words for lexical matching: jieba for Chinese (with a policy-term dictionary), stemmed English.

Also the bilingual glossary that lets lexical retrieval cross languages: a Chinese question
gains the English renderings of its policy terms and the reverse; an English question also
gains the Chinese terms of english_questions.tsv (the laws' vocabulary as an English speaker
puts it: "overdue interest" → 逾期利息). And the everyday → formal wording of colloquial.tsv
(Chinese) and colloquial_en.tsv (English).
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from importlib import resources

import opencc

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
_TOKEN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[.-][a-z0-9]+)*")

ENGLISH_STOPWORDS = frozenset(
    """a an the of to in on for and or but is are was were be been being by with as at from that
    this these those it its into than then there their they them he she his her we our you your i
    me my do does did doing done have has had having not no nor so such can could may might must
    shall should will would what which who whom whose when where why how if about any all also
    each other some more most very just only own same both few after before above below up down
    out over under again further once here s t don now am too let us per via within without""".split()
)
CHINESE_STOPWORDS = frozenset(
    """的 了 和 与 及 或 或者 是 在 对 将 把 被 由 从 向 以 为 于 其 之 等 中 上 下 也 都 就 而 并 且 但
    吗 呢 吧 啊 呀 么 什么 怎么 怎样 如何 哪些 哪个 哪 是否 可以 能否 能 会 要 需要 有 没有 我们 我 你 他 她
    它 他们 这 那 这个 那个 这些 那些 一个 有关 相关 规定 问 请问 一下 多少 几 吗？""".split()
)


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    dictionary = resources.files("assistant.data") / "policy_terms.txt"
    with resources.as_file(dictionary) as path:
        jieba.load_userdict(str(path))
    return jieba


@functools.lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


# British spellings, read as the American ones the English documents use: a user who writes
# "specialised committees" or "favourable" asks about the report's "specialized committees"
# and the notice's "favorable". (Roots listed, not a rule for every "-ise": advise, enterprise,
# promise and supervise are spelled so in both.)
_BRITISH_SPELLINGS = [
    (re.compile(
        r"^(organi|recogni|authori|speciali|prioriti|reali|minimi|maximi|optimi|standardi|formali|normali"
        r"|finali|penali|legali|criminali|centrali|decentrali|digiti|capitali|characteri|summari|categori"
        r"|emphasi|apologi|utili|mobili|stabili|harmoni|moderni|rationali|incentivi|moneti|privati|locali"
        r"|internationali|institutionali|regulari|jeopardi|scrutini|saniti|publici|subsidi|customi|itemi"
        r"|critici|globali|marginali|commerciali|industriali|operationali|professionali|familiari|neutrali)"
        r"s(e|ed|es|er|ers|ing|ation|ations|ational)$"
    ), r"\1z\2"),
    (re.compile(r"^(anal|paral|catal)ys(e|ed|es|ing)$"), r"\1yz\2"),
    (re.compile(
        r"^(lab|fav|hon|behavi|col|harb|neighb|endeav|rum|vig|hum|flav|arm|od|rig|val|clam|ferv|sav)our"
        r"(s|ed|ing|able|ably|ite|ites|er|ers|hood|hoods|less|ful)?$"
    ), r"\1or\2"),
    (re.compile(r"^(cent|theat|met|lit|fib|calib|somb|meag|lust)re(s|d)?$"), r"\1er\2"),
    (re.compile(r"^(lic|def|off|pret)ence(s)?$"), r"\1ense\2"),
    (re.compile(r"^(catal|dial|anal)ogue(s)?$"), r"\1og\2"),
    (re.compile(r"^(travel|cancel|label|model|fuel|counsel|level|signal|total|channel|marshal)l(ed|ing|er|ers)$"),
     r"\1\2"),
    (re.compile(r"^programme(s)?$"), r"program\1"),
    (re.compile(r"^(judg|acknowledg)ement(s)?$"), r"\1ment\2"),
    (re.compile(r"^enquir(e|ed|es|ing|y|ies)$"), r"inquir\1"),
    (re.compile(r"^(fulfil|enrol|instal)ment(s)?$"), r"\1lment\2"),
]


def american_spelling(word: str) -> str:
    """``word`` (lower case) in American spelling: "organisation" → "organization"."""
    for british, american in _BRITISH_SPELLINGS:
        if british.match(word):
            return british.sub(american, word)
    return word


@functools.lru_cache(maxsize=8192)
def english_stem(word: str) -> str:
    """The Snowball stem BM25 indexes an English word by, in American spelling: "signed" →
    "sign", "organised" → "organ"."""
    return _stemmer().stemWord(american_spelling(word))


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# Characters written Cantonese uses and Mandarin does not use so, which mark a question as Cantonese.
_CANTONESE = re.compile(r"[嘅咗唔佢哋冇嗰啲係畀喺嚟乜嘢咩噉咁啱攞揾睇]")


def has_chinese(text: str) -> bool:
    """Whether ``text`` has a Chinese character (a term, name or sentence in Chinese)."""
    return _CHINESE.search(text) is not None


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts ``word`` in its source texts (0: not a word of it)."""
    return _jieba().dt.FREQ.get(word, 0)


def jieba_words(text: str) -> list[str]:
    """jieba's words of a Chinese run, in order, stop words kept (for aligning two wordings)."""
    return _jieba().lcut(text)


def tokenize(text: str) -> list[str]:
    """Content tokens for BM25: jieba search-mode words for Chinese, stems for English."""
    jieba = _jieba()
    return _tokens(text, lambda run: [w for w in jieba.lcut_for_search(run) if w not in CHINESE_STOPWORDS])


def whole_words(text: str, known: Callable[[str], bool]) -> list[str]:
    """Content tokens counting each Chinese word once: jieba's precise-mode words, a word
    ``known`` does not know replaced by the known words inside it. Search mode (``tokenize``)
    also yields a word's parts, so 公职人员 counts as 公职 + 人员 + 公职人员: right for recall,
    but it weighs a long word three times where a match is measured."""
    jieba = _jieba()

    def words(run: str) -> list[str]:
        found: list[str] = []
        for word in jieba.lcut(run):
            if word in CHINESE_STOPWORDS:
                continue
            parts = [p for p in jieba.lcut_for_search(word) if p != word and known(p)]
            found.extend([word] if known(word) or not parts else parts)
        return found

    return _tokens(text, words)


def _tokens(text: str, chinese_words: Callable[[str], list[str]]) -> list[str]:
    """Stems of the English words of ``text`` (stop words left out), and ``chinese_words`` of
    each run of Chinese characters, in order."""
    tokens: list[str] = []
    for match in _TOKEN_RUN.finditer(normalize(text)):
        run = match.group(0)
        if _CJK_RUN.fullmatch(run):
            tokens.extend(chinese_words(run))
        elif run not in ENGLISH_STOPWORDS:
            tokens.append(english_stem(run))
    return tokens


def _longest_first(words: Iterable[str]) -> str:
    """An alternation of ``words`` that tries the longest first, where one contains another."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@functools.lru_cache(maxsize=1)
def _cantonese() -> tuple[re.Pattern[str], dict[str, str]]:
    words = dict((cantonese, mandarin[0]) for cantonese, mandarin in _pairs("cantonese.tsv"))
    return re.compile(_longest_first(words)), words


def mandarin(text: str) -> str:
    """A question written in Cantonese, in Mandarin ("佢哋有冇责任公开出嚟？" → "他们有没有责任公开
    出来？"), word for word by ``data/cantonese.tsv``: the documents, the dictionaries and every
    check read Mandarin. Text with no character only Cantonese writes is returned as it is."""
    if not _CANTONESE.search(text):
        return text
    return _in_mandarin_words(text)


# A Cantonese word read by what stands around it: 咁 opening a clause is "so" (那: "咁我客户份合约
# …"), elsewhere "this" (咁样, 咁耐, which data/cantonese.tsv gives).
_SO_OPENING = re.compile(r"(?:^|(?<=[\s，,。；;？?！!]))咁(?![样樣耐多大])")
# Words Mandarin writes alike in other senses, read once the tsv's words are (系咪 is 是不是
# there): 话 is 说 ("条例第九条话…", "仲话要搞我") but not in 电话 or 话题; 仲 is 还 but not in
# 仲裁; 系 (係 typed in Simplified) is 是 ("利息系按日万分之三计") but not in 关系, 体系 or 系统.
_CANTONESE_IN_CONTEXT = (
    (re.compile(r"(?<![电讲说对谈通会笑实废闲答问回传])话(?![题费语])"), "说"),
    (re.compile(r"仲(?!裁)"), "还"),
    (re.compile(r"(?<![关体联派维直旁院])系(?![统列数])"), "是"),
)


def _in_mandarin_words(text: str) -> str:
    pattern, words = _cantonese()
    text = pattern.sub(lambda match: words[match.group(0)], _SO_OPENING.sub("那", text))
    for word, mandarin_word in _CANTONESE_IN_CONTEXT:
        text = word.sub(mandarin_word, text)
    return text


@functools.lru_cache(maxsize=1)
def _traditional_to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# Words Traditional writing keeps in Simplified characters that the mainland writes otherwise
# (甚麼 → 甚么, where the documents and every check say 什么).
_MAINLAND_WORDS = {"甚么": "什么", "甚麽": "什么"}


@functools.lru_cache(maxsize=1)
def _pinyin_initials() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {initials.lower(): word[0] for initials, word in _pairs("pinyin_initials.tsv")}
    return re.compile(rf"(?<![A-Za-z])(?:{_longest_first(words)})(?![A-Za-z])", re.IGNORECASE), words


def _initials_as_words(text: str) -> str:
    """``text`` with the pinyin initials of ``data/pinyin_initials.tsv`` as the words they stand
    for ("区zf拖我钱" → "区政府拖我钱")."""
    pattern, words = _pinyin_initials()
    return pattern.sub(lambda match: words[match.group(0).lower()], text)


def mainland(text: str) -> str:
    """A question as the documents are written: in Mandarin (`mandarin`) and in Simplified
    characters ("《保障中小企業款項支付條例》規定" → "《保障中小企业款项支付条例》规定", by
    OpenCC), as users in Hong Kong, Macau and Taiwan write, and with typed pinyin initials as
    their words (gwy → 公务员). Cantonese words are read before the
    characters are simplified (係 is 是 there, and 系 once simplified, as in 关系), and again
    after, for Cantonese written in Traditional characters (點樣 is 点样 only then)."""
    if not has_chinese(text):
        return text
    # (typed initials too: "有几个gwy熟客", r166)
    text = _initials_as_words(text)
    cantonese = _CANTONESE.search(text) is not None
    if cantonese:
        text = _in_mandarin_words(text)
    text = _traditional_to_simplified().convert(text)
    for word, mainland_word in _MAINLAND_WORDS.items():
        text = text.replace(word, mainland_word)
    return _in_mandarin_words(text) if cantonese else text


def data_lines(name: str) -> list[str]:
    """The lines of a file of ``assistant/data``, stripped, comments (#) and blanks skipped."""
    text = (resources.files("assistant.data") / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _pairs(name: str) -> list[tuple[str, tuple[str, ...]]]:
    """``term<TAB>rendering|rendering`` lines of a data file."""
    pairs = []
    for line in data_lines(name):
        term, renderings = line.split("\t")
        pairs.append((term.strip(), tuple(r.strip() for r in renderings.split("|"))))
    return pairs


@functools.lru_cache(maxsize=1)
def _glossary() -> list[tuple[str, tuple[str, ...], EnglishWording]]:
    return [_with_wording(chinese, english) for chinese, english in _pairs("glossary.tsv")]


@functools.lru_cache(maxsize=1)
def _english_questions() -> list[tuple[str, tuple[str, ...], EnglishWording]]:
    """English wording → Chinese term, one way only: a Chinese question gains nothing from it
    (dev split: adding these renderings to Chinese questions cost evidence hit 0.94 → 0.90)."""
    return [_with_wording(chinese, english) for chinese, english in _pairs("english_questions.tsv")]


def _with_wording(
    chinese: str, english: tuple[str, ...]
) -> tuple[str, tuple[str, ...], EnglishWording]:
    english = tuple(e.lower() for e in english)
    return chinese, english, EnglishWording(english)


def _content_stems(lowered: str) -> str:
    """The stems of a text's English content words, space-separated and space-padded."""
    stems = [english_stem(w) for w in _WORD.findall(lowered) if w not in ENGLISH_STOPWORDS]
    return f" {' '.join(stems)} " if stems else ""


@functools.lru_cache(maxsize=512)
def _text_stems(lowered: str) -> str:
    # Cached: a question is matched against hundreds of entries, and often asked again.
    return _content_stems(lowered)


class EnglishWording:
    """An entry's English renderings, found in a text as written or inflected: their content
    words' stems in the same order ("large enterprises" in "a large enterprise", "breach of
    contract" in "they breached the contract", "pay" in "paying"). Compiled once: hundreds
    of entries are tried for every question. (dev split: recall@5 +0.006, recall@10 +0.006,
    MRR +0.008, evidence hit unchanged, against whole-word matching as written.)"""

    def __init__(self, renderings: tuple[str, ...]) -> None:
        self._as_written = re.compile(r"\b(?:" + "|".join(map(re.escape, renderings)) + r")\b")
        self._stems = [stems for r in renderings if (stems := _content_stems(r))]

    def search(self, lowered: str) -> bool:
        """Whether the lower-cased ``lowered`` says one of the renderings, its hyphens read
        as spaces too ("late-payment interest" says "late payment interest")."""
        if self._as_written.search(lowered):
            return True
        stems = _text_stems(lowered)
        if "-" in lowered:
            stems += _text_stems(lowered.replace("-", " "))
        return any(rendering in stems for rendering in self._stems)


@functools.lru_cache(maxsize=1)
def _colloquial() -> list[tuple[str, tuple[str, ...]]]:
    return _pairs("colloquial.tsv")


@functools.lru_cache(maxsize=1)
def _colloquial_english() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """Everyday English → the documents' wording; each word of the everyday phrase matches as
    a word prefix ("blacklist" matches "blacklisted"), across spaces or hyphens."""
    return [
        (re.compile(r"\b" + r"[\s\-]+".join(re.escape(w) + r"\w*" for w in everyday.lower().split())), formal)
        for everyday, formal in _pairs("colloquial_en.tsv")
    ]


def formal_wordings(everyday: str) -> tuple[str, ...]:
    """The documents' wordings colloquial.tsv gives for exactly this everyday term (背靠背 →
    第三方付款, 付款进度); none for a phrase that merely contains one."""
    return _everyday_entries().get(normalize(everyday), ())


@functools.lru_cache(maxsize=1)
def _everyday_entries() -> dict[str, tuple[str, ...]]:
    return {normalize(everyday): wordings for everyday, wordings in _colloquial()}


def formal_terms(text: str) -> str:
    """The formal policy wording for everyday words in ``text`` (大厂 → 大型企业, "blacklisted"
    → "dishonesty records"), space-joined, each once."""
    found = [f for _, *formal in colloquial_entries_in(text) for f in formal]
    return " ".join(dict.fromkeys(found))


@functools.lru_cache(maxsize=1024)
def colloquial_entries_in(text: str) -> tuple[tuple[str, ...], ...]:
    """The colloquial entries ``text`` uses, each as the everyday word ``text`` holds (or the
    English pattern it matched) followed by the documents' wordings for it. Cached: a
    question's wordings are read for their formal terms and again for what they ask about,
    and the English patterns are hundreds of searches."""
    found = [(everyday, *formal) for everyday, formal in _colloquial() if everyday in text]
    lowered = normalize(text)
    for pattern, formal in _colloquial_english():
        match = pattern.search(lowered)
        if match:
            found.append((match.group(0), *formal))
    return tuple(found)


def reworded(text: str, documents_use: Callable[[str], bool]) -> str:
    """``text`` with each everyday Chinese word the documents never use (``documents_use``)
    replaced by the first formal wording colloquial.tsv gives for it, longest words first:
    "可以请公务员吃饭吗" → "可以请公务员宴请吗". For the embedding models, which read 吃饭 as a
    meal and rank clauses about civil servants above the one on 宴请; a word the documents
    do use (货款, 公务员) is kept, as they mean it too. One pass over the question: a
    replacement is never read again ("老处长" → "老公职人员" is not then "老公" → "特定关系人")."""
    pattern, formal = _colloquial_words()

    def formal_unless_used(match: re.Match[str]) -> str:
        everyday = match.group(0)
        return everyday if documents_use(everyday) else formal[everyday]

    return pattern.sub(formal_unless_used, text)


@functools.lru_cache(maxsize=1)
def _colloquial_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The everyday words, longest first (so 老板个人 wins over 老板), and the first formal
    wording of each."""
    formal: dict[str, str] = {}
    for everyday, wordings in _colloquial():
        formal.setdefault(everyday, wordings[0])
    longest_first = sorted(formal, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, longest_first))), formal


def glossary_entries_in(text: str) -> list[tuple[str, ...]]:
    """The glossary entries ``text`` uses, each as all its wordings (广州, guangzhou)."""
    lowered = normalize(text)
    return [
        (chinese, *english)
        for chinese, english, pattern in _glossary()
        if chinese in text or pattern.search(lowered)
    ]


def translate_renderings(term: str) -> list[str]:
    """The English renderings the glossary gives for a Chinese term (exact entry only)."""
    return [e for chinese, english, _ in _glossary() if chinese == term for e in english]


def glossary_counterparts(term: str) -> list[str]:
    """What the glossary gives for exactly this term in the other language: the English
    renderings of a Chinese entry, or the Chinese entries that render as this English text."""
    term = normalize(term)
    return translate_renderings(term) + [
        chinese for chinese, english, _ in _glossary() if term in english
    ]


def translate_terms(text: str) -> str:
    """The glossary counterparts of the policy terms in ``text`` (both directions), and the
    Chinese terms of english_questions.tsv for its English wording; space-joined."""
    lowered = normalize(text)
    found: list[str] = []
    for chinese, english, pattern in _glossary():
        if chinese in text:
            found.extend(english)
        elif pattern.search(lowered):
            found.append(chinese)
    for chinese, _, pattern in _english_questions():
        if chinese not in found and pattern.search(lowered):
            found.append(chinese)
    return " ".join(found)
