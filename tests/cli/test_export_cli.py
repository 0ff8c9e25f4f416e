"""rmdesk export as scripts run it: one line on success, one sentence and a non-zero exit on a refusal."""

import openpyxl

from .test_cli import rmdesk

KINDS = ["participants", "enrolments", "pairs", "goals", "meetings", "evaluations"]


def test_export_to_a_workbook_csv_files_and_one_list(demo_file, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    done = rmdesk("export", demo_file, out / "all.xlsx", "--anonymise")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"Wrote {out / 'all.xlsx'}: 60 participants, 60 enrolments, 23 pairs, 51 goals, 81 meetings "
        "and 120 evaluations, anonymised."
    ]
    book = openpyxl.load_workbook(out / "all.xlsx")
    assert book.sheetnames == [k.capitalize() for k in KINDS]
    assert book["Participants"]["A2"].value.startswith("Participant 00")

    every = rmdesk("export", demo_file, out / "lists.csv")
    assert every.returncode == 0 and every.stdout.startswith(
        f"Wrote 6 CSV files beside {out / 'lists.csv'}: "
    )
    assert sorted(p.name for p in out.glob("lists-*.csv")) == sorted(f"lists-{k}.csv" for k in KINDS)

    one = rmdesk("export", demo_file, out / "pairs.csv", "--what", "pairs")
    assert one.returncode == 0 and one.stdout == f"Wrote {out / 'pairs.csv'}: 23 pairs.\n"
    assert (out / "pairs.csv").read_bytes().startswith(b"\xef\xbb\xbfProgram,Reverse mentor,Mentee,")


def test_refusals_are_one_sentence_with_a_non_zero_exit(demo_file, tmp_path):
    cases = [
        (
            [demo_file, tmp_path / "out.pdf"],
            "rmdesk: out.pdf is neither .xlsx nor .csv; give the file one of those endings to export.",
        ),
        (
            [demo_file, tmp_path / "no" / "out.xlsx"],
            f"rmdesk: The folder {tmp_path / 'no'} does not exist; create it or choose another.",
        ),
        ([tmp_path / "missing.rmdesk", tmp_path / "out.xlsx"], "rmdesk: There is no file at"),
    ]
    for args, said in cases:
        refused = rmdesk("export", *args)
        assert refused.returncode != 0 and refused.stdout == ""
        assert refused.stderr.startswith(said) and len(refused.stderr.strip().splitlines()) == 1, (
            refused.stderr
        )
    wrong = rmdesk("export", demo_file, tmp_path / "out.xlsx", "--what", "people")
    assert wrong.returncode == 2 and "invalid choice: 'people'" in wrong.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv", ".partial")) == []
