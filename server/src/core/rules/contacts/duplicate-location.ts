import { defineRule } from '../defineRule';
import { asArray, asObject, asString, pointerOf, protocolModule } from '../util/read';
import { normalizeText } from '../util/text';

export default defineRule({
  id: 'contacts/duplicate-location',
  description: 'Each site is listed once.',
  severity: 'warning',
  catalogue: ['location-duplicate'],
  tier: 'house',
  messages: {
    duplicate: 'Site "{facility}" ({city}, {country}) is listed twice. Remove the repeat.',
  },
  docs: {
    details: 'Two locations that are the same in every field (facility, city, country, status, contacts) are one site entered twice. Generic names that sponsors use to hide sites ("Research Site") are not compared.',
    wrong: `protocolSection:
  contactsLocationsModule:
    locations:
      - { facility: City Hospital, city: Boston, country: United States }
      - { facility: City Hospital, city: Boston, country: United States }
`,
    right: `protocolSection:
  contactsLocationsModule:
    locations:
      - { facility: City Hospital, city: Boston, country: United States }
`,
  },
  check(context) {
    const seen = new Set<string>();
    asArray(protocolModule(context.study, 'contactsLocationsModule').locations).forEach((raw, index) => {
      const site = asObject(raw);
      const facility = asString(site?.facility);
      if (!site || !facility) return;
      const [city, country] = [asString(site.city) ?? '', asString(site.country) ?? ''];
      // Sponsors that hide site names ("Research Site", "Site 0214") list many sites under one name: compare whole entries.
      if (/^(?:research site|local institution|site\s*[\d#-]*|investigational site|clinical site|study site)$/i.test(facility.trim())) return;
      const key = JSON.stringify({ ...site, facility: normalizeText(facility), geoPoint: undefined });
      if (!seen.has(key)) {
        seen.add(key);
        return;
      }
      context.report({ messageId: 'duplicate', pointer: pointerOf('contactsLocationsModule', 'locations', index), data: { facility, city, country } });
    });
  },
});
