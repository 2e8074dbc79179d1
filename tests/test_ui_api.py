"""The page as programs and handlers see it: the /ask endpoint's JSON contract through
gradio_client on a real launched app, the chat handler's streaming and follow-ups, and the
page's safety rules (escaped document text, checked uploads, loopback unless a password)."""

from __future__ import annotations

import json
import re
import shutil
import socket

import pytest
from click.testing import CliRunner
from gradio_client import Client
from gradio_client.exceptions import AppError

from assistant.app import Assistant
from assistant.cli import cli
from assistant.parsing import parse_file
from assistant.schema import Answer, Citation
from assistant.settings import ServerSettings
from assistant.library import add_uploads, safe_filename
from assistant.rendering import (
    answer_lines,
    cards_html,
    chat_messages,
    documents_table,
    limit_sources,
    source_html,
    verdict_html,
)
from assistant.ui import UnsafeServer, build_app, check_exposure, launch
from assistant.verification import Verdict

from .conftest import CORPUS, NDRC_PDF
from .ui_fixtures import free_port, isolated_settings, served_page  # noqa: F401 (fixture)

ASK_FIELDS = {"question", "answer", "refused", "confidence", "reranker_score", "citations", "related"}
SME_QUESTION = "机关、事业单位从中小企业采购货物，应当在多少日内支付款项？"
SME = "cn_regs_sme_payment_guarantee_2025.pdf"
NDRC = NDRC_PDF.name


@pytest.fixture(scope="module")
def client(served_page):  # noqa: F811
    return Client(served_page.url, verbose=False)


def handler(page, name: str):
    """The page's own event handler ``name`` (the function the browser's event runs)."""
    return next(f.fn for f in page.app.fns.values() if f.name == name)


# --- /ask ---------------------------------------------------------------------------------
def test_ask_endpoint_returns_exactly_the_json_of_ask_json(client, corpus_index):
    got = client.predict(SME_QUESTION, api_name="/ask")
    printed = CliRunner().invoke(cli, ["--index", str(corpus_index), "ask", "--json", SME_QUESTION])
    assert printed.exit_code == 0, printed.output
    assert got == json.loads(printed.stdout)
    assert set(got) == ASK_FIELDS


def _shown_verbatim(quote: str, answer: str) -> bool:
    """Whether the answer shows ``quote`` word for word, whole or with what lies between a
    list's lead-in and its item left out (……): every piece in order, none altered."""
    if quote in answer:
        return True
    for line in answer.splitlines():
        pieces = re.split(r"……| … ", line.partition("“")[2].rpartition("”")[0])
        position = 0
        for piece in pieces:
            position = quote.find(piece, position)
            if not piece or position < 0:
                break
            position += len(piece)
        else:
            if len(pieces) > 1 and quote.startswith(pieces[0]) and quote.endswith(pieces[-1]):
                return True
    return False


@pytest.mark.parametrize(
    ("question", "document"),
    [
        (SME_QUESTION, SME),
        ("Does a change of officials excuse a government from its contracts?", None),
        ("第九条 of the SME payment regulation", SME),
    ],
)
def test_ask_endpoint_quotes_are_verbatim_spans_of_their_documents(client, question, document):
    got = client.predict(question, api_name="/ask")
    assert not got["refused"]
    assert got["citations"]
    for citation in got["citations"]:
        text = parse_file(CORPUS / citation["document"]).text
        assert text[citation["start"] : citation["end"]] == citation["quote"]
        assert _shown_verbatim(citation["quote"], got["answer"])
        assert f"[{citation['id']}]" in got["answer"]
    if document:
        assert got["citations"][0]["document"] == document


def test_ask_endpoint_refuses_what_no_clause_answers_with_related_clauses(client):
    got = client.predict("官员来公司讲课，讲课费标准是多少？", api_name="/ask")  # no clause sets a fee
    assert got["refused"] is True
    assert got["citations"] == []
    assert got["related"], "refusals carry the nearest clauses as related, not an answer"


def test_ask_endpoint_refuses_questions_off_the_documents_subject_without_related_clauses(client):
    got = client.predict("What is the best recipe for dumplings?", api_name="/ask")
    assert got["refused"] is True
    assert got["answer"].startswith("The question is about something the indexed documents do not cover")
    assert got["citations"] == [] and got["related"] == []


