import type { Loose, RuleReport } from '../defineRule';
import { asNumber, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from './read';
import { replaceFix } from './fixes';

export const ENROLLMENT = pointerOf('designModule', 'enrollmentInfo');
export const ENROLLMENT_COUNT = `${ENROLLMENT}/count`;
export const ENROLLMENT_TYPE = `${ENROLLMENT}/type`;

export interface Enrollment {
  readonly count: number | undefined;
  /** `ACTUAL` or `ESTIMATED` as written; undefined when missing or not a string. */
  readonly type: string | undefined;
  /** Whether the record has a type key at all: a fix adds it, or replaces it. */
  readonly hasType: boolean;
}

/** The enrollment the enrollment and results rules compare; undefined when the record has no enrollment object. */
export function readEnrollment(study: Loose): Enrollment | undefined {
  const info = asObject(protocolModule(study, 'designModule').enrollmentInfo);
  if (!info) return undefined;
  return { count: asNumber(info.count), type: asString(info.type), hasType: info.type !== undefined };
}

/**
 * The finding of a study whose recruitment is over while its enrollment is still Estimated (`status` is how the
 * message names the status): on the type, with the fix that marks it Actual; undefined when it is not Estimated.
 */
export function stillEstimatedReport(
  study: Loose,
  status: string,
  fixTitle: string,
): RuleReport<'estimated'> | undefined {
  const enrollment = readEnrollment(study);
  if (enrollment?.type !== 'ESTIMATED') return undefined;
  return {
    messageId: 'estimated',
    pointer: ENROLLMENT_TYPE,
    data: { status, count: enrollment.count ?? 'no count' },
    fixes: [replaceFix(fixTitle, ENROLLMENT_TYPE, 'ACTUAL')],
  };
}
