// Email over SMTP (nodemailer). Configured by SMTP_HOST…SMTP_FROM; without SMTP_HOST email is off.
// The password goes to the transport only: never into a log line or an error message.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env, type Env } from "@/lib/platform/config/env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export const SMTP_TIMEOUT_MS = 10_000;

type SmtpEnv = Pick<Env, "SMTP_HOST" | "SMTP_PORT" | "SMTP_USER" | "SMTP_PASSWORD" | "SMTP_FROM">;

export function smtpConfigured(config: SmtpEnv = env()): boolean {
  return Boolean(config.SMTP_HOST && config.SMTP_FROM);
}

/** Why a send failed, in words safe to store and show (no server banner, no credentials). */
export class MailError extends Error {}

function explain(error: unknown): MailError {
  const e = error as { code?: string; responseCode?: number };
  if (e?.code === "ECONNREFUSED" || e?.code === "ESOCKET" || e?.code === "ECONNECTION") return new MailError("The mail server could not be reached.");
  if (e?.code === "ETIMEDOUT") return new MailError("The mail server did not answer in time.");
  if (e?.code === "EAUTH") return new MailError("The mail server refused the SMTP credentials (check SMTP_USER and SMTP_PASSWORD).");
  if (e?.code === "EENVELOPE") return new MailError("The mail server refused the sender or recipient address.");
  if (typeof e?.responseCode === "number") return new MailError(`The mail server answered SMTP ${e.responseCode}.`);
  return new MailError("Sending the email failed.");
}

let cached: { key: string; transport: Transporter } | undefined;

function transportFor(config: SmtpEnv): Transporter {
  // The whole configuration (password included, in memory only): a changed login gets a new transport.
  const key = JSON.stringify([config.SMTP_HOST, config.SMTP_PORT, config.SMTP_USER ?? "", config.SMTP_PASSWORD ?? ""]);
  if (cached?.key === key) return cached.transport;
  const transport = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    // Port 465 speaks TLS from the start; other ports upgrade with STARTTLS when the server offers it.
    secure: config.SMTP_PORT === 465,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
    logger: false,
    debug: false,
  });
  cached = { key, transport };
  return transport;
}

/** The configured mailer, or null when SMTP is not configured. */
export function smtpMailer(config: SmtpEnv = env()): Mailer | null {
  if (!smtpConfigured(config)) return null;
  return {
    async send(message) {
      try {
        await transportFor(config).sendMail({ from: config.SMTP_FROM, to: message.to, subject: message.subject, text: message.text });
      } catch (error) {
        throw explain(error);
      }
    },
  };
}
