// npm run schema: regenerate src/lib/data/story.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, ROOT } from './load-ts.mjs';

const { storyJsonSchemaText } = await importTs('src/lib/data/json-schema.ts');
const out = join(ROOT, 'src/lib/data/story.schema.json');
writeFileSync(out, storyJsonSchemaText());
console.log(`wrote ${out.slice(ROOT.length + 1)}`);
