/**
 * The classroom server's SQLite file (better-sqlite3): every event of every election, in order,
 * written before the server answers, the teacher secret, and the requests it rejected. WAL mode:
 * a killed server loses nothing it had answered (only an OS crash can lose the last commits).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { LiveEvent } from '../src/core/index.ts';

export interface Rejection {
  readonly at: number;
  readonly route: string;
  readonly status: number;
  readonly message: string;
}

export class EventStore {
  readonly #db: Database.Database;
  readonly #append: Database.Statement;

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, election TEXT NOT NULL, body TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS events_by_election ON events (election, seq);
      CREATE TABLE IF NOT EXISTS rejections (seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, route TEXT NOT NULL, status INTEGER NOT NULL, message TEXT NOT NULL);
    `);
    this.#append = this.#db.prepare('INSERT INTO events (election, body) VALUES (?, ?)');
  }

  append(election: string, event: LiveEvent): void {
    this.#append.run(election, JSON.stringify(event));
  }

  /** The elections in the order they were created. */
  elections(): string[] {
    return (this.#db.prepare('SELECT election FROM events GROUP BY election ORDER BY MIN(seq)').all() as { election: string }[]).map((r) => r.election);
  }

  eventsOf(election: string): LiveEvent[] {
    return (this.#db.prepare('SELECT body FROM events WHERE election = ? ORDER BY seq').all(election) as { body: string }[]).map((r) => JSON.parse(r.body) as LiveEvent);
  }

  meta(key: string): string | null {
    return (this.#db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.#db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  reject(r: Rejection): void {
    this.#db.prepare('INSERT INTO rejections (at, route, status, message) VALUES (?, ?, ?, ?)').run(r.at, r.route, r.status, r.message);
  }

  rejections(): Rejection[] {
    return this.#db.prepare('SELECT at, route, status, message FROM rejections ORDER BY seq').all() as Rejection[];
  }

  close(): void {
    this.#db.close();
  }
}
