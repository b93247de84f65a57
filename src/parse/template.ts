/**
 * Templates: the files and values a config is rendered from before a program reads it. Ansible's
 * Jinja (`server.properties.j2`), ERB, Go templates (Helm) and the placeholders install scripts
 * fill in with sed (`@INSTANCE@`, `%HOST%`) or sample files leave to the reader (`<ip>`, `{}`).
 *
 * Everything here is a linear scan: values and lines may come from unreviewed files of any size,
 * so no regular expression runs over a whole value or line.
 */

/** The suffixes of template files; the file beneath is read as the kind its own name says. */
export const TEMPLATE_SUFFIXES = ['.j2', '.jinja2', '.jinja', '.tpl', '.tmpl', '.erb', '.template'] as const;

/**
 * The name a template file renders to, or `undefined` when the name has no template suffix.
 *
 * @example
 * ```ts
 * renderedName('roles/kafka/templates/server.properties.j2'); // 'roles/kafka/templates/server.properties'
 * renderedName('zoo.cfg'); // undefined
 * ```
 */
export function renderedName(file: string): string | undefined {
  const lower = file.toLowerCase();
  for (const suffix of TEMPLATE_SUFFIXES) {
    if (lower.endsWith(suffix) && file.length > suffix.length) return file.slice(0, -suffix.length);
  }
  return undefined;
}

/** A half-open range `[start, end)` of a value that a template fills in. */
export interface TemplateSpan {
  start: number;
  end: number;
}

const UPPER_OR_DIGIT_OR_UNDERSCORE = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const WORD = (c: number): boolean => UPPER_OR_DIGIT_OR_UNDERSCORE(c) || (c >= 97 && c <= 122);
const LETTER = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The end of a `${…}` starting at `i` (nested `${A:-${B}}` included), or -1 when unclosed. */
function closeDollarBrace(value: string, i: number): number {
  let depth = 0;
  for (let j = i; j < value.length; j++) {
    const c = value.charCodeAt(j);
    if (c === 36 /* $ */ && value.charCodeAt(j + 1) === 123 /* { */) {
      depth++;
      j++;
    } else if (c === 125 /* } */) {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}

/**
 * Where a value holds template parts: `${VAR}` (shell, Compose, Ansible), `{{ … }}` and
 * `{% … %}` (Jinja, Helm), `<% … %>` (ERB), `@VAR@` (sed placeholders of install scripts),
 * `%VAR%`, `<placeholder>` and the `{}` / `{name}` of sample files. An unclosed opener makes the
 * rest of the value templated.
 *
 * @example
 * ```ts
 * templateSpans('PLAINTEXT://{{ inventory_hostname }}:9092'); // [{ start: 12, end: 36 }]
 * templateSpans('kafka@INSTANCE_NUMBER@'); // [{ start: 5, end: 22 }]
 * templateSpans('/var/lib/kafka'); // []
 * ```
 */
export function templateSpans(value: string): TemplateSpan[] {
  const spans: TemplateSpan[] = [];
  const n = value.length;
  let i = 0;
  const push = (start: number, end: number): void => {
    spans.push({ start, end: end < 0 ? n : end });
    i = end < 0 ? n : end;
  };
  while (i < n) {
    const c = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (c === 36 && next === 123) {
      push(i, closeDollarBrace(value, i));
    } else if (c === 123 && (next === 123 || next === 37 || next === 35)) {
      // {{ }}, {% %}, {# #}
      const closer = next === 123 ? '}}' : next === 37 ? '%}' : '#}';
      const end = value.indexOf(closer, i + 2);
      push(i, end < 0 ? -1 : end + 2);
    } else if (c === 60 && next === 37) {
      const end = value.indexOf('%>', i + 2);
      push(i, end < 0 ? -1 : end + 2);
    } else if (c === 123) {
      // `{}` or `{name}` of a sample file: word characters and dots only.
      let j = i + 1;
      while (j < n && (WORD(value.charCodeAt(j)) || value.charCodeAt(j) === 46)) j++;
      if (j < n && value.charCodeAt(j) === 125) push(i, j + 1);
      else i = j > i + 1 ? j : i + 1;
    } else if (c === 60 && LETTER(next)) {
      // `<ip>`, `<broker-host>`: a letter, then word characters, dots and dashes.
      let j = i + 2;
      while (j < n && (WORD(value.charCodeAt(j)) || value.charCodeAt(j) === 46 || value.charCodeAt(j) === 45)) j++;
      if (j < n && value.charCodeAt(j) === 62) push(i, j + 1);
      else i = j;
    } else if ((c === 64 || c === 37) && i + 2 < n) {
      // `@VAR@` (upper case, digits, underscores; two or more) and `%VAR%` (any word).
      const isVar = c === 64 ? UPPER_OR_DIGIT_OR_UNDERSCORE : WORD;
      let j = i + 1;
      if (c === 37 && !(LETTER(value.charCodeAt(j)) || value.charCodeAt(j) === 95)) {
        i++;
        continue;
      }
      while (j < n && isVar(value.charCodeAt(j))) j++;
      if (j < n && value.charCodeAt(j) === c && j - i - 1 >= 2) push(i, j + 1);
      else i = j > i + 1 ? j : i + 1;
    } else {
      i++;
    }
  }
  return spans;
}

/**
 * Whether a value still holds a template part (see `templateSpans`): what the program will
 * read is not known until it is rendered, so no rule judges it.
 *
 * @example
 * ```ts
 * hasTemplate('{{ kafka_log_dirs }}'); // true
 * hasTemplate('/data/kafka'); // false
 * ```
 */
export function hasTemplate(value: string): boolean {
  // Cheap first look: every template part starts with one of these characters.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 36 || c === 123 || c === 60 || c === 64 || c === 37) return templateSpans(value).length > 0;
  }
  return false;
}

/** A template file's text with its control parts blanked out, and what they govern. */
export interface MaskedTemplate {
  /** The text with control tags replaced by blanks (line breaks kept), so positions still hold. */
  text: string;
  /** 1-based lines inside a conditional or loop block: what they set depends on the template's variables. */
  conditionalLines: ReadonlySet<number>;
  /** Whether any control tag was found. */
  hasControl: boolean;
}

/** A line ends at `i`: LF, or a CR not followed by LF (a CRLF counts once, at its LF). */
function isLineBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10);
}

