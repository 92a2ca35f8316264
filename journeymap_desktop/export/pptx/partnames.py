"""Part names for a deck of hundreds of slides without python-pptx's quadratic search.

``OpcPackage.next_partname`` walks every relationship of the package for each new part
(slide, notes page, chart, embedded workbook): on a 200-slide deck that was a third of the
export. Here each name prefix is scanned once, then the names handed out are remembered.
Every part of those kinds is named through this method, so the memory stays exact; the
tests check that a large deck has no duplicate part names.
"""

from __future__ import annotations

from typing import Any

from pptx.opc.packuri import PackURI


def remember_partnames(package: Any) -> None:
    """Give ``package`` (one deck being built) a ``next_partname`` that scans each prefix once."""
    known: dict[str, set[str]] = {}

    def next_partname(tmpl: str) -> PackURI:
        prefix = tmpl[: (tmpl % 42).find("42")]
        names = known.get(prefix)
        if names is None:
            names = {str(p.partname) for p in package.iter_parts() if str(p.partname).startswith(prefix)}
            known[prefix] = names
        for n in range(len(names) + 1, 0, -1):
            candidate = tmpl % n
            if candidate not in names:
                names.add(candidate)
                return PackURI(candidate)
        raise RuntimeError(f"no free part name for {tmpl}")  # pragma: no cover

    package.next_partname = next_partname
