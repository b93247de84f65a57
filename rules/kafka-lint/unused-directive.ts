import { defineRule } from '../../src/engine/rule.js';
import { UNUSED_DIRECTIVE_RULE_ID, type UnusedDirectiveMessage } from '../../src/engine/directives.js';

export default defineRule<UnusedDirectiveMessage>({
  meta: {
    id: UNUSED_DIRECTIVE_RULE_ID,
    category: 'advice',
    fileKinds: ['broker', 'zookeeper', 'compose', 'systemd', 'env', 'strimzi'],
    description:
      'A `# kafka-lint-disable…` comment silences nothing: no finding of the rules it names is in its scope. With `"requireDirectiveReason": true` in the config file, a directive without a `-- reason` is reported too.',
    rationale:
      'A directive left behind after the problem was fixed, or one with a mistyped rule id, hides nothing today but will silently hide the next real finding on that line or in that file. ESLint and stylelint report such directives for the same reason. A directive without a reason leaves the next reader to guess whether the finding was judged harmless or just hidden; teams that review suppressions ask for one (as eslint-comments/require-description does).',
    fix: 'Delete the directive, or correct the rule id it names (`kafka-lint rules` lists them); give a reason after `--`. `--no-inline-config` ignores every directive.',
    references: [
      { title: 'ESLint: --report-unused-disable-directives', url: 'https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives' },
      { title: 'kafka-lint CLI: inline directives (docs/cli.md)' },
    ],
    messages: {
      'names-nothing': {
        severity: 'warning',
        text: "'# {{directive}}' names no rule, so it silences nothing. Name the rules it is for: '# {{directive}} rule-id -- reason'.",
      },
      'unknown-id': {
        severity: 'warning',
        text: "'# {{directive}} {{id}}' names '{{id}}', which is not a kafka-lint rule or message, so it silences nothing. Correct the id (`kafka-lint rules` lists them) or delete the directive.",
      },
      'silences-nothing': {
        severity: 'warning',
        text: "'# {{directive}} {{id}}' silences nothing: {{id}} reports no finding {{where}}. Delete it, so it cannot hide a future finding.",
      },
      'missing-reason': {
        severity: 'warning',
        text: "'# {{directive}} {{ids}}' gives no reason, and the config file asks for one (requireDirectiveReason). Say why after ' -- ': '# {{directive}} {{ids}} -- why it is safe here'.",
      },
    },
    examples: {
      bad: [
        {
          file: 'server.properties',
          text: '# kafka-lint-disable-next-line properties/duplicate-key -- set twice on purpose\nnum.partitions=6\n',
        },
      ],
      good: [{ file: 'server.properties', text: 'num.partitions=6\n' }],
    },
  },
  check() {
    // The engine reports unused directives (src/engine/directives.ts) once every other rule has
    // run, because only then is it known which directives silenced a finding.
  },
});
