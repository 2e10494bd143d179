import type { FubeView } from '../../api/fubes.js';
import type { Family } from '../../domain/family/schema.js';
import type { FubeContent } from '../../domain/fube/schema.js';

/** What every step of the FUBE page gets (its own file: the steps and the page import it). */
export interface StepProps {
  view: FubeView;
  family: Family;
  draft: FubeContent;
  setDraft(next: FubeContent): void;
  /** Saves this content now (one click: the class step's decision), as the editor's save does. */
  saveNow(next: FubeContent): void;
  editable: boolean;
}
