"""Start the dashboard: ``frontline serve`` runs ``streamlit run dashboard/app.py``.

Streamlit is started in a child process through its documented command line,
with safe defaults: bound to 127.0.0.1, XSRF protection on, an upload size
limit, usage statistics off.  The store and the read-only switch reach the app
through environment variables, because a Streamlit script takes no arguments
of its own.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import webbrowser
from collections.abc import Callable
from pathlib import Path

from geodata.errors import InputError

APP_PATH = Path(__file__).resolve().parent / "app.py"
MAX_UPLOAD_MB = 20
"""Largest report upload the server accepts, in megabytes (also stated in the page)."""

ENV_DB = "FRONTLINE_DB"
ENV_READ_ONLY = "FRONTLINE_READ_ONLY"
ENV_MAP_FIRST = "FRONTLINE_MAP_FIRST"  # views of at least this many events draw the map before the rest
ENV_MAX_UPLOAD_MB = "FRONTLINE_MAX_UPLOAD_MB"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def streamlit_command(port: int = 8501, address: str = "127.0.0.1") -> list[str]:
    """Return the ``streamlit run`` command line for the dashboard.

    Streamlit always runs headless: otherwise its first start asks for an e-mail
    address on the terminal (and fails with no terminal, as under ``make run``
    from a script); :func:`serve` opens the browser itself.

    Parameters
    ----------
    port : TCP port to listen on.
    address : interface to bind; the loopback address unless the user asks otherwise.
    """
    if not 0 < int(port) < 65536:
        msg = f"--port {port} is not a TCP port: give a number from 1 to 65535, e.g. --port 8501"
        raise InputError(msg)
    if not address or any(c.isspace() for c in address):
        msg = f"--address {address!r} is not a network address: give e.g. --address 127.0.0.1"
        raise InputError(msg)
    options = {
        "server.port": str(int(port)),
        "server.address": address,
        "server.headless": "true",
        "server.enableXsrfProtection": "true",
        "server.enableCORS": "true",
        "server.maxUploadSize": str(MAX_UPLOAD_MB),
        "server.fileWatcherType": "none",
        "server.runOnSave": "false",
        "browser.gatherUsageStats": "false",
        "browser.serverAddress": "localhost" if address in _LOOPBACK else address,
        "global.developmentMode": "false",
        "client.toolbarMode": "minimal",
        "theme.base": "light",
    }
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP_PATH)]
    cmd += [f"--{key}={value}" for key, value in options.items()]
    return cmd


def app_environment(db: str | os.PathLike[str] | None = None, read_only: bool = False) -> dict[str, str]:
    """Return the environment of the Streamlit process: ours plus the store and read-only switch."""
    env = dict(os.environ)
    if db:
        path = Path(db).expanduser()
        if path.exists() and not path.is_file():
            msg = f"--db {db}: is a directory, not a store file; give a file path such as {path / 'frontline.db'}"
            raise InputError(msg)
        if not path.parent.is_dir():
            msg = f"--db {db}: folder {path.parent} does not exist; create it or give another path"
            raise InputError(msg)
        env[ENV_DB] = str(path.resolve())
    else:
        env.pop(ENV_DB, None)
    env[ENV_READ_ONLY] = "1" if read_only else "0"
    env[ENV_MAX_UPLOAD_MB] = str(MAX_UPLOAD_MB)
    env.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
    return env


def _when_ready(url: str, proc: subprocess.Popen, action: Callable[[str], object], timeout: float = 120.0) -> None:
    """Call ``action(url)`` once the server answers its health check (give up when it stops)."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    action(url)
                    return
        except OSError:
            time.sleep(0.5)


def warm_up(url: str, timeout: float = 300.0) -> bool:
    """Run the app's script once, as a viewer would, so the first real viewer finds it warm.

    The first run after a start imports the map and chart libraries, reads the store
    and builds the map of all its events (seconds with 10,000 events): a headless
    session on Streamlit's own websocket does it while nobody waits. Best effort:
    returns False on any failure, and the first viewer then pays the cost as before.
    """
    import asyncio

    async def run() -> bool:
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
        from websockets.asyncio.client import connect

        ws_url = url.replace("http://", "ws://", 1) + "/_stcore/stream"
        async with connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=30) as ws:
            msg = BackMsg()
            msg.rerun_script.query_string = ""
            await ws.send(msg.SerializeToString())
            while True:
                reply = ForwardMsg()
                reply.ParseFromString(await ws.recv())
                if reply.WhichOneof("type") == "script_finished":
                    return True

    try:
        return asyncio.run(asyncio.wait_for(run(), timeout))
    except Exception:  # noqa: BLE001 - best effort: a failed warm-up only costs the first viewer time
        return False


def serve(port: int = 8501, address: str = "127.0.0.1", headless: bool = False,
          read_only: bool = False, db: str | None = None) -> int:
    """Run the dashboard until it is stopped; return Streamlit's exit code.

    SIGTERM and Ctrl-C are passed on to Streamlit so that stopping
    ``frontline serve`` stops the server too.
    """
    cmd = streamlit_command(port=port, address=address)
    env = app_environment(db=db, read_only=read_only)
    if address not in _LOOPBACK:
        print(f"frontline serve: listening on {address}: the dashboard has no login; "
              "anyone who reaches this address can use it", file=sys.stderr)
    proc = subprocess.Popen(cmd, env=env)
    local = "127.0.0.1" if address in _LOOPBACK or address in ("0.0.0.0", "::") else address
    threading.Thread(target=_when_ready, args=(f"http://{local}:{int(port)}", proc, warm_up), daemon=True).start()
    graphical = (sys.platform in ("darwin", "win32")
                 or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")))
    if not headless and graphical:  # never a console browser taking over the terminal
        host = "localhost" if address in _LOOPBACK else address
        threading.Thread(target=_when_ready, args=(f"http://{host}:{int(port)}", proc, webbrowser.open),
                         daemon=True).start()

    def _forward(signum: int, _frame: object) -> None:
        if proc.poll() is None:
            proc.send_signal(signum)

    previous = signal.signal(signal.SIGTERM, _forward)
    try:
        while True:
            try:
                return proc.wait()
            except KeyboardInterrupt:
                _forward(signal.SIGINT, None)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
