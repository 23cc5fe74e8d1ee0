# The person database of §2.4 with a thread per client, listen(1) and one recv per request, in
# socklab's protocol. With --no-lock there is no lock and a print() between reading a balance and
# writing it back, as students debug; otherwise one lock is held from the read to the write.
import json
import sys
import threading
from socket import socket

datos = {}
cerrojo = threading.Lock()
sin_cerrojo = "--no-lock" in sys.argv


def sumar(clave, campo, n):
    valor = datos[clave].get(campo, 0)
    if sin_cerrojo:
        print(f"{clave}: {valor} + {n}")
    datos[clave][campo] = valor + n
    return datos[clave][campo]


def responder(peticion):
    partes = peticion.strip().split(" ", 2)
    verbo, clave = partes[0], partes[1] if len(partes) > 1 else ""
    if verbo == "ALTA":
        if clave in datos:
            return "ERR exists ya existe"
        datos[clave] = json.loads(partes[2])
        return "OK"
    if verbo == "CONSULTA":
        if clave not in datos:
            return "ERR not-found no existe"
        return "OK " + json.dumps(datos[clave])
    if verbo == "MODIFICA":
        datos[clave].update(json.loads(partes[2]))
        return "OK " + json.dumps(datos[clave])
    if verbo == "SUMA":
        campo, n = partes[2].split()
        if sin_cerrojo:
            return "OK " + str(sumar(clave, campo, int(n)))
        with cerrojo:
            return "OK " + str(sumar(clave, campo, int(n)))
    if verbo == "BAJA":
        if clave not in datos:
            return "ERR not-found no existe"
        del datos[clave]
        return "OK"
    return "ERR unknown-verb no conozco " + verbo


def atender(cl_socket):
    while True:
        msj_rec = cl_socket.recv(1024)
        if not msj_rec:
            break
        cl_socket.sendall((responder(msj_rec.decode()) + "\n").encode())
    cl_socket.close()


srvr_socket = socket()
srvr_socket.bind(("127.0.0.1", int(sys.argv[1])))
srvr_socket.listen(1)
print("Servidor escuchando", flush=True)
while True:
    cl_socket, _ = srvr_socket.accept()
    threading.Thread(target=atender, args=(cl_socket,), daemon=True).start()
