/**
 * The port each lesson's servers listen on and its clients connect to by default: the course's own
 * where it names one. One table, so that a server and its client always agree.
 */
export const PORTS = {
  tcp: 8080,
  echo: 8000,
  text: 54321,
  db: 5050,
  udp: 9999,
  chat: 5555,
  files: 6000,
  http: 8000,
  proxy: 8081,
} as const;
