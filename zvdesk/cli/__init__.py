"""The ``zvdesk`` command: the app, and subcommands such as ``check``.

Subcommands register in :data:`COMMANDS` (name → module with ``add_arguments(parser)`` and
``run(args) -> int``). Every error is one Dutch line on stderr and exit code 2; never a
traceback. A reader that closes the pipe early ends the command quietly (exit 141).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from zvdesk import __version__

#: Subcommand name → module under zvdesk.cli. One line per subcommand.
COMMANDS: dict[str, str] = {
    "check": "zvdesk.cli.check",
    "copy": "zvdesk.cli.copy",
    "import-region": "zvdesk.cli.import_region",
    "merge": "zvdesk.cli.merge",
    "report": "zvdesk.cli.report",
}

_ARGPARSE_NL = {
    "the following arguments are required": "deze gegevens ontbreken",
    "unrecognized arguments": "onbekende argumenten",
    "invalid choice": "ongeldige keuze",
    "expected one argument": "hier hoort één waarde bij",
    "argument": "argument",
}


class DutchParser(argparse.ArgumentParser):
    """argparse with Dutch headings, Dutch errors and exit code 2."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"

    def format_usage(self) -> str:  # noqa: D102 - argparse API
        return super().format_usage().replace("usage:", "gebruik:", 1)

    def format_help(self) -> str:  # noqa: D102 - argparse API
        return super().format_help().replace("usage:", "gebruik:", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        for en, nl in _ARGPARSE_NL.items():
            message = message.replace(en, nl)
        self.exit(2, f"zvdesk: {message}. Zie ‘zvdesk --help’.\n")


def _gui_parser() -> DutchParser:
    parser = DutchParser(
        prog="zvdesk",
        description="ZV Desk: de gereedschapskist regionale samenwerking zorg en veiligheid.",
        epilog="Opdrachten: " + ", ".join(f"zvdesk {name} …" for name in COMMANDS),
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
    parser.add_argument("--version", action="version", version=f"ZV Desk {__version__}",
                        help="toon het versienummer en stop")
    parser.add_argument("--example", action="store_true",
                        help="open de voorbeeldregio Zaanstreek-Waterland")
    parser.add_argument("file", nargs="?", help="het regiobestand (.zvdb) om te openen")
    return parser


#: Exit code after the reader of our output went away (``zvdesk check F | head -1``), as a
#: shell reports a process ended by SIGPIPE.
EXIT_BROKEN_PIPE = 141


def _quiet_after_broken_pipe() -> int:
    """The reader closed the pipe: send what is left to nowhere, so that Python's final
    flush prints no traceback, and end quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    return EXIT_BROKEN_PIPE


def _sweep_working_copies() -> None:
    """Removes decrypted and stage copies left behind by a crashed ZV Desk (never fails)."""
    try:
        from zvdesk.models.core.private import sweep_orphans

        sweep_orphans()
    except Exception:  # noqa: BLE001 - tidying up must never stop the command
        pass


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``zvdesk`` command.

    A reader that closes the pipe early (``zvdesk check F | head -1``, also for ``--help``)
    ends the command quietly with :data:`EXIT_BROKEN_PIPE`, never with a traceback.
    """
    try:
        code = _run(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()  # a closed pipe shows here, not in Python's final flush
        return code
    except SystemExit:  # --help, --version and usage errors end through argparse
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            raise SystemExit(_quiet_after_broken_pipe()) from None
        raise
    except BrokenPipeError:
        return _quiet_after_broken_pipe()


def _run(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        module = importlib.import_module(COMMANDS[argv[0]])
        parser = DutchParser(prog=f"zvdesk {argv[0]}", description=module.__doc__,
                             add_help=False)
        parser.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
        module.add_arguments(parser)
        args = parser.parse_args(argv[1:])
        _sweep_working_copies()
        return int(module.run(args))
    args = _gui_parser().parse_args(argv)
    from zvdesk.app import run_gui

    return run_gui(args.file, example=args.example)
