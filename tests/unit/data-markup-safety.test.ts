/**
 * Editor copy can never inject markup: HTML is rejected by the check with a clear message
 * (and would only ever be shown as text), unsafe links are refused, nothing is executed.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '$lib/data/problems';
import { MarkupError, parseInline, renderCopy, plainText } from '$lib/text/markup';
import { edit, localeText } from '../helpers/story-file';
import { localeErrors as errorsFor } from '../helpers/locale-check';

const INTRO = 'On 24 September 2024 **Reuters** reported';
const storyText = localeText;

describe('hostile copy in a locale file', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>', /contains HTML/],
    ['an image with onerror', '<img src=x onerror=alert(1)>', /contains HTML/],
    ['an svg with onload', '<svg onload=alert(1)>', /contains HTML/],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /contains HTML/],
    ['an HTML comment', 'before <!-- hidden --> after', /contains HTML/],
    ['a bold tag an editor might paste', '<b>Reuters</b>', /use \*\*bold\*\*/],
    ['a javascript: link', '[Reuters](javascript:alert(1))', /link "javascript:alert\(1" is not allowed/],
    ['a mixed-case JaVaScRiPt: link', '[Reuters](JaVaScRiPt:alert(1))', /is not allowed/],
    ['a data: link', '[Reuters](data:text/html,<b>x</b>)', /not allowed|contains HTML/],
    ['a vbscript: link', '[Reuters](vbscript:msgbox(1))', /is not allowed/],
    ['a protocol-relative link', '[Reuters](//evil.example/x)', /is not allowed/],
    ['a link that tries to break out of its attribute', '[Reuters](https://ok.example/"onmouseover="alert(1))', /is not allowed/]
  ])('rejects %s, naming the key and line', (_, bad, message) => {
    const text = edit(storyText(), INTRO, `On 24 September 2024 ${bad} reported`);
    const hit = errorsFor(text).find((p) => p.path === 'intro[0]');
    expect(hit, errorsFor(text).map((p) => formatProblem(p)).join('\n')).toBeDefined();
    expect(formatProblem(hit!)).toMatch(message);
    expect(hit!.line).toBe(text.split('\n').findIndex((l) => l.includes('On 24 September 2024')) + 1);
  });

  it('rejects HTML in a figure that copy pulls in by placeholder', () => {
    const text = edit(storyText(), 'name: P-800 Yakhont', 'name: P-800 <img src=x onerror=alert(1)>');
    expect(errorsFor(text).map((p) => p.path)).toContain('missile.name');
  });

  it('rejects a javascript: link hidden in a name that copy cites, where it is typed', () => {
    const text = edit(storyText(), 'name: P-800 Yakhont', 'name: "[P-800](javascript:alert(1))"');
    expect(errorsFor(text).some((p) => p.path === 'missile.name' && /not allowed/.test(p.message))).toBe(true);
  });

  it('accepts plain text that merely mentions the characters', () => {
    const text = edit(storyText(), INTRO, 'On 24 September 2024 (a < b, 3 > 2, javascript: is a word) **Reuters** reported');
    expect(errorsFor(text)).toEqual([]);
  });
});

describe('the renderer, for anything that got past the check', () => {
  it('keeps HTML as text tokens: there is no token type that could carry markup', () => {
    const tokens = renderCopy('<script>alert(1)</script> <img src=x onerror=alert(1)>', {});
    expect(tokens).toEqual([{ t: 'text', v: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }]);
  });

  it('never produces a link to anything but https, http or mailto', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'https://ok.example/"x']) {
      expect(() => parseInline(`[a](${href})`)).toThrow(MarkupError);
    }
    const [link] = parseInline('[a](https://ok.example/page)');
    expect(link).toEqual({ t: 'link', href: 'https://ok.example/page', c: [{ t: 'text', v: 'a' }] });
    expect(plainText(parseInline('**<b>x</b>**'))).toBe('<b>x</b>');
  });
});
