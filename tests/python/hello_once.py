# The first document's blocking server (Sockets orientados a conexiones bloqueantes), with the reply
# the exercise asks for: listen(1), one client, one recv, a reply, and the program ends.
import socket
import sys


def servidor(host="127.0.0.1", puerto=8080):
    servidor_socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    servidor_socket.setblocking(True)
    servidor_socket.bind((host, puerto))
    servidor_socket.listen(1)
    print(f"Servidor escuchando en {host}:{puerto}", flush=True)
    conexion, direccion = servidor_socket.accept()
    print(f"Conexión aceptada de {direccion}", flush=True)
    mensaje = conexion.recv(1024).decode()
    print(f"Mensaje recibido: {mensaje}", flush=True)
    conexion.sendall("Hola, cliente\n".encode())
    conexion.close()
    servidor_socket.close()


servidor(puerto=int(sys.argv[1]))
