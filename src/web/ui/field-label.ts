import { type MessageKey, isMessageKey } from '../../messages/index.js';
import type { I18n } from '../i18n/i18n.js';

/** What the labeller may know beyond the path: names that only the page has. */
export interface FieldLabelContext {
  /** A criterion's name by its id (from the FUBE's family). */
  criterionName?: (id: string) => string | undefined;
}

/** Where a path starts in a request (`action.holderId`, `content.title`): not a field of its own. */
const PREFIXES = new Set(['action', 'content', 'body']);
/** Collections keyed by criterion id (`weighing.values.<criterion>`). */
const BY_CRITERION = new Set(['values', 'alternatives']);

type Segment = string | number;

/** The segments of a field path in dotted/bracket notation (`a.b[2].c` → a, b, 2, c). */
export function pathSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

const capitalise = (text: string) => (text === '' ? text : text[0]!.toLocaleUpperCase() + text.slice(1));

/**
 * A field path as people say it, through the message catalogue: `action.resultAreas[7].goal`
 * is "Resultaatgebied 8 – doel", `competencies[0].levels[1].text` is "Competentie 1 – niveau 2
 * – tekst", `weighing.values.complexiteit` is "Weging – criterium Complexiteit". Positions
 * count from 1. A part the catalogue does not know ends the label there; a path with no known
 * part at all has no label (undefined), and the caller shows the message alone. The path
 * itself is never returned: it stays in the API, for machines.
 */
export function fieldLabel(i18n: Pick<I18n, 't'>, path: string, context: FieldLabelContext = {}): string | undefined {
  const t = i18n.t as (key: MessageKey, params?: Record<string, string | number>) => string;
  const segments = pathSegments(path);
  const parts: string[] = [];
  /** The key whose value the walk is in, and whether its label is the last part (to be replaced by an item). */
  let parent: string | undefined;
  let grandparent: string | undefined;
  let parentLabelled = false;
  for (const [i, segment] of segments.entries()) {
    if (typeof segment === 'number') {
      const collection = parent ?? 'any';
      const itemKey = `label.item.${collection}`;
      if (parentLabelled) parts.pop();
      parts.push(t(isMessageKey(itemKey) ? itemKey : 'label.item.any', { n: segment + 1 }));
      grandparent = parent;
      parent = undefined;
      parentLabelled = false;
      continue;
    }
    if (i === 0 && PREFIXES.has(segment)) continue;
    if (parent === 'required') {
      if (parentLabelled) parts.pop();
      parts.push(t('label.required-for-class', { class: segment }));
    } else if (parent !== undefined && BY_CRITERION.has(parent) && grandparent === 'weighing') {
      if (parentLabelled) parts.pop();
      parts.push(t('label.criterion-named', { name: context.criterionName?.(segment) ?? segment.replaceAll('-', ' ') }));
    } else {
      const key = `label.field.${segment}`;
      if (!isMessageKey(key)) break;
      parts.push(t(key));
      grandparent = parent;
      parent = segment;
      parentLabelled = true;
      continue;
    }
    grandparent = parent;
    parent = segment;
    parentLabelled = false;
  }
  return parts.length === 0 ? undefined : capitalise(parts.join(t('label.join')));
}
