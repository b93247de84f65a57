import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand, CliIo } from './io.js';

const HELP = `Usage: kafka-lint [options] [paths...]
       kafka-lint rules [--format text|json]   (kafka-lint rules --help)
       kafka-lint explain <rule-id>          (kafka-lint explain --help)
       kafka-lint plan [options]            (kafka-lint plan --help)
       kafka-lint upgrade-check [options]   (kafka-lint upgrade-check --help)

Lints Apache Kafka and ZooKeeper configuration: server.properties, broker.properties,
controller.properties and other .properties with broker keys, zoo.cfg, zookeeper.properties,
myid, docker-compose files, env files (kafka-env.sh, java.env, .env), systemd units and
Strimzi Kafka/KafkaNodePool resources. Each path (file, directory, glob, or - for standard
input) is one cluster; no path lints the current directory.

Clusters:
  --cluster-per-dir          each directory that directly holds configs is its own cluster
  --kafka-version <v>        judge against this Kafka version (default: read from image tags,
                             Strimzi resources or paths, else assumed and said so)
  --java-version <n>         the nodes run on Java n (8, 11, 17, 21; default: read from images
                             or JDK paths, else unknown: JVM findings are then warnings)
  --zookeeper-version <v>    the ensemble runs ZooKeeper v (e.g. 3.8; default: read or unknown)
  --brokers <n>              the cluster has n brokers (default: from Strimzi or compose, else
                             "at least" the broker files in view)
  --show-clusters            print each cluster's files and the facts it was judged on, with
                             where each came from (on stderr)
  --stdin-filename <name>    the name of the file on standard input (picks its kind)
  --type <kind>              the kind of standard input, e.g. broker, zookeeper, myid
  --ignore-pattern <glob>    do not lint what matches (gitignore syntax, relative to the
                             working directory; repeatable); .kafka-lintignore there too
  --no-error-on-unmatched-pattern
                             a path or glob with no config file in it is no error

Live cluster (read only; docs/live.md):
  --bootstrap-server <h:p>   also lint this running cluster: its brokers (broker:<id>), their
                             static and dynamic configs, and its topics (topic:<name>); its
                             broker count and Kafka release are known. Without paths, only
                             the cluster
  --command-config <file>    client properties: security.protocol, sasl.mechanism,
                             sasl.jaas.config, ssl.* (PEM or PKCS12); secrets never printed
  --timeout <seconds>        give up reading the cluster after this long (default 10)

Output:
  -f, --format <format>      stylish (default), json, sarif, github or junit; repeatable
  -o, --output-file <file>   write the --format before it to <file> instead of stdout
  -q, --quiet                report errors only
  --max-warnings <n>         exit 1 when there are more than n warnings
  --color, --no-color        force colour on or off; the last given wins (default: on a
                             terminal unless TERM=dumb; NO_COLOR, FORCE_COLOR)

Configuration:
  -c, --config <file>        use this config file instead of looking for
                             kafka-lint.config.json / .kafka-lintrc.json from here upwards
  --rule <id>=<level>        set a rule's (or one message's, id/message-id) level: off, info,
                             warning or error; repeatable
  --print-config <file>      show the configuration that applies to <file>
  --no-inline-config         ignore # kafka-lint-disable comments in the files
  --baseline <file>          hide the findings recorded in <file> (default:
                             kafka-lint-baseline.json when it exists)
  --update-baseline          record the current findings in the baseline (default
                             kafka-lint-baseline.json)

Fixes:
  --fix                      apply safe fixes to the files (byte-exact edits; not with -)
  --fix-dry-run              print the fixes as a patch git apply accepts; change nothing
                             (on stderr when a json, sarif, junit or github report is on stdout)

Other:
  --debug                    print a stack trace on internal errors
  -h, --help                 show this help
  -v, --version              print the version

Examples:
  kafka-lint                                      lint the configs under the current directory
  kafka-lint config/kafka config/zookeeper        two clusters
  kafka-lint 'clusters/*/server.properties'       a glob (quote it)
  kafka-lint --cluster-per-dir clusters/          one cluster per directory
  cat server.properties | kafka-lint --stdin-filename server.properties -
  kafka-lint --format sarif --output-file kafka-lint.sarif --format stylish
  kafka-lint --rule broker/unknown-key=error --max-warnings 0 config/
  kafka-lint --baseline kafka-lint-baseline.json --update-baseline
  kafka-lint explain properties/duplicate-key
  kafka-lint --bootstrap-server kafka-1:9092 --command-config client.properties topics/

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors or too many
warnings; 2 usage, file, configuration or internal error. A path named on the command line
that is ignored is skipped with a notice (exit 0 if nothing else is linted).
Docs: https://github.com/kafka-lint/kafka-lint/blob/main/docs/cli.md
`;

/** The subcommands; any other first word is a path to lint. */
const COMMANDS = ['rules', 'explain', 'plan', 'upgrade-check'];

/** Errors whose message is for the user as it stands: no "internal error" prefix, no stack. */
const USER_ERRORS = new Set(['UsageError', 'ConfigError', 'InputError']);

async function subcommand(name: 'plan' | 'upgrade-check'): Promise<CliCommand | undefined> {
  try {
    const mod: { run: CliCommand } = name === 'plan' ? await import('./commands/plan.js') : await import('./commands/upgrade-check.js');
    return mod.run;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}

/**
 * Runs kafka-lint with command-line arguments (without `node` and the script) and returns the
 * exit code. Never throws: usage, I/O and config errors print one line on stderr and give 2;
 * so do internal failures, with a stack trace only under `--debug`.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo());
 * ```
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [first, ...rest] = argv;
    if (first === 'rules' || first === 'explain') {
      const { runRules, runExplain } = await import('./rules-command.js');
      return await (first === 'rules' ? runRules(rest, io) : runExplain(rest, io));
    }
    if (first === 'plan' || first === 'upgrade-check') {
      const run = await subcommand(first);
      if (!run) {
        io.stderr(`kafka-lint: the ${first} command is not part of this build\n`);
        return 2;
      }
      return await run(rest, io);
    }
    // A mistyped command would otherwise be read as a path that does not exist.
    if (first !== undefined && /^[a-z][a-z-]*$/.test(first) && !existsSync(resolve(io.cwd, first))) {
      const { didYouMean, UsageError } = await import('./command-line.js');
      const hint = didYouMean(first, COMMANDS);
      if (hint !== '') throw new UsageError(`'${first}' is neither a command nor a file${hint} (see kafka-lint --help)`);
    }
    // --help or --version on its own answers without loading the linter.
    const alone = argv.length === 1 && ['--help', '-h', '--version', '-v'].includes(first as string) ? first : undefined;
    const args = alone === undefined ? (await import('./args.js')).parseLintArgs(argv) : undefined;
    if (args ? args.help : alone === '--help' || alone === '-h') {
      io.stdout(HELP);
      return 0;
    }
    if (!args || args.version) {
      io.stdout(`${(await import('./version.js')).toolVersion()}\n`);
      return 0;
    }
    const { runLint } = await import('./lint-command.js');
    return await runLint(args, io);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    if (USER_ERRORS.has(e.name)) io.stderr(`kafka-lint: ${e.message}\n`);
    else io.stderr(`kafka-lint: internal error: ${e.message.split('\n')[0]}${debug ? '' : ' (run with --debug for the stack trace; please report it)'}\n`);
    if (debug && e.stack) io.stderr(`${e.stack}\n`);
    return 2;
  }
}
