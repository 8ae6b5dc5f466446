"""The `nqgraph` command. Each subcommand imports its stage lazily so `parse` never needs Neo4j."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

# Every command's driver: graph.db's bounded timeouts (graph.guard bounds a frozen Neo4j), and no server
# notifications: on an empty database every first query warns that a label or property does not exist
# yet, which is expected, not news.
CLI_DRIVER: dict[str, Any] = dict(notifications_min_severity="OFF")
START_HINT = "start it with `nqgraph neo4j start` (or check NQGRAPH_NEO4J_URI) and run the command again"


def _driver(check: bool = True) -> Any:
    """The command's driver; `check`: fail at once when Neo4j does not answer or refuses the login."""
    from graph.db import make_driver

    driver = make_driver(**CLI_DRIVER)
    why = _probe(driver) if check else None
    if why is not None:
        driver.close()
        raise why
    return driver


def _probe(driver: Any) -> Exception | None:
    """None when Neo4j answers; CredentialsRefused when it refuses the login; else DatabaseGone."""
    from graph.db import credentials_refused, unavailable
    from graph.guard import DatabaseGone, probe, short_reason

    err = probe(driver)
    if err is None:
        return None
    if credentials_refused(err):
        return unavailable(err)
    return DatabaseGone(f"Neo4j is not reachable ({short_reason(err)})")


def _guarded(driver: Any, fn: Any) -> Any:
    """`fn()` under graph.guard: a frozen or dead Neo4j ends the command in seconds (DatabaseGone)."""
    from graph.guard import guarded

    return guarded(driver, fn)


def _cmd_neo4j(args: argparse.Namespace) -> int:
    from graph import launcher

    if args.action == "start":
        launcher.start()
    elif args.action == "stop":
        launcher.stop()
    print(launcher.status_text())
    return 0


def _cmd_init_db(args: argparse.Namespace) -> int:
    from graph.db import apply_schema
    from graph.gazetteer import load_gazetteer

    with _driver() as driver:
        n = _guarded(driver, lambda: apply_schema(driver))
        print(f"schema: {n} statements applied")
        if not args.no_gazetteer:
            summary = _guarded(driver, lambda: load_gazetteer(driver))
            print(f"gazetteer: {summary}")
    return 0


def _cmd_parse(args: argparse.Namespace) -> int:
    from loaders.errors import ParseError
    from loaders.parse import parse_file
    from loaders.read import discover

    failed = 0
    out = sys.stdout
    for path in discover(Path(name) for name in args.files):
        try:
            record = parse_file(path)
        except ParseError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        out.write(record.to_json(pretty=args.pretty) + "\n")
    return 1 if failed else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from loaders.evaluate import main as eval_main

    return eval_main(Path(args.gold), Path(args.seeds) if args.seeds else None, as_json=args.json)


def _cmd_align_eval(args: argparse.Namespace) -> int:
    from graph.align_eval import cascade_report, evaluate, evaluate_cascade, mistakes, report

    if args.cascade:
        print(cascade_report(evaluate_cascade(Path(args.cascade), every=args.every)))
        return 0
    result = evaluate(Path(args.pairs))
    print(report(result))
    if args.mistakes:
        print(mistakes(result))
    return 1 if any(s.stale for s in result["pairs"]) else 0


def _cmd_align(args: argparse.Namespace) -> int:
    from graph.align_db import recompute_all

    with _driver() as driver:
        summary = _guarded(driver, lambda: recompute_all(driver))
    print(json.dumps(summary.as_dict(), ensure_ascii=False))
    return 0


