/** What every stream server and client says: listening, connecting, reading in chunks, failing, stopping. In Spanish. */
export const stream = {
  "stream.listening": "Servidor escuchando en {address}",
  "stream.clientFailed": "cliente {peer}: {error}",
  "stream.summary":
    "Servidor detenido. Clientes atendidos: {clients}; bytes recibidos: {bytesIn}; bytes enviados: {bytesOut}",
  "stream.connected": "Conectado a {address}",
  "stream.chunk": "Data leida: {bytes}",
  "stream.allData": "Toda la data leida: {bytes}",
  "stream.tooLong":
    "{peer} envió {limit} bytes sin {delimiter} (--max-message); cierro la conexión",
} as const;
