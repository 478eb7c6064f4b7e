/** Timestamps as stored: ISO 8601 UTC to the second, e.g. 2024-01-15T12:01:00Z. */
export function isoTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
