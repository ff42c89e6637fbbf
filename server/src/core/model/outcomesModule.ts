import { list, markup, object, text } from './fields';
import { conditional, optional, required } from './meta';

function outcome(kind: string) {
  return object(
    {
      measure: text({
        title: `${kind} Outcome Measure Title`,
        description: 'The name of the specific measure used to assess the effect of the intervention.',
        requirement: required,
        limit: 255,
      }),
      description: markup({
        title: `${kind} Outcome Measure Description`,
        description: 'The metric or method of measurement, when the title does not say it.',
        requirement: optional,
        limit: 999,
      }),
      timeFrame: text({
        title: `${kind} Outcome Measure Time Frame`,
        description: 'The specific time point(s) at which the measure is assessed.',
        requirement: required,
        limit: 255,
      }),
    },
    {
      title: `${kind} Outcome Measure`,
      description: `One ${kind.toLowerCase()} outcome measure.`,
      requirement: optional,
    },
  );
}

export const outcomesModule = object(
  {
    primaryOutcomes: list(outcome('Primary'), {
      title: 'Primary Outcome Measures',
      description:
        'The outcome measures used to evaluate the effect of the ' +
        'intervention; at least one. Not collected for expanded access.',
      // The rule outcomes/missing-primary-outcome owns this requirement (it knows which old records are exempt), so the
      // schema does not report it twice.
      requirement: conditional(
        'at least one for interventional and observational studies (checked by outcomes/missing-primary-outcome)',
      ),
      minItems: 1,
      itemNoun: 'outcome measures',
    }),
    secondaryOutcomes: list(outcome('Secondary'), {
      title: 'Secondary Outcome Measures',
      description: 'Outcome measures of secondary interest specified in the protocol.',
      requirement: conditional('if the protocol pre-specifies any'),
      itemNoun: 'outcome measures',
    }),
    otherOutcomes: list(outcome('Other Pre-specified'), {
      title: 'Other Pre-specified Outcome Measures',
      description: 'Other pre-specified measures, not including post-hoc ones.',
      requirement: optional,
      itemNoun: 'outcome measures',
    }),
  },
  {
    title: 'Outcome Measures',
    description: 'Primary, secondary and other pre-specified outcome measures.',
    requirement: conditional(
      'for interventional and observational studies (checked by outcomes/missing-primary-outcome)',
    ),
  },
);
