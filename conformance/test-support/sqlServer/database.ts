import { randomBytes } from 'node:crypto';
import initSqlJs, { type Database } from 'sql.js';
import type { SqlServerOptions } from './faults.js';
import { ApiProblem } from './problems.js';
import type { Body } from './validation.js';

/** One stored integration: the row's columns, the document parsed. */
export interface Row {
  readonly seq: number;
  readonly id: string;
  readonly doc: Body;
}

const SCHEMA = `
CREATE TABLE integrations (
  seq      INTEGER PRIMARY KEY AUTOINCREMENT,
  id       TEXT NOT NULL UNIQUE,
  account  TEXT NOT NULL,
  -- JSON-encoded, like doc: a JSON string literal keeps NUL and lone surrogates through SQLite's UTF-8.
  name     TEXT NOT NULL,
  doc      TEXT NOT NULL,
  api_key  TEXT,
  UNIQUE (account, name)
);`;

/**
 * The integrations in SQLite (sql.js, SQLite compiled to WebAssembly: no native build). Every
 * write is one statement, so a refused request changes nothing; uniqueness of names is the
 * table's UNIQUE constraint.
 */
export class IntegrationStore {
  private constructor(
    private readonly db: Database,
    private readonly options: SqlServerOptions,
  ) {}

  static async open(options: SqlServerOptions): Promise<IntegrationStore> {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run(SCHEMA);
    const store = new IntegrationStore(db, options);
    db.create_function('name_contains', (stored: string, filter: string) =>
      store.nameMatches(store.decodeName(stored), filter) ? 1 : 0,
    );
    return store;
  }

  close(): void {
    this.db.close();
  }

  insert(account: string, doc: Body, apiKey: string | undefined): Row {
    const stored = this.stored(doc);
    const id = Buffer.from(
      `LlmIntegration:${this.nextSeq()}:${randomBytes(3).toString('base64url').slice(0, 4)}`,
    ).toString('base64');
    const full: Body = { ...stored, id };
    this.write(() =>
      this.db.run('INSERT INTO integrations (id, account, name, doc, api_key) VALUES (?, ?, ?, ?, ?)', [
        id,
        account,
        this.encodeName(full.name as string),
        JSON.stringify(full),
        apiKey ?? null,
      ]),
    );
    return this.get(account, id)!;
  }

  update(account: string, row: Row, doc: Body, apiKey: string | null | undefined): Row {
    const stored = this.stored(doc);
    const keySql = apiKey === undefined ? '' : ', api_key = ?';
    this.write(() =>
      this.db.run(`UPDATE integrations SET name = ?, doc = ?${keySql} WHERE seq = ?`, [
        this.encodeName(stored.name as string),
        JSON.stringify(stored),
        ...(apiKey === undefined ? [] : [apiKey]),
        row.seq,
      ]),
    );
    return this.get(account, row.id)!;
  }

  hasApiKey(row: Row): boolean {
    return (
      this.db.exec('SELECT api_key IS NOT NULL FROM integrations WHERE seq = ?', [row.seq])[0]?.values[0]?.[0] === 1
    );
  }

  delete(row: Row): void {
    this.db.run('DELETE FROM integrations WHERE seq = ?', [row.seq]);
  }

  get(account: string, id: string): Row | undefined {
    return this.rows('SELECT seq, id, name, doc FROM integrations WHERE account = ? AND id = ?', [account, id])[0];
  }

  /** A page of the account's integrations after `afterSeq`, in insertion order, filtered by name. */
  page(account: string, afterSeq: number, limit: number, nameFilter: string | undefined): Row[] {
    let where = 'account = ? AND seq > ?';
    const params: Array<string | number> = [account, afterSeq];
    if (nameFilter !== undefined) {
      if (this.options.likeUnescaped) {
        where += " AND json_extract(name, '$') LIKE '%' || ? || '%'";
        params.push(nameFilter);
      } else if (this.options.asciiCaseFolding) {
        where += " AND json_extract(name, '$') LIKE '%' || ? || '%' ESCAPE '\\'";
        params.push(nameFilter.replace(/[\\%_]/g, (c) => `\\${c}`));
      } else {
        where += ' AND name_contains(name, ?)';
        params.push(nameFilter);
      }
    }
    return this.rows(`SELECT seq, id, name, doc FROM integrations WHERE ${where} ORDER BY seq LIMIT ?`, [
      ...params,
      limit,
    ]);
  }

  count(account: string): number {
    return Number(
      this.db.exec('SELECT count(*) FROM integrations WHERE account = ?', [account])[0]?.values[0]?.[0] ?? 0,
    );
  }

  private nextSeq(): number {
    return Number(this.db.exec('SELECT coalesce(max(seq), 0) + 1 FROM integrations')[0]?.values[0]?.[0] ?? 1);
  }

  private rows(sql: string, params: Array<string | number>): Row[] {
    const result = this.db.exec(sql, params)[0];
    if (!result) return [];
    return result.values.map(([seq, id, name, doc]) => {
      const parsed = JSON.parse(String(doc)) as Body;
      // The name as its column holds it (the same text, unless the column changed it).
      return { seq: Number(seq), id: String(id), doc: { ...parsed, name: this.decodeName(String(name)) } };
    });
  }

  private write(statement: () => void): void {
    try {
      statement();
    } catch (error) {
      if (
        error instanceof Error &&
        /UNIQUE constraint failed: integrations\.account, integrations\.name/.test(error.message)
      )
        throw new ApiProblem(409, 'Another integration of the account has this name.');
      throw error;
    }
  }

  private encodeName(name: string): string {
    return this.options.rawNameColumn ? name : JSON.stringify(name);
  }

  private decodeName(stored: string): string {
    return this.options.rawNameColumn ? stored : (JSON.parse(stored) as string);
  }

  /** The name filter: a case-insensitive substring (Unicode case), or under an accent-folding collation. */
  private nameMatches(name: string, filter: string): boolean {
    const fold = this.options.accentFoldingCollation
      ? (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
      : (s: string) => s.toLowerCase();
    return fold(name).includes(fold(filter));
  }

  /** What the column types and the driver do to the strings of a document (the faults). */
  private stored(doc: Body): Body {
    return mapStrings(doc, (s) => {
      let out = s;
      if (this.options.trimValues) out = out.trim();
      if (this.options.controlsStripped) out = out.replace(/[\u0000-\u001f\u007f]/g, '');
      if (this.options.nulCut && out.includes('\u0000')) out = out.slice(0, out.indexOf('\u0000'));
      if (this.options.latin1) out = [...out].map((ch) => (ch.codePointAt(0)! > 0xff ? '?' : ch)).join('');
      if (this.options.varchar255 && [...out].length > 255) out = [...out].slice(0, 255).join('');
      return out;
    }) as Body;
  }
}

/** The value with every string (map keys included) passed through `f`; ids and timestamps are the server's own and stay. */
function mapStrings(value: unknown, f: (s: string) => string, key = ''): unknown {
  if (typeof value === 'string')
    return ['id', 'created_at', 'updated_at', 'created_by_user_id', 'kind', 'provider', 'auth_type'].includes(key)
      ? value
      : f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, key === 'scopings' ? 'id' : key));
  if (typeof value === 'object' && value !== null) {
    const scoping = key === 'id';
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        scoping || key === '' || key === 'provider_metadata' ? k : f(k),
        mapStrings(v, f, scoping ? 'id' : k),
      ]),
    );
  }
  return value;
}
