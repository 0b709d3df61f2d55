// A real SMTP server in-process (smtp-server), for tests that send mail: it accepts every message (or refuses the
// ones `respond` says to) and parses what arrived with mailparser, so a test reads the mail as a recipient would.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TSmtpSink = {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Raw RFC 5322 sources, in arrival order. */
  raw: string[];
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  close: () => Promise<void>;
};

export async function startSmtpSink(
  opts: {
    port?: number;
    host?: string;
    /** Called per message before it is accepted: return an SMTP code (e.g. 451, 550) to refuse it. */
    respond?: (n: number) => number | null;
    onMessage?: (raw: string, parsed: ParsedMail) => void | Promise<void>;
  } = {},
): Promise<TSmtpSink> {
  const messages: ParsedMail[] = [];
  const raw: string[] = [];
  let seen = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        seen += 1;
        const code = opts.respond?.(seen) ?? null;
        if (code !== null) {
          callback(Object.assign(new Error(`refused by the test server (${code})`), { responseCode: code }));
          return;
        }
        const source = Buffer.concat(chunks).toString("utf8");
        simpleParser(source)
          .then(async (parsed) => {
            raw.push(source);
            messages.push(parsed);
            await opts.onMessage?.(source, parsed);
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://${host}:${port}`,
    port,
    messages,
    raw,
    waitFor: async (count, timeoutMs = 10_000) => {
      const end = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > end) throw new Error(`expected ${count} mails, got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
