# The text service of §2.2–§2.3 in socklab's protocol: a thread per client, one recv per request,
# MAYUS, MINUS and INVERTIR (texto[::-1]). With --crash-on-blank the verb is texto.split()[0], which
# raises IndexError on a blank request and ends the client's thread.
import sys
import threading
from socket import socket

fragil = "--crash-on-blank" in sys.argv


def responder(linea):
    if fragil:
        verbo = linea.split()[0].upper()
    else:
        palabras = linea.split()
        if not palabras:
            return "ERR empty petición vacía"
        verbo = palabras[0].upper()
    texto = linea.split(" ", 1)[1] if " " in linea else ""
    if verbo == "MAYUS":
        return "OK " + texto.upper()
    if verbo == "MINUS":
        return "OK " + texto.lower()
    if verbo == "INVERTIR":
        return "OK " + texto[::-1]
    return "ERR unknown-verb no conozco " + verbo


def atender(cl_socket):
    while True:
        msj_rec = cl_socket.recv(1024)
        if not msj_rec:
            break
        linea = msj_rec.decode().rstrip("\r\n")
        cl_socket.sendall((responder(linea) + "\n").encode())
    cl_socket.close()


srvr_socket = socket()
srvr_socket.bind(("127.0.0.1", int(sys.argv[1])))
srvr_socket.listen(1)
print("Servidor escuchando", flush=True)
while True:
    cl_socket, _ = srvr_socket.accept()
    threading.Thread(target=atender, args=(cl_socket,), daemon=True).start()
