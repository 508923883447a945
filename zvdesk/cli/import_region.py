"""Slaat het bestand van een andere regio op als aparte regio: een eigen bestand met een nieuwe identiteit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zvdesk.models.core.errors import ZvdbError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``zvdesk import-region``."""
    parser.add_argument("other", metavar="ANDER", help="het bestand van de andere regio (.zvdb)")
    parser.add_argument("target", metavar="DOEL",
                        help="waar de aparte regio komt (een nieuw bestand; ANDER blijft zoals "
                             "het is)")
    parser.add_argument("--password-file", metavar="BESTAND",
                        help="wachtwoord (eerste regel) van een beveiligd ANDER; DOEL wordt dan "
                             "met hetzelfde wachtwoord beveiligd")


def run(args: argparse.Namespace) -> int:
    """Writes the separate region (exit 0) or prints one Dutch error line (exit 2)."""
    from zvdesk.cli.copy import read_password_file
    from zvdesk.models.core.private import make_work_folder, remove_work_folder
    from zvdesk.models.core.sharing import crypto
    from zvdesk.models.core.sharing.magic import encrypted_message, is_encrypted_file
    from zvdesk.models.core.sharing.region_import import import_region
    from zvdesk.models.core.writeguard import check_write_target

    other = Path(args.other)
    private: Path | None = None
    try:
        check_write_target(args.target, (args.other, args.password_file))
        source, key = other, None
        if is_encrypted_file(other):
            if not args.password_file:
                raise ZvdbError(encrypted_message(other).replace("zvdesk check",
                                                                 "zvdesk import-region"))
            password = read_password_file(args.password_file)
            plain, key = crypto.decrypt_file(other, password)
            private = make_work_folder("regio-invoer")
            source = private / other.name
            source.write_bytes(plain)
        result = import_region(source, args.target, source_name=other.name,
                               keep_apart=(other, args.password_file), key=key)
    except ZvdbError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        raise
    except Exception:  # noqa: BLE001 - the CLI promises one Dutch line, never a traceback
        print("Fout: het opslaan als aparte regio is mislukt door een onverwachte fout; er is "
              "niets geschreven.", file=sys.stderr)
        return 2
    finally:
        if private is not None:
            remove_work_folder(private)
    print(result.message(other.name))
    return 0
