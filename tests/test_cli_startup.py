"""What a headless command loads: its own module only, and no reportlab, PIL or Qt unless it
draws; the garbage collector is off while it runs and back on afterwards."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from journeymap_desktop.cli import main
from journeymap_desktop.paths import sample_map_path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import sys
from journeymap_desktop.cli import main
status = main(sys.argv[1:])
heavy = sorted(m for m in ("reportlab", "PIL", "PySide6") if m in sys.modules)
commands = sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("journeymap_desktop.commands."))
print(status, heavy, commands)
"""


def _probe(*args: str) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    return done.stdout.strip().splitlines()[-1]


def test_validate_imports_its_own_command_and_nothing_that_draws() -> None:
    assert _probe("validate", "-q", str(sample_map_path("es"))) == "0 [] ['validate']"


def test_a_pdf_export_loads_reportlab_and_pillow_but_not_qt(tmp_path: Path) -> None:
    out = _probe("export", str(sample_map_path("es")), "-o", str(tmp_path / "p.pdf"))
    assert out == "0 ['PIL', 'reportlab'] ['export']"


def test_the_collector_is_back_on_after_a_command(capsys: object) -> None:
    assert gc.isenabled()
    assert main(["validate", "-q", str(sample_map_path("es"))]) == 0
    assert gc.isenabled()


EXITING = """
import atexit, sys
atexit.register(lambda: print("atexit ran"))
from journeymap_desktop.cli import main
sys.argv = ["journeymap", *sys.argv[1:]]
print("before", end=" ")  # buffered: must still come out
main()
print("not reached: the process ended in main")
"""


def test_a_headless_command_run_as_the_program_ends_the_process_with_its_status(tmp_path: Path) -> None:
    # Run as the program (argv None), a batch command skips the interpreter's teardown but
    # still flushes what it printed, runs the atexit handlers and exits with its status.
    good = subprocess.run([sys.executable, "-c", EXITING, "validate", str(sample_map_path("es"))],
                          capture_output=True, text=True, cwd=ROOT)
    assert good.returncode == 0, good.stderr
    assert good.stdout.startswith("before ") and good.stdout.rstrip().endswith("atexit ran")
    assert "not reached" not in good.stdout
    bad = subprocess.run([sys.executable, "-c", EXITING, "validate", str(tmp_path / "missing.journeymap")],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and "missing.journeymap" in bad.stderr
    assert "atexit ran" in bad.stdout and "not reached" not in bad.stdout


def test_called_with_arguments_main_returns() -> None:
    # Tests and scripts call main(args): it returns, whatever the command.
    assert main(["templates"]) == 0


ARGPARSE_PROBE = """
import sys
from journeymap_desktop.cli import main
status = main(sys.argv[1:])
print(status, sorted(m for m in ("argparse", "gettext", "shutil") if m in sys.modules))
"""


def _argparse_probe(*args: str) -> str:
    done = subprocess.run([sys.executable, "-c", ARGPARSE_PROBE, *args], capture_output=True, text=True,
                          cwd=ROOT)
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else f"exit {done.returncode}"


def test_validate_of_files_alone_runs_without_argparse() -> None:
    # Its most common call; argparse with gettext, locale and shutil cost ~25 M instructions.
    sample = str(sample_map_path("es"))
    assert _argparse_probe("validate", sample, sample) == "0 []"


def test_validate_with_options_still_goes_through_argparse(tmp_path: Path) -> None:
    sample = str(sample_map_path("es"))
    assert _argparse_probe("validate", "-q", sample) == "0 ['argparse', 'gettext', 'shutil']"
    # What argparse refuses it still refuses (a file after -q: nargs="+" took the first one).
    assert _argparse_probe("validate", sample, "-q", sample) == "exit 2"
    assert _argparse_probe("validate") == "exit 2"


OPEN_PROBE = """
import sys
import journeymap_desktop.commands.open as command
command.open_files = lambda files: print("editor on", [path.name for path in files]) or 0  # no window
from journeymap_desktop.cli import main
status = main(sys.argv[1:])
print(status, "argparse" in sys.modules)
"""


def _open_probe(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", OPEN_PROBE, *args], capture_output=True, text=True, cwd=ROOT)
    return done.stdout.strip().splitlines() or [f"exit {done.returncode}"]


def test_opening_files_in_the_editor_runs_without_argparse() -> None:
    # Every editor start went through argparse first (~4 ms before Qt was even imported).
    sample = str(sample_map_path("es"))
    assert _open_probe(sample) == ["editor on ['sample-es.journeymap']", "0 False"]
    assert _open_probe("open", sample, sample) == ["editor on ['sample-es.journeymap', 'sample-es.journeymap']",
                                                   "0 False"]
    assert _open_probe() == ["editor on []", "0 False"]


def test_open_with_options_still_goes_through_argparse() -> None:
    assert _open_probe("open", "--", "x.journeymap") == ["editor on ['x.journeymap']", "0 True"]
    assert _open_probe("open", "--bogus") == ["exit 2"]
