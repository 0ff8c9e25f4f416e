"""The ``rmdesk`` command: opens the window, or works on a file from the terminal.

Qt is imported only when a window is needed, so the file commands start fast
and run on machines without a display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from rmdesk import __version__
from rmdesk.domain.entities import Pair, Program
from rmdesk.domain.words import plural, points
from rmdesk.store import Document, DocumentError, PassphraseNeeded
from rmdesk.store import snapshots as snapshot_store
from rmdesk.store.paths import demo_file

PASSPHRASE_ENV = "RMDESK_PASSPHRASE"


def _passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def _open(path: str, *, readonly: bool = False, snapshot: bool = True) -> Document:
    """Open a document, asking for its passphrase at the terminal when it is encrypted."""
    passphrase = _passphrase()
    try:
        return Document.open(path, passphrase=passphrase, readonly=readonly, snapshot=snapshot)
    except PassphraseNeeded:
        if passphrase or not sys.stdin.isatty():
            raise
        return Document.open(
            path, passphrase=getpass.getpass("Passphrase: "), readonly=readonly, snapshot=snapshot
        )


def cmd_demo(args: argparse.Namespace) -> int:
    from rmdesk.demo import generate

    path = Path(args.path)
    generate(path, participants=args.participants, seed=args.seed, passphrase=_passphrase())
    print(f"Wrote a demo program with {args.participants} participants to {path}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with _open(args.path, readonly=True) as doc:
        info = {
            "file": str(doc.path),
            "organisation": doc.organisation().name,
            "format": doc.schema_version,
            "counts": doc.counts(),
            "undo": doc.undo_label(),
        }
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        print(f"{info['file']}  ({info['organisation'] or 'no organisation set'}, format {info['format']})")
        for table, count in info["counts"].items():  # type: ignore[attr-defined]
            print(f"  {table:<12} {count:>7,}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from rmdesk.store.check import check

    problems = check(Path(args.path), passphrase=_passphrase())
    if problems:
        for problem in problems:
            print(f"problem: {problem}")
        return 1
    print(f"{Path(args.path).name} is healthy.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if args.list:
        passphrase = _passphrase()
        found = snapshot_store.for_document(Path(args.path), passphrase)
        if not found:
            print("No snapshots yet.")
        for number, snap in enumerate(found, 1):
            print(f"{number:>3}  {snap.label}  {snap.path}")
            print(f"     {snapshot_store.describe(snap, passphrase).summary}")
        return 0
    with _open(args.path, snapshot=False) as doc:
        taken = snapshot_store.take(doc, force=True)
    print(f"Snapshot written: {taken.path if taken else '(none needed)'}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = Path(args.path)
    chosen = Path(args.snapshot)
    if args.snapshot.isdigit() and not chosen.exists():
        found = snapshot_store.for_document(path, _passphrase())
        index = int(args.snapshot) - 1
        if not 0 <= index < len(found):
            print(f"There is no snapshot number {args.snapshot}; see: rmdesk backup {path} --list")
            return 2
        chosen = found[index].path
    snapshot_store.restore(path, chosen, _passphrase())
    print(f"Restored {path.name} from {chosen.name}. The replaced version was kept as a snapshot.")
    return 0


def _undo_or_redo(args: argparse.Namespace, which: str) -> int:
    with _open(args.path, snapshot=False) as doc:
        label = doc.undo() if which == "undo" else doc.redo()
    print(f"{which.capitalize()} {label}")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    return _undo_or_redo(args, "undo")


def cmd_redo(args: argparse.Namespace) -> int:
    return _undo_or_redo(args, "redo")


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args.path, readonly=True) as doc:
        for action in doc.history(args.limit):
            when = action["at"][:19].replace("T", " ")
            print(f"{when}  {action['user']:<12} {action['state']:<9} {action['label']}")
    return 0


def _program(doc: Document, name: str | None) -> Program:
    """The program called ``name``, or the latest one; a clear error when there is none."""
    from rmdesk.store.queries import programs

    found = programs(doc)
    chosen = [p for p in found if name in (None, p.name)]
    if not chosen:
        known = ", ".join(repr(p.name) for p in found) or "none yet"
        raise DocumentError(
            f"no program called {name!r} (programs: {known})" if name else "the file has no program yet"
        )
    return chosen[0]


def cmd_report(args: argparse.Namespace) -> int:
    from rmdesk.reports.pair_report import write_pair_report
    from rmdesk.reports.program_report import write_program_report

    if bool(args.out) == bool(args.each):
        print("rmdesk: give either --out FILE.pdf or --each FOLDER", file=sys.stderr)
        return 2
    with _open(args.path, readonly=True) as doc:
        if args.each:
            folder = Path(args.each)
            folder.mkdir(parents=True, exist_ok=True)
            program = _program(doc, args.program)
            names = dict(doc.conn.execute("SELECT id, name FROM participants").fetchall())
            made = 0
            for pair in doc.all(Pair, "program_id = ? AND status != 'proposed'", [program.id]):
                title = f"{names.get(pair.mentor_id, '?')} and {names.get(pair.mentee_id, '?')}".replace(
                    "/", "-"
                )
                write_pair_report(doc, pair.id, folder / f"{title}.pdf", paper=args.paper)
                made += 1
            print(f"Wrote {made} pair reports to {folder}")
        elif args.pair:
            if doc.find(Pair, args.pair) is None:
                raise DocumentError(f"there is no pair with the id {args.pair}")
            print(f"Wrote {write_pair_report(doc, args.pair, Path(args.out), paper=args.paper)}")
        else:
            program = _program(doc, args.program)
            print(f"Wrote {write_program_report(doc, program, Path(args.out), paper=args.paper)}")
    return 0


def cmd_pair(args: argparse.Namespace) -> int:
    from rmdesk.matching.program import accept, load, suggest_pairs
    from rmdesk.matching.proposals import Objective

    with _open(args.path, readonly=not args.apply, snapshot=args.apply) as doc:
        program = _program(doc, args.program)
        cohort = load(doc, program)
        objective = Objective.MOST_PAIRS if args.most_pairs else Objective.BEST_TOTAL
        result = suggest_pairs(cohort, objective)
        if args.apply and result.proposals:
            accept(doc, program, result.proposals)
    names = {p.id: p.name for p in cohort.ctx.people.values()}
    if args.json:
        print(
            json.dumps(
                {
                    "program": program.name,
                    "total": result.total,
                    "pairs": [
                        {
                            "mentor": p.mentor.name,
                            "mentor_id": p.mentor.id,
                            "mentee": p.mentee.name,
                            "mentee_id": p.mentee.id,
                            "score": p.score,
                            "reasons": p.reasons,
                            "warnings": p.warnings,
                        }
                        for p in result.proposals
                    ],
                    "unpaired": [
                        {"mentee": names[i], "mentee_id": i, "why": why} for i, why in result.unpaired.items()
                    ],
                    "applied": bool(args.apply),
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    proposed = plural(len(result.proposals), "proposed pair")
    print(f"{program.name}: {proposed}, total score {points(result.total)}")
    for p in result.proposals:
        print(f"\n{p.mentor.name} -> {p.mentee.name}  score {points(p.score)}")
        for line in [*p.reasons, *(f"warning: {w}" for w in p.warnings)]:
            print(f"    {line}")
    for mentee_id, why in result.unpaired.items():
        print(f"\nnot paired: {names[mentee_id]}: {why}")
    if args.apply:
        print(f"\nStored {len(result.proposals)} proposed pairs (rmdesk undo {args.path} takes them back).")
    return 0


def day(text: str) -> dt.date:
    """A date typed on the command line, as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def cmd_new(args: argparse.Namespace) -> int:
    from rmdesk.domain.lifecycle import default_program

    path = Path(args.path)
    if path.suffix != ".rmdesk":
        path = path.with_name(path.name + ".rmdesk")
    with Document.create(path, organisation=args.organisation or path.stem, passphrase=_passphrase()) as doc:
        print(f"Created {path} for {doc.organisation().name}")
        if args.program or args.start or args.end:
            program = default_program(dt.date.today(), args.program or "", args.start)
            if args.end:
                program.end_date = args.end
            doc.add(program)
            print(f"Program {program.name!r}: {program.start_date} to {program.end_date}, planned")
    return 0


