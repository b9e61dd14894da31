import { readdirSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR / KIT_OUT let several builds run side by side (parallel work, the bench);
// the default is the usual build/ and .svelte-kit/.
const out = process.env.BUILD_DIR || 'build';

// Editions other than the root one (en.yaml) live under /<lang>/, one per locale file. With none,
// the [lang] routes have nothing to prerender, and only then is that not an error.
// scripts/build.mjs names the editions it leaves out (their locale files have errors) in STORY_HELD_BACK.
const heldBack = (process.env.STORY_HELD_BACK ?? '').split(',').filter(Boolean);
const otherEditions = readdirSync('src/lib/data/locales').filter((f) => f.endsWith('.yaml') && f !== 'en.yaml' && !heldBack.includes(f.replace(/\.yaml$/, '')));
/** @type {import('@sveltejs/kit').PrerenderUnseenRoutesHandler} */
const handleUnseenRoutes = ({ routes, message }) => {
  if (otherEditions.length === 0 && routes.every((r) => r.startsWith('/[lang]'))) return;
  throw new Error(message);
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every route is prerendered; a bad story.yaml fails prerendering, so the build stops.
    // No precompress: scripts/build.mjs writes the .br/.gz copies once the pages have their CSP.
    adapter: adapter({ pages: out, assets: out, fallback: undefined, precompress: false, strict: true }),
    prerender: {
      // The statics (build/statics/<edition>/…: images, PDFs, the zip) are made after the build, by
      // `npm run statics`: the desk, step and embed-code pages name them before they exist.
      handleHttpError: ({ path, message }) => {
        if (/\/statics\/[^/]+\/[^/]+\.(png|pdf|zip)$/.test(path)) return;
        throw new Error(message);
      },
      handleMissingId: ({ path, id, message }) => {
        // The embed's maps point at the sprite's symbols (src/lib/server/basemap.ts), which its
        // script puts in the document (src/lib/embed/sprite.ts): not missing there.
        if (path.endsWith('/embed/') && /^(land|borders)-(region|detail)$|^(iran|yemen)$/.test(id)) return;
        throw new Error(message);
      },
      handleUnseenRoutes
    },
    outDir: process.env.KIT_OUT || '.svelte-kit',
    // One bundle per route, not one for the site: the statics' render page, the desk and embed-code
    // pages ship none of their code to the story's readers (with 'single' every page's components were
    // in the story's JS: 66.1 KB gzip against 62.1 KB split, /ar/, bench 3 runs each; its phone scroll
    // measured no worse: TBT 256 against 685 ms, long tasks 0 against 1, slow frames 2.1 against 4.2 %).
    output: { bundleStrategy: 'split' },
    inlineStyleThreshold: 4096
  }
};

export default config;
