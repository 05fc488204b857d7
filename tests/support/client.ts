// An HTTP client with a cookie jar that signs up and signs in through the real next-auth flow.
export class Client {
  private cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const res = await fetch(this.base + path, { ...init, headers, redirect: "manual" });
    this.store(res);
    return res;
  }

  async json<T = any>(
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const res = await this.fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: { ...(init.body !== undefined && { "content-type": "application/json" }), ...init.headers },
      body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }

  async signIn(email: string, password: string): Promise<boolean> {
    const { body } = await this.json<{ csrfToken: string }>("/api/auth/csrf");
    const res = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: body.csrfToken, email, password, json: "true" }),
    });
    await res.text();
    return [...this.cookies.keys()].some((k) => k.includes("session-token"));
  }

  async signUp(name: string, email: string, password = "correct horse battery") {
    const res = await this.json("/api/v1/signup", { body: { name, email, password } });
    if (res.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(res.body)}`);
    if (!(await this.signIn(email, password))) throw new Error("sign-in after sign-up failed");
    return res.body as { user: { id: string; email: string }; teamId: string; projectId: string };
  }

  clearCookies() {
    this.cookies.clear();
  }
}

let counter = 0;
export const uniqueEmail = (prefix = "user") => `${prefix}.${Date.now().toString(36)}${counter++}@example.com`;
