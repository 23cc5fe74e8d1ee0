import type { Lang } from "./lang.ts";
import type { Placeholders } from "./catalogue_types.ts";
import { benchMessages } from "./messages/bench.ts";
import { chatMessages } from "./messages/chat.ts";
import { cliMessages } from "./messages/cli.ts";
import { dbMessages } from "./messages/db.ts";
import { demoMessages } from "./messages/demo.ts";
import { echoMessages } from "./messages/echo.ts";
import { errorMessages } from "./messages/errors.ts";
import { guardMessages } from "./messages/guard.ts";
import { httpMessages } from "./messages/http.ts";
import { fileMessages } from "./messages/files.ts";
import { networkMessages } from "./messages/network.ts";
import { tcpMessages } from "./messages/tcp.ts";
import { textMessages } from "./messages/text.ts";
import { toolMessages } from "./messages/tools.ts";
import { udpMessages } from "./messages/udp.ts";
import { usageMessages } from "./messages/usage.ts";

/**
 * Every message socklab prints, each with an English and a Spanish text. A new lesson adds its
 * part under messages/ and spreads it here.
 */
export const catalogue = {
  ...cliMessages,
  ...usageMessages,
  ...errorMessages,
  ...networkMessages,
  ...tcpMessages,
  ...udpMessages,
  ...echoMessages,
  ...textMessages,
  ...dbMessages,
  ...chatMessages,
  ...fileMessages,
  ...httpMessages,
  ...toolMessages,
  ...benchMessages,
  ...guardMessages,
  ...demoMessages,
} as const;

export type MessageKey = keyof typeof catalogue;

/** The values a message needs, one per placeholder of its English text. */
export type MessageParams<K extends MessageKey> = {
  readonly [Name in Placeholders<(typeof catalogue)[K]["en"]>]: string | number;
};

type ParamArgs<K extends MessageKey> = [Placeholders<(typeof catalogue)[K]["en"]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** Looks up a message in one language and fills in its placeholders. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

/** A {@linkcode Translate} for one language. */
export function translator(lang: Lang): Translate {
  return (key, ...params) => {
    const text: string = catalogue[key][lang];
    const values = params[0] as Readonly<Record<string, string | number>> | undefined;
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
  };
}
