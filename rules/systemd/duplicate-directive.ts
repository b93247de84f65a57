import { defineRule } from '../../src/engine/rule.js';
import { addTo } from '../../src/core/maps.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import type { UnitDirective } from '../../src/model/types.js';

/**
 * Directives that hold one value: written again, the later line replaces the earlier one
 * (systemd.syntax(7)). List directives (Environment=, ExecStartPre=, After=, ...) add up instead,
 * and ExecStart= is systemd/exec-start's.
 */
const SINGLE_VALUED: Readonly<Record<string, ReadonlySet<string>>> = {
  Unit: new Set(['Description', 'StartLimitIntervalSec', 'StartLimitBurst', 'JobTimeoutSec']),
  Service: new Set([
    'Type', 'User', 'Group', 'DynamicUser', 'Restart', 'RestartSec', 'RemainAfterExit', 'PIDFile', 'WorkingDirectory', 'RootDirectory',
    'TimeoutSec', 'TimeoutStartSec', 'TimeoutStopSec', 'KillMode', 'KillSignal', 'SendSIGKILL', 'UMask', 'Nice', 'OOMScoreAdjust',
    'LimitNOFILE', 'LimitNPROC', 'LimitMEMLOCK', 'LimitCORE', 'LimitAS', 'StandardOutput', 'StandardError', 'SyslogIdentifier',
    'MemoryMax', 'MemoryLimit', 'CPUQuota', 'TasksMax', 'NotifyAccess', 'WatchdogSec', 'PrivateTmp', 'ProtectSystem', 'ProtectHome', 'NoNewPrivileges',
  ]),
  Install: new Set(['DefaultInstance']),
};

export default defineRule({
  meta: {
    id: 'systemd/duplicate-directive',
    category: 'misread',
    fileKinds: ['systemd'],
    description: 'A single-valued directive (Restart=, User=, LimitNOFILE=, ...) is written twice with different values in one section; only the last takes effect.',
    rationale:
      'systemd reads a unit from top to bottom, and a later assignment of a directive that holds one value replaces the earlier one without a word (systemd.syntax(7)). Two Restart= lines usually mean an edit that appended a line instead of changing the existing one, or a copied block: the value nearer the top, often the one meant, silently does nothing. List directives such as Environment= add up and are not reported; an empty assignment, which resets the directive on purpose, is not reported either.',
    fix: 'Keep one line per directive, with the value you mean.',
    references: [
      { title: 'systemd.syntax(7): a later assignment of a single-valued setting overrides an earlier one; an empty assignment resets', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.syntax.html' },
      { title: 'systemd.service(5) and systemd.exec(5): the directives and which of them take lists', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html' },
    ],
    messages: {
      overridden: {
        severity: 'warning',
        text: '{{key}}={{value}} is set again on line {{line}} ({{key}}={{later}}): systemd keeps only the last value, so this line has no effect. Keep one {{key}}= line, with the value you mean.',
      },
    },
    examples: {
      bad: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nRestart=on-failure\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\nRestart=no\n' }],
      good: [{ file: 'kafka.service', text: '[Service]\nUser=kafka\nRestart=on-failure\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' }],
    },
  },
  check(ctx) {
    for (const unit of deploymentsOf(ctx.cluster, 'systemd')) {
      const seen = new Map<string, UnitDirective[]>();
      for (const d of unit.directives) {
        if (!SINGLE_VALUED[d.section]?.has(d.key)) continue;
        const id = `${d.section}\u0000${d.key}`;
        // An empty assignment resets the directive: what came before it is discarded on purpose.
        if (d.value === '') seen.delete(id);
        else addTo(seen, id, d);
      }
      for (const written of seen.values()) {
        const last = written.at(-1) as UnitDirective;
        for (const d of written.slice(0, -1)) {
          if (d.value === last.value) continue;
          ctx.report({ messageId: 'overridden', data: { key: d.key, value: d.value, line: last.keySpan.line, later: last.value }, file: unit.file, span: d.keySpan });
        }
      }
    }
  },
});