/** Jinja/Go-template keywords that open a block whose lines may or may not be rendered. */
const BLOCK_OPENERS = new Set(['if', 'for', 'range', 'with', 'macro', 'block', 'unless', 'each', 'while', 'case']);
const BLOCK_CLOSERS = new Set(['endif', 'endfor', 'end', 'endmacro', 'endblock', 'endwith', 'endunless', 'endwhile', 'endcase']);

/** The first word of a control tag's body (`{%- if x %}` gives `if`; `{{ end }}` gives `end`). */
function firstWord(body: string): string {
  let i = 0;
  while (i < body.length && (body[i] === '-' || body[i] === '~' || body[i] === ' ' || body[i] === '\t' || body[i] === '=')) i++;
  let j = i;
  while (j < body.length && WORD(body.charCodeAt(j))) j++;
  return body.slice(i, j);
}

/** Whether an ERB tag body (`<% if x %>`, `<% end %>`, `<% @brokers.each do |b| %>`) opens a block. */
function erbOpens(body: string): boolean {
  const word = firstWord(body);
  return BLOCK_OPENERS.has(word) || /\bdo\b\s*(\|[^|]*\|)?\s*-?$/.test(body.trim().slice(-60));
}

/**
 * Blanks the control tags of Jinja (`{% … %}`, `{# … #}`), Go templates (`{{ if … }}`,
 * `{{ end }}`, `{{/* … *\/}}`) and ERB (`<% … %>`, not `<%= … %>`, which outputs a value), so the
 * file beneath can be parsed as its kind, and marks the lines inside conditional and loop blocks.
 * Value tags (`{{ var }}`, `<%= var %>`) are left in place: they are templated values.
 *
 * @example
 * ```ts
 * const masked = maskTemplateControl('{% if ssl %}\nlisteners=SSL://:9093\n{% endif %}\n');
 * masked.text; // '            \nlisteners=SSL://:9093\n           \n'
 * masked.conditionalLines.has(2); // true
 * ```
 */
export function maskTemplateControl(text: string): MaskedTemplate {
  const chars: string[] = [];
  const conditionalLines = new Set<number>();
  let depth = 0;
  let line = 1;
  let hasControl = false;
  let copiedTo = 0;
  const blank = (from: number, to: number): void => {
    chars.push(text.slice(copiedTo, from));
    for (let k = from; k < to; k++) {
      const ch = text.charCodeAt(k);
      chars.push(ch === 10 || ch === 13 ? text[k] as string : ' ');
    }
    copiedTo = to;
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isLineBreak(text, i)) {
      line++;
      if (depth > 0) conditionalLines.add(line);
      i++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    let closer: string | undefined;
    let kind: 'jinja' | 'go' | 'erb' | undefined;
    if (c === 123 && (next === 37 || next === 35)) {
      closer = next === 37 ? '%}' : '#}';
      kind = 'jinja';
    } else if (c === 123 && next === 123) {
      closer = '}}';
      kind = 'go';
    } else if (c === 60 && next === 37 && text.charCodeAt(i + 2) !== 61 /* = */) {
      closer = '%>';
      kind = 'erb';
    }
    if (closer === undefined || kind === undefined) {
      i++;
      continue;
    }
    const end = text.indexOf(closer, i + 2);
    const stop = end < 0 ? text.length : end + 2;
    const body = text.slice(i + 2, Math.min(stop - 2, i + 2 + 200));
    const word = firstWord(body);
    const isComment = body.startsWith('/*') || body.startsWith('- /*') || text.charCodeAt(i + 1) === 35;
    const opens = kind === 'erb' ? erbOpens(body) : BLOCK_OPENERS.has(word);
    const closes = BLOCK_CLOSERS.has(word);
    const control = kind !== 'go' || isComment || opens || closes || word === 'else' || word === 'elif' || word === 'define' || word === 'template';
    if (!control) {
      i = stop;
      continue;
    }
    hasControl = true;
    // Count the lines the tag spans, so line numbers stay right.
    if (opens) conditionalLines.add(line);
    for (let k = i; k < stop; k++) {
      if (isLineBreak(text, k)) {
        line++;
        if (depth > 0 || opens) conditionalLines.add(line);
      }
    }
    blank(i, stop);
    if (opens) depth++;
    else if (closes && depth > 0) depth--;
    i = stop;
  }
  if (!hasControl) return { text, conditionalLines, hasControl };
  chars.push(text.slice(copiedTo));
  return { text: chars.join(''), conditionalLines, hasControl };
}
