/**
 * Appends `value` to the list under `key`, creating it: in place, so that grouping n things
 * takes linear time (a copy of the list per addition is quadratic in the size of a group).
 *
 * @example
 * ```ts
 * const byPort = new Map<number, string[]>();
 * addTo(byPort, 9092, 'PLAINTEXT');
 * ```
 */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
