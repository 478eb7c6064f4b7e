import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApiContext } from '../api-context.ts';
import { ApiError } from '../errors.ts';
import { ApiParams, PrefixedParams } from '../params.ts';
import { queryLimit, timestampContinue } from './query-params.ts';

const params = (values: Record<string, string>) => new PrefixedParams(new ApiParams(new Map(Object.entries(values))), 'rc');
const withRights = (rights: string[]) => ({ user: { rights } }) as unknown as ApiContext;

test('queryLimit: default 10, "max" is 500 (50 for costly modules), ten times as many with apihighlimits', () => {
  assert.equal(queryLimit(withRights([]), params({})), 10);
  assert.equal(queryLimit(withRights([]), params({ rclimit: 'max' })), 500);
  assert.equal(queryLimit(withRights(['apihighlimits']), params({ rclimit: 'max' })), 5000);
  assert.equal(queryLimit(withRights([]), params({ rclimit: 'max' }), 50), 50);
  assert.equal(queryLimit(withRights(['apihighlimits']), params({ rclimit: 'max' }), 50), 500);
});

test('timestampContinue: absent, well formed, malformed', () => {
  assert.equal(timestampContinue(params({})), undefined);
  const c = timestampContinue(params({ rccontinue: '20240102030405|7' }));
  assert.equal(c?.n, 7);
  assert.match(c?.timestamp ?? '', /^2024-01-02T03:04:05/);
  assert.throws(() => timestampContinue(params({ rccontinue: '2024|7' })), (e: unknown) => e instanceof ApiError && e.code === 'badcontinue');
});
