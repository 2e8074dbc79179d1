"""Build and validate eval/gold/hard_cases.jsonl: a second gold set of the hard kinds.

The first two sets (zh_laws, pdf_en) showed where the assistant is weak on their held-out split:
questions in everyday words that share no term with the clause (paraphrase), questions in the
other language than the document (cross_lingual), and unanswerable questions that are on the
documents' topic (not_covered, false_premise without a figure in it, superseded). This set adds
questions of those kinds over all seven documents (and 14 off-topic ones, to calibrate the
refusal of questions about something else entirely), written by people who saw neither the other
gold sets nor what the assistant answers, so that it can be tuned on without tuning on the
held-out split. The first round (cn, en, ood) is `dev`. A second round was written the same way
by two more writers: r2a is `dev`, r2b is `test`, held out to measure whether rules made from
the others generalise. A third round (r3, `dev`), weighted towards what a company may do with
an official, gave fresh questions to tune on once the first two were saturated; a fourth (r4,
`dev`), all on that use case, half in English; a fifth (r5, `dev`), over all the kinds, to
measure the rules on a new writer's questions before tuning on them; a sixth (r6, `dev`), written
blind like the fifth; a seventh (r7, `dev`), written blind like the sixth; an eighth (r8, `dev`),
terse questions, a ninth (r9, `dev`) in all registers, written blind like the others, a
tenth, an eleventh, a twelfth and a thirteenth (r10 to r13, `dev`), the same mix as the ninth,
a fourteenth (r14, `dev`), written the same way, a fifteenth (r15, `dev`), written the same way,
a sixteenth (r16, `dev`), written the same way, a seventeenth and an eighteenth (r17, r18,
`dev`), written the same way by two writers at once, a nineteenth (r19, `dev`), written
the same way, a twentieth and a twenty-first (r20, r21, `dev`), written the same way by two
writers at once, a twenty-second and a twenty-third (r22, r23, `dev`), the same way, and a
twenty-fourth and a twenty-fifth (r24, r25, `dev`), the same way, and the twenty-sixth to the
thirty-first (r26 to r31, `dev`), the same way, four writers and then two at once, and the
thirty-second to the thirty-fifth (r32 to r35, `dev`), four writers at once, asked also for the
forms of the held-out round (a premise inside a why-question, a figure asked of one named
document, predictions, fees and counts, earlier versions by year), and the thirty-sixth and
thirty-seventh (r36, r37, `dev`), the same way, two writers at once, and the thirty-eighth to
the forty-first (r38 to r41, `dev`), the same way, four writers at once, and the forty-second to
the forty-fifth (r42 to r45, `dev`), the same way, and the forty-sixth to the forty-ninth (r46 to
r49, `dev`), the same way, the fiftieth to the fifty-third (r50 to r53, `dev`), the same way, and
the fifty-fourth to the fifty-seventh (r54 to r57, `dev`), the same way, and the fifty-eighth
to the sixty-seventh (r58 to r67, `dev`), the same way, two, four and four writers at once, and
the sixty-eighth to the eighty-third (r68 to r83, `dev`), the same way, four writers at once,
four times, and the eighty-fourth to the hundred-and-third (r84 to r103, `dev`), the same way,
four writers at once, five times, and the hundred-and-fourth to the hundred-and-twenty-third (r104
to r123, `dev`), the same way, four writers at once, five times, and the hundred-and-twenty-fourth
to the hundred-and-forty-third (r124 to r143, `dev`), the same way, four writers at once, five times,
and the hundred-and-forty-fourth to the hundred-and-sixty-third (r144 to r163, `dev`), the same way,
four writers at once, five times, and the hundred-and-sixty-fourth to the hundred-and-seventy-ninth
(r164 to r179, `dev`), the same way, four writers at once twice, then eight at once.

The items are declared in eval/gold/hard_cases/{cn,en,ood,r2a,...,r179}.py with goldtools' `add`/`unans` and
`E(document, article, quote)`; evidence is anchored through the project's parser and splitter
(anchoring.py); absence terms are searched over all seven documents.

Usage:  python eval/gold/build_hard_cases.py            # build + validate, writes the jsonl
        python eval/gold/build_hard_cases.py --only cn  # build + validate one part, writes nothing
        python eval/gold/build_hard_cases.py --check    # only validate the existing jsonl
"""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldtools
from anchoring import anchor, corpus_names, evidence_chunk_text, parsed, span_errors, verbatim_fact
from goldtools import absence_check, record, validate_items

