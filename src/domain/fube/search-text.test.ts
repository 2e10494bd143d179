import { describe, expect, it } from 'vitest';
import { searchText } from './search-text.js';
import { readyFube } from './test-family.js';

describe('the text the catalogue search indexes', () => {
  it('holds the title, purpose, result areas with activities and the specific knowledge', () => {
    expect(searchText(readyFube()).split('\n')).toEqual([
      'Deskundige HR',
      'Interne klanten ondersteunen',
      'een kwaliteitsvolle HR-dienstverlening te bieden',
      'Dienstverlening',
      'Diensten leveren',
      'klanten te ondersteunen',
      'Vragen beantwoorden',
      'Kennis van het personeelsstatuut van de Vlaamse overheid.',
    ]);
  });

  it('leaves out ids and empty texts', () => {
    const text = searchText(readyFube({ specificKnowledge: '' }));
    expect(text).not.toContain('ent-a');
    expect(text.endsWith('Vragen beantwoorden')).toBe(true);
  });
});
