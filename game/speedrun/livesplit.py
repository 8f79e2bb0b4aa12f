"""Links to split timers, sent from threads so the game never waits on them.

- :class:`LiveSplitServerClient` connects to LiveSplit's Server component over TCP
  (default ``127.0.0.1:16834``) and sends its text commands, one a line ending in CRLF:
  on the start ``initgametime``, ``alwayspausegametime`` and ``starttimer``; then
  ``setgametime H:MM:SS.fffffff`` as the game's time moves, ``split`` (``skipsplit`` for
  a split not taken) and ``reset`` when a run is left.
- :class:`LiveSplitOneServer` is a WebSocket server (loopback by default, port 16835)
  that LiveSplit One connects to ("Connect to Server"); it sends the JSON commands of
  livesplit-core's server protocol: ``{"command": "start"}``,
  ``{"command": "initializeGameTime"}``, ``{"command": "pauseGameTime"}``,
  ``{"command": "setGameTime", "time": "12.350000000"}``, ``{"command": "split"}``,
  ``{"command": "skipSplit"}``, ``{"command": "reset"}``. LiveSplit One's answers are
  read and dropped.

The game calls :meth:`send`, which only appends to a bounded queue under a lock (game
time replaces game time still queued). A thread does the network: it connects,
reconnects with a growing pause when the peer is absent, drops a peer that stops
reading (a send that does not finish in :data:`SEND_TIMEOUT`) or goes away, and
forgets the oldest commands when the queue is full. The WebSocket protocol (RFC 6455)
is the ``websockets`` library's threading server; the TCP client needs only the
standard library.
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import socket
import threading
from typing import Any

from game.speedrun.timing import livesplit_time, seconds_text

SEND_TIMEOUT = 0.5
CONNECT_TIMEOUT = 0.5
RETRY_FIRST, RETRY_MAX = 0.25, 4.0
QUEUE_MAX = 256
#: Bytes the system may hold for a peer that does not read, before it counts as stalled.
SEND_BUFFER = 32 * 1024


def address(text: str, host: str, port: int) -> tuple[str, int]:
    """``HOST:PORT``, ``PORT`` or ``HOST`` with the defaults for what is left out;
    ValueError says what is wrong."""
    text = text.strip()
    if text.isdigit():
        found_host, port_text = host, text
    else:
        found_host, _, port_text = text.rpartition(":") if ":" in text else (text, "", "")
        found_host = found_host.strip("[]") or host
    if port_text:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(f"not a port: {port_text!r} (write HOST:PORT, e.g. "
                             f"127.0.0.1:{port})")
        port = int(port_text)
    return found_host, port


class _Outbox:
    """Commands waiting for the thread: bounded, game time coalesced."""

    def __init__(self) -> None:
        self.items: collections.deque[tuple[str, int]] = collections.deque(maxlen=QUEUE_MAX)
        self.ready = threading.Condition()
        self.closed = False

    def put(self, command: str, ticks: int) -> None:
        with self.ready:
            if command == "gametime" and self.items and self.items[-1][0] == "gametime":
                self.items[-1] = (command, ticks)
            else:
                self.items.append((command, ticks))
            self.ready.notify()

    def take(self, timeout: float) -> tuple[str, int] | None:
        with self.ready:
            if not self.items and not self.closed:
                self.ready.wait(timeout)
            return self.items.popleft() if self.items else None

    def putback(self, item: tuple[str, int]) -> None:
        with self.ready:
            if len(self.items) < QUEUE_MAX:
                self.items.appendleft(item)

    def close(self) -> None:
        with self.ready:
            self.closed = True
            self.ready.notify_all()


class _Threaded:
    name = "link"

    def __init__(self) -> None:
        self.outbox = _Outbox()
        self.thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self.sent = 0  # commands delivered (for tests and the overlay)
        self.connected = False

    def start(self) -> Any:
        self.thread.start()
        return self

    def send(self, command: str, ticks: int = 0) -> None:
        """Queue a command (never blocks: the thread sends it)."""
        if not self.outbox.closed:
            self.outbox.put(command, ticks)

    def close(self) -> None:
        self.outbox.close()
        if self.thread.is_alive():
            self.thread.join(timeout=2.0)

    def _run(self) -> None:
        raise NotImplementedError


class LiveSplitServerClient(_Threaded):
    """A client of LiveSplit's Server component (TCP, text commands)."""

    name = "livesplit-server"

    def __init__(self, host: str = "127.0.0.1", port: int = 16834) -> None:
        super().__init__()
        self.host, self.port = host, port

    @staticmethod
    def lines(command: str, ticks: int) -> list[str]:
        if command == "start":
            return ["initgametime", "alwayspausegametime", "starttimer",
                    f"setgametime {livesplit_time(ticks)}"]
        if command == "gametime":
            return [f"setgametime {livesplit_time(ticks)}"]
        if command in ("split", "finish"):
            return [f"setgametime {livesplit_time(ticks)}", "split"]
        if command == "skip":
            return ["skipsplit"]
        if command == "reset":
            return ["reset"]
        return []

    def _run(self) -> None:
        retry = RETRY_FIRST
        sock: socket.socket | None = None
        while not self.outbox.closed:
            if sock is None:
                try:
                    sock = socket.create_connection((self.host, self.port), CONNECT_TIMEOUT)
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
                    sock.settimeout(SEND_TIMEOUT)
                    self.connected, retry = True, RETRY_FIRST
                except OSError:
                    self._wait(retry)
                    retry = min(retry * 2, RETRY_MAX)
                    continue
            item = self.outbox.take(0.2)
            if item is None:
                continue
            data = "".join(f"{line}\r\n" for line in self.lines(*item)).encode()
            try:
                sock.sendall(data)
                self.sent += 1
            except OSError:  # gone, or not reading: drop it and connect again
                self.outbox.putback(item)
                with contextlib.suppress(OSError):
                    sock.close()
                sock, self.connected = None, False
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()

    def _wait(self, seconds: float) -> None:
        with self.outbox.ready:
            if not self.outbox.closed:
                self.outbox.ready.wait(seconds)


