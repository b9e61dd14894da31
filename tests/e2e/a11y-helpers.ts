/** Helpers shared by the accessibility browser tests (axe, keyboard, motion, print, zoom, no-JS). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { waitForActive } from './browser';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

export { openStory } from './browser';

/** How many steps the page has. */
export const stepCount = (page: Page): Promise<number> => page.$$eval('[data-step]', (els) => els.length);

/** Scroll so step i's middle sits on the trigger line (60% down), and wait for that position. */
export async function scrollToStep(page: Page, i: number, at = 0.5): Promise<void> {
  const y = await page.evaluate(([i, at]) => {
    const el = document.querySelectorAll('[data-step]')[i] as HTMLElement;
    const r = el.getBoundingClientRect();
    const max = document.documentElement.scrollHeight - innerHeight;
    return Math.round(Math.max(0, Math.min(max, scrollY + r.top + r.height * at - innerHeight * 0.6)));
  }, [i, at] as const);
  await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), y);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, y);
}

/** Wait for n animation frames (lets a state render; never used as a timing guess). */
export const frames = (page: Page, n = 2): Promise<void> =>
  page.evaluate((n) => new Promise<void>((done) => {
    const tick = (left: number) => (left ? requestAnimationFrame(() => tick(left - 1)) : done());
    tick(n);
  }), n);

/** Wait until every running animation and transition has reached its end. */
const animationsDone = (page: Page): Promise<unknown> =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));

/** axe-core itself, injected once per document (see axeViolations). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Found = { id: string; help: string; nodes: { target: string[]; summary?: string }[] };

/**
 * axe violations as short readable lines ("rule: target – summary"), empty when clean.
 * axe is injected once per document and asked for violations only: @axe-core/playwright's
 * builder injected it again and serialised every passing node on each scan (2.5–4.6 s a scan
 * against 0.7–1 s, measured on the phone page), and a walk scans at every step.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // Judge the settled state: let any running transition reach its end first.
  await animationsDone(page);
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(AXE_SOURCE);
    // No HTML excerpt of every node judged (outerHTML, 15–25% of a scan): findings name targets.
    await page.evaluate(() => (window as unknown as { axe: { configure(o: object): void } }).axe.configure({ noHtml: true }));
  }
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS };
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary })) }));
  }, runOnly) as Found[];
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} – ${n.summary?.split('\n')[1]?.trim() ?? v.help}`));
}

/** The axe rules whose verdict depends on colours: all a theme changes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** The page's colours (tell which theme is painted). */
const paint = () => [document.documentElement, document.body].map((e) => `${getComputedStyle(e).backgroundColor} ${getComputedStyle(e).color}`).join();
const paper = (page: Page) => page.evaluate(paint);

type Theme = 'light' | 'dark';
const otherTheme = (t: Theme): Theme => (t === 'light' ? 'dark' : 'light');
/** A finding names its theme when that is the dark one ("dark: …"). */
const inTheme = (theme: Theme, lines: string[]) => (theme === 'dark' ? lines.map((l) => `dark: ${l}`) : lines);

/** Switch the reader's preference to `theme` and wait until the page is painted in it. */
async function switchTheme(page: Page, theme: Theme): Promise<void> {
  const before = await paper(page);
  await page.emulateMedia({ colorScheme: theme });
  // The other theme's tokens are painted (the scan must not judge the same theme twice).
  await page.waitForFunction(`(${paint})() !== ${JSON.stringify(before)}`);
}

/**
 * Both themes at one place, starting in the one painted (`from`): every rule, then the colour
 * rules only (the markup is the same in both themes) in the other theme, which stays painted.
 */
async function scanBothThemes(page: Page, from: Theme): Promise<string[]> {
  const all = inTheme(from, await axeViolations(page));
  await switchTheme(page, otherTheme(from));
  return [...all, ...inTheme(otherTheme(from), await axeViolations(page, COLOUR_RULES))];
}

/**
 * Scan in the reader's light theme, then (`dark`) switch the preference to dark, scan again with
 * the colour rules only (the markup is the same in both themes), and switch back.
 */
