import type { RenderContext } from '../context';
import { labelHtml } from '../format';
import { escapeHtml } from '../html';
import { enumLabel, type EnumName } from '../../model/enums';
import { asArray, asObject, asText, readPath } from '../../model/read';
import { P, fieldList, richText, section } from './section';

const INFO = `${P.design}/designInfo`;

/** Study Design: allocation, model, purpose, masking; observational and biospecimen details. */
export function renderDesign(context: RenderContext, study: unknown): string {
  const design = asObject(readPath(study, 'protocolSection', 'designModule'));
  const info = asObject(design?.designInfo);
  /** A designInfo code with its registry label. */
  const infoCode = (title: string, enumName: EnumName, key: string) =>
    context.field(title, labelHtml(enumName, info?.[key]), `${INFO}/${key}`);
  const fields = [
    infoCode('Allocation', 'DesignAllocation', 'allocation'),
    infoCode('Intervention Model', 'InterventionalAssignment', 'interventionModel'),
    context.field(
      'Model Description',
      richText(info?.interventionModelDescription),
      `${INFO}/interventionModelDescription`,
    ),
    infoCode('Observational Model', 'ObservationalModel', 'observationalModel'),
    infoCode('Time Perspective', 'DesignTimePerspective', 'timePerspective'),
    infoCode('Primary Purpose', 'PrimaryPurpose', 'primaryPurpose'),
    context.field('Masking', maskingHtml(info?.maskingInfo), `${INFO}/maskingInfo`),
    context.field(
      'Masking Description',
      richText(readPath(info, 'maskingInfo', 'maskingDescription')),
      `${INFO}/maskingInfo/maskingDescription`,
    ),
    context.field('Target Follow-up', escapeOptional(design?.targetDuration), `${P.design}/targetDuration`),
    context.field(
      'Biospecimen Retention',
      labelHtml('BioSpecRetention', readPath(design, 'bioSpec', 'retention')),
      `${P.design}/bioSpec/retention`,
    ),
    context.field(
      'Biospecimen Description',
      richText(readPath(design, 'bioSpec', 'description')),
      `${P.design}/bioSpec/description`,
    ),
    context.field(
      'Expanded Access Types',
      expandedAccessHtml(design?.expandedAccessTypes),
      `${P.design}/expandedAccessTypes`,
    ),
  ];
  return section(context, 'study-design', 'Study Design', P.design, fieldList(fields));
}

function maskingHtml(value: unknown): string | undefined {
  const code = asText(readPath(value, 'masking'));
  if (code === undefined) return undefined;
  const who = asArray(readPath(value, 'whoMasked'))
    .map((role) => asText(role))
    .filter((role): role is string => role !== undefined)
    .map((role) => enumLabel('WhoMasked', role));
  const label = enumLabel('DesignMasking', code);
  // The registry writes "None (Open Label)" and lists the masked roles after the level.
  if (code === 'NONE') return escapeHtml(`${label} (Open Label)`);
  return escapeHtml(who.length > 0 ? `${label} (${who.join(', ')})` : label);
}

function expandedAccessHtml(value: unknown): string | undefined {
  const types = asObject(value);
  if (!types) return undefined;
  const names: string[] = [];
  if (types.individual === true) names.push('Individual Patients');
  if (types.intermediate === true) names.push('Intermediate-size Population');
  if (types.treatment === true) names.push('Treatment IND/Protocol');
  return names.length === 0 ? undefined : escapeHtml(names.join(', '));
}

function escapeOptional(value: unknown): string | undefined {
  const text = asText(value);
  return text === undefined ? undefined : escapeHtml(text);
}
