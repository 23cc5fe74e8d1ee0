# The upper-case server with a thread per client and a loop on recv until the client leaves
# (UCM practical, 2.3): many requests per connection, every client at once.
import sys
import threading
from socket import socket


def atender(cl_socket):
    while True:
        msj_rec = cl_socket.recv(1024)
        if not msj_rec:
            break
        cl_socket.sendall(msj_rec.decode().upper().encode())
    cl_socket.close()


srvr_socket = socket()
srvr_socket.bind(("127.0.0.1", int(sys.argv[1])))
srvr_socket.listen(64)
print("Servidor escuchando", flush=True)
while True:
    cl_socket, _ = srvr_socket.accept()
    threading.Thread(target=atender, args=(cl_socket,), daemon=True).start()
