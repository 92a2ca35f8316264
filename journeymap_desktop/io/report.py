"""What an import or export did, told in sentences, in English and Spanish.

Converters from other formats always say what they converted and how, and what they could
not keep: a person must never find out later that something was silently dropped. Each
sentence is written in both UI languages here, in the pure layer, so the CLI and the
editor's preview show the same report in the person's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap_desktop.model.document import JourneyMap


@dataclass(frozen=True)
class ReportLine:
    """One sentence of a report, in both languages."""

    en: str
    es: str

    def text(self, lang: str = "en") -> str:
        """The sentence in ``lang`` (English unless 'es')."""
        return self.es if lang == "es" else self.en


@dataclass
class Report:
    """An ordered list of sentences; ``lines(lang)`` renders them."""

    entries: list[ReportLine] = field(default_factory=list)

    def say(self, en: str, es: str) -> None:
        """Add one sentence (the same fact written in English and in Spanish)."""
        self.entries.append(ReportLine(en, es))

    def lines(self, lang: str = "en") -> list[str]:
        """Every sentence in ``lang``."""
        return [entry.text(lang) for entry in self.entries]

    def __len__(self) -> int:
        return len(self.entries)


@dataclass
class Imported:
    """The result of an import: the new map and the report of how it was made."""

    doc: JourneyMap
    report: Report


def plural(count: int, one: str, many: str) -> str:
    """``"1 card"`` / ``"3 cards"``: the count with the right form of the noun."""
    return f"{count} {one if count == 1 else many}"


def quoted_list(names: list[str], limit: int = 4, lang: str = "en") -> str:
    """``'a', 'b' and 2 more``: a short list of names for a sentence."""
    shown = [f"'{name}'" for name in names[:limit]]
    rest = len(names) - len(shown)
    if rest > 0:
        return ", ".join(shown) + (f" y {rest} más" if lang == "es" else f" and {rest} more")
    if len(shown) <= 1:
        return "".join(shown)
    joiner = " y " if lang == "es" else " and "
    return ", ".join(shown[:-1]) + joiner + shown[-1]
