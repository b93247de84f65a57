import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { independentDeploymentsIn } from '../../src/engine/independent-deployments.js';
import type { SourceFile } from '../../src/engine/load.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'cli', 'deployments');

/** The files under a fixture directory, named relative to the fixtures. */
function files(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ file: relative(fixtures, p).split('\\').join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(join(fixtures, dir));
  return out;
}

const edit = (list: SourceFile[], file: string, from: string, to: string): SourceFile[] =>
  list.map((f) => (f.file === file ? { ...f, text: f.text.replace(from, to) } : f));

describe('independentDeploymentsIn', () => {
  it('two data centres in one path: disjoint ensembles, brokers on disjoint ensembles, every broker id twice', () => {
    expect(independentDeploymentsIn([...files('east'), ...files('west')])).toEqual({
      count: 2,
      evidence: ['2 ZooKeeper ensembles with no server in common', 'brokers connect to 2 ZooKeeper ensembles with no host in common', 'broker ids 1, 2, 3 each appear 2 times'],
      deployments: [
        ['east/zk1/zoo.cfg', 'east/zk2/zoo.cfg', 'east/zk3/zoo.cfg'],
        ['west/zk1/zoo.cfg', 'west/zk2/zoo.cfg', 'west/zk3/zoo.cfg'],
      ],
    });
  });
  it('one deployment: nothing', () => {
    expect(independentDeploymentsIn(files('east'))).toBeUndefined();
  });
  it('a node that names itself 0.0.0.0 in its own zoo.cfg is still in the ensemble', () => {
    const own = edit(files('east'), 'east/zk1/zoo.cfg', 'server.1=zk1.east.example.com', 'server.1=0.0.0.0');
    expect(independentDeploymentsIn(own)).toBeUndefined();
  });
  it('one repeated broker id is a mistake within the cluster, not evidence', () => {
    const typo = edit(files('east'), 'east/kafka3/server.properties', 'broker.id=3', 'broker.id=2');
    expect(independentDeploymentsIn(typo)).toBeUndefined();
  });
  it('templated hosts tie nothing together and split nothing', () => {
    const templated = files('east').map((f) => ({ ...f, text: f.text.replace(/zk(\d)\.east\.example\.com/g, '{{ zk$1_host }}') }));
    expect(independentDeploymentsIn(templated)).toBeUndefined();
  });
});
