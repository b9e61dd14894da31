// Browser tests need a Chromium on the machine (never a downloaded one), and the font tests the
// local fallback fonts the CSS names (Liberation, metric-matched to readers' Times and Arial).
// Like `playwright install --with-deps`: install Debian's packages when we are root, else say how.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync, execSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

/** The families tests/e2e/fonts.test.ts loads through src/app.css's local() fallbacks (Debian: fonts-liberation). */
export const FALLBACK_FONTS = ['Liberation Serif', 'Liberation Sans'];

/** The fallback families absent from `fc-list : family` output (one family list per line). */
export function missingFonts(fcList) {
  const families = new Set(fcList.split('\n').flatMap((line) => line.split(',').map((f) => f.trim())));
  return FALLBACK_FONTS.filter((f) => !families.has(f));
}

/** What fontconfig lists; without fc-list, the font files in the usual folders stand in for it. */
function installedFamilies() {
  try {
    // The whole output is read before it is searched (a reader that stops early can break the pipe).
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    const files = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : []);
    const names = ['/usr/share/fonts', '/usr/local/share/fonts', join(process.env.HOME ?? '/root', '.fonts')].flatMap(files);
    return FALLBACK_FONTS.filter((f) => names.some((n) => n.includes(`${f.replace(' ', '')}-Regular`))).join('\n');
  }
}

function main() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = (packages) => execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });

  if (!existsSync(chromePath())) {
    if (!isRoot) {
      console.error(`No Chromium at ${chromePath()}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium fonts-liberation\nor set CHROME_PATH to an installed Chromium or Chrome.`);
      process.exit(1);
    }
    console.log('Installing Debian chromium for the browser tests…');
    apt('chromium fonts-dejavu-core fonts-liberation');
  }

  const missing = missingFonts(installedFamilies());
  if (missing.length) {
    if (!isRoot) {
      // The other tests can still run: only the font fallback tests need these.
      console.error(`Fonts missing: ${missing.join(', ')} (the font fallback tests will fail). Install them with:\n  sudo apt-get update && sudo apt-get install -y fonts-liberation`);
      return;
    }
    console.log(`Installing fonts-liberation (${missing.join(', ')}) for the font fallback tests…`);
    try {
      apt('fonts-liberation');
    } catch {
      console.error('fonts-liberation install failed: the font fallback tests will fail.');
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
