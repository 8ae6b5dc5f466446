"""The web app in a real browser: Debian's chromium driven by playwright (never a downloaded browser).

Every page loads with no console error and no request leaving the machine; the mission's answers are on
the pages; the CSV holds what the table shows; the keyboard reaches everything; each of the three staff
questions is answered within three clicks from home. Screenshots go to test-artefacts/screenshots/.
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import pytest
from neo4j import Driver

pytestmark = [pytest.mark.db, pytest.mark.browser]

REPO = Path(__file__).resolve().parent.parent
SHOTS = REPO / "test-artefacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CTR66 = "doc:66-CTr/TU@legacy:province:31@2024-02-02"
NGAY_HOI = CTR66 + "#III.4.4"
HAI_PHONG_DISTRICTS = {"Hồng Bàng", "Ngô Quyền", "Lê Chân", "Hải An", "Kiến An", "Đồ Sơn", "Dương Kinh",
                       "Thủy Nguyên", "An Dương", "An Lão", "Kiến Thụy", "Vĩnh Bảo", "Cát Hải",
                       "Bạch Long Vĩ"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(seeded_db: Driver) -> Iterator[str]:
    """`uvicorn api.main:app` as `nqgraph serve` runs it, on a free port of 127.0.0.1."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1",
                             "--port", str(port), "--log-level", "warning"], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the API did not start on {base}", pytrace=False)
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: apt-get install chromium (make install does it)",
                    pytrace=False)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watched:
    """A page with its console errors, failed requests and requests to other hosts recorded."""

    def __init__(self, page: Any, base: str) -> None:
        self.page, self.base = page, base
        self.errors: list[str] = []
        self.remote: list[str] = []
        self.clicks = 0
        page.on("console",
                lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        # Chromium reports a load that a navigation cancelled (the previous page's script still in flight
        # when a link is followed) as ERR_ABORTED: not a failure of the app. Remote hosts aborted by
        # `guard` are recorded apart, in `remote`.
        page.on("requestfailed", lambda r: None if r.failure == "net::ERR_ABORTED"
                else self.errors.append(f"request failed: {r.url} {r.failure}"))

        def guard(route: Any) -> None:
            host = urlparse(route.request.url).hostname
            if host in ("127.0.0.1", "localhost") or route.request.url.startswith(("data:", "blob:")):
                route.continue_()
            else:
                self.remote.append(route.request.url)
                route.abort()

        page.route("**/*", guard)

    def goto(self, path: str) -> Any:
        response = self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")
        return response

    def click(self, selector: str) -> None:
        self.clicks += 1
        self.page.click(selector)
        self.page.wait_for_load_state("networkidle")

    def shot(self, name: str, full_page: bool = True) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    def clean(self) -> None:
        assert not self.errors, self.errors
        assert not self.remote, f"requests left the machine: {self.remote}"


@pytest.fixture
def web(browser: Any, base_url: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True,
                                  locale="vi-VN")
    page = context.new_page()
    watched = Watched(page, base_url)
    yield watched
    context.close()


def enc(uid: str) -> str:
    return quote(uid, safe="")


PAGES = [
    ("home", "/", "Văn bản có nhiều đơn vị quá hạn nhất"),
    ("home-en", "/?lang=en", "Directives with the most overdue units"),
    ("search-number", "/?q=66-CTr%2FTU", "Chương trình 66-CTr/TU"),
    ("search-ngay-hoi", "/?q=ngay+hoi", "Ngày hội"),
    ("search-body", "/?q=dan+van", "Ban Dân vận Thành ủy Hải Phòng"),
    ("document-66", f"/doc/{enc(CTR66)}", "Nghị quyết 43-NQ/TW"),
    ("coverage-66", f"/coverage/{enc(CTR66)}?as_of=2024-04-01", "Tiên Lãng"),
    ("coverage-tien-lang", f"/coverage/{enc(CTR66)}?as_of=2024-04-01&unit=legacy%3Adistrict%3A315",
     "Tự Cường"),
    ("task-ngay-hoi", f"/task/{enc(NGAY_HOI)}", "Ban Thường vụ Thành đoàn Hải Phòng"),
    ("body-dan-van", f"/body/{enc('body:legacy:province:31:ban dân vận thành ủy hải phòng')}", "III.3.4"),
    ("upload", "/upload", "Khóa API"),
]


@pytest.mark.parametrize("name, path, expect", PAGES, ids=[p[0] for p in PAGES])
def test_every_page_loads_with_no_console_error(web: Watched, name: str, path: str, expect: str) -> None:
    response = web.goto(path)
    assert response.status == 200
    assert expect in web.page.inner_text("main")
    assert web.page.locator("html").get_attribute("lang") in ("vi", "en")
    web.shot(name)
    web.clean()


@pytest.mark.parametrize("path, selector", [("/docs", ".swagger-ui .opblock"), ("/redoc", "h1")])
def test_api_docs_render_offline(web: Watched, path: str, selector: str) -> None:
    web.goto(path)
    web.page.wait_for_selector(selector, timeout=20_000)
    assert "nqgraph" in web.page.content()
    web.shot(path.strip("/"), full_page=False)
    web.clean()


def test_tu_cuong_appears_under_66_ctr_tu(web: Watched) -> None:
    web.goto(f"/doc/{enc(CTR66)}")
    tree = web.page.locator("ul.tree").first
    assert not tree.get_by_text("Tự Cường").first.is_visible()
    web.page.click("[data-expand='2']")
    leaf = tree.get_by_text("Tự Cường").first
    assert leaf.is_visible()
    crumbs = web.page.inner_text("nav.crumbs")
    assert "Nghị quyết 43-NQ/TW" in crumbs
    web.shot("document-66-expanded")
    web.clean()


def test_the_14_districts_of_hai_phong_are_missing_and_overdue(web: Watched) -> None:
    web.goto(f"/coverage/{enc(CTR66)}?as_of=2024-04-01")
    assert web.page.inner_text("[data-count='overdue']") == "14"
    assert web.page.inner_text("[data-count='expected']") == "15"
    rows = web.page.locator("#coverage-table tbody tr.s-overdue")
    names = {rows.nth(i).locator("td").nth(1).inner_text() for i in range(rows.count())}
    short = {n.removeprefix("Thành phố ").removeprefix("Huyện ").removeprefix("Quận ") for n in names}
    assert short == HAI_PHONG_DISTRICTS
    assert "31/03/2024" in web.page.inner_text("main")
    before = web.goto(f"/coverage/{enc(CTR66)}?as_of=2024-03-31")
    assert before.status == 200 and web.page.inner_text("[data-count='overdue']") == "0"
    web.clean()


def test_the_four_bodies_of_the_ngay_hoi_task(web: Watched) -> None:
    web.goto(f"/task/{enc(NGAY_HOI)}")
    bodies = web.page.locator("dl.facts ul.bodies li")
    assert bodies.count() == 4
    names = " | ".join(bodies.all_inner_texts())
    for b in ("Đảng đoàn Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng", "Ban Thường vụ Thành đoàn Hải Phòng",
              "các tổ chức chính trị - xã hội thành phố Hải Phòng", "các hội quần chúng"):
        assert b in names
    web.clean()


def test_the_csv_export_holds_what_the_page_shows(web: Watched) -> None:
    web.goto(f"/coverage/{enc(CTR66)}?as_of=2024-04-01")
    table = web.page.locator("#coverage-table tbody tr")
    shown = [[table.nth(i).locator("td").nth(j).inner_text().strip() for j in (0, 1, 2)]
             for i in range(table.count())]
    with web.page.expect_download() as dl:
        web.page.click("a[href^='/export/coverage.csv']")
    text = Path(dl.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:4] == ["Mã", "Đơn vị", "Cấp", "Trạng thái"]
    assert [[r[0], r[1], r[3]] for r in rows[1:]] == shown
    with web.page.expect_download() as dl:
        web.page.click("a[href^='/export/coverage.xlsx']")
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(Path(dl.value.path()).read_bytes())).active
    cells = [[str(c.value or "") for c in row] for row in ws.iter_rows(min_row=3)]
    assert [[r[0], r[1], r[3]] for r in cells] == shown
    web.clean()


