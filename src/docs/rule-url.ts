/** Where each rule's docs page is published; SARIF helpUri and `explain` point here. */
export const DOCS_BASE_URL = 'https://github.com/kafka-lint/kafka-lint/blob/main/docs/rules';

/**
 * The docs page path of a rule, relative to docs/rules/.
 *
 * @example
 * ```ts
 * ruleDocPath('zookeeper/even-ensemble'); // 'zookeeper/even-ensemble.md'
 * ```
 */
export function ruleDocPath(id: string): string {
  return `${id}.md`;
}

/**
 * The URL of a rule's docs page.
 *
 * @example
 * ```ts
 * ruleDocUrl('broker/unknown-key'); // '.../docs/rules/broker/unknown-key.md'
 * ```
 */
export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}/${ruleDocPath(id)}`;
}
