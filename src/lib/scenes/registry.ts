/**
 * Scene id (as named in story.yaml) → the component that draws it. The deal and range steps
 * share one MapScene, so the map stays mounted and pans/zooms continuously between them.
 */
import type { Component } from 'svelte';
import type { SceneId } from '$lib/data/schema';
import type { StepView } from '$lib/types';
import type { SceneProps } from './types';
import MapScene from './MapScene.svelte';
import WeaponScene from './WeaponScene.svelte';
import SpeedScene from './SpeedScene.svelte';
import AttacksScene from './AttacksScene.svelte';
import StakesScene from './StakesScene.svelte';

export const SCENE_COMPONENTS: Record<SceneId, Component<SceneProps>> = {
  deal: MapScene,
  weapon: WeaponScene,
  range: MapScene,
  speed: SpeedScene,
  attacks: AttacksScene,
  stakes: StakesScene
};

/**
 * Graphics made of HTML text (the race, the shipping bars, the tally): drawn inline, their frame grows
 * with the text instead of keeping the pictures' 4:3 (a11y.css, `.text-scene`). A class, fixed per
 * step, rather than a selector on `data-scene`: that attribute moves between layers at every step
 * change, and a style rule reading it made the browser restyle both layers' whole drawings.
 */
export const growsWithText = (step: Pick<StepView, 'scene' | 'state'>): boolean =>
  step.scene === 'speed' || step.scene === 'stakes' || step.state === 'count';
