#!/usr/bin/env node
// Measures .properties parsers against Java's own Properties.load on the conformance cases
// (test/conformance/cases, expected values in test/conformance/golden, made by the JDK), for
// docs/parser-choice.md. Compares kafka-lint's parser (src/parse/properties.ts), properties-file
// and properties-reader (devDependencies, used only here). Each parser gets the text Java sees:
// the file's bytes as ISO-8859-1.
//
//   node scripts/compare-properties-parsers.mjs
//
// Reports, per parser: cases whose final properties equal Java's; keys (over all cases Java
// loads) with Java's value; load failures reported (Java throws on a malformed \u) and the cases
// where the parser throws instead; where it puts the start of each non-empty value (line and
// column); and the time to read a 100,000-line file.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { getProperties } from 'properties-file';
import { Properties } from 'properties-file/parser';
import { propertiesReader } from 'properties-reader';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = join(root, 'test/conformance/cases');
const goldenDir = join(root, 'test/conformance/golden');

const tmp = mkdtempSync(join(tmpdir(), 'compare-properties-'));
let parseProperties;
try {
  await build({ entryPoints: [join(root, 'src/parse/properties.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(tmp, 'properties.mjs'), logLevel: 'error' });
  ({ parseProperties } = await import(pathToFileURL(join(tmp, 'properties.mjs')).href));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** Each parser: the final key/value map, and the 1-based line and column where each value starts (in put order), when it gives them. */
const parsers = {
  'kafka-lint (src/parse/properties.ts)': (text) => {
    const doc = parseProperties(text, { encoding: 'latin1' });
    return {
      map: Object.fromEntries(doc.entries.map((e) => [e.key, e.value])),
      failed: doc.diagnostics.some((d) => d.code === 'invalid-unicode-escape'),
      valueStarts: doc.entries.map((e) => [e.valueSpan.line, e.valueSpan.column]),
    };
  },
  'properties-file 5.0.7': (text) => {
    const nodes = new Properties(text).getProperties();
    // The value's column on its first line, from the raw parts; a continuation before the value
    // (in the key or separator) moves it to a later line, which the parts cannot tell.
    const valueStarts = nodes.map((n) => [
      n.startingLineNumber,
      1 + n.leadingWhitespace.length + n.escapedKey.length + n.separatorLeading.length + (n.separatorChar ? 1 : 0) + n.separatorTrailing.length,
    ]);
    return { map: getProperties(text), failed: false, valueStarts };
  },
  'properties-reader 3.0.1': (text) => ({ map: Object.fromEntries(propertiesReader().read(text).entries()), failed: false }),
};


const cases = readdirSync(casesDir).filter((f) => f.endsWith('.properties')).sort();
const results = {};
for (const name of Object.keys(parsers)) {
  results[name] = { cases: 0, keys: 0, failuresSeen: 0, threw: [], starts: 0, startsOfMultiLine: 0, mismatched: [] };
}
let javaKeys = 0;
let javaFailures = 0;
let totalStarts = 0;
let multiLineStarts = 0;
for (const file of cases) {
  const text = readFileSync(join(casesDir, file)).toString('latin1');
  const golden = JSON.parse(readFileSync(join(goldenDir, `${file}.json`), 'utf8'));
  const want = golden.error ? undefined : Object.fromEntries(golden.final);
  if (want) javaKeys += golden.final.length;
  else javaFailures++;
  // Where each non-empty value starts, in put order, by our parser (its tests check each span
  // against the raw text); an empty value has no first character to point at.
  const ours = parseProperties(text, { encoding: 'latin1' }).entries;
  const reference = ours.map((e) => [e.valueSpan.line, e.valueSpan.column]);
  const counted = ours.map((e) => e.value !== '');
  const multiLine = ours.map((e, i) => counted[i] && e.span.line !== e.span.endLine);
  if (want) {
    totalStarts += counted.filter(Boolean).length;
    multiLineStarts += multiLine.filter(Boolean).length;
  }
  for (const [name, parse] of Object.entries(parsers)) {
    const r = results[name];
    let got;
    try {
      got = parse(text);
    } catch (err) {
      r.threw.push(`${file}: ${err.message}`);
      if (!want) r.failuresSeen++;
      continue;
    }
    if (!want) {
      if (got.failed) r.failuresSeen++;
      continue;
    }
    const same = Object.keys(want).filter((k) => Object.hasOwn(got.map, k) && String(got.map[k]) === want[k]).length;
    r.keys += same;
    if (same === golden.final.length && Object.keys(got.map).length === golden.final.length) r.cases++;
    else r.mismatched.push(file);
    if (got.valueStarts && got.valueStarts.length === reference.length) {
      got.valueStarts.forEach(([line, column], i) => {
        const ok = counted[i] && line === reference[i][0] && column === reference[i][1];
        if (ok) r.starts++;
        if (ok && multiLine[i]) r.startsOfMultiLine++;
      });
    }
  }
}

// Speed: a 100,000-line file (the corpus's style: comments, blank lines, key=value, some continuations).
const lines = [];
for (let i = 0; i < 25_000; i++) lines.push(`# setting ${i}`, `key.${i}=value-${i}`, `list.${i}=a,\\`, `    b,c`, '');
const big = lines.join('\n');
const speed = {};
for (const [name, parse] of Object.entries(parsers)) {
  parse(big);
  const t0 = performance.now();
  for (let k = 0; k < 5; k++) parse(big);
  speed[name] = ((performance.now() - t0) / 5).toFixed(1);
}

const casesWithValues = cases.length - javaFailures;
console.log(`${cases.length} cases: Java loads ${casesWithValues} (${javaKeys} keys; ${totalStarts} non-empty values, ${multiLineStarts} of them in entries spanning lines) and fails on ${javaFailures} (malformed \\u).\n`);
for (const [name, r] of Object.entries(results)) {
  console.log(name);
  console.log(`  cases with Java's exact properties: ${r.cases}/${casesWithValues}`);
  console.log(`  keys with Java's value:             ${r.keys}/${javaKeys}`);
  console.log(`  load failures reported:             ${r.failuresSeen}/${javaFailures}${r.threw.length ? ` (by throwing in ${r.threw.length} cases)` : ''}`);
  console.log(`  value start line and column:        ${r.starts ? `${r.starts}/${totalStarts} (${r.startsOfMultiLine}/${multiLineStarts} in entries spanning lines)` : 'not given'}`);
  console.log(`  100,000-line file:                  ${speed[name]} ms`);
  if (r.mismatched.length) console.log(`  differs from Java on: ${r.mismatched.join(', ')}`);
  console.log('');
}
