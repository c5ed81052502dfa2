"""A TCP relay in front of the test node that can be switched off and on: to the site it is
the engine going down and coming back, without restarting a real node (30 s each way). While
off it counts who still tried to reach the engine."""

import socket
import threading


class EngineRelay:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self._listener: socket.socket | None = None
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()
        self.down = False
        self.attempts_while_down = 0

    def start(self) -> None:
        """Relays to the node (again)."""
        with self._lock:
            self.down = False
            if self._listener is None:
                listener = socket.socket()
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                listener.bind(("127.0.0.1", self.port))
                listener.listen(16)
                self._listener = listener
                threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        """The node goes away, as a crashed node does: open connections are cut, new ones closed
        at once. Each attempt while down is counted in `attempts_while_down`."""
        with self._lock:
            self.down = True
            self._cut(self._connections)
            self._connections.clear()

    def close(self) -> None:
        """Stops listening (end of the test)."""
        self.stop()
        with self._lock:
            if self._listener is not None:
                # shutdown wakes the thread blocked in accept(); close alone would leave the
                # socket listening until that call returns.
                self._cut([self._listener])
                self._listener = None

    @staticmethod
    def _cut(sockets: list[socket.socket]) -> None:
        for end in sockets:
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            end.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            with self._lock:
                if self.down:
                    self.attempts_while_down += 1
                    self._cut([client])
                    continue
            upstream = socket.create_connection(self.target)
            with self._lock:
                self._connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
