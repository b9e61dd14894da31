import type { Source } from '$lib/data/schema';

/** A source's display name from its id in story.yaml's sources (the id itself if none matches). */
export function sourceName(sources: readonly Pick<Source, 'id' | 'name'>[], id: string): string {
  return sources.find((s) => s.id === id)?.name ?? id;
}
