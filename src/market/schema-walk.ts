/**
 * Walking a zod schema by a key path (through default / optional / nullable / pipe wrappers,
 * objects, arrays and records): what config error messages need to say which keys a section
 * allows and what a value must be. Read through zod's definition objects (`_zod.def`).
 */
import type { z } from 'zod';

/** Any zod schema. */
export type AnySchema = z.core.$ZodType;

/** The schema's definition as a plain record (type, innerType, shape, element, ...). */
export function defOf(s: AnySchema): Record<string, unknown> {
  return s._zod.def as unknown as Record<string, unknown>;
}

/** Strips default/prefault/optional/pipe wrappers; `nullable` is reported through `allowsNull`. */
export function unwrapSchema(s: AnySchema): { inner: AnySchema; allowsNull: boolean } {
  let cur = s;
  let allowsNull = false;
  for (;;) {
    const def = defOf(cur);
    const type = def['type'];
    if (type === 'default' || type === 'prefault' || type === 'optional' || type === 'nullable' || type === 'readonly') {
      if (type === 'nullable') allowsNull = true;
      cur = def['innerType'] as AnySchema;
    } else if (type === 'pipe') {
      cur = def['in'] as AnySchema;
    } else {
      return { inner: cur, allowsNull };
    }
  }
}

/** The schema at `path` (object keys, array and record elements), or null where the path leaves the schema. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | null {
  let cur: AnySchema | null = schema;
  for (const p of path) {
    if (!cur) return null;
    const { inner } = unwrapSchema(cur);
    const def = defOf(inner);
    if (def['type'] === 'object') cur = ((def['shape'] as Record<string, AnySchema>)[String(p)] ?? null);
    else if (def['type'] === 'array') cur = def['element'] as AnySchema;
    else if (def['type'] === 'record') cur = def['valueType'] as AnySchema;
    else return null;
  }
  return cur;
}

/** The keys an object schema allows (none when `s` is not an object schema). */
export function objectKeys(s: AnySchema | null): string[] {
  if (!s) return [];
  const def = defOf(unwrapSchema(s).inner);
  return def['type'] === 'object' ? Object.keys(def['shape'] as Record<string, unknown>) : [];
}
