"""The ``rmdesk`` command: opens the window, or works on a file from the terminal.

Qt is imported only when a window is needed, so the file commands start fast
and run on machines without a display.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from rmdesk import __version__
from rmdesk.domain import i18n
from rmdesk.domain.entities import Pair, Program
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from rmdesk.domain.words import plural, points
from rmdesk.store import Document, DocumentError, PassphraseNeeded
from rmdesk.store import snapshots as snapshot_store
from rmdesk.store.errors import NotEncrypted
from rmdesk.store.paths import demo_file

PASSPHRASE_ENV = "RMDESK_PASSPHRASE"
LANGUAGE_ENV = "RMDESK_LANGUAGE"  # the language the terminal speaks, before the locale's
LANGUAGE_NAMES = (QT_TRANSLATE_NOOP("Cli", "English"), QT_TRANSLATE_NOOP("Cli", "Bahasa Indonesia"))
TRIES = 3  # passphrases a person may type at the terminal before the command gives up

_env: dict[str, str] = {}  # --passphrase-env and --new-passphrase-env of the command running


def _from_env(option: str) -> str | None:
    """The passphrase in the environment variable named by ``option`` (None when not given)."""
    name = _env.get(option)
    if name is None:
        return None
    value = os.environ.get(name, "")
    if not value:
        raise DocumentError(
            translate(
                "Cli",
                "The environment variable {name} named by {option} is not set or empty; "
                "set it to the passphrase, or leave out {option}.",
            ).format(name=name, option=option)
        )
    return value


def _passphrase() -> str | None:
    """The file's passphrase: from --passphrase-env VAR, else RMDESK_PASSPHRASE, else none."""
    given = _from_env("--passphrase-env")
    return given if given is not None else os.environ.get(PASSPHRASE_ENV) or None


def _passphrase_source() -> str:
    if "--passphrase-env" in _env:
        return "--passphrase-env"
    return translate("Cli", "{variable} set").format(variable=PASSPHRASE_ENV)


def _at_terminal() -> bool:
    return sys.stdin.isatty()


def _new_passphrase(name: str, *, option: str = "--new-passphrase-env") -> str:
    """A new passphrase for the file ``name``: from ``option``'s variable, else typed twice at the
    terminal; refused when it is too easy to guess (rmdesk.domain.passphrase)."""
    from rmdesk.domain.passphrase import refusal, strength

    given = _from_env(option)
    if given is None:
        if not _at_terminal():
            raise DocumentError(
                translate(
                    "Cli", "No new passphrase for {name}: give {option} VAR, or run this at a terminal."
                ).format(name=name, option=option)
            )
        given = getpass.getpass(translate("Cli", "New passphrase for {name}: ").format(name=name))
        if getpass.getpass(translate("Cli", "Type it again: ")) != given:
            raise DocumentError(
                translate(
                    "Cli", "The two passphrases typed differ; nothing was changed. Run the command again."
                )
            )
    refused = refusal(given)
    if refused:
        raise DocumentError(translate("Cli", "{refusal} Nothing was changed.").format(refusal=refused))
    judged = strength(given)
    if not judged.acceptable:
        raise DocumentError(
            translate("Cli", "That passphrase is too easy to guess. {advice} Nothing was changed.").format(
                advice=judged.advice
            )
        )
    return given


def _new_file_passphrase(name: str) -> str | None:
    """The passphrase of a file the command creates: --passphrase-env VAR or RMDESK_PASSPHRASE, if set."""
    if "--passphrase-env" in _env:
        return _new_passphrase(name, option="--passphrase-env")
    return os.environ.get(PASSPHRASE_ENV) or None


_opened: list[str] = []  # the file a command works on, named when SQLite fails later


def _open(path: str, *, readonly: bool = False, snapshot: bool = True, plain: bool = False) -> Document:
    """Open a document, asking for its passphrase at the terminal when it is encrypted (``plain``:
    the file must not be, and no passphrase is used); says on stderr when no snapshot could be
    taken (the command goes on: the file itself is fine)."""
    passphrase = None if plain else _passphrase()
    _opened[:] = [Path(path).name]
    try:
        doc = Document.open(path, passphrase=passphrase, readonly=readonly, snapshot=snapshot)
    except NotEncrypted:
        raise NotEncrypted(
            translate("Cli", "{name} is not encrypted: run the command without {option}.").format(
                name=Path(path).name, option=_passphrase_source()
            )
        ) from None
    except PassphraseNeeded:
        if passphrase or plain:
            raise
        if not _at_terminal():
            raise PassphraseNeeded(
                translate(
                    "Cli",
                    "{name} is encrypted: give its passphrase with --passphrase-env VAR "
                    "(or {variable}), or run the command at a terminal.",
                ).format(name=Path(path).name, variable=PASSPHRASE_ENV)
            ) from None
        for attempt in range(1, TRIES + 1):
            try:
                typed = getpass.getpass(
                    translate("Cli", "Passphrase for {name}: ").format(name=Path(path).name)
                )
                doc = Document.open(path, passphrase=typed, readonly=readonly, snapshot=snapshot)
                break
            except PassphraseNeeded as error:
                if attempt == TRIES:
                    raise
                print(f"rmdesk: {error}", file=sys.stderr)
    if doc.snapshot_problem:
        print(f"rmdesk: {doc.snapshot_problem}", file=sys.stderr)
    return doc


