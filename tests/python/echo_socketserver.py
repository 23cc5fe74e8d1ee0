# An echo with Python's socketserver: a thread per client, its default listen backlog (5).
import socketserver
import sys


class Eco(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            datos = self.request.recv(1024)
            if not datos:
                break
            self.request.sendall(datos)


with socketserver.ThreadingTCPServer(("127.0.0.1", int(sys.argv[1])), Eco) as servidor:
    servidor.daemon_threads = True
    print(f"Servidor escuchando en {servidor.server_address}", flush=True)
    servidor.serve_forever()
