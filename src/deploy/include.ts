/** A file a deployment file refers to (compose env_file, systemd EnvironmentFile=), as supplied by the caller. */
export interface IncludedFile {
  /** The path as findings show it. */
  file: string;
  /** The decoded text. */
  text: string;
}

/**
 * Finds the text of a file that another file refers to. Loaders never read the disk: the CLI (or
 * a test) supplies the files of the cluster, and this looks among them.
 */
export type IncludedFileResolver = (reference: string, from: string) => IncludedFile | undefined;

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + out.join('/');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * A resolver over the supplied files: the reference resolved against the referring file's
 * directory (compose resolves env_file that way), else the one supplied file with the same base
 * name (an absolute EnvironmentFile= path, or files collected into one folder, where a
 * `<repo>__` prefix is allowed before the name).
 *
 * @example
 * ```ts
 * const resolve = includedFileResolver([{ file: 'stack/kafka.env', text: 'KAFKA_CFG_NODE_ID=1\n' }]);
 * resolve('./kafka.env', 'stack/docker-compose.yml')?.file; // 'stack/kafka.env'
 * ```
 */
export function includedFileResolver(files: readonly IncludedFile[]): IncludedFileResolver {
  return (reference, from) => {
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
    const wanted = normalize(reference.startsWith('/') ? reference : dir + reference);
    const exact = files.find((f) => normalize(f.file) === wanted);
    if (exact) return exact;
    const base = baseName(wanted);
    const byName = files.filter((f) => f.file !== from && (baseName(f.file) === base || baseName(f.file).endsWith(`__${base}`)));
    return byName.length === 1 ? byName[0] : undefined;
  };
}
