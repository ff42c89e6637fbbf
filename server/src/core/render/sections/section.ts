import type { RenderContext } from '../context';
import { renderMarkdown } from '../markdown';
import { asText } from '../../model/read';

/** Paths of the protocol modules, as JSON pointers. */
export const P = {
  identification: '/protocolSection/identificationModule',
  status: '/protocolSection/statusModule',
  sponsors: '/protocolSection/sponsorCollaboratorsModule',
  description: '/protocolSection/descriptionModule',
  conditions: '/protocolSection/conditionsModule',
  design: '/protocolSection/designModule',
  arms: '/protocolSection/armsInterventionsModule',
  outcomes: '/protocolSection/outcomesModule',
  eligibility: '/protocolSection/eligibilityModule',
  contacts: '/protocolSection/contactsLocationsModule',
  references: '/protocolSection/referencesModule',
  ipd: '/protocolSection/ipdSharingStatementModule',
} as const;

/**
 * A top-level section with its heading. An empty section is left out, unless a finding
 * concerns it (a missing required section still shows, with its findings).
 */
export function section(context: RenderContext, id: string, title: string, pointer: string, body: string): string {
  if (body === '') {
    if (!context.hasFindingsAt(pointer)) return '';
    body = '<p class="empty">Not provided</p>';
  }
  return context.block('section', 'section', pointer, `<h2 id="${id}">${title}</h2>`, body, ` aria-labelledby="${id}"`);
}

/** A description list of fields, or nothing when every field is empty. */
export function fieldList(fields: readonly string[], className = 'fields'): string {
  const html = fields.join('');
  return html === '' ? '' : `<dl class="${className}">${html}</dl>`;
}

/** Rich text as a block, or undefined when absent. */
export function richText(value: unknown): string | undefined {
  const text = asText(value);
  return text === undefined ? undefined : `<div class="rich-text">${renderMarkdown(text)}</div>`;
}
