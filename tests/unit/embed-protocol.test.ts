import { describe, expect, it } from 'vitest';
import {
  clampHeight,
  HEIGHT_MAX,
  HEIGHT_MIN,
  heightMessages,
  NS,
  parentOrigin,
  parseChildMessage,
  parseParentMessage,
  parsePymViewport,
  parseTheme,
  THEMES,
  pymChildId,
  pymMessage,
  toViewport,
  VERSION
} from '$lib/embed/protocol';

// pym.js 1.3.2 builds messages as ['pym', id, type, message].join('xPYMx') (its _makeMessage).
const pym = (id: string, type: string, message?: string) => ['pym', id, type, message].join('xPYMx');

describe('height', () => {
  it('clamps to 100–30000 px and rounds up', () => {
    expect(clampHeight(1234.2)).toBe(1235);
    expect(clampHeight(0)).toBe(HEIGHT_MIN);
    expect(clampHeight(40_000)).toBe(HEIGHT_MAX);
    expect(clampHeight('2048')).toBe(2048);
  });

  it('drops NaN, negative, infinite, absurd and non-numeric heights', () => {
    for (const bad of [NaN, -5, -Infinity, Infinity, 1e9, '12px', '<script>alert(1)</script>', '1e3', null, undefined, {}, [500], true]) {
      expect(clampHeight(bad)).toBeNull();
    }
  });

  it('is posted in every host format: pym string, AMP/frames, Datawrapper and our own', () => {
    const [p, amp, dw, ours] = heightMessages(812.4, 'story-embed', 'example.org/embed/');
    expect(p).toBe(pym('story-embed', 'height', '813'));
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 813 });
    expect(dw).toEqual({ 'datawrapper-height': { 'example.org/embed/': 813 } });
    expect(ours).toEqual({ ns: NS, v: VERSION, type: 'height', height: 813 });
  });

  it('leaves the pym string out without a pym child id', () => {
    const msgs = heightMessages(500, null, 'k');
    expect(msgs).toHaveLength(3);
    expect(msgs.some((m) => typeof m === 'string')).toBe(false);
  });
});

describe('pym child id', () => {
  it('comes from the childId query parameter pym adds', () => {
    expect(pymChildId('?initialWidth=390&childId=story-embed&parentTitle=x')).toBe('story-embed');
    expect(pymChildId('?initialWidth=390')).toBeNull();
  });
  it('rejects ids that could confuse the message framing', () => {
    expect(pymChildId('?childId=axPYMxb')).toBeNull();
    expect(pymChildId('?childId=' + encodeURIComponent('a b'))).toBeNull();
    expect(pymChildId('?childId=' + 'x'.repeat(200))).toBeNull();
  });
  it('frames our own requests as pym does', () => {
    expect(pymMessage('p1', 'parentPositionInfo')).toBe('pymxPYMxp1xPYMxparentPositionInfoxPYMx');
  });
});

describe('viewport from the parent', () => {
  it("parses pym's viewport-iframe-position payload (vw vh top left bottom right)", () => {
    expect(parsePymViewport('390 844 -1200.5 0 3400.25 390')).toEqual({ vw: 390, vh: 844, top: -1200.5, bottom: 3400.25 });
  });

  it('accepts pym viewport and width messages for this child only', () => {
    expect(parseParentMessage(pym('c1', 'viewport-iframe-position', '1280 800 120 0 5000 1280'), 'c1')).toEqual({
      kind: 'viewport',
      viewport: { vw: 1280, vh: 800, top: 120, bottom: 5000 }
    });
    expect(parseParentMessage(pym('c1', 'width', '390'), 'c1')).toEqual({ kind: 'hello' });
    expect(parseParentMessage(pym('other', 'viewport-iframe-position', '1280 800 120 0 5000 1280'), 'c1')).toBeNull();
    expect(parseParentMessage(pym('c1', 'viewport-iframe-position', '1280 800 120 0 5000 1280'), null)).toBeNull();
  });

  it('accepts our own viewport and hello, and frames-init as a hello', () => {
    expect(parseParentMessage({ ns: NS, v: VERSION, type: 'viewport', vw: 390, vh: 844, top: -10, bottom: 9000 }, null)).toEqual({
      kind: 'viewport',
      viewport: { vw: 390, vh: 844, top: -10, bottom: 9000 }
    });
    expect(parseParentMessage({ ns: NS, v: VERSION, type: 'hello' }, null)).toEqual({ kind: 'hello' });
    expect(parseParentMessage({ sentinel: 'amp', type: 'frames-init' }, null)).toEqual({ kind: 'hello' });
  });

  it('rejects unknown types, other versions and bad numbers', () => {
    const bad: unknown[] = [
      { ns: NS, v: 2, type: 'viewport', vw: 390, vh: 844, top: 0, bottom: 10 },
      { ns: NS, v: VERSION, type: 'eval', code: 'alert(1)' },
      { ns: NS, v: VERSION, type: 'viewport', vw: 390, vh: NaN, top: 0, bottom: 10 },
      { ns: NS, v: VERSION, type: 'viewport', vw: 390, vh: 844, top: 0, bottom: -10 },
      { ns: NS, v: VERSION, type: 'viewport', vw: 390, vh: 844, top: -1e12, bottom: 10 },
      { ns: NS, v: VERSION, type: 'viewport', vw: '390', vh: 844, top: 0, bottom: 10 },
      { sentinel: 'amp', type: 'embed-size', height: 5 },
      pym('c1', 'viewport-iframe-position', '390 844 <img src=x onerror=alert(1)> 0 10 390'),
      pym('c1', 'viewport-iframe-position', '390 844 NaN 0 10 390'),
      pym('c1', 'width', '<script>'),
      pym('c1', 'navigateTo', 'javascript:alert(1)'),
      'pymxPYMxc1xPYMxviewport-iframe-position',
      '<script>alert(1)</script>',
      null,
      42
    ];
    for (const data of bad) expect(parseParentMessage(data, 'c1')).toBeNull();
  });

  it('validates viewports', () => {
    expect(toViewport(390, 844, 0, 0)).toEqual({ vw: 390, vh: 844, top: 0, bottom: 0 });
    expect(toViewport(0, 844, 0, 10)).toBeNull();
    expect(toViewport(390, Infinity, 0, 10)).toBeNull();
  });
});

