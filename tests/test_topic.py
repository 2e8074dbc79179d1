"""Off the documents' subject: everyday exemplars on both sides, and the vectors cached once."""

from __future__ import annotations

import re

import numpy as np
import pytest
from llama_index.core.embeddings import MockEmbedding

from assistant.topic import (
    OFF_TOPIC_FILES,
    ON_TOPIC_FILES,
    exemplar_questions,
    names_an_official,
    names_the_subject,
    off_the_subject,
)
from assistant.vectors import embedded

# Words of the documents' subject: an off-topic exemplar using one would pull questions on
# the subject towards refusal.
SUBJECT_WORDS = re.compile(
    r"公职人员|公务员|官员|干部|政府|机关|国企|央企|国有企业|中小企业|合规|贿赂|送礼|政务|失信|(?<!运)营商"
    r"|\b(?:officials?|officers?|civil servants?|government|bribes?|compliance|SMEs?|state-owned"
    r"|integrity|sanctions?)\b",
    re.IGNORECASE,
)


def _is_chinese(line: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", line) is not None


def test_both_exemplar_sets_hold_distinct_questions_in_both_languages():
    for name in OFF_TOPIC_FILES + ON_TOPIC_FILES:
        questions = exemplar_questions(name)
        assert len(questions) == len(set(questions)) >= 150, name
        chinese = sum(map(_is_chinese, questions))
        assert chinese >= 0.4 * len(questions) and len(questions) - chinese >= 0.4 * len(questions), name


def test_no_off_topic_exemplar_speaks_of_the_documents_subject():
    for name in OFF_TOPIC_FILES:
        assert [q for q in exemplar_questions(name) if SUBJECT_WORDS.search(q)] == [], name


def test_no_question_is_both_off_and_on_the_subject():
    off = {q for name in OFF_TOPIC_FILES for q in exemplar_questions(name)}
    on = {q for name in ON_TOPIC_FILES for q in exemplar_questions(name)}
    assert off & on == set()


class _CountingEmbedding(MockEmbedding):
    """A fake model (the cache logic does not depend on what the vectors mean) that counts
    the texts it embeds."""

    embedded_texts: int = 0

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        self.embedded_texts += len(texts)
        return [[float(len(t)), 1.0, 0.0] for t in texts]


def test_vectors_are_embedded_once_and_again_only_when_the_texts_or_the_model_change(tmp_path):
    model, cache = _CountingEmbedding(embed_dim=3), tmp_path / "vectors.npz"
    first = embedded(model, ["甲乙", "three"], cache)
    assert model.embedded_texts == 2
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0), "unit rows: dot products are cosines"
    again = embedded(model, ["甲乙", "three"], cache)
    assert model.embedded_texts == 2 and np.array_equal(first, again)
    changed = embedded(model, ["甲乙", "four"], cache)
    assert model.embedded_texts == 4 and changed.shape == (2, 3)
    embedded(model, ["甲乙", "four"], cache, model_id="another model")  # vectors of two models never mix
    assert model.embedded_texts == 6


def test_a_damaged_cache_is_embedded_again_not_an_error(tmp_path):
    model, cache = _CountingEmbedding(embed_dim=3), tmp_path / "vectors.npz"
    cache.write_bytes(b"PK\x03\x04 not really a zip")
    assert embedded(model, ["甲乙"], cache).shape == (1, 3)
    assert model.embedded_texts == 1
    assert embedded(model, ["甲乙"], cache).shape == (1, 3) and model.embedded_texts == 1
    assert [p.name for p in tmp_path.iterdir()] == ["vectors.npz"], "no temporary file is left"


def test_the_off_topic_check_runs_only_where_its_margin_was_calibrated_or_is_set():
    from assistant.components import off_topic_margin
    from assistant.settings import AnswerSettings, EmbeddingSettings

    assert off_topic_margin(EmbeddingSettings(), AnswerSettings()) == 0.0  # the default encoder
    # An English-only model gives any two Chinese sentences about the same cosine: off.
    assert off_topic_margin(EmbeddingSettings(model="minilm"), AnswerSettings()) is None
    assert off_topic_margin(EmbeddingSettings(model="minilm"), AnswerSettings(off_topic_margin=0.1)) == 0.1


@pytest.mark.parametrize(("question", "names_it"), [
    ("我们公司可以请局长吃饭吗？", True),
    ("Can we pay for a bureau director's family vacation?", True),
    ("A state owned bank has owed us for months.", True),  # written with or without the hyphen
    ("Do small and medium-sized firms get paid faster?", True),
    ("公司能赞助派出所的篮球队吗？", True),
    ("How is late-payment interest calculated?", True),  # the glossary's 逾期利息
    ("验收以后多久付钱？", True),  # everyday words of colloquial.tsv: 付钱 → 支付
    ("What should I write in a cover letter?", False),
    ("我朋友借了我两万块钱不还，我该怎么办？", False),
    # whole English words: "lawn" is no "law", "actor" no "act"
    ("How often should I mow the lawn? The actor in the ad says weekly.", False),
    ("What's a good recipe for dumplings?", False),
])
def test_a_question_names_the_documents_subject_or_nothing_of_it(question, names_it):
    assert names_the_subject(question) is names_it


def test_a_place_alone_does_not_name_the_subject():
    # The glossary renders Guangzhou (广州) to find the Guangzhou guidelines; a hotpot there is
    # no question about them.
    assert not names_the_subject("good hotpot near Liby Center Guangzhou?")
    assert names_the_subject("What do the Guangzhou guidelines say about accepting a banquet?")
    assert names_the_subject("广州的政商交往指引对宴请怎么规定？")


@pytest.mark.parametrize(("question", "names_one"), [
    ("能请科长喝茶吗？", True),
    ("市场监管所的副所长说他女儿找不到工作，问我们缺不缺人。", True),
    ("My wife works at the housing bureau. Can she keep her side job?", True),
    ("An official from the district asked us for a favour.", True),
    ("Can we give an official a gift?", True),
    ("Our bakery's licence renewal has sat at the district office for three months.", True),
    ("How do I get my university to send an official transcript?", False),  # an adjective
    ("所以这个场所能不能办？", False),
    ("我们部门经理让我加班。", False),  # a company's department
    # the local government in a person's words (r69), not a residential compound or a park
    ("想拿区里欠我的这笔钱去银行押着借点周转，区里必须配合吗？", True),
    ("镇里拖着工程款不给。", True),
    ("Is it OK to send a hamper of fruit to the permit officers for Dragon Boat Festival?", True),
    ("Who does our chief compliance officer report to?", False),  # the company's own officer
    ("小区里停车位怎么收费？", False),
    ("园区里有没有便宜的厂房？", False),
])
def test_a_question_names_a_public_official_or_body_or_none(question, names_one):
    assert names_an_official(question) is names_one


def test_naming_an_official_makes_a_question_off_the_subject_only_later():
    """The margin is how much nearer the question lies to everyday questions off the subject
    than to those on it; 0 is the default encoder's calibrated margin."""
    official = "My wife works at the housing bureau. Can she keep her side job doing the books?"
    assert not off_the_subject(official, 0.08, 0.0)  # near a question about a side job
    assert off_the_subject(official, 0.15, 0.0)
    personal = "I missed two credit card payments. How long will that stay on my credit report?"
    assert off_the_subject(personal, 0.0, 0.0)
    # naming nothing of the subject, sooner; naming something of it, at the margin
    assert off_the_subject("What's a good recipe for dumplings?", -0.05, 0.0)
    assert not off_the_subject("How is late-payment interest calculated?", -0.05, 0.0)
