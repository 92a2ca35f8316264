"""Issue 17, "keep it that way": a seeded, bounded fuzz run and the crash corpus, every time.

The corpus (``tests/io/data/fuzz_corpus/<hash>.<map|ojf|csv>.bin``) holds the smallest input
of every failure a fuzz run found (``scripts/fuzz.py --keep``); each must now be refused
with one clear error per problem, or open and make outputs that open again. The short run
(a fixed number of inputs from a fixed seed, so it is the same run every time) guards the
promise for the mutations themselves; long runs are ``scripts/fuzz.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.io import fuzzer


@pytest.mark.parametrize(("kind", "path"), fuzzer.corpus(), ids=lambda v: v.name if isinstance(v, Path) else v)
def test_every_kept_crash_is_now_refused_or_round_trips(kind: str, path: Path) -> None:
    assert fuzzer.check(kind, path.read_bytes(), pdf=True) in ("refused", "accepted")


def test_the_corpus_is_not_empty() -> None:
    assert len(fuzzer.corpus()) >= 5  # the crashes issue 17 describes are kept there


def test_a_seeded_fuzz_run_breaks_no_promise() -> None:
    figures = fuzzer.run(seconds=float("inf"), seed=1717, max_inputs=150, pdf_every=50)
    assert figures.inputs == 150  # bounded by count, not by time: the same inputs on any machine
    assert figures.failures == {}, "\n".join(f"{f.key}: {f.message}" for f in figures.failures.values())
    assert figures.refused and figures.accepted  # it reached both sides
