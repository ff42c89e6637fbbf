/**
 * v2 → upload XML → v2, compared field by field. What the export reported as not fitting
 * (its `lostPointers`) is taken out of the expectation; the few normalisations below are the
 * named lossy spots of the XSD, each with its reason.
 */
import { isDeepStrictEqual } from 'node:util';
import { exportRegistryXml } from '../../server/src/core/registryXml/exportRecord';
import { importRegistryXml } from '../../server/src/core/registryXml/importXml';
import { WHO_MASKED_ELEMENTS, IPD_INFO_TYPE_ELEMENTS } from '../../server/src/core/registryXml/codes';
import { compact } from '../../server/src/core/registryXml/recordShape';

/** The XSD's lossy spots: a normalisation applied to both sides, with the reason. */
export const LOSSY_FIELDS: readonly { readonly field: string; readonly why: string }[] = [
  {
    field: 'designInfo.maskingInfo.whoMasked[] order',
    why: 'the XSD holds one yes/no element per role (masked_subject …), so the list comes back in the XSD order',
  },
  {
    field: 'ipdSharingStatementModule.infoTypes[] order',
    why: 'one yes/no element per type (ipd_info_type_protocol …), in the XSD order',
  },
  {
    field: 'armGroups[].interventionNames[] order',
    why: 'the XML links arms only from the intervention side; names are derived in intervention order',
  },
  { field: 'locations[].contacts[] order', why: 'the XSD sequence is contact, contact_backup, then investigators' },
  {
    field: 'statusModule.overallStatus UNKNOWN / WITHHELD',
    why: 'the registry sets these; the export uploads the last known status instead',
  },
  {
    field: 'centralContacts[].role, locations[].contacts[].role when absent',
    why: 'overall_contact and location/contact imply the role CONTACT; the import writes it',
  },
];

type Json = unknown;

function removePointer(root: Json, pointer: string): void {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts.length === 0) return;
  let node: Json = root;
  for (const part of parts.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, Json>)[part];
  }
  if (node === null || typeof node !== 'object') return;
  const last = parts[parts.length - 1];
  // Array items are blanked, not spliced, so that later pointers still hit the right item.
  if (Array.isArray(node)) node[Number(last)] = undefined;
  else delete (node as Record<string, Json>)[last];
}

function order<T>(items: readonly T[], rank: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

function normalise(record: Json): Json {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const copy = JSON.parse(JSON.stringify(record ?? {})) as Record<string, any>;
  const protocol = copy.protocolSection ?? {};
  const masking = protocol.designModule?.designInfo?.maskingInfo;
  if (Array.isArray(masking?.whoMasked))
    masking.whoMasked = order(masking.whoMasked, (code: string) =>
      WHO_MASKED_ELEMENTS.findIndex(([known]) => known === code),
    );
  const ipd = protocol.ipdSharingStatementModule;
  if (Array.isArray(ipd?.infoTypes))
    ipd.infoTypes = order(ipd.infoTypes, (code: string) =>
      IPD_INFO_TYPE_ELEMENTS.findIndex(([known]) => known === code),
    );
  for (const arm of protocol.armsInterventionsModule?.armGroups ?? [])
    if (Array.isArray(arm?.interventionNames)) arm.interventionNames.sort();
  const contacts = protocol.contactsLocationsModule;
  for (const contact of contacts?.centralContacts ?? [])
    if (contact && contact.role === undefined) contact.role = 'CONTACT';
  for (const location of contacts?.locations ?? []) {
    if (!Array.isArray(location?.contacts)) continue;
    for (const contact of location.contacts) if (contact && contact.role === undefined) contact.role = 'CONTACT';
    location.contacts = order(location.contacts.filter(Boolean), (contact: { role?: string }) =>
      contact.role === 'CONTACT' ? 0 : 1,
    );
  }
  return compact(copy);
}

export interface Difference {
  readonly pointer: string;
  readonly expected: Json;
  readonly actual: Json;
}

function diff(expected: Json, actual: Json, pointer: string, out: Difference[]): void {
  if (isDeepStrictEqual(expected, actual)) return;
  if (
    expected &&
    actual &&
    typeof expected === 'object' &&
    typeof actual === 'object' &&
    Array.isArray(expected) === Array.isArray(actual)
  ) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys)
      diff((expected as Record<string, Json>)[key], (actual as Record<string, Json>)[key], `${pointer}/${key}`, out);
    return;
  }
  out.push({ pointer, expected, actual });
}

/** Differences between a record and its round trip, after removing what the export reported as lost. */
export function roundTrip(record: Json): { differences: Difference[]; lost: string[]; xml: string } {
  const exported = exportRegistryXml(record, { orgName: 'ROUNDTRIP' });
  const imported = importRegistryXml(exported.xml);
  const expected = JSON.parse(JSON.stringify(record));
  for (const pointer of exported.lostPointers) removePointer(expected, pointer);
  const status = (
    record as { protocolSection?: { statusModule?: { overallStatus?: string; lastKnownStatus?: string } } }
  ).protocolSection?.statusModule;
  if (status && (status.overallStatus === 'UNKNOWN' || status.overallStatus === 'WITHHELD') && status.lastKnownStatus) {
    expected.protocolSection.statusModule.overallStatus = status.lastKnownStatus;
  }
  const differences: Difference[] = [];
  diff(normalise(expected), normalise(imported.record), '', differences);
  return { differences, lost: exported.lostPointers, xml: exported.xml };
}