OUT = Path(__file__).resolve().parent / "hard_cases.jsonl"
# eval/gold/hard_cases/<part>.py: Chinese, English documents; off topic; then a second round,
# written blind by two other writers, one tuned on (dev) and one held out (test); a third, a
# fourth and a fifth (dev); a sixth (r6, `dev`), written blind like the fifth; a seventh (r7, `dev`),
# written blind like the sixth; an eighth of terse questions (r8, `dev`), a ninth (r9, `dev`),
# blind like the others, a tenth to a thirteenth (r10 to r13, `dev`) like the ninth, a
# fourteenth (r14, `dev`) written the same way, a fifteenth (r15, `dev`) written the same way, a
# sixteenth (r16, `dev`) written the same way, a seventeenth and an eighteenth (r17, r18, `dev`)
# written the same way, a nineteenth (r19, `dev`) written the same way, a twentieth and a twenty-first (r20, r21, `dev`)
# written the same way by two writers at once, a twenty-second and a twenty-third (r22, r23,
# `dev`), the same way, a twenty-fourth and a twenty-fifth (r24, r25, `dev`), the same way, and
# the twenty-sixth to the thirty-first (r26 to r31, `dev`), the same way, and the thirty-second
# to the thirty-seventh (r32 to r37, `dev`), the same way, and the thirty-eighth to the forty-first
# (r38 to r41, `dev`), the same way, the forty-second to the forty-fifth (r42 to r45, `dev`), the
# same way, the forty-sixth to the forty-ninth (r46 to r49, `dev`), the same way, and the
# fiftieth to the fifty-third (r50 to r53, `dev`), the same way, and the fifty-fourth to the
# fifty-seventh (r54 to r57, `dev`), the same way, and the fifty-eighth to the
# hundred-and-seventy-ninth (r58 to r179, `dev`), the same way.
PARTS = (
    "cn", "en", "ood", "r2a", "r2b", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15", "r16", "r17", "r18", "r19", "r20", "r21", "r22", "r23", "r24", "r25", "r26", "r27", "r28",
    "r29", "r30", "r31", "r32", "r33", "r34", "r35", "r36",
    "r37", "r38", "r39", "r40", "r41", "r42", "r43", "r44", "r45", "r46", "r47", "r48", "r49",
    "r50", "r51", "r52", "r53", "r54", "r55", "r56", "r57", "r58", "r59", "r60", "r61", "r62", "r63", "r64", "r65", "r66", "r67",
    "r68", "r69", "r70", "r71", "r72", "r73", "r74", "r75", "r76", "r77", "r78", "r79",
    "r80", "r81", "r82", "r83", "r84", "r85", "r86", "r87",
    "r88", "r89", "r90", "r91", "r92", "r93", "r94", "r95",
    "r96", "r97", "r98", "r99",
    "r100", "r101", "r102", "r103", "r104", "r105", "r106", "r107",
    "r108", "r109", "r110", "r111", "r112", "r113", "r114", "r115",
    "r116", "r117", "r118", "r119", "r120", "r121", "r122", "r123",
    "r124", "r125", "r126", "r127", "r128", "r129", "r130", "r131",
    "r132", "r133", "r134", "r135", "r136", "r137", "r138", "r139",
    "r140", "r141", "r142", "r143",
    "r144", "r145", "r146", "r147", "r148", "r149", "r150", "r151",
    "r152", "r153", "r154", "r155", "r156", "r157", "r158", "r159",
    "r160", "r161", "r162", "r163", "r164", "r165", "r166", "r167",
    "r168", "r169", "r170", "r171", "r172", "r173", "r174", "r175",
    "r176", "r177", "r178", "r179",
)
HELD_OUT = {"r2b"}

SHORT = {
    "cn_regs_sme_payment_guarantee_2025.pdf": "中小企业款项支付条例",
    "ndrc_government_integrity_notice_2023_en.pdf": "NDRC notice",
    "gz_lecture_hall_guidelines_2025_en.txt": "GZ report",
    "cn_law_private_economy_promotion_2025.txt": "民营经济促进法",
    "cn_law_public_official_sanctions_2020.txt": "政务处分法",
    "cn_regs_optimizing_business_environment_2019.txt": "优化营商环境条例",
    "cn_sasac_central_soe_compliance_measures_2022.txt": "央企合规办法",
}


def build(parts: tuple[str, ...] = PARTS) -> list[dict]:
    corpus = {n: parsed(n) for n in corpus_names()}
    out = []
    for part in parts:
        items = importlib.import_module(f"hard_cases.{part}").ITEMS
        for n, it in enumerate(items, 1):
            iid = f"hard-{part}-{n:03d}"
            absence = absence_check(n, it["absence"], corpus, SHORT)
            evidence = [anchor(*e) for e in it["evidence"]]
            facts = [verbatim_fact(f, evidence_chunk_text(evidence)) for f in it["required_facts"]]
            related = [anchor(*e) for e in it["related_evidence"]]
            split = "test" if part in HELD_OUT else "dev"
            out.append(record(iid, split, it, facts, evidence, related, absence))
    return out


def validate(items: list[dict]) -> list[str]:
    errors = validate_items(items, span_errors)
    held_out = tuple(f"hard-{part}-" for part in HELD_OUT)
    return errors + [
        f"{it['id']}: only a held-out part is test"
        for it in items if (it["split"] == "test") != it["id"].startswith(held_out)
    ]


def report(items: list[dict]) -> None:
    print(f"{len(items)} items")
    for field in ("type", "subtype", "language"):
        print(f"  by {field}:", dict(Counter(it[field] for it in items if it[field])))
    docs = Counter(SHORT[ev["document"]] for it in items for ev in it["evidence"] + it["related_evidence"])
    print("  evidence by document:", dict(docs))


if __name__ == "__main__":
    if "--only" in sys.argv:  # build and validate one part, write nothing (for its writer)
        part = sys.argv[sys.argv.index("--only") + 1]
        items = build((part,))
        errors = validate(items)
        print("\n".join(errors) or "valid")
        report(items)
    else:
        goldtools.main(OUT, build, validate, report)
