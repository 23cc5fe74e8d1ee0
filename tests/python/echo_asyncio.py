# An echo with asyncio: a task per client, read(1024), write and drain until the client leaves.
import asyncio
import sys


async def atender(lector, escritor):
    while True:
        datos = await lector.read(1024)
        if not datos:
            break
        escritor.write(datos)
        await escritor.drain()
    escritor.close()


async def principal():
    servidor = await asyncio.start_server(atender, "127.0.0.1", int(sys.argv[1]))
    print(f"Servidor escuchando en {servidor.sockets[0].getsockname()}", flush=True)
    async with servidor:
        await servidor.serve_forever()


asyncio.run(principal())
