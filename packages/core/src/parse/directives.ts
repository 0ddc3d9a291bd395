import type { Directive } from '../model/index.js';

const DIRECTIVE = /<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

/**
 * Inline directives in HTML comments, as ESLint writes them:
 * `<!-- factlint-disable-next-line quote-mismatch -- the source misquoted him -->`.
 * Rules are separated by commas or spaces; an empty list means every rule.
 */
export function findDirectives(text: string): Directive[] {
  const found: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const body = m[2] ?? '';
    const sep = body.indexOf('--');
    const rulePart = sep >= 0 ? body.slice(0, sep) : body;
    const reason = sep >= 0 ? body.slice(sep + 2).trim() : '';
    const directive: Directive = {
      kind: m[1] as Directive['kind'],
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      span: { start: m.index, end: m.index + m[0].length },
    };
    if (reason) directive.reason = reason;
    found.push(directive);
  }
  return found;
}
