import type { Messages } from "../catalogue_types.ts";

/** The UDP lessons (seeds 002, 004). The Spanish texts are the seeds' own. */
export const udpMessages = {
  "udp.listening": {
    en: "Socket bound to address {host} and port number {port}; waiting for datagrams",
    es: "Socket enlazado a la dirección {host} y el número de puerto {port}; me quedo a la espera",
  },
  "udp.dropInfo": {
    en:
      "Dropping {percent}% of datagrams on purpose (--drop {drop} --seed {seed} repeats this run)",
    es:
      "Descartaré a propósito el {percent}% de los datagramas (--drop {drop} --seed {seed} repite esta ejecución)",
  },
  "udp.received": {
    en: "Message received from client {peer}: {text}",
    es: "Mensaje recibido del cliente {peer}: {text}",
  },
  "udp.mayBeTruncated": {
    en: "The datagram filled the {buffer}-byte buffer and may have been cut short: raise --buffer",
    es: "El datagrama llenó el búfer de {buffer} bytes y puede haberse cortado: aumenta --buffer",
  },
  "udp.tooLongDropped": {
    en:
      "A datagram longer than the {buffer}-byte buffer was dropped by the system, sender unknown: raise --buffer",
    es:
      "El sistema descartó un datagrama más largo que el búfer de {buffer} bytes, sin decir de quién era: aumenta --buffer",
  },
  "udp.tooLongSummary": {
    en: "Datagrams longer than the {buffer}-byte buffer, dropped: {count}",
    es: "Datagramas más largos que el búfer de {buffer} bytes, descartados: {count}",
  },
  "udp.tooLongReply": {
    en: "A reply longer than {buffer} bytes was dropped by the system; still waiting",
    es: "El sistema descartó una respuesta de más de {buffer} bytes; sigo esperando",
  },
  "udp.dropped": {
    en: "Datagram from {peer} dropped on purpose (--drop): {text}",
    es: "Datagrama de {peer} descartado a propósito (--drop): {text}",
  },
  "udp.ackText": {
    en: "Message received {text}. Thanks.",
    es: "Mensaje recibido {text}. Gracias.",
  },
  "udp.ackSent": {
    en: "Acknowledgement sent to the client: {text}",
    es: "Envío acuse de recibo al cliente: {text}",
  },
  "udp.summary": {
    en:
      "Server stopped. Datagrams received: {datagrams} (dropped on purpose: {dropped}); acknowledgements sent: {acks}; bytes received: {bytesIn}; bytes sent: {bytesOut}",
    es:
      "Servidor detenido. Datagramas recibidos: {datagrams} (descartados a propósito: {dropped}); acuses de recibo enviados: {acks}; bytes recibidos: {bytesIn}; bytes enviados: {bytesOut}",
  },
  "udp.sending": {
    en: "Sending message to the server: {text}",
    es: "Envío de mensaje al servidor: {text}",
  },
  "udp.ackReceived": {
    en: "Acknowledgement received from the server: {text}",
    es: "Acuse de recibo recibido del servidor: {text}",
  },
  "udp.noAck": {
    en:
      "No acknowledgement from {address} (tries: {tries}, {seconds} s each) — UDP does not guarantee delivery: the datagram or its acknowledgement may have been lost, or no server is listening",
    es:
      "No llegó acuse de recibo de {address} (intentos: {tries}, de {seconds} s cada uno): UDP no garantiza la entrega; el datagrama o su acuse pudieron perderse, o no hay ningún servidor escuchando",
  },
  "udp.retrying": {
    en: "No acknowledgement within {seconds} s; sending again (try {attempt} of {total})",
    es: "Sin acuse de recibo en {seconds} s; lo reenvío (intento {attempt} de {total})",
  },
  "udp.ackOnTry": {
    en: "Acknowledged on try {attempt} of {total}",
    es: "Confirmado en el intento {attempt} de {total}",
  },
  "udp.sentNoWait": {
    en:
      "Sent without waiting for an acknowledgement (--no-wait): UDP itself never confirms delivery",
    es:
      "Enviado sin esperar acuse de recibo (--no-wait): UDP por sí mismo nunca confirma la entrega",
  },
  "udp.seriesSummary": {
    en: "Sent: {sent}; acknowledged: {acked}; lost: {lost} ({percent}% loss)",
    es: "Enviados: {sent}; confirmados: {acked}; perdidos: {lost} ({percent}% de pérdida)",
  },
  "udp.lostList": { en: "Lost: {list}", es: "Perdidos: {list}" },
  "udp.roundTrip": {
    en: "Round trip: min {min} ms, avg {avg} ms, max {max} ms",
    es: "Ida y vuelta: mín {min} ms, media {avg} ms, máx {max} ms",
  },
  "udp.foreign": {
    en: "Ignored a datagram from {peer}, which is not the server",
    es: "Ignoro un datagrama de {peer}, que no es el servidor",
  },
} as const satisfies Messages;
