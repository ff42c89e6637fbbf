import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTrialRecordService, fixedClock, type TrialRecordService } from '../../server/src/core';
import type { ParsedDocument } from '../../server/src/core/parse';
import type { RecordFormat } from '../../server/src/core/types';

/** The cursor marker in fixtures, like the markdown service's CURSOR. */
export const CURSOR = '$0';

export function createService(): TrialRecordService {
  return createTrialRecordService({ clock: fixedClock('2025-01-15') });
}

/** A parsed record and the offset where `$0` was (the marker is removed). */
export function atCursor(
  textWithCursor: string,
  format: RecordFormat = 'yaml',
): { doc: ParsedDocument; offset: number } {
  const offset = textWithCursor.indexOf(CURSOR);
  if (offset < 0) throw new Error('fixture has no $0 cursor marker');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + CURSOR.length);
  return { doc: createService().parse(text, format), offset };
}

/** The seed example record. */
export function seedExample(): string {
  return readFileSync(join(__dirname, '../../examples/NCT01547091.trial.yaml'), 'utf8');
}

/** Joins lines with `\n` and ends with one. */
export function lines(...parts: string[]): string {
  return parts.join('\n') + '\n';
}
