"""Headless Chromium for the web page's tests: Debian's chromium, driven by Playwright.

Playwright's own browser download cannot work offline, so it launches the system's
``/usr/bin/chromium`` (installed by ``scripts/setup.sh``). Every page opened records its
console messages, script errors, dialogs and every request other than the page itself.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pytest

LAUNCH_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"]
DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium is not installed: run scripts/setup.sh (it installs Debian's chromium)")


@dataclass
class OpenedPage:
    page: Any
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Console errors and warnings, script errors and dialogs: all should be empty."""
        return self.console + self.errors + self.dialogs


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=LAUNCH_FLAGS)
        yield browser
        browser.close()


def open_page(browser: Any, path: Path, viewport: dict[str, int] = DESKTOP, touch: bool = False) -> OpenedPage:
    """Open ``path`` in a fresh context; any request but the file itself is recorded and refused."""
    context = browser.new_context(viewport=viewport, has_touch=touch, is_mobile=touch)
    page = context.new_page()
    opened = OpenedPage(page)
    url = path.resolve().as_uri()

    def route(request: Any) -> None:
        if request.request.url == url:
            request.continue_()
        else:
            opened.requests.append(request.request.url)
            request.abort()

    context.route("**/*", lambda r: route(r))
    page.on("console", lambda m: opened.console.append(f"{m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("request", lambda r: opened.requests.append(r.url) if r.url != url and not r.url.startswith("data:") else None)

    def dialog(d: Any) -> None:
        opened.dialogs.append(f"dialog {d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(url)
    page.wait_for_selector("html.ready")
    return opened
