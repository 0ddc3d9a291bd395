import { evaluate, parse, type DocumentNode, type Node, type ValueNode } from '@humanwhocodes/momoa';
import { parsePointer, pointerSegment } from './errors.js';

export interface Located {
  line: number;
  column: number;
}

export interface ParsedJson {
  value: unknown;
  /**
   * Line and column of the value at a JSON pointer (of its key, with `at: 'key'`),
   * or of the deepest existing parent when the pointer leads nowhere.
   */
  locate(pointer: string, at?: 'key' | 'value'): Located;
  /** Pointers of object keys given more than once (JSON.parse would silently keep the last). */
  duplicateKeys: { pointer: string; at: Located }[];
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const TOKEN_NAMES: Record<string, string> = {
  LBrace: "'{'",
  RBrace: "'}'",
  LBracket: "'['",
  RBracket: "']'",
  Colon: "':'",
  Comma: "','",
  EOF: 'end of input',
};

/**
 * Strict JSON (no comments, no trailing commas) parsed with source locations,
 * so that a schema error can say "line 7, column 41" and not only a pointer.
 * JSON.parse gives neither positions for schema errors nor, on Node 20, always
 * a line for syntax errors.
 */
export function parseJson(text: string): ParsedJson {
  let doc: DocumentNode;
  try {
    doc = parse(text, { mode: 'json', ranges: false, tokens: false });
  } catch (error) {
    const e = error as Error & { line?: number; column?: number };
    const message = e.message
      .replace(/\s*\(\d+:\d+\)$/, '')
      .replace(/Unexpected token (\w+) found\./, (_, t: string) => `unexpected ${TOKEN_NAMES[t] ?? t.toLowerCase()}`)
      .replace(/^Unexpected/, 'unexpected')
      .replace(/ found\.$/, '');
    throw new JsonSyntaxError(message, e.line ?? 1, e.column ?? 1);
  }
  return {
    value: evaluate(doc),
    locate: (pointer, at = 'value') => locate(doc.body, parsePointer(pointer), at),
    duplicateKeys: findDuplicateKeys(doc.body, ''),
  };
}

function start(node: Node): Located {
  const { line, column } = node.loc.start;
  return { line, column };
}

function locate(node: ValueNode, segments: readonly string[], at: 'key' | 'value'): Located {
  let current: Node = node;
  let value: ValueNode = node;
  for (const segment of segments) {
    let key: Node | undefined;
    let child: ValueNode | undefined;
    if (value.type === 'Object') {
      const member = value.members.findLast((m) => m.name.type === 'String' && m.name.value === segment);
      key = member?.name;
      child = member?.value;
    } else if (value.type === 'Array' && /^\d+$/.test(segment)) {
      child = value.elements[Number(segment)]?.value;
    }
    if (!child) break;
    value = child;
    current = at === 'key' && key ? key : child;
  }
  return start(current);
}

function findDuplicateKeys(node: ValueNode, pointer: string): { pointer: string; at: Located }[] {
  const found: { pointer: string; at: Located }[] = [];
  if (node.type === 'Object') {
    const seen = new Set<string>();
    for (const member of node.members) {
      const key = member.name.type === 'String' ? member.name.value : '';
      const childPointer = `${pointer}/${pointerSegment(key)}`;
      if (seen.has(key)) found.push({ pointer: childPointer, at: start(member.name) });
      seen.add(key);
      found.push(...findDuplicateKeys(member.value, childPointer));
    }
  } else if (node.type === 'Array') {
    node.elements.forEach((element, i) => found.push(...findDuplicateKeys(element.value, `${pointer}/${i}`)));
  }
  return found;
}
