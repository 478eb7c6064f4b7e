import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatWait, LoginThrottle } from './login-throttle.ts';

test('five failures within five minutes throttle the name until the window passes', () => {
  const t = new LoginThrottle();
  const start = 1_000_000;
  for (let i = 0; i < 4; i++) t.fail('Alice', `192.0.2.${i}`, start + i * 1000);
  assert.equal(t.wait('Alice', '192.0.2.99', start + 5000), 0);
  t.fail('Alice', '192.0.2.4', start + 5000);
  assert.equal(t.wait('Alice', '192.0.2.99', start + 6000), 294);
  assert.equal(t.wait('Bob', '192.0.2.99', start + 6000), 0);
  assert.equal(t.wait('Alice', '192.0.2.99', start + 301_000), 0);
});

test('failures from one address throttle it for every name; a success clears the name', () => {
  const t = new LoginThrottle([{ count: 3, seconds: 60 }]);
  for (const n of ['A', 'B', 'C']) t.fail(n, '198.51.100.1', 0);
  assert.ok(t.wait('D', '198.51.100.1', 1000) > 0);
  assert.equal(t.wait('D', '198.51.100.2', 1000), 0);
  const u = new LoginThrottle([{ count: 2, seconds: 60 }]);
  u.fail('A', '1', 0);
  u.succeed('A');
  u.fail('A', '2', 0);
  assert.equal(u.wait('A', '3', 1), 0);
});

test('waits are worded as MediaWiki words durations', () => {
  assert.equal(formatWait(294), '5 minutes');
  assert.equal(formatWait(1), '1 second');
  assert.equal(formatWait(7200), '2 hours');
});
