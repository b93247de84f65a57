import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'deploy/syntax',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['compose', 'systemd', 'strimzi'],
    description: 'A deployment file has syntax its own tool refuses (compose, kubectl) or skips (systemd).',
    rationale:
      'docker compose and kubectl refuse a file that is not valid YAML (tabs in the indentation are the common case: YAML forbids them), so nothing starts. systemd skips a unit line without `=` with only a note in the journal, so the setting the line was meant to hold is silently missing. kafka-lint still reads what it can, but the file must be fixed first.',
    fix: 'Indent YAML with spaces and quote values that YAML would otherwise read as structure ({ }, [ ], `: `). In a unit, write every setting as Key=value on its own line; put comments on lines of their own.',
    references: [
      { title: 'YAML 1.2.2, 6.1 Indentation Spaces (tabs are not indentation)', url: 'https://yaml.org/spec/1.2.2/#61-indentation-spaces' },
      { title: 'systemd.syntax(7)', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.syntax.html' },
    ],
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n\tzookeeper:\n\t\timage: zookeeper:3.8\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  zookeeper:\n    image: zookeeper:3.8\n' }],
    },
  },
  check(ctx) {
    for (const d of ctx.cluster.deployments ?? []) {
      for (const n of d.notices) {
        if (n.code !== 'syntax') continue;
        ctx.report({ message: n.message, file: n.file, ...(n.span ? { span: n.span } : {}), severity: n.refused ? 'error' : 'warning' });
      }
    }
  },
});