def test_only_ask_and_verify_are_api_endpoints(client):
    api = client.view_api(print_info=False, return_format="dict")
    assert set(api["named_endpoints"]) == {"/ask", "/verify"}


def test_verify_endpoint_returns_a_verdict(client):
    got = client.predict("政府因为人员变动不履行合同，不算违约失信", "", "", api_name="/verify")
    assert got["verdict"] == "contradicted"
    assert got["clauses"][0]["document"] == NDRC


def test_verify_endpoint_names_a_document_that_is_not_indexed(client):
    with pytest.raises(AppError, match="not in the index: nosuch.pdf"):
        client.predict("大型企业应当在60日内支付款项", "nosuch.pdf", "", api_name="/verify")


# --- the chat handler ------------------------------------------------------------------------
def test_the_chat_streams_the_answer_one_quote_at_a_time_then_shows_the_cards(served_page):  # noqa: F811
    respond = handler(served_page, "respond")
    updates = list(respond(SME_QUESTION, [], [], 3, "en"))
    history = updates[-1][2]
    answer = Answer.model_validate(history[0])
    shown = [u[0][-1]["content"] for u in updates[1:-1]]
    assert len(shown) == len(answer.citations)
    assert all(later.startswith(earlier) for earlier, later in zip(shown, shown[1:]))
    assert shown[-1].count("](#cite-0-") == len(answer.citations)
    assert 'data-cite="0-1"' in updates[-1][1]
    assert updates[0][0][-1]["content"] == "Searching the documents…"


def test_a_follow_up_question_uses_the_conversation(served_page):  # noqa: F811
    respond = handler(served_page, "respond")
    history = list(respond(SME_QUESTION, [], [], 3, "en"))[-1][2]
    history = list(respond("那大型企业呢？", history, [], 3, "en"))[-1][2]
    follow_up = Answer.model_validate(history[1])
    assert not follow_up.refused
    assert any("大型企业" in c.quote and "60日" in c.quote for c in follow_up.citations)


def test_the_document_filter_and_the_number_of_sources_apply(served_page):  # noqa: F811
    respond = handler(served_page, "respond")
    question = "Does a change of officials excuse a government from its contracts?"
    history = list(respond(question, [], [NDRC], 1, "en"))[-1][2]
    answer = Answer.model_validate(history[0])
    assert [c.document for c in answer.citations] == [NDRC]


def test_a_chosen_document_removed_meanwhile_is_named_in_the_reply_and_not_kept(served_page):  # noqa: F811
    # The filter lists what was indexed when the page drew it; the CLI may have removed one since.
    respond = handler(served_page, "respond")
    updates = list(respond(SME_QUESTION, [], ["removed-meanwhile.pdf"], 3, "en"))
    reply, history = updates[-1][0][-1]["content"], updates[-1][2]
    assert reply.startswith("No longer in the index")
    assert "removed\\-meanwhile\\.pdf" in reply
    assert history == []
    reply = list(respond(SME_QUESTION, [], ["removed-meanwhile.pdf"], 3, "zh"))[-1][0][-1]["content"]
    assert reply.startswith("所选文件已不在索引中")


def test_a_clicked_marker_opens_the_clause_in_its_document(served_page):  # noqa: F811
    from gradio import EventData

    respond = handler(served_page, "respond")
    history = list(respond(SME_QUESTION, [], [], 3, "en"))[-1][2]
    viewer, image = handler(served_page, "open_source")(history, "en", EventData(None, {"cite": "0-1"}))
    quote = Answer.model_validate(history[0]).citations[0].quote
    assert f'<mark id="source-quote">{quote}</mark>' in viewer
    assert image["visible"] is True and image["value"] is not None  # the PDF page, rendered


# --- rendering and uploads -----------------------------------------------------------------
HOSTILE = '<img src=x onerror="alert(1)"> [link](javascript:alert(2)) ![i](http://x/y.png) ${7*7} {{x}}'


def _hostile_citation() -> Citation:
    text = f"before {HOSTILE} after"
    return Citation(
        id=1, document="evil.txt", title=HOSTILE, doc_number=HOSTILE, section=HOSTILE, page=None,
        quote=HOSTILE, text=text, score=0.9, article="第一条", start=7, end=7 + len(HOSTILE),
    )


