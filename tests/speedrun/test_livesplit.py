"""LiveSplit Server (TCP) and LiveSplit One (WebSocket) links, against small servers and
clients written here: commands arrive in order with CRLF; a stalled, absent or
vanishing peer never holds the game up; the links reconnect."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import socket
import struct
import threading
import time

import pytest

from game.speedrun.livesplit import (
    LiveSplitOneServer,
    LiveSplitServerClient,
    address,
)

WAIT = 5.0


def _eventually(check, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


class FakeLiveSplit:
    """A LiveSplit Server stand-in: accepts, reads CRLF lines (or stalls, or drops)."""

    def __init__(self, mode: str = "read") -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.lines: list[str] = []
        self.mode = mode
        self.connections = 0
        self.stop = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.listener.settimeout(0.1)
        while not self.stop:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            self.connections += 1
            if self.mode == "stall":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
                continue  # never reads: the client's buffer fills
            buffer = b""
            conn.settimeout(0.1)
            while not self.stop:
                try:
                    data = conn.recv(4096)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not data:
                    break
                buffer += data
                while b"\r\n" in buffer:
                    line, buffer = buffer.split(b"\r\n", 1)
                    self.lines.append(line.decode())
                if self.mode == "drop" and len(self.lines) >= 2:
                    conn.close()  # vanish mid-run; the next connection reads on
                    self.mode = "read"
                    break

    def close(self) -> None:
        self.stop = True
        self.listener.close()


def test_addresses_are_read_with_defaults():
    assert address("16834", "127.0.0.1", 1) == ("127.0.0.1", 16834)
    assert address("10.0.0.2:9000", "127.0.0.1", 1) == ("10.0.0.2", 9000)
    assert address("box", "127.0.0.1", 16834) == ("box", 16834)
    with pytest.raises(ValueError, match="not a port"):
        address("box:99999", "127.0.0.1", 1)


def test_livesplit_server_gets_its_commands_in_order_with_crlf():
    server = FakeLiveSplit()
    link = LiveSplitServerClient("127.0.0.1", server.port).start()
    try:
        link.send("start", 0)
        link.send("split", 90)
        link.send("skip")
        link.send("finish", 150)
        link.send("reset")
        _eventually(lambda: "reset" in server.lines, "the reset")
        assert server.lines == [
            "initgametime", "alwayspausegametime", "starttimer", "setgametime 00:00:00.0000000",
            "setgametime 00:00:01.5000000", "split", "skipsplit",
            "setgametime 00:00:02.5000000", "split", "reset"]
    finally:
        link.close()
        server.close()


def test_game_time_updates_waiting_in_the_queue_are_merged():
    link = LiveSplitServerClient("127.0.0.1", 9)  # never started: nothing is sent
    for ticks in range(100):
        link.send("gametime", ticks)
    assert list(link.outbox.items) == [("gametime", 99)]


def test_an_absent_or_stalled_livesplit_costs_the_game_nothing():
    absent = LiveSplitServerClient("127.0.0.1", _free_port()).start()
    stalled_server = FakeLiveSplit("stall")
    stalled = LiveSplitServerClient("127.0.0.1", stalled_server.port).start()
    try:
        began = time.perf_counter()
        for ticks in range(40_000):  # far more than the stalled peer's buffers hold
            absent.send("split" if ticks % 2 == 0 else "gametime", ticks)
            stalled.send("split" if ticks % 2 == 0 else "gametime", ticks)
            if ticks % 1000 == 0:
                time.sleep(0.01)  # (the links' threads get to send)
        spent = time.perf_counter() - began
        assert spent < 2.0, f"sending took {spent:.2f} s"
        assert len(stalled.outbox.items) <= 256
        _eventually(lambda: stalled_server.connections >= 2,
                    "the stalled peer dropped and connected to again")
    finally:
        began = time.perf_counter()
        absent.close()
        stalled.close()
        assert time.perf_counter() - began < 3.0
        stalled_server.close()


def test_livesplit_server_reconnects_after_the_peer_drops():
    server = FakeLiveSplit("drop")
    link = LiveSplitServerClient("127.0.0.1", server.port).start()
    try:
        link.send("start", 0)
        _eventually(lambda: server.connections >= 1 and len(server.lines) >= 2, "the start")
        time.sleep(0.2)  # the peer has gone
        for _ in range(3):
            link.send("split", 60)
            time.sleep(0.1)
        _eventually(lambda: server.connections >= 2 and "split" in server.lines,
                    "a split after reconnecting")
    finally:
        link.close()
        server.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- LiveSplit One ---------------------------------------------------------------------------
def ws_accept_key(key: str) -> str:
    """The handshake answer RFC 6455 asks of a server for the client's key."""
    guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
    return base64.b64encode(hashlib.sha1((key + guid).encode()).digest()).decode()


class WsClient:
    """A minimal WebSocket client, as LiveSplit One's "Connect to Server" is."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        assert b" 101 " in head.split(b"\r\n")[0]
        assert f"Sec-WebSocket-Accept: {ws_accept_key(key)}".encode() in head
        self.buffer = b""

    def _read(self, size: int) -> bytes:
        while len(self.buffer) < size:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("closed")
            self.buffer += chunk
        out, self.buffer = self.buffer[:size], self.buffer[size:]
        return out

    def message(self) -> dict:
        first, second = self._read(2)
        assert first == 0x81 and not second & 0x80  # a final text frame, unmasked
        size = second & 0x7F
        if size == 126:
            size = struct.unpack(">H", self._read(2))[0]
        return json.loads(self._read(size))

    def send_text(self, text: str) -> None:
        payload = text.encode()
        mask = os.urandom(4)
        body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes([0x81, 0x80 | len(payload)]) + mask + body)

    def close(self) -> None:
        self.sock.close()


def test_livesplit_one_gets_the_server_protocol_commands():
    server = LiveSplitOneServer("127.0.0.1", 0).start()
    client = WsClient(server.port)
    try:
        _eventually(lambda: server.connected, "the handshake")
        client.send_text('{"success":null}')  # LiveSplit One's answers are dropped
        server.send("start", 0)
        server.send("split", 90)
        server.send("reset")
        got = [client.message() for _ in range(7)]
        assert got == [
            {"command": "start"}, {"command": "initializeGameTime"},
            {"command": "pauseGameTime"}, {"command": "setGameTime", "time": "0.000000000"},
            {"command": "setGameTime", "time": "1.500000000"}, {"command": "split"},
            {"command": "reset"}]
    finally:
        client.close()
        server.close()


def test_livesplit_one_clients_that_stall_or_vanish_are_dropped_and_others_served():
    server = LiveSplitOneServer("127.0.0.1", 0).start()
    stalled = WsClient(server.port)
    stalled.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
    vanishing = WsClient(server.port)
    try:
        _eventually(lambda: len([c for c in server.clients if c.open]) == 2, "two clients")
        vanishing.close()
        began = time.perf_counter()
        for ticks in range(40_000):  # more than a peer that never reads can hold
            server.send("split" if ticks % 2 == 0 else "gametime", ticks)
            if ticks % 1000 == 0:
                time.sleep(0.01)  # (the link's thread gets to send)
        assert time.perf_counter() - began < 2.0
        _eventually(lambda: not server.clients, "both clients dropped")
        fresh = WsClient(server.port)  # LiveSplit One connects again
        _eventually(lambda: server.connected, "the new client")
        server.send("reset")
        assert fresh.message() == {"command": "reset"}
        fresh.close()
    finally:
        stalled.close()
        server.close()
