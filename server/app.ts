/**
 * The classroom server's HTTP interface (hono): the phones' API (join, cast, check), the public
 * live status as Server-Sent Events, the teacher's API behind the secret printed at start-up, and
 * the built sandbox and phone page. Every body is limited in size, parsed and validated; a refused
 * request gets a 4xx with a message naming the field and the reason, changes nothing, and is logged.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { streamSSE } from 'hono/streaming';
import { LiveError } from '../src/core/index.ts';
import type { Classroom } from './classroom.ts';
import { RateLimiter } from './rate-limit.ts';

export const MAX_BODY_BYTES = 16 * 1024;

export interface AppOptions {
  readonly classroom: Classroom;
  readonly teacherSecret: string;
  readonly joinPerMinute: number;
  readonly castPerMinute: number;
  /** The built sandbox (with phone.html), or null to serve the API only. */
  readonly dist: string | null;
  /** An origin allowed to call the API from another port (the sandbox's dev server). */
  readonly allowOrigin: string | null;
  /** The address phones should open. */
  readonly phoneUrl: string;
  readonly log: (line: string) => void;
}

type Answer = Record<string, unknown> | unknown[];

const digest = (s: string) => createHash('sha256').update(s).digest();

export function classroomApp(o: AppOptions): Hono {
  const app = new Hono();
  const { classroom } = o;
  const joins = new RateLimiter(o.joinPerMinute);
  const casts = new RateLimiter(o.castPerMinute);
  const secret = digest(o.teacherSecret);

  const reject = (c: Context, status: number, message: string) => {
    const route = `${c.req.method} ${c.req.path}`;
    o.log(`rejected ${route} ${status}: ${message}`);
    classroom.store.reject({ at: classroom.clock(), route, status, message });
    return c.json({ error: message }, status as 400);
  };

  const address = (c: Context) => {
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  /** Parses a JSON object body, runs `f`, and maps a LiveError to its 4xx. */
  const handle = (f: (body: Record<string, unknown>, c: Context) => Answer | void) => async (c: Context) => {
    let body: Record<string, unknown> = {};
    if (c.req.method === 'POST') {
      if (!(c.req.header('content-type') ?? '').startsWith('application/json')) return reject(c, 415, 'body: must be JSON (Content-Type: application/json)');
      const text = await c.req.text();
      let parsed: unknown;
      try {
        parsed = text.length === 0 ? {} : JSON.parse(text);
      } catch {
        return reject(c, 400, 'body: is not valid JSON');
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return reject(c, 400, 'body: must be a JSON object');
      body = parsed as Record<string, unknown>;
    }
    try {
      return c.json(f(body, c) ?? { ok: true });
    } catch (err) {
      if (err instanceof LiveError) return reject(c, err.status, err.message);
      o.log(`error ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.message : String(err)}`);
      return c.json({ error: 'internal error: the request changed nothing' }, 500);
    }
  };

  if (o.allowOrigin) app.use('/api/*', cors({ origin: o.allowOrigin, allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST'] }));
  app.use('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => reject(c, 413, `body: larger than ${MAX_BODY_BYTES} bytes`) }));

  // ---- everyone ----
  app.get('/api/health', (c) => c.json({ server: 'tally-lab classroom', phoneUrl: o.phoneUrl }));
  app.get('/api/status', (c) => c.json(classroom.publicStatus()));
  app.get('/api/record', handle(() => classroom.recordJson() as Answer));
  app.get('/api/events', (c) =>
    streamSSE(c, async (stream) => {
      let wake: (() => void) | null = null;
      let dirty = true;
      const off = classroom.onChange(() => {
        dirty = true;
        wake?.();
      });
      stream.onAbort(() => {
        off();
        wake?.();
      });
      while (!stream.aborted) {
        if (dirty) {
          dirty = false;
          await stream.writeSSE({ event: 'status', data: JSON.stringify(classroom.publicStatus()) });
        }
        // Wait for a change, or 15 s for a keep-alive comment.
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 15_000).unref();
        });
        wake = null;
        if (!dirty && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
    }),
  );

  // ---- phones ----
  app.post('/api/join', async (c) => (joins.allow(address(c)) ? handle((b) => classroom.join(b.code, b.group))(c) : reject(c, 429, `join: more than ${o.joinPerMinute} a minute from this address, wait a moment`)));
  app.post('/api/cast', async (c) => (casts.allow(address(c)) ? handle((b) => classroom.cast(b.token, b.choice))(c) : reject(c, 429, `cast: more than ${o.castPerMinute} a minute from this address, wait a moment`)));
  app.post('/api/check', async (c) => (casts.allow(address(c)) ? handle((b) => classroom.check(b.token))(c) : reject(c, 429, `check: more than ${o.castPerMinute} a minute from this address, wait a moment`)));

  // ---- the teacher ----
  app.use('/api/teacher/*', async (c, next) => {
    const given = (c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, '');
    if (!given) return reject(c, 401, "teacher secret: missing (send the secret printed at start-up as 'Authorization: Bearer <secret>')");
    if (!timingSafeEqual(digest(given), secret)) return reject(c, 403, 'teacher secret: wrong');
    await next();
  });
  app.get('/api/teacher/state', handle(() => classroom.teacherStatus()));
  app.get('/api/teacher/export', handle(() => classroom.exportClass() as Answer));
  app.post('/api/teacher/elections', handle((b) => classroom.create(b.setup)));
  app.post('/api/teacher/open', handle(() => classroom.open()));
  app.post('/api/teacher/close', handle(() => classroom.close()));
  app.post('/api/teacher/publish', handle(() => classroom.publish()));
  app.post('/api/teacher/paper', handle((b) => classroom.paper(b.group, b.counts)));
  app.post('/api/teacher/recount', handle((b) => classroom.recount(b.group)));
  app.post('/api/teacher/attack', handle((b) => classroom.attack(b)));
  app.all('/api/*', (c) => reject(c, 404, `${c.req.path}: no such API route`));

  // ---- pages ----
  if (o.dist) {
    const root = relative(process.cwd(), o.dist) || '.';
    const phone = readFileSync(join(o.dist, 'phone.html'), 'utf8');
    app.get('/p', (c) => c.html(phone));
    app.use('/*', serveStatic({ root }));
  } else {
    app.get('/*', (c) => c.text('This classroom server serves the API only (--no-build). Run `npm run classroom` without it for the sandbox and the phone page.', 503));
  }
  return app;
}