def test_document_text_is_escaped_wherever_the_page_shows_it():
    citation = _hostile_citation()
    answer = Answer(question=HOSTILE, answer=f"《{HOSTILE}》规定：“{HOSTILE}”[1]", refused=False, citations=[citation])
    refusal = Answer(question=HOSTILE, answer="none", refused=True, related=[citation])
    verdict = Verdict(claim=HOSTILE, verdict="supported", explanation=HOSTILE, clauses=[citation])
    html_views = [
        cards_html(answer, 0, "en"),
        cards_html(refusal, 0, "zh"),
        source_html(citation, citation.text, "en"),
        verdict_html(verdict, "en"),
    ]
    for view in html_views:
        assert "<img" not in view and "${" not in view and "{{" not in view
        assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in view
    markdown = "\n".join(
        answer_lines(answer, 0, "en") + answer_lines(refusal, 0, "en")
        + [m["content"] for m in chat_messages([answer.model_dump()], "en")]
    )
    assert "<img" not in markdown
    assert "](javascript" not in markdown and "](http" not in markdown


def test_fewer_sources_keep_only_the_quotes_that_cite_them():
    def cite(n: int) -> Citation:
        return Citation(id=n, document="d", title="t", doc_number=None, section="s", page=None,
                        quote=f"q{n}", text=f"q{n}", score=1.0)

    answer = Answer(question="?", answer="A: “q1\nstill q1” [1]\nB: “q2” [2]\nC: “q3” [3]", refused=False,
                    citations=[cite(1), cite(2), cite(3)])
    limited = limit_sources(answer, 2)
    assert limited.answer == "A: “q1\nstill q1” [1]\nB: “q2” [2]"
    assert [c.id for c in limited.citations] == [1, 2]


@pytest.mark.parametrize(
    ("uploaded", "saved"),
    [
        ("../../x.pdf", "x.pdf"),
        ("..\\..\\windows\\evil.txt", "evil.txt"),
        ("/etc/passwd.md", "passwd.md"),
        ("report\x00\x1b[31m\u202egpj.pdf", "report[31mgpj.pdf"),
        (".hidden.md", "hidden.md"),
        ("  保障条例 2025.pdf  ", "保障条例 2025.pdf"),
        ('a<b>:"c"|d?*.txt', "abcd.txt"),
    ],
)
def test_upload_names_are_sanitised(uploaded, saved):
    assert safe_filename(uploaded) == saved


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """An Assistant over a private index of one corpus document, with its own corpus folder."""
    root = tmp_path_factory.mktemp("library")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(NDRC_PDF, corpus / NDRC)
    assistant = Assistant(isolated_settings(index_dir=root / "index", corpus_dir=corpus))
    assert not assistant.ingest([corpus]).failed
    return assistant


def test_uploads_are_checked_saved_under_safe_names_and_indexed(library, tmp_path):
    incoming = tmp_path / "incoming"
    (incoming / "deep").mkdir(parents=True)
    good = incoming / "deep" / "..\\..\\integrity copy.pdf"
    shutil.copy(NDRC_PDF, good)
    broken = incoming / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not really a pdf")
    program = incoming / "run-me.exe"
    program.write_bytes(b"MZ\x90\x00")
    huge = incoming / "huge.txt"
    huge.write_text("第一条 " + "很长的文字。" * 200_000, encoding="utf-8")
    corpus = library.settings.corpus_dir

    report = add_uploads(library, [good, broken, program, huge], corpus, max_bytes=1 * 2**20)

    assert report.added == ["integrity copy.pdf"]
    assert sorted(p.name for p in corpus.iterdir()) == sorted([NDRC, "integrity copy.pdf"])
    assert set(report.failed) == {"broken.pdf", "run-me.exe", "huge.txt"}
    assert "not a readable PDF" in report.failed["broken.pdf"]
    assert "unsupported file type '.exe'" in report.failed["run-me.exe"]
    assert "upload limit" in report.failed["huge.txt"]
    assert {d.document for d in library.documents()} == {NDRC, "integrity copy.pdf"}


