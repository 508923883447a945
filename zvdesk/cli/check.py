"""Controleert een regiobestand en vat de inhoud samen, zonder iets te veranderen."""

from __future__ import annotations

import argparse
import sys

from zvdesk.models.errors import ZvdbError
from zvdesk.models.summary import summarize


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``zvdesk check``."""
    parser.add_argument("file", help="het regiobestand (.zvdb)")


def run(args: argparse.Namespace) -> int:
    """Prints the Dutch summary (exit 0) or one error line (exit 2)."""
    try:
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