def test_keyboard_reaches_search_results_and_a_document(web: Watched) -> None:
    page = web.page
    web.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("ctr 66")
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    assert "Chương trình 66-CTr/TU" in page.inner_text("main")
    page.focus("main")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Chương trình 66-CTr/TU":
            break
    else:
        pytest.fail("Tab never reached the document link")
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    assert "/doc/" in page.url
    web.clean()


# ---------------------------------------------------------------------------
# Acceptance: three questions, each in at most three clicks from home
# ---------------------------------------------------------------------------


def test_where_has_66_ctr_tu_not_cascaded_in_three_clicks(web: Watched) -> None:
    web.goto("/")
    web.click("section[aria-labelledby='h-overdue'] a.tag.overdue >> nth=0")
    assert web.clicks <= 3
    text = web.page.inner_text("main")
    assert "66-CTr/TU" in text
    not_cascaded = web.page.locator("#coverage-table tbody tr.s-overdue, #coverage-table tbody tr.s-not_yet")
    assert not_cascaded.count() == 14
    web.shot("acceptance-where-not-cascaded")
    web.clean()


def test_who_is_overdue_in_three_clicks(web: Watched) -> None:
    web.goto("/")
    web.click("section[aria-labelledby='h-overdue'] a.tag.overdue >> nth=0")
    overdue = web.page.locator("#coverage-table tbody tr.s-overdue")
    assert overdue.count() == 14 and web.clicks <= 3
    assert "Bạch Long Vĩ" in web.page.inner_text("#coverage-table")
    web.clean()


def test_who_leads_the_ngay_hoi_task_in_each_province_in_three_clicks(web: Watched) -> None:
    web.goto("/")
    web.page.fill("#q", "ngày hội đại đoàn kết")
    web.click("form.search button")
    web.click(f"a[href='/task/{enc(NGAY_HOI)}']")
    assert web.clicks <= 3
    table = web.page.inner_text("#same-table")
    for place, body in [("Hải Phòng", "Ban Thường vụ Thành đoàn Hải Phòng"),
                        ("Kim Động", "Mặt trận Tổ quốc Việt Nam các cấp huyện Kim Động"),
                        ("chưa rõ địa bàn", "Ban Thường vụ Tỉnh đoàn")]:
        assert place in table and body in table, (place, body)
    web.shot("acceptance-ngay-hoi-each-province")
    web.clean()
