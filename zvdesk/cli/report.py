"""Maakt een rapport (PDF of Word) van een regiobestand, zonder het bestand te veranderen."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from zvdesk.models.core.errors import ZvdbError

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``zvdesk report``."""
    parser.add_argument("file", help="het regiobestand (.zvdb)")
    parser.add_argument("-o", "--output", required=True, metavar="UIT",
                        help="het rapport: UIT.pdf of UIT.docx")
    parser.add_argument("--project", metavar="NAAM",
                        help="alleen dit project (standaard: de hele regio)")
    parser.add_argument("--instrument", metavar="SLEUTEL", action="extend", nargs="+",
                        help="alleen deze onderdelen, bijvoorbeeld: region projects steps "
                             "impact cooperation stakeholders")
    parser.add_argument("--title", metavar="TITEL", default="", help="titel op het voorblad")
    parser.add_argument("--version-number", dest="version_number", metavar="VERSIE",
                        default="1.0", help="versienummer op het voorblad")
    parser.add_argument("--author", metavar="AUTEUR", default="", help="auteur op het voorblad")
    parser.add_argument("--status", choices=("concept", "definitief"), default="concept",
                        help="concept (met CONCEPT-markering) of definitief")
    parser.add_argument("--version", dest="project_version", metavar="NAAM", default="",
                        help="het rapport van een vastgestelde versie van een project, "
                             "bijvoorbeeld \"Vastgesteld RBO 2026\" (het voorblad noemt de "
                             "versie en de datum van vaststelling)")
    parser.add_argument("--regioplan", action="store_true",
                        help="het regioplan als eigen document (voorblad, inhoud, hoofdstukken "
                             "en bijlagen) in plaats van het rapport")


def run(args: argparse.Namespace) -> int:
    """Writes the report (exit 0) or prints one Dutch error line (exit 2)."""
    from zvdesk.models.core.document import Document
    from zvdesk.reports.data import ReportOptions
    from zvdesk.reports.engine import (
        FORMATS,
        ReportError,
        check_instruments,
        find_project,
        generate,
    )

    out = Path(args.output)
    if out.suffix.lower().lstrip(".") not in FORMATS:
        print("Fout: kies een uitvoerbestand dat eindigt op .pdf of .docx.", file=sys.stderr)
        return 2
    try:
        check_instruments(tuple(args.instrument) if args.instrument else None)
        document = Document.open(args.file, read_only=True)
    except ZvdbError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    except Exception:  # noqa: BLE001 - the CLI promises one Dutch line, never a traceback
        log.debug("open failed", exc_info=True)
        print("Fout: het bestand kon niet worden geopend door een onverwachte fout.",
              file=sys.stderr)
        return 2
    try:
        if args.regioplan:
            if args.project or args.instrument:
                raise ReportError("Het regioplan gaat over de hele regio: laat --project en "
                                  "--instrument weg.")
            from zvdesk.reports.sections.regioplan.document import generate_regioplan

            path = generate_regioplan(document, out, ReportOptions(
                title=args.title, version=args.version_number, status=args.status,
                author=args.author))
            print(f"Regioplan geschreven: {path}")
            return 0
        project_id = find_project(document, args.project) if args.project else None
        if args.project_version:
            from zvdesk.models.core.versions.report import open_version

            document, project_id, label = open_version(document, args.project_version,
                                                       project_id)
            args.version_number = label
        options = ReportOptions(
            project_id=project_id,
            instruments=tuple(args.instrument) if args.instrument else None,
            title=args.title, version=args.version_number, status=args.status,
            author=args.author)
        path = generate(document, options, out)
    except (ReportError, ZvdbError) as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    except Exception:  # noqa: BLE001 - one Dutch line, never a traceback
        log.debug("report failed", exc_info=True)
        print("Fout: het rapport kon niet worden gemaakt door een onverwachte fout.",
              file=sys.stderr)
        return 2
    finally:
        document.close()
    print(f"Rapport geschreven: {path}")
    return 0
