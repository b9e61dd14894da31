/**
 * Hydration starts in a task of its own, after the one that evaluated the bundle: the two together
 * were the load's longest task (traced on a phone profile), and a long task is what Lighthouse's
 * blocking time counts. SvelteKit awaits `init` before it hydrates.
 */
import { nextTask } from '$lib/scenes/idle';

export const init = (): Promise<void> => nextTask();
