"""Real Chromium (Debian's package) driven by Playwright, against Django's live test server."""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by fixtures are
# still plain synchronous calls, so Django's async-safety guard must be told so.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

AXE = (Path(__file__).parent / "axe.min.js").read_text()
CHROMIUM = os.environ.get("REINTEGRA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
AXE_URL = "/__test__/axe.min.js"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(20_000)
    # axe is served as if it were one of our own files, so the page's CSP ('self') still applies.
    page.route(f"**{AXE_URL}", lambda route: route.fulfill(body=AXE, content_type="text/javascript"))
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    yield page
    context.close()


@pytest.fixture
def check_accessibility():
    return _check_accessibility


def _check_accessibility(page):
    """axe-core on the current page: no serious or critical violation, and no CSP or script error."""
    page.add_script_tag(url=AXE_URL)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, f"{page.url}: {serious}"
    assert not page.console_errors, page.console_errors
