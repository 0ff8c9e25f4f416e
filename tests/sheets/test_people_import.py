"""Staff lists as they really arrive: every mess imports exactly the rows it should, or is refused
with a sentence and the document untouched."""

import datetime as dt
import json
import shutil
import zipfile

import openpyxl
import pytest

from rmdesk.domain import EmploymentType, Enrolment, Participant, Program, Role
from rmdesk.sheets import people
from rmdesk.sheets.files import SpreadsheetRefused
from rmdesk.store import Document

from ..cli.test_cli import rmdesk


def import_file(doc, path, **options):
    table = people.read_table(path)
    plan = people.plan_import(doc, table, people.guess_mapping(table.headers), **options)
    people.apply_import(doc, plan, options.get("program"))
    return table, plan


def by_name(doc):
    return {p.name: p for p in doc.all(Participant)}


def test_a_semicolon_csv_with_a_bom_title_rows_blank_rows_and_a_repeated_header(doc, tmp_path):
    text = (
        "Daftar Karyawan PT Contoh Maju;;;;;\n"
        "Dicetak 2026-11-01;;;;;\n"
        ";;;;;\n"
        "NIK;Nama Lengkap;Departemen;Jabatan;Tanggal Lahir;Atasan\n"
        "NDS-1;  Bambang Wijaya ;Finance;Director;12/03/1968;\n"
        ";;;;;\n"
        "NDS-2;Siti Nur'aini;Finance;Analyst;2000-07-15;NDS-1\n"
        "NIK;Nama Lengkap;Departemen;Jabatan;Tanggal Lahir;Atasan\n"
        "NDS-3;Rina Putri;Marketing;Officer;36892;Bambang Wijaya\n"
    )
    path = tmp_path / "karyawan.csv"
    path.write_bytes("\ufeff".encode() + text.encode("utf-8"))
    table, plan = import_file(doc, path)
    assert table.header_row == 4 and [r for r, _ in table.rows] == [5, 7, 9]
    assert plan.refused == [] and len(plan.added) == 3
    found = by_name(doc)
    assert set(found) == {"Bambang Wijaya", "Siti Nur'aini", "Rina Putri"}
    bambang = found["Bambang Wijaya"]
    assert (bambang.employee_no, bambang.department, bambang.job_title, bambang.birth_year) == (
        "NDS-1",
        "Finance",
        "Director",
        1968,
    )
    assert (
        found["Siti Nur'aini"].birth_year == 2000 and found["Rina Putri"].birth_year == 2001
    )  # serial 36892
    assert found["Siti Nur'aini"].manager_id == bambang.id  # by employee number
    assert found["Rina Putri"].manager_id == bambang.id  # by name
    assert doc.undo() == "Import 3 People" and doc.counts()["participants"] == 0


def test_windows_1252_accents_tabs_and_first_middle_last_names(doc, tmp_path):
    path = tmp_path / "agency.txt"
    path.write_bytes(
        "Emp ID\tFirst\tMI\tLast\tVendor\tContract End\tDate of birth\n"
        "OS-1\tJosé\t\tMuñoz\tPT Mitra Karya Solusi\t31.12.2027\t1999-01-02\n"
        "OS-2\tZoë\tA\tHartono\tPT Mitra Karya Solusi\t20261231\t02/01/1998\n".encode("cp1252")
    )
    _, plan = import_file(doc, path)
    assert plan.refused == []
    found = by_name(doc)
    assert set(found) == {"José Muñoz", "Zoë A Hartono"}
    jose = found["José Muñoz"]
    assert jose.employment_type is EmploymentType.OUTSOURCED and jose.agency == "PT Mitra Karya Solusi"
    assert jose.contract_end == dt.date(2027, 12, 31) and found["Zoë A Hartono"].contract_end == dt.date(
        2026, 12, 31
    )


