# The course's minimal upper-case server (UCM practical, 1.5), with a loop around accept so that
# it serves one client after another. One recv per client: it does not loop on recv.
import sys
from socket import socket

srvr_socket = socket()
ip_addr = "127.0.0.1"
puerto = int(sys.argv[1])
srvr_socket.bind((ip_addr, puerto))
srvr_socket.listen()
print(f"Servidor escuchando en {ip_addr}:{puerto}", flush=True)

while True:
    cl_socket, _ = srvr_socket.accept()
    msj_rec = cl_socket.recv(1024)
    peticion = msj_rec.decode()
    respuesta = peticion.upper()
    msj_env = respuesta.encode()
    cl_socket.send(msj_env)
    cl_socket.close()
