import type { Loose } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { designInfo, DESIGN_INFO } from './read';

export const MASKING_INFO = `${DESIGN_INFO}/maskingInfo`;

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