def test_an_hris_export_imports_with_the_guessed_mapping_alone(doc, tmp_path):
    path = tmp_path / "hris.csv"
    path.write_text(
        '"Empl No",First,Last,MI,Street,City,State,Zip,Phone,Pager,DOH\n'
        '10041,Adi,Santoso,K,"Jl. Sudirman 1",Jakarta,DKI,10220,021-555,,2015-03-01\n'
        "10042,Dewi,Lestari,,Jl. Asia Afrika 8,Bandung,Jawa Barat,40111,022-555,,2019-08-12\n",
        encoding="utf-8",
    )
    table = people.read_table(path)
    mapping = people.guess_mapping(table.headers)
    named = {table.headers[c]: k for c, k in mapping.items() if k}
    assert named == {
        "Empl No": "employee_no",
        "First": "first_name",
        "Last": "last_name",
        "MI": "middle_name",
        "City": "location",
    }
    import_file(doc, path)
    found = by_name(doc)
    assert found["Adi K Santoso"].employee_no == "10041" and found["Dewi Lestari"].location == "Bandung"


def xlsx(path, rows, *, merge=None, formula_at=None):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    if formula_at:
        sheet[formula_at] = "=1+1"
    book.save(path)
    return path


def test_an_xlsx_with_a_merged_title_real_dates_a_formula_column_and_every_row_problem(doc, tmp_path):
    path = xlsx(
        tmp_path / "staff.xlsx",
        [
            ["Staff list 2026"],
            [],
            ["Employee No", "Name", "Email", "Grade", "Birth date", "Role", "Check"],
            ["E1", "Budi Santoso", "budi@x.co", 11, dt.datetime(1970, 5, 1), "Mentee", None],
            ["E2", "", "nobody@x.co", 3, dt.datetime(2000, 1, 1), "mentor", None],
            ["E3", "Siti", "not an email", "three", "31/02/2000", "boss", None],
            ["E1", "Budi Again", "b2@x.co", 11, None, "mentee", None],
            ["E4", "Rina", "rina@x.co", 3, 36892, "reverse mentor", None],
        ],
        merge="A1:G1",
        formula_at="G4",
    )
    program = doc.add(Program(name="Pilot", start_date=dt.date(2026, 6, 1), end_date=dt.date(2026, 12, 31)))
    table, plan = import_file(doc, path, program=program)
    assert table.header_row == 3
    problems = [(p.row, p.column) for p in plan.refused]
    assert (5, "Name") in problems  # no name
    assert {(6, "Email"), (6, "Grade"), (6, "Birth date"), (6, "Role")} <= set(problems)
    assert (7, "Employee No") in problems  # the same employee number as row 4
    assert any("is also on row 4" in p.message for p in plan.refused)
    assert plan.refused_rows == [5, 6, 7]
    assert set(by_name(doc)) == {"Budi Santoso", "Rina"}
    roles = {e.participant_id: e.role for e in doc.all(Enrolment)}
    found = by_name(doc)
    assert roles == {found["Budi Santoso"].id: Role.MENTEE, found["Rina"].id: Role.MENTOR}


def test_people_already_in_the_file_are_updated_skipped_or_kept_as_chosen_once(doc, tmp_path):
    doc.add(Participant(name="Budi Santoso", employee_no="E1", department="Sales", email="budi@x.co"))
    path = tmp_path / "again.csv"
    path.write_text("Employee No,Name,Department\nE1,Budi Santoso,Finance\n,Adi,IT\n", encoding="utf-8")
    _, skipped = import_file(doc, path, on_duplicate="skip")
    assert skipped.skipped == [2] and by_name(doc)["Budi Santoso"].department == "Sales"
    _, updated = import_file(doc, path, on_duplicate="update")
    assert [p.name for p in updated.updated] == ["Budi Santoso"]
    assert by_name(doc)["Budi Santoso"].department == "Finance"
    assert by_name(doc)["Budi Santoso"].email == "budi@x.co"  # a column the list does not have stays
    _, kept = import_file(doc, path, on_duplicate="keep")
    assert [str(p) for p in kept.refused] == [
        "Row 2, Employee No: Employee number E1 already belongs to Budi Santoso; "
        "choose to update or skip people already in the file."
    ]


