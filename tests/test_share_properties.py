"""Property-based tests of shared copies: no deleted or full names in the bytes; any changed
byte of a protected file is refused and the file stays as it was."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.sharing import crypto
from zvdesk.models.core.sharing.container import open_encrypted
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.magic import TamperedFile, WrongPassword

word = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=5, max_size=9)
person = st.tuples(word, word).map(lambda p: f"Q{p[0]} X{p[1]}")
people = st.lists(person, min_size=1, max_size=6, unique=True)
SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


def _file(folder: Path, names: list[str]) -> tuple[Document, list[str]]:
    doc = Document.create(folder / "regio.zvdb")

    def add(s):  # noqa: ANN001, ANN202
        return [ops.create_record(s, "person", {"name": n, "notes": f"over {n}"}) for n in names]

    ids, _ = doc.write(add)
    return doc, ids


@SETTINGS
@given(names=people, data=st.data())
def test_deleted_and_full_names_never_reach_the_copy_bytes(tmp_path: Path, names: list[str],
                                                          data: st.DataObject) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    doc, ids = _file(folder, names)
    try:
        gone = data.draw(st.sets(st.sampled_from(range(len(names)))), label="deleted")
        if gone:
            doc.write(lambda s: ops.delete_records(s, "person", [ids[i] for i in gone]))
        make_share_copy(doc, folder / "met-namen.zvdb", CopyOptions())
        make_share_copy(doc, folder / "initialen.zvdb", CopyOptions(initials=True))
    finally:
        doc.close()
    with_names = (folder / "met-namen.zvdb").read_bytes()
    initials = (folder / "initialen.zvdb").read_bytes()
    for i, name in enumerate(names):
        first, last = name.split()
        assert (name.encode() in with_names) == (i not in gone)
        assert first.encode() not in initials and last.encode() not in initials


@pytest.fixture(scope="module")
def protected_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A small protected file, made once."""
    folder = tmp_path_factory.mktemp("beveiligd")
    doc, _ids = _file(folder, ["Qanna Xbos"])
    try:
        make_share_copy(doc, folder / "b.zvdb", CopyOptions(password="wachtwoord-1"))
    finally:
        doc.close()
    return (folder / "b.zvdb").read_bytes()


@SETTINGS
@given(position=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255))
def test_any_changed_byte_is_refused_and_nothing_changes(tmp_path: Path, protected_bytes: bytes,
                                                        position: int, flip: int) -> None:
    data = bytearray(protected_bytes)
    position %= len(data)
    data[position] ^= flip
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    target = folder / "b.zvdb"
    target.write_bytes(bytes(data))
    from zvdesk.models.core.errors import NotAZvdbFile

    with pytest.raises((TamperedFile, WrongPassword, NotAZvdbFile)):
        open_encrypted(target, "wachtwoord-1")
    assert target.read_bytes() == bytes(data)
    assert sorted(p.name for p in folder.iterdir()) == ["b.zvdb"]


def test_header_size_is_what_the_format_document_says() -> None:
    assert crypto.HEADER_SIZE == 66
    text = (Path(__file__).parents[1] / "docs" / "ENCRYPTED-FORMAT.md").read_text("utf-8")
    assert "The header is 66 bytes" in text
