/**
 * The newsroom's look in story.yaml (theme.accent, theme.font_text, theme.font_labels): what the check
 * accepts and refuses, in the located format editors read, and the stylesheet it becomes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateStoryText } from '$lib/data/validate';
import { formatProblem } from '$lib/data/problems';
import { contrast } from '$lib/theme/contrast';
import { accentShortfalls, formatRatio } from '$lib/theme/accent';
import { themeCss, themeValues } from '$lib/theme/theme-css';
import { THEME_NAMES } from '$lib/theme/tokens';
import { edit, storyText, TODAY } from '../helpers/story-file';
import { LOCATED } from '../helpers/story-mistakes';

const ACCENT_LINE = 'accent: "#d4461f"';
/** Where the accent is in the file: the messages point there (line, and column 3 under theme:). */
const LINE = storyText().split('\n').findIndex((l) => l.includes(ACCENT_LINE)) + 1;
const withAccent = (a: string) => edit(storyText(), ACCENT_LINE, `accent: ${a}`);
const withFonts = (text: string, labels: string) =>
  edit(storyText(), '  # font_text:', `  font_text: ${text}\n  font_labels: ${labels}\n  # font_text:`);
const errors = (text: string) =>
  validateStoryText(text, TODAY)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => formatProblem(p));

const dir = mkdtempSync(join(tmpdir(), 'check-theme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('theme.accent', () => {
  it('is set in the real file and passes', () => {
    expect(storyText()).toContain(ACCENT_LINE);
    expect(errors(storyText())).toEqual([]);
  });

  it("is refused when faint on the light theme's background, with the key and the measured ratio", () => {
    const [line, ...rest] = errors(withAccent('"#f5c518"'));
    expect(rest).toEqual([]);
    const paper = themeValues('light').paper;
    const ratio = formatRatio(contrast('#f5c518', paper));
    expect(line).toMatch(LOCATED);
    expect(line).toBe(
      `story.yaml:${LINE}:3  theme.accent  stands out too little from the light theme's background (${paper}): ${ratio}  (expected a contrast of 3:1 or more against the light and the dark theme, got ${ratio} for #f5c518)`
    );
  });

  it("is a warning, not an error, when it is faint only on a map's sea or land", () => {
    const v = validateStoryText(withAccent('"#c0392b"'), TODAY);
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const warnings = v.problems.filter((p) => p.path === 'theme.accent').map((p) => formatProblem(p));
    const land = themeValues('dark').land;
    expect(warnings).toEqual([
      `story.yaml:${LINE}:3  theme.accent  warning: stands out too little from the dark theme's land (${land}): ${formatRatio(contrast('#c0392b', land))}; the range rings over it will be faint  (expected 3:1 or more against the land too, got ${formatRatio(contrast('#c0392b', land))} for #c0392b)`
    ]);
  });

  it('is refused when faint on the dark theme (a navy that reads on light paper)', () => {
    expect(contrast('#1f2a6b', themeValues('light').paper)).toBeGreaterThan(3);
    const found = errors(withAccent('"#1f2a6b"'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^story\\.yaml:${LINE}:3 {2}theme\\.accent {2}stands out too little from the dark theme's background \\(#[0-9a-f]{6}\\): [12]\\.\\d\\d:1 `));
  });

  it('must be a quoted #rrggbb colour', () => {
    expect(errors(withAccent('"red"'))[0]).toMatch(/theme\.accent {2}must be a colour written "#rrggbb" in quotes/);
    expect(errors(withAccent('"#d44"'))[0]).toMatch(/theme\.accent {2}must be a colour/);
    // Unquoted, the # starts a YAML comment and the value is empty.
    expect(errors(withAccent('#d4461f'))[0]).toMatch(new RegExp(`^story\\.yaml:${LINE}:3 {2}theme\\.accent {2}`));
  });

  it('is reported by npm run check:data, which exits 1', () => {
    const file = join(dir, 'story.yaml');
    writeFileSync(file, withAccent('"#f5c518"'));
    const r = spawnSync(process.execPath, ['scripts/check-data.mjs', file], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain(`story.yaml:${LINE}:3  theme.accent  stands out too little from the light theme's background (#faf8f4): 1.`);
  }, 30_000);

  it('keeps every text and mark readable when it passes: text in its hue is derived to 4.5:1', () => {
    // A spread of hues the check lets through, in both themes.
    const passing = ['#d4461f', '#c0392b', '#1e88e5', '#2e8b57', '#8e44ad', '#d35400', '#e91e63', '#00897b'].filter(
      (a) => accentShortfalls(a).length === 0
    );
    expect(passing.length).toBeGreaterThanOrEqual(5);
    for (const accent of passing)
      for (const theme of THEME_NAMES) {
        const v = themeValues(theme, { accent });
        expect(v.alert).toBe(accent);
        expect(contrast(v['alert-ink'], v.paper), `${accent} ${theme}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(v['alert-ink'], v.card, v.paper), `${accent} ${theme} card`).toBeGreaterThanOrEqual(4.5);
        for (const s of ['paper', 'sea', 'land'] as const) expect(contrast(accent, v[s])).toBeGreaterThanOrEqual(3);
      }
  });
});

describe('theme fonts', () => {
  it('accepts font stacks, quoted names with digits included', () => {
    expect(errors(withFonts(`"'Georgia Pro', Georgia, serif"`, `"'Source Sans 3', Helvetica Neue, Arial, sans-serif"`))).toEqual([]);
  });

  it('refuses anything that could reach past the CSS value', () => {
    for (const bad of ['"Georgia; } body { display: none"', '"Georgia</style><script>"', `"url(x)"`, `"Source Serif 4"`, `"'Georgia"`]) {
      const found = errors(withFonts(bad, 'Arial'));
      expect(found, bad).toHaveLength(1);
      expect(found[0]).toMatch(/theme\.font_text {2}must be font names separated by commas/);
    }
  });

  it('become --serif and --sans, and the accent --alert, in the stylesheet', () => {
    const css = themeCss({ accent: '#1e88e5', fontText: "'Georgia Pro', serif", fontLabels: 'Arial, sans-serif' });
    expect(css).toContain("--serif:'Georgia Pro', serif;");
    expect(css).toContain('--sans:Arial, sans-serif;');
    expect(css.match(/--alert:#1e88e5;/g)).toHaveLength(3);
    // Without a choice, the design's own stacks and tokens.
    expect(themeCss()).toContain("--serif:'Source Serif 4'");
    expect(themeCss()).toContain(`--alert:${themeValues('dark').alert};`);
  });
});

describe('the theme stylesheet', () => {
  it('refuses a value that could close the inline style, even past the schema', () => {
    for (const bad of ['Georgia;}</style><script>', 'Arial} body{', 'a\\3c'])
      expect(() => themeCss({ fontText: bad }), bad).toThrow(/not a CSS value/);
  });

  const css = themeCss();
  it('is light on :root, dark for a dark preference unless data-theme=light, and for data-theme=dark', () => {
    expect(css).toMatch(/^:root\{color-scheme:light;--paper:#faf8f4;/);
    expect(css).toContain('@media screen and (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;--paper:');
    expect(css).toContain('@media screen{:root[data-theme=dark]{color-scheme:dark;--paper:');
  });
  it('leaves print light: every dark block is for screens', () => {
    const blocks = css.split('@media').slice(1);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) expect(b.trimStart()).toMatch(/^screen/);
  });
});