def _cmd_load(args: argparse.Namespace) -> int:
    from config import audit, get_settings
    from graph.db import CredentialsRefused, apply_schema
    from graph.guard import DatabaseGone, guarded
    from graph.load import LoadSummary
    from ingest import ingest

    # A dead Neo4j ends the load in seconds (graph.guard does the same for a frozen one), with a summary
    # of what was written, never a traceback; one that is down from the start costs no parsing.
    driver = _driver(check=False)
    why = _probe(driver)
    if isinstance(why, CredentialsRefused):
        driver.close()
        raise why
    if why is not None:
        driver.close()
        audit.write("load", audit.cli_actor(), paths=args.paths, documents=[], stopped=str(why))
        print(f"nqgraph load: {why} at {get_settings().bolt_uri}; nothing was written: {START_HINT}",
              file=sys.stderr)
        return 2
    try:
        guarded(driver, lambda: apply_schema(driver))
        summary = ingest(driver, [Path(p) for p in args.paths], replace=args.replace,
                         progress=not args.json)
    except DatabaseGone as exc:
        summary = LoadSummary(stopped=str(exc), not_written=[str(p) for p in args.paths])
    finally:
        driver.close()
    audit.write("load", audit.cli_actor(), paths=args.paths, documents=summary.documents,
                failed=[p for p, _ in summary.failed] or None, replace=args.replace or None,
                stopped=summary.stopped)
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(summary.as_text())
    if summary.stopped:
        return 2
    return 1 if summary.failed and not summary.loaded else 0


def _cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export_graphml

    with _driver() as driver:
        n_nodes, n_rels = _guarded(driver, lambda: export_graphml(driver, Path(args.graphml)))
    print(f"wrote {args.graphml}: {n_nodes} nodes, {n_rels} relationships")
    return 0


def _cmd_keys_new(args: argparse.Namespace) -> int:
    """A new API key, shown once; what the settings keep is only its hash."""
    import secrets

    from config.credentials import Entry, new_key, parse_scopes, sha256_hash

    key = new_key()
    ident = args.id or f"key-{secrets.token_hex(4)}"
    entry = Entry.parse(f"{ident}:{','.join(sorted(parse_scopes(args.scopes)))}:{sha256_hash(key)}")
    print(f"key (shown once, give it to the system that calls the API):\n  {key}\n"
          f"add this entry to NQGRAPH_API_KEYS (a JSON list), e.g. in .env:\n  {entry}")
    return 0


def _cmd_users_new(args: argparse.Namespace) -> int:
    """A web user: the password is read without echo (or from stdin) and stored as a scrypt hash."""
    import getpass

    from config.credentials import Entry, parse_scopes, scrypt_hash

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            raise ValueError("the two passwords differ")
    if len(password) < 12:
        raise ValueError("a password needs at least 12 characters")
    entry = Entry.parse(f"{args.name}:{','.join(sorted(parse_scopes(args.scopes)))}:{scrypt_hash(password)}")
    print(f"add this entry to NQGRAPH_USERS (a JSON list), e.g. in .env:\n  {entry}")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from graph.backup import backup

    r = backup(Path(args.file), force=args.force)
    c = r["counts"]
    what = f" ({c['nodes']} nodes, {c['relationships']} relationships)" if c else ""
    print(f"backup: {r['file']}{what}, {r['bytes']} bytes, sha256 {r['sha256']}, {r['seconds']} s")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from graph.backup import restore

    r = restore(Path(args.file), force=args.force)
    print(f"restored {r['file']}: {r['counts']['nodes']} nodes, {r['counts']['relationships']} relationships "
          f"(replaced {r['replaced']['nodes']} nodes), {r['seconds']} s")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from config import get_settings

    s = get_settings()
    uvicorn.run("api.main:app", host=args.host or s.api_host, port=args.port or s.api_port)
    return 0


def _cmd_up(args: argparse.Namespace) -> int:
    """The main job: local Neo4j up, schema and gazetteer, seed data loaded, API serving."""
    from config import get_settings
    from graph import launcher
    from graph.db import apply_schema
    from graph.gazetteer import load_gazetteer
    from ingest import load_paths

    s = get_settings()
    if s.neo4j_uri is None:
        launcher.start()
    with _driver() as driver:
        apply_schema(driver)
        print(f"gazetteer: {load_gazetteer(driver)}")
        summary = load_paths(driver, [Path(p) for p in args.paths], progress=True)
        print(summary.as_text())
    host, port = args.host or s.api_host, args.port or s.api_port
    print(launcher.status_text())
    print(f"Web app:  http://{host}:{port}/")
    print(f"API docs: http://{host}:{port}/docs  (ReDoc: http://{host}:{port}/redoc)")
    if args.no_serve:
        return 0
    import uvicorn

    uvicorn.run("api.main:app", host=host, port=port)
    return 0


