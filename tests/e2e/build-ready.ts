/**
 * Before each browser file: wait until the global setup's build has finished (it runs beside the
 * unit files), and stop the file with the build's own messages when it failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';

const marker = inject('buildMarker');
while (!existsSync(marker)) await new Promise((r) => setTimeout(r, 250));
const result = readFileSync(marker, 'utf8');
if (result !== 'ok') throw new Error(result);
