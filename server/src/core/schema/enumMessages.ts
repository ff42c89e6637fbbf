import { ENUMS, type EnumName } from '../model';
import type { Fix } from '../types';
import { closestMatch } from './didYouMean';

/** "Randomized (RANDOMIZED), Non-Randomized (NON_RANDOMIZED), N/A (NA)". */
export function allowedValuesText(enumName: EnumName): string {
  return ENUMS[enumName].values.map((v) => (v.label === v.value ? v.value : `${v.label} (${v.value})`)).join(', ');
}

/** The enum code an author most likely meant: by code spelling, or by registry label ("Non-randomized"). */
export function suggestEnumValue(enumName: EnumName, input: string) {
  const values = ENUMS[enumName].values;
  const labels = new Map(values.map((v) => [v.label, v.value] as const));
  return closestMatch(
    input,
    values.map((v) => v.value),
    labels,
  );
}

/** The message and fix for a value outside an enum. */
export function enumFinding(
  title: string,
  enumName: EnumName,
  input: string,
  pointer: string,
): { message: string; fixes: Fix[] } {
  const suggestion = suggestEnumValue(enumName, input);
  const list = allowedValuesText(enumName);
  if (!suggestion) return { message: `${title} must be one of: ${list}.`, fixes: [] };
  return {
    message: `${title} must be one of: ${list}. Did you mean ${suggestion.value}?`,
    fixes: [
      {
        title: `Change to ${suggestion.value}`,
        safe: suggestion.isCertain,
        isPreferred: true,
        operations: [{ op: 'replace', path: pointer, value: suggestion.value }],
      },
    ],
  };
}
