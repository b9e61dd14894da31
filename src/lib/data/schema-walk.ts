/** Reads the zod schema itself: which keys a section knows (for "did you mean"). */
import type { z } from 'zod';
import type { PathPart } from './problems';

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; items?: z.ZodType[] };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strip optional/nullable/default/pipe wrappers. */
function unwrap(s: z.ZodType): z.ZodType {
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    const inner = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!inner) return s;
    s = inner;
  }
  return s;
}

/** The schema of the value at `path`, or undefined if the path leaves the schema. */
export function schemaAt(root: z.ZodType, path: readonly PathPart[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(root);
  for (const part of path) {
    if (!s) return undefined;
    const d = defOf(s);
    if (d.type === 'object' && typeof part === 'string') s = d.shape?.[part];
    else if (d.type === 'array' && typeof part === 'number') s = d.element;
    else if (d.type === 'tuple' && typeof part === 'number') s = d.items?.[part];
    else return undefined;
    if (s) s = unwrap(s);
  }
  return s;
}

/** Keys of the section at `path` ([] if it is not a section). */
export function knownKeysAt(root: z.ZodType, path: readonly PathPart[]): string[] {
  const s = schemaAt(root, path);
  const d = s ? defOf(s) : undefined;
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

/** The zod type name at `path` ("number", "string", "object" …), or undefined off the schema. */
export function typeAt(root: z.ZodType, path: readonly PathPart[]): string | undefined {
  const s = schemaAt(root, path);
  return s ? defOf(s).type : undefined;
}
