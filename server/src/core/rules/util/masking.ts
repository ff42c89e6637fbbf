import type { Loose } from '../defineRule';
import type { Fix } from '../../types';
import { enumLabel } from '../../model/enums';
import { asArray, asObject, asString } from '../../model/read';
import { designInfo, DESIGN_INFO } from './read';

export const MASKING_INFO = `${DESIGN_INFO}/maskingInfo`;
export const MASKING = `${MASKING_INFO}/masking`;
export const WHO_MASKED = `${MASKING_INFO}/whoMasked`;

export const MASKING_LEVELS: Readonly<Record<string, number>> = {
  NONE: 0,
  SINGLE: 1,
  DOUBLE: 2,
  TRIPLE: 3,
  QUADRUPLE: 4,
};

export const LEVEL_BY_COUNT = ['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'] as const;

export function readMasking(study: Loose): { masking: string | undefined; whoMasked: readonly string[] | undefined } {
  const info = asObject(designInfo(study).maskingInfo);
  const who = info?.whoMasked;
  return {
    masking: asString(info?.masking),
    whoMasked: Array.isArray(who) ? asArray(who).filter((w): w is string => typeof w === 'string') : undefined,
  };
}

/** The fix that sets the masking level, added when the record has none ("Set Masking to Double"). */
export function setMaskingFix(level: string, op: 'add' | 'replace'): Fix {
  return {
    title: `Set Masking to ${enumLabel('DesignMasking', level)}`,
    safe: false,
    operations: [{ op, path: MASKING, value: level }],
  };
}
