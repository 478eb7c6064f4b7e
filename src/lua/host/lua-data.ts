/**
 * JS data made safe to hand to Lua: nulls dropped (they would arrive as userdata), object
 * keys kept as strings, arrays as sequences.
 */
export function toLuaData(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(toLuaData);
  if (typeof value === 'object' && value) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = toLuaData(v);
    return out;
  }
  return value;
}
