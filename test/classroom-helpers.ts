/**
 * What the classroom tests and the bench share: a classroom server started as a child process on a
 * free port (`--port 0`, the port read from its start-up lines), a simulated phone, and a reader of
 * the server's Server-Sent Events. Every address is loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface RunningServer {
  readonly base: string;
  readonly secret: string;
  readonly child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Ends it with `signal` and waits until it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServer(db: string, extra: readonly string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--db', db, '--port', '0', '--no-build', ...extra], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  while (!/listening on (http:\/\/\S+)/.test(out)) {
    if (child.exitCode !== null) throw new Error(`the classroom server exited at start-up:\n${out}`);
    if (Date.now() - started > 60_000) throw new Error(`the classroom server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const base = /listening on (http:\/\/\S+)/.exec(out)![1];
  const secret = /teacher secret: (\S+)/.exec(out)![1];
  return {
    base,
    secret,
    child,
    output: () => out,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
}

/** A JSON request; `secret` adds the teacher's header. */
export async function request<T = Record<string, unknown>>(base: string, path: string, body?: unknown, secret?: string): Promise<Answer<T>> {
  const res = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(secret ? { authorization: `Bearer ${secret}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** A teacher action that must succeed. */
export async function teacher<T = Record<string, unknown>>(base: string, secret: string, path: string, body?: unknown): Promise<T> {
  const r = await request<T>(base, path, body, secret);
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export interface Receipt {
  readonly index: number;
  readonly hash: string;
  readonly code: string;
}

/** A simulated phone: what the phone page does, over HTTP. */
export class Phone {
  token = '';
  group = 0;
  readonly receipts: Receipt[] = [];

  constructor(readonly base: string) {}

  async join(code: string, group: number): Promise<void> {
    const r = await request<{ token: string; group: number }>(this.base, '/api/join', { code, group });
    if (r.status !== 200) throw new Error(`join: ${r.status} ${JSON.stringify(r.body)}`);
    this.token = r.body.token;
    this.group = group;
  }

  async cast(choice: number): Promise<Receipt> {
    const r = await request<{ token: string; receipt: Receipt }>(this.base, '/api/cast', { token: this.token, choice });
    if (r.status !== 200) throw new Error(`cast: ${r.status} ${JSON.stringify(r.body)}`);
    this.token = r.body.token;
    this.receipts.push(r.body.receipt);
    return r.body.receipt;
  }

  async check(): Promise<{ status: string; detail: string }> {
    const r = await request<{ status: string; detail: string }>(this.base, '/api/check', { token: this.token });
    if (r.status !== 200) throw new Error(`check: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
}

/** Reads `status` events from /api/events until `until` holds for one, or the time runs out. */
export async function watchStatus<T>(base: string, until: (status: T) => boolean, timeoutMs = 20_000, onStatus?: (status: T) => void): Promise<{ seen: T[]; stop(): void }> {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/events`, { signal: controller.signal });
  const reader = res.body!.getReader();
  const seen: T[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(block);
        if (/^event: status$/m.test(block) && data) {
          const s = JSON.parse(data[1]) as T;
          seen.push(s);
          onStatus?.(s);
          if (until(s)) return { seen, stop: () => controller.abort() };
        }
      }
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  } finally {
    clearTimeout(timer);
  }
  return { seen, stop: () => controller.abort() };
}
