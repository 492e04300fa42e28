"""The embedded graph server: ArcadeDB (``arcadedb-embedded``) with its Bolt plugin,
run inside this process on loopback, with its data, password and log under one home folder.

Only one process runs the server of a home at a time: it holds ``server.lock`` and writes
``server.json`` (Bolt port, pid) once the server listens. Another ``kg`` process on the same
home finds that file and talks to the running server instead of opening the data itself.
"""

import fcntl
import json
import os
import secrets
import socket
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError

DATABASE = "kg"
USER = "root"
WAIT_FOR_OTHER_SERVER = 30.0  # seconds a second process waits for the first one to listen


@dataclass(frozen=True)
class Connection:
    """How to reach a graph server over Bolt."""

    uri: str
    user: str
    password: str
    database: str


class Home:
    """The files of one embedded store: data, password, log, lock and server record."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path).expanduser().resolve()

    @property
    def data(self) -> Path:
        return self.path / "arcadedb"

    @property
    def log(self) -> Path:
        return self.path / "logs" / "arcadedb.log"

    @property
    def record(self) -> Path:
        return self.path / "server.json"

    @property
    def lockfile(self) -> Path:
        return self.path / "server.lock"

    def create(self) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.log.parent.mkdir(exist_ok=True)
        except OSError as e:
            raise KGError(f"cannot create the store home {self.path}: {e.strerror}") from None

    def password(self) -> str:
        """The home's server password, made on first use and readable by its owner only."""
        path = self.path / "password"
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_urlsafe(24))
        return path.read_text().strip()

    def running_server(self) -> dict | None:
        """The record of the server another live process runs for this home, if any."""
        try:
            info = json.loads(self.record.read_text())
            os.kill(info["pid"], 0)
        except (OSError, ValueError, KeyError):
            return None
        return info


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


LOGGING = """handlers = java.util.logging.FileHandler
.level = INFO
io.undertow.level = WARNING
org.xnio.level = WARNING
org.jboss.level = WARNING
java.util.logging.FileHandler.level = INFO
java.util.logging.FileHandler.pattern = {pattern}
java.util.logging.FileHandler.formatter = com.arcadedb.log.LogFormatter
java.util.logging.FileHandler.limit = 10000000
java.util.logging.FileHandler.count = 3
java.util.logging.FileHandler.append = true
"""


def _redirect_jvm_output(log: Path):
    """Start the JVM with all its output, logging included, going to the home's log file
    (ArcadeDB's own logging default is the console and ./log of the working folder)."""
    import jpype
    from arcadedb_embedded.jvm import start_jvm

    if not jpype.isJVMStarted():
        config = log.parent / "logging.properties"
        config.write_text(LOGGING.format(pattern=str(log.parent / "server.%g.log")))
        os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(log.parent / "hs_err_pid%p.log"))  # crash reports
        saved = os.dup(2)
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(fd, 2)  # the JVM's start-up warnings are written straight to fd 2
        try:
            start_jvm(heap_size=os.environ.get("KG_JVM_HEAP", "2g"),
                      jvm_args=[f"-Djava.util.logging.config.file={config}"])
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(fd)
    system = jpype.JClass("java.lang.System")
    stream = jpype.JClass("java.io.PrintStream")(jpype.JClass("java.io.FileOutputStream")(str(log), True), True)
    system.setOut(stream)
    system.setErr(stream)


class EmbeddedServer:
    """An ArcadeDB server with the Bolt plugin on 127.0.0.1, for one home."""

    def __init__(self, home: Home):
        self.home = home
        self._server = None
        self._lock_fd = None

    def start(self) -> Connection:
        """Start the server, or return the connection to the one another process runs."""
        self.home.create()
        self._lock_fd = os.open(self.home.lockfile, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            self._lock_fd = None
            return self._connect_to_other()
        try:
            return self._start_here()
        except BaseException:
            self.stop()
            raise

    def _connect_to_other(self) -> Connection:
        deadline = time.monotonic() + WAIT_FOR_OTHER_SERVER
        while time.monotonic() < deadline:
            info = self.home.running_server()
            if info:
                return Connection(f"bolt://127.0.0.1:{info['bolt_port']}", USER, self.home.password(), DATABASE)
            time.sleep(0.2)
        raise KGError(
            f"another kg process holds the store at {self.home.path} but is not serving it; "
            "wait for it to finish, or stop it"
        )

    def _start_here(self) -> Connection:
        import arcadedb_embedded as arcade

        _redirect_jvm_output(self.home.log)
        password = self.home.password()
        port = free_port()
        self._server = arcade.ArcadeDBServer(
            root_path=str(self.home.data),
            root_password=password,
            config={
                "host": "127.0.0.1",
                "http_port": free_port(),
                "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                "bolt_port": port,
            },
        )
        try:
            self._server.start()
        except Exception as e:
            self._server = None
            raise KGError(f"the embedded store at {self.home.path} did not start: {e} (see {self.home.log})") from None
        if not (self.home.data / "databases" / DATABASE).exists():
            self._server.create_database(DATABASE)
        else:
            self._server.get_database(DATABASE)
        self.home.record.write_text(json.dumps({"pid": os.getpid(), "bolt_port": port}))
        return Connection(f"bolt://127.0.0.1:{port}", USER, password, DATABASE)

    @property
    def owns_server(self) -> bool:
        return self._server is not None

    def stop(self) -> None:
        if self._server is not None:
            self.home.record.unlink(missing_ok=True)
            try:
                self._server.stop()
            finally:
                self._server = None
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None


@contextmanager
def embedded(home: str | os.PathLike):
    """The Bolt connection to a home's embedded store, running for the ``with`` block.

    >>> with embedded("/tmp/kg-doc-home") as conn:   # doctest: +SKIP
    ...     print(conn.uri)
    bolt://127.0.0.1:40123
    """
    server = EmbeddedServer(Home(home))
    conn = server.start()
    try:
        yield conn
    finally:
        server.stop()
