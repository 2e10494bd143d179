import { z } from 'zod';
import { type DomainError, type Result, fail, ok } from '../domain/errors.js';
import type { Family } from '../domain/family/schema.js';
import { classLabel, findCriterion, levelOf } from '../domain/family/query.js';
import { chosenValueText } from '../domain/fube/choose-alternatives.js';
import type { FubeContent } from '../domain/fube/schema.js';
import { competencyProfile } from '../domain/profile/index.js';
import { withFubeWording } from '../domain/fube/competency-profile.js';
import { flagCodeSchema, positionSchema } from '../domain/weighing/types.js';
import { effectiveFrom } from '../domain/letters/letter.js';
import { upheldDecision } from '../domain/workflow/appeals.js';
import { type WorkflowState, statusSchema } from '../domain/workflow/schema.js';

/**
 * Everything a FUBE document shows, resolved to texts: the builders (docx, pdf) only lay
 * it out and never look anything up. The caller assembles it with `fubeDocumentView` from
 * the stored FUBE, its family version, the names of the people and the workflow state.
 */
const levelSpanSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  /** "15/16" or "15/16–17/18": the classes of the covered levels. */
  classes: z.string(),
});

export const fubeDocumentViewSchema = z.object({
  /** When the document is generated (ISO instant); passed in so output is reproducible. */
  generatedAt: z.string(),
  /**
   * Who the document is for: `internal` (HR, committees) carries the working notes; `holder`
   * does not (DOMAIN.md §3.7). Documents before validation are marked as drafts either way.
   */
  audience: z.enum(['internal', 'holder']).default('internal'),
  identification: z.object({
    title: z.string(),
    entity: z.string(),
    unit: z.string().optional(),
    /** The family the function stands in: after an upheld family appeal, the appeal's family. */
    family: z.object({ id: z.string(), name: z.string(), version: z.number().int() }),
    /** The family the FUBE was written and weighed in, when an upheld appeal moved it to another. */
    writtenIn: z.object({ id: z.string(), name: z.string(), version: z.number().int() }).optional(),
    /** The decided level and class, or the suggestion while undecided. */
    level: z.number().int().optional(),
    class: z.number().int().optional(),
    /** False until the class is validated (or decided on appeal, or by the separate method). */
    decided: z.boolean(),
    holders: z.array(z.string()),
    manager: z.string().optional(),
    state: statusSchema,
    revision: z.number().int(),
    dates: z.object({
      createdAt: z.string().optional(),
      updatedAt: z.string().optional(),
      proposalDate: z.string().optional(),
      notificationDate: z.string().optional(),
      inForceSince: z.string().optional(),
    }),
  }),
  purpose: z.object({ what: z.string(), goal: z.string() }),
  resultAreas: z.array(
    z.object({
      origin: z.enum(['family', 'rg', 'custom']),
      title: z.string(),
      what: z.string(),
      goal: z.string(),
      activities: z.array(z.string()),
    }),
  ),
  /** A function that fits no family: the separate method's outcome instead of the family weighing and level (DOMAIN.md §5.7). */
  unassignable: z.object({ method: z.string(), class: z.number().int(), motivation: z.string(), specificKnowledge: z.string() }).optional(),
  weighing: z
    .object({
      rule: z.string(),
      criteria: z.array(
        z.object({
          criterionId: z.string(),
          name: z.string(),
          value: z.number().int(),
          valueText: z.string(),
          span: levelSpanSchema,
          position: positionSchema.optional(),
          rg: z.boolean(),
          reconstructed: z.boolean(),
        }),
      ),
      suggestion: z.object({ level: z.number().int(), class: z.number().int() }).optional(),
      flags: z.array(z.object({ code: flagCodeSchema, criteria: z.array(z.string()) })),
    })
    .optional(),
  decision: z
    .object({
      level: z.number().int(),
      class: z.number().int(),
      /** Whether level or class differs from the suggestion (then the motivation is required). */
      overridesSuggestion: z.boolean(),
      motivation: z.string().optional(),
    })
    .optional(),
  expertise: z
    .object({
      level: z.number().int(),
      knowledge: z.string(),
      educationAndExperience: z.string(),
      instruction: z.string(),
      specificKnowledge: z.string(),
    })
    .optional(),
  competencies: z
    .array(
      z.object({
        name: z.string(),
        definition: z.string(),
        requiredLevel: z.number().int(),
        levelText: z.string(),
        reconstructed: z.boolean(),
      }),
    )
    .optional(),
  validation: z
    .object({
      committee: z.array(z.object({ name: z.string(), role: z.enum(['hr', 'manager', 'other']), entity: z.string(), trainedInMethod: z.boolean() })),
      advice: z.string(),
      adviceClass: z.number().int().optional(),
      validator: z.string(),
      decisionDate: z.string(),
      class: z.number().int(),
      /** Absent for an unassignable function (no family level). */
      level: z.number().int().optional(),
      confirmed: z.boolean(),
      motivation: z.string(),
      /** The date the class takes effect: set by the validator, else the first day of the month after the notification. */
      effectiveFrom: z.string().optional(),
    })
    .optional(),
});
export type FubeDocumentView = z.infer<typeof fubeDocumentViewSchema>;

