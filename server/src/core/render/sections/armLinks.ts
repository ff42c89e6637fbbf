import { InterventionType } from '../../model/enums';
import { asArray, asText, at } from '../read';

/** The interventions an arm receives, each with the pointer of the reference that links it. */
export interface ArmIntervention {
  /** Index into `interventions[]`, or undefined when the reference names no listed intervention. */
  readonly interventionIndex: number | undefined;
  /** The reference as written (for unmatched ones). */
  readonly reference: string;
  /** JSON pointer of the reference (`armGroups/i/interventionNames/j` or `interventions/k/armGroupLabels/m`). */
  readonly pointer: string;
}

const ARMS = '/protocolSection/armsInterventionsModule';

/** Lower-cased type words a reference may prefix a name with: "drug", "biological", "biological/vaccine". */
function typeWords(code: string): readonly string[] {
  const info = InterventionType.values.find((v) => v.value === code);
  return info ? [code.toLowerCase(), info.label.toLowerCase(), (info.note ?? info.label).toLowerCase()] : [code.toLowerCase()];
}

const key = (text: string): string => text.trim().toLowerCase();

/**
 * Links arms to interventions. `armGroups[].interventionNames` entries read
 * "<Type label>: <name>" in registry output and may be bare names in authored files; the
 * reverse link `interventions[].armGroupLabels` counts too (the registry derives both from
 * one table), so an arm lists an intervention linked either way, once.
 */
export function linkArmsToInterventions(armsModule: unknown): readonly (readonly ArmIntervention[])[] {
  const interventions = asArray(at(armsModule, 'interventions'));
  const byName = new Map<string, number[]>();
  interventions.forEach((intervention, index) => {
    const name = asText(at(intervention, 'name'));
    if (name === undefined) return;
    const list = byName.get(key(name));
    if (list) list.push(index);
    else byName.set(key(name), [index]);
  });

  const find = (reference: string): number | undefined => {
    const exact = byName.get(key(reference));
    if (exact && exact.length > 0) return exact[0];
    const colon = reference.indexOf(':');
    if (colon < 0) return undefined;
    const typed = byName.get(key(reference.slice(colon + 1)));
    const prefix = key(reference.slice(0, colon));
    return typed?.find((index) => typeWords(asText(at(interventions[index], 'type')) ?? '').includes(prefix)) ?? typed?.[0];
  };

  return asArray(at(armsModule, 'armGroups')).map((arm, armIndex) => {
    const result: ArmIntervention[] = [];
    const seen = new Set<number>();
    asArray(at(arm, 'interventionNames')).forEach((value, j) => {
      const reference = asText(value);
      if (reference === undefined) return;
      const interventionIndex = find(reference);
      if (interventionIndex !== undefined) {
        if (seen.has(interventionIndex)) return;
        seen.add(interventionIndex);
      }
      result.push({ interventionIndex, reference, pointer: `${ARMS}/armGroups/${armIndex}/interventionNames/${j}` });
    });
    const label = asText(at(arm, 'label'));
    if (label === undefined) return result;
    interventions.forEach((intervention, k) => {
      if (seen.has(k)) return;
      const m = asArray(at(intervention, 'armGroupLabels')).findIndex((l) => asText(l) !== undefined && key(asText(l) ?? '') === key(label));
      if (m < 0) return;
      seen.add(k);
      result.push({ interventionIndex: k, reference: asText(at(intervention, 'name')) ?? '', pointer: `${ARMS}/interventions/${k}/armGroupLabels/${m}` });
    });
    return result;
  });
}
