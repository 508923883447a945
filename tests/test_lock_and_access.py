"""Two instances, crashed instances, read-only folders and mail attachments."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import uuid
from pathlib import Path

import pytest

from tests.unprivileged import run_unprivileged
from zvdesk.models.core import ops
from zvdesk.models.core.document import MSG_ATTACHMENT, Document
from zvdesk.models.core.errors import FileLocked
from zvdesk.models.core.lock import lock_path_for

REPO = Path(__file__).resolve().parent.parent


def test_second_instance_cannot_write(new_doc: Document) -> None:
    with pytest.raises(FileLocked) as info:
        Document.open(new_doc.path)
    assert not info.value.stale
    assert "al geopend door" in str(info.value)
    other = Document.open(new_doc.path, read_only=True)  # reading is still possible
    try:
        assert other.read_only
    finally:
        other.close()


def test_lock_released_on_close(new_doc: Document) -> None:
    path = new_doc.path
    assert lock_path_for(path).exists()
    new_doc.close()
    assert not lock_path_for(path).exists()
    Document.open(path).close()


def test_stale_lock_after_crash_can_be_taken_over(new_doc: Document) -> None:
    path = new_doc.path
    new_doc.close()
    # A process that took the lock and died without releasing it.
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from zvdesk.models.core.lock import DocumentLock
        DocumentLock({str(path)!r}).acquire()
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    assert lock_path_for(path).exists()
    with pytest.raises(FileLocked) as info:
        Document.open(path)
    assert info.value.stale
    assert "overnemen" in str(info.value)
    doc = Document.open(path, take_over_lock=True)
    try:
        assert not doc.read_only
        assert json.loads(lock_path_for(path).read_text())["pid"] == os.getpid()
    finally:
        doc.close()


def test_file_in_temp_root_opens_read_only_as_attachment(new_doc: Document) -> None:
    new_doc.close()
    attachment = Path(tempfile.gettempdir()) / f"bijlage-{uuid.uuid4().hex}.zvdb"
    shutil.copyfile(new_doc.path, attachment)
    try:
        before = attachment.read_bytes()
        doc = Document.open(attachment)
        try:
            assert doc.read_only_reason == MSG_ATTACHMENT
            assert "Opslaan als" in doc.read_only_reason
        finally:
            doc.close()
        assert attachment.read_bytes() == before
        assert not lock_path_for(attachment).exists()
    finally:
        attachment.unlink()


def test_outlook_cache_folder_counts_as_attachment(new_doc: Document, workdir: Path) -> None:
    new_doc.close()
    folder = workdir / "Content.Outlook" / "AB12CD34"
    folder.mkdir(parents=True)
    target = folder / "regio.zvdb"
    shutil.copyfile(new_doc.path, target)
    doc = Document.open(target)
    try:
        assert doc.read_only
    finally:
        doc.close()


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX permissions")
def test_read_only_folder_opens_read_only(new_doc: Document, workdir: Path) -> None:
    """Runs as an unprivileged user (root may write anywhere), so the folder is really closed."""
    new_doc.write(lambda s: ops.create_record(s, "theme", {"name": "Alleen lezen"}))
    new_doc.close()
    shared = workdir / "netwerkmap"
    shared.mkdir()
    target = shared / "regio.zvdb"
    shutil.copyfile(new_doc.path, target)
    os.chmod(target, 0o444)
    os.chmod(shared, 0o555)
    before = target.read_bytes()
    result = run_unprivileged(f"""
        from zvdesk.models.core.document import Document
        from zvdesk.models.core import ops
        doc = Document.open({str(target)!r})
        with doc.session() as s:
            names = [t.name for t in ops.list_live(s, "theme")]
        print(doc.read_only, "Alleen lezen" in names)
        print(doc.read_only_reason)
        doc.close()
    """)
    os.chmod(shared, 0o755)
    assert result.returncode == 0, result.stderr
    first, reason = result.stdout.splitlines()[:2]
    assert first == "True True"
    assert "Opslaan als" in reason
    assert target.read_bytes() == before
    assert sorted(p.name for p in shared.iterdir()) == ["regio.zvdb"]
