import type { JsonValue, RecordFormat } from '../types';
import type { ParsedDocument } from './ast';
import { findYamlComments } from './comments';
import { parseValidJson } from './fastJson';
import { parseJsonText } from './jsonParser';
import { createLineIndex } from './lineIndex';
import { valueOf } from './values';
import { parseYamlText } from './yamlParser';

export type { AstNode, ArrayNode, CommentNode, LineIndex, ObjectNode, ParsedDocument, PropertyNode, ScalarNode } from './ast';
export { findNode, locateOffset, parsePointer, spanOfPointer, splitPointer, toPointer, escapePointerToken } from './pointer';
export type { NodeLocation, OffsetLocation } from './pointer';
export { createLineIndex } from './lineIndex';
export { valueOf } from './values';

/** The format of a record file from its name: `.json` is JSON, everything else YAML. */
export function formatOfPath(path: string): RecordFormat {
  return /\.json$/i.test(path) ? 'json' : 'yaml';
}

/** Parses a whole record. Never throws: syntax problems become `syntax/...` findings. */
export function parseRecord(text: string, format: RecordFormat): ParsedDocument {
  if (format === 'json') {
    const valid = parseValidJson(text);
    if (valid) return { format, text, root: valid.root, value: valid.value, syntaxFindings: [], comments: [], lineIndex: createLineIndex(text) };
    const { root, findings } = parseJsonText(text);
    // JSON.parse is an order of magnitude faster than walking the tree; same result when the text is valid.
    const value = findings.length === 0 && root ? fastJsonValue(text) ?? valueOf(root) : valueOf(root);
    return { format, text, root, value, syntaxFindings: findings, comments: [], lineIndex: createLineIndex(text) };
  }
  const { root, findings } = parseYamlText(text);
  return {
    format,
    text,
    root,
    value: valueOf(root),
    syntaxFindings: findings,
    comments: findYamlComments(text, root),
    lineIndex: createLineIndex(text),
  };
}

function fastJsonValue(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as JsonValue;
  } catch {
    return undefined;
  }
}
