import type { FormatName, Formatter } from './types.js';

/**
 * Loads an output format by name. Formats are imported only when asked for, so a run that
 * prints stylish output never loads the SARIF or JUnit code.
 *
 * @example
 * ```ts
 * const format = await loadFormatter('sarif');
 * writeFileSync('out.sarif', format(report, options));
 * ```
 */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
    case 'junit':
      return (await import('./junit.js')).junit;
  }
}
