/** Rich.svelte, the path every line of editor copy takes to the page: hostile text stays text. */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Rich from '$lib/components/Rich.svelte';
import { parseInline, renderCopy } from '$lib/text/markup';

type Flags = { __scriptRan?: boolean; __onerrorRan?: boolean };

describe('Rich.svelte with hostile copy', () => {
  it('shows <script> and <img onerror> as characters and runs nothing', async () => {
    const w = window as unknown as Flags;
    const copy = 'A <script>window.__scriptRan = true</script> and <img src="x" onerror="window.__onerrorRan = true"> end';
    const { container } = render(Rich, { tokens: renderCopy(copy, {}) });
    await new Promise((r) => setTimeout(r, 50));
    expect(container.querySelector('script, img, iframe, svg')).toBeNull();
    expect(container.textContent).toBe(copy);
    expect(w.__scriptRan).toBeUndefined();
    expect(w.__onerrorRan).toBeUndefined();
  });

  it('renders story markup as elements, and links only to safe addresses', () => {
    const { container } = render(Rich, {
      tokens: parseInline('**bold <i>x</i>** *it* [Reuters](https://www.reuters.com/world/) [mail](mailto:desk@example.org)')
    });
    expect(container.querySelector('strong')?.textContent).toBe('bold <i>x</i>');
    expect(container.querySelector('strong i')).toBeNull();
    expect(container.querySelector('em')?.textContent).toBe('it');
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.reuters.com/world/', 'mailto:desk@example.org']);
    for (const a of links) {
      expect(a.getAttribute('rel')).toContain('noopener');
      expect([...a.attributes].map((x) => x.name).sort()).toEqual(['href', 'rel', 'target']);
    }
  });

  it('cannot be handed a javascript: link: the parser refuses to make one', () => {
    expect(() => parseInline('[click](javascript:window.__scriptRan=true)')).toThrow(/not allowed/);
  });
});
