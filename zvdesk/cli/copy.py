"""Maakt een kopie om te delen: compact, zonder verwijderde tekst, eventueel met initialen (en zonder functies) en wachtwoord."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import FileLocked, ZvdbError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``zvdesk copy``."""
    parser.add_argument("file", help="het regiobestand (.zvdb)")
    parser.add_argument("-o", "--output", required=True, metavar="UIT", help="waar de kopie komt")
    parser.add_argument("--initials", action="store_true",
                        help="namen van personen terugbrengen tot initialen en contactgegevens "
                             "weglaten (AVG)")
    parser.add_argument("--blank-functions", action="store_true",
                        help="met --initials: ook de functies van personen leegmaken (functie "
                             "en organisatie samen kunnen iemand nog herkenbaar maken)")
    parser.add_argument("--password-file", metavar="BESTAND",
                        help="beveilig de kopie met het wachtwoord uit dit bestand (eerste regel); "
                             "ook het wachtwoord van FILE als dat beveiligd is")


def read_password_file(path: str) -> str:
    """Reads a password from the first line of a file.

    Raises:
        ZvdbError: the file cannot be read or is empty.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ZvdbError(f"Het wachtwoordbestand ‘{Path(path).name}’ kan niet worden "
                        "gelezen.") from exc
    if not lines or not lines[0]:
        raise ZvdbError(f"Het wachtwoordbestand ‘{Path(path).name}’ is leeg.")
    return lines[0]


def open_source(path: str, password: str | None = None) -> Document:
    """Opens a file to copy or merge from: for writing when possible, else read-only."""
    from zvdesk.models.core.sharing.container import open_encrypted
    from zvdesk.models.core.sharing.magic import is_encrypted_file

    if is_encrypted_file(path):
        if password is None:
            from zvdesk.models.core.sharing.magic import encrypted_message

            raise ZvdbError(encrypted_message(path))
        try:
            return open_encrypted(path, password)
        except FileLocked:
            return open_encrypted(path, password, read_only=True)
    try:
        return Document.open(path)
    except FileLocked:
        return Document.open(path, read_only=True)


def run(args: argparse.Namespace) -> int:
    """Writes the copy and prints what it holds (exit 0), or one Dutch error line (exit 2)."""
    from zvdesk.models.core.sharing.copy import (
        FUNCTION_WARNING,
        CopyOptions,
        describe_contents,
        make_share_copy,
    )
    from zvdesk.models.core.writeguard import check_write_target

    if args.blank_functions and not args.initials:
        print("Fout: --blank-functions werkt alleen samen met --initials.", file=sys.stderr)
        return 2
    try:
        check_write_target(args.output, (args.file, args.password_file))
        password = read_password_file(args.password_file) if args.password_file else None
        options = CopyOptions(initials=args.initials, password=password,
                              blank_functions=args.blank_functions)
        doc = open_source(args.file, password)
        try:
            with doc.session() as s:
                contents = describe_contents(s)
            result = make_share_copy(doc, Path(args.output), options)
        finally:
            doc.close()
    except ZvdbError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    except Exception:  # noqa: BLE001 - the CLI promises one Dutch line, never a traceback
        print("Fout: de kopie kon niet worden gemaakt door een onverwachte fout.",
              file=sys.stderr)
        return 2
    print(f"Kopie gemaakt: {result.path}")
    lines = contents.lines(options)
    print("\n".join(line + " (optie --blank-functions)" if line == FUNCTION_WARNING else line
                    for line in lines))
    if result.report is not None:
        print("Wat is teruggebracht of weggelaten:")
        print("\n".join(f"- {line}" for line in result.lines(options)))
    return 0
