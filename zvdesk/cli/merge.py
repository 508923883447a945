"""Voegt een kopie van een collega samen met uw bestand en schrijft het resultaat naar een nieuw bestand."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from zvdesk.cli.copy import read_password_file
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ZvdbError

if TYPE_CHECKING:
    from zvdesk.models.core.sharing.merge import FieldConflict

#: Exit code when the files conflict and no --prefer was given (nothing written).
EXIT_CONFLICTS = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``zvdesk merge``."""
    parser.add_argument("mine", help="uw regiobestand (.zvdb)")
    parser.add_argument("theirs", help="de kopie van de collega (.zvdb)")
    parser.add_argument("-o", "--output", required=True, metavar="UIT",
                        help="waar het samengevoegde bestand komt (uw bestanden blijven zoals "
                             "ze zijn)")
    parser.add_argument("--password-file", metavar="BESTAND",
                        help="wachtwoord (eerste regel) van beveiligde invoerbestanden; een "
                             "beveiligd eigen bestand geeft een beveiligd resultaat")
    # Mixing another region into one's own was possible once; it is refused now (a file holds
    # one region, issue 11). The option stays only to say so and what to do instead.
    parser.add_argument("--andere-regio", action="store_true", dest="other_region",
                        help=argparse.SUPPRESS)
    parser.add_argument("--prefer", choices=["mine", "theirs"],
                        help="welke versie wint bij een conflict (zonder deze keuze: stoppen "
                             "en de conflicten tonen)")


def _plain(path: Path, password: str | None, folder: Path) -> Path:
    """A protected input decrypted into the private folder; a plain input as it is."""
    from zvdesk.models.core.sharing.crypto import decrypt_file
    from zvdesk.models.core.sharing.magic import encrypted_message, is_encrypted_file

    if not is_encrypted_file(path):
        return path
    if password is None:
        raise ZvdbError(encrypted_message(path).replace("zvdesk check", "zvdesk merge"))
    plain, _key = decrypt_file(path, password)
    folder.mkdir(mode=0o700)
    target = folder / path.name
    target.write_bytes(plain)
    return target


def _save_protected(doc: Document, out: Path, password: str, private: Path) -> None:
    from zvdesk.models.core.errors import write_failure_reason
    from zvdesk.models.core.sharing import crypto
    from zvdesk.models.core.writeguard import check_write_target

    plain = doc.save_copy(private / "resultaat.zvdb")
    check_write_target(out, (doc.path,))
    try:
        crypto.encrypt_to_file(plain.read_bytes(), out, crypto.derive(password))
    except OSError as exc:
        raise ZvdbError(f"‘{out.name}’ kon niet worden geschreven: "
                        f"{write_failure_reason(exc, out)}.") from exc


def format_value(value: object) -> str:
    """A field value as the user reads it."""
    from zvdesk.models.core.sharing.texts import display_value

    return display_value(value)


def conflict_line(c: FieldConflict) -> str:
    """One conflict as a Dutch line, showing where the two versions differ (never cut there)."""
    from zvdesk.models.core.sharing.texts import differing_part

    if c.is_deletion:
        mine, theirs = c.mine_text, c.theirs_text
    elif c.is_text:
        mine, theirs = differing_part(c.mine or "", c.theirs or "")
        mine, theirs = mine or "(leeg)", theirs or "(leeg)"
    else:
        mine, theirs = format_value(c.mine), format_value(c.theirs)
    return f"- {c.title}, {c.field_name}: uw versie ‘{mine}’, hun versie ‘{theirs}’"


def run(args: argparse.Namespace) -> int:
    """Merges into OUT (exit 0), lists conflicts (exit 3) or prints one error line (exit 2)."""
    from zvdesk.models.core.private import make_work_folder, remove_work_folder
    from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file, summarize_plan
    from zvdesk.models.core.sharing.texts import conflicts_phrase
    from zvdesk.models.core.writeguard import check_write_target

    if args.other_region:
        print("Fout: --andere-regio bestaat niet meer: twee regio’s worden nooit door elkaar "
              "gehaald, want een bestand bevat één regio. Sla de andere regio op als apart "
              f"regiobestand met ‘zvdesk import-region {Path(args.theirs).name} DOEL.zvdb’. "
              "Er is niets geschreven.", file=sys.stderr)
        return 2
    try:
        out = check_write_target(args.output, (args.mine, args.theirs, args.password_file))
        private = make_work_folder("samenvoegen")
    except (ZvdbError, OSError) as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    try:
        password = read_password_file(args.password_file) if args.password_file else None
        mine_path = _plain(Path(args.mine), password, private / "mijn")
        theirs_path = _plain(Path(args.theirs), password, private / "hun")
        mine_doc = Document.open(mine_path, read_only=True)
        try:
            work = private / Path(args.mine).name
            mine_doc.save_copy(work)
        finally:
            mine_doc.close()
        doc = Document.open(work)
        try:
            plan = plan_with_file(doc, theirs_path, theirs_name=Path(args.theirs).name,
                                  command_line=True)
            if plan.conflicts and args.prefer is None:
                n = len(plan.conflicts)
                print(f"{'Er is' if n == 1 else 'Er zijn'} {conflicts_phrase(n)}: hetzelfde "
                      "veld is in beide bestanden anders gewijzigd. Er is niets geschreven. "
                      "Kies met --prefer mine of --prefer theirs welke versie wint, of voeg "
                      "samen in ZV Desk (Bestand → Samenvoegen met kopie…) om per veld te "
                      "kiezen of bij tekst beide versies te bewaren.")
                for c in plan.conflicts:
                    print(conflict_line(c))
                return EXIT_CONFLICTS
            if not plan.related:
                print("Let op: de bestanden hebben geen gemeenschappelijke gegevens; alles uit "
                      "de kopie wordt toegevoegd.")
            if plan.empty:
                summary = summarize_plan(plan)
            else:
                summary, _edit = doc.write(lambda s: apply_merge(s, plan, prefer=args.prefer))
            if mine_path != Path(args.mine) and password is not None:
                _save_protected(doc, out, password, private)
            else:
                doc.save_copy(out)
        finally:
            doc.close()
    except ZvdbError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        raise  # the reader went away: main ends quietly
    except Exception:  # noqa: BLE001 - the CLI promises one Dutch line, never a traceback
        print("Fout: het samenvoegen is mislukt door een onverwachte fout; er is niets "
              "geschreven.", file=sys.stderr)
        return 2
    finally:
        remove_work_folder(private)
    print(f"Samengevoegd in {out}:")
    print("\n".join(summary.lines()))
    return 0
