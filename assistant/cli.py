"""`assistant` command line: a thin front end over ``assistant.app.Assistant``."""

from __future__ import annotations

import json
import os
import sys
from functools import partial
from pathlib import Path

import click

from .settings import Settings

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _settings(ctx: click.Context) -> Settings:
    """The settings the flags given so far, the environment and assistant.toml make."""
    root = ctx.find_root().ensure_object(dict)
    if "settings" not in root:
        try:
            root["settings"] = Settings.load(**root.get("flags", {}))
        except Exception as exc:  # a bad setting is a user error, shown without a traceback
            raise click.ClickException(f"invalid settings: {exc}") from exc
    return root["settings"]


def _assistant(ctx: click.Context):
    root = ctx.find_root().ensure_object(dict)
    if "assistant" not in root:
        from .app import Assistant

        try:
            root["assistant"] = Assistant(_settings(ctx))
        except ImportError as exc:
            raise click.ClickException(str(exc)) from exc
        # An ingest or remove waits while the page (or another ingest) writes to the index.
        root["assistant"].index.on_wait = lambda reason: click.echo(reason, err=True)
    return root["assistant"]


# The options that choose the index and its backends: (flag, setting, env var, click kwargs).
_STORE_OPTIONS = (
    (
        "--index", "index_dir", "ASSISTANT_INDEX_DIR",
        {"type": click.Path(file_okay=False, path_type=Path),
         "help": "Index folder (default: index/ in the project). Env: ASSISTANT_INDEX_DIR."},
    ),
    (
        "--embedding-model", "embedding.model", "ASSISTANT_EMBEDDING__MODEL",
        {"help": "'use-multilingual' (default), 'minilm', or a sentence-transformers name or path."},
    ),
    (
        "--chroma-host", "store.chroma_host", "ASSISTANT_STORE__CHROMA_HOST",
        {"help": "Use a `chroma run` server at this host instead of the embedded store."},
    ),
    (
        "--chroma-port", "store.chroma_port", "ASSISTANT_STORE__CHROMA_PORT",
        {"type": int, "help": "Port of the Chroma server."},
    ),
)


def _take_flag(setting: str, ctx: click.Context, _param: click.Parameter, value) -> None:
    if value is None:
        return
    root = ctx.find_root()
    root.ensure_object(dict).setdefault("flags", {})[setting] = value
    root.obj.pop("settings", None)


