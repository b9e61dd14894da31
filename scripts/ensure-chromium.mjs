// Browser tests need a Chromium on the machine (never a downloaded one). Like
// `playwright install --with-deps`: install Debian's package when we are root, else say how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(chromePath())) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`No Chromium at ${chromePath()}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\nor set CHROME_PATH to an installed Chromium or Chrome.`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-liberation', { stdio: 'inherit' });
}
