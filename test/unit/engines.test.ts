import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` on the oldest Node the README promises prints no engine warning: every package the
 * lock file installs accepts that Node in its `engines.node` (npm prints EBADENGINE otherwise).
 * See docs/decisions/0050-node-20-engines.md for the pins and overrides this needs.
 */
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; dev?: boolean; optional?: boolean }>;
};
const ours = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };

describe('engines', () => {
  const oldest = semver.minVersion(ours.engines.node)?.version ?? '';

  it('the package promises Node 20.19 or newer, as the README says', () => {
    expect(oldest).toBe('20.19.0');
    expect(readFileSync('README.md', 'utf8')).toMatch(/Node(\.js)? 20\.19/);
  });

  it.each(['20.19.0', '22.13.0', '24.0.0'])('every installed package accepts Node %s', (node) => {
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range !== undefined && !semver.satisfies(node, range) ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