def test_a_bad_upload_never_replaces_a_good_document_of_the_same_name(library, tmp_path):
    before = (library.settings.corpus_dir / NDRC).read_bytes()
    impostor = tmp_path / NDRC
    impostor.write_bytes(b"%PDF-1.4 broken")

    report = add_uploads(library, [impostor], library.settings.corpus_dir, max_bytes=2**20)

    assert NDRC in report.failed
    assert (library.settings.corpus_dir / NDRC).read_bytes() == before
    assert library.index.document(NDRC).sha256 == parse_file(NDRC_PDF).sha256


def test_the_library_shows_changed_and_missing_files_and_reindex_updates_them(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rules = corpus / "rules.md"
    rules.write_text("# 测试办法\n\n第一条 单位应当在十日内答复。\n", encoding="utf-8")
    settings = isolated_settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    assistant = Assistant(settings)
    assistant.ingest([corpus])
    reindex = next(f.fn for f in build_app(assistant, settings).fns.values() if f.name == "reindex_documents")

    def status() -> list[str]:
        return [row[8] for row in documents_table(assistant.documents(), "en")]

    assert status() == ["indexed"]
    rules.write_text("# 测试办法\n\n第一条 单位应当在二十日内答复。\n", encoding="utf-8")
    assert status() == ["changed on disk"]
    note, *_ = reindex("en", progress=lambda *args, **kwargs: None)
    assert note == "**Updated:** rules\\.md"
    assert status() == ["indexed"]
    rules.unlink()
    assert status() == ["file missing"]


# --- binding and authentication --------------------------------------------------------------
@pytest.mark.parametrize(
    ("host", "username", "password", "allowed"),
    [
        ("127.0.0.1", None, None, True),
        ("localhost", None, None, True),
        ("::1", None, None, True),
        ("0.0.0.0", None, None, False),
        ("192.168.1.20", "reader", None, False),
        ("0.0.0.0", "reader", "s3cret", True),
    ],
)
def test_a_non_loopback_address_needs_a_username_and_password(host, username, password, allowed):
    server = ServerSettings(host=host, auth_username=username, auth_password=password)
    if allowed:
        check_exposure(server)
    else:
        with pytest.raises(UnsafeServer, match="auth_username"):
            check_exposure(server)


def test_the_page_asks_for_the_password_when_one_is_set(corpus_index, tmp_path):
    settings = isolated_settings(
        index_dir=corpus_index,
        corpus_dir=tmp_path,
        server=ServerSettings(port=free_port(), auth_username="reader", auth_password="s3cret"),
    )
    app = launch(settings, block=False)
    try:
        with pytest.raises(Exception):
            Client(app.local_url, verbose=False).predict(SME_QUESTION, api_name="/ask")
        reader = Client(app.local_url, auth=("reader", "s3cret"), verbose=False)
        assert reader.predict(SME_QUESTION, api_name="/ask")["citations"]
    finally:
        app.close()


def test_starting_the_page_says_what_it_indexed_and_where_the_page_is(tmp_path):
    port = free_port()
    settings = isolated_settings(index_dir=tmp_path / "index", server=ServerSettings(port=port))
    lines: list[str] = []
    app = launch(settings, block=False, say=lines.append)
    try:
        assert lines[0].startswith("The index is empty: indexing")
        assert "7 documents indexed, 365 chunks" in lines[1]
        assert lines[-1].startswith(f"Chat page ready: http://127.0.0.1:{port}")
    finally:
        app.close()


def test_serve_refuses_a_public_address_without_a_password(tmp_path):
    result = CliRunner().invoke(cli, ["--index", str(tmp_path / "index"), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert "Refusing to serve on 0.0.0.0" in result.output
    assert not (tmp_path / "index").exists(), "it refuses before indexing anything"


def test_serve_names_a_busy_port_before_indexing_anything(tmp_path):
    # An earlier `assistant serve` still listening ended, after the indexing, in Gradio's
    # "Cannot find empty port" traceback.
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["--index", str(tmp_path / "index"), "serve", "--port", str(port)])
    assert result.exit_code == 1
    assert f"Port {port} on 127.0.0.1 is already in use" in result.output
    assert f"assistant serve --port {port + 1}" in result.output
    assert not (tmp_path / "index").exists(), "it refuses before indexing anything"
