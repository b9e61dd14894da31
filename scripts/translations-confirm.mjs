// npm run translations:confirm -- ar [key …]: a translator says "these texts of ar.yaml are
// translations of today's English". Records, in src/lib/data/translations/ar.json, a hash of the
// English each named text was translated from, so `npm run check:data` stops calling it stale and
// calls it stale again as soon as the English changes. A key may be the start of others
// (`steps.speed` is its kicker, text and alt). Without keys: every text both files have (the first
// record of a new edition, or the lead's reseed after merging new keys). Without a language: every
// edition but English.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './load-ts.mjs';
import { loadChecks, recordPath, ROOT_LANG } from './check-data.mjs';

const LOCALES = join(ROOT, 'src/lib/data/locales');

/** Confirm `keys` (all when empty) for `lang`; returns what was recorded. */
export async function confirm(lang, keys = [], localesDir = LOCALES) {
  const { confirmTranslations } = await loadChecks();
  const file = join(localesDir, `${lang}.yaml`);
  if (lang === ROOT_LANG) throw new Error(`${ROOT_LANG}.yaml is the English the others are translated from: it has nothing to confirm`);
  if (!existsSync(file)) throw new Error(`no locale file ${file}`);
  const path = recordPath(localesDir, lang);
  const before = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  const root = readFileSync(join(localesDir, `${ROOT_LANG}.yaml`), 'utf8');
  const { record, confirmed } = confirmTranslations(root, readFileSync(file, 'utf8'), before, keys, ROOT_LANG);
  const changed = confirmed.filter((k) => before?.texts?.[k] !== record.texts[k]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(record, null, 2) + '\n');
  return { path, confirmed, changed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [lang, ...keys] = process.argv.slice(2);
  try {
    const langs = lang ? [lang] : readdirSync(LOCALES).filter((f) => f.endsWith('.yaml') && f !== `${ROOT_LANG}.yaml`).map((f) => f.replace(/\.yaml$/, ''));
    for (const l of langs) {
      const { path, confirmed, changed } = await confirm(l, keys);
      console.log(`${l}.yaml: ${confirmed.length} text${confirmed.length === 1 ? '' : 's'} confirmed as translated from today's English (${changed.length} newly) in ${path.slice(ROOT.length + 1)}`);
      for (const k of changed.slice(0, 20)) console.log(`  ${k}`);
      if (changed.length > 20) console.log(`  … and ${changed.length - 20} more`);
    }
  } catch (e) {
    console.error(`translations:confirm: ${e?.message ?? e}`);
    process.exitCode = 1;
  }
}
