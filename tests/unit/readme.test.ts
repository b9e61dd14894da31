/** The README tells a new user and a deploying newsroom what is true of this project. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, RULES } from '../../scripts/deploy-headers.mjs';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('README', () => {
  it('keeps its first two commands', () => {
    const first = /```sh\n([^\n]*)\n([^\n]*)\n/.exec(readme)!;
    expect(first[1]).toMatch(/^npm install && npm run dev {2,}#/);
    expect(first[2]).toMatch(/^npm test {2,}#/);
  });

  it("says which Node versions work, as package.json's engines (enforced by engine-strict)", () => {
    const [, low, high] = /^>=(\d+\.\d+) <(\d+)$/.exec(pkg.engines.node)!;
    expect(readme).toContain(`Node.js ${low} or later, below ${high}`);
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=true$/m);
    expect(readme).toContain('engine-strict');
  });

  it('says a sub-folder works and where the embed and share addresses come from', () => {
    expect(readme).not.toMatch(/deploy the build at the root/i);
    expect(readme).toContain('/graphics/2024/yakhont/');
    expect(readme).toContain('`meta.site_url`');
  });

  it('lists the deploy headers exactly as scripts/deploy-headers.mjs sets them', () => {
    for (const rule of RULES.filter((r) => r.match !== 'rest')) {
      const name = rule.path.slice(1) + (rule.match === 'prefix' ? '*' : '');
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\``));
      expect(row, name).toBeDefined();
      expect(row).toContain(`\`${headersFor(rule.path + (rule.match === 'prefix' ? 'x' : ''))['Cache-Control']}\``);
      expect(row).toContain(rule.headers['Access-Control-Allow-Origin'] ? '| yes |' : '| no |');
    }
    for (const p of ['/', '/embed/', '/map.svg']) {
      expect(readme).toContain(`\`X-Content-Type-Options\` | every file | \`${headersFor(p)['X-Content-Type-Options']}\``);
      expect(readme).toContain(`\`Referrer-Policy\` | every file | \`${headersFor(p)['Referrer-Policy']}\``);
    }
    expect(readme).toContain(`\`${headersFor('/')['Content-Security-Policy']}\``);
    expect(readme).toContain(`\`${headersFor('/embed/')['Content-Security-Policy']}\``);
    expect(readme).toContain('`Permissions-Policy`');
    expect(readme).toContain('`build/_headers`');
    expect(readme).toContain('`deploy/nginx.conf`');
  });

  it('documents the reader events with an example forwarding them', () => {
    expect(readme).toContain("addEventListener('story-step'");
    expect(readme).toContain('detail: { index, id, edition }');
    expect(readme).toContain("onMessage('story-step'");
  });
});
