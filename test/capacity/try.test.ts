import { it } from 'vitest';
import { run } from '../../src/cli/commands/plan.js';
it('x', async () => {
  const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stdout.write('ERR ' + t), cwd: '.', env: {}, isTTY: false, readStdin: async () => Buffer.from('') };
  await run(['--write-avg', '50 MB/s', '--write-peak', '150 MB/s', '--fanout', '3', '--retention', '7d', '--rf', '3', '--min-isr', '3', '--disk', '8 TB', '--racks', '3', '--cores', '16', '--growth', '5%', '--partitions', '100'], io);
  await run(['--format', 'markdown', '--write-avg', '50 MB/s', '--retention', '7d', '--rf', '3', '--disk', '8 TB', '--nic', '1 Gbit/s', '--fanout', '5', '--metadata', 'zookeeper', '--memory', '16 GiB'], io);
  await run(['--write-avg', '50 mb/s', '--retention', '7m', '--rf', 'x', '--disk=-1', '--nic', '1 Gb/s', '--racks', '0'], io);
});
