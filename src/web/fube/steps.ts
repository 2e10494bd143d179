import type { MessageKey } from '../../messages/index.js';

/**
 * The editor's guided steps, in the order of the work; the slug is the URL segment. The
 * weighing comes before the knowledge step: the family's knowledge and education texts shown
 * there depend on the level the weighing gives (issue 15 item 4).
 */
export const STEPS = [
  { slug: 'identificatie', label: 'ui.step.identification' },
  { slug: 'doel', label: 'ui.step.purpose' },
  { slug: 'resultaatgebieden', label: 'ui.step.result-areas' },
  { slug: 'weging', label: 'ui.step.weighing' },
  { slug: 'kennis', label: 'ui.step.knowledge' },
  { slug: 'klasse', label: 'ui.step.decision' },
  { slug: 'competenties', label: 'ui.step.profile' },
  { slug: 'nazicht', label: 'ui.step.review' },
  { slug: 'proces', label: 'ui.step.workflow' },
  { slug: 'geschiedenis', label: 'ui.step.history' },
] as const satisfies readonly { slug: string; label: MessageKey }[];

export type StepSlug = (typeof STEPS)[number]['slug'];

const isStep = (slug: string | undefined): slug is StepSlug => STEPS.some((s) => s.slug === slug);
export const stepOf = (slug: string | undefined): StepSlug => (isStep(slug) ? slug : 'identificatie');

/** The step where a blocking item's field is edited, from its path (e.g. `weighing.values.x`). */
export function stepOfPath(path: string): StepSlug {
  const head = path.split(/[.[]/)[0] ?? '';
  switch (head) {
    case 'purpose':
      return 'doel';
    case 'resultAreas':
      return 'resultaatgebieden';
    case 'specificKnowledge':
      return 'kennis';
    case 'weighing':
      return 'weging';
    case 'decision':
      return 'klasse';
    case 'competencyWording':
      return 'competenties';
    default:
      return 'identificatie';
  }
}
