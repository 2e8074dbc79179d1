"""The real page in headless Chromium: ask, read the streamed answer and its citation cards,
open a source, add and delete a document, verify a claim, give feedback, switch language.

Screenshots of each state go to tests/artifacts/ (chat.png, sources.png, library.png,
verify.png), with the measured answer times in timings.json.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from assistant.feedback import FeedbackStore

from .conftest import NDRC_PDF
from .ui_fixtures import ARTIFACTS, own_page  # noqa: F401 (fixture)

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, own_page):  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    yield tab
    context.close()


def ask(page, question: str, turn: int) -> float:
    """Ask in the chat; return the seconds until the answer's citation cards are shown."""
    page.fill("#question textarea", question)
    started = time.perf_counter()
    page.click("#ask")
    page.wait_for_selector(f'#citation-cards [data-cite^="{turn}-"]')
    return time.perf_counter() - started


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_ask_read_sources_manage_the_library_and_verify(page, own_page, tmp_path):  # noqa: F811
    opened = time.perf_counter()
    page.goto(own_page.url)
    page.wait_for_selector("#question textarea")
    loaded = time.perf_counter() - opened

    # An example question on the empty chat: the answer streams in, cards appear beside it.
    page.get_by_text("机关、事业单位从中小企业采购货物，应当在多少日内支付款项？").click()
    page.wait_for_selector('#citation-cards [data-cite^="0-"]')
    first_answer = time.perf_counter() - opened
    chat = page.locator("#chat")
    assert "30日内支付款项" in chat.inner_text()
    assert chat.locator('a[href="#cite-0-1"]').count() == 1
    card = page.locator('#citation-cards [data-cite="0-1"]')
    assert "保障中小企业款项支付条例" in card.inner_text()
    assert "国务院令第802号" in card.inner_text() and "第九条" in card.inner_text()
    shoot(page, "chat.png")

    # A marker opens the source viewer: the quote highlighted in its text and on the PDF page.
    chat.locator('a[href="#cite-0-1"]').click()
    page.wait_for_selector("#source-viewer mark")
    assert "30日内支付款项" in page.locator("#source-viewer mark").inner_text()
    page.wait_for_selector("#source-page img")
    shoot(page, "sources.png")

    # Follow-ups use the conversation; later questions are timed too.
    later = [ask(page, "那大型企业呢？", 1)]
    assert "大型企业从中小企业采购货物" in page.locator("#citation-cards").inner_text()
    later.append(ask(page, "Does a change of officials excuse a government from its contracts?", 2))
    later.append(ask(page, "官员来公司讲课，讲课费标准是多少？", 3))  # no clause sets a lecture fee
    assert "Related, not an answer" in page.locator("#citation-cards").inner_text()
    # About something else entirely: the chat says so, and no clause is shown as related.
    page.fill("#question textarea", "What is the best recipe for dumplings?")
    page.click("#ask")
    chat.get_by_text("something the indexed documents do not cover").wait_for()
    assert page.locator('#citation-cards [data-cite^="4-"]').count() == 0

    # Library: two files at once, one good and one broken; the broken one is explained.
    copy = tmp_path / "integrity notice copy.pdf"
    shutil.copy(NDRC_PDF, copy)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really a PDF")
    page.get_by_role("tab", name="Library").click()
    page.set_input_files("#uploads input[type=file]", [str(copy), str(broken)])
    page.locator("#uploads").get_by_text("broken", exact=True).wait_for()  # uploaded
    page.click("#add")
    note = page.locator("#library-note")
    note.get_by_text("Could not add").wait_for()  # the report, not the progress bar
    assert "Added: integrity notice copy.pdf" in note.inner_text()
    assert "broken.pdf: not a readable PDF" in note.inner_text()
    table = page.locator("#library-table")
    table.get_by_text("integrity notice copy.pdf").wait_for()
    assert table.get_by_text("cn_regs_sme_payment_guarantee_2025.pdf").count() == 1
    shoot(page, "library.png")
    assert (own_page.settings.corpus_dir / "integrity notice copy.pdf").is_file()
    assert not (own_page.settings.corpus_dir / "broken.pdf").exists()

    # ...and delete it again.
    page.locator("#to-remove input").click()
    page.get_by_role("option", name="(integrity notice copy.pdf)").click()
    page.click("#remove")
    note.get_by_text("Removed from the index").wait_for()
    table.get_by_text("integrity notice copy.pdf").wait_for(state="detached")

    # Verify: a claim that excuses what the clause calls a breach.
    page.get_by_role("tab", name="Verify").click()
    page.fill("#claim textarea", "政府因为人员变动不履行合同，不算违约失信")
    page.click("#check")
    page.wait_for_selector('#verdict [data-verdict="contradicted"]')
    assert "personnel changes" in page.locator("#verdict mark").inner_text()
    shoot(page, "verify.png")

    timings = {
        "page_load_s": round(loaded, 2),
        "first_answer_after_page_opens_s": round(first_answer, 2),
        "later_answers_s": [round(t, 2) for t in later],
    }
    (ARTIFACTS / "timings.json").write_text(json.dumps(timings, indent=1))
    print("\ntimings:", timings)
    assert first_answer < 20 and max(later) < 10