def test_a_manager_loop_in_the_list_is_refused_with_the_names(doc, tmp_path):
    path = tmp_path / "loop.csv"
    path.write_text("NIK,Nama,Atasan\nA1,Ayu,B1\nB1,Bagus,A1\nC1,Citra,A1\n", encoding="utf-8")
    _, plan = import_file(doc, path)
    loops = [p.message for p in plan.refused]
    assert (
        loops[0]
        == "The reporting line would go round in a circle: Ayu reports to Bagus, Bagus reports to Ayu."
    )
    assert (
        loops[1]
        == "The reporting line would go round in a circle: Bagus reports to Ayu, Ayu reports to Bagus."
    )
    assert [p.row for p in plan.refused] == [2, 3, 4] and "Their manager, Ayu (row 2), is refused" in loops[2]
    assert by_name(doc) == {}


def test_import_then_export_then_import_into_a_new_file_gives_the_same_people(doc, tmp_path):
    """Every field a staff list can carry survives a round trip through a workbook rmdesk writes."""
    path = tmp_path / "full.csv"
    path.write_text(
        "Employee No,Name,Email,Department,Job title,Grade,Birth year,Manager,Location,Languages,"
        "Employment type,Agency,Client site,Contract end,Performance,Potential,Consent date,Notes\n"
        "E1,Budi Santoso,budi@x.co,Finance,Director,12,1968,,Jakarta,Bahasa Indonesia,permanent,,,,3,2,"
        "2026-05-01,Leads the CFO office\n"
        "E2,Rina Putri,rina@x.co,Marketing,Officer,3,2001,E1,Bandung,Bahasa Indonesia; English,Outsourcing,"
        "PT Mitra Karya Solusi,Head office,2027-06-30,High,Tinggi,2026-05-02,Runs TikTok\n",
        encoding="utf-8",
    )
    import_file(doc, path)
    fields = [
        "name", "employee_no", "email", "department", "job_title", "grade", "birth_year", "location",
        "languages", "employment_type", "agency", "client_site", "contract_end", "performance",
        "potential", "consent_date", "notes",
    ]  # fmt: skip
    first = {p.employee_no: p for p in doc.all(Participant)}
    assert first["E2"].potential == 3 and first["E2"].languages == ["Bahasa Indonesia", "English"]
    sheet = tmp_path / "again.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Employee No", *fields[:1], *fields[2:], "Manager"])
    for p in first.values():
        manager = next((m.employee_no for m in first.values() if m.id == p.manager_id), "")
        ws.append([p.employee_no, p.name, *[_cell(getattr(p, f)) for f in fields[2:]], manager])
    book.save(sheet)
    with Document.create(tmp_path / "second.rmdesk") as other:
        import_file(other, sheet)
        second = {p.employee_no: p for p in other.all(Participant)}
        for number, person in first.items():
            for name in fields:
                assert getattr(second[number], name) == getattr(person, name), (number, name)
        assert second["E2"].manager_id == second["E1"].id


def _cell(value):
    if isinstance(value, list):
        return ", ".join(value)
    return getattr(value, "value", value)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("photo.csv", bytes(range(256)) * 20, "binary data"),
        ("notes.xlsx", b"Name,Email\nBudi,b@x.co\n", "not an Excel workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel 97-2003 workbook"),
        ("archive.xlsx", None, "is a zip file, not an Excel workbook"),
    ],
)
def test_files_that_are_not_staff_lists_are_refused_and_the_document_is_untouched(
    doc, tmp_path, name, content, message
):
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    else:
        path.write_bytes(content)
    before = doc.path.read_bytes()
    with pytest.raises(SpreadsheetRefused, match=message):
        people.read_table(path)
    assert doc.path.read_bytes() == before


