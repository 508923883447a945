"""Two instances, crashed instances, read-only folders and mail attachments."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
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


# -- hostile: the same file under other names, crashed and reused owners, odd lock files -----


def _other_names(path: Path, workdir: Path) -> dict[str, Path]:
    """Three more names of one file: a symlink, a path with ``..``, a hard link elsewhere."""
    (workdir / "sub").mkdir(exist_ok=True)
    (workdir / "elders").mkdir(exist_ok=True)
    link = workdir / "snelkoppeling.zvdb"
    link.symlink_to(path)
    hard = workdir / "elders" / "tweede-naam.zvdb"
    os.link(path, hard)
    return {"symlink": link, "dotdot": workdir / "sub" / ".." / path.name, "hardlink": hard}


def test_same_file_under_another_name_opens_for_writing_once(new_doc: Document,
                                                             workdir: Path) -> None:
    names = _other_names(new_doc.path, workdir)
    assert lock_path_for(names["symlink"]) == lock_path_for(new_doc.path)
    for kind, other in names.items():
        with pytest.raises(FileLocked) as info:
            Document.open(other)
        assert not info.value.stale, kind
        assert "al geopend door" in str(info.value), kind
    assert sorted(p.name for p in workdir.glob(".~*.lock")) == [f".~{new_doc.path.name}.lock"]
    assert not list((workdir / "elders").glob(".~*"))


def test_hard_link_held_by_another_process_is_refused(new_doc: Document,
                                                      workdir: Path) -> None:
    from tests.processes import hold_open, kill_9

    path = new_doc.path
    new_doc.close()
    hard = _other_names(path, workdir)["hardlink"]
    holder, _ = hold_open(path)
    try:
        with pytest.raises(FileLocked) as info:
            Document.open(hard)
        assert not info.value.stale
    finally:
        kill_9(holder)
    # The holder crashed: its registration by device and inode no longer counts.
    Document.open(hard, take_over_lock=True).close()
    doc = Document.open(hard)
    doc.close()


def test_lock_of_a_killed_holder_is_stale_and_can_be_taken_over(new_doc: Document) -> None:
    from tests.processes import hold_open, kill_9

    path = new_doc.path
    new_doc.close()
    holder, _ = hold_open(path)
    try:
        with pytest.raises(FileLocked) as info:
            Document.open(path)
        assert not info.value.stale
    finally:
        kill_9(holder)
    with pytest.raises(FileLocked) as info:
        Document.open(path)
    assert info.value.stale and "overnemen" in str(info.value)
    Document.open(path, take_over_lock=True).close()


def test_reused_pid_does_not_keep_a_crashed_lock_alive(new_doc: Document) -> None:
    """The crashed holder's pid now belongs to another program: the start time tells."""
    from tests.processes import hold_open, kill_9, start_python

    path = new_doc.path
    new_doc.close()
    holder, _ = hold_open(path)
    kill_9(holder)
    other = start_python("import time\nprint('x', flush=True)\ntime.sleep(300)\n")
    try:
        assert other.stdout.readline().strip() == "x"
        lock = lock_path_for(path)
        data = json.loads(lock.read_text())
        data["pid"] = other.pid  # as if the system gave the dead holder's pid to `other`
        lock.write_text(json.dumps(data))
        with pytest.raises(FileLocked) as info:
            Document.open(path)
        assert info.value.stale, "a live process with another start time is not the holder"
        # An older lock without a start time: the heartbeat decides.
        del data["started"]
        lock.write_text(json.dumps(data))
        with pytest.raises(FileLocked) as info:
            Document.open(path)
        assert not info.value.stale, "refreshed just now: still in use"
        old = time.time() - 600
        os.utime(lock, (old, old))
        with pytest.raises(FileLocked) as info:
            Document.open(path)
        assert info.value.stale, "not refreshed for ten minutes: never stale forever"
        future = time.time() + 10 * 365 * 86400
        os.utime(lock, (future, future))
        with pytest.raises(FileLocked) as info:
            Document.open(path)
        assert info.value.stale, "a time set years ahead is no heartbeat"
    finally:
        kill_9(other)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "huge", "dangling-link"])
