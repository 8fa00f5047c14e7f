/**
 * The texts of a message catalogue as data, for tests that check them (messages.test.ts) or look
 * for them in what the product wrote (workbookLanguage.test.ts). Walks the catalogue, so a new
 * key is covered without touching a test.
 */

/**
 * Sample arguments: one object whose every field a message function may read (numbers read 3,
 * anything else a ‹field› marker); it also reads as the number 0.3 where a function takes
 * positional numbers, or a list of three row numbers.
 */
export const SAMPLE: unknown = new Proxy(
  {},
  {
    get: (_t, key) => {
      if (key === Symbol.toPrimitive) return () => 0.3;
      if (key === "toLocaleString") return () => "0.3";
      // Where a function takes a list of row numbers.
      if (key === "slice") return () => [3, 7, 9];
      if (key === "length") return 3;
      if (typeof key !== "string") return undefined;
      if (
        /^(count|n|rows?|visits|stop|shown|customers|days|from|to|window|threshold|row)$/.test(key)
      )
        return 3;
      return `‹${key}›`;
    },
  }
);

/** Every leaf of a catalogue: [path, value]. */
export function leaves(node: unknown, path = ""): [string, unknown][] {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return [[path, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k)
  );
}

/** A leaf's text(s): strings as they are, functions called with the samples. */
export function texts(value: unknown): unknown[] {
  if (typeof value === "function") {
    const out: unknown = (value as (...a: unknown[]) => unknown)(SAMPLE, 3);
    return Array.isArray(out) ? out : [out];
  }
  return Array.isArray(value) ? value : [value];
}

/** Every text of a catalogue (functions called with the samples), flattened. */
export function allTexts(catalogue: unknown): string[] {
  return leaves(catalogue)
    .flatMap(([, v]) => texts(v))
    .filter((t): t is string => typeof t === "string");
}

/**
 * The literal parts of a text: what is left between the sample arguments and numbers, trimmed
 * of spaces and punctuation ("Stop ‹rep›" -> ["Stop"]).
 */
export function literalParts(text: string): string[] {
  return text
    .split(/‹[^›]*›|\d+(?:[.,]\d+)*%?/u)
    .map((s) => s.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ""))
    .filter((s) => s.length > 0);
}