# --- LiveSplit One: a WebSocket server --------------------------------------------------------
class _Client:
    """One LiveSplit One connected to the game (a ``websockets`` server connection)."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    @property
    def open(self) -> bool:
        from websockets.protocol import State

        return bool(self.connection.state is State.OPEN)


class LiveSplitOneServer(_Threaded):
    """The game as the WebSocket server LiveSplit One connects to.

    The WebSocket protocol is the ``websockets`` library's threading server
    (:func:`websockets.sync.server.serve`): a thread accepts connections (and the
    library gives each one a thread that reads and drops LiveSplit One's answers); the
    link's own thread takes commands from the outbox and sends them to every client.
    Each client's socket has a send timeout of :data:`SEND_TIMEOUT`, so a client that
    stops reading costs that thread half a second once and is then dropped; the game
    only ever queues.
    """

    name = "livesplit-one"

    def __init__(self, host: str = "127.0.0.1", port: int = 16835) -> None:
        super().__init__()
        # (imported here: the game starts without it unless LiveSplit One is asked for)
        from websockets.sync.server import ServerConnection, serve

        class Connection(ServerConnection):
            """A connection whose sends give up after SEND_TIMEOUT (a stalled peer)."""

            def __init__(self, sock: socket.socket, *args: Any, **kwargs: Any) -> None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
                sock.settimeout(SEND_TIMEOUT)
                super().__init__(sock, *args, **kwargs)

        self.host = host
        self.clients: list[_Client] = []
        self._lock = threading.Lock()
        # compression off: a few short JSON lines; max_size: LiveSplit One's answers are
        # small and dropped; close_timeout: a peer gets half a second to close cleanly.
        self.server = serve(self._serve_client, host, port, create_connection=Connection,
                            compression=None, max_size=64 * 1024, open_timeout=CONNECT_TIMEOUT * 4,
                            close_timeout=SEND_TIMEOUT, logger=logging.getLogger(__name__))
        self.port = self.server.socket.getsockname()[1]  # (port 0: one the system picked)
        self.acceptor = threading.Thread(target=self.server.serve_forever,
                                         name="livesplit-one-accept", daemon=True)

    def start(self) -> Any:
        self.acceptor.start()
        return super().start()

    def close(self) -> None:
        super().close()
        self.server.shutdown()  # stops accepting, closes the clients, waits for them
        self.acceptor.join(timeout=2.0)

    @staticmethod
    def messages(command: str, ticks: int) -> list[dict[str, Any]]:
        time = {"command": "setGameTime", "time": seconds_text(ticks)}
        if command == "start":
            return [{"command": "start"}, {"command": "initializeGameTime"},
                    {"command": "pauseGameTime"}, time]
        if command == "gametime":
            return [time]
        if command in ("split", "finish"):
            return [time, {"command": "split"}]
        if command == "skip":
            return [{"command": "skipSplit"}]
        if command == "reset":
            return [{"command": "reset"}]
        return []

    def _serve_client(self, connection: Any) -> None:
        """One client's thread (the library's): read LiveSplit One's answers and drop
        them until the connection ends."""
        from websockets.exceptions import ConnectionClosed

        client = _Client(connection)
        with self._lock:
            self.clients.append(client)
            self.connected = True
        try:
            for _answer in connection:
                pass
        except (ConnectionClosed, OSError):
            pass
        finally:
            self._drop(client)

    def _drop(self, client: _Client) -> None:
        with contextlib.suppress(Exception):
            client.connection.close_socket()
        with self._lock:
            if client in self.clients:
                self.clients.remove(client)
            self.connected = any(c.open for c in self.clients)

    def _run(self) -> None:
        while not self.outbox.closed:
            item = self.outbox.take(0.2)
            if item is None:
                continue
            with self._lock:
                ready = [c for c in self.clients if c.open]
            if not ready:
                continue  # nobody listening: the command is dropped
            texts = [json.dumps(m, separators=(",", ":")) for m in self.messages(*item)]
            for client in ready:
                try:
                    for text in texts:
                        client.connection.send(text)
                except Exception:  # closed, gone, or not reading (the send timed out)
                    self._drop(client)
            self.sent += 1