/** Names the store knows by id; an id without a name is shown as the id itself. */
export interface DocumentNames {
  entities?: Readonly<Record<string, string>>;
  units?: Readonly<Record<string, string>>;
  people?: Readonly<Record<string, string>>;
}

export interface FubeDocumentInput {
  content: FubeContent;
  /** The family version the FUBE was written from. */
  family: Family;
  /**
   * The (published) family an upheld appeal moved the function to, when another: the
   * identification, level, expertise and competencies follow it; the weighing stays the
   * written family's.
   */
  standingFamily?: Family | undefined;
  workflow: WorkflowState;
  /** The content revision shown (the store's current revision). */
  revision: number;
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
  names?: DocumentNames;
  generatedAt: string;
  /** `internal` (default) with the working notes; `holder` without them. */
  audience?: 'internal' | 'holder';
}

function spanOf(family: Family, from: number, to: number): z.infer<typeof levelSpanSchema> {
  const classes = (level: number) => classLabel(levelOf(family, level)?.classes ?? []);
  return { from, to, classes: from === to ? classes(from) : `${classes(from)}–${classes(to)}` };
}

/**
 * Assembles the document view of a FUBE. Fails when the content does not belong to the
 * family given, or names a criterion or value the family does not have.
 */
export function fubeDocumentView(input: FubeDocumentInput): Result<FubeDocumentView> {
  const { content, family, workflow, names = {} } = input;
  const errors: DomainError[] = [];
  if (content.familyId !== family.id || content.familyVersion !== family.version)
    errors.push({
      code: 'document.family-mismatch',
      path: 'familyId',
      message: `de functiebeschrijving hoort bij familie '${content.familyId}' versie ${content.familyVersion}, niet bij '${family.id}' versie ${family.version}`,
    });
  const person = (id: string) => names.people?.[id] ?? id;

  const result = content.weighing?.result;
  const criteria: NonNullable<FubeDocumentView['weighing']>['criteria'] = [];
  for (const [criterionId, value] of Object.entries(content.weighing?.values ?? {})) {
    const criterion = findCriterion(family, criterionId);
    const chosen = criterion?.values[value - 1];
    if (criterion === undefined || chosen === undefined) {
      errors.push({
        code: 'document.unknown-value',
        path: `weighing.values.${criterionId}`,
        message: `waarde ${value} van criterium '${criterionId}' bestaat niet in familie '${family.id}' versie ${family.version}`,
      });
      continue;
    }
    criteria.push({
      criterionId,
      name: criterion.name,
      value,
      valueText: chosenValueText(chosen, content.weighing?.alternatives?.[criterionId]),
      span: spanOf(family, chosen.from, chosen.to),
      position: result?.criteria.find((c) => c.criterionId === criterionId)?.position,
      rg: chosen.rg,
      reconstructed: chosen.confidence === 'reconstructed',
    });
  }
  // The family's order, so every document of the family reads the same way.
  const order = new Map(family.criteria.map((c, i) => [c.id, i]));
  criteria.sort((a, b) => (order.get(a.criterionId) ?? 0) - (order.get(b.criterionId) ?? 0));

  // The class in force: validation or appeal may have changed the FUBE's own decision. Before
  // validation, HR's own decision is a proposal: shown, never as decided. An unassignable
  // function's class comes from the separate method: no family level (DOMAIN.md §5.7).
  const unassignable = content.unassignable !== undefined;
  const validatedClass = upheldDecision(workflow)?.class ?? workflow.validation?.class ?? workflow.unassignable?.class;
  const decidedClass = validatedClass ?? (unassignable ? undefined : content.decision?.class);
  const movedTo = upheldDecision(workflow)?.familyId;
  const standing = movedTo !== undefined && movedTo !== family.id && input.standingFamily?.id === movedTo ? input.standingFamily : family;
  const decidedLevel = decidedClass === undefined || unassignable ? undefined : standing.levels.find((l) => l.classes.includes(decidedClass))?.level;
  const shownLevel = unassignable ? undefined : (decidedLevel ?? content.decision?.level ?? result?.level);

  let competencies: FubeDocumentView['competencies'];
  let expertise: FubeDocumentView['expertise'];
  if (decidedClass !== undefined && decidedLevel !== undefined) {
    const profile = competencyProfile(standing, decidedClass);
    if (!profile.ok) errors.push(...profile.errors);
    else {
      // The FUBE's own (e.g. gender-neutral) wordings of competency texts replace the family's.
      competencies = withFubeWording(profile.value, content.competencyWording).competencies.map((c) => ({
        name: c.name,
        definition: c.definition,
        requiredLevel: c.requiredLevel,
        levelText: c.levelText,
        reconstructed: c.confidence === 'reconstructed',
      }));
      expertise = { level: profile.value.level, ...profile.value.expertise, specificKnowledge: content.specificKnowledge };
    }
  } else if (shownLevel !== undefined) {
    const entry = family.expertise.levels.find((e) => e.level === shownLevel);
    if (entry !== undefined)
      expertise = {
        level: shownLevel,
        knowledge: entry.knowledge,
        educationAndExperience: entry.educationAndExperience,
        instruction: family.expertise.instruction,
        specificKnowledge: content.specificKnowledge,
      };
  }
  if (errors.length > 0) return fail(errors);

  const validation = workflow.validation;
  const decision = content.decision;
  return ok({
    generatedAt: input.generatedAt,
    audience: input.audience ?? 'internal',
    identification: {
      title: content.title,
      entity: names.entities?.[content.entityId] ?? content.entityId,
      ...(content.unitId !== undefined ? { unit: names.units?.[content.unitId] ?? content.unitId } : {}),
      family: { id: standing.id, name: standing.name, version: standing.version },
      ...(standing !== family ? { writtenIn: { id: family.id, name: family.name, version: family.version } } : {}),
      ...(shownLevel !== undefined ? { level: shownLevel } : {}),
      ...(decidedClass !== undefined ? { class: decidedClass } : result !== undefined && !unassignable ? { class: result.class } : {}),
      decided: validatedClass !== undefined,
      holders: content.holderIds.map(person),
      ...(content.managerId !== undefined ? { manager: person(content.managerId) } : {}),
      state: workflow.status,
      revision: input.revision,
      dates: {
        ...(input.createdAt !== undefined ? { createdAt: input.createdAt } : {}),
        ...(input.updatedAt !== undefined ? { updatedAt: input.updatedAt } : {}),
        ...(workflow.proposal !== undefined ? { proposalDate: workflow.proposal.date } : {}),
        ...(workflow.notification !== undefined ? { notificationDate: workflow.notification.date } : {}),
        ...(workflow.inForce !== undefined ? { inForceSince: workflow.inForce.since } : {}),
      },
    },
    purpose: { ...content.purpose },
    resultAreas: content.resultAreas.map((a) => ({ origin: a.origin, title: a.title, what: a.what, goal: a.goal, activities: [...a.activities] })),
    ...(content.unassignable !== undefined ? { unassignable: { ...content.unassignable, specificKnowledge: content.specificKnowledge } } : {}),
    ...(content.weighing !== undefined && content.unassignable === undefined
      ? {
          weighing: {
            rule: content.weighing.rule,
            criteria,
            ...(result !== undefined ? { suggestion: { level: result.level, class: result.class } } : {}),
            flags: result?.flags.map((f) => ({ code: f.code, criteria: [...f.criteria] })) ?? [],
          },
        }
      : {}),
    ...(decision !== undefined && content.unassignable === undefined
      ? {
          decision: {
            level: decision.level,
            class: decision.class,
            overridesSuggestion: result !== undefined && (result.level !== decision.level || result.class !== decision.class),
            ...(decision.motivation !== undefined ? { motivation: decision.motivation } : {}),
          },
        }
      : {}),
    ...(expertise !== undefined ? { expertise } : {}),
    ...(competencies !== undefined ? { competencies } : {}),
    ...(validation !== undefined
      ? {
          validation: {
            committee: validation.committee.members.map((m) => ({
              name: m.name,
              role: m.role,
              entity: names.entities?.[m.entityId] ?? m.entityId,
              trainedInMethod: m.trainedInMethod,
            })),
            advice: validation.advice.text,
            ...(validation.advice.class !== undefined ? { adviceClass: validation.advice.class } : {}),
            validator: person(validation.validatorId),
            decisionDate: validation.at,
            class: validation.class,
            ...(validation.level !== undefined ? { level: validation.level } : {}),
            confirmed: validation.confirmed,
            motivation: validation.motivation,
            ...(validation.effectiveFrom !== undefined
              ? { effectiveFrom: validation.effectiveFrom }
              : workflow.notification !== undefined
                ? { effectiveFrom: effectiveFrom(workflow.notification.date) }
                : {}),
          },
        }
      : {}),
  });
}
