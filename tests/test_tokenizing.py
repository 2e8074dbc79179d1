"""Words for lexical matching: Chinese policy terms stay whole, English is stemmed, and the
glossaries bridge languages and registers."""

from __future__ import annotations

import pytest

from assistant.tokenizing import (
    american_spelling,
    formal_terms,
    mainland,
    mandarin,
    reworded,
    tokenize,
    translate_terms,
    whole_words,
)


def test_policy_terms_from_the_user_dictionary_stay_whole():
    tokens = tokenize("政府违约失信后如何信用修复？")
    assert "违约失信" in tokens and "信用修复" in tokens
    assert "如何" not in tokens  # question words carry no content


def test_a_long_word_counts_once_where_a_match_is_measured():
    known = {"公职人员", "公职", "人员", "宴请", "中小", "企业"}.__contains__
    # Search mode adds a word's parts (for recall); measuring a match, they would weigh
    # 公职人员 three times against 宴请's once.
    assert {"公职", "人员", "公职人员"} <= set(tokenize("请公职人员宴请"))
    assert whole_words("请公职人员宴请", known) == ["请", "公职人员", "宴请"]
    # A word the documents never use stands for the words inside it that they do.
    assert whole_words("中小企业", known) == ["中小", "企业"]


def test_english_is_lowercased_stemmed_and_stopped():
    assert tokenize("The Officials' Contracts were BREACHED") == ["offici", "contract", "breach"]


def test_full_width_digits_match_ascii_ones():
    assert "30" in tokenize("自交付之日起３０日内")


def test_the_glossary_works_in_both_directions():
    assert "breach of contract and dishonesty" in translate_terms("违约失信怎么认定")
    assert "信用修复" in translate_terms("How does credit restoration work?")


def test_the_glossary_finds_english_terms_inflected_as_users_write_them():
    # The glossary says "large enterprises" and "breach of contract"; users write otherwise.
    assert "大型企业" in translate_terms("Must a large enterprise pay within 60 days?").split()
    assert "违约" in translate_terms("The district breached the contract").split()
    # The words in the same order, not stray words: an enterprise that is large is no term.
    assert "大型企业" not in translate_terms("Our enterprise is large").split()
    # Hyphenated as users often write it: "late-payment interest" is "late payment interest".
    assert "逾期利息" in translate_terms("What is the late-payment interest rate?").split()
    # Nor a word that only shares a stem: "officials" is not "officious" (官僚主义).
    assert translate_terms("Does a change of officials excuse a government from its contracts?").split() == [
        "合同", "公职人员",
    ]


def test_everyday_words_gain_their_formal_counterparts():
    assert "大型企业" in formal_terms("大厂拖着不给钱怎么办")
    assert "拖欠" in formal_terms("大厂拖着不给钱怎么办")
    assert formal_terms("本办法所称合规，是指企业经营管理行为符合法律法规") == ""


def test_a_question_is_reworded_where_its_words_are_ones_the_documents_never_use():
    documents = "向公职人员提供宴请、旅游等活动安排；公务员；货款"
    def documents_use(word):
        return word in documents
    # 吃饭 is not the law's word, 宴请 is; 公务员 is a word of the documents, so it stays.
    assert reworded("可以请公务员吃饭吗", documents_use) == "可以请公务员宴请吗"
    assert reworded("货款拖了半年", documents_use) == "货款拖了半年"


def test_a_replacement_is_not_reworded_again():
    # 处长 → 公职人员 makes "老公职人员"; read again, its 老公 (husband) became 特定关系人.
    assert reworded("有位老处长去年退休了", lambda word: False) == "有位老公职人员去年退休了"


def test_english_wording_reaches_the_chinese_term_but_not_the_reverse():
    assert "逾期利息" in translate_terms("Is overdue interest owed when an agency pays late?").split()
    assert "首席合规官" in translate_terms("Who is the chief compliance officer?").split()
    # A Chinese question does not gain these renderings: they would flood its BM25 query.
    assert "chief compliance officer" not in translate_terms("首席合规官由谁担任？")


def test_the_dictionaries_map_to_words_the_documents_use():
    # A rendering that points at a term no document contains can never match anything.
    import re
    from pathlib import Path

    from assistant.parsing import parse_file
    from assistant.tokenizing import _colloquial, _english_questions

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    text = "".join(
        re.sub(r"\s+", "", parse_file(p).text) for p in sorted(corpus.glob("cn_*"))
    )
    missing = [chinese for chinese, _, _ in _english_questions() if chinese not in text]
    assert missing == []
    assert all(len(chinese) >= 2 for chinese, _, _ in _english_questions())
    # Everyday Chinese → the Chinese documents' word, or one the glossary carries to the
    # English documents (政商交往 → "government-business interactions").
    unused = [
        formal
        for _, wordings in _colloquial()
        for formal in wordings
        if formal not in text and not translate_terms(formal)
    ]
    assert unused == []


