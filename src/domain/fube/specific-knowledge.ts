import type { Family } from '../family/schema.js';
import type { FubeContent } from './schema.js';

/** Sets the function- and entity-specific knowledge (may stay empty in a draft; checkFube blocks it). */
export function setSpecificKnowledge(fube: FubeContent, text: string): FubeContent {
  return { ...fube, specificKnowledge: text.trim() };
}

export interface FubeExpertise {
  level: number;
  /** The family's knowledge text of the level. */
  knowledge: string;
  educationAndExperience: string;
  /** The family's instruction to make the knowledge specific. */
  instruction: string;
  specificKnowledge: string;
}

/** The expertise of the decided level (or the suggested one before a decision). */
export function expertiseOf(fube: FubeContent, family: Family): FubeExpertise | undefined {
  const level = fube.decision?.level ?? fube.weighing?.result?.level;
  const entry = family.expertise.levels.find((e) => e.level === level);
  if (level === undefined || entry === undefined) return undefined;
  return {
    level,
    knowledge: entry.knowledge,
    educationAndExperience: entry.educationAndExperience,
    instruction: family.expertise.instruction,
    specificKnowledge: fube.specificKnowledge,
  };
}
