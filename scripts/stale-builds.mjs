// A build killed midway (Ctrl-C, a CI timeout, an out-of-memory kill) leaves its
// `<out>.partial-<pid>` directory behind, and, if killed during the swap, `<out>.previous-<pid>`
// (the last good build, moved aside). The next build calls this: directories of builds whose
// process is gone are removed; a last good build left aside while <out> is missing is put back.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Is process `pid` running? (signal 0 checks without sending anything; EPERM: alive, not ours.)
 * @param {number} pid
 */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
  }
}

/**
 * Clean up after killed builds of `out` (an absolute path); returns the directories removed
 * and the one restored, for the build's log.
 * @param {string} out
 * @param {(pid: number) => boolean} [alive]
 * @returns {{ removed: string[], restored: string | null }}
 */
export function removeStaleBuilds(out, alive = isAlive) {
  const parent = dirname(out);
  const name = basename(out);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(partial|previous)-(\\d+)$`);
  /** @type {string[]} */
  const removed = [];
  /** @type {string | null} */
  let restored = null;
  if (!existsSync(parent)) return { removed, restored };
  const stale = readdirSync(parent)
    .map((entry) => ({ entry, m: pattern.exec(entry) }))
    .filter(({ m }) => m && Number(m[2]) !== process.pid && !alive(Number(m[2])));
  for (const { entry, m } of stale) {
    const path = join(parent, entry);
    if (m?.[1] === 'previous' && !existsSync(out) && !restored) {
      renameSync(path, out);
      restored = path;
    } else {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    }
  }
  return { removed, restored };
}