def _find_pair(doc: Document, text: str) -> Pair:
    """A pair by its id, or by the first characters of it when they name one pair."""
    found = doc.find(Pair, text)
    if found:
        return found
    if len(text) >= 4:
        like = doc.all(Pair, "id LIKE ? || '%'", [text])
        if len(like) == 1:
            return like[0]
        if like:
            raise DocumentError(f"{text} starts {len(like)} pair ids; give more of it")
    raise DocumentError(f"there is no pair with the id {text} in {doc.path.name} (see: rmdesk pairs FILE)")


def cmd_pairs(args: argparse.Namespace) -> int:
    from rmdesk.store.lifecycle import pair_names

    with _open(args.path, readonly=True) as doc:
        program = _program(doc, args.program)
        names = dict(doc.conn.execute("SELECT id, name FROM participants").fetchall())
        pairs = sorted(
            doc.all(Pair, "program_id = ?", [program.id]),
            key=lambda p: (names.get(p.mentor_id, "").lower(), names.get(p.mentee_id, "").lower()),
        )
        labels = pair_names(doc, pairs)
    rows = [
        {
            "id": p.id,
            "mentor": names.get(p.mentor_id, "?"),
            "mentee": names.get(p.mentee_id, "?"),
            "status": p.status.value,
            "score": p.score,
            "locked": p.locked,
            "started_on": p.started_on.isoformat() if p.started_on else None,
            "ended_on": p.ended_on.isoformat() if p.ended_on else None,
            "end_reason": p.end_reason,
        }
        for p in pairs
    ]
    if args.json:
        print(json.dumps({"program": program.name, "pairs": rows}, indent=2, ensure_ascii=False))
        return 0
    print(f"{program.name} ({program.status.label.lower()}): {plural(len(rows), 'pair')}")
    for p, row in zip(pairs, rows, strict=True):
        when = " ".join(
            x
            for x in (
                f"from {row['started_on']}" if row["started_on"] else "",
                f"to {row['ended_on']}" if row["ended_on"] else "",
                f"({p.end_reason})" if p.end_reason else "",
            )
            if x
        )
        score = points(p.score) if p.score is not None else "-"
        status = p.status.label + (", locked" if p.locked else "")
        print(f"{p.id}  {labels[p.id]}  [{status}]  score {score}  {when}".rstrip())
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    from rmdesk.store.lifecycle import proposals, start_pairs

    if bool(args.pair_ids) == bool(args.all_proposed):
        print("rmdesk: give the pair ids to start, or --all-proposed", file=sys.stderr)
        return 2
    on = args.on or dt.date.today()
    with _open(args.path, snapshot=False) as doc:
        if args.all_proposed:
            chosen = proposals(doc, _program(doc, args.program))
        else:
            chosen = [_find_pair(doc, text) for text in args.pair_ids]
        if not chosen:
            print("There is no proposed pair to start.")
            return 0
        started = start_pairs(doc, chosen, on)
    print(f"Started {plural(started, 'pair')} on {on} (rmdesk undo {args.path} takes it back).")
    return 0


