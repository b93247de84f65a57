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
 * The path a reference names from a referring file: relative references against the referring
 * file's directory, absolute ones as they are, normalized.
 *
 * @example
 * ```ts
 * resolvedPath('./kafka.env', 'stack/docker-compose.yml'); // 'stack/kafka.env'
 * ```
 */
export function resolvedPath(reference: string, from: string): string {
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const path = normalize(reference.startsWith('/') ? reference : dir + reference);
  return reference.endsWith('/') && path !== '' && path !== '/' ? `${path}/` : path;
}

/**
 * The one file whose path ends with the last `count` segments of `wanted`, as a directory path or
 * as a collected name (`<repo>__brokers__b0__config__server.properties` for `brokers/b0/config/server.properties`);
 * `null` when several do (a shorter tail cannot tell them apart either).
 */
function byTail<F extends IncludedFile>(files: readonly F[], from: string, segments: readonly string[], count: number): F | null | undefined {
  const tail = segments.slice(-count);
  const asPath = `/${tail.join('/')}`;
  const asName = tail.join('__');
  const found = files.filter((f) => f.file !== from && (`/${normalize(f.file)}`.endsWith(asPath) || baseName(f.file) === asName || baseName(f.file).endsWith(`__${asName}`)));
  return found.length === 1 ? found[0] : found.length > 1 ? null : undefined;
}

/**
 * A resolver over the supplied files: the reference resolved against the referring file's
 * directory (compose resolves env_file that way), else the one supplied file whose path ends the
 * way the reference does (an absolute EnvironmentFile= path, or files collected into one folder,
 * where `<repo>__` prefixes and `__` for `/` are allowed), longest tail first, down to the base name.
 *
 * @example
 * ```ts
 * const resolve = includedFileResolver([{ file: 'stack/kafka.env', text: 'KAFKA_CFG_NODE_ID=1\n' }]);
 * resolve('./kafka.env', 'stack/docker-compose.yml')?.file; // 'stack/kafka.env'
 * ```
 */
export function includedFileResolver<F extends IncludedFile>(files: readonly F[]): (reference: string, from: string) => F | undefined {
  return (reference, from) => {
    const wanted = resolvedPath(reference, from);
    const exact = files.find((f) => normalize(f.file) === wanted);
    if (exact) return exact;
    const segments = normalize(reference).split('/').filter((s) => s !== '' && s !== '..');
    for (let count = segments.length; count >= 1; count--) {
      const found = byTail(files, from, segments, count);
      if (found === null) return undefined;
      if (found) return found;
    }
    return undefined;
  };
}
