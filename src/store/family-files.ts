import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DomainError, type Result, fail, ok } from '../domain/errors.js';
import { type Family, loadFamilySource } from '../domain/family/index.js';

/**
 * Family definitions as files on disk: one family version per YAML or JSON file. The id
 * and version inside the file name the family; the file name is only where it is stored.
 */

export interface FamilyFile {
  /** Path of the file, as it is shown in messages. */
  file: string;
  family: Family;
}

export interface FamilyFolder {
  /** Valid families, sorted by id and then version. */
  families: FamilyFile[];
  /** Files that could not be read or parsed, and id+version claimed by two files. */
  errors: DomainError[];
  /** An id+version claimed by more than one file; the error for it is in `errors` too. */
  duplicates: FamilyDuplicate[];
}

export interface FamilyDuplicate {
  id: string;
  version: number;
  files: string[];
  error: DomainError;
}

const FAMILY_EXTENSIONS = /\.(ya?ml|json)$/i;

/** Resolved from this source file, not the cwd, so the CLI finds the families from anywhere. */
const PACKAGE_FAMILIES_DIR = fileURLToPath(new URL('../../families/', import.meta.url));

/** The families folder: `WEEGSCHAAL_FAMILIES_DIR` when set, else `families/` of the package. */
export function familiesDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.WEEGSCHAAL_FAMILIES_DIR;
  return fromEnv !== undefined && fromEnv.trim() !== '' ? resolve(fromEnv) : PACKAGE_FAMILIES_DIR;
}

/** Reads and checks one family file; every error carries the file name (and line/column). */
export async function readFamilyFile(file: string): Promise<Result<Family>> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    return fail([{ code: 'file.unreadable', message: `kan het bestand niet lezen (${ioReason(error)})`, path: '', file }]);
  }
  const format = /\.json$/i.test(file) ? 'json' : 'yaml';
  return loadFamilySource(source, { file, format });
}

/** Reads every family file in a folder (not recursive), in file-name order. */
export async function readFamilyFolder(dir: string = familiesDir()): Promise<FamilyFolder> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && FAMILY_EXTENSIONS.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return {
      families: [],
      duplicates: [],
      errors: [{ code: 'folder.unreadable', message: `kan de map met functiefamilies niet lezen (${ioReason(error)})`, path: '', file: dir }],
    };
  }

  const families: FamilyFile[] = [];
  const errors: DomainError[] = [];
  for (const name of names) {
    const file = displayPath(join(dir, name));
    const result = await readFamilyFile(file);
    if (result.ok) families.push({ file, family: result.value });
    else errors.push(...result.errors);
  }

  // Two files for one id+version would make a lookup depend on the order of the folder.
  const byKey = new Map<string, FamilyFile[]>();
  for (const entry of families) {
    const key = `${entry.family.id}@${entry.family.version}`;
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  const unique: FamilyFile[] = [];
  const duplicates: FamilyDuplicate[] = [];
  for (const entries of byKey.values()) {
    const [first] = entries;
    if (first === undefined) continue;
    if (entries.length === 1) {
      unique.push(first);
      continue;
    }
    const { id, version } = first.family;
    const files = entries.map((e) => e.file);
    const error: DomainError = {
      code: 'family.duplicate',
      message: `functiefamilie '${id}' versie ${version} staat in meer dan één bestand: ${files.join(' en ')}`,
      path: 'id',
      file: files[1] ?? first.file,
    };
    duplicates.push({ id, version, files, error });
    errors.push(error);
  }
  unique.sort((a, b) => a.family.id.localeCompare(b.family.id) || a.family.version - b.family.version);
  return { families: unique, errors, duplicates };
}

export interface FindFamilyOptions {
  /** A specific version; by default the highest version found. */
  version?: number;
  dir?: string;
}

/**
 * Finds a family by the id inside its file (not the file name): the given version, or the
 * highest one. An id+version that two files claim is an error naming both files.
 */
export async function findFamily(id: string, options: FindFamilyOptions = {}): Promise<Result<FamilyFile>> {
  const dir = options.dir ?? familiesDir();
  const folder = await readFamilyFolder(dir);
  const folderError = folder.errors.find((e) => e.code === 'folder.unreadable');
  if (folderError !== undefined) return fail([folderError]);
  const claimed = [
    ...folder.families.filter((f) => f.family.id === id).map((f) => f.family.version),
    ...folder.duplicates.filter((d) => d.id === id).map((d) => d.version),
  ];
  const version = options.version ?? (claimed.length > 0 ? Math.max(...claimed) : undefined);

  const duplicate = folder.duplicates.find((d) => d.id === id && d.version === version);
  if (duplicate !== undefined) return fail([duplicate.error]);
  const found = folder.families.find((f) => f.family.id === id && f.family.version === version);
  if (found !== undefined) return ok(found);

  if (claimed.length > 0) {
    const known = [...new Set(claimed)].sort((a, b) => a - b);
    return fail([{ code: 'family.version-not-found', message: `functiefamilie '${id}' heeft geen versie ${version}; beschikbaar: ${known.join(', ')}`, path: '' }]);
  }
  const unreadable = [...new Set(folder.errors.filter((e) => e.code !== 'family.duplicate').map((e) => e.file))];
  const hint = unreadable.length > 0 ? `; niet te lezen (mogelijk deze familie): ${unreadable.join(', ')}` : '';
  return fail([{ code: 'family.not-found', message: `onbekende functiefamilie '${id}' in ${displayPath(dir)}${knownIds(folder.families)}${hint}`, path: '' }]);
}

function knownIds(families: FamilyFile[]): string {
  const ids = [...new Set(families.map((f) => f.family.id))];
  return ids.length > 0 ? ` (bekende families: ${ids.join(', ')})` : ' (de map bevat geen geldige families)';
}

/** Relative to the cwd when that is shorter, so messages stay readable. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && rel.length < path.length ? rel : path;
}

function ioReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'bestaat niet';
  if (code === 'EACCES' || code === 'EPERM') return 'geen leesrechten';
  if (code === 'EISDIR') return 'is een map, geen bestand';
  if (code === 'ENOTDIR') return 'is geen map';
  return error instanceof Error ? error.message : String(error);
}