def cmd_end(args: argparse.Namespace) -> int:
    from rmdesk.store.lifecycle import complete_pairs, end_pair

    if bool(args.reason) == bool(args.completed):
        print("rmdesk: give --reason TEXT (ended early) or --completed", file=sys.stderr)
        return 2
    on = args.on or dt.date.today()
    with _open(args.path, snapshot=False) as doc:
        pair = _find_pair(doc, args.pair_id)
        if args.completed:
            complete_pairs(doc, [pair], on)
            print(f"Completed the pair on {on}.")
        else:
            end_pair(doc, pair, on, args.reason)
            print(f"Ended the pair early on {on}: {args.reason.strip()}.")
    return 0


def cmd_program(args: argparse.Namespace) -> int:
    from rmdesk.store import lifecycle

    moves = [m for m in ("start", "close", "reopen") if getattr(args, m)]
    if len(moves) != 1:
        print("rmdesk: give one of --start, --close or --reopen", file=sys.stderr)
        return 2
    on = args.on or dt.date.today()
    with _open(args.path, snapshot=False) as doc:
        program = _program(doc, args.program)
        if args.start:
            waiting = lifecycle.proposals(doc, program)
            lifecycle.start_program(doc, program, waiting, on)
            print(f"{program.name} is running; {plural(len(waiting), 'proposed pair')} started on {on}.")
        elif args.close:
            for line in lifecycle.missing_at_close(doc, program):
                print(f"note: {line}")
            active = lifecycle.active_pairs(doc, program)
            lifecycle.close_program(doc, program, on)
            print(f"{program.name} is closed on {on}; {plural(len(active), 'active pair')} completed.")
        else:
            lifecycle.reopen_program(doc, program)
            print(f"{program.name} is running again.")
    print(f"(rmdesk undo {args.path} takes it back)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from rmdesk.domain.entities import Role
    from rmdesk.sheets import people

    table = people.read_table(Path(args.sheet))
    mapping = (
        people.mapping_from_json(args.mapping, table.headers)
        if args.mapping
        else people.remembered_mapping(table.headers) or people.guess_mapping(table.headers)
    )
    with _open(args.path, readonly=args.dry_run, snapshot=not args.dry_run) as doc:
        role = Role(args.role) if args.role else None
        program = _program(doc, args.program) if (args.program or role) else None
        plan = people.plan_import(
            doc, table, mapping, program=program, role=role, on_duplicate=args.on_duplicate
        )
        if not args.dry_run:
            people.apply_import(doc, plan, program)
    done = len(plan.added) + len(plan.updated)
    result = {
        "file": table.name,
        "header_row": table.header_row,
        "mapping": {table.headers[c] or f"column {c + 1}": k for c, k in mapping.items()},
        "added": len(plan.added),
        "updated": len(plan.updated),
        "skipped": len(plan.skipped),
        "refused": [{"row": p.row, "column": p.column, "problem": p.message} for p in plan.refused],
        "enrolled": len(plan.roles),
        "program": program.name if program else None,
        "dry_run": bool(args.dry_run),
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        verb = "Would import" if args.dry_run else "Imported"
        print(
            f"{verb} from {table.name} (header on row {table.header_row}): {len(plan.added):,} added, "
            f"{len(plan.updated):,} updated, {len(plan.skipped):,} skipped, "
            f"{plural(len(plan.refused_rows), 'row')} refused"
            + (f"; {len(plan.roles):,} enrolled in {program.name}" if program and plan.roles else "")
            + "."
        )
        for problem in plan.refused:
            print(f"  {problem}")
        if done and not args.dry_run:
            print(f"(rmdesk undo {args.path} takes it back)")
    return 0 if done else 1


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "new": ("create an empty program file", cmd_new),
    "demo": ("write a demo program file", cmd_demo),
    "info": ("show what a file holds", cmd_info),
    "check": ("check a file's integrity and schema", cmd_check),
    "backup": ("take a snapshot now, or --list them", cmd_backup),
    "restore": ("replace a file with one of its snapshots", cmd_restore),
    "undo": ("undo the last change in a file", cmd_undo),
    "redo": ("redo the last undone change", cmd_redo),
    "history": ("list the latest changes (audit)", cmd_history),
    "pair": ("suggest optimal pairs with their reasons (--apply stores them)", cmd_pair),
    "pairs": ("list a program's pairs with their ids, status, score and dates", cmd_pairs),
    "start": ("start proposed pairs (by id, or --all-proposed)", cmd_start),
    "end": ("end a pair early (--reason TEXT) or complete it (--completed)", cmd_end),
    "program": ("start, close or reopen a program", cmd_program),
    "import": ("add or update people from an Excel or CSV staff list", cmd_import),
    "report": ("write a PDF report of a program, a pair (--pair ID) or every pair (--each DIR)", cmd_report),
}


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rmdesk", description="Run a reverse-mentoring program.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (text, _) in COMMANDS.items():
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument("path", metavar="FILE", help="an .rmdesk file")
        if name == "demo":
            command.add_argument("--participants", type=int, default=60, help="how many people (default 60)")
            command.add_argument("--seed", type=int, default=2026, help="same seed, same demo")
        elif name == "info":
            command.add_argument("--json", action="store_true", help="print JSON")
        elif name == "backup":
            command.add_argument("--list", action="store_true", help="list the snapshots, newest first")
        elif name == "restore":
            command.add_argument("snapshot", help="a snapshot file, or its number in 'backup --list'")
        elif name == "pair":
            command.add_argument("--program", help="the program's name (default: the latest)")
            command.add_argument("--apply", action="store_true", help="store the proposals (undoable)")
            command.add_argument("--json", action="store_true", help="print JSON")
            command.add_argument("--most-pairs", action="store_true", help="pair as many people as possible")
        elif name == "report":
            command.add_argument("--out", help="the PDF to write")
            command.add_argument("--each", metavar="DIR", help="write one PDF per pair into this folder")
            command.add_argument("--program", help="the program's name (default: the latest)")
            command.add_argument("--pair", help="a pair's id: report on that pair only")
            command.add_argument("--paper", choices=["A4", "Letter"], default="A4")
        elif name == "history":
            command.add_argument("--limit", type=int, default=30)
        elif name == "new":
            command.add_argument("--organisation", help="the client's name (default: the file's name)")
            command.add_argument("--program", help="also create a program with this name")
            command.add_argument("--start", type=day, help="the program's start, YYYY-MM-DD")
            command.add_argument("--end", type=day, help="the program's end, YYYY-MM-DD")
        elif name == "pairs":
            command.add_argument("--program", help="the program's name (default: the latest)")
            command.add_argument("--json", action="store_true", help="print JSON")
        elif name == "start":
            command.add_argument("pair_ids", nargs="*", metavar="PAIR_ID", help="pairs to start")
            command.add_argument("--all-proposed", action="store_true", help="start every proposed pair")
            command.add_argument("--program", help="with --all-proposed: the program (default: the latest)")
            command.add_argument("--on", type=day, help="the start date, YYYY-MM-DD (default: today)")
        elif name == "end":
            command.add_argument("pair_id", metavar="PAIR_ID", help="the pair (see rmdesk pairs)")
            command.add_argument("--reason", help="why the pair ends early")
            command.add_argument("--completed", action="store_true", help="the pair finished as planned")
            command.add_argument("--on", type=day, help="the end date, YYYY-MM-DD (default: today)")
        elif name == "import":
            command.add_argument("sheet", metavar="SHEET", help="the staff list: .xlsx or .csv")
            command.add_argument("--program", help="enrol the people in this program (default: the latest)")
            command.add_argument(
                "--role", choices=["mentor", "mentee"], help="their role, unless a column says"
            )
            command.add_argument("--mapping", help='columns to fields as JSON, e.g. \'{"Nama": "name"}\'')
            command.add_argument(
                "--on-duplicate",
                choices=["update", "skip", "keep"],
                default="update",
                help="someone already in the file (same employee no., else email): default update",
            )
            command.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
            command.add_argument("--json", action="store_true", help="print JSON")
        elif name == "program":
            command.add_argument("--start", action="store_true", help="start it with its proposed pairs")
            command.add_argument("--close", action="store_true", help="complete the active pairs and close")
            command.add_argument("--reopen", action="store_true", help="run a closed program again")
            command.add_argument("--program", help="the program's name (default: the latest)")
            command.add_argument("--on", type=day, help="the date, YYYY-MM-DD (default: today)")
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rmdesk",
        description="Run a reverse-mentoring program. Commands: "
        + ", ".join(COMMANDS)
        + " (rmdesk COMMAND -h).",
    )
    parser.add_argument("file", nargs="?", help="an .rmdesk file to open")
    parser.add_argument("--demo", action="store_true", help="open the demo program (made on first use)")
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            return COMMANDS[args.command][1](args)
        args = _window_parser().parse_args(argv)
        path = Path(args.file) if args.file else None
        if args.demo:
            path = demo_file()
            if not path.exists():
                from rmdesk.demo import generate

                generate(path)
        from rmdesk.gui.app import run

        return run(path)
    except DocumentError as error:
        print(f"rmdesk: {error}", file=sys.stderr)
        return 2
    except ValueError as error:
        print(f"rmdesk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
