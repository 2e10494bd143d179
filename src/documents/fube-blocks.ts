import type { Block, DocumentBlocks } from './blocks.js';
import type { FubeDocumentView } from './fube-document-view.js';
import { flagLabels, formatDate, labels, statusLabels } from './labels.js';

/** Before validation nothing in a FUBE document is a decision. */
const DRAFT_STATES = new Set(['draft', 'proposed']);

/**
 * The FUBE document's sections, in the order of the government's FUBE template. The holders'
 * version (`audience: 'holder'`) leaves out the working notes: the weighing rule's id, the
 * reconstruction caveats, the points of attention and the family's instruction to authors.
 */
export function fubeBlocks(view: FubeDocumentView): DocumentBlocks {
  const id = view.identification;
  const internal = view.audience === 'internal';
  const draft = DRAFT_STATES.has(id.state);
  const blocks: Block[] = [{ kind: 'title', text: `${labels.fubeDocumentTitle}: ${id.title}` }];
  const dash = (value: string | number | undefined) => (value === undefined || value === '' ? labels.none : String(value));

  const shown = (value: number | undefined) =>
    value === undefined ? labels.notDecided : id.decided ? String(value) : `${value} (${labels.onlySuggested})`;
  blocks.push({ kind: 'heading', level: 1, text: labels.identification });
  const fields: [string, string][] = [
    [labels.title, id.title],
    [labels.entity, id.entity],
    [labels.unit, dash(id.unit)],
    // An unassignable function has no family nor family level (DOMAIN.md §5.7).
    ...(view.unassignable !== undefined
      ? ([[labels.family, labels.unassignableFamily]] as [string, string][])
      : ([
          [labels.family, `${id.family.name} (${labels.familyVersion} ${id.family.version})`],
          ...(id.writtenIn !== undefined ? ([[labels.writtenIn, `${id.writtenIn.name} (${labels.familyVersion} ${id.writtenIn.version})`]] as [string, string][]) : []),
          [labels.level, shown(id.level)],
        ] as [string, string][])),
    [labels.class, shown(id.class)],
    [labels.holders, id.holders.length === 0 ? labels.none : id.holders.join(', ')],
    [labels.manager, dash(id.manager)],
    [labels.state, statusLabels[id.state]],
    [labels.revision, String(id.revision)],
  ];
  const dates: [string, string | undefined][] = [
    [labels.createdAt, id.dates.createdAt],
    [labels.updatedAt, id.dates.updatedAt],
    [labels.proposalDate, id.dates.proposalDate],
    [labels.notificationDate, id.dates.notificationDate],
    [labels.inForceSince, id.dates.inForceSince],
  ];
  for (const [label, date] of dates) if (date !== undefined) fields.push([label, formatDate(date)]);
  blocks.push({ kind: 'fields', rows: fields });

  blocks.push({ kind: 'heading', level: 1, text: labels.purpose });
  blocks.push({ kind: 'paragraph', text: `${view.purpose.what} ${labels.purposeJoin} ${view.purpose.goal}` });

  blocks.push({ kind: 'heading', level: 1, text: labels.resultAreas });
  view.resultAreas.forEach((area, i) => {
    blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${area.title}` });
    if (area.origin === 'rg') blocks.push({ kind: 'paragraph', text: labels.rgResultArea, note: true });
    if (area.origin === 'custom') blocks.push({ kind: 'paragraph', text: labels.customResultArea, note: true });
    blocks.push({ kind: 'labelled', label: labels.what, text: area.what });
    blocks.push({ kind: 'labelled', label: labels.goal, text: area.goal });
    if (area.activities.length > 0) {
      blocks.push({ kind: 'paragraph', text: `${labels.activities}:` });
      blocks.push({ kind: 'bullets', items: area.activities });
    }
  });

  if (view.unassignable !== undefined) {
    // The separate method replaces the family's weighing and class decision (DOMAIN.md §5.7).
    blocks.push({ kind: 'heading', level: 1, text: labels.unassignable });
    blocks.push({ kind: 'paragraph', text: labels.unassignableNoFamily });
    blocks.push({
      kind: 'fields',
      rows: [
        [labels.unassignableMethod, view.unassignable.method],
        [labels.class, String(view.unassignable.class)],
        [labels.motivation, view.unassignable.motivation],
      ],
    });
  } else {
    familyWeighing(blocks, view, internal, draft);
  }

  blocks.push({ kind: 'heading', level: 1, text: labels.expertise });
  if (view.unassignable !== undefined) {
    // No expertise or competencies of a family: only what the function itself asks.
    blocks.push({ kind: 'heading', level: 2, text: labels.specificKnowledge });
    blocks.push({ kind: 'paragraph', text: view.unassignable.specificKnowledge === '' ? labels.none : view.unassignable.specificKnowledge });
  } else if (view.expertise === undefined) blocks.push({ kind: 'paragraph', text: labels.noDecision });
  else {
    blocks.push({ kind: 'heading', level: 2, text: labels.knowledge });
    blocks.push({ kind: 'paragraph', text: view.expertise.knowledge });
    blocks.push({ kind: 'heading', level: 2, text: labels.specificKnowledge });
    if (internal) blocks.push({ kind: 'paragraph', text: view.expertise.instruction, note: true });
    blocks.push({ kind: 'paragraph', text: view.expertise.specificKnowledge === '' ? labels.none : view.expertise.specificKnowledge });
    blocks.push({ kind: 'heading', level: 2, text: labels.educationAndExperience });
    blocks.push({ kind: 'paragraph', text: view.expertise.educationAndExperience });
  }

  // An unassignable function has no competency profile of a family (DOMAIN.md §5.7).
  if (view.unassignable === undefined) blocks.push({ kind: 'heading', level: 1, text: labels.competencies });
  if (view.unassignable === undefined && view.competencies === undefined) blocks.push({ kind: 'paragraph', text: labels.noCompetencies });
  else if (view.competencies !== undefined)
    blocks.push({
      kind: 'table',
      widths: [3, 5, 2.4, 6],
      headers: [{ text: labels.competency }, { text: labels.definition }, { text: labels.requiredLevel }, { text: labels.levelText }],
      rows: view.competencies.map((c) => [
        { text: internal && c.reconstructed ? `${c.name} *` : c.name },
        { text: c.definition },
        { text: String(c.requiredLevel) },
        { text: c.levelText },
      ]),
    });
  if (internal && view.competencies?.some((c) => c.reconstructed) === true)
    blocks.push({ kind: 'paragraph', text: labels.reconstructedLegend, note: true });

  blocks.push({ kind: 'heading', level: 1, text: labels.validation });
  const validation = view.validation;
  if (validation === undefined) blocks.push({ kind: 'paragraph', text: labels.notValidated });
  else {
    blocks.push({ kind: 'heading', level: 2, text: labels.committee });
    blocks.push({
      kind: 'bullets',
      items: validation.committee.map(
        (m) => `${m.name} (${labels.committeeRoles[m.role]}, ${m.entity}${m.trainedInMethod ? `, ${labels.trained}` : ''})`,
      ),
    });
    blocks.push({
      kind: 'fields',
      rows: [
        [labels.advice, validation.adviceClass === undefined ? validation.advice : `${validation.advice} (${labels.class.toLowerCase()} ${validation.adviceClass})`],
        [labels.validator, validation.validator],
        [labels.validationDate, formatDate(validation.decisionDate)],
        // An unassignable function's class has no family level.
        [labels.validatedClass, `${validation.class}${validation.level !== undefined ? ` (${labels.level.toLowerCase()} ${validation.level})` : ''}, ${validation.confirmed ? labels.classConfirmed : labels.classChanged}`],
        [labels.motivation, validation.motivation],
        [labels.effectiveFrom, validation.effectiveFrom === undefined ? labels.effectiveAtNotification : formatDate(validation.effectiveFrom)],
      ],
    });
  }

  return {
    title: `${labels.fubeDocumentTitle} ${id.title}`,
    footer: `${id.title} — ${labels.footerRevision} ${id.revision}`,
    generatedAt: view.generatedAt,
    ...(draft ? { marking: labels.draftMarking } : {}),
    blocks,
  };
}

/** The family's weighing and the class decision (a function of a family). */
function familyWeighing(blocks: Block[], view: FubeDocumentView, internal: boolean, draft: boolean): void {
  const dash = (value: string | number | undefined) => (value === undefined || value === '' ? labels.none : String(value));
  blocks.push({ kind: 'heading', level: 1, text: labels.weighing });
  const weighing = view.weighing;
  if (weighing === undefined) blocks.push({ kind: 'paragraph', text: labels.noWeighing });
  else {
    if (internal) blocks.push({ kind: 'labelled', label: labels.weighingRule, text: weighing.rule });
    blocks.push({
      kind: 'table',
      widths: [3, 6, 2, 2],
      headers: [{ text: labels.criterion }, { text: labels.chosenValue }, { text: labels.coveredLevels }, { text: labels.position }],
      rows: weighing.criteria.map((c) => [
        { text: c.name },
        { text: `${c.value}. ${c.valueText}${c.rg ? ` ${labels.rgMark}` : ''}${internal && c.reconstructed ? `\n(${labels.reconstructedMark})` : ''}` },
        {
          text: `${c.span.from === c.span.to ? `niveau ${c.span.from}` : `niveaus ${c.span.from}–${c.span.to}`}\nFK ${c.span.classes}`,
        },
        { text: c.position === undefined ? labels.none : labels.positions[c.position] },
      ]),
    });
    if (weighing.suggestion !== undefined)
      blocks.push({
        kind: 'labelled',
        label: labels.suggestion,
        text: `${labels.level.toLowerCase()} ${weighing.suggestion.level}, ${labels.class.toLowerCase()} ${weighing.suggestion.class}`,
      });
    if (!internal) {
      // The holders' version: no points of attention.
    } else if (weighing.flags.length === 0) {
      blocks.push({ kind: 'heading', level: 2, text: labels.flags });
      blocks.push({ kind: 'paragraph', text: labels.noFlags });
    } else {
      blocks.push({ kind: 'heading', level: 2, text: labels.flags });
      const names = new Map(weighing.criteria.map((c) => [c.criterionId, c.name]));
      blocks.push({
        kind: 'bullets',
        items: weighing.flags.map((f) => {
          const criteria = f.criteria.map((c) => names.get(c) ?? c).join(', ');
          return criteria === '' ? flagLabels[f.code] : `${flagLabels[f.code]}: ${criteria}`;
        }),
      });
    }
  }
  blocks.push({ kind: 'heading', level: 2, text: draft ? labels.proposedDecision : labels.decision });
  if (view.decision === undefined) blocks.push({ kind: 'paragraph', text: labels.noDecision });
  else {
    blocks.push({
      kind: 'fields',
      rows: [
        [labels.level, String(view.decision.level)],
        [labels.class, String(view.decision.class)],
        [labels.motivation, dash(view.decision.motivation)],
      ],
    });
  }

}
