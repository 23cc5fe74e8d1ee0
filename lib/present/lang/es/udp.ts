import type { udpTexts as english } from "../en/udp.ts";
import type { Texts } from "../texts.ts";

/** The UDP lessons: udp-server and udp-client. */
export const udpTexts = {
  "help.group.udp": "UDP con acuse de recibo, y qué pasa cuando se pierden datagramas",
  // The UDP lessons. The Spanish texts are the course's own.
  "udp.listening":
    "Socket enlazado a la dirección {host} y el número de puerto {port}; me quedo a la espera",
  "udp.dropInfo":
    "Descartaré a propósito el {percent}% de los datagramas (--drop {drop} --seed {seed} repite esta ejecución)",
  "udp.received": "Mensaje recibido del cliente {peer}: {text}",
  "udp.mayBeTruncated":
    "El datagrama llenó el búfer de {buffer} bytes y puede haberse cortado: aumenta --buffer",
  "udp.tooLongDropped":
    "El sistema descartó un datagrama más largo que el búfer de {buffer} bytes, sin decir de quién era: aumenta --buffer",
  "udp.tooLongSummary":
    "Datagramas más largos que el búfer de {buffer} bytes, descartados: {count}",
  "udp.tooLongReply": "El sistema descartó una respuesta de más de {buffer} bytes; sigo esperando",
  "udp.dropped": "Datagrama de {peer} descartado a propósito (--drop): {text}",
  "udp.ackText": "Mensaje recibido {text}. Gracias.",
  "udp.ackSent": "Envío acuse de recibo al cliente: {text}",
  "udp.summary":
    "Servidor detenido. Datagramas recibidos: {datagrams} (descartados a propósito: {dropped}); acuses de recibo enviados: {acks}; bytes recibidos: {bytesIn}; bytes enviados: {bytesOut}",
  "udp.sending": "Envío de mensaje al servidor: {text}",
  "udp.ackReceived": "Acuse de recibo recibido del servidor: {text}",
  "udp.noAck":
    "No llegó acuse de recibo de {address} (intentos: {tries}, de {seconds} s cada uno): UDP no garantiza la entrega; el datagrama o su acuse pudieron perderse, o no hay ningún servidor escuchando",
  "udp.retrying": "Sin acuse de recibo en {seconds} s; lo reenvío (intento {attempt} de {total})",
  "udp.ackOnTry": "Confirmado en el intento {attempt} de {total}",
  "udp.sentNoWait":
    "Enviado sin esperar acuse de recibo (--no-wait): UDP por sí mismo nunca confirma la entrega",
  "udp.seriesSummary":
    "Enviados: {sent}; confirmados: {acked}; perdidos: {lost} ({percent}% de pérdida)",
  "udp.lostList": "Perdidos: {list}",
  "udp.roundTrip": "Ida y vuelta: mín {min} ms, media {avg} ms, máx {max} ms",
  "udp.foreign": "Ignoro un datagrama de {peer}, que no es el servidor",
  "lesson.udp-ack": "UDP: un datagrama y su acuse de recibo",
  "lesson.udp-loss": "UDP no garantiza la entrega: el servidor descarta el 30% a propósito",
  "help.udp-client.summary":
    "cliente UDP: envía un datagrama y espera el acuse de recibo; reintentos, o una serie que cuenta las pérdidas",
  "help.udp-client.watch":
    "Enviar siempre «funciona», aunque no haya servidor: UDP no tiene conexión que rechazar. Solo la falta del acuse de recibo lo delata, tras --timeout. Con --count, los mensajes numerados muestran exactamente cuáles se perdieron. Código de salida: 1 cuando no llegó ningún acuse (de un mensaje, tras sus reintentos, o de toda una serie); una serie con algunas pérdidas sale con 0, porque perder datagramas es lo que hace UDP.",
  "help.udp-client.message": "lo que se envía",
  "help.udp-client.retries": "reenvía hasta N veces si no llega el acuse de recibo en --timeout",
  "help.udp-client.noWait": "solo envía; no espera el acuse de recibo",
  "help.udp-client.count":
    "envía N mensajes numerados (TEXTO #1, TEXTO #2…) e informa de cuántos se confirmaron y se perdieron",
  "help.udp-client.interval": "con --count, milisegundos entre mensajes",
  "why.udp-client.retries-noWait": "sin esperar no hay silencio tras el que reintentar",
  "why.udp-client.retries-count":
    "--retries reenvía un único mensaje; una serie cuenta sus pérdidas",
  "help.udp-server.summary":
    "servidor UDP: muestra cada datagrama y su remitente y acusa recibo; puede descartar algunos a propósito",
  "help.udp-server.watch":
    "No hay conexión ni accept: los datagramas de cualquier cliente llegan a un único socket, cada uno con la dirección de su remitente. Con --drop 0.3 se pierde a propósito cerca de un tercio: el cliente solo lo nota porque no le llega el acuse de recibo.",
  "help.udp-server.buffer": "recvfrom(BYTES): un datagrama más largo se corta a este tamaño",
  "help.udp-server.echo":
    "devuelve cada datagrama tal cual en lugar del acuse de recibo (lo que espera bench --protocol udp)",
  "help.udp-server.noAck": "no acusa recibo de los datagramas",
  "help.udp-server.drop":
    "descarta a propósito esta proporción de datagramas (de 0 a 1), para mostrar que UDP puede perder mensajes",
  "help.udp-server.seed":
    "de dónde parten las decisiones aleatorias de --drop: el mismo --seed descarta los mismos datagramas",
  "help.udp-server.once": "termina tras el primer datagrama que no se descarte",
  "why.udp-server.echo-noAck": "un eco es una respuesta",
} as const satisfies Texts<typeof english>;
