// A local webhook receiver that checks each delivery's signature and timestamp like a real one would.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { verifySignature } from "@/lib/services/webhooks/signature";

export interface Received {
  headers: Record<string, string | undefined>;
  body: string;
  json: any;
  signatureValid: boolean;
  answered: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Status codes to answer, in order; afterwards 200. A 3xx answer points to another path. */
  answers: number[];
  /** How long to hold each request before answering (a slow or hanging endpoint). */
  holdMs: number;
  secret: string;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const state: Receiver = { url: "", received: [], answers: [], holdMs: 0, secret: "", close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const header = (name: string) => {
        const v = req.headers[name.toLowerCase()];
        return Array.isArray(v) ? v[0] : v;
      };
      const signatureValid = verifySignature({ secret: state.secret, body, timestamp: header("Reelroom-Timestamp"), signature: header("Reelroom-Signature") });
      const answered = state.answers.shift() ?? 200;
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        json = null;
      }
      state.received.push({
        headers: Object.fromEntries(
          ["content-type", "reelroom-event", "reelroom-delivery", "reelroom-timestamp", "reelroom-signature"].map((h) => [h, header(h)]),
        ),
        body,
        json,
        signatureValid,
        answered,
      });
      const answer = () => {
        const redirect = answered >= 300 && answered < 400 ? { location: "/hooks/moved" } : {};
        res.writeHead(answered, { "content-type": "text/plain", ...redirect });
        res.end(answered === 200 ? "ok" : "nope");
      };
      if (state.holdMs > 0) setTimeout(answer, state.holdMs).unref();
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/reelroom`;
  state.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections(); // requests still held
    });
  return state;
}
