"""A version as a document of its own: what a report (or the read-only window) reads."""

from __future__ import annotations

import shutil

from zvdesk.models.core.document import Document
from zvdesk.models.core.private import make_work_folder
from zvdesk.models.core.versions.store import find_version, write_version_file


def version_label(title: str) -> str:
    """The text on a report's cover for a version (its name and adoption)."""
    return title.removeprefix("Versie ").strip()


def open_version(document: Document, name: str,
                 project_id: str | None = None) -> tuple[Document, str, str]:
    """Closes ``document`` and opens the version ``name`` of it, read-only.

    The version's file is written into a private working folder that is removed when the
    returned document closes.

    Returns:
        ``(version document, project id, cover text)``.

    Raises:
        ValidationError: no (single) version of that name (Dutch message).
    """
    try:
        with document.session() as s:
            version = find_version(s, name, project_id)
        source = document.path
    finally:
        document.close()
    folder = make_work_folder("versie")
    try:
        path = write_version_file(source, folder / "versie.zvdb", version.id)
        opened = Document.open(path, read_only=True)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    opened.on_close.append(lambda: shutil.rmtree(folder, ignore_errors=True))
    return opened, version.project_id, version_label(version.title)