def test_lock_path_that_is_not_a_small_file_is_refused_at_once(new_doc: Document,
                                                                kind: str) -> None:
    """In a child with a time limit: a hang fails the test instead of stopping the run."""
    path = new_doc.path
    new_doc.close()
    lock = lock_path_for(path)
    if kind == "fifo":
        os.mkfifo(lock)
    elif kind == "dev-zero":
        lock.symlink_to("/dev/zero")
    elif kind == "folder":
        lock.mkdir()
    elif kind == "huge":
        with open(lock, "wb") as fh:
            fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB that cost nothing
    else:
        lock.symlink_to(path.parent / "weg" / "nergens.lock")
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from zvdesk.models.core.document import Document
        from zvdesk.models.core.errors import FileLocked, TargetRefused
        from zvdesk.models.core.writeguard import check_write_target
        start = time.monotonic()
        for take_over in (False, True):
            try:
                Document.open({str(path)!r}, take_over_lock=take_over).close()
                print("OPENED")
            except FileLocked as exc:
                print("locked", exc.stale, exc)
        ro = Document.open({str(path)!r}, read_only=True)
        print("read-only", ro.read_only)
        ro.close()
        try:
            check_write_target({str(path)!r})
            print("WRITABLE")
        except TargetRefused as exc:
            print("refused", exc)
        print("seconds", time.monotonic() - start)
    """)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("locked False ") and "geen gewoon klein bestand" in lines[0]
    assert lines[1].startswith("locked False "), "taking over never removes such a thing"
    assert lines[2] == "read-only True"
    assert lines[3].startswith("refused ") and "in gebruik" in lines[3]
    assert float(lines[4].split()[1]) < 10
    assert os.path.lexists(lock)
    if kind == "folder":
        lock.rmdir()
    else:
        lock.unlink()
    Document.open(path).close()


# -- hostile: attachments anywhere under temp, and the folders unpackers and mailers use -----


@pytest.mark.parametrize("inside", [
    "Temp1_regio.zip/regio.zvdb",  # Windows Explorer opened it from a zip file
    "7zO4C7A1F23/regio.zvdb",  # 7-Zip
    "Rar$DIa0.512/regio.zvdb",  # WinRAR
    "thunderbird-bijlagen/a/b/c/regio.zvdb",  # any depth
    "diep/genest/map/regio.zvdb",
])
def test_anything_under_temp_opens_read_only(new_doc: Document, inside: str) -> None:
    new_doc.close()
    root = Path(tempfile.gettempdir()) / f"t-{uuid.uuid4().hex[:8]}"
    target = root / inside
    target.parent.mkdir(parents=True)
    shutil.copyfile(new_doc.path, target)
    before = target.read_bytes()
    try:
        doc = Document.open(target)
        try:
            assert doc.read_only_reason == MSG_ATTACHMENT
        finally:
            doc.close()
        assert target.read_bytes() == before
        assert not lock_path_for(target).exists()
    finally:
        shutil.rmtree(root)


def test_link_into_temp_counts_as_temp(new_doc: Document, workdir: Path) -> None:
    new_doc.close()
    inside = Path(tempfile.gettempdir()) / f"t-{uuid.uuid4().hex[:8]}"
    inside.mkdir()
    try:
        shutil.copyfile(new_doc.path, inside / "regio.zvdb")
        link = workdir / "via-link.zvdb"
        link.symlink_to(inside / "regio.zvdb")
        doc = Document.open(link)
        try:
            assert doc.read_only_reason == MSG_ATTACHMENT
        finally:
            doc.close()
    finally:
        shutil.rmtree(inside)


@pytest.mark.parametrize(("folder", "read_only"), [
    ("Temp1_regio.zip", True),
    ("7zO1A2B3C4D", True),
    ("AppData/Local/Microsoft/Windows/INetCache/Content.Outlook/X1Y2", True),
    ("Temp-notities", False),
    ("7zOnderzoek", False),
])
def test_unpack_and_mail_folders_count_wherever_they_are(new_doc: Document, workdir: Path,
                                                         folder: str, read_only: bool) -> None:
    new_doc.close()
    target = workdir / folder / "regio.zvdb"
    target.parent.mkdir(parents=True)
    shutil.copyfile(new_doc.path, target)
    doc = Document.open(target)
    try:
        assert doc.read_only is read_only
    finally:
        doc.close()
