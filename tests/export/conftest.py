"""The headless Chromium, one per test session for every module that opens the web page
(a second Playwright started in the same process fails)."""

from tests.export.browser import chromium

__all__ = ["chromium"]
