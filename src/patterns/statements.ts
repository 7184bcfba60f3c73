import type { Database, Statement } from 'better-sqlite3';

const statementCache = new WeakMap<Database, Map<string, Statement>>();

/** A statement prepared once per connection; search runs the same few SQL texts over and over. */
export function prepareCached(db: Database, sql: string): Statement {
  let statements = statementCache.get(db);
  if (!statements) {
    statements = new Map();
    statementCache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
