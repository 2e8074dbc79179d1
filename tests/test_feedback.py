"""Feedback on answers: stored in SQLite in the index folder, exported as JSON Lines with the
question, the answer and its citations as shown."""

from __future__ import annotations

import json
import threading

import pytest

from assistant.feedback import FEEDBACK_FILE, FeedbackStore
from assistant.schema import Citation

CITATION = Citation(
    id=1,
    document="cn_regs_sme_payment_guarantee_2025.pdf",
    title="保障中小企业款项支付条例",
    doc_number="国务院令第802号",
    section="保障中小企业款项支付条例 › 第二章 款项支付规定 › 第九条",
    page=2,
    quote="机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项",
    text="第九条 机关、事业单位从中小企业采购货物……",
    score=0.72,
    article="第九条",
    start=1175,
    end=1230,
)
QUESTION = "机关、事业单位从中小企业采购货物，应当在多少日内支付款项？"
ANSWER = "《保障中小企业款项支付条例》规定：“……30日内支付款项”[1]"


def test_feedback_lives_in_the_index_folder_and_survives_a_restart(tmp_path):
    FeedbackStore.in_index(tmp_path).add("up", QUESTION, ANSWER, [CITATION], comment="  clear  ")
    assert (tmp_path / FEEDBACK_FILE).is_file()
    [stored] = FeedbackStore.in_index(tmp_path).all()
    assert (stored.rating, stored.comment, stored.question, stored.answer) == ("up", "clear", QUESTION, ANSWER)
    assert stored.citations == [CITATION]
    assert stored.created.endswith("+00:00")


def test_export_writes_one_json_object_per_record_in_order(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    store.add("up", QUESTION, ANSWER, [CITATION])
    store.add("down", "What is the best recipe for dumplings?", "The documents do not address this question.", [], "wrong refusal?")

    count = store.export_jsonl(tmp_path / "out" / "feedback.jsonl")

    lines = (tmp_path / "out" / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    assert count == len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert set(first) == {"id", "created", "rating", "comment", "question", "answer", "citations"}
    assert (first["rating"], second["rating"], second["comment"]) == ("up", "down", "wrong refusal?")
    assert first["citations"][0]["quote"] == CITATION.quote
    assert "保障中小企业款项支付条例" in lines[0], "Chinese is written as itself, not as \\u escapes"


def test_an_empty_store_exports_an_empty_file(tmp_path):
    assert FeedbackStore(tmp_path / "fb.sqlite3").export_jsonl(tmp_path / "feedback.jsonl") == 0
    assert (tmp_path / "feedback.jsonl").read_text() == ""


def test_only_thumbs_up_or_down_is_a_rating(tmp_path):
    with pytest.raises(ValueError, match="'up' or 'down'"):
        FeedbackStore(tmp_path / "fb.sqlite3").add("meh", QUESTION, ANSWER, [])


def test_handlers_on_several_threads_all_get_stored(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    threads = [
        threading.Thread(target=store.add, args=("up" if n % 2 else "down", f"q{n}", "a", [CITATION]))
        for n in range(20)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(f.question for f in store.all()) == sorted(f"q{n}" for n in range(20))
