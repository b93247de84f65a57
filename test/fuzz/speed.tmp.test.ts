import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lint } from '../../src/engine/lint.js';
import { parseServerProperties } from '../../src/model/broker.js';
it('speed', () => {
  const text = readFileSync('/work/main/examples/cluster/kafka1/server.properties', 'utf8');
  let t = performance.now();
  for (let i = 0; i < 200; i++) lint(parseServerProperties(text, { file: 'server.properties' }));
  console.log('per lint ms', (performance.now() - t) / 200);
});
