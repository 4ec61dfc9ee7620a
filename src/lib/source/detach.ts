// A parser's strings can keep the whole file they came from alive: V8 makes a substring of 13 or
// more characters a "sliced string", a view into its parent. A disclosure's names are such views
// into its YAML text, so every file a build keeps in memory kept its source beside it: about a
// third of the loaded portal (docs/scale.md). Copying them as JSON gives flat strings of their own.

/** Views at least this long are slices of their parent (V8's SlicedString::kMinLength). */
const SLICED_MIN_LENGTH = 13;

/**
 * Replaces, in place, every long string in plain objects and arrays under `root` with a copy that
 * holds no reference to the text it was cut from. Other objects (Decimal amounts) are left as they
 * are; object identity is kept, so maps and caches keyed by these objects still hold.
 */
export function detachStrings(root: unknown): void {
  const holders: (Record<string, unknown> | unknown[])[] = [];
  const keys: (string | number)[] = [];
  const strings: string[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    const proto = Object.getPrototypeOf(node);
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null) return;
    seen.add(node);
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (typeof value === 'string') {
        if (value.length >= SLICED_MIN_LENGTH) {
          holders.push(record);
          keys.push(Array.isArray(node) ? Number(key) : key);
          strings.push(value);
        }
      } else visit(value);
    }
  };
  visit(root);
  if (!strings.length) return;
  // One round trip for all of them: far quicker than copying each string alone.
  const copies = JSON.parse(JSON.stringify(strings)) as string[];
  for (let i = 0; i < copies.length; i++) (holders[i] as Record<string | number, unknown>)[keys[i]!] = copies[i];
}
