# An echo with a thread per client, listen(1) as the course writes it: recv(1024) and sendall in a
# loop until the client leaves. --delay S waits that long before each answer (a slow server);
# --upper answers in capitals (§2.3).
import sys
import threading
import time
from socket import socket

puerto = int(sys.argv[1])
retraso = float(sys.argv[sys.argv.index("--delay") + 1]) if "--delay" in sys.argv else 0
mayusculas = "--upper" in sys.argv


def atender(cl_socket):
    while True:
        msj_rec = cl_socket.recv(1024)
        if not msj_rec:
            break
        if retraso:
            time.sleep(retraso)
        cl_socket.sendall(msj_rec.upper() if mayusculas else msj_rec)
    cl_socket.close()


srvr_socket = socket()
srvr_socket.bind(("127.0.0.1", puerto))
srvr_socket.listen(1)
print(f"Servidor escuchando en 127.0.0.1:{puerto}", flush=True)
while True:
    cl_socket, _ = srvr_socket.accept()
    threading.Thread(target=atender, args=(cl_socket,), daemon=True).start()
