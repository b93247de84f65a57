import * as z from 'zod';
import type { Rule, RuleExample } from '../engine/rule.js';
import type { FactName } from '../engine/facts.js';
import { FACT_OPTIONS } from '../engine/facts.js';
import { exampleOptions, lintFiles } from '../engine/lint-files.js';
// URLs live in rule-url.ts so that output formats (SARIF helpUri) need not load the linter that renders pages.
import { ruleDocPath } from './rule-url.js';

const CATEGORY_TEXT: Record<Rule['meta']['category'], string> = {
  'startup-failure': 'Hard failure: the process refuses to start.',
  misread: 'Misread: the process starts but reads the setting differently from what was written.',
  'outage-risk': 'Outage risk: it starts, but fails or stops serving later.',
  'data-loss-risk': 'Data-loss risk: acknowledged data can be lost.',
  security: 'Security: data or admin access is exposed.',
  performance: 'Performance: it works, but slower or less evenly.',
  advice: 'Advice: a best practice, not a failure.',
};

function fence(example: RuleExample): string {
  const lang = /\.ya?ml$/.test(example.file) ? 'yaml' : /\.(service|env|sh)$/.test(example.file) ? 'ini' : 'properties';
  const parts = [`\`${example.file}\`:\n\n\`\`\`${lang}\n${example.text.replace(/\n$/, '')}\n\`\`\``];
  for (const other of example.cluster ?? []) parts.push(`\`${other.file}\` (same cluster):\n\n\`\`\`properties\n${other.text.replace(/\n$/, '')}\n\`\`\``);
  if (example.options) parts.push(`Options: \`${JSON.stringify(example.options)}\``);
  if (example.liveTopics) parts.push(`The running cluster (\`--bootstrap-server\`): ${example.liveTopics.map((t) => `topic \`${t.name}\` with ${t.partitions} partitions and replication factor ${t.replicationFactor}${t.configs ? `, ${Object.entries(t.configs).map(([k, v]) => `\`${k}=${v}\``).join(', ')}` : ''}`).join('; ')}.`);
  return parts.join('\n\n');
}

/** What the rule reports on a flagged example, as `file:line:col severity message` lines. */
function reportedOn(rule: Rule, example: RuleExample): string {
  const files = [{ file: example.file, text: example.text }, ...(example.cluster ?? [])];
  const findings = lintFiles(files, { ...exampleOptions(example), ruleSet: [rule] }).findings;
  const lines = findings.map((f) => `${f.file ?? ''}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}  ${f.severity}  ${f.message}`);
  return ['kafka-lint reports:', '', '```text', ...lines, '```'].join('\n');
}

const FACT_TEXT: Record<FactName, string> = {
  kafkaVersion: 'the Kafka version',
  javaVersion: 'the Java version',
  zookeeperVersion: 'the ZooKeeper version',
  brokerCount: 'the number of brokers',
  zookeeperEnsemble: 'the ZooKeeper ensemble',
  kraftQuorum: 'the KRaft controller quorum',
};

function messagesSection(rule: Rule): string[] {
  const rows = Object.entries(rule.meta.messages).map(
    ([id, m]) => `| \`${id}\` | ${m.severity} | ${m.text.replace(/\|/g, '\\|').replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>')} |`,
  );
  return [
    '## Messages',
    '',
    `Each message has its own default severity; set one alone with \`"rules": { "${rule.meta.id}/<message-id>": "off" }\`. Setting the rule's level moves its most serious message to that level and keeps the others' distance below it.`,
    '',
    '| Message id | Severity | Text |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ];
}

function factsSection(rule: Rule): string[] {
  const facts = rule.meta.facts ?? [];
  if (facts.length === 0) return [];
  return [
    '## Facts it rests on',
    '',
    `Besides the files, its findings rest on ${facts.map((f) => FACT_TEXT[f]).join(', ')}. kafka-lint reads each from the files where it can (image tags, Strimzi resources, paths, the nodes in view) and says where it came from (\`--show-clusters\`, JSON and SARIF output). When a fact is only assumed, an error that rests on it is reported as a warning that says what was assumed; state it with ${facts.map((f) => `\`${FACT_OPTIONS[f].flag}\``).join(', ')} or the matching key of kafka-lint.config.json.`,
    '',
  ];
}

function optionsSection(rule: Rule): string[] {
  if (!rule.meta.options) return [];
  const schema = z.toJSONSchema(rule.meta.options(z)) as { properties?: Record<string, { type?: string; description?: string }> };
  const rows = Object.entries(schema.properties ?? {}).map(([name, p]) => `| \`${name}\` | ${p.type ?? ''} | ${(p.description ?? '').replace(/\|/g, '\\|')} |`);
  return [
    '## Options',
    '',
    `Set with \`"rules": { "${rule.meta.id}": ["warning", { ... }] }\` in kafka-lint.config.json; an unknown or ill-typed option stops the run with exit code 2.`,
    '',
    '| Option | Type | Meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ];
}

/** Renders a rule's docs page from its metadata; docs/rules/ holds the output, checked by a test. */
export function renderRuleDoc(rule: Rule): string {
  const m = rule.meta;
  const lines = [
    `# ${m.id}`,
    '',
    m.description,
    '',
    `- Default severity: **${m.severity}**`,
    `- Kind: ${CATEGORY_TEXT[m.category]}`,
    `- Applies to: ${m.fileKinds.join(', ')}`,
    `- Fixable with \`--fix\`: ${m.fixable ? 'yes' : 'no'}`,
    '',
    '## Why',
    '',
    m.rationale,
    '',
    '## How to fix',
    '',
    m.fix,
    '',
    ...messagesSection(rule),
    ...factsSection(rule),
    ...optionsSection(rule),
    '## Examples',
    '',
    '### Flagged',
    '',
    ...m.examples.bad.flatMap((e) => [fence(e), '', reportedOn(rule, e), '']),
    '### Not flagged',
    '',
    ...m.examples.good.map(fence).flatMap((s) => [s, '']),
    '## Turning it off',
    '',
    `For one line: \`# kafka-lint-disable-next-line ${m.id} -- reason\`. For the file: \`# kafka-lint-disable ${m.id} -- reason\`. Everywhere: \`"rules": { "${m.id}": "off" }\` in kafka-lint.config.json, or \`--rule ${m.id}=off\`.`,
    '',
    '## References',
    '',
    ...m.references.map((r) => (r.url ? `- [${r.title}](${r.url})` : `- ${r.title}`)),
    '',
  ];
  return lines.join('\n');
}

/** Renders docs/rules/README.md: a table of every rule. */
export function renderRuleIndex(rules: readonly Rule[]): string {
  const rows = rules.map(
    (r) => `| [${r.meta.id}](${ruleDocPath(r.meta.id)}) | ${r.meta.severity} | ${r.meta.category} | ${r.meta.fixable ? 'yes' : ''} | ${r.meta.description.replace(/\|/g, '\\|')} |`,
  );
  return [
    '# Rules',
    '',
    'Generated from the rules\' metadata by `npm run docs:rules`; a test fails when a page drifts.',
    '',
    '| Rule | Severity | Kind | Fixable | What it finds |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
