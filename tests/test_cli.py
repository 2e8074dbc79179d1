"""The real `assistant` CLI, run as a subprocess the way users and other programs run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from .conftest import PROJECT

ANSWER_KEYS = {"question", "answer", "refused", "citations"}
CITATION_KEYS = {"id", "document", "title", "doc_number", "section", "page", "quote", "text", "score"}


def run(*args: str, index=None, stdin: str | None = None, env_index=None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    if env_index is not None:
        env["ASSISTANT_INDEX_DIR"] = str(env_index)
    command = [sys.executable, "-m", "assistant.cli"]
    if index is not None:
        command += ["--index", str(index)]
    return subprocess.run(
        command + list(args), input=stdin, capture_output=True, text=True, env=env, cwd=PROJECT,
        timeout=600,
    )


def test_asking_before_anything_is_indexed_gives_a_clear_message(tmp_path):
    result = run("ask", "What is compliance?", index=tmp_path / "empty")
    assert result.returncode == 0
    assert "Nothing is indexed yet" in result.stdout
    assert "Traceback" not in result.stderr


def test_ingest_then_ask_json_answers_every_line_of_stdin_in_one_process(tmp_path, corpus_index):
    questions = "Article 9 of the SME payment regulations\n政府失信记录怎样才能修复？\nWhat is the best recipe for dumplings?\n"
    result = run("ask", "--json", index=corpus_index, stdin=questions)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == questions.strip().split("\n")
    for line in lines:
        assert ANSWER_KEYS <= set(line)
        for citation in line["citations"]:
            assert CITATION_KEYS <= set(citation)
            assert citation["quote"] in citation["text"]
    assert lines[0]["citations"][0]["section"].endswith("第九条")
    assert lines[0]["citations"][0]["page"] == 2
    assert lines[2]["refused"] is True and lines[2]["citations"] == []


def test_index_flag_works_after_the_command_too_and_wins_over_the_env_var(tmp_path, corpus_index):
    env_points_elsewhere = run("list", "--json", "--index", str(corpus_index), env_index=tmp_path / "empty")
    assert env_points_elsewhere.returncode == 0, env_points_elsewhere.stderr
    assert len(json.loads(env_points_elsewhere.stdout)) == 7
    group_flag_overridden = run("ask", "--index", str(corpus_index), "第七十条", index=tmp_path / "empty")
    assert "第七十条" in group_flag_overridden.stdout
    assert "Nothing is indexed yet" not in group_flag_overridden.stdout


def test_list_json_shows_documents_with_metadata_and_chunk_counts(corpus_index):
    result = run("list", "--json", env_index=corpus_index)  # the env var chooses the index
    assert result.returncode == 0, result.stderr
    docs = {d["document"]: d for d in json.loads(result.stdout)}
    assert len(docs) == 7
    assert docs["cn_regs_sme_payment_guarantee_2025.pdf"]["doc_number"] == "国务院令第802号"
    assert all(d["chunks"] > 0 for d in docs.values())


def test_ingest_reports_and_prunes(tmp_path, small_corpus):
    index = tmp_path / "index"
    first = run("ingest", "--json", str(small_corpus), index=index)
    assert first.returncode == 0, first.stderr
    assert len(json.loads(first.stdout)["added"]) == 2
    (small_corpus / "ndrc_government_integrity_notice_2023_en.pdf").unlink()
    pruned = run("ingest", "--prune", str(small_corpus), index=index)
    assert pruned.returncode == 0, pruned.stderr
    assert "1 removed" in pruned.stdout and "0 chunks embedded" in pruned.stdout


def test_a_bad_file_is_skipped_with_its_reason(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "ok.txt").write_text("中央企业合规管理办法\n第一条 为推动中央企业加强合规管理，制定本办法。\n", encoding="utf-8")
    result = run("ingest", str(folder), index=tmp_path / "index")
    assert result.returncode == 0
    assert "1 added" in result.stdout
    assert "skipped scan.pdf: not a readable PDF" in result.stderr


def test_asking_within_an_unknown_document_is_an_error_that_lists_the_indexed_ones(corpus_index):
    result = run("ask", "--document", "nosuch.pdf", "What does Article 70 say?", index=corpus_index)
    assert result.returncode == 1
    assert "not in the index: nosuch.pdf" in result.stderr
    assert "cn_regs_sme_payment_guarantee_2025.pdf" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_unknown_document_error_is_in_the_language_of_the_question(corpus_index):
    result = run("ask", "--document", "nosuch.pdf", "机关应当在多少日内付款？", index=corpus_index)
    assert result.returncode == 1
    assert "索引中没有这些文件：nosuch.pdf" in result.stderr
    assert "cn_regs_sme_payment_guarantee_2025.pdf" in result.stderr


def test_removing_an_unknown_document_is_an_error_not_a_traceback(corpus_index):
    result = run("remove", "no-such-file.pdf", index=corpus_index)
    assert result.returncode == 1
    assert "is not in the index" in result.stderr
    assert "Traceback" not in result.stderr
