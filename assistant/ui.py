"""The chat page: a Gradio front end over ``Assistant``, ``verify`` and ``FeedbackStore``.

Handlers parse input, call the library and render through ``rendering`` (which escapes every
piece of document text); what the page says is in ``page_text``. The named endpoint ``/ask``
returns exactly the JSON object of ``assistant ask --json``.
"""

from __future__ import annotations

import errno
import ipaddress
import json
import re
import socket
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import gradio as gr

from .feedback import FeedbackStore
from .indexing import IndexProblem, UnknownDocument
from .library import add_uploads, document_text
from .page_text import EXAMPLES, TEXT
from .parsing import SUPPORTED_SUFFIXES
from .pdfview import render_pdf_page
from .rendering import (
    answer_lines,
    cards_html,
    chat_messages,
    documents_table,
    escape_html,
    escape_markdown,
    find_citation,
    limit_sources,
    report_markdown,
    source_html,
    verdict_html,
)
from .schema import Answer
from .settings import ServerSettings, Settings
from .verification import verify

if TYPE_CHECKING:

    from .app import Assistant

__all__ = [
    "UnsafeServer",
    "build_app",
    "check_exposure",
    "launch",
]

CSS = """
.cite-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 10px;
  margin: 0 0 8px 0; cursor: pointer; background: var(--background-fill-secondary); }
.cite-card:hover, .cite-card:focus { border-color: var(--color-accent); outline: none; }
.cite-card.related { border-style: dashed; }
.cite-head { font-weight: 600; }
.cite-meta { font-size: 0.85em; opacity: 0.8; margin: 2px 0 4px; }
.cite-card blockquote { margin: 0; padding-left: 8px; border-left: 3px solid var(--color-accent); }
.cards-title { font-weight: 600; margin: 4px 0 8px; }
.source-text { white-space: pre-wrap; max-height: 420px; overflow-y: auto; padding: 8px;
  border: 1px solid var(--border-color-primary); border-radius: 8px; line-height: 1.6; }
.source-text mark { background: #ffe066; color: inherit; padding: 0 1px; }
.verdict { font-size: 1.1em; font-weight: 700; padding: 6px 10px; border-radius: 6px; display: inline-block; }
.verdict.supported { background: #d3f9d8; color: #1b5e20; }
.verdict.contradicted { background: #ffe3e3; color: #8a1c1c; }
.verdict.not_found { background: #e9ecef; color: #343a40; }
"""

# Delegated clicks: a card opens its citation; a marker link "#cite-<turn>-<id>" in the chat
# opens the same (the chat re-renders its messages, so listeners live on the document).
CARDS_JS = """
window.__openCitation = (ref) => trigger('click', {cite: ref});
element.addEventListener('click', (e) => {
  const card = e.target.closest('[data-cite]');
  if (card) window.__openCitation(card.dataset.cite);
});
element.addEventListener('keydown', (e) => {
  const card = e.target.closest('[data-cite]');
  if (card && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); window.__openCitation(card.dataset.cite); }
});
if (!window.__citeMarkers) {
  window.__citeMarkers = true;
  document.addEventListener('click', (e) => {
    const link = e.target.closest('a[href*="#cite-"]');
    if (!link) return;
    e.preventDefault();
    e.stopPropagation();
    window.__openCitation(link.getAttribute('href').split('#cite-')[1]);
  }, true);
}
"""

# The viewer scrolls its text box (not the page) so the highlighted quote is in view.
VIEWER_JS = """
watch('value', () => {
  const box = element.querySelector('.source-text');
  const mark = element.querySelector('mark');
  if (box && mark) box.scrollTop = mark.offsetTop - box.offsetTop - box.clientHeight / 3;
});
"""

# --- the page ---------------------------------------------------------------------------------
def problem_text(problem: IndexProblem, lang: str) -> str:
    """What the page says of an index problem: a document chosen in the filter may have been
    removed (from the CLI) since the page listed it."""
    if isinstance(problem, UnknownDocument):
        return TEXT[lang]["chosen_not_indexed"].format(names=", ".join(problem.missing))
    return str(problem)


