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
forgets the oldest commands when the queue is full. The WebSocket server side of RFC
6455 is small (a handshake, text frames out, frames in to drop, ping, close), so it is
written here on the standard library instead of adding a dependency.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import hashlib
import json
import select
import socket
import struct
import threading
from typing import Any

from game.speedrun.timing import livesplit_time, seconds_text

SEND_TIMEOUT = 0.5
CONNECT_TIMEOUT = 0.5
RETRY_FIRST, RETRY_MAX = 0.25, 4.0
QUEUE_MAX = 256
#: Bytes the system may hold for a peer that does not read, before it counts as stalled.
SEND_BUFFER = 32 * 1024
WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


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
def ws_accept_key(key: str) -> str:
    return base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()


def ws_frame(payload: bytes, opcode: int = 0x1) -> bytes:
    """One unmasked, final frame (a server never masks)."""
    head = bytes([0x80 | opcode])
    size = len(payload)
    if size < 126:
        head += bytes([size])
    elif size < 1 << 16:
        head += bytes([126]) + struct.pack(">H", size)
    else:
        head += bytes([127]) + struct.pack(">Q", size)
    return head + payload


class _Client:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""
        self.open = False  # the handshake is done


class LiveSplitOneServer(_Threaded):
    """The game as the WebSocket server LiveSplit One connects to."""

    name = "livesplit-one"

    def __init__(self, host: str = "127.0.0.1", port: int = 16835) -> None:
        super().__init__()
        self.host, self.port = host, port
        self.listener = socket.create_server((host, port), reuse_port=False)
        self.listener.setblocking(False)
        self.port = self.listener.getsockname()[1]  # (port 0: one the system picked)
        self.clients: list[_Client] = []

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

    def _run(self) -> None:
        try:
            while not self.outbox.closed:
                self._poll(0.0 if self.outbox.items else 0.02)
                while (item := self.outbox.take(0.0)) is not None:
                    ready = [c for c in self.clients if c.open]
                    if not ready:
                        continue  # nobody listening: the command is dropped
                    for message in self.messages(*item):
                        frame = ws_frame(json.dumps(message, separators=(",", ":")).encode())
                        for client in list(ready):
                            self._send(client, frame)
                    self.sent += 1
        finally:
            for client in self.clients:
                with contextlib.suppress(OSError):
                    client.sock.close()
            with contextlib.suppress(OSError):
                self.listener.close()

    def _send(self, client: _Client, data: bytes) -> None:
        try:
            client.sock.settimeout(SEND_TIMEOUT)
            client.sock.sendall(data)
        except OSError:  # gone, or not reading
            self._drop(client)

    def _drop(self, client: _Client) -> None:
        with contextlib.suppress(OSError):
            client.sock.close()
        if client in self.clients:
            self.clients.remove(client)
        self.connected = any(c.open for c in self.clients)

    def _poll(self, timeout: float) -> None:
        readable, _, _ = select.select([self.listener, *[c.sock for c in self.clients]], [],
                                       [], timeout)
        for sock in readable:
            if sock is self.listener:
                with contextlib.suppress(OSError):
                    conn, _ = self.listener.accept()
                    conn.setblocking(False)
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
                    self.clients.append(_Client(conn))
                continue
            client = next(c for c in self.clients if c.sock is sock)
            try:
                sock.setblocking(False)
                data = sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            if not data:
                self._drop(client)
                continue
            client.buffer += data
            if len(client.buffer) > 1 << 20:
                self._drop(client)
            elif not client.open:
                self._handshake(client)
            else:
                self._frames(client)

    def _handshake(self, client: _Client) -> None:
        if b"\r\n\r\n" not in client.buffer:
            return
        head, _, client.buffer = client.buffer.partition(b"\r\n\r\n")
        headers = {}
        for line in head.decode("latin-1").split("\r\n")[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        key = headers.get("sec-websocket-key")
        if not key or "websocket" not in headers.get("upgrade", "").lower():
            self._send(client, b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            self._drop(client)
            return
        reply = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                 f"Connection: Upgrade\r\nSec-WebSocket-Accept: {ws_accept_key(key)}\r\n\r\n")
        self._send(client, reply.encode())
        if client in self.clients:
            client.open = True
            self.connected = True

    def _frames(self, client: _Client) -> None:
        """Read what the client sent (LiveSplit One's answers): drop text, answer ping,
        close on close."""
        while True:
            data = client.buffer
            if len(data) < 2:
                return
            opcode, size, offset = data[0] & 0x0F, data[1] & 0x7F, 2
            if size == 126:
                if len(data) < 4:
                    return
                size, offset = struct.unpack(">H", data[2:4])[0], 4
            elif size == 127:
                if len(data) < 10:
                    return
                size, offset = struct.unpack(">Q", data[2:10])[0], 10
            masked = data[1] & 0x80
            end = offset + (4 if masked else 0) + size
            if len(data) < end:
                return
            mask = data[offset:offset + 4] if masked else b"\0\0\0\0"
            body = data[end - size:end]
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(body))
            client.buffer = data[end:]
            if opcode == 0x8:  # close: answer and go
                self._send(client, ws_frame(payload[:2], 0x8))
                self._drop(client)
                return
            if opcode == 0x9:  # ping
                self._send(client, ws_frame(payload, 0xA))
