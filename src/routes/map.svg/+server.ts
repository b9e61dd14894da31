import { buildBasemap } from '$lib/server/basemap';

// Prerendered to build/map.svg: the coastline sprite every map scene references.
export const prerender = true;

export function GET(): Response {
  return new Response(buildBasemap(), {
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' }
  });
}
