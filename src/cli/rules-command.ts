import { allRules } from '../../rules/index.js';
import { renderRuleDoc } from '../docs/rule-doc.js';
import { ruleDocUrl } from '../docs/rule-url.js';
import { didYouMean, parseCommandLine, UsageError } from './command-line.js';
import type { CliIo } from './io.js';

const RULES_USAGE = `Usage: kafka-lint rules [--format text|json]

Lists every rule: its id, default severity, whether --fix fixes it, and what it finds.

Options:
  -f, --format <format>  text (default) or json
  -h, --help             show this help
`;

const EXPLAIN_USAGE = `Usage: kafka-lint explain <rule-id>

Prints a rule's docs page (why it matters, how to fix it, examples), offline.
\`kafka-lint rules\` lists the rule ids.

Example:
  kafka-lint explain properties/duplicate-key
`;

/**
 * `kafka-lint rules [--format text|json]`: every rule with its default severity, whether
 * `--fix` can fix it, and what it finds.
 *
 * @example
 * ```ts
 * await runRules(['--format', 'json'], io);
 * ```
 */
export async function runRules(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(argv, { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } }, 'kafka-lint rules', false);
  if (values['help'] === true) {
    io.stdout(RULES_USAGE);
    return 0;
  }
  const format = (values['format'] as string | undefined) ?? 'text';
  if (format === 'json') {
    const rows = allRules.map((r) => ({
      id: r.meta.id,
      severity: r.meta.severity,
      category: r.meta.category,
      fixable: r.meta.fixable === true,
      description: r.meta.description,
      docs: ruleDocUrl(r.meta.id),
    }));
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  if (format !== 'text') throw new UsageError(`rules --format ${format}: expected text or json${didYouMean(format, ['text', 'json'])}`);
  const idWidth = Math.max(4, ...allRules.map((r) => r.meta.id.length));
  const lines = [`${'RULE'.padEnd(idWidth)}  SEVERITY  FIX  DESCRIPTION`];
  for (const r of allRules) {
    lines.push(`${r.meta.id.padEnd(idWidth)}  ${r.meta.severity.padEnd(8)}  ${r.meta.fixable ? 'yes' : '   '}  ${r.meta.description}`);
  }
  lines.push('', `${allRules.length} rules. \`kafka-lint explain <rule>\` shows one rule's docs.`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

/**
 * `kafka-lint explain <rule-id>`: the rule's docs page (rationale, fix, examples), offline.
 *
 * @example
 * ```ts
 * await runExplain(['properties/duplicate-key'], io);
 * ```
 */
export async function runExplain(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { help: { type: 'boolean', short: 'h' } }, 'kafka-lint explain');
  if (values['help'] === true) {
    io.stdout(EXPLAIN_USAGE);
    return 0;
  }
  const [id, ...rest] = positionals;
  if (id === undefined || rest.length > 0) throw new UsageError('explain takes one rule id, e.g. kafka-lint explain properties/duplicate-key (see kafka-lint explain --help)');
  const rule = allRules.find((r) => r.meta.id === id);
  if (!rule) {
    const name = id.slice(id.lastIndexOf('/') + 1);
    const ids = allRules.map((r) => r.meta.id);
    const similar = ids.filter((r) => r.includes(name));
    const hint = similar.length > 0 ? `; did you mean ${similar.join(', ')}?` : didYouMean(id, ids) || ' (`kafka-lint rules` lists them)';
    throw new UsageError(`explain: '${id}' is not a kafka-lint rule${hint}`);
  }
  io.stdout(renderRuleDoc(rule) + `\nOnline: ${ruleDocUrl(rule.meta.id)}\n`);
  return 0;
}
