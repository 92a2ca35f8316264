"""Templates: every one, in both languages, makes a sound map with fresh ids."""

from __future__ import annotations

import pytest

from journeymap_desktop.io import dumps_map, loads_map
from journeymap_desktop.io.templates import list_templates, new_from_template, template_names
from journeymap_desktop.model import check_document


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("name", template_names())
def test_every_template_makes_a_valid_map(name: str, lang: str) -> None:
    doc = new_from_template(name, lang)
    assert check_document(doc) == []
    assert loads_map(dumps_map(doc)) == doc
    assert doc.locale == lang and doc.stages and doc.lanes and doc.title


def test_the_seed_templates_are_there_with_their_stages() -> None:
    assert {"blank", "ecommerce", "retail", "marketing-funnel", "presale-sale-postsale"} <= set(template_names())
    names = [s.name for s in new_from_template("ecommerce", "es").stages]
    assert names == ["Aprendizaje y descubrimiento", "Consideración de la solución", "Decisión de compra", "Fidelización"]
    funnel = [s.name for s in new_from_template("marketing-funnel", "es").stages]
    assert funnel == ["Alcance", "Adquisición", "Engagement", "Consideración", "Conversión", "Retención"]
    assert [s.name for s in new_from_template("retail", "en").stages] == ["Behaviour patterns", "Conflict points", "Interaction"]


def test_two_maps_from_one_template_share_no_ids() -> None:
    a, b = new_from_template("ecommerce"), new_from_template("ecommerce")
    assert {s.id for s in a.stages}.isdisjoint({s.id for s in b.stages})


def test_templates_have_titles_in_both_languages() -> None:
    for info in list_templates():
        assert info.title["es"] and info.title["en"]


def test_unknown_template_and_language_are_refused() -> None:
    with pytest.raises(KeyError, match="no template named"):
        new_from_template("nope")
    with pytest.raises(ValueError, match="language"):
        new_from_template("blank", "fr")
