import type { Loose } from '../defineRule';
import type { Fix } from '../../types';
import { readArms } from '../../arms';
import { DESIGN_INFO, designInfo, studyType } from './read';
import { replaceFix } from './fixes';

export const ALLOCATION = `${DESIGN_INFO}/allocation`;

/**
 * The design info of an interventional study that lists exactly one arm, the case the single-arm design rules judge
 * (nothing to randomize between, nothing to run in parallel); undefined otherwise.
 */
export function singleArmDesign(study: Loose): Loose | undefined {
  if (studyType(study) !== 'INTERVENTIONAL' || readArms(study).length !== 1) return undefined;
  return designInfo(study);
}

/** The registry's allocation for a single-arm study. */
export function allocationNaFix(): Fix {
  return replaceFix('Set Allocation to N/A', ALLOCATION, 'NA');
}
