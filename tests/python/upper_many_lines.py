# §2.1–§2.3 in lines, as the course's line lessons teach: a thread per client reads a line with
# makefile().readline() and answers it in capitals, ending in \n.
import sys
import threading
from socket import socket


def atender(cl_socket):
    lector = cl_socket.makefile("r", encoding="utf-8", newline="\n")
    for linea in lector:
        cl_socket.sendall((linea.rstrip("\r\n").upper() + "\n").encode())
    cl_socket.close()


srvr_socket = socket()
srvr_socket.bind(("127.0.0.1", int(sys.argv[1])))
srvr_socket.listen(5)
print("Servidor escuchando", flush=True)
while True:
    cl_socket, _ = srvr_socket.accept()
    threading.Thread(target=atender, args=(cl_socket,), daemon=True).start()
