import { parseArgs } from 'node:util';
import { allRules } from '../../rules/index.js';
import { renderRuleDoc } from '../docs/rule-doc.js';
import { ruleDocUrl } from '../docs/rule-url.js';
import { UsageError } from './args.js';
import type { CliIo } from './io.js';

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
  let format: string;
  try {
    format = parseArgs({ args: argv, options: { format: { type: 'string', short: 'f', default: 'text' } } }).values.format ?? 'text';
  } catch (err) {
    throw new UsageError(`rules: ${err instanceof Error ? err.message : String(err)}`);
  }
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
  if (format !== 'text') throw new UsageError(`rules --format ${format}: expected text or json`);
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
  const [id, ...rest] = argv;
  if (id === undefined || rest.length > 0) throw new UsageError('explain takes one rule id, e.g. kafka-lint explain properties/duplicate-key');
  const rule = allRules.find((r) => r.meta.id === id);
  if (!rule) {
    const name = id.slice(id.lastIndexOf('/') + 1);
    const similar = allRules.filter((r) => r.meta.id.includes(name)).map((r) => r.meta.id);
    throw new UsageError(`explain: '${id}' is not a kafka-lint rule${similar.length > 0 ? `; did you mean ${similar.join(', ')}?` : ' (`kafka-lint rules` lists them)'}`);
  }
  io.stdout(renderRuleDoc(rule) + `\nOnline: ${ruleDocUrl(rule.meta.id)}\n`);
  return 0;
}
