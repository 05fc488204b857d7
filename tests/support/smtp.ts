// A real SMTP server on loopback (smtp-server) that keeps every message it accepts, decoded enough
// to read: envelope, headers, subject and plain-text body. It can require a login, and be stopped
// and started again on the same port (a mail server that goes down and comes back).
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
  raw: string;
}

export interface SmtpSink {
  host: string;
  port: number;
  messages: ReceivedMail[];
  /** The env that points the app at this server. */
  env: Record<string, string>;
  /** Messages to `address` so far. */
  to(address: string): ReceivedMail[];
  /** Waits until a message matches, or fails after `timeoutMs`. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
  /** Listens again on the same port after stop(). */
  start(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** Require this login (AUTH PLAIN/LOGIN over the plain connection). */
  auth?: { user: string; password: string };
  from?: string;
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=\s*/g, (_, _charset, kind: string, text: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          "latin1",
        ).toString("utf8"),
  );
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? "" : raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const text = decodeBody(body, headers["content-transfer-encoding"]?.toLowerCase()).replace(/\r\n/g, "\n");
  return { ...envelope, subject: decodeWords(headers.subject ?? ""), text, headers, raw };
}

function createServer(messages: ReceivedMail[], options: SmtpSinkOptions): SMTPServer {
  return new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS to offer a self-signed certificate the client would refuse.
    disabledCommands: options.auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.password) return callback(null, { user: auth.username });
      const error = Object.assign(new Error("Invalid username or password"), { responseCode: 535 });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        messages.push(parseMail(Buffer.concat(chunks).toString("utf8"), { from, to: session.envelope.rcptTo.map((r) => r.address) }));
        callback(null, "Queued");
      });
    },
  });
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const net = server.listen(port, "127.0.0.1", () => resolve((net.address() as AddressInfo).port));
    net.once("error", reject);
  });
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let server = createServer(messages, options);
  const port = await listen(server, 0);
  let running = true;
  const sink: SmtpSink = {
    host: "127.0.0.1",
    port,
    messages,
    env: {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(port),
      SMTP_FROM: options.from ?? "Reelroom <reelroom@example.com>",
      ...(options.auth && { SMTP_USER: options.auth.user, SMTP_PASSWORD: options.auth.password }),
    },
    to: (address) => messages.filter((m) => m.to.includes(address.toLowerCase()) || m.to.includes(address)),
    async waitFor(match, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no matching email within ${timeoutMs} ms; received: ${JSON.stringify(messages.map((m) => ({ to: m.to, subject: m.subject })))}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (!running) return resolve();
        running = false;
        server.close(() => resolve());
      }),
    async start() {
      if (running) return;
      server = createServer(messages, options);
      await listen(server, port);
      running = true;
    },
  };
  return sink;
}
