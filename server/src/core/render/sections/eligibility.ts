import type { RenderContext } from '../context';
import { labelHtml, yesNo } from '../format';
import { escapeHtml } from '../html';
import { enumLabel } from '../../model/enums';
import { asArray, asBoolean, asObject, asText, readPath } from '../../model/read';
import { P, fieldList, richText, section } from './section';

/** Eligibility: criteria as formatted lists, ages, sex, healthy volunteers. */
export function renderEligibility(context: RenderContext, study: unknown): string {
  const module = asObject(readPath(study, 'protocolSection', 'eligibilityModule'));
  if (!module) return section(context, 'eligibility', 'Eligibility', P.eligibility, '');
  // An absent age limit means "no limit" (PRS "N/A"), but only once the module exists.
  const age = (value: unknown): string => escapeHtml(asText(value) ?? 'No limit');
  const stdAges = asArray(module.stdAges)
    .map((code) => asText(code))
    .filter((code): code is string => code !== undefined)
    .map((code) => enumLabel('StandardAge', code));
  const gender = asBoolean(module.genderBased) === true ? richText(module.genderDescription) : undefined;
  const fields = fieldList(
    [
      context.field('Minimum Age', age(module.minimumAge), `${P.eligibility}/minimumAge`),
      context.field('Maximum Age', age(module.maximumAge), `${P.eligibility}/maximumAge`),
      context.field(
        'Age Groups',
        stdAges.length ? escapeHtml(stdAges.join(', ')) : undefined,
        `${P.eligibility}/stdAges`,
      ),
      context.field('Sex', labelHtml('Sex', module.sex), `${P.eligibility}/sex`),
      context.field('Gender Based', gender, `${P.eligibility}/genderDescription`),
      context.field(
        'Accepts Healthy Volunteers',
        yesNo(asBoolean(module.healthyVolunteers)),
        `${P.eligibility}/healthyVolunteers`,
      ),
      context.field(
        'Sampling Method',
        labelHtml('SamplingMethod', module.samplingMethod),
        `${P.eligibility}/samplingMethod`,
      ),
    ],
    'fields facts',
  );
  const population = richText(module.studyPopulation);
  const criteria = richText(module.eligibilityCriteria);
  // The registry's order: who is studied (observational studies), the criteria, then the facts.
  const body =
    (population
      ? context.block('div', 'subsection', `${P.eligibility}/studyPopulation`, '<h3>Study Population</h3>', population)
      : '') +
    (criteria
      ? context.block(
          'div',
          'subsection criteria',
          `${P.eligibility}/eligibilityCriteria`,
          '<h3>Criteria</h3>',
          criteria,
        )
      : '') +
    fields;
  return section(context, 'eligibility', 'Eligibility', P.eligibility, body);
}
