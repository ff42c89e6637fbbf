import type { Loose } from '../defineRule';
import { asArray, asObject, asString, pointerOf, protocolModule } from './read';

export const OUTCOME_LISTS = [
  ['primaryOutcomes', 'Primary'],
  ['secondaryOutcomes', 'Secondary'],
  ['otherOutcomes', 'Other'],
] as const;

export interface OutcomeInfo {
  readonly list: (typeof OUTCOME_LISTS)[number][0];
  readonly kind: string;
  readonly index: number;
  readonly measure: string | undefined;
  readonly timeFrame: string | undefined;
  readonly description: string | undefined;
  readonly hasTimeFrameKey: boolean;
  readonly pointer: string;
}

export function readOutcomes(study: Loose): OutcomeInfo[] {
  const module = protocolModule(study, 'outcomesModule');
  return OUTCOME_LISTS.flatMap(([list, kind]) =>
    asArray(module[list]).map((raw, index) => {
      const outcome = asObject(raw) ?? {};
      return {
        list,
        kind,
        index,
        measure: asString(outcome.measure),
        timeFrame: asString(outcome.timeFrame),
        description: asString(outcome.description),
        hasTimeFrameKey: 'timeFrame' in outcome,
        pointer: pointerOf('outcomesModule', list, index),
      };
    }),
  );
}

/** How a message names an outcome: `secondary outcome "Quality of life"`. */
export function outcomeName(outcome: OutcomeInfo): string {
  const title = outcome.measure ? ` "${outcome.measure.replace(/\s+/g, ' ').trim().slice(0, 80)}"` : ` no. ${outcome.index + 1} (counting from 1)`;
  return `${outcome.kind.toLowerCase()} outcome${title}`;
}
