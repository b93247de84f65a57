import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'deploy/syntax',
    category: 'startup-failure',
    fileKinds: ['compose', 'systemd', 'strimzi', 'topics'],
    description: 'A deployment file has syntax its own tool refuses (compose, kubectl) or skips (systemd).',
    rationale:
      'docker compose and kubectl refuse a file that is not valid YAML (tabs in the indentation are the common case: YAML forbids them), so nothing starts. systemd skips a unit line without `=` with only a note in the journal, so the setting the line was meant to hold is silently missing. kafka-lint still reads what it can, but the file must be fixed first.',
    fix: 'Indent YAML with spaces and quote values that YAML would otherwise read as structure ({ }, [ ], `: `). In a unit, write every setting as Key=value on its own line inside its section; put comments on lines of their own.',
    references: [
      { title: 'YAML 1.2.2, 6.1 Indentation Spaces (tabs are not indentation)', url: 'https://yaml.org/spec/1.2.2/#61-indentation-spaces' },
      { title: 'systemd.syntax(7)', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.syntax.html' },
    ],
    messages: {
      'yaml-tabs': {
        severity: 'error',
        text: 'Compose refuses this file: YAML does not allow tabs for indentation. Indent with spaces; kafka-lint read it as if the tabs were spaces.',
      },
      'yaml-error': {
        severity: 'error',
        text: '{{tool}} refuses this file: it is not valid YAML ({{problem}}); kafka-lint read what it could. Fix the YAML at this line.',
      },
      'hcl-error': {
        severity: 'error',
        text: 'Terraform refuses this file: it is not valid HCL; kafka-lint read what it could. Fix the HCL at this line.',
      },
      'unit-line-without-equals': {
        severity: 'warning',
        text: "systemd ignores this line: it has no '=' (it logs \"Missing '='\"). Remove it or write Key=value.",
      },
      'unit-line-outside-section': {
        severity: 'warning',
        text: 'systemd ignores this assignment: it comes before any [Section] header. Move it into the section it belongs to, e.g. [Service].',
      },
    },
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n\tzookeeper:\n\t\timage: zookeeper:3.8\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  zookeeper:\n    image: zookeeper:3.8\n' }],
    },
  },
  check(ctx) {
    for (const d of ctx.cluster.deployments ?? []) {
      for (const n of d.notices) {
        if (n.code !== 'syntax') continue;
        const data = n.reason === 'yaml-error' ? { ...n.data, tool: n.data['tool'] === 'kubernetes' ? 'kubectl' : 'docker compose' } : n.data;
        ctx.report({ messageId: n.reason, data, file: n.file, ...(n.span ? { span: n.span } : {}) });
      }
    }
  },
});
