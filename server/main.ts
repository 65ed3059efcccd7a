/**
 * `npm run classroom`: the live classroom server. Builds the sandbox if it is missing or older than
 * its sources, opens the SQLite file, prints the addresses and the teacher secret, and serves until
 * stopped. Arguments are checked; a bad one gets a one-line error and exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { classroomApp } from './app.ts';
import { Classroom } from './classroom.ts';
import { EventStore } from './store.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `usage: npm run classroom -- [--db FILE] [--port N] [--host H] [--no-build] [--allow-origin URL] [--join-limit N] [--cast-limit N]

  --db FILE          the SQLite file (default: $XDG_DATA_HOME/tally-lab/classroom.db, else ~/.local/share/tally-lab/classroom.db)
  --port N           the port (default 8080; 0: any free port)
  --host H           the address to listen on (default 127.0.0.1: this laptop only; 0.0.0.0 lets phones on the LAN in)
  --no-build         serve the API only, without building or serving the sandbox
  --allow-origin URL let the sandbox served from URL (e.g. the dev server) call the API
  --join-limit N     joins a minute from one address (default 20)
  --cast-limit N     ballots and checks a minute from one address (default 60)`;

function fail(message: string): never {
  process.stderr.write(`classroom: ${message}\n`);
  process.exit(2);
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        'no-build': { type: 'boolean', default: false },
        'allow-origin': { type: 'string' },
        'join-limit': { type: 'string', default: '20' },
        'cast-limit': { type: 'string', default: '60' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    fail(`${err instanceof Error ? err.message.split('\n')[0] : String(err)} (see --help)`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const whole = (v: string, name: string, min: number, max: number) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) fail(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
    return n;
  };
  const origin = values['allow-origin'];
  if (origin !== undefined && !/^https?:\/\/[^/\s]+$/.test(origin)) fail(`--allow-origin must be an origin like http://127.0.0.1:5173, got ${JSON.stringify(origin)}`);
  if (!/^[0-9a-zA-Z.:-]+$/.test(values.host)) fail(`--host must be an address like 127.0.0.1 or 0.0.0.0, got ${JSON.stringify(values.host)}`);
  const dataHome = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return {
    db: values.db ?? join(dataHome, 'tally-lab', 'classroom.db'),
    port: whole(values.port, 'port', 0, 65535),
    host: values.host,
    build: !values['no-build'],
    allowOrigin: origin ?? null,
    joinPerMinute: whole(values['join-limit'], 'join-limit', 1, 100_000),
    castPerMinute: whole(values['cast-limit'], 'cast-limit', 1, 100_000),
  };
}

/** The newest modification time under a folder. */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

function buildIfNeeded(): string {
  const dist = join(ROOT, 'dist');
  const built = ['index.html', 'phone.html'].every((f) => existsSync(join(dist, f)));
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'index.html')), newest(join(ROOT, 'phone.html')));
  if (built && statSync(join(dist, 'index.html')).mtimeMs >= sources) return dist;
  process.stdout.write('Building the sandbox (vite build)…\n');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail('vite build failed (see above)');
  return dist;
}

function lanAddress(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host.includes(':') ? `[${host}]` : host;
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

const o = options();
const dist = o.build ? buildIfNeeded() : null;
let store: EventStore;
try {
  store = new EventStore(o.db);
} catch (err) {
  fail(`cannot open the database ${o.db}: ${err instanceof Error ? err.message : String(err)}`);
}
let teacherSecret = store.meta('teacher-secret');
if (!teacherSecret) {
  teacherSecret = randomBytes(12).toString('base64url');
  store.setMeta('teacher-secret', teacherSecret);
}
const classroom = new Classroom(store);
const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

const server = serve({ fetch: (req, env) => app.fetch(req, env), port: o.port, hostname: o.host }, (info) => {
  const base = `http://${lanAddress(o.host)}:${info.port}`;
  process.stdout.write(
    [
      'Tally Lab classroom server',
      `  database:       ${o.db}`,
      `  sandbox:        ${dist ? `${base}/#live` : '(not served: --no-build)'}`,
      `  phones:         ${base}/p${o.host === '127.0.0.1' || o.host === 'localhost' ? '   (this laptop only: start with --host 0.0.0.0 to let phones on the LAN in)' : ''}`,
      `  teacher secret: ${teacherSecret}`,
      `listening on http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${info.port}`,
      '',
    ].join('\n'),
  );
  phoneBase.url = `${base}/p`;
});
const phoneBase = { url: '' };
const app = classroomApp({
  classroom,
  teacherSecret,
  joinPerMinute: o.joinPerMinute,
  castPerMinute: o.castPerMinute,
  dist,
  allowOrigin: o.allowOrigin,
  get phoneUrl() {
    return phoneBase.url;
  },
  log,
});
server.on('error', (err: NodeJS.ErrnoException) => fail(err.code === 'EADDRINUSE' ? `port ${o.port} is in use: choose another with --port` : err.message));
const ticker = setInterval(() => {
  try {
    classroom.tick();
  } catch (err) {
    log(`checkpoint failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}, 1000);
const stop = () => {
  clearInterval(ticker);
  server.close();
  store.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
