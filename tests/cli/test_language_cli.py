"""The command line in the terminal's language: RMDESK_LANGUAGE, else the locale's, else English;
the same commands, options and exit codes in every language, and `new --language` for the file."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from rmdesk import cli
from rmdesk.domain import Pair, i18n
from rmdesk.store import Document, queries

from .test_cli import rmdesk

SAID = i18n.words("id")


def run(capsys, *args):
    """``rmdesk ARGS`` in this process: exit code, stdout and stderr."""
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def indonesian(monkeypatch):
    monkeypatch.setenv("RMDESK_LANGUAGE", "id")


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"RMDESK_LANGUAGE": "id"}, "id"),
        ({"RMDESK_LANGUAGE": "id", "LANG": "en_GB.UTF-8"}, "id"),
        ({"RMDESK_LANGUAGE": "en", "LC_ALL": "id_ID.UTF-8"}, "en"),
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LC_MESSAGES": "id_ID", "LANG": "en_US.UTF-8"}, "id"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
        ({"LANG": "id_ID@euro"}, "id"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_terminals_language_comes_from_rmdesk_language_then_the_locale(environment, language):
    assert cli.terminal_language(environment) == language


def test_a_program_run_in_bahasa_indonesia_keeps_its_exit_codes(indonesian, capsys, tmp_path):
    path = tmp_path / "PT Contoh Maju.rmdesk"
    start = dt.date(2026, 8, 3)
    code, out, _ = run(
        capsys, "new", path, "--program", "Pilot 2026", "--start", start, "--end", "2026-12-31"
    )
    assert code == 0
    assert out.splitlines() == [
        f"{path} dibuat untuk PT Contoh Maju, laporannya dalam bahasa Indonesia",
        "Program 'Pilot 2026': 3 Agustus 2026 sampai 31 Desember 2026, direncanakan",
    ]
    with Document.open(path, readonly=True) as doc:
        assert doc.organisation().language == "id"  # the terminal's language, as the window does

    code, out, err = run(capsys, "start", path, "--all-proposed")
    assert (code, out, err) == (0, "Tidak ada pasangan usulan yang dapat dimulai.\n", "")
    code, out, err = run(capsys, "start", path)
    assert code == 2 and out == ""
    assert err == "rmdesk: berikan id pasangan yang akan dimulai, atau --all-proposed\n"
    code, _, err = run(capsys, "start", path, "0000abcd")
    assert code == 2 and "tidak ada pasangan dengan id 0000abcd" in err
    code, _, err = run(capsys, "new", path)  # exists already: the store's refusal, one line
    assert code == 2 and err.startswith("rmdesk: ") and len(err.splitlines()) == 1


def test_pairs_start_and_export_in_bahasa_indonesia(indonesian, capsys, demo_file, tmp_path):
    code, out, _ = run(capsys, "pairs", demo_file)
    assert code == 0
    heading, *lines = out.splitlines()
    assert heading.endswith("(berjalan): 23 pasangan")
    assert any("[Aktif]" in line and " skor " in line and " sejak " in line for line in lines)

    with Document.open(demo_file, readonly=True) as doc:
        proposed = doc.all(Pair, "status = 'proposed'", order_by="id")
    code, out, _ = run(capsys, "start", demo_file, proposed[0].id, "--on", "2026-08-03")
    assert code == 0
    assert out == f"1 pasangan dimulai pada 3 Agustus 2026 (rmdesk undo {demo_file} membatalkannya).\n"

    target = tmp_path / "daftar.xlsx"
    code, out, _ = run(capsys, "export", demo_file, target, "--anonymise")
    assert code == 0
    assert out == (
        f"{target} ditulis: 60 peserta, 60 pendaftaran, 23 pasangan, 51 sasaran, 81 pertemuan "
        "dan 120 evaluasi, dianonimkan.\n"
    )
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames == ["Participants", "Enrolments", "Pairs", "Goals", "Meetings", "Evaluations"]
    book.close()  # the file's language (English here) heads the workbook, not the terminal's

    code, out, err = run(capsys, "export", demo_file, tmp_path / "daftar.pdf")
    assert code == 2 and out == ""
    assert err == (
        "rmdesk: daftar.pdf bukan .xlsx maupun .csv; beri berkas itu salah satu akhiran tersebut untuk "
        "mengekspor.\n"
    )
    wrong = tmp_path / "bukan.rmdesk"
    wrong.write_text("bukan berkas rmdesk")
    code, out, err = run(capsys, "pairs", wrong)  # a file that is none: the same exit as in English
    assert code == 2 and out == "" and err.startswith("rmdesk: ") and len(err.splitlines()) == 1


def test_new_language_sets_the_files_language_whatever_the_terminal_speaks(capsys, tmp_path):
    code, out, _ = run(capsys, "new", tmp_path / "a.rmdesk", "--language", "id")
    assert code == 0 and out.endswith("its reports in Bahasa Indonesia\n")  # the terminal speaks English
    code, _, _ = run(capsys, "new", tmp_path / "b.rmdesk")
    assert code == 0
    with Document.open(tmp_path / "a.rmdesk", readonly=True) as doc:
        assert doc.organisation().language == "id"
    with Document.open(tmp_path / "b.rmdesk", readonly=True) as doc:
        assert doc.organisation().language == "en"

    code, out, _ = run(capsys, "export", tmp_path / "a.rmdesk", tmp_path / "a.xlsx")
    assert code == 0 and out.startswith(f"Wrote {tmp_path / 'a.xlsx'}: 0 participants")
    book = openpyxl.load_workbook(tmp_path / "a.xlsx", read_only=True)
    assert book.sheetnames == ["Peserta", "Pendaftaran", "Pasangan", "Sasaran", "Pertemuan", "Evaluasi"]
    assert [c.value for c in next(book["Peserta"].iter_rows(max_row=1))][:3] == [
        "Nama",
        "No. karyawan",
        "Email",
    ]
    book.close()
    with pytest.raises(SystemExit) as refused:
        cli.main(["new", str(tmp_path / "c.rmdesk"), "--language", "fr"])
    assert refused.value.code == 2  # a usage error, as for every option
    assert "invalid choice: 'fr'" in capsys.readouterr().err  # argparse's own words stay English


def test_help_describes_the_commands_in_the_terminals_language(indonesian, capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["new", "-h"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "buat berkas program kosong" in out and "--language {en,id}" in out
    assert "buat juga program dengan nama ini" in out


@pytest.mark.slow  # real processes, a few seconds
def test_the_locale_alone_makes_the_command_speak_bahasa_indonesia(demo_file, tmp_path, monkeypatch):
    monkeypatch.delenv("RMDESK_LANGUAGE")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    indonesian = {"LANG": "id_ID.UTF-8"}
    listed = rmdesk("pairs", demo_file, env=indonesian)
    assert listed.returncode == 0 and "(berjalan): 23 pasangan" in listed.stdout
    refused = rmdesk("report", demo_file, env=indonesian)
    assert refused.returncode == 2
    assert refused.stderr == "rmdesk: berikan --out BERKAS.pdf atau --each FOLDER\n"
    english = rmdesk("report", demo_file, env={"LANG": "en_GB.UTF-8"})
    assert english.returncode == 2
    assert english.stderr == "rmdesk: give either --out FILE.pdf or --each FOLDER\n"
    with Document.open(demo_file, readonly=True) as doc:
        assert queries.programs(doc)  # the file itself untouched by either
