import { enumLabel } from '../../model/enums';
import { MORE_INFO } from '../../results';
import type { RenderContext } from '../context';
import { yesNo } from '../format';
import { escapeHtml } from '../html';
import { asBoolean, asObject, asText, readPath } from '../../model/read';
import { fieldList, richText, section } from './section';

/** Limitations and caveats, certain agreements, and the results point of contact. */
export function renderMoreInfo(context: RenderContext, study: unknown): string {
  const module = asObject(readPath(study, 'resultsSection', 'moreInfoModule'));
  if (!module) return '';
  const agreement = asObject(module.certainAgreement);
  const contact = asObject(module.pointOfContact);
  const restriction = asText(agreement?.restrictionType);
  const email = asText(contact?.email);
  const phone = [asText(contact?.phone), asText(contact?.phoneExt) && `ext. ${asText(contact?.phoneExt)}`]
    .filter(Boolean)
    .join(' ');
  const limitations = richText(readPath(module, 'limitationsAndCaveats', 'description'));
  const agreements = fieldList([
    context.field(
      'PIs Are Sponsor Employees',
      yesNo(asBoolean(agreement?.piSponsorEmployee)),
      `${MORE_INFO}/certainAgreement/piSponsorEmployee`,
    ),
    context.field(
      'Restrictive Agreement',
      yesNo(asBoolean(agreement?.restrictiveAgreement)),
      `${MORE_INFO}/certainAgreement/restrictiveAgreement`,
    ),
    context.field(
      'Restriction Type',
      restriction && escapeHtml(enumLabel('AgreementRestrictionType', restriction)),
      `${MORE_INFO}/certainAgreement/restrictionType`,
    ),
    context.field('Other Details', richText(agreement?.otherDetails), `${MORE_INFO}/certainAgreement/otherDetails`),
  ]);
  const contactFields = fieldList([
    context.field(
      'Name or Title',
      asText(contact?.title) && escapeHtml(asText(contact?.title)!),
      `${MORE_INFO}/pointOfContact/title`,
    ),
    context.field(
      'Organization',
      asText(contact?.organization) && escapeHtml(asText(contact?.organization)!),
      `${MORE_INFO}/pointOfContact/organization`,
    ),
    context.field('Email', email && escapeHtml(email), `${MORE_INFO}/pointOfContact/email`),
    context.field('Phone', phone ? escapeHtml(phone) : undefined, `${MORE_INFO}/pointOfContact/phone`),
  ]);
  const body =
    (limitations
      ? context.block(
          'div',
          'subsection',
          `${MORE_INFO}/limitationsAndCaveats`,
          '<h3>Limitations and Caveats</h3>',
          limitations,
        )
      : '') +
    (agreements
      ? context.block('div', 'subsection', `${MORE_INFO}/certainAgreement`, '<h3>Certain Agreements</h3>', agreements)
      : '') +
    (contactFields
      ? context.block(
          'div',
          'subsection',
          `${MORE_INFO}/pointOfContact`,
          '<h3>Results Point of Contact</h3>',
          contactFields,
        )
      : '');
  return section(context, 'more-information', 'More Information', MORE_INFO, body);
}
