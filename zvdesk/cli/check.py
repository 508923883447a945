"""Controleert een regiobestand en vat de inhoud samen, zonder iets te veranderen."""

from __future__ import annotations

import argparse
import sys

from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.summary import summarize


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``zvdesk check``."""
    parser.add_argument("file", help="het regiobestand (.zvdb)")
    parser.add_argument("--password-file", metavar="BESTAND",
                        help="wachtwoord (eerste regel) voor een beveiligd bestand")


def run(args: argparse.Namespace) -> int:
    """Prints the Dutch summary (exit 0) or one error line (exit 2)."""
    try:
        if getattr(args, "password_file", None):
            from zvdesk.cli.copy import read_password_file
            from zvdesk.models.core.sharing.container import decrypted_copy

            with decrypted_copy(args.file, read_password_file(args.password_file)) as plain:
                lines = summarize(plain)
        else:
            lines = summarize(args.file)
    except ZvdbError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    except Exception:  # noqa: BLE001 - the CLI promises one Dutch line, never a traceback
        print("Fout: het bestand kon niet worden gecontroleerd door een onverwachte fout.",
              file=sys.stderr)
        return 2
    print("\n".join(lines))
    return 0
