/**
 * Regenerates curriculum/roadmap.json from curriculum/seed-roadmap.md through the Markdown importer
 * and curriculum/seed-overlay.json. `--check` writes nothing and exits 1 when the file has drifted.
 * Usage: npm run curriculum [-- --check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importRoadmapMarkdown } from '../src/shared/import/import-roadmap';
import { curriculumFromSeed, serializeCurriculum } from '../src/shared/import/seed-curriculum';

const at = (name: string) => fileURLToPath(new URL(`../curriculum/${name}`, import.meta.url));
const imported = importRoadmapMarkdown(readFileSync(at('seed-roadmap.md'), 'utf8'));
if (!imported.ok) {
  console.error(`curriculum/seed-roadmap.md: ${imported.error.message}`);
  process.exit(1);
}
const text = serializeCurriculum(curriculumFromSeed(imported.roadmap, JSON.parse(readFileSync(at('seed-overlay.json'), 'utf8'))));
const current = readFileSync(at('roadmap.json'), 'utf8');
if (process.argv.includes('--check')) {
  if (text !== current) {
    console.error('curriculum/roadmap.json differs from the seed: run `npm run curriculum`.');
    process.exit(1);
  }
  console.log('curriculum/roadmap.json matches the seed.');
} else if (text === current) {
  console.log('curriculum/roadmap.json is up to date.');
} else {
  writeFileSync(at('roadmap.json'), text);
  console.log('curriculum/roadmap.json regenerated from the seed.');
}
