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
    // Cheap keys first: the facility, then (only when a facility repeats) city and country; whole entries are compared
    // only when all three do. Most sites' facility is unique, so most need one name normalised and nothing else.
    const seen = new Map<string, { readonly first: Loose; byPlace?: Map<string, Loose[]> }>();
    const whole = (site: Loose, facility: string) =>
      JSON.stringify({ ...site, facility: normalizeText(facility), geoPoint: undefined });
    const placeOf = (site: Loose) =>
      `${normalizeText(asString(site.city) ?? '')}\u0000${normalizeText(asString(site.country) ?? '')}`;
    asArray(protocolModule(context.study, 'contactsLocationsModule').locations).forEach((raw, index) => {
      const site = asObject(raw);
      const facility = asString(site?.facility);
      if (!site || !facility) return;
      // Sponsors that hide site names ("Research Site", "Site 0214") list many sites under one name: not compared.
      if (
        /^(?:research site|local institution|site\s*[\d#-]*|investigational site|clinical site|study site)$/i.test(
          facility.trim(),
        )
      )
        return;
      const key = normalizeText(facility);
      const named = seen.get(key);
      if (!named) {
        seen.set(key, { first: site });
        return;
      }
      named.byPlace ??= new Map([[placeOf(named.first), [named.first]]]);
      const place = placeOf(site);
      const earlier = named.byPlace.get(place);
      if (!earlier) {
        named.byPlace.set(place, [site]);
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
        data: { facility, city: asString(site.city) ?? '', country: asString(site.country) ?? '' },
      });
    });
  },
});
