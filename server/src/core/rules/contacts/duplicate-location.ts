import { defineRule, type Loose } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';
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
    details:
      'Two locations that are the same in every field (facility, city, country, status, contacts) are one site ' +
      'entered twice. Generic names that sponsors use to hide sites ("Research Site") are not compared.',
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
    // Cheap key first; whole entries are compared only when facility, city and country repeat.
    const seen = new Map<string, Loose[]>();
    const whole = (site: Loose, facility: string) =>
      JSON.stringify({ ...site, facility: normalizeText(facility), geoPoint: undefined });
    asArray(protocolModule(context.study, 'contactsLocationsModule').locations).forEach((raw, index) => {
      const site = asObject(raw);
      const facility = asString(site?.facility);
      if (!site || !facility) return;
      const [city, country] = [asString(site.city) ?? '', asString(site.country) ?? ''];
      // Sponsors that hide site names ("Research Site", "Site 0214") list many sites under one name: not compared.
      if (
        /^(?:research site|local institution|site\s*[\d#-]*|investigational site|clinical site|study site)$/i.test(
          facility.trim(),
        )
      )
        return;
      const key = `${normalizeText(facility)}\u0000${normalizeText(city)}\u0000${normalizeText(country)}`;
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, [site]);
        return;
      }
      const entry = whole(site, facility);
      if (!earlier.some((other) => whole(other, asString(other.facility) ?? '') === entry)) {
        earlier.push(site);
        return;
      }
      context.report({
        messageId: 'duplicate',
        pointer: pointerOf('contactsLocationsModule', 'locations', index),
        data: { facility, city, country },
      });
    });
  },
});
