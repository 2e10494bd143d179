import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mermaidDiagram } from '../../src/domain/workflow/index.js';

describe('docs/workflow.md', () => {
  it('draws exactly the states and transitions of the workflow', () => {
    const doc = readFileSync(new URL('../../docs/workflow.md', import.meta.url), 'utf8');
    const diagram = /```mermaid\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(diagram).toBe(mermaidDiagram());
  });
});
