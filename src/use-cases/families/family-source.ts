import type { Result } from '../../domain/errors.js';
import { type Family, loadFamilySource } from '../../domain/family/index.js';

/**
 * A family file as sent: its text, and whether it came as a JSON document (checked as
 * strict JSON, like a `.json` file) or as YAML/plain text (YAML, which reads JSON too).
 */
export interface FamilySource {
  text: string;
  format: 'yaml' | 'json';
}

/** The family a source holds, every error with its line and column. */
export function readFamilySource(source: FamilySource): Result<Family> {
  return source.format === 'json' ? loadFamilySource(source.text, { format: 'json' }) : loadFamilySource(source.text);
}
