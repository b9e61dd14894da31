/** The JSON Schema editors' tools use: generated from zod, committed, referenced from story.yaml. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyJsonSchema, storyJsonSchemaText, nodeAt } from '$lib/data/json-schema';
import { FIELD_DOCS } from '$lib/data/field-docs';
import { storyText } from '../helpers/story-file';

const committed = readFileSync(new URL('../../src/lib/data/story.schema.json', import.meta.url), 'utf8');

describe('story.schema.json', () => {
  it('is up to date with schema.ts (run `npm run schema` if this fails)', () => {
    expect(committed).toBe(storyJsonSchemaText());
  });

  it('is referenced by the yaml-language-server line at the top of story.yaml', () => {
    expect(storyText().split('\n')[0]).toBe('# yaml-language-server: $schema=./story.schema.json');
  });

  it('describes the real sections and rejects unknown keys, like the validator', () => {
    const schema = storyJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean; required: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['meta', 'missile', 'steps', 'events', 'places']));
    expect(nodeAt(schema, 'steps[].scene')).toMatchObject({ enum: ['deal', 'weapon', 'range', 'speed', 'attacks', 'stakes'] });
    expect(nodeAt(schema, 'missile.range_km')).toMatchObject({ type: 'number', exclusiveMinimum: 0 });
  });

  it('has every field description on a field that exists (docs never go stale)', () => {
    const schema = storyJsonSchema();
    const stale = Object.keys(FIELD_DOCS).filter((path) => nodeAt(schema, path) === undefined);
    expect(stale).toEqual([]);
    expect(nodeAt(schema, 'missile.range_km')?.description).toBe(FIELD_DOCS['missile.range_km']);
  });
});
