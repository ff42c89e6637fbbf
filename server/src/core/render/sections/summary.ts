import type { RenderContext } from '../context';
import { escapeHtml, pointerOf } from '../html';
import { asObject, readPath, textItems } from '../../model/read';
import { P, richText, section } from './section';

/** Brief Summary, Detailed Description, Conditions and keywords. */
export function renderDescriptions(context: RenderContext, study: unknown): string {
  const description = asObject(readPath(study, 'protocolSection', 'descriptionModule'));
  const brief = richText(description?.briefSummary) ?? '';
  const detailed = richText(description?.detailedDescription) ?? '';
  return (
    section(context, 'brief-summary', 'Brief Summary', `${P.description}/briefSummary`, brief) +
    section(context, 'detailed-description', 'Detailed Description', `${P.description}/detailedDescription`, detailed) +
    renderConditions(context, study)
  );
}

function renderConditions(context: RenderContext, study: unknown): string {
  const module = asObject(readPath(study, 'protocolSection', 'conditionsModule'));
  const conditions = chipList(context, '', `${P.conditions}/conditions`, module?.conditions);
  const keywords = chipList(context, 'Keywords', `${P.conditions}/keywords`, module?.keywords);
  return section(context, 'conditions', 'Conditions', P.conditions, conditions + keywords);
}

function chipList(context: RenderContext, title: string, pointer: string, value: unknown): string {
  const items = textItems(value);
  if (items.length === 0) return '';
  const chips = items
    .map(({ index, text }) => context.block('li', 'chip', pointerOf(pointer, index), escapeHtml(text), ''))
    .join('');
  return context.block(
    'div',
    'chips-group',
    pointer,
    title ? `<h3>${title}</h3>` : '',
    `<ul class="chips">${chips}</ul>`,
  );
}
