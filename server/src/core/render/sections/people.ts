import type { RenderContext } from '../context';
import { labelHtml } from '../format';
import { escapeHtml, pointerOf } from '../html';
import { asArray, asObject, asText, readPath } from '../../model/read';
import { P, fieldList, section } from './section';

/** Sponsors and Collaborators, Responsible Party, Investigators. */
export function renderPeople(context: RenderContext, study: unknown): string {
  return renderSponsors(context, study) + renderResponsibleParty(context, study) + renderInvestigators(context, study);
}

function organization(context: RenderContext, value: unknown, pointer: string, role: string): string {
  const name = asText(readPath(value, 'name'));
  const agencyClass = labelHtml('AgencyClass', readPath(value, 'class'));
  const head = `<p class="person-name">${name === undefined ? '<em>Unnamed</em>' : escapeHtml(name)}</p>`;
  const details = `<p class="person-detail">${role}${agencyClass ? ` · ${agencyClass}` : ''}</p>`;
  return context.block('li', 'person', pointer, head, details);
}

function renderSponsors(context: RenderContext, study: unknown): string {
  const module = asObject(readPath(study, 'protocolSection', 'sponsorCollaboratorsModule'));
  const items: string[] = [];
  if (asObject(module?.leadSponsor))
    items.push(organization(context, module?.leadSponsor, `${P.sponsors}/leadSponsor`, 'Lead sponsor'));
  asArray(module?.collaborators).forEach((collaborator, i) => {
    items.push(organization(context, collaborator, pointerOf(`${P.sponsors}/collaborators`, i), 'Collaborator'));
  });
  const body = items.length === 0 ? '' : `<ul class="people">${items.join('')}</ul>`;
  return section(context, 'sponsors', 'Sponsors and Collaborators', P.sponsors, body);
}

function renderResponsibleParty(context: RenderContext, study: unknown): string {
  const pointer = `${P.sponsors}/responsibleParty`;
  const party = asObject(readPath(study, 'protocolSection', 'sponsorCollaboratorsModule', 'responsibleParty'));
  const text = (key: string): string | undefined => {
    const value = asText(party?.[key]);
    return value === undefined ? undefined : escapeHtml(value);
  };
  const fields = fieldList([
    context.field('Type', labelHtml('ResponsiblePartyType', party?.type), `${pointer}/type`),
    context.field('Investigator', text('investigatorFullName'), `${pointer}/investigatorFullName`),
    context.field('Title', text('investigatorTitle'), `${pointer}/investigatorTitle`),
    context.field('Affiliation', text('investigatorAffiliation'), `${pointer}/investigatorAffiliation`),
  ]);
  return section(context, 'responsible-party', 'Responsible Party', pointer, fields);
}

function renderInvestigators(context: RenderContext, study: unknown): string {
  const pointer = `${P.contacts}/overallOfficials`;
  const items = asArray(readPath(study, 'protocolSection', 'contactsLocationsModule', 'overallOfficials')).map(
    (official, i) => {
      const name = asText(readPath(official, 'name'));
      const role = labelHtml('OfficialRole', readPath(official, 'role'));
      const affiliation = asText(readPath(official, 'affiliation'));
      const head = `<p class="person-name">${name === undefined ? '<em>Unnamed</em>' : escapeHtml(name)}</p>`;
      const details =
        (role ? `<p class="person-detail">${role}</p>` : '') +
        (affiliation ? `<p class="person-detail">${escapeHtml(affiliation)}</p>` : '');
      return context.block('li', 'person', pointerOf(pointer, i), head, details);
    },
  );
  const body = items.length === 0 ? '' : `<ul class="people">${items.join('')}</ul>`;
  return section(context, 'investigators', 'Investigators', pointer, body);
}
