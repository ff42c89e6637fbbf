import { parseTree, printParseErrorCode, type Node as JsoncNode, type ParseError } from 'jsonc-parser';
import type { ReportedFinding } from '../types';
import type { AstNode, PropertyNode } from './ast';
import { LIMITS, omittedFindings } from './limits';

/** Plain-word messages for jsonc-parser's error codes. */
const JSON_ERROR_MESSAGES: Record<string, string> = {
  InvalidSymbol:
    'Unexpected character here. JSON allows objects, arrays, strings in double quotes, numbers, true, false and null.',
  InvalidNumberFormat: 'This number is not written the way JSON allows (no leading zeros, no trailing dot).',
  PropertyNameExpected: 'Expected a field name in double quotes. A trailing comma before "}" is not allowed in JSON.',
  ValueExpected: 'Expected a value here. A trailing comma before "]" or "}" is not allowed in JSON.',
  ColonExpected: 'Expected ":" after the field name.',
  CommaExpected: 'Expected "," between two items.',
  CloseBraceExpected: 'Expected "}" to close this object.',
  CloseBracketExpected: 'Expected "]" to close this list.',
  EndOfFileExpected: 'Unexpected text after the end of the record.',
  InvalidCommentToken: 'Comments are not allowed in JSON records. Use a .trial.yaml file to keep comments.',
  UnexpectedEndOfComment: 'This comment is not closed.',
  UnexpectedEndOfString: 'This string is not closed: add the closing double quote.',
  UnexpectedEndOfNumber: 'This number ends unexpectedly.',
  InvalidUnicode: 'Invalid \\u escape: it needs four hexadecimal digits.',
  InvalidEscapeCharacter: 'Invalid escape sequence in this string.',
  InvalidCharacter: 'Control characters (such as a raw tab or line break) must be escaped inside JSON strings.',
};

export interface JsonParseResult {
  readonly root: AstNode | undefined;
  readonly findings: ReportedFinding[];
}

/**
 * Parses JSON text into the format-neutral AST. `offset` is added to every span, so a
 * slice of a larger document can be re-parsed in place.
 */
export function parseJsonText(text: string, offset = 0): JsonParseResult {
  // A megabyte of commas yields a million errors; only the first ones are kept (and become findings), the rest
  // counted: keeping 2.9 million error objects took a second of CPU.
  const errors: ParseError[] = [];
  let notKept = 0;
  const collector = {
    push(error: ParseError) {
      if (errors.length <= LIMITS.maxSyntaxFindings) errors.push(error);
      else notKept++;
    },
  };
  // A BOM would be an "invalid symbol"; a space keeps every offset where it was.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  // jsonc-parser only ever calls push() on the errors array it is given.
  const tree = parseTree(source, collector as unknown as ParseError[], {
    allowTrailingComma: false,
    disallowComments: true,
    allowEmptyContent: true,
  });
  const findings: ReportedFinding[] = errors.map((error) => ({
    ruleId: 'syntax/invalid-json',
    message: JSON_ERROR_MESSAGES[printParseErrorCode(error.error)] ?? 'This is not valid JSON.',
    pointer: '',
    span: { start: error.offset + offset, end: error.offset + Math.max(error.length, 1) + offset },
  }));
  if (notKept > 0) findings.push(...omittedFindings(notKept, findings[findings.length - 1].span!));
  const root = tree ? convert(tree, offset, findings) : undefined;
  return { root, findings };
}

function convert(node: JsoncNode, offset: number, findings: ReportedFinding[]): AstNode {
  const span = { start: node.offset + offset, end: node.offset + node.length + offset };
  switch (node.type) {
    case 'object': {
      const properties: PropertyNode[] = [];
      const seen = new Set<string>();
      for (const child of node.children ?? []) {
        const [keyNode, valueNode] = child.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const keySpan = { start: keyNode.offset + offset, end: keyNode.offset + keyNode.length + offset };
        if (seen.has(key)) findings.push(duplicateKeyFinding(key, keySpan));
        seen.add(key);
        const value = valueNode ? convert(valueNode, offset, findings) : undefined;
        properties.push({
          key,
          keySpan,
          value,
          span: { start: keySpan.start, end: value ? value.span.end : keySpan.end },
        });
      }
      return { kind: 'object', span, properties };
    }
    case 'array':
      return { kind: 'array', span, items: (node.children ?? []).map((child) => convert(child, offset, findings)) };
    case 'string':
      return { kind: 'string', span, value: node.value as string, style: 'json' };
    case 'number':
      return { kind: 'number', span, value: node.value as number, style: 'json' };
    case 'boolean':
      return { kind: 'boolean', span, value: node.value as boolean, style: 'json' };
    default:
      return { kind: 'null', span, value: null, style: 'json' };
  }
}

/** A repeated key: readers keep only the last one, so the earlier value is silently lost. */
export function duplicateKeyFinding(key: string, keySpan: { start: number; end: number }): ReportedFinding {
  return {
    ruleId: 'syntax/duplicate-key',
    message: `"${key}" appears more than once here; only the last one would be kept. Remove or merge the duplicate.`,
    pointer: '',
    span: keySpan,
  };
}
