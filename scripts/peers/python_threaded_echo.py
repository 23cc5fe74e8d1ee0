"""The plainest idiomatic threaded echo server: socketserver, one thread per client, as in the course's graded sockets practical."""
import socketserver
import sys


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        try:
            while data := self.request.recv(65536):
                self.request.sendall(data)
        except ConnectionError:
            pass


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 4096


Server(("127.0.0.1", int(sys.argv[1])), Echo).serve_forever()
