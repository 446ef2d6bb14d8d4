"""Legacy files (.doc, .rtf, .odt through LibreOffice) and scanned PDFs (Tesseract, --ocr),
audited end to end where the tools are installed, and one clear line where they are not.

The samples are made at test time from a small plan built with python-docx: LibreOffice saves
it as .doc, .rtf and .odt, and as a PDF whose pages are rendered to images and wrapped as an
image-only PDF with Pillow.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import fixtures_hostile as fh
import pytest
from plan_builder import build_docx, plan_texts

from ehcp_audit.audit import audit_file
from ehcp_audit.config import Settings
from ehcp_audit.errors import UnreadableFile
from ehcp_audit.readers import read_document
from ehcp_audit.readers.convert import SOFFICE_ENV
from ehcp_audit.readers.ocr import TESSERACT_ENV

HAVE_SOFFICE = shutil.which("soffice") is not None
HAVE_TESSERACT = shutil.which("tesseract") is not None
needs_soffice = pytest.mark.skipif(not HAVE_SOFFICE, reason="LibreOffice not installed")
needs_tesseract = pytest.mark.skipif(
    not (HAVE_SOFFICE and HAVE_TESSERACT), reason="LibreOffice and Tesseract needed"
)
VAGUE = "Access to small group work as required."


def soffice(source: Path, to: str, out: Path) -> Path:
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless",
         "--convert-to", to, "--outdir", str(out), str(source)],
        capture_output=True, timeout=180, check=True,
    )  # fmt: skip
    return out / f"{source.stem}.{to.split(':')[0]}"


@pytest.fixture(scope="session")
def samples(tmp_path_factory) -> dict[str, Path]:
    """plan.docx with one vague provision line, and what LibreOffice makes of it."""
    folder = tmp_path_factory.mktemp("legacy")
    texts = plan_texts({"section": "F", "text": VAGUE})
    made = {"docx": build_docx(folder / "plan.docx", texts)}
    if HAVE_SOFFICE:
        for kind in ("doc", "rtf", "odt", "pdf"):
            made[kind] = soffice(made["docx"], kind, folder)
    return made


@pytest.fixture(scope="session")
def scanned(samples, tmp_path_factory) -> Path:
    """An image-only PDF: each page of the plan's PDF rendered at 150 dpi, wrapped by Pillow."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(samples["pdf"]))
    images = [pdf[i].render(scale=150 / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    pdf.close()
    target = tmp_path_factory.mktemp("scan") / "scanned.pdf"
    images[0].save(target, save_all=True, append_images=images[1:], resolution=150)
    return target


@pytest.fixture(scope="session")
def reference(samples):
    return audit_file(samples["docx"], Settings())


@needs_soffice
@pytest.mark.parametrize("kind", ["doc", "rtf", "odt"])
def test_legacy_files_are_audited_end_to_end(samples, reference, kind):
    before = samples[kind].read_bytes()
    result = audit_file(samples[kind], Settings())
    assert samples[kind].read_bytes() == before
    assert result.status == "audited", result.error
    assert result.format == kind
    assert sorted(result.sections) == sorted(reference.sections)
    assert not result.missing_sections
    vague = [f for f in result.findings if f.code == "F-VAGUE"]
    assert vague and vague[0].match == "access to, small group, as required"
    assert vague[0].place and vague[0].place.startswith("Section F, provision ")
    assert sorted({f.code for f in result.findings}) == sorted({f.code for f in reference.findings})


@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".odt"])
def test_without_libreoffice_each_file_gets_one_line(tmp_path, monkeypatch, suffix):
    monkeypatch.setenv(SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    if suffix == ".doc":
        plan = fh.ole_file(tmp_path / "plan.doc", {"WordDocument": b"\xec\xa5" + bytes(5000)})
    elif suffix == ".rtf":
        plan = tmp_path / "plan.rtf"
        plan.write_bytes(rb"{\rtf1\ansi Section A: All about me\par I like swimming.\par}")
    else:
        plan = tmp_path / "plan.odt"
        import zipfile

        with zipfile.ZipFile(plan, "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            z.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(UnreadableFile) as caught:
        read_document(plan)
    cause = caught.value.cause
    assert cause.startswith("needs LibreOffice to read an ")
    assert "apt-get install libreoffice-writer-nogui" in cause and "\n" not in cause


def test_a_folder_of_legacy_files_without_libreoffice_exits_2_and_counts_them(tmp_path):
    (tmp_path / "a.rtf").write_bytes(rb"{\rtf1\ansi Section A\par}")
    fh.ole_file(tmp_path / "b.doc", {"WordDocument": b"\xec\xa5" + bytes(5000)})
    proc = subprocess.run(
        [sys.executable, "-m", "ehcp_audit", "scan", str(tmp_path), "--no-cache", "-f", "none"],
        capture_output=True, text=True, timeout=300, env={**_env(), SOFFICE_ENV: "none"},
    )  # fmt: skip
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert sum("a.rtf: needs LibreOffice" in line for line in lines) == 1
    assert sum("b.doc: needs LibreOffice" in line for line in lines) == 1
    assert "2 .doc/.rtf/.odt need LibreOffice" in proc.stderr


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


@needs_tesseract
def test_scanned_pdf_is_refused_without_ocr_and_read_with_it(scanned, reference):
    plain = audit_file(scanned, Settings())
    assert plain.status == "error" and "--ocr" in (plain.error or "")
    result = audit_file(scanned, replace(Settings(), ocr=True))
    assert result.status == "audited", result.error
    assert result.ocr and result.ocr["engine"].startswith("tesseract")
    assert 70 <= result.ocr["mean_confidence"] <= 100
    assert result.ocr["pages"] == result.pages
    assert len(result.sections) >= 9
    assert any(f.code == "F-VAGUE" for f in result.findings)

    from ehcp_audit.report import csvout, jsonout

    plan = json.loads(jsonout.dumps(jsonout.results_json([result])))["plans"][0]
    assert plan["ocr"]["mean_confidence"] == result.ocr["mean_confidence"]
    row = csvout.plans_csv([result]).splitlines()
    assert row[0].endswith("ocr_confidence") and row[1].endswith(str(result.ocr["mean_confidence"]))


@needs_tesseract
def test_ocr_without_tesseract_says_how_to_install_it(scanned, monkeypatch):
    monkeypatch.setenv(TESSERACT_ENV, "none")
    with pytest.raises(UnreadableFile, match="apt-get install tesseract-ocr tesseract-ocr-eng"):
        read_document(scanned, ocr=True)


def test_scanned_message_names_the_option(tmp_path):
    from PIL import Image

    target = tmp_path / "scan.pdf"
    Image.new("L", (200, 200), 255).save(target)
    with pytest.raises(UnreadableFile) as caught:
        read_document(target)
    assert "--ocr" in caught.value.cause or "blank" in caught.value.cause
