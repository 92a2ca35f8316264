"""The layout's boxes stay cheap to define (see the docstring of ``journeymap_desktop.layout.boxes``).

The editor imports them before its first paint: a frozen dataclass compiles its generated
methods when its class is built, a named tuple one small constructor. These check the
choices, not a time (``python -m benchmarks bench_scale`` measures start-up).
"""

from __future__ import annotations

import dataclasses

from journeymap_desktop.layout import boxes

#: Frozen dataclasses on purpose: a field would shadow a tuple method (``index``, ``count``),
#: or the class holds a dict and a field left out of comparisons (``Layout``).
DATACLASSES = {"StageHeaderBox", "VotesBox", "Layout"}


def _classes() -> dict[str, type]:
    return {name: value for name, value in vars(boxes).items()
            if isinstance(value, type) and value.__module__ == boxes.__name__}


def test_the_boxes_are_named_tuples_but_the_few_that_cannot_be() -> None:
    dataclass_names = {name for name, cls in _classes().items() if dataclasses.is_dataclass(cls)}
    assert dataclass_names == DATACLASSES
    for name, cls in _classes().items():
        if name not in DATACLASSES:
            assert issubclass(cls, tuple) and hasattr(cls, "_fields"), name


def test_box_annotations_are_evaluated_by_python_not_compiled_by_typing() -> None:
    # A string annotation (``from __future__ import annotations``) makes typing compile a
    # ForwardRef for each field when the named tuple is built.
    stringly = [f"{name}.{field}" for name, cls in _classes().items() if name not in DATACLASSES
                for field, annotation in cls.__annotations__.items() if isinstance(annotation, str)]
    assert stringly == []


def test_a_box_is_immutable_compares_by_value_and_copies_with_a_change() -> None:
    overflow = boxes.Overflow("card-1", "title", 10, 40)
    assert overflow == boxes.Overflow("card-1", "title", 10, 40)
    assert hash(overflow) == hash(boxes.Overflow("card-1", "title", 10, 40))
    assert repr(overflow) == "Overflow(owner_id='card-1', field='title', shown_chars=10, total_chars=40)"
    assert str(overflow) == "card-1.title: showed 10 of 40 characters"
    try:
        overflow.shown_chars = 11  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("a box took a new value")
    assert overflow._replace(shown_chars=11).shown_chars == 11 and overflow.shown_chars == 10