def test_hostile_document_text_is_shown_not_run(page, own_page, tmp_path):  # noqa: F811
    hostile = tmp_path / "hostile_test.txt"
    hostile.write_text(
        "恶意测试文件\n\n第一条 恶意测试条款规定：<img src=x onerror=\"window.__pwned=1\"> 与 "
        "[点我](javascript:window.__pwned=2) 以及 ${window.__pwned=3} 都应当原样显示。\n",
        encoding="utf-8",
    )
    page.goto(own_page.url)
    page.get_by_role("tab", name="Library").click()
    page.set_input_files("#uploads input[type=file]", [str(hostile)])
    page.locator("#uploads").get_by_text("hostile_test", exact=True).wait_for()  # uploaded
    page.click("#add")
    page.locator("#library-note").get_by_text("Added").wait_for()
    page.reload()  # a new visit sees the library as it is now, not as it was at start-up
    page.get_by_role("tab", name="Library").click()
    page.locator("#library-table").get_by_text("hostile_test.txt").wait_for()

    page.get_by_role("tab", name="Chat").click()
    ask(page, "恶意测试条款规定了什么？", 0)
    page.locator('#citation-cards [data-cite="0-1"]').click()
    page.wait_for_selector("#source-viewer mark")

    assert page.evaluate("window.__pwned") is None
    for shown in ("#chat", "#citation-cards", "#source-viewer"):
        assert '<img src=x onerror="window.__pwned=1">' in page.locator(shown).inner_text()
    assert page.locator("#chat img[src=x], #citation-cards img, #source-viewer img").count() == 0


def test_feedback_and_interface_language(page, own_page):  # noqa: F811
    page.goto(own_page.url)
    ask(page, "第九条 of the SME payment regulation", 0)
    page.fill("#comment textarea", "exactly the clause I needed")
    page.locator("#chat").get_by_role("button", name="Like").last.click()
    page.locator("#feedback-note").get_by_text("feedback saved").wait_for()
    [record] = FeedbackStore.in_index(own_page.settings.index_dir).all()
    assert (record.rating, record.comment) == ("up", "exactly the clause I needed")
    assert record.citations[0].article == "第九条"

    page.get_by_role("tab", name="Settings").click()
    page.click("#export")
    page.locator("#export-file").get_by_text("feedback", exact=True).wait_for()  # feedback.jsonl

    page.get_by_label("中文").check()
    page.get_by_role("tab", name="问答").click()
    page.get_by_role("button", name="提问").wait_for()
    assert "来源" in page.locator("#citation-cards").inner_text()