def _store_options(*, read_env: bool):
    """The store options, for the group and for every command, so that `assistant ask --index
    DIR` means what `assistant --index DIR ask` means; given in both places, the command's flag
    wins. Only the group reads the environment: a command reading it too would hide the
    group's flag."""

    def decorate(command):
        for flag, setting, env, kwargs in reversed(_STORE_OPTIONS):
            command = click.option(
                flag, envvar=env if read_env else None, expose_value=False,
                callback=partial(_take_flag, setting), **kwargs,
            )(command)
        return command

    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@_store_options(read_env=True)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Answer questions over policy documents, citing the exact clause.

    Settings come from flags, then ASSISTANT_* environment variables, then assistant.toml
    (or the file in ASSISTANT_CONFIG); see README.md.
    """


@cli.command()
@_store_options(read_env=False)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--prune", is_flag=True, help="Remove indexed documents no longer among PATHS.")
@click.option("--rebuild", is_flag=True, help="Drop the index first (e.g. after changing the embedding model).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], prune: bool, rebuild: bool, as_json: bool) -> None:
    """Parse, split, embed and index PDF/text/Markdown files (default: the corpus folder)."""
    from tqdm import tqdm

    from .indexing import IndexProblem

    assistant = _assistant(ctx)
    targets = list(paths) or [_settings(ctx).corpus_dir]
    bars: list[tqdm] = []  # made on the first file, once the total is known

    def progress(name: str, n: int, total: int) -> None:
        if not bars:
            bars.append(tqdm(total=total, unit="file", disable=as_json, file=sys.stderr))
        bars[0].set_description(name[:40])
        bars[0].update(1)

    try:
        report = assistant.ingest(targets, prune=prune, rebuild=rebuild, progress=progress)
    except IndexProblem as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        for bar in bars:
            bar.close()
    if as_json:
        click.echo(report.model_dump_json())
    else:
        click.echo(
            f"{len(report.added)} added, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.removed)} removed; "
            f"{report.chunks_embedded} chunks embedded in {report.seconds:.1f}s."
        )
        for path, reason in report.failed.items():
            click.echo(f"skipped {reason}", err=True)
    if report.failed and not (report.added or report.updated or report.unchanged):
        ctx.exit(1)


@cli.command()
@_store_options(read_env=False)
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question (the stable contract).")
@click.option("--document", "documents", multiple=True, help="Only answer from this document (file name); repeatable.")
@click.pass_context
def ask(ctx: click.Context, question: str | None, as_json: bool, documents: tuple[str, ...]) -> None:
    """Answer QUESTION, or one question per line from standard input."""
    from .indexing import IndexProblem, UnknownDocument
    from .retrieval import query_language

    assistant = _assistant(ctx)
    questions = [question] if question else [line for line in sys.stdin.read().splitlines() if line.strip()]
    if not questions:
        raise click.UsageError("give a question, or questions on standard input, one per line")
    for q in questions:
        try:
            answer = assistant.ask(q, documents=list(documents) or None)
        except UnknownDocument as exc:  # told in the question's language, like its answer
            raise click.ClickException(exc.message(query_language(q))) from exc
        except IndexProblem as exc:
            raise click.ClickException(str(exc)) from exc
        if as_json:
            click.echo(answer.model_dump_json())
        else:
            click.echo(_render(answer))



def _render(answer) -> str:
    lines = [answer.answer, ""]
    shown = answer.citations or answer.related
    if shown:
        lines.append("Related, not an answer:" if answer.refused else "Sources:")
    for c in shown:
        where = ", ".join(
            part
            for part in (c.title, c.doc_number, c.section.split(" › ", 1)[-1], f"p. {c.page}" if c.page else None)
            if part
        )
        lines.append(f"[{c.id}] {where}")
        lines.append(f"    “{c.quote}”")
    return "\n".join(lines)


@cli.command(name="list")
@_store_options(read_env=False)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def list_documents(ctx: click.Context, as_json: bool) -> None:
    """Documents in the index, with metadata and chunk counts."""
    documents = _assistant(ctx).documents()
    if as_json:
        click.echo(json.dumps([d.model_dump() for d in documents], ensure_ascii=False))
        return
    if not documents:
        click.echo("Nothing is indexed yet. Run `assistant ingest corpus/` first.")
    for d in documents:
        click.echo(
            f"{d.document}\t{d.language}\t{d.chunks} chunks\t{d.doc_number or '-'}\t{d.title}"
        )


@cli.command()
@_store_options(read_env=False)
@click.argument("document")
@click.pass_context
def remove(ctx: click.Context, document: str) -> None:
    """Remove DOCUMENT (a file name from `assistant list`) and its chunks from the index."""
    if not _assistant(ctx).remove(document):
        raise click.ClickException(f"{document} is not in the index (see `assistant list`).")
    click.echo(f"removed {document}")


@cli.command(name="eval")
@_store_options(read_env=False)
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True,
              help="Gold split to score: dev (tuned on), test (frozen) or all.")
@click.option("--baseline/--no-baseline", default=True, show_default=True,
              help="Also run the plain LlamaIndex baseline on the same questions, side by side.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--check", "thresholds", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Fail (exit 1) when a metric is below the thresholds in this TOML file.")
@click.pass_context
def evaluate(ctx: click.Context, split: str, baseline: bool, as_json: bool, thresholds: Path | None) -> None:
    """Run the gold set in eval/ and report retrieval, grounding and refusal metrics.

    Uses its own index of the corpus folder (<index>/eval), so documents you uploaded do not
    change the figures. Writes an HTML report under eval/reports/.
    """
    from .evaluation import REPORTS_DIR, markdown_summary, run_evaluation, write_html_report
    from .evaluation.gate import check_thresholds
    from .app import Assistant

    settings = _settings(ctx).model_copy(update={"index_dir": _settings(ctx).index_dir / "eval"})
    Assistant(settings).ingest([settings.corpus_dir])
    run = run_evaluation(settings, split=split, baseline=baseline)
    report = write_html_report(
        REPORTS_DIR / f"eval-{split}.html", run.comparison, run.ours, run.baseline,
        {language: settings.answer.threshold_for(language) for language in ("zh", "en")},
    )
    if as_json:
        click.echo(run.comparison.model_dump_json())
    else:
        click.echo(markdown_summary(run.comparison))
        click.echo(f"\nReport: {report}")
    if thresholds:
        failures = check_thresholds(run.comparison, thresholds)
        for failure in failures:
            click.echo(f"below threshold: {failure}", err=True)
        if failures:
            ctx.exit(1)


@cli.command()
@_store_options(read_env=False)
@click.option("--host", envvar="ASSISTANT_SERVER__HOST", help="Address to bind (default 127.0.0.1); any other needs server.auth_username/auth_password. Env: ASSISTANT_SERVER__HOST.")
@click.option("--port", type=int, envvar="ASSISTANT_SERVER__PORT", help="Port of the page (default 7860). Env: ASSISTANT_SERVER__PORT.")
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Start the chat page; index the corpus folder first if the index is empty."""
    from .indexing import IndexProblem
    from .ui import PortInUse, UnsafeServer, launch

    settings = _settings(ctx)
    given = {key: value for key, value in {"host": host, "port": port}.items() if value is not None}
    settings = settings.model_copy(update={"server": settings.server.model_copy(update=given)})
    try:
        launch(
            settings,
            progress=lambda name, n, total: click.echo(f"indexing {n}/{total} {name}", err=True),
            say=lambda line: click.echo(line, err=True),
        )
    except (UnsafeServer, PortInUse, IndexProblem) as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command(name="verify")
@_store_options(read_env=False)
@click.argument("claim")
@click.option("--document", help="Only compare with this document (file name from `assistant list`).")
@click.option("--article", help="Compare with this article, e.g. 第九条 or II.(2).")
@click.option("--json", "as_json", is_flag=True, help="Print the verdict as JSON.")
@click.pass_context
def verify_claim(ctx: click.Context, claim: str, document: str | None, article: str | None, as_json: bool) -> None:
    """Check CLAIM against the documents: supported, contradicted or not_found, with the clauses."""
    from .indexing import IndexProblem
    from .verification import verify

    try:
        verdict = verify(_assistant(ctx), claim, document, article)
    except IndexProblem as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(verdict.model_dump_json())
        return
    click.echo(f"{verdict.verdict}: {verdict.explanation}")
    for c in verdict.clauses:
        click.echo(f"[{c.id}] {', '.join(p for p in (c.title, c.article, f'p. {c.page}' if c.page else None) if p)}")
        click.echo(f"    “{c.quote}”")


def main() -> None:
    cli(prog_name="assistant")


if __name__ == "__main__":
    main()