def test_everyday_english_gains_the_documents_wording():
    terms = formal_terms("A township got blacklisted for going back on their word with us")
    assert "dishonesty records" in terms and "breach of contract" in terms
    assert "patient capital" in formal_terms("a long-term investment")  # "long term invest"
    assert formal_terms("The regulation defines small and medium-sized enterprises.") == ""


def test_everyday_english_maps_to_wording_the_documents_or_the_glossaries_use():
    """Each formal wording is in an English document, or is an English rendering the glossaries
    carry to a Chinese term: otherwise it could never match a clause."""
    import re
    from pathlib import Path

    from assistant.parsing import parse_file
    from assistant.tokenizing import _colloquial_english, _english_questions, _glossary

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    english = " ".join(
        re.sub(r"\s+", " ", parse_file(p).text).lower()
        for p in sorted(corpus.iterdir())
        if p.name.endswith(("_en.txt", "_en.pdf"))
    )
    renderings = {e for _, found, _ in _glossary() + _english_questions() for e in found}
    missing = [
        formal
        for _, found in _colloquial_english()
        for formal in found
        if formal.lower() not in english and formal.lower() not in renderings
    ]
    assert missing == []


@pytest.mark.parametrize(("british", "american"), [
    ("specialised", "specialized"), ("organisations", "organizations"), ("labour", "labor"),
    ("favourable", "favorable"), ("centre", "center"), ("licence", "license"), ("judgement", "judgment"),
    ("travelled", "traveled"), ("programme", "program"), ("analysed", "analyzed"),
])
def test_british_spellings_are_read_as_the_american_ones_the_documents_use(british, american):
    assert american_spelling(british) == american
    assert tokenize(british) == tokenize(american)


@pytest.mark.parametrize("word", ["enterprise", "advise", "supervise", "promise", "emphasis", "hour", "tour"])
def test_words_spelled_alike_in_both_stay_as_they_are(word):
    assert american_spelling(word) == word


def test_a_british_question_finds_the_american_clause(assistant):
    # the report: "Relying on the strength of specialized committees such as the Compliance Think Tank…"
    answer = assistant.ask(
        "Which specialised committees does the GBA Integrity and Compliance Association rely on? "
        "Is there one for human resources?"
    )
    assert not answer.refused
    assert any("specialized committees" in c.quote for c in answer.citations)


def test_a_question_in_cantonese_is_read_in_mandarin():
    assert mandarin("佢哋有冇责任公开出嚟？要几耐？") == "他们有没有责任公开出来？要多久？"
    # "唔得" is "not allowed", not 不得 (must not), which would read as a rule
    assert mandarin("我哋话用银行保函都唔得。") == "我们说用银行保函都不行。"
    # ... and words Mandarin writes alike in other senses, by what stands around them
    assert mandarin("条例讲利息系按日计 佢仲话要打电话") == "条例讲利息是按日计 他还说要打电话"
    assert mandarin("佢讲得唔得？关系体系都唔清楚") == "他讲行不行？关系体系都不清楚"
    # Mandarin, even with 系 (relation) or 呢 (a particle), is left as it is
    assert mandarin("公职人员的关系体系呢？") == "公职人员的关系体系呢？"


def test_a_question_in_traditional_characters_is_read_in_simplified():
    assert mainland("《保障中小企業款項支付條例》規定甚麼時候付款？") == "《保障中小企业款项支付条例》规定什么时候付款？"
    # Cantonese in Traditional characters: 係 is 是 (not 系, as in 关系), 點樣 is 怎样
    assert mainland("佢哋係咪要點樣處理？") == "他们是不是要怎样处理？"
    # Simplified Mandarin, and English, are left as they are
    for text in ("公职人员的关系体系呢？", "Does a change of officials excuse a government?"):
        assert mainland(text) == text


def test_typed_pinyin_initials_are_read_as_the_words_they_stand_for():
    # as a restaurant owner types on her phone (r166)
    assert mainland("区zf拖我酒席钱 有几个gwy熟客 lz急问") == "区政府拖我酒席钱 有几个公务员熟客 楼主急问"
    assert mainland("区ZF拖我钱") == "区政府拖我钱"
    # not inside a longer run of letters, nor in English text
    assert mainland("zfx是什么") == "zfx是什么"
    assert mainland("The zf team asked") == "The zf team asked"
