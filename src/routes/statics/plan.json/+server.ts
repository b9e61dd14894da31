import { json } from '@sveltejs/kit';
import { staticsPlanFile } from '$lib/server/statics';

// Prerendered to build/statics/plan.json. Every edition's statics (file names, sizes, alt text, render page): what `npm run statics` renders.
export const prerender = true;

export const GET = () => json(staticsPlanFile());
