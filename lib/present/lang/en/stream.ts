/** What every stream server and client says: listening, connecting, reading in chunks, failing, stopping. */
export const stream = {
  "stream.listening": "Server listening on {address}",
  "stream.clientFailed": "client {peer}: {error}",
  "stream.summary":
    "Server stopped. Clients served: {clients}; bytes received: {bytesIn}; bytes sent: {bytesOut}",
  "stream.connected": "Connected to {address}",
  "stream.chunk": "Data read: {bytes}",
  "stream.allData": "All data read: {bytes}",
  "stream.tooLong":
    "{peer} sent {limit} bytes without {delimiter} (--max-message); closing the connection",
} as const;
