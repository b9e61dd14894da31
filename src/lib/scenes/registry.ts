/**
 * Scene id (as named in story.yaml) → the component that draws it. The deal and range steps
 * share one MapScene, so the map stays mounted and pans/zooms continuously between them.
 */
import type { Component } from 'svelte';
import type { SceneId } from '$lib/data/schema';
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
