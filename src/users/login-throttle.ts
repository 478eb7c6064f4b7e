/**
 * Login throttling (MediaWiki's $wgPasswordAttemptThrottle): failed attempts counted per
 * account name and per client address; after 5 failures within 300 seconds, or 150 within
 * 48 hours, further attempts are refused until the window passes. A success clears the
 * name's count. Counts live in the server process, as in MediaWiki's local object cache.
 */
export interface ThrottleRule {
  count: number;
  seconds: number;
}

export const defaultThrottleRules: ThrottleRule[] = [
  { count: 5, seconds: 300 },
  { count: 150, seconds: 60 * 60 * 48 },
];

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly rules: ThrottleRule[] = defaultThrottleRules) {}

  /** Seconds to wait before another attempt for this name or address, or 0 when allowed. */
  wait(name: string, address: string, now = Date.now()): number {
    let wait = 0;
    for (const key of [`name:${name}`, `ip:${address}`]) {
      const times = this.failures.get(key) ?? [];
      for (const rule of this.rules) {
        const recent = times.filter((t) => now - t < rule.seconds * 1000);
        if (recent.length >= rule.count) wait = Math.max(wait, Math.ceil((recent[recent.length - rule.count] + rule.seconds * 1000 - now) / 1000));
      }
    }
    return wait;
  }

  fail(name: string, address: string, now = Date.now()): void {
    const longest = Math.max(...this.rules.map((r) => r.seconds)) * 1000;
    for (const key of [`name:${name}`, `ip:${address}`]) {
      const times = (this.failures.get(key) ?? []).filter((t) => now - t < longest);
      times.push(now);
      this.failures.set(key, times);
    }
  }

  succeed(name: string): void {
    this.failures.delete(`name:${name}`);
  }
}

const throttles = new WeakMap<object, LoginThrottle>();

/** The throttle of one wiki (shared by the web login and api.php). */
export function loginThrottleFor(wiki: object): LoginThrottle {
  let t = throttles.get(wiki);
  if (!t) throttles.set(wiki, (t = new LoginThrottle()));
  return t;
}

/** "5 minutes", as MediaWiki words the wait in login-throttled. */
export function formatWait(seconds: number): string {
  if (seconds >= 3600) { const h = Math.ceil(seconds / 3600); return `${h} hour${h === 1 ? '' : 's'}`; }
  if (seconds >= 60) { const m = Math.ceil(seconds / 60); return `${m} minute${m === 1 ? '' : 's'}`; }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
