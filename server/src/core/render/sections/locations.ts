import type { RenderContext } from '../context';
import { statusTone } from '../format';
import { escapeHtml, plural, pointerOf } from '../html';
import { enumLabel } from '../../model/enums';
import { asArray, asText, readPath } from '../../model/read';
import { P, section } from './section';

const LOCATIONS = `${P.contacts}/locations`;
/** Longer lists start collapsed per country so a 1,000-site record stays readable. */
const OPEN_LIMIT = 25;

/** Locations grouped by country, each site with its recruitment status. */
export function renderLocations(context: RenderContext, study: unknown): string {
  const locations = asArray(readPath(study, 'protocolSection', 'contactsLocationsModule', 'locations'));
  const byCountry = new Map<string, number[]>();
  locations.forEach((location, i) => {
    const country = asText(readPath(location, 'country')) ?? 'Country not given';
    const list = byCountry.get(country);
    if (list) list.push(i);
    else byCountry.set(country, [i]);
  });
  const isOpen = !context.collapseLongLists || locations.length <= OPEN_LIMIT;
  const groups = [...byCountry].map(([country, indices]) => {
    const items = indices.map((i) => renderLocation(context, locations[i], i)).join('');
    // A collapsed group still opens when one of its sites has a finding.
    const open = isOpen || indices.some((i) => context.hasFindingsAt(pointerOf(LOCATIONS, i)));
    return (
      `<details class="country"${open ? ' open' : ''}><summary>` +
      `<span class="country-name">${escapeHtml(country)}</span> ` +
      `<span class="count">${plural(indices.length, 'site')}</span>` +
      `</summary><ul class="locations">${items}</ul></details>`
    );
  });
  const overview =
    locations.length === 0
      ? ''
      : `<p class="hint">${plural(locations.length, 'site')} in ${plural(byCountry.size, 'country', 'countries')}.</p>`;
  const body = groups.length === 0 ? '' : context.block('div', 'location-list', LOCATIONS, overview, groups.join(''));
  return section(context, 'locations', 'Locations', P.contacts, body);
}

function renderLocation(context: RenderContext, location: unknown, index: number): string {
  const facility = asText(readPath(location, 'facility'));
  const place = ['city', 'state', 'zip']
    .map((key) => asText(readPath(location, key)))
    .filter((part): part is string => part !== undefined)
    .join(', ');
  const status = asText(readPath(location, 'status'));
  const badge = status
    ? ` <span class="badge tone-${statusTone(status)}">${escapeHtml(enumLabel('RecruitmentStatus', status))}</span>`
    : '';
  const head =
    `<p class="facility">${facility === undefined ? '<em>Unnamed facility</em>' : escapeHtml(facility)}${badge}</p>` +
    (place ? `<p class="place">${escapeHtml(place)}</p>` : '');
  return context.block('li', 'location', pointerOf(LOCATIONS, index), head, '');
}

/** One contact card: name, role, phone, email. */
export function renderContact(context: RenderContext, contact: unknown, pointer: string): string {
  const name = asText(readPath(contact, 'name'));
  const role = asText(readPath(contact, 'role'));
  const phone = asText(readPath(contact, 'phone'));
  const extension = asText(readPath(contact, 'phoneExt'));
  const email = asText(readPath(contact, 'email'));
  const details: string[] = [];
  if (role) details.push(escapeHtml(enumLabel('ContactRole', role)));
  if (phone)
    details.push(`<span class="phone">${escapeHtml(phone)}${extension ? ` ext. ${escapeHtml(extension)}` : ''}</span>`);
  if (email) {
    // Only a plausible address becomes a mailto: link; anything else stays text.
    const isAddress = /^[^\s@:/?#]+@[^\s@:/?#]+$/.test(email.trim());
    details.push(
      isAddress ? `<a href="mailto:${escapeHtml(email.trim())}">${escapeHtml(email)}</a>` : escapeHtml(email),
    );
  }
  const head = `<p class="person-name">${name === undefined ? '<em>Unnamed contact</em>' : escapeHtml(name)}</p>`;
  return context.block(
    'li',
    'person',
    pointer,
    head,
    details.length ? `<p class="person-detail">${details.join(' · ')}</p>` : '',
  );
}

/** Central Contacts, then Facility Contacts grouped by facility. */
export function renderContacts(context: RenderContext, study: unknown): string {
  const module = readPath(study, 'protocolSection', 'contactsLocationsModule');
  const central = asArray(readPath(module, 'centralContacts'))
    .map((contact, i) => renderContact(context, contact, pointerOf(`${P.contacts}/centralContacts`, i)))
    .join('');
  const facilities = asArray(readPath(module, 'locations'))
    .map((location, i) => {
      const contacts = asArray(readPath(location, 'contacts'))
        .map((contact, j) => renderContact(context, contact, pointerOf(LOCATIONS, i, 'contacts', j)))
        .join('');
      if (contacts === '') return '';
      return (
        `<li class="facility-contacts"><p class="facility">` +
        `${escapeHtml(asText(readPath(location, 'facility')) ?? 'Unnamed facility')}</p>` +
        `<ul class="people">${contacts}</ul></li>`
      );
    })
    .filter((html) => html !== '');
  const centralHtml = central === '' ? '' : `<h3>Central Contacts</h3><ul class="people">${central}</ul>`;
  let facilityHtml = '';
  if (facilities.length > 0) {
    const list = `<ul class="facility-list">${facilities.join('')}</ul>`;
    facilityHtml =
      context.collapseLongLists && facilities.length > OPEN_LIMIT && !context.hasFindingsAt(LOCATIONS)
        ? `<details class="facility-details"><summary><h3>Facility Contacts</h3> <span class="count">` +
          `${plural(facilities.length, 'facility', 'facilities')}</span></summary>${list}</details>`
        : `<h3>Facility Contacts</h3>${list}`;
  }
  return section(context, 'contacts', 'Contacts', `${P.contacts}/centralContacts`, centralHtml + facilityHtml);
}
