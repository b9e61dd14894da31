/**
 * The JSON Schema of story.yaml, generated from the zod schema, so editors get completion,
 * hover help and inline errors in their editor (the yaml-language-server line at the top of
 * story.yaml points at story.schema.json). `npm run schema` writes it; a test keeps it current.
 */
import { z } from 'zod';
import { storySchema } from './schema';
import { FIELD_DOCS } from './field-docs';

export function storyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(storySchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  for (const [path, text] of Object.entries(FIELD_DOCS)) {
    const node = nodeAt(schema, path);
    if (node) node.description = text;
  }
  return {
    ...schema,
    title: 'story.yaml',
    description: 'The story’s data file: every figure and every line of copy on the page. See EDITING.md.'
  };
}

/** The file's text: stable key order, two-space indent, final newline (so diffs stay small). */
export function storyJsonSchemaText(): string {
  return JSON.stringify(storyJsonSchema(), null, 2) + '\n';
}

type Node = Record<string, unknown> & { properties?: Record<string, Node>; items?: Node };

/** "places[].lat" → the schema node for it (undefined if the schema has no such field). */
export function nodeAt(schema: Record<string, unknown>, path: string): Node | undefined {
  let node: Node | undefined = schema as Node;
  for (const part of path.split('.')) {
    const [, key, list] = /^(\w+)(\[\])?$/.exec(part) ?? [];
    node = key ? node?.properties?.[key] : undefined;
    if (list) node = node?.items;
  }
  return node;
}
