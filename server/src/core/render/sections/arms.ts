import { readArmsView, type ArmLink } from '../../arms';
import type { RenderContext } from '../context';
import { labelHtml } from '../format';
import { escapeHtml, pointerOf } from '../html';
import { asArray, asText, readPath, textItems } from '../../model/read';
import { P, fieldList, richText, section } from './section';

const ARM_GROUPS = `${P.arms}/armGroups`;
const INTERVENTIONS = `${P.arms}/interventions`;

/** Study Groups (each arm with its type and interventions), then Interventions. */
export function renderArmsAndInterventions(context: RenderContext, study: unknown): string {
  const module = readPath(study, 'protocolSection', 'armsInterventionsModule');
  const isObservational = asText(readPath(study, 'protocolSection', 'designModule', 'studyType')) === 'OBSERVATIONAL';
  const { armLinks } = readArmsView(study);
  const interventions = asArray(readPath(module, 'interventions'));

  const arms = asArray(readPath(module, 'armGroups'))
    .map((arm, i) => renderArm(context, arm, i, armLinks.get(i) ?? [], interventions))
    .join('');
  const armsBody = arms === '' ? '' : context.block('div', 'cards', ARM_GROUPS, '', arms);
  const cards = interventions.map((intervention, k) => renderIntervention(context, intervention, k)).join('');
  const interventionsBody = cards === '' ? '' : `<div class="cards">${cards}</div>`;

  return (
    section(context, 'study-groups', isObservational ? 'Groups and Cohorts' : 'Study Groups', P.arms, armsBody) +
    section(context, 'interventions', 'Interventions', INTERVENTIONS, interventionsBody)
  );
}

function renderArm(
  context: RenderContext,
  arm: unknown,
  index: number,
  links: readonly ArmLink[],
  interventions: readonly unknown[],
): string {
  const pointer = pointerOf(ARM_GROUPS, index);
  const label = asText(readPath(arm, 'label'));
  const type = labelHtml('ArmGroupType', readPath(arm, 'type'));
  // The type reads as a badge beside the label; its findings sit right below, in the arm's slot.
  const badge = type
    ? ` <span class="badge tone-${armTone(readPath(arm, 'type'))}"` +
      `${context.pointerAttribute(`${pointer}/type`)}>${type}</span>`
    : '';
  const head = `<h3>${label === undefined ? '<em>Unnamed group</em>' : escapeHtml(label)}${badge}</h3>`;
  const description = richText(readPath(arm, 'description')) ?? '';
  const items = links.map((link) => renderArmIntervention(context, link, interventions)).join('');
  const list = items === '' ? '' : `<h4>Interventions</h4><ul class="arm-interventions">${items}</ul>`;
  return context.block('article', 'card arm', pointer, head, description + list);
}

function armTone(type: unknown): string {
  return type === 'EXPERIMENTAL' ? 'done' : type === 'NO_INTERVENTION' ? 'muted' : 'info';
}

function renderArmIntervention(context: RenderContext, link: ArmLink, interventions: readonly unknown[]): string {
  if (link.intervention === undefined) {
    return context.block(
      'li',
      'arm-intervention unmatched',
      link.pointer,
      `<span class="name">${escapeHtml(link.reference)}</span> <span ` +
        `class="qualifier">(not listed under Interventions)</span>`,
      '',
    );
  }
  const intervention = interventions[link.intervention];
  const type = labelHtml('InterventionType', readPath(intervention, 'type'));
  const name = asText(readPath(intervention, 'name')) ?? link.reference;
  const head =
    (type ? `<span class="type-tag">${type}</span> ` : '') +
    `<a class="name" href="#intervention-${link.intervention}">${escapeHtml(name)}</a>`;
  return context.block(
    'li',
    'arm-intervention',
    link.pointer,
    head,
    richText(readPath(intervention, 'description')) ?? '',
  );
}

function renderIntervention(context: RenderContext, intervention: unknown, index: number): string {
  const pointer = pointerOf(INTERVENTIONS, index);
  const name = asText(readPath(intervention, 'name'));
  const type = labelHtml('InterventionType', readPath(intervention, 'type'));
  const tag = type ? `<span class="type-tag"${context.pointerAttribute(`${pointer}/type`)}>${type}</span> ` : '';
  const head =
    `<h3 id="intervention-${index}">${tag}` +
    `${name === undefined ? '<em>Unnamed intervention</em>' : escapeHtml(name)}</h3>`;
  const otherNames = textItems(readPath(intervention, 'otherNames'))
    .map(({ text }) => escapeHtml(text))
    .join(', ');
  const arms = textItems(readPath(intervention, 'armGroupLabels'))
    .map(({ text }) => escapeHtml(text))
    .join(', ');
  const fields = fieldList(
    [
      context.field('Other Names', otherNames || undefined, `${pointer}/otherNames`),
      context.field('Study Groups', arms || undefined, `${pointer}/armGroupLabels`),
    ],
    'fields inline',
  );
  return context.block(
    'article',
    'card intervention',
    pointer,
    head,
    fields + (richText(readPath(intervention, 'description')) ?? ''),
  );
}
