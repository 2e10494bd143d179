import type { FastifyRequest } from 'fastify';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { type PathSegment, formatPath } from '../../domain/errors.js';
import { catalogueError, ref } from '../../messages/index.js';
import { type TextFinding, findTextFault, normalizeText } from '../../domain/text/hygiene.js';
import { ApiProblem } from '../../use-cases/problems.js';

/**
 * Every string a request carries (body, query, path parameters; keys too) is checked and
 * normalised here, before validation and before any route sees it: NUL, lone surrogates,
 * noncharacters and control characters → 422 naming the field (issue 11: on PostgreSQL they
 * answered 500, on SQLite they were stored); everything else becomes NFC in place. The
 * walk uses an explicit stack (the body's depth is bounded already, docs/limits.md).
 */
export function cleanRequestTexts(request: FastifyRequest): void {
  const faults: { path: string; found: TextFinding }[] = [];
  const parts = [
    ['body', request.body],
    ['query', request.query],
    ['params', request.params],
  ] as const;
  for (const [part, value] of parts) {
    if (typeof value === 'string') {
      const found = findTextFault(value);
      if (found !== undefined) faults.push({ path: '', found });
      else if (part === 'body') request.body = normalizeText(value);
      continue;
    }
    walk(value, (path, found) => faults.push({ path: formatPath(path), found }));
    if (faults.length >= 10) break;
  }
  if (faults.length > 0)
    throw new ApiProblem({
      type: PROBLEM_TYPES.validation,
      title: ref('problem.bad-text'),
      status: 422,
      detailFrom: 'paths',
      errors: faults.slice(0, 10).map(({ path, found }) =>
        found.fault === 'nul' || found.fault === 'surrogate'
          ? catalogueError(`text.${found.fault}`, path)
          : catalogueError(`text.${found.fault}`, path, { code: found.code }),
      ),
    });
}

function walk(root: unknown, report: (path: PathSegment[], found: TextFinding) => void): void {
  // Bytes (an uploaded pay file) are not text: their reader checks them.
  if (root === null || typeof root !== 'object' || ArrayBuffer.isView(root)) return;
  const stack: [Record<string | number, unknown>, PathSegment[]][] = [[root as Record<string, unknown>, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    for (const key of Object.keys(node)) {
      const segment: PathSegment = Array.isArray(node) ? Number(key) : key;
      if (!Array.isArray(node)) {
        const foundInKey = findTextFault(key);
        if (foundInKey !== undefined) {
          report(path, foundInKey);
          continue;
        }
      }
      const value = node[key];
      if (typeof value === 'string') {
        const found = findTextFault(value);
        if (found !== undefined) report([...path, segment], found);
        else {
          const normal = normalizeText(value);
          if (normal !== value) node[key] = normal;
        }
      } else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) stack.push([value as Record<string, unknown>, [...path, segment]]);
    }
  }
}
