"""Voegt een kopie van een collega samen met uw bestand en schrijft het resultaat naar een nieuw bestand."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from zvdesk.models.document import Document
from zvdesk.models.errors import ZvdbError

#: Exit code when the files conflict and no --prefer was given (nothing written).
EXIT_CONFLICTS = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``zvdesk merge``."""
    parser.add_argument("mine", help="uw regiobestand (.zvdb)")
    parser.add_argument("theirs", help="de kopie van de collega (.zvdb)")
    parser.add_argument("-o", "--output", required=True,
                        help="waar het samengevoegde bestand komt (uw bestanden blijven zoals "
                             "ze zijn)")
    parser.add_argument("--prefer", choices=["mine", "theirs"],
                        help="welke versie wint bij een conflict (zonder deze keuze: stoppen "
                             "en de conflicten tonen)")


def format_value(value: object) -> str:
    """A field value as the user reads it."""
    from zvdesk.models.sharing.texts import display_value

    return display_value(value)


def run(args: argparse.Namespace) -> int:
    """Merges into OUT (exit 0), lists conflicts (exit 3) or prints one error line (exit 2)."""
    from zvdesk.models.sharing.merge_apply import apply_merge, plan_with_file, summarize_plan
    from zvdesk.models.sharing.texts import field_label

    out = Path(args.output).absolute()
    for given in (args.mine, args.theirs):
        if Path(given).absolute() == out:
            print("Fout: kies voor -o een ander bestand dan de invoerbestanden.",
                  file=sys.stderr)
            return 2
    private = Path(tempfile.mkdtemp(prefix="zvdesk-samenvoegen-"))
    try:
        mine_doc = Document.open(args.mine, read_only=True)
        try:
            work = private / Path(args.mine).name
            mine_doc.save_copy(work)
        finally:
            mine_doc.close()
        doc = Document.open(work)
        try:
            plan = plan_with_file(doc, args.theirs)
            if plan.conflicts and args.prefer is None:
                print(f"Er zijn {len(plan.conflicts)} conflicten: hetzelfde veld is in beide "
                      "bestanden anders gewijzigd. Er is niets geschreven. Kies met "
                      "--prefer mine of --prefer theirs welke versie wint, of voeg samen in "
                      "ZV Desk om per veld te kiezen.")
                for c in plan.conflicts:
                    print(f"- {c.title}, {field_label(c.field)}: uw versie "
                          f"‘{format_value(c.mine)}’, hun versie ‘{format_value(c.theirs)}’")
                return EXIT_CONFLICTS
            if not plan.related:
                print("Let op: de bestanden hebben geen gemeenschappelijke gegevens; alles uit "
                      "de kopie wordt toegevoegd.")
            if plan.empty:
                summary = summarize_plan(plan)
            else:
                summary, _edit = doc.write(lambda s: apply_merge(s, plan, prefer=args.prefer))
            doc.save_copy(out)
        finally:
            doc.close()
    except ZvdbError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    except Exception:  # noqa: BLE001 - the CLI promises one Dutch line, never a traceback
        print("Fout: het samenvoegen is mislukt door een onverwachte fout; er is niets "
              "geschreven.", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(private, ignore_errors=True)
    print(f"Samengevoegd in {out}:")
    print("\n".join(summary.lines()))
    return 0