def build_app(assistant: Assistant, settings: Settings) -> gr.Blocks:
    """The page over one Assistant: chat, source viewer, verify, library, settings, /ask."""
    feedback = FeedbackStore.in_index(settings.index_dir)
    max_bytes = settings.server.max_upload_mb * 2**20
    most_sources = max(settings.answer.max_clauses, 1)
    t = TEXT["en"]

    def document_choices() -> list[tuple[str, str]]:
        return [(f"{d.title} ({d.document})", d.document) for d in assistant.documents()]

    with gr.Blocks(title="Policy assistant", analytics_enabled=False) as app:
        turns = gr.State([])  # one Answer (as a dict) per question asked in this session
        header = gr.Markdown(t["title"])
        with gr.Tabs():
            with gr.Tab(t["chat"], id="chat") as chat_tab:
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            label=t["conversation"], height=520, elem_id="chat",
                            examples=[{"text": q} for q in EXAMPLES], latex_delimiters=[],
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                placeholder=t["question"], show_label=False, scale=5,
                                elem_id="question", max_lines=4,
                            )
                            ask = gr.Button(t["ask"], variant="primary", scale=1, elem_id="ask")
                        chosen = gr.Dropdown(
                            document_choices(), multiselect=True, label=t["filter"], elem_id="filter"
                        )
                        comment = gr.Textbox(label=t["comment"], elem_id="comment", max_lines=3)
                        thanks = gr.Markdown(elem_id="feedback-note")
                    with gr.Column(scale=2):
                        cards = gr.HTML(
                            cards_html(None, 0, "en"), elem_id="citation-cards", js_on_load=CARDS_JS
                        )
                        viewer = gr.HTML(elem_id="source-viewer", js_on_load=VIEWER_JS)
                        page_image = gr.Image(
                            label=t["page_image"], type="pil", interactive=False, visible=False,
                            elem_id="source-page",
                        )
            with gr.Tab(t["verify"], id="verify") as verify_tab:
                claim = gr.Textbox(label=t["claim"], placeholder=t["claim_hint"], lines=3, elem_id="claim")
                with gr.Row():
                    claim_document = gr.Dropdown(
                        document_choices(), value=None, label=t["document"], elem_id="claim-document"
                    )
                    claim_article = gr.Textbox(label=t["article"], elem_id="claim-article")
                check = gr.Button(t["check"], variant="primary", elem_id="check")
                verdict = gr.HTML(elem_id="verdict")
            with gr.Tab(t["library"], id="library") as library_tab:
                table = gr.Dataframe(
                    documents_table(assistant.documents(), "en"), headers=t["columns"],
                    interactive=False, wrap=True, elem_id="library-table", max_height=1200,
                    column_widths=["22%", "11%", "11%", "8%", "8%", "7%", "6%", "6%", "8%", "13%"],
                )
                uploads = gr.File(
                    label=t["upload"], file_count="multiple", file_types=list(SUPPORTED_SUFFIXES),
                    elem_id="uploads",
                )
                add = gr.Button(t["add"], variant="primary", elem_id="add")
                library_note = gr.Markdown(elem_id="library-note")
                with gr.Row():
                    to_remove = gr.Dropdown(document_choices(), label=t["remove_choice"], elem_id="to-remove")
                    remove = gr.Button(t["remove"], variant="stop", elem_id="remove")
                    reindex = gr.Button(t["reindex"], elem_id="reindex")
                library_hint = gr.Markdown(t["library_hint"])
            with gr.Tab(t["settings"], id="settings") as settings_tab:
                mode = gr.Radio(
                    t["modes"], value="extractive", label=t["mode"], info=t["mode_info"],
                    interactive=False,
                )
                sources = gr.Slider(
                    1, most_sources, value=most_sources, step=1, label=t["sources_count"],
                    elem_id="sources",
                )
                language = gr.Radio(
                    [("English", "en"), ("中文", "zh")], value="en", label=t["language"],
                    elem_id="language",
                )
                feedback_title = gr.Markdown(f"### {t['feedback']}")
                export = gr.Button(t["export"], elem_id="export")
                export_file = gr.File(label=t["export_file"], interactive=False, elem_id="export-file")

        # --- chat ---------------------------------------------------------------------------
        def respond(text: str, history: list[dict], documents: list[str], count: float, lang: str):
            text = (text or "").strip()
            if not text:
                yield gr.skip(), gr.skip(), gr.skip(), gr.skip()
                return
            shown = chat_messages(history, lang) + [{"role": "user", "content": escape_markdown(text)}]
            yield shown + [{"role": "assistant", "content": TEXT[lang]["searching"]}], gr.skip(), history, ""
            past = [h["question"] for h in history]
            try:
                answer = limit_sources(assistant.ask(text, past, documents or None), int(count))
            except IndexProblem as exc:
                reply = escape_markdown(problem_text(exc, lang))
                yield shown + [{"role": "assistant", "content": reply}], gr.skip(), history, ""
                return
            history = history + [answer.model_dump()]
            lines = answer_lines(answer, len(history) - 1, lang)
            for n in range(1, len(lines) + 1):  # stream the answer line by line
                yield shown + [{"role": "assistant", "content": "\n".join(lines[:n])}], gr.skip(), history, ""
            yield gr.skip(), cards_html(answer, len(history) - 1, lang), history, ""

        chat_io = dict(
            inputs=[question, turns, chosen, sources, language],
            outputs=[chatbot, cards, turns, question],
            api_visibility="private",
        )
        question.submit(respond, **chat_io)
        ask.click(respond, **chat_io)
        def pick_example(evt: gr.SelectData) -> str:
            return evt.value["text"]

        chatbot.example_select(pick_example, None, question, api_visibility="private").then(
            respond, **chat_io
        )
        chatbot.clear(
            lambda lang: ([], cards_html(None, 0, lang), "", gr.update(visible=False)),
            language, [turns, cards, viewer, page_image], api_visibility="private",
        )

        def open_source(history: list[dict], lang: str, evt: gr.EventData):
            citation = find_citation(history, getattr(evt, "cite", ""))
            if citation is None:
                return gr.skip(), gr.skip()
            text, path = document_text(assistant, citation.document)
            image = None
            if path is not None and path.suffix.lower() == ".pdf" and citation.page and text is not None:
                try:
                    image = render_pdf_page(path, citation.page, citation.quote)
                except ImportError:  # pypdfium2 missing: the text view still shows the quote
                    image = None
            return source_html(citation, text, lang), gr.update(value=image, visible=image is not None)

        cards.click(open_source, [turns, language], [viewer, page_image], api_visibility="private")

        def rate(history: list[dict], note: str, lang: str, evt: gr.LikeData):
            index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
            if not history or index // 2 >= len(history):
                return gr.skip(), gr.skip()
            answer = Answer.model_validate(history[index // 2])
            rating = "up" if evt.liked is True or evt.liked == "Like" else "down"
            feedback.add(rating, answer.question, answer.answer, answer.citations or answer.related, note or "")
            return TEXT[lang]["thanks"].format(rating="👍" if rating == "up" else "👎"), ""

        chatbot.like(rate, [turns, comment, language], [thanks, comment], api_visibility="private")

        # --- verify -------------------------------------------------------------------------
        def check_claim(text: str, document: str | None, article: str, lang: str) -> str:
            if not (text or "").strip():
                return f"<p>{TEXT[lang]['empty_claim']}</p>"
            try:
                verdict = verify(assistant, text, document or None, (article or "").strip() or None)
            except IndexProblem as exc:
                return f"<p>{escape_html(problem_text(exc, lang))}</p>"
            return verdict_html(verdict, lang)

        check.click(check_claim, [claim, claim_document, claim_article, language], verdict, api_visibility="private")

        # --- library ------------------------------------------------------------------------
        def refreshed(lang: str) -> tuple:
            choices = document_choices()
            return (
                documents_table(assistant.documents(), lang),
                gr.update(choices=choices),
                gr.update(choices=choices),
                gr.update(choices=choices, value=None),
            )

        library_outputs = [library_note, table, chosen, claim_document, to_remove]
        # The layout is built once; each new visit gets the library as it is now.
        app.load(refreshed, language, library_outputs[1:], api_visibility="private")

        def add_files(files: list[str] | None, lang: str, progress=gr.Progress()):
            if not files:
                return (TEXT[lang]["nothing_uploaded"], *refreshed(lang))
            try:
                report = add_uploads(
                    assistant, files, settings.corpus_dir, max_bytes,
                    progress=lambda name, n, total: progress((n - 1, total), desc=name),
                )
            except IndexProblem as exc:
                return (escape_markdown(str(exc)), *refreshed(lang))
            return (report_markdown(report, lang), *refreshed(lang))

        add.click(add_files, [uploads, language], library_outputs, api_visibility="private").then(
            lambda: None, None, uploads, api_visibility="private"
        )

        def remove_document(name: str | None, lang: str):
            if not name:
                return (gr.skip(), *refreshed(lang))
            if assistant.remove(name):
                note = f"**{TEXT[lang]['removed']}:** {escape_markdown(name)}"
            else:
                note = f"{escape_markdown(name)} {TEXT[lang]['not_indexed']}"
            return (note, *refreshed(lang))

        remove.click(remove_document, [to_remove, language], library_outputs, api_visibility="private")

        def reindex_documents(lang: str, progress=gr.Progress()):
            paths = [Path(d.path) for d in assistant.documents() if Path(d.path).is_file()]
            try:
                report = assistant.ingest(paths, progress=lambda name, n, total: progress((n - 1, total), desc=name))
            except IndexProblem as exc:
                return (escape_markdown(str(exc)), *refreshed(lang))
            return (report_markdown(report, lang), *refreshed(lang))

        reindex.click(reindex_documents, language, library_outputs, api_visibility="private")

        # --- settings -----------------------------------------------------------------------
        def export_feedback():
            path = Path(tempfile.mkdtemp(prefix="feedback-")) / "feedback.jsonl"
            feedback.export_jsonl(path)
            return str(path)

        export.click(export_feedback, None, export_file, api_visibility="private")

        translated: list[tuple[gr.components.Component | gr.blocks.Block, Callable[[dict], dict]]] = [
            (header, lambda x: {"value": x["title"]}),
            (chat_tab, lambda x: {"label": x["chat"]}),
            (verify_tab, lambda x: {"label": x["verify"]}),
            (library_tab, lambda x: {"label": x["library"]}),
            (settings_tab, lambda x: {"label": x["settings"]}),
            (chatbot, lambda x: {"label": x["conversation"]}),
            (question, lambda x: {"placeholder": x["question"]}),
            (ask, lambda x: {"value": x["ask"]}),
            (chosen, lambda x: {"label": x["filter"]}),
            (comment, lambda x: {"label": x["comment"]}),
            (page_image, lambda x: {"label": x["page_image"]}),
            (claim, lambda x: {"label": x["claim"], "placeholder": x["claim_hint"]}),
            (claim_document, lambda x: {"label": x["document"]}),
            (claim_article, lambda x: {"label": x["article"]}),
            (check, lambda x: {"value": x["check"]}),
            (uploads, lambda x: {"label": x["upload"]}),
            (add, lambda x: {"value": x["add"]}),
            (to_remove, lambda x: {"label": x["remove_choice"]}),
            (remove, lambda x: {"value": x["remove"]}),
            (reindex, lambda x: {"value": x["reindex"]}),
            (library_hint, lambda x: {"value": x["library_hint"]}),
            (mode, lambda x: {"label": x["mode"], "info": x["mode_info"], "choices": x["modes"]}),
            (sources, lambda x: {"label": x["sources_count"]}),
            (language, lambda x: {"label": x["language"]}),
            (feedback_title, lambda x: {"value": f"### {x['feedback']}"}),
            (export, lambda x: {"value": x["export"]}),
            (export_file, lambda x: {"label": x["export_file"]}),
        ]

        def switch_language(lang: str, history: list[dict]):
            latest = Answer.model_validate(history[-1]) if history else None
            return [gr.update(**label(TEXT[lang])) for _, label in translated] + [
                gr.update(value=documents_table(assistant.documents(), lang), headers=TEXT[lang]["columns"]),
                cards_html(latest, len(history) - 1, lang),
                chat_messages(history, lang),
            ]

        language.change(
            switch_language, [language, turns],
            [c for c, _ in translated] + [table, cards, chatbot], api_visibility="private",
        )

        # --- API ----------------------------------------------------------------------------
        def ask_api(question: str) -> dict:
            """Answer one question: the JSON object `assistant ask --json` prints."""
            answer = assistant.ask(question)
            return json.loads(answer.model_dump_json())  # exactly `assistant ask --json`

        def verify_api(claim: str, document: str = "", article: str = "") -> dict:
            """Check a claim against the documents: supported, contradicted or not_found."""
            try:
                verdict = verify(assistant, claim, document or None, article or None)
            except IndexProblem as exc:
                raise gr.Error(str(exc)) from exc
            return json.loads(verdict.model_dump_json())

        gr.api(ask_api, api_name="ask")
        gr.api(verify_api, api_name="verify")
    return app


# --- serving ----------------------------------------------------------------------------------
class UnsafeServer(ValueError):
    """The page would be reachable from the network without a password."""


def check_exposure(server: ServerSettings) -> None:
    """Refuse a non-loopback address unless a username and password are set."""
    if _is_loopback(server.host) or (server.auth_username and server.auth_password):
        return
    raise UnsafeServer(
        f"Refusing to serve on {server.host}: the page would be reachable from the network "
        "without a password. Set server.auth_username and server.auth_password (env "
        "ASSISTANT_SERVER__AUTH_USERNAME / ASSISTANT_SERVER__AUTH_PASSWORD), or bind 127.0.0.1."
    )


class PortInUse(OSError):
    """Another program (often an earlier `assistant serve`) already listens on the port."""


def check_port_free(server: ServerSettings) -> None:
    """Refuse a port another program listens on, before the minutes of indexing and model
    loading that would end in Gradio's traceback."""
    with socket.socket(socket.AF_INET6 if ":" in server.host else socket.AF_INET) as probe:
        # As the server binds: a port left in TIME_WAIT by a server just stopped is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((server.host, server.port))
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            raise PortInUse(
                f"Port {server.port} on {server.host} is already in use (an earlier `assistant serve` "
                f"still running?). Stop it, or choose another port: assistant serve --port {server.port + 1}"
            ) from exc


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def launch(
    settings: Settings,
    progress: Callable[[str, int, int], None] | None = None,
    block: bool = True,
    say: Callable[[str], None] | None = None,
) -> gr.Blocks:
    """Serve the page: check the address is safe, index the corpus folder if the index is
    empty, warm the retriever, then launch (``block=False`` returns once it is up). ``say``
    tells a person at the terminal what is happening and where the page is."""
    from .app import Assistant

    say = say or (lambda _: None)
    server = settings.server
    check_exposure(server)
    check_port_free(server)
    assistant = Assistant(settings)
    if not assistant.documents():
        say(f"The index is empty: indexing {settings.corpus_dir} first.")
        report = assistant.ingest([settings.corpus_dir], progress=progress)
        say(f"{len(report.added)} documents indexed, {report.chunks_embedded} chunks, in {report.seconds:.1f}s.")
        for reason in report.failed.values():
            say(f"skipped {reason}")
    # Build the retriever (catalog, BM25, sentence vectors) now, not on the first question.
    say("Preparing the retriever…")
    assistant.candidates("warm-up", k=1)
    app = build_app(assistant, settings)
    auth = (server.auth_username, server.auth_password) if server.auth_username and server.auth_password else None
    app.queue(default_concurrency_limit=4).launch(
        server_name=server.host,
        server_port=server.port,
        auth=auth,
        max_file_size=f"{server.max_upload_mb}mb",
        prevent_thread_lock=True,  # announced below, then blocked on
        ssr_mode=False,
        footer_links=["api"],
        quiet=True,  # Gradio's banner suggests share=True, which this page refuses
        css=CSS,
    )
    say(f"Chat page ready: http://{server.host}:{server.port}  (Ctrl+C to stop)")
    if block:
        app.block_thread()
    return app