export async function axeInThemes(page: Page, dark: boolean): Promise<string[]> {
  if (!dark) return axeViolations(page);
  const found = await scanBothThemes(page, 'light');
  await switchTheme(page, 'light');
  return found;
}

/** The document's markup, to tell whether a scroll changed anything axe judges. */
const markup = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/**
 * axe at the top of the page, at every step (scrolled to it and active), and at the end, in the
 * light theme and (`dark`) the dark one: the places with violations, by name ({} when clean).
 * One walk checks both themes at every place, instead of walking the story twice; the themes
 * take turns leading (light then dark at one place, dark then light at the next), so each place
 * costs one switch of the colour scheme, not two. The page is left in the light theme.
 * `activate`: wait for each step to become the active one (the scroll-driven page; an embed
 * opened on its own is stacked, each step with its graphic). Stacked, nothing sticks and only
 * the markup can change as it scrolls: a place whose markup is exactly that of a place already
 * scanned gets that place's verdict instead of a second identical scan (the stacked embed's DOM
 * changes once, at the first step; it scanned the same document ten times).
 * `alsoCheck`: another check at each place of the same walk, in the light theme (its findings
 * listed after axe's).
 */
export async function axeAtEveryStep(
  page: Page,
  { dark = false, activate = true, alsoCheck }: { dark?: boolean; activate?: boolean; alsoCheck?: () => Promise<string[]> } = {}
): Promise<Record<string, string[]>> {
  const verdicts = new Map<string, string[]>();
  let painted: Theme = 'light';
  const toLight = async () => {
    if (painted === 'dark') await switchTheme(page, (painted = 'light'));
  };
  const judge = async () => {
    if (!dark) return axeViolations(page);
    const found = await scanBothThemes(page, painted);
    painted = otherTheme(painted);
    return found;
  };
  // Observers' callbacks (a step reached) land in the frames after a scroll: let them in first.
  const settle = async () => {
    if (!activate) await frames(page);
    await animationsDone(page);
  };
  const axeHere = async () => {
    if (activate) return judge();
    await settle();
    const key = await markup(page);
    if (!verdicts.has(key)) verdicts.set(key, await judge());
    return verdicts.get(key)!;
  };
  // In light, `alsoCheck` runs before the scans (which end in dark); in dark, after them.
  const scan = async () => {
    if (!alsoCheck) return axeHere();
    if (painted === 'dark') {
      const found = await axeHere();
      await toLight();
      return [...found, ...(await alsoCheck())];
    }
    await settle(); // the settled state, as the scans judge
    const also = await alsoCheck();
    return [...(await axeHere()), ...also];
  };
  const found: Record<string, string[]> = { top: await scan() };
  const n = await stepCount(page);
  for (let i = 0; i < n; i++) {
    if (activate) {
      await scrollToStep(page, i);
      await waitForActive(page, i);
    } else await page.locator('[data-step]').nth(i).scrollIntoViewIfNeeded();
    found[`step ${i}`] = await scan();
  }
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  found.end = await scan();
  await toLight();
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v.length));
}

/** Content that sticks out of the viewport sideways, or text cut off by an ancestor's overflow. */
export function lostContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const texts = document.querySelectorAll('h1, h2, h3, p, li, a, time, figcaption, button, summary, dt, dd, td, th');
    for (const el of texts) {
      if (el.closest('.sr-only, html.js .sr-only-js, [aria-hidden="true"] svg, svg')) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.left < -1 || r.right > doc.clientWidth + 1) out.push(`off screen sideways: ${name(el)} (${Math.round(r.left)}–${Math.round(r.right)})`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`text clipped: ${name(el)}`);
      // An ancestor that clips (overflow hidden/clip) must contain the whole text box.
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        if (a.scrollHeight > a.clientHeight + 1 && (s.overflowY === 'hidden' || s.overflowY === 'clip')) {
          const ar = a.getBoundingClientRect();
          if (r.bottom > ar.bottom + 1 || r.top < ar.top - 1) out.push(`text cut by ${name(a)}: ${name(el)}`);
        }
        break;
      }
    }
    return out;
  });
}
