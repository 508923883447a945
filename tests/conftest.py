"""Test set-up: Qt offscreen, settings in a temp folder, helpers for real files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

from zvdesk.models.core.document import Document  # noqa: E402
from zvdesk.models.example import build_example  # noqa: E402
from zvdesk.models.region.ops import populate_new_region  # noqa: E402

# `make test` (and CI) run the property tests on fixed examples, so that a run is repeatable;
# HYPOTHESIS_PROFILE=explore draws new ones (do that when changing merge or sharing code).
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session", autouse=True)
def _temp_folder_apart(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The temp folder of this test run is a fresh folder *beside* pytest's own.

    Anything under the temp folder opens read-only (an attachment, lost when temp is
    cleaned), at any depth. pytest's tmp_path lives under the system temp folder, so the run
    gets its own temp folder (TMPDIR/TEMP/TMP and :mod:`tempfile`, also for subprocesses)
    and tmp_path is then an ordinary folder, as a user's documents folder is. The user's
    private folder (decrypted and stage copies) is one folder per run too.
    """
    import shutil
    import tempfile

    base = tmp_path_factory.getbasetemp()  # fixed before the temp folder moves
    saved = {name: os.environ.get(name)
             for name in ("TMPDIR", "TEMP", "TMP", "ZVDESK_PRIVATE_DIR")}
    apart = Path(tempfile.mkdtemp(prefix="zvdesk-testtemp-", dir=base.parent.parent))
    for name in ("TMPDIR", "TEMP", "TMP"):
        os.environ[name] = str(apart)
    os.environ["ZVDESK_PRIVATE_DIR"] = str(base / "privé")
    tempfile.tempdir = str(apart)
    yield apart
    tempfile.tempdir = None
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    shutil.rmtree(apart, ignore_errors=True)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A writable folder that is not the temp root (so files there are not 'attachments')."""
    folder = tmp_path / "werk"
    folder.mkdir()
    return folder


@pytest.fixture
def new_doc(workdir: Path) -> Iterator[Document]:
    """A new region file with the catalogue, open for writing."""
    doc = Document.create(workdir / "regio.zvdb",
                          populate=lambda s: populate_new_region(s, "Testregio", ["Zaanstad"]))
    yield doc
    doc.close()


@pytest.fixture(scope="session")
def example_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example region, built once per test run."""
    return build_example(tmp_path_factory.mktemp("voorbeeld") / "zaanstreek-waterland.zvdb")


@pytest.fixture
def example_path(example_master: Path, workdir: Path) -> Path:
    """A private copy of the example region for one test."""
    target = workdir / "zaanstreek-waterland.zvdb"
    target.write_bytes(example_master.read_bytes())
    return target


@pytest.fixture
def example_doc(example_path: Path) -> Iterator[Document]:
    """The example region, open for writing."""
    doc = Document.open(example_path)
    yield doc
    doc.close()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings of every test live in its own temp folder."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("ZV Desk Test")
    QCoreApplication.setApplicationName("ZV Desk Test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (zvdesk/ui/garbage.py): no automatic collection, which could free Qt
    widgets of an earlier test on a report's worker thread; the main thread collects."""
    import gc

    gc.disable()
    yield
    gc.enable()


_TESTS_RUN = [0]


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    import gc

    # On the main thread, between tests: the young generations after every test (cheap),
    # everything after every 25th (a full pass over a large heap takes a moment).
    _TESTS_RUN[0] += 1
    gc.collect(2 if _TESTS_RUN[0] % 25 == 0 else 1)


@pytest.fixture(autouse=True)
def _no_task_outlives_its_test() -> Iterator[None]:
    """A background task (a report on a worker thread) still reading a document that the
    next test's teardown closes would crash the process: each test ends with its tasks."""
    yield
    import sys

    if "zvdesk.ui.tasks" in sys.modules:
        from zvdesk.ui.tasks import wait_all

        assert wait_all(60.0), "a background task did not stop within 60 s"


@pytest.fixture(autouse=True)
def _no_unexpected_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question the test did not expect fails the test instead of hanging it (a modal
    dialog offscreen waits forever). Tests that expect one patch ``dialogs.confirm``."""
    from zvdesk.ui import dialogs

    def unexpected(_parent, title: str, text: str, *_a, **_k):  # noqa: ANN001, ANN202
        raise AssertionError(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(dialogs, "confirm", unexpected)
    monkeypatch.setattr(dialogs, "choose", unexpected)
    monkeypatch.setattr(dialogs, "offer_to_open", lambda *_a, **_k: False)  # never a viewer


@pytest.fixture
def window(qtbot, monkeypatch):  # noqa: ANN001, ANN201
    """The main window with no document, dialogs patched to fail loudly if unexpected."""
    from zvdesk.ui import dialogs
    from zvdesk.ui.mainwindow import MainWindow

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append(
        (title, text)))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, text: shown.append(
        (title, text)))
    win = MainWindow()
    win.messages = shown
    qtbot.addWidget(win)
    win.show()
    yield win
    from zvdesk.ui.tasks import wait_all

    wait_all(60.0)  # no report job may still read the document that closes now
    win.set_document(None)
