"""The model stays cheap to import (see the docstring of ``journeymap_desktop.model.base``):
no pydantic plugin scan, annotations Python already evaluated, no builtin default factories.

These check the choices that made the import cheaper, not its time (that is measured by
``python -m benchmarks bench_scale``, the ``validate`` row)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pydantic

import journeymap_desktop.model as model_package
from journeymap_desktop.model import base
from journeymap_desktop.paths import sample_map_path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from journeymap_desktop.io.mapfile import load_map
load_map(sys.argv[1], thorough=True)
print(sorted(m for m in ("importlib.metadata", "email") if m in sys.modules))
"""


def _probe(**env: str) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, str(sample_map_path("es"))], capture_output=True,
                          text=True, cwd=ROOT, check=True, env={**os.environ, **env})
    return done.stdout.strip().splitlines()[-1]


def _model_classes() -> list[type[pydantic.BaseModel]]:
    found = {cls for cls in vars(model_package).values()
             if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel)}
    for cls in list(found):
        found.update(sub for sub in cls.__mro__ if isinstance(sub, type) and issubclass(sub, base.DocModel))
    return sorted(found, key=lambda cls: cls.__name__)


def test_reading_a_map_scans_no_installed_packages_for_pydantic_plugins() -> None:
    assert _probe() == "[]"


def test_a_wish_to_use_some_pydantic_plugins_is_respected() -> None:
    # Naming plugins to leave out means the others are wanted: pydantic looks for them.
    assert "'importlib.metadata'" in _probe(PYDANTIC_DISABLE_PLUGINS="some_plugin")


def test_an_already_imported_plugin_loader_is_left_alone() -> None:
    loader = sys.modules["pydantic.plugin._loader"]
    base._skip_pydantic_plugin_scan()
    assert sys.modules["pydantic.plugin._loader"] is loader


def test_model_annotations_are_evaluated_by_python_not_by_pydantic() -> None:
    # A string annotation (``from __future__ import annotations``) is compiled and evaluated
    # again by pydantic for every field when the class is built.
    stringly = [f"{cls.__name__}.{name}" for cls in _model_classes()
                for name, annotation in vars(cls).get("__annotations__", {}).items() if isinstance(annotation, str)]
    assert stringly == []


def test_no_field_defaults_to_a_builtin_factory() -> None:
    # pydantic parses a builtin's text signature with the tokenizer (see base.empty_list).
    builtin = [f"{cls.__name__}.{name}" for cls in _model_classes() for name, field in cls.model_fields.items()
               if isinstance(field.default_factory, type) and field.default_factory.__module__ == "builtins"]
    assert builtin == []
    assert base.empty_list() == [] and base.empty_list() is not base.empty_list()


BUILT_PROBE = """
import sys
from pydantic._internal._mock_val_ser import MockValSer
from journeymap_desktop.io.mapfile import load_map
from journeymap_desktop.model.base import DocModel
built_at_import = []
stack = [DocModel]
while stack:
    cls = stack.pop()
    stack.extend(cls.__subclasses__())
    if not isinstance(cls.__dict__.get("__pydantic_validator__"), MockValSer):
        built_at_import.append(cls.__name__)
load_map(sys.argv[1], thorough=True)
print(sorted(built_at_import))
"""


def test_model_validators_are_built_when_first_used_not_at_import() -> None:
    # Reading a map builds JourneyMap's validator, which holds every class below it:
    # building each class's own at import as well was work done twice.
    done = subprocess.run([sys.executable, "-c", BUILT_PROBE, str(sample_map_path("es"))], capture_output=True,
                          text=True, cwd=ROOT, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_model_class_used_on_its_own_builds_its_validator_then() -> None:
    from journeymap_desktop.model import Anchor, Card

    card = Card.model_validate({"stage_id": "stage-1", "title": "Pay"})
    card.title = "Pay online"  # validate_assignment needs Card's own validator
    assert card.title == "Pay online"
    assert Anchor.on("card", "card-1").key == ("card", "card-1")


def test_reading_a_valid_map_imports_no_json_nor_glob(tmp_path: Path) -> None:
    # pydantic reads a current map from its bytes; Python's json (~4 M instructions to import)
    # is for explaining a broken or older one, glob for a save's leftover temporary files;
    # validate checks images without the module that imports and downscales them.
    from journeymap_desktop.io.mapfile import save_map
    from tests.helpers import sample_map

    path = tmp_path / "m.journeymap"
    save_map(sample_map(), path)
    probe = PROBE.replace('("importlib.metadata", "email")', '("json", "glob", "journeymap_desktop.io.images")')
    done = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_model_s_records_are_named_tuples_not_dataclasses() -> None:
    # Defining a frozen dataclass compiles six methods (~3.6 M instructions at import).
    import dataclasses

    from journeymap_desktop.model import lanes, votes

    assert not dataclasses.is_dataclass(lanes.StageList) and not dataclasses.is_dataclass(votes.RankedCard)
    assert lanes.StageList(("cards",), ("cards",), [], False).key == ("cards",)
