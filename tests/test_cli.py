"""The CLI as an operator meets it (issue 12): a line, never a traceback; no secret and no server path in
what it prints or stores. Neo4j is a port nothing listens on here: none of these tests needs one."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from nqgraph import cli

REPO = Path(__file__).resolve().parent.parent
SECRET = "s3cr3t-Value-that-must-never-be-printed"


def _dead_uri() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"bolt://127.0.0.1:{s.getsockname()[1]}"  # closed again: nothing listens there


def _run(*args: str, cwd: Path = REPO, **env: str) -> subprocess.CompletedProcess[str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith("NQGRAPH_")}
    return subprocess.run([sys.executable, "-m", "nqgraph.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env={**keep, "PYTHONPATH": str(REPO), **env}, timeout=120)


@pytest.mark.parametrize("args", [
    ["load", "seed_data"],
    ["init-db"],
    ["align"],
    ["export", "--graphml", "{tmp}/g.graphml"],
    ["up", "--no-serve"],
])
def test_neo4j_down_is_one_line_naming_what_to_do(tmp_path: Path, args: list[str]) -> None:
    uri = _dead_uri()
    done = _run(*[a.format(tmp=tmp_path) for a in args], NQGRAPH_NEO4J_URI=uri,
                NQGRAPH_AUDIT_LOG=str(tmp_path / "audit.jsonl"))
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stdout + done.stderr
    assert lines[0].startswith(f"nqgraph {args[0]}: Neo4j ") and uri in lines[0], lines
    assert "nqgraph neo4j start" in lines[0] and "NQGRAPH_NEO4J_URI" in lines[0]
    assert "Traceback" not in done.stdout


def test_an_unexpected_error_is_a_line_and_debug_shows_the_traceback(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def boom(args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "_cmd_align_eval", boom)
    assert cli.main(["align-eval"]) == 2
    err = capsys.readouterr().err
    assert err == ("nqgraph align-eval: unexpected error (ZeroDivisionError: a bug); rerun with --debug for "
                   "the traceback\n")
    with pytest.raises(ZeroDivisionError):
        cli.main(["--debug", "align-eval"])
    monkeypatch.setenv("NQGRAPH_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        cli.main(["align-eval"])


@pytest.mark.parametrize("env", [
    {"NQGRAPH_API_KEYS": f'["ops:read:sha256:{SECRET}"]'},
    {"NQGRAPH_API_KEYS": f"not a list {SECRET}"},
    {"NQGRAPH_API_KEYS": f'["{SECRET}"]'},
    {"NQGRAPH_USERS": f'["anh:read:scrypt:{SECRET}"]'},
    {"NQGRAPH_API_KEYS": '[""]'},
    {"NQGRAPH_API_KEYS": "[]"},
    {"NQGRAPH_NEO4J_PASSWORD": "", "NQGRAPH_JWT_SECRET": SECRET[:10]},
    {"NQGRAPH_SESSION_SECRET": SECRET[:12], "NQGRAPH_USERS": '["anh:read:sha256:' + "a" * 64 + '"]'},
])
def test_production_settings_errors_name_the_setting_never_its_value(tmp_path: Path,
                                                                     env: dict[str, str]) -> None:
    settings = {"NQGRAPH_NEO4J_PASSWORD": "prod-" + SECRET, **env}
    done = _run("init-db", NQGRAPH_ENV="production", NQGRAPH_NEO4J_URI=_dead_uri(),
                NQGRAPH_AUDIT_LOG=str(tmp_path / "audit.jsonl"), **settings)
    out = done.stdout + done.stderr
    assert done.returncode == 2 and out.startswith("nqgraph init-db: settings: ") and "NQGRAPH_" in out, out
    assert "Traceback" not in out and len(out.strip().splitlines()) == 1, out
    for value in [SECRET[:10], *settings.values()]:
        assert len(value) < 8 or value not in out, out


def test_status_and_errors_print_no_password(tmp_path: Path) -> None:
    env = dict(NQGRAPH_NEO4J_PASSWORD=SECRET, NQGRAPH_LOCAL_DIR=str(tmp_path),
               NQGRAPH_AUDIT_LOG=str(tmp_path / "audit.jsonl"))
    status = _run("neo4j", "status", **env)
    load = _run("load", "seed_data", NQGRAPH_NEO4J_URI=_dead_uri(), **env)
    assert status.returncode == 0 and "stopped" in status.stdout and load.returncode == 2
    for done in (status, load):
        assert SECRET not in done.stdout + done.stderr
    assert SECRET not in (tmp_path / "audit.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize(("where", "stored"), [
    ("cwd", "sub/plan.txt"),        # under the working directory: relative to it
    ("repo", "seed_data/{seed}"),   # under the repository, run from elsewhere: relative to the repository
    ("outside", "plan.txt"),        # anywhere else: the file's name, never the server's directory
])
def test_a_record_keeps_no_server_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str,
                                       stored: str) -> None:
    from ingest import _parse_path
    from loaders.records import Record

    seed = next((REPO / "seed_data").glob("*.txt"))
    if where == "repo":
        path = seed
        monkeypatch.chdir(tmp_path)
    else:
        (tmp_path / "sub").mkdir()
        path = tmp_path / "sub" / "plan.txt"
        path.write_bytes(seed.read_bytes())
        monkeypatch.chdir(tmp_path if where == "cwd" else REPO)
    record = _parse_path(path)
    assert isinstance(record, Record)
    assert record.source.path == stored.format(seed=seed.name)
    assert str(tmp_path) not in record.model_dump_json()
