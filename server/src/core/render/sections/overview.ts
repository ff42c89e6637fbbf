import type { RenderContext } from '../context';
import { dateStructHtml, labelHtml } from '../format';
import { escapeHtml } from '../html';
import { enumLabel } from '../../model/enums';
import { asArray, asObject, asText, readPath } from '../../model/read';
import { P, fieldList, section } from './section';

/** Basic Information: status, phase, enrollment, study type, key dates. */
export function renderOverview(context: RenderContext, study: unknown): string {
  const status = asObject(readPath(study, 'protocolSection', 'statusModule'));
  const design = asObject(readPath(study, 'protocolSection', 'designModule'));
  const fields = [
    context.field('Recruitment Status', statusHtml(status), `${P.status}/overallStatus`),
    context.field('Phase', phasesHtml(design?.phases), `${P.design}/phases`),
    context.field('Enrollment', enrollmentHtml(design?.enrollmentInfo), `${P.design}/enrollmentInfo`),
    context.field('Study Type', studyTypeHtml(design), `${P.design}/studyType`),
    context.field('Study Start', dateStructHtml(status?.startDateStruct, context.today), `${P.status}/startDateStruct`),
    context.field(
      'Primary Completion',
      dateStructHtml(status?.primaryCompletionDateStruct, context.today),
      `${P.status}/primaryCompletionDateStruct`,
    ),
    context.field(
      'Study Completion',
      dateStructHtml(status?.completionDateStruct, context.today),
      `${P.status}/completionDateStruct`,
    ),
    context.field(
      'First Posted',
      dateStructHtml(status?.studyFirstPostDateStruct),
      `${P.status}/studyFirstPostDateStruct`,
    ),
    context.field('Record Verified', verifiedHtml(status?.statusVerifiedDate), `${P.status}/statusVerifiedDate`),
  ];
  return section(context, 'basic-information', 'Basic Information', P.status, fieldList(fields, 'fields facts'));
}

function statusHtml(status: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const overall = labelHtml('Status', status?.overallStatus);
  if (overall === undefined) return undefined;
  const lastKnown = asText(status?.lastKnownStatus);
  const why = asText(status?.whyStopped);
  let html = overall;
  if (lastKnown) html += ` <span class="qualifier">(last known: ${escapeHtml(enumLabel('Status', lastKnown))})</span>`;
  if (why) html += `<span class="sub">Why stopped: ${escapeHtml(why)}</span>`;
  return html;
}

function phasesHtml(value: unknown): string | undefined {
  const labels = asArray(value)
    .map((code) => asText(code))
    .filter((code): code is string => code !== undefined)
    .map((code) => enumLabel('Phase', code));
  return labels.length === 0 ? undefined : escapeHtml(labels.join('/'));
}

function enrollmentHtml(value: unknown): string | undefined {
  const count = asText(readPath(value, 'count'));
  if (count === undefined) return undefined;
  const noun = count === '1' ? 'participant' : 'participants';
  // 5796 → 5,796, as the registry prints counts.
  const grouped = /^\d+$/.test(count) ? count.replace(/\B(?=(\d{3})+$)/g, ',') : count;
  const estimated =
    asText(readPath(value, 'type')) === 'ESTIMATED' ? ' <span class="qualifier">(estimated)</span>' : '';
  return `${escapeHtml(grouped)} ${noun}${estimated}`;
}

function studyTypeHtml(design: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const type = labelHtml('StudyType', design?.studyType);
  if (type === undefined) return undefined;
  return design?.patientRegistry === true ? `${type} <span class="qualifier">(Patient Registry)</span>` : type;
}

function verifiedHtml(value: unknown): string | undefined {
  return dateStructHtml({ date: value });
}
