/**
 * Command-line mistakes and help, through the built CLI: one line naming the problem, a
 * did-you-mean when a known word is close, "see --help", exit 2; help on every command, exit 0.
 */
import { describe, it, expect } from 'vitest';
import { canSpawnOnTty, spawnCli, spawnCliOnTty } from './harness.js';

if (!canSpawnOnTty) console.warn('terminal tests skipped: util-linux `script` is not installed');

const dup = 'test/fixtures/cli/dup';

describe('help of every command', () => {
  it.each([
    [['rules', '--help'], /^Usage: kafka-lint rules /],
    [['rules', '-h'], /^Usage: kafka-lint rules /],
    [['explain', '--help'], /^Usage: kafka-lint explain <rule-id>/],
    [['plan', '--help'], /^Usage: kafka-lint plan /],
    [['upgrade-check', '--help'], /^Usage: kafka-lint upgrade-check /],
  ])('%j prints its help and exits 0', (argv, usage) => {
    const run = spawnCli(argv);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(usage);
  });
});

describe('one line per mistake, with a did-you-mean', () => {
  it.each([
    [['--formt', 'json', dup], 'kafka-lint: unknown option --formt; did you mean --format? (see kafka-lint --help)'],
    [['--no-colour', dup], 'kafka-lint: unknown option --no-colour; did you mean --no-color? (see kafka-lint --help)'],
    [['--max-warnings', '-1', dup], "kafka-lint: --max-warnings takes a whole number (0 or more), not '-1'"],
    [['--max-warnings', dup], "kafka-lint: --max-warnings takes a whole number (0 or more), not 'test/fixtures/cli/dup'"],
    [['--output-file', '--format', 'json'], 'kafka-lint: --output-file needs a value before --format (see kafka-lint --help)'],
    [['--format'], 'kafka-lint: --format needs a value (see kafka-lint --help)'],
    [['--fix=yes', dup], 'kafka-lint: --fix takes no value (see kafka-lint --help)'],
    [['--format', 'jsn', dup], 'kafka-lint: --format jsn: expected one of stylish, json, sarif, github, junit; did you mean json?'],
    [['expalin', 'properties/duplicate-key'], "kafka-lint: 'expalin' is neither a command nor a file; did you mean explain? (see kafka-lint --help)"],
    [['rule'], "kafka-lint: 'rule' is neither a command nor a file; did you mean rules? (see kafka-lint --help)"],
    [['explain', 'properties/duplicat-key'], "kafka-lint: explain: 'properties/duplicat-key' is not a kafka-lint rule; did you mean properties/duplicate-key?"],
    [['rules', '--formt', 'json'], 'kafka-lint: unknown option --formt; did you mean --format? (see kafka-lint rules --help)'],
    [['plan', '--bogus', '1'], 'kafka-lint plan: unknown option --bogus (see kafka-lint plan --help)'],
    [['plan', '--retension', '7d'], 'kafka-lint plan: unknown option --retension; did you mean --retention? (see kafka-lint plan --help)'],
    [['plan', '--rf'], 'kafka-lint plan: --rf needs a value (see kafka-lint plan --help)'],
    [['upgrade-check', '--to', '4.3', '--bogus'], 'kafka-lint upgrade-check: unknown option --bogus (see kafka-lint upgrade-check --help)'],
    [['upgrade-check', '--too', '4.3'], 'kafka-lint upgrade-check: unknown option --too; did you mean --to? (see kafka-lint upgrade-check --help)'],
    [['upgrade-check', 'examples/'], 'kafka-lint upgrade-check: --to is required (see kafka-lint upgrade-check --help)'],
  ])('%j', (argv, line) => {
    expect(spawnCli(argv)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });

  it('a directory named like a command is still linted when it exists', () => {
    // `rules/` holds the rule sources, not configs: it is read as a path, not a mistyped command.
    expect(spawnCli(['rules/'])).toMatchObject({ code: 2, stderr: 'kafka-lint: no Kafka or ZooKeeper config files found in rules/\n' });
  });
});

describe('plan names its flags', () => {
  it('with no options, shows an example instead of the planner\'s field names', () => {
    const run = spawnCli(['plan']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'kafka-lint plan: give at least the write rate, retention, replication factor and disk per broker, e.g.\n' +
        '  kafka-lint plan --write-avg "50 MB/s" --write-peak "150 MB/s" --fanout 3 --retention 7d --rf 3 --disk "8 TB" --racks 3\n' +
        '(see kafka-lint plan --help)\n',
    );
  });
  it('names the flags of what is missing', () => {
    expect(spawnCli(['plan', '--write-avg', '50 MB/s'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'kafka-lint plan: invalid input (3 problems):\n' +
        '  retention: missing: --retention (e.g. "7d") and/or --retention-bytes\n' +
        '  replicationFactor: missing: --rf (e.g. 3)\n' +
        '  broker: missing: --disk, the disk per broker (e.g. "4 TB"), or --broker with a hardware profile\n',
    });
  });
});

describe('colour', () => {
  const colored = (argv: string[], env: Record<string, string> = {}): boolean => /\x1b\[/.test(spawnCli([dup, ...argv], { env }).stdout);
  it('the last of --color and --no-color wins', () => {
    expect(colored(['--color', '--no-color'])).toBe(false);
    expect(colored(['--no-color', '--color'])).toBe(true);
  });
  it.skipIf(!canSpawnOnTty)('on a terminal, colour unless TERM=dumb', () => {
    expect(spawnCliOnTty([dup], { env: { TERM: 'xterm-256color' } }).stdout).toMatch(/\x1b\[/);
    expect(spawnCliOnTty([dup], { env: { TERM: 'dumb' } }).stdout).not.toMatch(/\x1b\[/);
  });
  it('TERM=dumb gives way to FORCE_COLOR and --color', () => {
    expect(colored([], { FORCE_COLOR: '1', TERM: 'dumb' })).toBe(true);
    expect(colored(['--color'], { TERM: 'dumb' })).toBe(true);
  });
  it('upgrade-check accepts --no-color and --color', () => {
    expect(spawnCli(['upgrade-check', '--to', '4.3', '--no-color', '--color', 'examples/cluster']).code).toBe(1);
  });
});
