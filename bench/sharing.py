"""Sharing figures on a large region: copy, initials copy, password copy, merge plan and apply.

Usage: PYTHONPATH=. python bench/sharing.py
Prints one line per step; the last line sums up the merge (target: plan + apply < 5 s).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.sharing.container import open_encrypted
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.merge_apply import apply_merge, plan_with_file
from zvdesk.models.example import build_example

N_PEOPLE, N_THEMES, N_ORGS = 1000, 2000, 300



def _outside_temp() -> str:
    """A work folder in the repository: ZV Desk opens files under the temp folder read-only."""
    folder = Path(__file__).resolve().parent.parent.joinpath("bench", "out")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)

def _grow(s):  # noqa: ANN001, ANN202
    from zvdesk.models.region.tables import Organisation, Person, Theme

    orgs = [Organisation(name=f"Organisatie {i}", description="Partner " * 20)
            for i in range(N_ORGS)]
    s.add_all(orgs)
    s.flush()
    s.add_all(Person(name=f"Voornaam{i} van Achternaam{i}", initials=f"VvA{i % 100}",
                     organisation_id=orgs[i % N_ORGS].id, role="Adviseur",
                     email=f"p{i}@voorbeeld.invalid", notes="Notitie " * 10)
              for i in range(N_PEOPLE))
    s.add_all(Theme(name=f"Thema {i}", description="Omschrijving " * 15)
              for i in range(N_THEMES))


def _timed(label: str, fn):  # noqa: ANN001, ANN202
    start = time.perf_counter()
    result = fn()
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")
    return result


def main() -> None:
    """Builds the region, then times each sharing step once."""
    folder = Path(tempfile.mkdtemp(prefix="zvdesk-bench-sharing-", dir=_outside_temp()))
    path = build_example(folder / "groot.zvdb")
    doc = Document.open(path)
    doc.write(_grow)
    print(f"bestand: {path.stat().st_size / 1e6:.1f} MB")
    _timed("kopie", lambda: make_share_copy(doc, folder / "kopie.zvdb", CopyOptions()))
    _timed("kopie met initialen", lambda: make_share_copy(
        doc, folder / "initialen.zvdb", CopyOptions(initials=True)))
    _timed("kopie met wachtwoord", lambda: make_share_copy(
        doc, folder / "beveiligd.zvdb", CopyOptions(password="bench-wachtwoord")))
    theirs = Document.open(folder / "kopie.zvdb")
    with doc.session() as s:
        people = [p.id for p in ops.list_live(s, "person")]
    theirs.write(lambda s: [ops.update_record(s, "person", pid, {"role": "Hun rol"})
                            for pid in people[: len(people) // 10]])
    doc.write(lambda s: [ops.update_record(s, "person", pid, {"phone": "0201234"})
                         for pid in people[len(people) // 2:][: len(people) // 10]])
    theirs.close()
    start = time.perf_counter()
    plan = plan_with_file(doc, folder / "kopie.zvdb")
    plan_ms = (time.perf_counter() - start) * 1000
    print(f"samenvoegen: vergelijken: {plan_ms:.0f} ms")
    start = time.perf_counter()
    doc.write(lambda s: apply_merge(s, plan, prefer="mine"))
    apply_ms = (time.perf_counter() - start) * 1000
    print(f"samenvoegen: schrijven ({len(plan.changes)} records): {apply_ms:.0f} ms")
    doc.close()
    protected = _timed("beveiligd openen", lambda: open_encrypted(folder / "beveiligd.zvdb",
                                                                  "bench-wachtwoord"))
    with protected.session() as s:
        pid = ops.list_live(s, "person")[0].id
    times = []
    for i in range(10):
        start = time.perf_counter()
        protected.write(lambda s, i=i: ops.update_record(s, "person", pid, {"role": f"r{i}"}))
        times.append((time.perf_counter() - start) * 1000)
    protected.close()
    print(f"beveiligd: wijziging + versleuteld terugschrijven median "
          f"{statistics.median(times):.0f} ms (target < 1000 ms)")
    print(f"merge plan+apply {plan_ms + apply_ms:.0f} ms (target < 5000 ms)")


if __name__ == "__main__":
    main()
