#!/usr/bin/env node
// Differential check of our .properties parser against Java on random files (needs a JDK; not
// part of `npm test`, whose golden files need none). Writes COUNT random files built from the
// characters that matter to Properties.load (separators, blanks, backslashes, comment marks,
// every kind of line break, escape letters, hex digits, a Latin-1 byte), loads each with
// java/DumpProperties.java, and compares every put, in order, and the load failure.
//
//   node test/conformance/java-differential.mjs [COUNT=3000] [SEED=1]
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const count = Number(process.argv[2] ?? 3000);
let seed = Number(process.argv[3] ?? 1);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const tmp = mkdtempSync(join(tmpdir(), 'props-diff-'));
try {
  await build({ entryPoints: [join(here, '../../src/parse/properties.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(tmp, 'properties.mjs'), logLevel: 'error' });
  const { parseProperties } = await import(pathToFileURL(join(tmp, 'properties.mjs')).href);
  const alphabet = ['a', 'b', 'k', '=', ':', ' ', '\t', '\f', '\\', '\\', '\\', '#', '!', '\n', '\r', '\r\n', 'u', '0', '4', 'f', 'z', 't', 'n', '\u00e9', '.'];
  const files = [];
  for (let f = 0; f < count; f++) {
    let s = '';
    const len = Math.floor(random() * 40);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(random() * alphabet.length)];
    const name = `r${String(f).padStart(5, '0')}.properties`;
    writeFileSync(join(tmp, name), Buffer.from(s, 'latin1'));
    files.push(name);
  }
  execFileSync('javac', ['-d', tmp, join(here, 'java/DumpProperties.java')]);
  execFileSync('java', ['-cp', tmp, 'DumpProperties', join(tmp, 'golden'), ...files.map((f) => join(tmp, f))], { stdio: ['ignore', 'ignore', 'inherit'] });
  let mismatches = 0;
  for (const name of files) {
    const text = readFileSync(join(tmp, name)).toString('latin1');
    const golden = JSON.parse(readFileSync(join(tmp, 'golden', `${name}.json`), 'utf8'));
    const doc = parseProperties(text, { encoding: 'latin1' });
    const ours = doc.entries.map((e) => [e.key, e.value]);
    const firstBad = doc.diagnostics.find((d) => d.code === 'invalid-unicode-escape')?.entryIndex;
    const same =
      golden.error === null
        ? JSON.stringify(ours) === JSON.stringify(golden.puts) && firstBad === undefined
        : JSON.stringify(ours.slice(0, golden.puts.length)) === JSON.stringify(golden.puts) && firstBad === golden.puts.length;
    if (!same) {
      mismatches++;
      if (mismatches <= 5) console.log(`MISMATCH ${name}: ${JSON.stringify(text)}\n  java: ${JSON.stringify(golden)}\n  ours: ${JSON.stringify(ours)} firstBad=${firstBad}`);
    }
  }
  console.log(`${count - mismatches}/${count} random files match Java (seed ${process.argv[3] ?? 1})`);
  process.exitCode = mismatches === 0 ? 0 : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
