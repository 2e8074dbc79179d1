"""Code shared by the gold-set build scripts (build_pdf_en.py, build_zh_laws.py).

Item declaration (E / add / unans), the dev/test split, the absence search over the corpus, the
jsonl record layout, the checks every item must pass whatever its documents, and the
load/build/validate/write driver. Each script keeps its own items and its own way of anchoring
evidence (parser chunks vs. raw-text articles).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

KEYS = [
    "id", "split", "type", "subtype", "language", "question", "history", "answerable",
    "short_answer", "required_facts", "evidence", "related_evidence", "absence_check",
]
TYPES = {"single", "multi", "cross_lingual", "paraphrase", "follow_up", "unanswerable"}
SUBTYPES = {None, "not_covered", "out_of_domain", "false_premise", "superseded"}


# --------------------------------------------------------------------------- term counting

def _norm_zh(t: str) -> str:
    return re.sub(r"\s+", "", t).lower()


def count_term(text: str, term: str) -> int:
    """English terms: case-insensitive whole words, whitespace normalised; others: whitespace removed."""
    if re.search(r"[A-Za-z]", term):
        flat = re.sub(r"\s+", " ", text)
        pat = r"(?<![A-Za-z0-9])" + re.escape(term) + r"(?![A-Za-z0-9])"
        return len(re.findall(pat, flat, flags=re.I))
    return _norm_zh(text).count(_norm_zh(term))


# --------------------------------------------------------------------------- item declaration

def E(doc, art, quote):
    return (doc, art, quote)


def item_adders(items: list[dict]):
    """The add (answerable) and unans (unanswerable) declaration helpers, appending to items."""

    def add(type_, q, ans, facts, ev, lang="zh", history=None):
        items.append(dict(type=type_, subtype=None, language=lang, question=q, history=history or [],
                          answerable=True, short_answer=ans, required_facts=facts, evidence=ev,
                          related_evidence=[], absence=None))

    def unans(subtype, q, absent, note, lang="zh", present=(), related=()):
        items.append(dict(type="unanswerable", subtype=subtype, language=lang, question=q, history=[],
                          answerable=False, short_answer="", required_facts=[], evidence=[],
                          related_evidence=list(related), absence=(list(absent), list(present), note)))

    return add, unans


# --------------------------------------------------------------------------- build helpers

def splits(items: list[dict]) -> list[str]:
    """Split per item by position within its (type, subtype) group: 0 and 2 of every 5 are dev."""
    counters: Counter = Counter()
    out = []
    for it in items:
        group = (it["type"], it["subtype"])
        out.append("dev" if counters[group] % 5 in (0, 2) else "test")
        counters[group] += 1
    return out


def absence_check(n: int, absence, corpus: dict[str, str], short: dict[str, str],
                  hit_sep: str = "; ") -> dict | None:
    """Search the absence terms over the corpus; fail if an 'absent' term occurs."""
    if absence is None:
        return None
    absent, present, note = absence
    for term in absent:
        found = {d: c for d, t in corpus.items() if (c := count_term(t, term))}
        if found:
            raise SystemExit(f"item {n}: term listed as absent is in the corpus: {term!r} {found}")
    hits = []
    for term in present:
        found = [f"{short.get(d, d)}×{c}" for d, t in corpus.items() if (c := count_term(t, term))]
        hits.append(f"{term}: " + (hit_sep.join(found) or "0"))
    summary = f" [0 hits in corpus: {'、'.join(absent)}]"
    if hits:
        summary += f" [other hits: {'; '.join(hits)}]"
    return {"searched": absent + present, "note": note + summary}


def record(iid: str, split: str, it: dict, required_facts: list[str], evidence: list[dict],
           related_evidence: list[dict], absence: dict | None) -> dict:
    return {
        "id": iid,
        "split": split,
        "type": it["type"],
        "subtype": it["subtype"],
        "language": it["language"],
        "question": it["question"],
        "history": it["history"],
        "answerable": it["answerable"],
        "short_answer": it["short_answer"],
        "required_facts": required_facts,
        "evidence": evidence,
        "related_evidence": related_evidence,
        "absence_check": absence,
    }


# --------------------------------------------------------------------------- validation

def common_errors(it: dict) -> list[str]:
    """Checks on one item that do not depend on its documents (keys already checked)."""
    errors = []
    iid = it["id"]
    if it["split"] not in ("dev", "test"):
        errors.append(f"{iid}: split")
    if it["type"] not in TYPES or it["subtype"] not in SUBTYPES:
        errors.append(f"{iid}: type/subtype")
    if (it["type"] == "unanswerable") != (it["subtype"] is not None):
        errors.append(f"{iid}: subtype only for unanswerable")
    if it["language"] not in ("zh", "en"):
        errors.append(f"{iid}: language")
    if (it["type"] == "follow_up") != bool(it["history"]):
        errors.append(f"{iid}: history only (and always) for follow_up")
    if it["answerable"]:
        if it["type"] == "unanswerable":
            errors.append(f"{iid}: unanswerable type marked answerable")
        if not it["evidence"] or not it["required_facts"] or not it["short_answer"]:
            errors.append(f"{iid}: answerable item needs evidence, required_facts, short_answer")
        if it["absence_check"] is not None or it["related_evidence"]:
            errors.append(f"{iid}: answerable item with absence_check/related_evidence")
        if it["type"] == "multi" and len({(e["document"], e["article"]) for e in it["evidence"]}) < 2:
            errors.append(f"{iid}: multi item needs evidence from >= 2 clauses")
    else:
        if it["type"] != "unanswerable":
            errors.append(f"{iid}: not answerable but type {it['type']}")
        if it["evidence"] or it["required_facts"] or it["short_answer"]:
            errors.append(f"{iid}: unanswerable item with evidence/facts/answer")
        ac = it["absence_check"]
        if not isinstance(ac, dict) or set(ac) != {"searched", "note"} or not ac["searched"] or not ac["note"]:
            errors.append(f"{iid}: absence_check")
        if bool(it["related_evidence"]) != (it["subtype"] == "false_premise"):
            errors.append(f"{iid}: related_evidence only (and always) for false_premise")
    return errors


def validate_items(items: list[dict], item_errors: Callable[[dict], list[str]]) -> list[str]:
    """Unique ids, the key layout, common_errors, then the script's own item_errors per item."""
    errors = [f"duplicate id {i}" for i, c in Counter(it.get("id") for it in items).items() if c > 1]
    for it in items:
        if list(it) != KEYS:
            errors.append(f"{it.get('id')}: keys {list(it)}")
            continue
        errors += common_errors(it)
        errors += item_errors(it)
    return errors


# --------------------------------------------------------------------------- driver

def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, items: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def main(out: Path, build: Callable[[], list[dict]], validate: Callable[[list[dict]], list[str]],
         report: Callable[[list[dict]], None], argv: list[str] | None = None) -> None:
    """Build + validate + write `out`, or with --check only validate the existing file; then report."""
    check = "--check" in (sys.argv if argv is None else argv)
    items = load_jsonl(out) if check else build()
    errors = validate(items)
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"{len(errors)} validation error(s)")
    if not check:
        write_jsonl(out, items)
        print(f"wrote {out.relative_to(out.resolve().parents[2])}")
    report(items)
