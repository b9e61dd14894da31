import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR / KIT_OUT let several builds run side by side (parallel work, the bench);
// the default is the usual build/ and .svelte-kit/.
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every route is prerendered; a bad story.yaml fails prerendering, so the build stops.
    adapter: adapter({ pages: out, assets: out, fallback: undefined, precompress: true, strict: true }),
    prerender: {
      handleHttpError: 'fail',
      handleMissingId: ({ path, id, message }) => {
        // The embed's maps point at the sprite's symbols (src/lib/server/basemap.ts), which its
        // script puts in the document (src/lib/embed/sprite.ts): not missing there.
        if (path.endsWith('/embed/') && /^(land|borders)-(region|detail)$|^(iran|yemen)$/.test(id)) return;
        throw new Error(message);
      }
    },
    outDir: process.env.KIT_OUT || '.svelte-kit',
    output: { bundleStrategy: 'single' },
    inlineStyleThreshold: 4096
  }
};

export default config;
