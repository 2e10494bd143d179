import type { FubeContent } from './schema.js';

/**
 * The text the catalogue search indexes: title, purpose, result areas (with activities)
 * and the specific knowledge, one part per line. Stemming is the store's concern.
 */
export function searchText(fube: FubeContent): string {
  const parts = [
    fube.title,
    fube.purpose.what,
    fube.purpose.goal,
    ...fube.resultAreas.flatMap((area) => [area.title, area.what, area.goal, ...area.activities]),
    fube.specificKnowledge,
  ];
  return parts.map((p) => p.trim()).filter((p) => p !== '').join('\n');
}