def _cmd_synth(args: argparse.Namespace) -> int:
    """A synthetic nation-wide cascade of one directive, with its ground truth (docs/synth.md)."""
    from datetime import date

    from synth import generate
    from synth.cascade import DEFAULT_TITLE

    s = generate(args.directive, Path(args.out), issued_on=date.fromisoformat(args.date), seed=args.seed,
                 title=args.title or DEFAULT_TITLE,
                 provinces=args.provinces.split(",") if args.provinces else None)
    print(f"{s.documents} documents ({s.missing} units issued nothing, {s.late} late), {s.tasks} tasks, "
          f"{s.links} task links, {s.bytes / 1e6:.1f} MB in {s.seconds:.1f} s -> {s.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nqgraph", description=__doc__)
    p.add_argument("--debug", action="store_true",
                   help="show the Python traceback of an error (also NQGRAPH_DEBUG=1)")
    sub = p.add_subparsers(dest="command", required=True)

    n = sub.add_parser("neo4j", help="start, stop or check the local Neo4j")
    n.add_argument("action", choices=["start", "stop", "status"])
    n.set_defaults(func=_cmd_neo4j)

    i = sub.add_parser("init-db", help="apply the schema and load the gazetteer")
    i.add_argument("--no-gazetteer", action="store_true")
    i.set_defaults(func=_cmd_init_db)

    pa = sub.add_parser("parse", help="print one JSON record per file (JSON Lines): text, web page, "
                                      "DOCX, PDF, .doc or scan, sniffed from the content")
    pa.add_argument("files", nargs="+", help="files or folders (every file below a folder is read)")
    pa.add_argument("--pretty", action="store_true")
    pa.set_defaults(func=_cmd_parse)

    e = sub.add_parser("eval", help="score the parser against gold labels")
    e.add_argument("gold", help="folder of gold *.json files")
    e.add_argument("--seeds", help="folder of the labelled texts (default: ../seeds beside gold)")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=_cmd_eval)

    al = sub.add_parser("align", help="realign every loaded plan (loads do it on their own; this is for a "
                                      "changed scoring)")
    al.set_defaults(func=_cmd_align)

    ae = sub.add_parser("align-eval", help="score task alignment against the hand-aligned pairs")
    ae.add_argument("pairs", nargs="?", default="tests/alignment", help="folder of labelled pairs")
    ae.add_argument("--mistakes", action="store_true", help="list every false and missed link")
    ae.add_argument("--cascade", help="a synthetic cascade (nqgraph synth): score against its truth.json")
    ae.add_argument("--every", type=int, default=1, help="with --cascade: every n-th plan only")
    ae.set_defaults(func=_cmd_align_eval)

    lo = sub.add_parser("load", help="parse files or folders and write them to Neo4j")
    lo.add_argument("paths", nargs="+")
    lo.add_argument("--json", action="store_true", help="machine-readable summary")
    lo.add_argument("--replace", action="store_true",
                    help="let a file replace a loaded document of the same identity from another file "
                         "(refused otherwise); the earlier version's provenance is kept")
    lo.set_defaults(func=_cmd_load)

    ex = sub.add_parser("export", help="export the whole graph")
    ex.add_argument("--graphml", required=True)
    ex.set_defaults(func=_cmd_export)

    k = sub.add_parser("keys", help="API keys").add_subparsers(dest="action", required=True)
    kn = k.add_parser("new", help="make a key: prints it once, and the hashed entry for NQGRAPH_API_KEYS")
    kn.add_argument("--id", help="who holds it, as the audit log will name it (default: key-<8 hex>)")
    kn.add_argument("--scopes", required=True, help="comma-separated: read, upload, admin")
    kn.set_defaults(func=_cmd_keys_new)

    us = sub.add_parser("users", help="web users").add_subparsers(dest="action", required=True)
    un = us.add_parser("new", help="make a user: prints the hashed entry for NQGRAPH_USERS")
    un.add_argument("name")
    un.add_argument("--scopes", required=True, help="comma-separated: read, upload, admin")
    un.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    un.set_defaults(func=_cmd_users_new)

    b = sub.add_parser("backup", help="dump the local Neo4j to FILE (stops and restarts it when it runs)")
    b.add_argument("file")
    b.add_argument("--force", action="store_true", help="overwrite FILE")
    b.set_defaults(func=_cmd_backup)

    r = sub.add_parser("restore", help="load FILE into the local Neo4j (an empty graph, or --force)")
    r.add_argument("file")
    r.add_argument("--force", action="store_true", help="replace a graph that is not empty")
    r.set_defaults(func=_cmd_restore)

    sy = sub.add_parser("synth", help="write a synthetic nation-wide cascade of a directive, with truth.json")
    sy.add_argument("directive", help="the directive's number, e.g. 43-NQ/TW")
    sy.add_argument("--out", required=True, help="folder for the .txt files and truth.json")
    sy.add_argument("--date", default="2023-11-24", help="the directive's date (ISO); from 2025-07-01 the "
                    "2025 units are used")
    sy.add_argument("--seed", type=int, default=0)
    sy.add_argument("--title", help="what the directive is about ('về ...'); default: 43-NQ/TW's")
    sy.add_argument("--provinces", help="only these provinces' branches, by code ('31,33'): a small cascade")
    sy.set_defaults(func=_cmd_synth)

    se = sub.add_parser("serve", help="run the REST API")
    se.add_argument("--host")
    se.add_argument("--port", type=int)
    se.set_defaults(func=_cmd_serve)

    up = sub.add_parser("up", help="local Neo4j, schema, gazetteer, seed data, API")
    up.add_argument("paths", nargs="*", default=["seed_data"])
    up.add_argument("--host")
    up.add_argument("--port", type=int)
    up.add_argument("--no-serve", action="store_true")
    up.set_defaults(func=_cmd_up)
    return p


