"""A check opens no socket and leaves no copy of case content behind, in the app or its readers."""

from __future__ import annotations

import os
import subprocess
import sys

# Linux forks readers from one process (``gatekeeper.reader_forks``); elsewhere each starts afresh.
FORKS = sys.platform.startswith("linux")


AUDIT_HOOK = """
import os, sys
with open(os.environ["GATEKEEPER_AUDIT_STARTS"], "a") as starts:
    starts.write(" ".join(sys.orig_argv) + "\\n")
def _record_sockets(event, args):
    if event == "os.fork":  # a fork keeps this hook: it is audited as its parent is
        with open(os.environ["GATEKEEPER_AUDIT_STARTS"], "a") as starts:
            starts.write(f"fork of {' '.join(sys.orig_argv)}\\n")
    if event.startswith("socket."):
        with open(os.environ["GATEKEEPER_SOCKET_LOG"], "a") as log:
            log.write(f"{os.getpid()} {event} {args!r}\\n")
sys.addaudithook(_record_sockets)
"""


def audited(tmp_path, *command: str) -> tuple[str, str, subprocess.CompletedProcess[str]]:
    """Run a Python command with every process it starts auditing socket use."""
    hook_dir = tmp_path / "hook"
    hook_dir.mkdir(exist_ok=True)
    (hook_dir / "sitecustomize.py").write_text(AUDIT_HOOK)
    log, starts = tmp_path / "sockets.log", tmp_path / "starts.log"
    log.write_text("")
    starts.write_text("")
    env = dict(
        os.environ,
        PYTHONPATH=str(hook_dir),
        GATEKEEPER_SOCKET_LOG=str(log),
        GATEKEEPER_AUDIT_STARTS=str(starts),
    )
    result = subprocess.run(
        [sys.executable, *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return log.read_text(), starts.read_text(), result


def test_the_audit_sees_a_socket_when_one_is_opened(tmp_path):
    sockets, _, _ = audited(tmp_path, "-c", "import socket; socket.socket().close()")
    assert "socket.__new__" in sockets


def test_a_check_opens_no_socket(tmp_path, case_folder):
    folder = case_folder(layout="messy", seed=4)
    sockets, starts, result = audited(
        tmp_path, "-m", "gatekeeper.cli", "check", str(folder), "--workers", "2"
    )
    assert result.returncode in (0, 1) and "CPS assessment" in result.stdout, result.stderr
    # The reader processes were audited too: started, or forked from a process that was.
    if FORKS:
        assert starts.count("fork of") == 2 and starts.count("gatekeeper.pool") == 3, starts
    else:
        assert starts.count("gatekeeper.pool") == 2, starts
    assert sockets == ""


def test_a_check_leaves_nothing_in_the_temporary_folder(tmp_path, case_folder):
    folder = case_folder(layout="messy", seed=4)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch), TEMP=str(scratch), TMP=str(scratch))
    result = subprocess.run(
        [sys.executable, "-m", "gatekeeper.cli", "check", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    assert list(scratch.iterdir()) == []
