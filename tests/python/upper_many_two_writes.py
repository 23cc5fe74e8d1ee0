# §2.1–§2.3 with a thread per client: each reply in capitals, then its line end in a second sendall.
import sys
import threading
from socket import socket


def atender(cl_socket):
    msj_rec = cl_socket.recv(1024)
    while msj_rec:
        cl_socket.sendall(msj_rec.decode().upper().encode())
        cl_socket.sendall(b"\n")
        msj_rec = cl_socket.recv(1024)
    cl_socket.close()


srvr_socket = socket()
srvr_socket.bind(("127.0.0.1", int(sys.argv[1])))
srvr_socket.listen(1)
print("Servidor escuchando", flush=True)
while True:
    cl_socket, _ = srvr_socket.accept()
    threading.Thread(target=atender, args=(cl_socket,), daemon=True).start()
