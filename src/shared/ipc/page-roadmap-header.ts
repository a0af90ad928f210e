/**
 * Request header of browser mode's `POST /api/<channel>`: the roadmap the calling page booted on (a
 * RoadmapIdSchema id; see page-roadmap.ts). In a file of its own, free of zod: the renderer's entry
 * (http-api.ts) sends it, and the entry stays a few kB that load before anything else.
 */
export const PAGE_ROADMAP_HEADER = 'x-prep-planner-roadmap';
