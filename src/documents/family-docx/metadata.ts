import { z } from 'zod';
import type { Family } from '../../domain/family/schema.js';

/**
 * What Weegschaal's own family .docx carries besides its visible text: the ids (of the
 * family, its result areas, criteria and competencies) and the source note, which the
 * document does not print. Stored as custom document properties, which Word keeps when the
 * document is edited and saved; split into pieces of at most 240 characters because Word
 * cuts a text property at 255. The reader takes only ids and the source note from here —
 * every text, span and mark is read from the document itself.
 */
export const METADATA_PROPERTY = 'weegschaal-familie';
const PIECE = 240;

export const familyMetadataSchema = z.object({
  format: z.literal(1),
  id: z.string(),
  version: z.number().int().min(1),
  source: z.string(),
  resultAreas: z.array(z.object({ id: z.string(), title: z.string() })),
  criteria: z.array(z.object({ id: z.string(), name: z.string() })),
  competencies: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type FamilyMetadata = z.infer<typeof familyMetadataSchema>;

export function familyMetadata(family: Family): FamilyMetadata {
  return {
    format: 1,
    id: family.id,
    version: family.version,
    source: family.source,
    resultAreas: family.resultAreas.map((a) => ({ id: a.id, title: a.title })),
    criteria: family.criteria.map((c) => ({ id: c.id, name: c.name })),
    competencies: family.competencies.map((c) => ({ id: c.id, name: c.name })),
  };
}

/** The metadata as custom properties: `weegschaal-familie-1`, `-2`, ... in order. */
export function metadataProperties(metadata: FamilyMetadata): Record<string, string> {
  const json = JSON.stringify(metadata);
  const properties: Record<string, string> = {};
  for (let i = 0; i * PIECE < json.length; i++)
    properties[`${METADATA_PROPERTY}-${i + 1}`] = json.slice(i * PIECE, (i + 1) * PIECE);
  return properties;
}

/** The metadata back from the properties; undefined when absent or not readable. */
export function readMetadata(properties: ReadonlyMap<string, string>): FamilyMetadata | undefined {
  let json = '';
  for (let i = 1; properties.has(`${METADATA_PROPERTY}-${i}`); i++) json += properties.get(`${METADATA_PROPERTY}-${i}`);
  if (json === '') return undefined;
  try {
    const parsed = familyMetadataSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