def explain(exc: BaseException) -> str:
    """One line for an operator: what went wrong and what to do, never a traceback or a secret."""
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired
    from pydantic import ValidationError

    from config import get_settings
    from graph.db import CredentialsRefused, DatabaseUnavailable, credentials_refused
    from graph.guard import DatabaseGone, short_reason

    where = get_settings().bolt_uri if isinstance(exc, Neo4jError | DatabaseUnavailable | DatabaseGone |
                                                  ServiceUnavailable | SessionExpired) else ""
    if isinstance(exc, CredentialsRefused | AuthError) or credentials_refused(exc):
        return (f"Neo4j at {where} refuses the user and password of NQGRAPH_NEO4J_USER / "
                "NQGRAPH_NEO4J_PASSWORD, or rate-limits them after failed logins: correct them, wait a "
                "minute, and run the command again")
    if isinstance(exc, DatabaseGone | DatabaseUnavailable):
        return f"{exc} at {where}: {START_HINT}"
    if isinstance(exc, ServiceUnavailable | SessionExpired):
        return f"Neo4j does not answer ({short_reason(exc)}) at {where}: {START_HINT}"
    if isinstance(exc, ValidationError):  # the settings; hide_input_in_errors keeps values out
        return "settings: " + "; ".join(_setting_error(e) for e in exc.errors(include_input=False,
                                                                              include_url=False))
    if isinstance(exc, Neo4jError):
        first = (exc.message or "").strip().splitlines()[:1]
        return f"Neo4j refused the query: {exc.code}: {''.join(first)}"
    if isinstance(exc, RuntimeError | ValueError | OSError):
        return str(exc)
    return f"unexpected error ({type(exc).__name__}: {exc}); rerun with --debug for the traceback"


def _setting_error(err: Any) -> str:
    msg = str(err["msg"]).removeprefix("Value error, ")
    name = "_".join(str(x) for x in err["loc"]).upper()
    return f"NQGRAPH_{name}: {msg}" if name else msg


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    debug = args.debug or os.environ.get("NQGRAPH_DEBUG", "").strip() not in ("", "0")
    if not debug:
        # The driver logs each retry ("Transaction failed and will be retried") through logging's
        # last-resort handler; the command's own message says what happened.
        logging.getLogger("neo4j").addHandler(logging.NullHandler())
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI reports in a line, never dumps a traceback
        if debug:
            raise
        print(f"nqgraph {args.command}: {explain(exc)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
