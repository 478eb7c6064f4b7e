/**
 * Starts the PostgreSQL server for a test run (see src/storage/postgres/test-cluster.ts),
 * prints its URL on one line and keeps it running until stdin closes. scripts/run-tests.mjs
 * uses it so that every test file shares one throwaway cluster.
 */
import { testServerUrl } from '../src/storage/postgres/test-cluster.ts';

try {
  process.stdout.write(`${testServerUrl()}\n`);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
