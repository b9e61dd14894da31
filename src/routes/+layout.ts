// Every route is a static file: the story is built, never served live.
export const prerender = true;
export const trailingSlash = 'always';
