import { defineRule } from '../defineRule';
import { isGenericTitle, outcomeName, readOutcomes } from '../util/outcomes';
import { normalizeText } from '../util/text';

/** A title written as the study's aim: "To demonstrate…", "Evaluate the…", "The primary outcome is to…". */
const OBJECTIVE =
  /^(?:(?:the )?(?:primary |secondary )?(?:objective|aim|purpose|outcome)(?: of this study)? is to \w+|to (?:assess|evaluate|determine|demonstrate|compare|investigate|confirm|see|explore|characteri[sz]e|examine|estimate|establish|test|identify|describe|study|analy[sz]e|measure|quantify|verify|document|understand|collect)|(?:assess|evaluate|determine|demonstrate|investigate|explore|characteri[sz]e|examine)(?: the| whether| if| how)?)\b/i;

export default defineRule({
  id: 'outcomes/nonspecific-title',
  description: 'An outcome title names what is measured, not just "Safety", "Efficacy" or the study\'s aim.',
  severity: 'warning',
  catalogue: ['outcome-nonspecific-title'],
  tier: 'official',
  messages: {
    objective:
      'The title of the {name}{others} states an objective ("{start}…"), not a measure. Name what is measured, ' +
      'for example "Progression-free survival" or "Change in PHQ-9 score from baseline to week 12".',
    generic:
      'The title of the {name} is not specific. Name the measure itself (for example "Number of participants with ' +
      'treatment-related adverse events" or "Change in HbA1c"), not only the domain or the instrument.',
  },
  docs: {
    details:
      'The registry warns about outcome titles that are a bare generic word ("Safety", "Tolerability", ' +
      '"Feasibility", "Efficacy", "Satisfaction", "Adverse events") and reviewers ask the same of a bare instrument ' +
      'name ("SF-36"): the title must say what is measured. A generic title shared by several outcomes is reported ' +
      'once, by outcomes/duplicate-outcome. Titles written as an objective ("To demonstrate the superiority of…", ' +
      '"Evaluate the safety of…") are reported too: reviewers ask for the measure, not the aim.',
    wrong: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Safety
        timeFrame: 12 weeks
`,
    right: `protocolSection:
  outcomesModule:
    primaryOutcomes:
      - measure: Number of participants with treatment-emergent adverse events
        timeFrame: 12 weeks
`,
  },
  check(context) {
    const outcomes = readOutcomes(context.study);
    const titles = new Map<string, number>();
    for (const o of outcomes)
      if (o.measure) titles.set(normalizeText(o.measure), (titles.get(normalizeText(o.measure)) ?? 0) + 1);
    // Objective-style titles are one habit of the writer: one finding, on the first, counting the others.
    const objectives = outcomes.filter((o) => o.measure && OBJECTIVE.test(o.measure.trim()));
    if (objectives.length > 0) {
      const [first] = objectives;
      const start = OBJECTIVE.exec(first.measure?.trim() ?? '')?.[0].trim() ?? '';
      const others =
        objectives.length > 1 ? ` (and ${objectives.length - 1} other outcome${objectives.length > 2 ? 's' : ''})` : '';
      context.report({
        messageId: 'objective',
        pointer: `${first.pointer}/measure`,
        data: { name: outcomeName(first), others, start },
      });
    }
    for (const outcome of outcomes) {
      if (!outcome.measure || objectives.includes(outcome)) continue;
      if (!isGenericTitle(outcome.measure)) continue;
      // A title shared by several outcomes is reported once, by outcomes/duplicate-outcome.
      if ((titles.get(normalizeText(outcome.measure)) ?? 0) > 1) continue;
      context.report({
        messageId: 'generic',
        pointer: `${outcome.pointer}/measure`,
        data: { name: outcomeName(outcome) },
      });
    }
  },
});
