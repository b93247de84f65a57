import { createRequire } from 'node:module';
import { SEVERITIES, type RuleLevel, type Severity } from './finding.js';
import type { Rule } from './rule.js';

/** A rule's (or one message's) level, or its level and options. */
export type RuleSetting = RuleLevel | [RuleLevel, Record<string, unknown>?];

/**
 * Rule settings that cannot be used: an unknown rule or message id, a level that is not one, or
 * options the rule's schema refuses. The CLI prints the message and exits 2; `lint()` throws it.
 */
export class RuleSettingsError extends Error {
  /** Always `RuleSettingsError`, so callers can tell it from other errors. */
  override name = 'RuleSettingsError';
}

/** The settings of one rule, resolved: the level of each of its messages, and its options. */
export interface ResolvedRule {
  /** The rule. */
  rule: Rule;
  /** The severity of each message id, or `off`. */
  levels: ReadonlyMap<string, Severity | 'off'>;
  /** The rule's options, checked against its schema. */
  options: Record<string, unknown>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function isLevel(x: unknown): x is RuleLevel {
  return x === 'off' || (SEVERITIES as readonly unknown[]).includes(x);
}

function splitSetting(id: string, setting: unknown): { level: RuleLevel; options?: Record<string, unknown> } {
  if (isLevel(setting)) return { level: setting };
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2 && isLevel(setting[0])) {
    const options = setting[1] as unknown;
    if (options === undefined) return { level: setting[0] };
    if (typeof options === 'object' && options !== null && !Array.isArray(options)) return { level: setting[0], options: options as Record<string, unknown> };
    throw new RuleSettingsError(`rules["${id}"]: the options must be an object, as in ["warning", { ... }]`);
  }
  throw new RuleSettingsError(`rules["${id}"]: expected "off", "info", "warning" or "error", or [level, { options }]`);
}

/**
 * The severity a message gets when its rule is set to `level`: the rule's most serious message
 * takes `level`, and the others keep their distance below it (never below info). So setting a
 * rule to its own default changes nothing, and a rule's mix of severities is never flattened.
 *
 * @example
 * ```ts
 * shiftedSeverity('info', 'error', 'warning'); // 'info' (an info message of an error rule set to warning)
 * shiftedSeverity('warning', 'error', 'warning'); // 'info'
 * shiftedSeverity('info', 'info', 'error'); // 'error'
 * ```
 */
export function shiftedSeverity(message: Severity, ruleDefault: Severity, level: Severity): Severity {
  const rank = Math.min(2, Math.max(0, RANK[message] + RANK[level] - RANK[ruleDefault]));
  return SEVERITIES[rank] as Severity;
}

let zodModule: typeof import('zod') | undefined;

/** zod, loaded on first use: only runs that give a rule options pay for it. */
function zod(): typeof import('zod') {
  zodModule ??= createRequire(import.meta.url)('zod') as typeof import('zod');
  return zodModule;
}

function checkOptions(rule: Rule, options: Record<string, unknown>): Record<string, unknown> {
  const id = rule.meta.id;
  const keys = Object.keys(options);
  // Every option of every rule is optional (the registry test checks each schema accepts {}),
  // so a rule given none needs no check, and a run without options never loads zod.
  if (keys.length === 0) return options;
  if (!rule.meta.options) {
    throw new RuleSettingsError(`rules["${id}"]: ${id} takes no options, but "${keys[0]}" was given`);
  }
  const z = zod();
  const result = rule.meta.options(z).safeParse(options);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const unknown = issue?.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys?.[0] : undefined;
  const what = unknown !== undefined ? `unknown option "${unknown}"` : `option "${path || '(options)'}": ${issue?.message ?? 'invalid'}`;
  throw new RuleSettingsError(`rules["${id}"]: ${what} (\`kafka-lint explain ${id}\` lists its options)`);
}

/**
 * Every id a setting may name: each rule's id, and `<rule-id>/<message-id>` for each of its messages.
 *
 * @example
 * ```ts
 * settingIds(allRules).includes('broker/startup-constraints/listener-keystore-missing'); // true
 * ```
 */
export function settingIds(rules: readonly Rule[]): string[] {
  return rules.flatMap((r) => [r.meta.id, ...Object.keys(r.meta.messages).map((m) => `${r.meta.id}/${m}`)]);
}

/**
 * Resolves the user's settings (`rules` of the config file, `--rule`, `lint()` options) against
 * the rule set. Keys are rule ids (`broker/startup-constraints`) or message ids (`broker/startup-constraints/listener-keystore-missing`);
 * a message's own setting wins over its rule's. Throws {@link RuleSettingsError} for an unknown id,
 * a bad level or options the rule's schema refuses.
 *
 * @example
 * ```ts
 * const resolved = resolveRuleSettings(allRules, { 'jvm/heap-too-large': ['warning', { maxHeap: '8g' }] });
 * ```
 */
export function resolveRuleSettings(rules: readonly Rule[], settings: Readonly<Record<string, unknown>> = {}): ResolvedRule[] {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const ruleSettings = new Map<string, { level: RuleLevel; options?: Record<string, unknown> }>();
  const messageLevels = new Map<string, Map<string, RuleLevel>>();
  for (const id of Object.keys(settings)) {
    const setting = splitSetting(id, settings[id]);
    const rule = byId.get(id);
    if (rule) {
      ruleSettings.set(id, setting);
      continue;
    }
    const slash = id.lastIndexOf('/');
    const owner = slash > 0 ? byId.get(id.slice(0, slash)) : undefined;
    const messageId = id.slice(slash + 1);
    if (!owner || !Object.hasOwn(owner.meta.messages, messageId)) {
      const hint = owner ? `; its messages are ${Object.keys(owner.meta.messages).join(', ')}` : ' (`kafka-lint rules` lists them)';
      throw new RuleSettingsError(`rules["${id}"]: not a kafka-lint rule or message id${hint}`);
    }
    if (setting.options !== undefined) throw new RuleSettingsError(`rules["${id}"]: options belong to the rule (${owner.meta.id}), not to one of its messages`);
    let levels = messageLevels.get(owner.meta.id);
    if (!levels) messageLevels.set(owner.meta.id, (levels = new Map()));
    levels.set(messageId, setting.level);
  }
  return rules.map((rule) => {
    const setting = ruleSettings.get(rule.meta.id);
    const own = messageLevels.get(rule.meta.id);
    const levels = new Map<string, Severity | 'off'>();
    for (const [messageId, message] of Object.entries(rule.meta.messages)) {
      const exact = own?.get(messageId);
      if (exact !== undefined) levels.set(messageId, exact);
      else if (setting?.level === 'off') levels.set(messageId, 'off');
      else if (setting !== undefined) levels.set(messageId, shiftedSeverity(message.severity, rule.meta.severity, setting.level));
      else levels.set(messageId, message.severity);
    }
    return { rule, levels, options: checkOptions(rule, setting?.options ?? {}) };
  });
}
