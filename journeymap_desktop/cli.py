"""The ``journeymap`` command: opens the editor, or runs a headless subcommand.

Each subcommand lives in :mod:`journeymap_desktop.commands` as a module with
``register(subparsers)``; add a module there and its name to ``COMMAND_MODULES``.
Headless commands never import Qt, and user errors print one clear line each, no traceback.
Only the module of the command being run is imported (all of them for ``--help``); a module
may also offer ``simple_call(words)`` for its most common call, which then runs without argparse
(see :func:`_run`). The garbage collector is off while a command runs: a batch command is
short, its objects are freed by reference counting, and full collections over a big map's
objects cost tens of ms.
"""

from __future__ import annotations

import functools
import gc
import importlib
import sys
from typing import TYPE_CHECKING, Callable, NoReturn, Sequence

from journeymap_desktop import __version__

if TYPE_CHECKING:
    import argparse

#: Subcommand modules, in the order ``--help`` lists them.
COMMAND_MODULES = ["open", "new", "validate", "templates", "schema", "export", "import_", "render", "diff",
                   "merge_driver", "install_git", "install_desktop"]


class UserError(Exception):
    """A mistake in how the command was called; printed as one line, exit status 2."""


def command_name(module: str) -> str:
    """The subcommand a module registers (a module named like a keyword ends in "_":
    import_.py registers "import"; install_desktop.py registers "install-desktop")."""
    return module.rstrip("_").replace("_", "-")


def build_parser(modules: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser with the subcommands of ``modules`` (default: every one)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="journeymap",
        description=(
            "JourneyMap Desktop: offline customer journey maps. With no command (or just a "
            "file) it opens the editor."
        ),
        epilog="Run 'journeymap COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"JourneyMap Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules or COMMAND_MODULES:
        module = importlib.import_module(f"journeymap_desktop.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status.

    Run as the program (``argv`` None: the console script, ``python -m journeymap_desktop``),
    a headless command ends the process as soon as it is done, without the interpreter's
    teardown (see :func:`_exit_now`); called with arguments (tests, scripts) it returns.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    enabled = gc.isenabled()
    gc.disable()
    try:
        status = _run(args_list)
    finally:
        if enabled:
            gc.enable()
    if argv is None and _is_headless(args_list):
        _exit_now(status)
    return status


def _is_headless(args_list: list[str]) -> bool:
    """A batch command (``export``, ``validate``...), not the editor (``open``, or a file)."""
    known = {command_name(name) for name in COMMAND_MODULES}
    return bool(args_list) and args_list[0] in known and args_list[0] != "open"


def _exit_now(status: int) -> NoReturn:
    """End the process now: run the ``atexit`` handlers, flush the standard streams, exit.

    What the interpreter's own exit would add is freeing every object one by one and a last
    full garbage collection over them all: after a 1,500-card poster that is ~145 ms, as
    long as writing its page, for memory the operating system takes back at once anyway
    (mypy ends its runs the same way, ``util.hard_exit``). Only once the command has
    returned, and with no other thread running (the normal exit would wait for it).
    """
    import atexit
    import os
    import threading

    if threading.active_count() > 1:
        sys.exit(status)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None without a console (pythonw)
                stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be written
            pass
    os._exit(status)


def _run(args_list: list[str]) -> int:
    from journeymap_desktop.io.errors import MapFileError

    known = {command_name(name): name for name in COMMAND_MODULES}
    # `journeymap` and `journeymap FILE` open the editor: route them to the "open" command.
    if not args_list or (args_list[0] not in known and not args_list[0].startswith("-")):
        if args_list and _looks_like_a_command(args_list[0]):
            print(f"journeymap: '{args_list[0]}': no such command or file. Commands: "
                  f"{', '.join(sorted(known))} (or a map file to open in the editor)", file=sys.stderr)
            return 2
        args_list = ["open", *args_list]
    module = known.get(args_list[0])
    run = _simple_call(module, args_list[1:]) if module else None
    if run is None:
        args = build_parser([module] if module else None).parse_args(args_list)
        run = functools.partial(args.func, args)
    try:
        result: int = run()
        return result
    except MapFileError as exc:
        for line in exc.lines():
            print(f"journeymap: {line}", file=sys.stderr)
        return 1
    except UserError as exc:
        print(f"journeymap: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` or a closed pager: not an error worth a traceback.
        sys.stderr.close()
        return 0


def _simple_call(module: str, words: list[str]) -> Callable[[], int] | None:
    """The command's common call without argparse, when its module has ``simple_call`` and
    ``words`` are such a call (``validate FILE...``); else None, and argparse parses them
    (and explains what is wrong) as always. Importing argparse and building the parser
    was a tenth of what ``journeymap validate`` costs beyond its bare baseline: ~25 M
    instructions (gettext, locale, and shutil with bz2 and lzma for the help's width)."""
    simple = getattr(importlib.import_module(f"journeymap_desktop.commands.{module}"), "simple_call", None)
    if simple is None:
        return None
    run: Callable[[], int] | None = simple(words)
    return run


def _looks_like_a_command(word: str) -> bool:
    """A first word that is neither a command nor an existing file, and has no extension nor
    folder in it (``journeymap dif a b``): a mistyped command, not a map to open (which
    would open the editor on files named ``dif``, ``a`` and ``b``)."""
    from pathlib import Path

    path = Path(word)
    return not path.suffix and path.name == word and not path.exists()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
