import type { Loose } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from './read';
import { collapseWhitespace } from './text';

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

/** Each outcomes module's outcomes, read once for the six rules that read them (the module is never changed). */
const outcomesOf = new WeakMap<object, readonly OutcomeInfo[]>();

export function readOutcomes(study: Loose): readonly OutcomeInfo[] {
  const module = protocolModule(study, 'outcomesModule');
  let outcomes = outcomesOf.get(module);
  if (!outcomes) outcomesOf.set(module, (outcomes = readOutcomesOf(module)));
  return outcomes;
}

function readOutcomesOf(module: Loose): OutcomeInfo[] {
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
  const title = outcome.measure
    ? ` "${collapseWhitespace(outcome.measure).slice(0, 80)}"`
    : ` no. ${outcome.index + 1} (counting from 1)`;
  return `${outcome.kind.toLowerCase()} outcome${title}`;
}

/** Generic words a title may consist of without naming a measure ("Safety", "Efficacy", "Adverse events"). */
const GENERIC_WORDS =
  String.raw`safety|tolerability|tolerance|feasibility|efficacy|effectiveness|effect|effects|efficiency|` +
  String.raw`satisfaction|acceptability|usability|adherence|compliance|(?:primary |secondary |other )?(?:outcome|` +
  String.raw`end ?point)(?: measure)?s?|adverse events?|adverse effects?|side effects?|toxicity|complications?|` +
  String.raw`quality of life|qol|pain|pharmacokinetics|pk|pharmacodynamics|pd|immunogenicity|cost|costs`;
/** Instrument names given alone: the title should say what the instrument measures, e.g. "Depression (PHQ-9 score)". */
const INSTRUMENTS =
  String.raw`sf-?36|sf-?12|eq-?5d(?:-?[35]l)?|vas|nrs|phq-?9|gad-?7|hads|bdi(?:-?ii)?|` +
  String.raw`psqi|odi|womac|koos|mmse|moca|qlq-?c30|fact-?[a-z]{1,3}|promis|ipss|iief|` +
  String.raw`dlqi|easi|pasi|cdai|sledai|das-?28|haq|acr20|ecog|kps|nihss|mrs|gcs`;
/**
 * The words above are written with single spaces; a title may have any run of whitespace there, and around it. Matching
 * the title as written spares a copy of every title (the rule reads each outcome of each record).
 */
const anyWhitespace = (source: string) => source.replace(/ \?/g, String.raw`\s*`).replace(/ /g, String.raw`\s+`);
const GENERIC = new RegExp(
  String.raw`^\s*` +
    anyWhitespace(
      String.raw`(?:the |overall |general |clinical |study |treatment |drug )?(?:` +
        String.raw`${GENERIC_WORDS}|${INSTRUMENTS})(?: and (?:${GENERIC_WORDS}))?`,
    ) +
    String.raw`[.:]?\s*$`,
  'i',
);

/** Whether an outcome title is a bare generic word or a bare instrument name. */
export function isGenericTitle(measure: string): boolean {
  return GENERIC.test(measure);
}
