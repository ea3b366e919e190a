"""The packaged app's one entry point: the desktop workspace, the command line, or a reader.

A frozen app has no ``python -m``, so the reader pool starts readers as this same program with
``--gatekeeper-reader`` (see ``gatekeeper.pool.worker_command``). ``gatekeeper-app check FOLDER``
(or any other ``gatekeeper`` command) runs the command line, headless.
"""

from __future__ import annotations

import sys

CLI_COMMANDS = {"check", "demo", "rules", "register", "plan", "export", "verify"}


def main() -> None:
    argv = sys.argv[1:]
    if argv[:1] == ["--gatekeeper-reader"]:
        from gatekeeper.pool import serve

        serve(argv[1:])
        return
    if argv[:1] and argv[0] in CLI_COMMANDS:
        from gatekeeper.cli import main as cli

        sys.exit(cli(argv))
    from gatekeeper_ui.app import run

    run()


if __name__ == "__main__":
    main()