def test_a_password_protected_workbook_is_refused_with_what_to_do(tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = xlsx(tmp_path / "plain.xlsx", [["Name"], ["Budi"]])
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    with pytest.raises(SpreadsheetRefused, match=r"protected with a password\. Open it in Excel, remove"):
        people.read_table(locked)


def test_entity_tricks_and_zip_bombs_are_refused_before_they_are_read(tmp_path):
    plain = xlsx(tmp_path / "plain.xlsx", [["Name"], ["Budi"]])
    tricked = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(tricked, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/sharedStrings.xml" or item.filename == "xl/worksheets/sheet1.xml":
                data = (
                    data.replace(
                        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                        b'<!ENTITY lol2 "&lol;&lol;&lol;">]>',
                        1,
                    )
                    if data.startswith(b"<?xml")
                    else b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + data
                )
            target.writestr(item, data)
    with pytest.raises(SpreadsheetRefused, match=r"XML tricks|damaged"):
        people.read_table(tricked)
    bomb = tmp_path / "bomb.xlsx"
    shutil.copyfile(plain, bomb)
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (30 * 1024 * 1024))
    with pytest.raises(SpreadsheetRefused, match="would unpack to 30 MB, more than the 20 MB"):
        people.read_table(bomb, limit=20 * 1024 * 1024)


def test_the_mapping_is_remembered_for_a_file_with_the_same_header(tmp_path, data_dir):
    headers = ["Kode", "Nama Pegawai", "Unit Kerja"]
    assert people.remembered_mapping(headers) is None
    chosen = {0: "employee_no", 1: "name", 2: "department"}
    people.remember_mapping(headers, chosen)
    assert people.remembered_mapping(["kode", "Nama  Pegawai", "Unit kerja"]) == chosen
    assert (data_dir / "import-mappings.json").exists()


def test_the_import_command_reports_each_refused_row_and_writes_one_undo_step(tmp_path):
    document = tmp_path / "Client.rmdesk"
    assert (
        rmdesk(
            "new", document, "--program", "Pilot", "--start", "2026-06-01", "--end", "2026-12-31"
        ).returncode
        == 0
    )
    staff = tmp_path / "staff.csv"
    staff.write_text(
        "NIK;Nama;Peran;Golongan\nA1;Adi;mentor terbalik;3\nA2;;mentee;11\n"
        "A3;Budi;mentee;sebelas\nA4;Citra;;4\n",
        encoding="utf-8",
    )
    dry = rmdesk("import", document, staff, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    result = json.loads(dry.stdout)
    assert (result["added"], result["dry_run"]) == (2, True)
    assert [(r["row"], r["column"]) for r in result["refused"]] == [(3, "Nama"), (4, "Golongan")]
    with Document.open(document, readonly=True) as doc:
        assert doc.counts()["participants"] == 0
    done = rmdesk("import", document, staff, "--program", "Pilot")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported from staff.csv (header on row 1): 2 added, 0 updated, 0 skipped, "
                                  "2 rows refused; 1 enrolled in Pilot.")  # fmt: skip
    assert "  Row 4, Golongan: “sebelas” is not a whole number (grade)." in done.stdout
    assert rmdesk("undo", document).stdout.strip() == "Undo Import 2 People"
    nothing = tmp_path / "nothing.csv"
    nothing.write_text("Nama\n\n", encoding="utf-8")
    refused = rmdesk("import", document, nothing)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr


def test_a_workbook_that_states_a_wrong_size_is_read_whole(tmp_path):
    """Some exporting programs state a smaller size than the sheet has: every row is read anyway."""
    import zipfile

    import openpyxl

    made = tmp_path / "made.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Email", "Department", "Job title"])
    for number in range(1, 6):
        sheet.append([f"Person {number}", f"p{number}@example.co.id", "Sales", "Officer"])
    book.save(made)
    staff = tmp_path / "staff.xlsx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(staff, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:D6" />' in data
                data = data.replace(b'<dimension ref="A1:D6" />', b'<dimension ref="A1:B2" />')
            target.writestr(item, data)
    table = people.read_table(staff)
    assert table.headers == ["Name", "Email", "Department", "Job title"]
    assert [row[0] for _, row in table.rows] == [f"Person {n}" for n in range(1, 6)]
    assert all(row[3] == "Officer" for _, row in table.rows)
