import type { Loose } from '../defineRule';
import { FINAL_RULE_DATE, earliestDay } from '../../model';
import { readInterventions } from '../../arms';
import { asArray, asObject, asString } from '../../model/read';
import { protocolModule } from './read';

/** Intervention types that are drug products for FDA purposes. */
export const DRUG_TYPES: ReadonlySet<string> = new Set(['DRUG', 'BIOLOGICAL', 'GENETIC', 'COMBINATION_PRODUCT']);
/** Intervention types that are device products for FDA purposes. */
export const DEVICE_TYPES: ReadonlySet<string> = new Set(['DEVICE', 'DIAGNOSTIC_TEST', 'COMBINATION_PRODUCT']);

/** The study started on or after the FDAAA 801 Final Rule took effect (2017-01-18). */
export function isFinalRuleStudy(study: Loose): boolean {
  const start = asString(asObject(protocolModule(study, 'statusModule').startDateStruct)?.date);
  return start !== undefined && /^\d{4}(-\d{2}){0,2}$/.test(start) && earliestDay(start) >= FINAL_RULE_DATE;
}

export function oversight(study: Loose): Loose {
  return protocolModule(study, 'oversightModule');
}

/** At least one location is in the United States or its territories. */
export function hasUsSite(study: Loose): boolean {
  return asArray(protocolModule(study, 'contactsLocationsModule').locations).some((raw) =>
    /^(?:united states|puerto rico|guam|u\.s\. virgin islands|american samoa|northern mariana islands)$/i.test(
      asString(asObject(raw)?.country)?.trim() ?? '',
    ),
  );
}

/** The intervention types of the record. */
export function interventionTypes(study: Loose): Set<string> {
  return new Set(readInterventions(study).flatMap((i) => (i.type ? [i.type] : [])));
}