def cmd_demo(args: argparse.Namespace) -> int:
    from rmdesk.demo import generate

    path = Path(args.path)
    passphrase = _new_file_passphrase(path.name)
    generate(path, participants=args.participants, seed=args.seed, passphrase=passphrase)
    if passphrase:
        said = translate("Cli", "Wrote a demo program with {participants} to {path}, encrypted")
    else:
        said = translate("Cli", "Wrote a demo program with {participants} to {path}")
    print(said.format(participants=plural(args.participants, "participant"), path=path))
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
        said = i18n.current()
        organisation = info["organisation"] or translate("Cli", "no organisation set")
        print(
            translate("Cli", "{file}  ({organisation}, format {format})").format(
                file=info["file"], organisation=organisation, format=info["format"]
            )
        )
        for table, count in info["counts"].items():  # type: ignore[attr-defined]
            print(f"  {table:<12} {said.number(count):>7}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from rmdesk.store.check import check

    problems = check(Path(args.path), passphrase=_passphrase())
    if problems:
        for problem in problems:
            print(translate("Cli", "problem: {problem}").format(problem=problem))
        return 1
    print(translate("Cli", "{name} is healthy.").format(name=Path(args.path).name))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if args.list:
        passphrase = _passphrase()
        found = snapshot_store.for_document(Path(args.path), passphrase)
        if not found:
            print(translate("Cli", "No snapshots yet."))
        for number, snap in enumerate(found, 1):
            print(f"{number:>3}  {snap.label}  {snap.path}")
            print(f"     {snapshot_store.describe(snap, passphrase).summary}")
            if snap.elsewhere:
                print(
                    "     " + translate("Cli", "taken from another file: {file}").format(file=snap.elsewhere)
                )
        return 0
    with _open(args.path, snapshot=False) as doc:
        taken = snapshot_store.take(doc, force=True)
    if taken:
        print(translate("Cli", "Snapshot written: {path}").format(path=taken.path))
    else:
        print(translate("Cli", "Snapshot written: (none needed)"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = Path(args.path)
    passphrase = _passphrase()
    chosen: snapshot_store.Snapshot | Path = Path(args.snapshot)
    if args.snapshot.isdigit() and not Path(args.snapshot).exists():
        found = snapshot_store.for_document(path, passphrase)
        index = int(args.snapshot) - 1
        if not 0 <= index < len(found):
            _say(
                translate(
                    "Cli", "There is no snapshot number {number}; see: rmdesk backup {path} --list"
                ).format(number=args.snapshot, path=path)
            )
            return 2
        chosen = found[index]
    contents = snapshot_store.describe(chosen, passphrase)

    def announce() -> None:  # what comes back, said once the copy is checked, before anything is replaced
        print(
            translate("Cli", "Restoring {name} from the snapshot of {when}: {summary}").format(
                name=path.name, when=contents.snapshot.label, summary=contents.summary
            )
        )
        if contents.snapshot.elsewhere:
            print(
                "  "
                + translate("Cli", "(taken from another file: {file})").format(
                    file=contents.snapshot.elsewhere
                )
            )

    snapshot_store.restore(path, contents.snapshot.path, passphrase, before_replacing=announce)
    print(
        translate("Cli", "Restored {name}. The replaced version was kept as a snapshot.").format(
            name=path.name
        )
    )
    return 0


def _undo_or_redo(args: argparse.Namespace, which: str) -> int:
    with _open(args.path, snapshot=False) as doc:
        label = doc.undo() if which == "undo" else doc.redo()
    if which == "undo":
        print(translate("Cli", "Undo {action}").format(action=label))
    else:
        print(translate("Cli", "Redo {action}").format(action=label))
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
        known = ", ".join(repr(p.name) for p in found) or translate("Cli", "none yet")
        raise DocumentError(
            translate("Cli", "no program called {name} (programs: {known})").format(
                name=repr(name), known=known
            )
            if name
            else translate("Cli", "the file has no program yet")
        )
    return chosen[0]


def cmd_report(args: argparse.Namespace) -> int:
    from rmdesk.reports.batch import pair_files, write_pair_reports
    from rmdesk.reports.pair_report import write_pair_report
    from rmdesk.reports.program_report import write_program_report

    if args.agency is None and (args.client_site is not None or args.others_anonymous):
        option = "--client-site" if args.client_site is not None else "--others-anonymous"
        _say(translate("Cli", "{option} goes with --agency NAME").format(option=option))
        return 2
    if args.agency is not None and (args.each or args.pair or not args.out):
        _say(translate("Cli", "--agency writes one PDF: give --out FILE.pdf (not --pair or --each)"))
        return 2
    if bool(args.out) == bool(args.each):
        _say(translate("Cli", "give either --out FILE.pdf or --each FOLDER"))
        return 2
    as_of = args.as_of or dt.date.today()
    with _open(args.path, readonly=True) as doc:
        if args.each:
            folder = Path(args.each)
            folder.mkdir(parents=True, exist_ok=True)
            program = _program(doc, args.program)
            pairs = doc.all(Pair, "program_id = ? AND status != 'proposed'", [program.id])
            jobs = pair_files(doc, [p.id for p in pairs], folder)

            def step(number: int, total: int, target: Path) -> None:
                print(f"[{number + 1}/{total}] {target.name}", file=sys.stderr, flush=True)

            batch = write_pair_reports(doc, jobs, paper=args.paper, today=as_of, step=step)
            for line in batch.notes:
                print(translate("Cli", "note: {note}").format(note=line), file=sys.stderr)
            print(
                translate("Cli", "Wrote {reports} to {folder}").format(
                    reports=plural(len(batch.written), "pair report"), folder=folder
                )
            )
            if batch.failed:
                _say(
                    translate("Cli", "{reports} could not be written").format(
                        reports=plural(len(batch.failed), "pair report")
                    )
                )
                return 1
            return 0
        if args.agency is not None:
            from rmdesk.reports.agency_report import write_agency_report

            written = write_agency_report(
                doc,
                _program(doc, args.program),
                args.agency,
                Path(args.out),
                client_site=args.client_site,
                others_anonymous=args.others_anonymous,
                paper=args.paper,
                today=as_of,
            )
        elif args.pair:
            if doc.find(Pair, args.pair) is None:
                raise DocumentError(
                    translate("Cli", "there is no pair with the id {id}").format(id=args.pair)
                )
            written = write_pair_report(doc, args.pair, Path(args.out), paper=args.paper, today=as_of)
        else:
            program = _program(doc, args.program)
            written = write_program_report(doc, program, Path(args.out), paper=args.paper, today=as_of)
    if written.note:
        print(translate("Cli", "note: {note}").format(note=written.note), file=sys.stderr)
    print(
        translate("Cli", "Wrote {path} ({pages}, figures as of {date})").format(
            path=written.path, pages=plural(written.pages, "page"), date=i18n.current().date(as_of)
        )
    )
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
    print(
        translate("Cli", "{program}: {proposed}, total score {score}").format(
            program=program.name, proposed=proposed, score=points(result.total)
        )
    )
    for p in result.proposals:
        print()
        print(
            translate("Cli", "{mentor} -> {mentee}  score {score}").format(
                mentor=p.mentor.name, mentee=p.mentee.name, score=points(p.score)
            )
        )
        warnings = [translate("Cli", "warning: {warning}").format(warning=w) for w in p.warnings]
        for line in [*p.reasons, *warnings]:
            print(f"    {line}")
    for mentee_id, why in result.unpaired.items():
        print()
        print(translate("Cli", "not paired: {mentee}: {why}").format(mentee=names[mentee_id], why=why))
    if args.apply:
        print()
        print(
            translate("Cli", "Stored {proposed} (rmdesk undo {path} takes them back).").format(
                proposed=proposed, path=args.path
            )
        )
    return 0


def day(text: str) -> dt.date:
    """A date typed on the command line, as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a date; write it as YYYY-MM-DD").format(text=repr(text))
        ) from None


def _date(day: dt.date | None) -> str:
    """A date as people read it in the language spoken ("3 Agustus 2026")."""
    return i18n.current().date(day) if day else "-"


def cmd_new(args: argparse.Namespace) -> int:
    from rmdesk.domain.lifecycle import default_program

    path = Path(args.path)
    if path.suffix != ".rmdesk":
        path = path.with_name(path.name + ".rmdesk")
    passphrase = _new_file_passphrase(path.name)
    language = args.language or i18n.current().language
    with Document.create(
        path, organisation=args.organisation or path.stem, passphrase=passphrase, language=language
    ) as doc:
        print(
            translate("Cli", "Created {path} for {organisation}, its reports in {language}").format(
                path=path,
                organisation=doc.organisation().name,
                language=translate("Cli", i18n.LANGUAGES[language]),
            )
        )
        if args.program or args.start or args.end:
            program = default_program(dt.date.today(), args.program or "", args.start)
            if args.end:
                program.end_date = args.end
            doc.add(program)
            print(
                translate("Cli", "Program {name}: {start} to {end}, planned").format(
                    name=repr(program.name), start=_date(program.start_date), end=_date(program.end_date)
                )
            )
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
            raise DocumentError(
                translate("Cli", "{text} starts {count} pair ids; give more of it").format(
                    text=text, count=len(like)
                )
            )
    raise DocumentError(
        translate("Cli", "there is no pair with the id {id} in {file} (see: rmdesk pairs FILE)").format(
            id=text, file=doc.path.name
        )
    )


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
    said = i18n.current()
    print(
        translate("Cli", "{program} ({status}): {pairs}").format(
            program=program.name, status=program.status.label.lower(), pairs=plural(len(rows), "pair")
        )
    )
    for p in pairs:
        when = " ".join(
            x
            for x in (
                translate("Cli", "from {date}").format(date=said.date(p.started_on)) if p.started_on else "",
                translate("Cli", "to {date}").format(date=said.date(p.ended_on)) if p.ended_on else "",
                f"({p.end_reason})" if p.end_reason else "",
            )
            if x
        )
        score = points(p.score) if p.score is not None else "-"
        if p.locked:
            status = translate("Cli", "{status}, locked").format(status=p.status.label)
        else:
            status = p.status.label
        line = translate("Cli", "{id}  {pair}  [{status}]  score {score}  {when}").format(
            id=p.id, pair=labels[p.id], status=status, score=score, when=when
        )
        print(line.rstrip())
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    from rmdesk.store.lifecycle import proposals, start_pairs

    if bool(args.pair_ids) == bool(args.all_proposed):
        _say(translate("Cli", "give the pair ids to start, or --all-proposed"))
        return 2
    on = args.on or dt.date.today()
    with _open(args.path, snapshot=False) as doc:
        if args.all_proposed:
            chosen = proposals(doc, _program(doc, args.program))
        else:
            chosen = [_find_pair(doc, text) for text in args.pair_ids]
        if not chosen:
            print(translate("Cli", "There is no proposed pair to start."))
            return 0
        started = start_pairs(doc, chosen, on)
    print(
        translate("Cli", "Started {pairs} on {date} (rmdesk undo {path} takes it back).").format(
            pairs=plural(started, "pair"), date=i18n.current().date(on), path=args.path
        )
    )
    return 0


def cmd_end(args: argparse.Namespace) -> int:
    from rmdesk.store.lifecycle import complete_pairs, end_pair

    if bool(args.reason) == bool(args.completed):
        _say(translate("Cli", "give --reason TEXT (ended early) or --completed"))
        return 2
    on = args.on or dt.date.today()
    with _open(args.path, snapshot=False) as doc:
        pair = _find_pair(doc, args.pair_id)
        if args.completed:
            complete_pairs(doc, [pair], on)
            print(translate("Cli", "Completed the pair on {date}.").format(date=i18n.current().date(on)))
        else:
            end_pair(doc, pair, on, args.reason)
            print(
                translate("Cli", "Ended the pair early on {date}: {reason}.").format(
                    date=i18n.current().date(on), reason=args.reason.strip()
                )
            )
    return 0


def cmd_program(args: argparse.Namespace) -> int:
    from rmdesk.store import lifecycle

    moves = [m for m in ("start", "close", "reopen") if getattr(args, m)]
    if len(moves) != 1:
        _say(translate("Cli", "give one of --start, --close or --reopen"))
        return 2
    on = args.on or dt.date.today()
    with _open(args.path, snapshot=False) as doc:
        program = _program(doc, args.program)
        if args.start:
            waiting = lifecycle.proposals(doc, program)
            lifecycle.start_program(doc, program, waiting, on)
            print(
                translate("Cli", "{program} is running; {pairs} started on {date}.").format(
                    program=program.name,
                    pairs=plural(len(waiting), "proposed pair"),
                    date=i18n.current().date(on),
                )
            )
        elif args.close:
            for line in lifecycle.missing_at_close(doc, program):
                print(translate("Cli", "note: {note}").format(note=line))
            active = lifecycle.active_pairs(doc, program)
            lifecycle.close_program(doc, program, on)
            print(
                translate("Cli", "{program} is closed on {date}; {pairs} completed.").format(
                    program=program.name,
                    date=i18n.current().date(on),
                    pairs=plural(len(active), "active pair"),
                )
            )
        else:
            lifecycle.reopen_program(doc, program)
            print(translate("Cli", "{program} is running again.").format(program=program.name))
    print(translate("Cli", "(rmdesk undo {path} takes it back)").format(path=args.path))
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
        said = i18n.current()
        if args.dry_run:
            sentence = translate(
                "Cli",
                "Would import from {file} (header on row {row}): {added} added, {updated} updated, "
                "{skipped} skipped, {refused} refused",
            )
        else:
            sentence = translate(
                "Cli",
                "Imported from {file} (header on row {row}): {added} added, {updated} updated, "
                "{skipped} skipped, {refused} refused",
            )
        line = sentence.format(
            file=table.name,
            row=table.header_row,
            added=said.number(len(plan.added)),
            updated=said.number(len(plan.updated)),
            skipped=said.number(len(plan.skipped)),
            refused=plural(len(plan.refused_rows), "row"),
        )
        if program and plan.roles:
            line += translate("Cli", "; {count} enrolled in {program}").format(
                count=said.number(len(plan.roles)), program=program.name
            )
        print(line + ".")
        for problem in plan.refused:
            print(f"  {problem}")
        if done and not args.dry_run:
            print(translate("Cli", "(rmdesk undo {path} takes it back)").format(path=args.path))
    return 0 if done else 1


def cmd_agencies(args: argparse.Namespace) -> int:
    from rmdesk.store.agencies import WINDOWS, agency_people, summaries

    today = dt.date.today()
    with _open(args.path, readonly=True) as doc:
        program = _program(doc, args.program)
        groups = summaries(agency_people(doc, program, today))
    rows = [
        {
            "agency": g.agency,
            "client_site": g.client_site,
            "people": g.people,
            "paired": g.paired,
            "on_rhythm": g.on_rhythm,
            "evaluations": g.evaluations,
            "contracts_ending_before_program": g.ends_before_program,
            **{f"contracts_ending_within_{days}_days": g.ending_within[days] for days in WINDOWS},
        }
        for g in groups
    ]
    if args.json:
        print(json.dumps({"program": program.name, "as_of": today.isoformat(), "agencies": rows}, indent=2))
        return 0
    if not rows:
        print(
            translate("Cli", "{program}: nobody in it works through an agency.").format(program=program.name)
        )
        return 0
    said = i18n.current()
    print(translate("Cli", "{program}, as of {date}:").format(program=program.name, date=said.date(today)))
    for g in groups:
        if g.client_site:
            where = translate("Cli", "{agency} at {site}").format(agency=g.agency, site=g.client_site)
        else:
            where = g.agency
        ending = ", ".join(
            translate("Cli", "{count} within {days}").format(
                count=said.number(g.ending_within[d]), days=plural(d, "day")
            )
            for d in WINDOWS
        )
        print(
            "  "
            + translate(
                "Cli",
                "{agency}: {people}, {paired} paired, {on_rhythm} meeting on rhythm; "
                "contracts ending before the program: {before} ({ending})",
            ).format(
                agency=where,
                people=plural(g.people, "person"),
                paired=said.number(g.paired),
                on_rhythm=said.number(g.on_rhythm),
                before=said.number(g.ends_before_program),
                ending=ending,
            )
        )
    return 0


def _open_to_record(path: str) -> Document:
    """The file for a command that only reads it but records what it did (an export): for
    writing when it can be, else read-only (the record then waits in the data folder)."""
    from rmdesk.store import DocumentInUse

    if os.access(path, os.W_OK):
        with contextlib.suppress(DocumentInUse):
            return _open(path, snapshot=False)
    return _open(path, readonly=True)


def cmd_export(args: argparse.Namespace) -> int:
    from rmdesk.sheets.export import export_all
    from rmdesk.store import audit

    with _open_to_record(args.path) as doc:
        done = export_all(doc, Path(args.out), what=args.what, anonymise=args.anonymise)
        with i18n.speaking("en"):  # the file's record of what was done, as every record is written
            where = (
                str(done.paths[0])
                if len(done.paths) == 1
                else f"{len(done.paths)} CSV files beside {args.out}"
            )
            anonymised = ", anonymised" if done.anonymised else ""
            audit.record(doc, "export", f"Exported {done.summary()}{anonymised} to {where}")
    if len(done.paths) == 1:
        where = str(done.paths[0])
    else:
        where = translate("Cli", "{count} CSV files beside {path}").format(
            count=len(done.paths), path=args.out
        )
    if done.anonymised:
        said = translate("Cli", "Wrote {where}: {lists}, anonymised.")
    else:
        said = translate("Cli", "Wrote {where}: {lists}.")
    print(said.format(where=where, lists=done.summary()))
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from rmdesk.store import erasure

    if args.dry_run:
        with _open(args.path, readonly=True) as doc:
            found = erasure.plan(doc, erasure.find(doc, args.person))
            copies = len(snapshot_store.for_document(doc.path, doc.passphrase))
        for line in found.lines():
            print(line)
        print(
            "  "
            + translate("Cli", "{snapshots} of the file would be rewritten the same way.").format(
                snapshots=plural(copies, "snapshot")
            )
        )
        print(translate("Cli", "Dry run: nothing was changed."))
        return 0
    with _open(args.path, snapshot=False) as doc:
        person = erasure.find(doc, args.person)
        found = erasure.plan(doc, person)
        for line in found.lines():
            print(line)
        print(
            translate(
                "Cli",
                "Erasing cannot be undone: no undo, no snapshot and no restore brings this person back.",
            )
        )
        if not args.yes:
            if not sys.stdin.isatty():
                _say(translate("Cli", "erase asks before it runs; add --yes to erase without asking."))
                return 2
            typed = input(
                translate("Cli", "Type {name} or ERASE to erase them: ").format(name=found.name)
            ).strip()
            if typed not in (found.name, "ERASE"):
                print(translate("Cli", "Nothing was erased."))
                return 1

        def step(percent: int, text: str) -> None:
            print(f"[{percent:>3}%] {text}", file=sys.stderr, flush=True)

        done = erasure.erase(doc, [person], progress=step)
    print(done.summary())
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from rmdesk.sheets.audit_csv import write_audit
    from rmdesk.store import audit, erasure

    with _open(args.path, readonly=True) as doc:
        person = erasure.find(doc, args.person) if args.person else None
        found = audit.entries(doc, person_id=person, since=args.since, until=args.until)
        if args.csv:
            written = write_audit(found, Path(args.csv), doc.organisation().language)
            who = " about one person" if person else ""
            with i18n.speaking("en"):  # the file's record of what was done, as every record is written
                counted = plural(len(found), "entry", "entries")
                audit.record(doc, "export", f"Exported the audit trail{who} ({counted}) to {written}")
            print(
                translate("Cli", "Wrote {path}: {entries}.").format(
                    path=written, entries=plural(len(found), "entry", "entries")
                )
            )
            return 0
    if args.json:
        rows = [
            {
                "at": e.at,
                "user": e.user,
                "kind": e.kind,
                "what": e.what,
                "state": e.state,
                "pending": e.pending,
            }
            for e in found
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(translate("Cli", "Nothing recorded for that choice."))
    for entry in found:
        state = f"  ({entry.state_text})" if entry.state_text else ""
        print(f"{entry.when}  {entry.user:<12} {entry.kind_text:<13} {entry.what}{state}")
    return 0


def _steps(percent: int, text: str) -> None:  # the store's words for what it does
    print(f"[{percent:>3}%] {text}", file=sys.stderr, flush=True)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from rmdesk.store import rekey

    name = Path(args.path).name
    if len(_env) > 1:
        raise DocumentError(
            translate(
                "Cli", "Give the new passphrase once: --new-passphrase-env VAR (or --passphrase-env VAR)."
            )
        )
    try:
        doc = _open(args.path, snapshot=False, plain=True)
    except PassphraseNeeded:
        raise DocumentError(
            translate(
                "Cli", "{name} is already encrypted; change its passphrase with: rmdesk rekey {path}"
            ).format(name=name, path=args.path)
        ) from None
    with doc:
        option = "--passphrase-env" if "--passphrase-env" in _env else "--new-passphrase-env"
        rekey.change(doc, _new_passphrase(name, option=option), _steps)
    print(
        translate(
            "Cli",
            "{name} is encrypted now, and so are its snapshots. "
            "Keep the passphrase safe: without it the file cannot be opened.",
        ).format(name=name)
    )
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from rmdesk.store import rekey

    name = Path(args.path).name
    with _open(args.path, snapshot=False) as doc:
        if not doc.encrypted:
            raise DocumentError(
                translate("Cli", "{name} is not encrypted, so there is nothing to decrypt.").format(name=name)
            )
        rekey.change(doc, None, _steps)
    print(
        translate(
            "Cli",
            "{name} is no longer encrypted, and neither are its snapshots: "
            "anyone who has the file can read it.",
        ).format(name=name)
    )
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from rmdesk.store import rekey

    name = Path(args.path).name
    with _open(args.path, snapshot=False) as doc:
        if doc.key is None:
            raise DocumentError(
                translate(
                    "Cli", "{name} is not encrypted; give it a passphrase with: rmdesk encrypt {path}"
                ).format(name=name, path=args.path)
            )
        new = _new_passphrase(name)
        if doc.key.matches(new):
            raise DocumentError(
                translate("Cli", "That is the passphrase {name} has already; nothing was changed.").format(
                    name=name
                )
            )
        rekey.change(doc, new, _steps)
    print(translate("Cli", "{name} has its new passphrase now, and so have its snapshots.").format(name=name))
    return 0


PASSPHRASE_HELP = {
    "new": QT_TRANSLATE_NOOP(
        "CliHelp", "encrypt the new file with the passphrase in this environment variable"
    ),
    "demo": QT_TRANSLATE_NOOP(
        "CliHelp", "encrypt the demo file with the passphrase in this environment variable"
    ),
    "encrypt": QT_TRANSLATE_NOOP(
        "CliHelp",
        "the passphrase the file is to have is in this environment variable (as --new-passphrase-env)",
    ),
    "rekey": QT_TRANSLATE_NOOP("CliHelp", "the file's present passphrase is in this environment variable"),
}

COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "new": (QT_TRANSLATE_NOOP("CliHelp", "create an empty program file"), cmd_new),
    "demo": (QT_TRANSLATE_NOOP("CliHelp", "write a demo program file"), cmd_demo),
    "info": (QT_TRANSLATE_NOOP("CliHelp", "show what a file holds"), cmd_info),
    "check": (QT_TRANSLATE_NOOP("CliHelp", "check a file's integrity and schema"), cmd_check),
    "backup": (QT_TRANSLATE_NOOP("CliHelp", "take a snapshot now, or --list them"), cmd_backup),
    "restore": (QT_TRANSLATE_NOOP("CliHelp", "replace a file with one of its snapshots"), cmd_restore),
    "undo": (QT_TRANSLATE_NOOP("CliHelp", "undo the last change in a file"), cmd_undo),
    "redo": (QT_TRANSLATE_NOOP("CliHelp", "redo the last undone change"), cmd_redo),
    "history": (QT_TRANSLATE_NOOP("CliHelp", "list the latest changes (audit)"), cmd_history),
    "pair": (
        QT_TRANSLATE_NOOP("CliHelp", "suggest optimal pairs with their reasons (--apply stores them)"),
        cmd_pair,
    ),
    "pairs": (
        QT_TRANSLATE_NOOP("CliHelp", "list a program's pairs with their ids, status, score and dates"),
        cmd_pairs,
    ),
    "start": (QT_TRANSLATE_NOOP("CliHelp", "start proposed pairs (by id, or --all-proposed)"), cmd_start),
    "end": (
        QT_TRANSLATE_NOOP("CliHelp", "end a pair early (--reason TEXT) or complete it (--completed)"),
        cmd_end,
    ),
    "program": (QT_TRANSLATE_NOOP("CliHelp", "start, close or reopen a program"), cmd_program),
    "import": (
        QT_TRANSLATE_NOOP("CliHelp", "add or update people from an Excel or CSV staff list"),
        cmd_import,
    ),
    "agencies": (
        QT_TRANSLATE_NOOP(
            "CliHelp", "outsourced people per agency and client site: paired, on rhythm, contracts ending"
        ),
        cmd_agencies,
    ),
    "report": (
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "write a PDF report of a program, a pair (--pair ID), every pair (--each DIR) or an agency's "
            "people (--agency NAME)",
        ),
        cmd_report,
    ),
    "export": (
        QT_TRANSLATE_NOOP(
            "CliHelp", "write the lists (people, pairs, goals...) to an Excel workbook or CSV files"
        ),
        cmd_export,
    ),
    "erase": (
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "erase a person for good (by id or employee number): every row and trace, in the file and its "
            "snapshots; not undoable",
        ),
        cmd_erase,
    ),
    "audit": (
        QT_TRANSLATE_NOOP(
            "CliHelp", "who changed what and when, with exports, restores and erasures (--csv OUT.csv)"
        ),
        cmd_audit,
    ),
    "encrypt": (
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "encrypt a file and its snapshots with a new passphrase (asked twice, or --new-passphrase-env)",
        ),
        cmd_encrypt,
    ),
    "decrypt": (QT_TRANSLATE_NOOP("CliHelp", "remove a file's encryption, and its snapshots'"), cmd_decrypt),
    "rekey": (
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "change a file's passphrase, and its snapshots' "
            "(the new one asked twice, or --new-passphrase-env)",
        ),
        cmd_rekey,
    ),
}


def _command_parser() -> argparse.ArgumentParser:
    said = i18n.current()
    parser = argparse.ArgumentParser(
        prog="rmdesk", description=translate("CliHelp", "Run a reverse-mentoring program.")
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (english, _) in COMMANDS.items():
        text = said.translate("CliHelp", english)
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument("path", metavar="FILE", help=translate("CliHelp", "an .rmdesk file"))
        command.add_argument(
            "--passphrase-env",
            metavar="VAR",
            help=said.translate(
                "CliHelp",
                PASSPHRASE_HELP.get(
                    name, translate("CliHelp", "the file's passphrase is in this environment variable")
                ),
            ),
        )
        if name in ("encrypt", "rekey"):
            command.add_argument(
                "--new-passphrase-env",
                metavar="VAR",
                help=translate("CliHelp", "the new passphrase is in this environment variable"),
            )
        if name == "demo":
            command.add_argument(
                "--participants",
                type=int,
                default=60,
                help=translate("CliHelp", "how many people (default 60)"),
            )
            command.add_argument(
                "--seed", type=int, default=2026, help=translate("CliHelp", "same seed, same demo")
            )
        elif name == "info":
            command.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
        elif name == "backup":
            command.add_argument(
                "--list", action="store_true", help=translate("CliHelp", "list the snapshots, newest first")
            )
        elif name == "restore":
            command.add_argument(
                "snapshot", help=translate("CliHelp", "a snapshot file, or its number in 'backup --list'")
            )
        elif name == "pair":
            command.add_argument(
                "--program", help=translate("CliHelp", "the program's name (default: the latest)")
            )
            command.add_argument(
                "--apply", action="store_true", help=translate("CliHelp", "store the proposals (undoable)")
            )
            command.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
            command.add_argument(
                "--most-pairs",
                action="store_true",
                help=translate("CliHelp", "pair as many people as possible"),
            )
        elif name == "report":
            command.add_argument("--out", help=translate("CliHelp", "the PDF to write"))
            command.add_argument(
                "--each", metavar="DIR", help=translate("CliHelp", "write one PDF per pair into this folder")
            )
            command.add_argument(
                "--program", help=translate("CliHelp", "the program's name (default: the latest)")
            )
            command.add_argument("--pair", help=translate("CliHelp", "a pair's id: report on that pair only"))
            command.add_argument(
                "--agency",
                metavar="NAME",
                help=translate("CliHelp", "report on this agency's people in the program"),
            )
            command.add_argument(
                "--client-site",
                metavar="NAME",
                help=translate("CliHelp", "with --agency: only its people at this client site"),
            )
            command.add_argument(
                "--others-anonymous",
                action="store_true",
                help=translate(
                    "CliHelp",
                    "with --agency: name only the agency's people; others are 'employee of the client'",
                ),
            )
            command.add_argument("--paper", choices=["A4", "Letter"], default="A4")
            command.add_argument(
                "--as-of",
                type=day,
                help=translate("CliHelp", "the date the figures are as of, YYYY-MM-DD (default: today)"),
            )
        elif name == "history":
            command.add_argument("--limit", type=int, default=30)
        elif name == "export":
            from rmdesk.sheets.export import KINDS

            command.add_argument(
                "out", metavar="OUT", help=translate("CliHelp", "OUT.xlsx (a sheet per list) or OUT.csv")
            )
            command.add_argument(
                "--what",
                choices=KINDS,
                help=translate("CliHelp", "one list only (default: all; as CSV, one file per list)"),
            )
            command.add_argument(
                "--anonymise",
                action="store_true",
                help=translate("CliHelp", "pseudonyms for names; no contact details or notes"),
            )
        elif name == "new":
            command.add_argument(
                "--organisation", help=translate("CliHelp", "the client's name (default: the file's name)")
            )
            command.add_argument(
                "--program", help=translate("CliHelp", "also create a program with this name")
            )
            command.add_argument(
                "--start", type=day, help=translate("CliHelp", "the program's start, YYYY-MM-DD")
            )
            command.add_argument(
                "--end", type=day, help=translate("CliHelp", "the program's end, YYYY-MM-DD")
            )
            command.add_argument(
                "--language",
                choices=list(i18n.LANGUAGES),
                help=translate(
                    "CliHelp", "the language of the file's reports and workbooks (default: the terminal's)"
                ),
            )
        elif name == "pairs":
            command.add_argument(
                "--program", help=translate("CliHelp", "the program's name (default: the latest)")
            )
            command.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
        elif name == "start":
            command.add_argument(
                "pair_ids", nargs="*", metavar="PAIR_ID", help=translate("CliHelp", "pairs to start")
            )
            command.add_argument(
                "--all-proposed", action="store_true", help=translate("CliHelp", "start every proposed pair")
            )
            command.add_argument(
                "--program",
                help=translate("CliHelp", "with --all-proposed: the program (default: the latest)"),
            )
            command.add_argument(
                "--on", type=day, help=translate("CliHelp", "the start date, YYYY-MM-DD (default: today)")
            )
        elif name == "end":
            command.add_argument(
                "pair_id", metavar="PAIR_ID", help=translate("CliHelp", "the pair (see rmdesk pairs)")
            )
            command.add_argument("--reason", help=translate("CliHelp", "why the pair ends early"))
            command.add_argument(
                "--completed", action="store_true", help=translate("CliHelp", "the pair finished as planned")
            )
            command.add_argument(
                "--on", type=day, help=translate("CliHelp", "the end date, YYYY-MM-DD (default: today)")
            )
        elif name == "agencies":
            command.add_argument(
                "--program", help=translate("CliHelp", "the program's name (default: the latest)")
            )
            command.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
        elif name == "import":
            command.add_argument(
                "sheet", metavar="SHEET", help=translate("CliHelp", "the staff list: .xlsx or .csv")
            )
            command.add_argument(
                "--program",
                help=translate("CliHelp", "enrol the people in this program (default: the latest)"),
            )
            command.add_argument(
                "--role",
                choices=["mentor", "mentee"],
                help=translate("CliHelp", "their role, unless a column says"),
            )
            command.add_argument(
                "--mapping", help=translate("CliHelp", 'columns to fields as JSON, e.g. \'{"Nama": "name"}\'')
            )
            command.add_argument(
                "--on-duplicate",
                choices=["update", "skip", "keep"],
                default="update",
                help=translate(
                    "CliHelp", "someone already in the file (same employee no., else email): default update"
                ),
            )
            command.add_argument(
                "--dry-run", action="store_true", help=translate("CliHelp", "check every row, write nothing")
            )
            command.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
        elif name == "erase":
            command.add_argument(
                "person", metavar="PERSON_ID|EMPLOYEE_NO", help=translate("CliHelp", "who to erase")
            )
            command.add_argument(
                "--dry-run",
                action="store_true",
                help=translate("CliHelp", "list what would go; change nothing"),
            )
            command.add_argument(
                "--yes",
                action="store_true",
                help=translate("CliHelp", "erase without asking at the terminal"),
            )
        elif name == "audit":
            command.add_argument(
                "--person",
                metavar="ID|EMPLOYEE_NO",
                help=translate("CliHelp", "only what concerns this person"),
            )
            command.add_argument(
                "--since", type=day, help=translate("CliHelp", "from this day on, YYYY-MM-DD")
            )
            command.add_argument("--until", type=day, help=translate("CliHelp", "up to this day, YYYY-MM-DD"))
            command.add_argument(
                "--csv", metavar="OUT.csv", help=translate("CliHelp", "write the entries to a CSV file")
            )
            command.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
        elif name == "program":
            command.add_argument(
                "--start", action="store_true", help=translate("CliHelp", "start it with its proposed pairs")
            )
            command.add_argument(
                "--close",
                action="store_true",
                help=translate("CliHelp", "complete the active pairs and close"),
            )
            command.add_argument(
                "--reopen", action="store_true", help=translate("CliHelp", "run a closed program again")
            )
            command.add_argument(
                "--program", help=translate("CliHelp", "the program's name (default: the latest)")
            )
            command.add_argument(
                "--on", type=day, help=translate("CliHelp", "the date, YYYY-MM-DD (default: today)")
            )
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rmdesk",
        description=translate(
            "CliHelp", "Run a reverse-mentoring program. Commands: {commands} (rmdesk COMMAND -h)."
        ).format(commands=", ".join(COMMANDS)),
    )
    parser.add_argument("file", nargs="?", help=translate("CliHelp", "an .rmdesk file to open"))
    parser.add_argument(
        "--demo", action="store_true", help=translate("CliHelp", "open the demo program (made on first use)")
    )
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="",
        metavar="FOLDER",
        help=translate(
            "CliHelp",
            "check that rmdesk works here: a demo file in a temporary folder, every page, suggested pairs, "
            "reports and an export (kept in FOLDER if given); exit code 1 names what failed",
        ),
    )
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    return parser


def _run(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        args = _command_parser().parse_args(argv)
        _env.clear()
        for option in ("passphrase_env", "new_passphrase_env"):
            if getattr(args, option, None) is not None:
                _env["--" + option.replace("_", "-")] = getattr(args, option)
        return COMMANDS[args.command][1](args)
    args = _window_parser().parse_args(argv)
    if args.self_test is not None:
        if args.file or args.demo:
            raise DocumentError(
                translate("Cli", "--self-test makes a demo file of its own: leave out FILE and --demo.")
            )
        from rmdesk.gui.self_test import run as self_test

        return self_test(Path(args.self_test) if args.self_test else None)
    path = Path(args.file) if args.file else None
    if args.demo:
        path = demo_file()
        if not path.exists():
            from rmdesk.demo import generate

            generate(path)
    from rmdesk.gui.app import run

    return run(path)


def terminal_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the terminal speaks: RMDESK_LANGUAGE if set, else the locale's (LC_ALL,
    LC_MESSAGES, LANG: "id_ID.UTF-8" is Bahasa Indonesia), else English."""
    environ = os.environ if environ is None else environ
    for name in (LANGUAGE_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:
            return i18n.language_of(value.split(".")[0].split("@")[0])
    return i18n.SOURCE


def _say(text: str) -> None:
    """One line on stderr (which may itself be closed)."""
    with contextlib.suppress(OSError, ValueError):
        print(f"rmdesk: {text}", file=sys.stderr, flush=True)


def _unexpected(error: BaseException) -> int:
    """A failure nobody foresaw: one line, and the details in a file to send to support."""
    from rmdesk.store.logs import report_lines

    # Only where it failed: the message, the file's name and the arguments (an employee number
    # to erase) may be personal, and this file stays behind in the log folder.
    detail = "".join(report_lines(type(error), error, error.__traceback__))
    command = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] in COMMANDS else "(window)"
    where = ""
    try:
        from rmdesk.store.paths import log_dir

        report = log_dir() / "last-command-error.txt"
        report.write_text(f"rmdesk {__version__}: rmdesk {command} ...\n\n{detail}", encoding="utf-8")
        where = " " + translate("Cli", "The details are in {file}; please send them to support.").format(
            file=report
        )
    except OSError:
        pass
    _say(
        translate("Cli", "something went wrong that rmdesk did not expect ({error}).").format(
            error=f"{type(error).__name__}: {error}"
        )
        + where
    )
    return 70


def main(argv: Sequence[str] | None = None) -> int:
    """The command; every failure ends in one line on stderr and a non-zero exit, never a traceback."""
    import sqlcipher3

    from rmdesk.domain.validation import ValidationError
    from rmdesk.store.errors import from_os, from_sql

    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.use(terminal_language())
    _opened.clear()
    try:
        return _run(argv)
    except (DocumentError, ValidationError) as error:
        _say(str(error))
        return 2
    except sqlcipher3.Error as error:
        _say(str(from_sql(error, _opened[0] if _opened else translate("Cli", "the file"))))
        return 2
    except BrokenPipeError:
        # Whatever read the output stopped early (| head): no more output, and no second error
        # when Python flushes it on the way out.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _say(translate("Cli", "the output was cut short: the program reading it stopped before the end."))
        return 141
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            _say(str(from_os(error, error.filename or translate("Cli", "the output"))))
        else:
            where = f": {error.filename}" if error.filename else ""
            _say(f"{error.strerror or error}{where}.")
        return 2
    except ValueError as error:
        _say(str(error))
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        return _unexpected(error)


if __name__ == "__main__":
    sys.exit(main())
