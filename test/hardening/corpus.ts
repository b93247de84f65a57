/**
 * The real-world corpus (../shared/corpus) grouped per source repository, as SOURCES.tsv and
 * ../shared/corpus/clusters.sh group it (clusters.sh copies each file to
 * DEST/<owner>__<repo>/<file name>; here the same names are built in memory), each file decoded
 * as the CLI decodes it. Binary files are left out, as the CLI skips them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeConfigBytes } from '../../src/parse/decode.js';
import type { SourceFile } from '../../src/engine/load.js';

export const corpusDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
export const corpusPresent = existsSync(join(corpusDir, 'SOURCES.tsv'));

/** One entry per repository (`owner__repo`, sorted), with its files named `owner__repo/<file name>`. */
export function corpusRepositories(): Map<string, SourceFile[]> {
  const repos = new Map<string, SourceFile[]>();
  for (const line of readFileSync(join(corpusDir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1)) {
    const [file, repo] = line.split('\t');
    if (!file || !repo) continue;
    const dir = repo.replaceAll('/', '__');
    const { text, binary } = decodeConfigBytes(readFileSync(join(corpusDir, file)));
    if (binary) continue;
    const files = repos.get(dir) ?? [];
    files.push({ file: `${dir}/${basename(file)}`, text });
    repos.set(dir, files);
  }
  return new Map([...repos].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
