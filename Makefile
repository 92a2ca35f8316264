# JourneyMap Desktop: `make run` opens the sample map, `make test` runs every check.
PY := .venv/bin/python
STAMP := .venv/.setup-done

.PHONY: setup run test bench schema clean
setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh
	touch $@

run: setup
	$(PY) -m journeymap_desktop resources/samples/sample-es.journeymap

test: setup
	bash scripts/test.sh

bench: setup
	$(PY) -m benchmarks

schema: setup
	$(PY) -m journeymap_desktop schema > docs/journeymap.schema.json

clean:
	rm -rf .venv build dist *.egg-info .pytest_cache .mypy_cache

# Packaging (packaging/README.md): the wheel in dist/, the one-folder app in dist/JourneyMap/
# (PyInstaller in its own venv, build/bundle-venv), icons regenerated from icons/*.svg.
.PHONY: wheel bundle icons
wheel: setup
	$(PY) -m pip wheel --no-deps --no-build-isolation -q -w dist .

bundle:
	bash packaging/build_bundle.sh

icons: setup
	$(PY) scripts/make_icons.py
