/** Scene id (as named in story.yaml) → the component that draws it. */
import type { Component } from 'svelte';
import type { SceneId } from '$lib/data/schema';
import type { SceneProps } from './types';
import RangeScene from './RangeScene.svelte';
import KeyFigure from './KeyFigure.svelte';

export const SCENE_COMPONENTS: Record<SceneId, Component<SceneProps>> = {
  deal: KeyFigure,
  weapon: KeyFigure,
  range: RangeScene,
  speed: KeyFigure,
  attacks: KeyFigure,
  stakes: KeyFigure
};