describe('theme from the host', () => {
  const theme = (t: unknown) => ({ ns: NS, v: VERSION, type: 'theme', theme: t });

  it('accepts auto, light and dark, from an attribute, a query parameter or our message', () => {
    expect(THEMES).toEqual(['auto', 'light', 'dark']);
    for (const t of THEMES) {
      expect(parseTheme(t)).toBe(t);
      expect(parseParentMessage(theme(t), null)).toEqual({ kind: 'theme', theme: t });
    }
  });

  it('rejects anything else: other words, other cases, padding, non-strings, other versions', () => {
    for (const bad of ['Dark', ' dark', 'dark ', 'sepia', '', 'light dark', null, undefined, 1, {}, ['dark'], { toString: () => 'dark' }])
      expect(parseTheme(bad), String(bad)).toBeNull();
    expect(parseParentMessage(theme('purple'), null)).toBeNull();
    expect(parseParentMessage(theme('<style>'), null)).toBeNull();
    expect(parseParentMessage({ ...theme('dark'), v: VERSION + 1 }, null)).toBeNull();
    expect(parseParentMessage({ ...theme('dark'), ns: 'other' }, null)).toBeNull();
    // A pym-framed string never carries a theme.
    expect(parseParentMessage(pym('story-embed', 'theme', 'dark'), 'story-embed')).toBeNull();
  });
});

describe('messages from the child (read by the snippet)', () => {
  it('accepts our height (clamped) and ask', () => {
    expect(parseChildMessage({ ns: NS, v: VERSION, type: 'height', height: 50 })).toEqual({ kind: 'height', height: HEIGHT_MIN });
    expect(parseChildMessage({ ns: NS, v: VERSION, type: 'height', height: 31_000 })).toEqual({ kind: 'height', height: HEIGHT_MAX });
    expect(parseChildMessage({ ns: NS, v: VERSION, type: 'ask' })).toEqual({ kind: 'ask' });
  });
  it('rejects hostile heights and unknown messages', () => {
    for (const height of [NaN, -1, 1e9, '900', '<script>alert(1)</script>', null]) {
      expect(parseChildMessage({ ns: NS, v: VERSION, type: 'height', height })).toBeNull();
    }
    expect(parseChildMessage({ ns: NS, v: VERSION, type: 'navigate', url: 'javascript:alert(1)' })).toBeNull();
    expect(parseChildMessage({ sentinel: 'amp', type: 'embed-size', height: 500 })).toBeNull();
    expect(parseChildMessage(pym('x', 'height', '500'))).toBeNull();
  });
});

describe('parent origin', () => {
  it('prefers ancestorOrigins, then the referrer, else unknown', () => {
    expect(parentOrigin(['http://localhost:5000'], 'http://other.test/a')).toBe('http://localhost:5000');
    expect(parentOrigin(undefined, 'http://localhost:5000/article?x=1')).toBe('http://localhost:5000');
    expect(parentOrigin(['null'], '')).toBeNull();
    expect(parentOrigin([], 'not a url')).toBeNull();
  });
});
