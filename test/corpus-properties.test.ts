/**
 * Every .properties, .cfg, properties-like template (.j2, .tpl) and myid file of the real-world
 * corpus (../shared/corpus/kafka-properties and zookeeper-cfg) parses and lints without an
 * exception, each under the path it has in its repository (SOURCES.tsv).
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseProperties } from '../src/parse/properties.js';
import { decodeConfigBytes } from '../src/parse/decode.js';
import { detectFileKind } from '../src/engine/load.js';
import { lintFiles } from '../src/index.js';

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const present = existsSync(join(corpus, 'SOURCES.tsv'));
if (!present) console.warn(`corpus-properties: skipped, ${corpus} is absent (it sits beside the repository in the development setup).`);

const FOLDERS = ['kafka-properties', 'zookeeper-cfg'];
const PROPERTIES_LIKE = /(\.properties|\.cfg|\.j2|\.tpl|(^|\/)myid)$/;

/** Corpus files of the two folders, with their path in their repository. */
function corpusFiles(): { file: string; path: string }[] {
  const paths = new Map<string, string>();
  for (const line of readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').split('\n').slice(1)) {
    const [file, , path] = line.split('\t');
    if (file && path) paths.set(file, path);
  }
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(corpus, folder))
      .map((name) => `${folder}/${name}`)
      .filter((file) => PROPERTIES_LIKE.test(paths.get(file) ?? file))
      .map((file) => ({ file, path: paths.get(file) ?? file })),
  );
}

/** The name to lint a file under: a template is linted as the file it renders. */
function lintName(folder: string, path: string): string {
  const rendered = path.replace(/\.(j2|tpl)$/, '');
  if (/(\.properties|\.cfg|(^|\/)myid)$/.test(rendered)) return rendered;
  return `${rendered}${folder === 'zookeeper-cfg' ? '.cfg' : '.properties'}`;
}

describe.skipIf(!present)('real-world .properties and zoo.cfg corpus', () => {
  const files = present ? corpusFiles() : [];

  it('holds the files the corpus README lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(90);
  });

  it.each(files)('$path ($file) parses and lints without an exception', ({ file, path }) => {
    const { text, encoding, binary } = decodeConfigBytes(readFileSync(join(corpus, file)));
    expect(binary).toBe(false);
    const doc = parseProperties(text, { file: path, encoding });
    expect(doc.entries.length).toBeGreaterThan(0);
    expect(doc.diagnostics.filter((d) => d.code === 'invalid-unicode-escape')).toEqual([]);

    const name = lintName(file.slice(0, file.indexOf('/')), path);
    expect(detectFileKind(name, text)).toBe(file.startsWith('zookeeper-cfg/') ? 'zookeeper' : 'broker');
    const result = lintFiles([{ file: name, text }]);
    expect(result.findings.filter((f) => f.ruleId === 'internal/rule-failure')).toEqual([]);
    for (const finding of result.findings) expect(finding.file).toBe(name);
  });
});
