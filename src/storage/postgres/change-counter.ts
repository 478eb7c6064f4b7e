/**
 * The change mark on PostgreSQL: a one-row counter per schema (as MediaWiki's site_stats
 * row), bumped by a statement-level trigger on every table of the wiki except the parser
 * cache. The bump is part of the writing transaction, so a new mark becomes visible in the
 * same commit as the data it announces, to this process and to every other one; a reader
 * never sees a new mark with old data. Writes that change nothing still count (harmless:
 * the page-view cache renders once more).
 *
 * Not used: pg_stat_database.xact_commit (every commit in the database counts, read-only
 * ones and other wikis' too, and the statistics are reported late, so a mark could stay
 * unchanged after a write), a sequence (nextval is not transactional: the mark moves before
 * the data is visible, so a view rendered in between would be kept as current), and a
 * counter updated by the repository's code (every store and every statement outside a
 * transaction would have to remember it; the trigger also covers tables added later, as
 * the triggers are checked on every open).
 */
import type { PgConnection } from './pg-connection.ts';

/** Tables whose writes are not changes of the wiki. */
const untracked = ['parser_cache', 'kagami_change_counter'];

export function installChangeCounter(db: PgConnection): void {
  db.transaction(() => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS kagami_change_counter (cc_id INTEGER PRIMARY KEY, cc_value BIGINT NOT NULL);
      INSERT INTO kagami_change_counter (cc_id, cc_value) VALUES (1, 0) ON CONFLICT DO NOTHING;
      CREATE OR REPLACE FUNCTION kagami_bump_change_counter() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE kagami_change_counter SET cc_value = cc_value + 1 WHERE cc_id = 1;
        RETURN NULL;
      END $$;
    `);
    const missing = db.column<string>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> ALL (?::text[])
         AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'kagami_change_mark')
       ORDER BY c.relname`,
      `{${untracked.join(',')}}`,
    );
    for (const table of missing) {
      db.exec(`CREATE TRIGGER kagami_change_mark AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table.replace(/"/g, '""')}"
        FOR EACH STATEMENT EXECUTE FUNCTION kagami_bump_change_counter()`);
    }
  });
}

/** The counter's current value, as the mark. */
export function readChangeCounter(db: PgConnection): string {
  return String(db.value<number | string>('SELECT cc_value FROM kagami_change_counter WHERE cc_id = 1') ?? 0);
}
