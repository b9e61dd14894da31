import { shareImageResponse } from '$lib/server/files';
import { editionLangs, ROOT_LANG } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => editionLangs().filter((l) => l !== ROOT_LANG).map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => shareImageResponse(params.lang);
