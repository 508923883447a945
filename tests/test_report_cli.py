"""``zvdesk report``: writes PDF and Word; bad input gives one Dutch line and exit 2."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from zvdesk.cli import main


def test_cli_writes_a_project_pdf(example_path: Path, workdir: Path, capsys) -> None:  # noqa: ANN001
    before = example_path.read_bytes()
    out = workdir / "pilot.pdf"
    code = main(["report", str(example_path), "-o", str(out), "--project",
                 "Regiopilot Zorg + Veiligheid", "--title", "Voor de raad",
                 "--status", "definitief", "--instrument", "projects", "steps",
                 "--instrument", "impact"])
    assert code == 0, capsys.readouterr().err
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "Voor de raad" in text and "Projecten" in text and "CONCEPT" not in text
    assert "Stappenplan" in text and "De impactketen" in text
    assert "Regio en partners" not in text and "Communicatiestrategie" not in text
    assert example_path.read_bytes() == before, "the file is opened read-only"


@pytest.mark.parametrize("args, message", [
    (["--project", "Onbekend project"], "staat niet in dit bestand"),
    (["--instrument", "toverstaf"], "Onbekend onderdeel"),
])
def test_cli_unknown_choices(example_path: Path, workdir: Path, capsys, args, message) -> None:  # noqa: ANN001
    code = main(["report", str(example_path), "-o", str(workdir / "r.pdf"), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (workdir / "r.pdf").exists()


def test_cli_bad_file_and_bad_output(workdir: Path, example_path: Path, capsys) -> None:  # noqa: ANN001
    junk = workdir / "kapot.zvdb"
    junk.write_bytes(b"dit is geen database" * 50)
    assert main(["report", str(junk), "-o", str(workdir / "r.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and err.count("\n") == 1
    assert main(["report", str(workdir / "bestaat-niet.zvdb"), "-o",
                 str(workdir / "r.pdf")]) == 2
    assert capsys.readouterr().err.startswith("Fout: ")
    assert main(["report", str(example_path), "-o", str(workdir / "r.txt")]) == 2
    assert ".pdf of .docx" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["report", str(example_path), "-o", str(workdir / "r.pdf"), "--status", "klaar"])
    assert stop.value.code == 2


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_long_memo_flows_over_pages(example_path: Path, workdir: Path, capsys,  # noqa: ANN001
                                      suffix: str) -> None:
    """A memo of 20,000+ characters pasted into texts of a table row and of a key-value list
    (project description, stappenplan ambition) flows over pages; the report never fails."""
    from zvdesk.models.core.document import Document
    from zvdesk.models.core.schema import record_class

    memo = " ".join(f"Zin {i} van een lange memo over de regionale aanpak." for i in range(400))
    doc = Document.open(example_path)
    try:
        def paste(session) -> None:  # noqa: ANN001
            for project in session.query(record_class("project")):
                project.description = memo
            for step in session.query(record_class("project_step")):
                step.ambition = memo
        doc.write(paste)
    finally:
        doc.close()
    out = workdir / f"lang{suffix}"
    code = main(["report", str(example_path), "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    if suffix == ".pdf":
        text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    else:
        import docx

        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        text += "\n".join(c.text for t in docx.Document(str(out)).tables
                          for row in t.rows for c in row.cells)
    assert "Zin 399 van een lange memo" in text  # the end of the memo is in the report
