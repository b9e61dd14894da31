// Browser tests need a Chromium on the machine (never a downloaded one), and the font tests the
// local fallback fonts the CSS names (Liberation, metric-matched to readers' Times and Arial).
// Like `playwright install --with-deps`: install Debian's packages when we are root, else say how.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync, execSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The browser readers have: Debian's Chromium (the font metric tests, the bench, the screenshots). */
export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * The browser the rest of the browser tests drive: Debian's chromium-headless-shell, the same
 * Chromium build (same Blink) without the desktop browser around it. Measured here on the keyboard
 * tests alone: 34 CPU-s against 64 for /usr/bin/chromium, whose browser and GPU processes spent
 * more than its pages (new headless runs the whole desktop browser). $CHROME_PATH, when set, is
 * used for every test; without the shell, the full Chromium runs them.
 */
export const SHELL_PATH = '/usr/lib/chromium/chromium-headless-shell';
export const testBrowserPath = () => process.env.CHROME_PATH || (existsSync(SHELL_PATH) ? SHELL_PATH : chromePath());

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
      console.error(`No Chromium at ${chromePath()}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium chromium-headless-shell fonts-liberation\nor set CHROME_PATH to an installed Chromium or Chrome.`);
      process.exit(1);
    }
    console.log('Installing Debian chromium for the browser tests…');
    apt('chromium chromium-headless-shell fonts-dejavu-core fonts-liberation');
  } else if (!process.env.CHROME_PATH && !existsSync(SHELL_PATH)) {
    // Optional: without it the full Chromium runs every test, about twice the CPU.
    if (!isRoot) console.error('chromium-headless-shell is not installed: the browser tests use the full Chromium (slower). Install it with:\n  sudo apt-get install -y chromium-headless-shell');
    else {
      console.log('Installing Debian chromium-headless-shell for the browser tests…');
      try {
        apt('chromium-headless-shell');
      } catch {
        console.error('chromium-headless-shell install failed: the browser tests use the full Chromium (slower).');
      }
    }
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
