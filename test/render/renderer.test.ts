import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderPreviewBody, renderStandalonePage, standalonePageCss } from '../../server/src/core/render';
import { finding, parseFragment, seedStudy, textOf } from './helpers';

const ARMS = '/protocolSection/armsInterventionsModule';

describe('render: the seed record reads like the registry page', () => {
  const document = parseFragment(renderPreviewBody(seedStudy(), [], { today: '2025-11-20' }));
  const sectionTitles = [...document.querySelectorAll('section.section > h2')].map((h) => textOf(h));
  const fieldValue = (label: string): string => {
    const field = [...document.querySelectorAll('.field')].find((f) => textOf(f.querySelector('dt')) === label);
    return textOf(field?.querySelector('dd'));
  };

  it('shows the title, the NCT id and the last update first', () => {
    assert.equal(
      textOf(document.querySelector('h1')),
      'Safety and Efficacy Study of Umbilical Cord-Derived Mesenchymal Stem Cells for Rheumatoid Arthritis',
    );
    assert.match(textOf(document.querySelector('.nct-id')), /NCT01547091/);
    assert.match(textOf(document.querySelector('.last-update')), /June 27, 2013/);
    assert.match(textOf(document.querySelector('.results-status')), /Results pending/);
  });

  it('lists the sections in the order of the registry page', () => {
    assert.deepEqual(sectionTitles, [
      'Basic Information',
      'Brief Summary',
      'Detailed Description',
      'Conditions',
      'Study Design',
      'Study Groups',
      'Interventions',
      'Eligibility',
      'Sponsors and Collaborators',
      'Responsible Party',
      'Investigators',
      'Locations',
      'Contacts',
      'References',
      'Other Identifiers',
    ]);
  });

  it('shows registry labels instead of codes', () => {
    assert.equal(fieldValue('Recruitment Status'), 'Unknown status (last known: Recruiting)');
    assert.equal(fieldValue('Phase'), 'Phase 1/Phase 2');
    assert.equal(fieldValue('Study Type'), 'Interventional');
    assert.equal(fieldValue('Allocation'), 'Non-Randomized');
    assert.equal(fieldValue('Intervention Model'), 'Single Group Assignment');
    assert.equal(fieldValue('Primary Purpose'), 'Treatment');
    assert.equal(fieldValue('Masking'), 'None (Open Label)');
    assert.equal(fieldValue('Sex'), 'All');
    assert.equal(fieldValue('Accepts Healthy Volunteers'), 'No');
    for (const code of [
      'ACTIVE_COMPARATOR',
      'NON_RANDOMIZED',
      'SINGLE_GROUP',
      'PHASE1',
      'PRINCIPAL_INVESTIGATOR',
      'RECRUITING',
    ]) {
      assert.ok(!textOf(document.body).includes(code), `the code ${code} shows as text`);
    }
  });

  it('writes dates readably and marks estimated ones', () => {
    assert.equal(fieldValue('Study Start'), 'April 30, 2013');
    assert.equal(fieldValue('Study Completion'), 'December 31, 2014 (estimated) date has passed');
    assert.equal(fieldValue('Enrollment'), '200 participants (estimated)');
  });

  it('lists each arm with its type and the interventions it receives', () => {
    const arms = [...document.querySelectorAll('article.arm')];
    assert.deepEqual(
      arms.map((arm) => textOf(arm.querySelector('h3'))),
      ['UC-MSCs Treatment Experimental', 'DMARDS Active Comparator', 'UC-MSC+DMARDS Active Comparator'],
    );
    const combined = arms[2];
    assert.equal(combined?.getAttribute('data-pointer'), `${ARMS}/armGroups/2`);
    const interventions = [...(combined?.querySelectorAll('.arm-intervention') ?? [])];
    assert.deepEqual(
      interventions.map((li) => textOf(li.querySelector('.name'))),
      ['UC-MSC+DMARDS'],
    );
    assert.match(textOf(interventions[0]), /^Biological UC-MSC\+DMARDS\s*The UC-MSCs will be infused intravenously/);
    assert.equal(interventions[0]?.getAttribute('data-pointer'), `${ARMS}/armGroups/2/interventionNames/0`);
  });

  it('matches bare intervention names and the reverse links too', () => {
    const study = seedStudy() as {
      protocolSection: { armsInterventionsModule: { armGroups: { interventionNames?: string[] }[] } };
    };
    const arms = study.protocolSection.armsInterventionsModule.armGroups;
    arms[2].interventionNames = [
      'Umbilical Cord-Derived Mesenchymal Stem Cells (UC-MSCs)',
      'drug: rheumatoid arthritis with disease-modifying drugs (dmards)',
    ];
    delete arms[0].interventionNames;
    const doc = parseFragment(renderPreviewBody(study, []));
    const names = (i: number) =>
      [...doc.querySelectorAll('article.arm')[i].querySelectorAll('.arm-intervention .name')].map(textOf);
    assert.deepEqual(names(2), [
      'Umbilical Cord-Derived Mesenchymal Stem Cells (UC-MSCs)',
      'Rheumatoid Arthritis With Disease-Modifying Drugs (DMARDs)',
      'UC-MSC+DMARDS',
    ]);
    // Arm 0 has no interventionNames left: the intervention that names it still shows.
    assert.deepEqual(names(0), ['Umbilical Cord-Derived Mesenchymal Stem Cells (UC-MSCs)']);
  });

  it('renders the criteria as lists and the ages, sex and volunteers', () => {
    const criteria = document.querySelector('.criteria');
    assert.equal(criteria?.querySelectorAll('ul').length, 2);
    assert.equal(criteria?.querySelectorAll('li').length, 8);
    assert.equal(fieldValue('Minimum Age'), '18 Years');
    assert.equal(fieldValue('Maximum Age'), '70 Years');
  });

  it('groups locations by country with their status, and lists contacts', () => {
    const country = document.querySelector('details.country');
    assert.equal(textOf(country?.querySelector('summary')), 'China 1 site');
    assert.ok(country?.hasAttribute('open'));
    assert.equal(textOf(country?.querySelector('.location .badge')), 'Recruiting');
    const contacts = [
      ...document.querySelectorAll('#contacts ~ * .person-name, section[aria-labelledby="contacts"] .person-name'),
    ].map(textOf);
    assert.deepEqual(contacts, ['Mingyuan Wu, MD,PhD', 'Haijie Ji, MD', 'Liming Wang, MD']);
  });

  it('links references to PubMed and DOIs', () => {
    const hrefs = [...document.querySelectorAll('.reference a')].map((a) => a.getAttribute('href'));
    assert.deepEqual(hrefs, [
      'https://doi.org/10.1016/j.cellimm.2011.10.010',
      'https://pubmed.ncbi.nlm.nih.gov/22138499/',
      'https://doi.org/10.1155/2013/146347',
      'https://pubmed.ncbi.nlm.nih.gov/23533920/',
    ]);
  });

  it('puts a data-pointer on every section and item', () => {
    for (const selector of [
      'section.section',
      'article.arm',
      'article.intervention',
      '.location',
      '.person',
      '.reference',
      '.field',
    ]) {
      const elements = [...document.querySelectorAll(selector)];
      assert.ok(elements.length > 0, selector);
      for (const element of elements)
        assert.match(element.getAttribute('data-pointer') ?? '', /^\/protocolSection\//, selector);
    }
  });

  it('renders the YAML example the same way as the transcribed fixture', () => {
    const example = join(__dirname, '..', '..', 'examples', 'NCT01547091.trial.yaml');
    const fromYaml = parseFragment(renderPreviewBody(parseYaml(readFileSync(example, 'utf8')), []));
    assert.deepEqual(
      [...fromYaml.querySelectorAll('section.section > h2')].map(textOf).slice(0, 7),
      sectionTitles.slice(0, 7),
    );
    assert.equal(fromYaml.querySelectorAll('article.arm').length, 3);
  });
});

describe('render: findings overlay', () => {
  const findings = [
    finding('/protocolSection/designModule/designInfo/interventionModel', 'error', 'Single group, three arms.'),
    finding(`${ARMS}/armGroups/2/type`, 'warning', 'Comparator receives the experimental cell therapy.'),
    finding('/protocolSection/contactsLocationsModule/locations/0/status', 'warning', 'Site still recruiting.'),
    finding('/protocolSection/oversightModule/isFdaRegulatedDrug', 'info', 'Not shown in the preview.'),
    finding(`${ARMS}/interventions/7`, 'warning', 'No such intervention.'),
  ];
  const document = parseFragment(renderPreviewBody(seedStudy(), findings));
  const holderOf = (message: string): Element | null | undefined =>
    [...document.querySelectorAll('.finding')]
      .find((li) => textOf(li).includes(message))
      ?.parentElement?.closest('[data-pointer]');

  it('summarizes the counts at the top', () => {
    assert.equal(textOf(document.querySelector('.findings-summary')), '1 error, 3 warnings, 1 note');
    assert.equal(
      textOf(parseFragment(renderPreviewBody(seedStudy(), [])).querySelector('.findings-summary')),
      'No problems found',
    );
  });

  it('places each finding at the element with the longest matching pointer', () => {
    assert.equal(
      holderOf('Single group')?.getAttribute('data-pointer'),
      '/protocolSection/designModule/designInfo/interventionModel',
    );
    assert.equal(holderOf('Comparator receives')?.getAttribute('data-pointer'), `${ARMS}/armGroups/2`);
    assert.equal(
      holderOf('Site still')?.getAttribute('data-pointer'),
      '/protocolSection/contactsLocationsModule/locations/0',
    );
    assert.equal(holderOf('No such intervention')?.getAttribute('data-pointer'), `${ARMS}/interventions`);
    // Nothing renders the oversight module: its finding sits at the record root, under the summary.
    assert.equal(holderOf('Not shown')?.getAttribute('data-pointer'), '');
  });

  it('shows severity, message and rule id, most severe first, and keeps the finding pointer', () => {
    const item = [...document.querySelectorAll('.finding')].find((li) => textOf(li).includes('Single group'));
    assert.equal(item?.className, 'finding sev-error');
    assert.equal(textOf(item), 'Error Single group, three arms. test/rule');
    assert.equal(item?.getAttribute('data-pointer'), '/protocolSection/designModule/designInfo/interventionModel');
    assert.equal(document.querySelectorAll('.finding').length, findings.length);
  });

  it('opens a collapsed country that holds a finding', () => {
    const study = seedStudy() as { protocolSection: { contactsLocationsModule: { locations: unknown[] } } };
    const locations = study.protocolSection.contactsLocationsModule.locations;
    for (let i = 0; i < 40; i++)
      locations.push({ facility: `Site ${i}`, city: 'Lyon', country: i % 2 ? 'France' : 'Spain' });
    const doc = parseFragment(
      renderPreviewBody(study, [finding('/protocolSection/contactsLocationsModule/locations/6/city', 'warning')]),
    );
    const open = [...doc.querySelectorAll('details.country')].map(
      (d) => `${textOf(d.querySelector('.country-name'))}:${d.hasAttribute('open')}`,
    );
    assert.deepEqual(open, ['China:false', 'Spain:false', 'France:true']);
    const page = parseFragment(renderStandalonePage(study, [], { css: '' }));
    assert.ok(
      [...page.querySelectorAll('details.country')].every((d) => d.hasAttribute('open')),
      'the standalone page expands every list',
    );
  });
});

describe('render: robustness', () => {
  it('never throws on odd input and still shows findings', () => {
    const odd: unknown[] = [
      null,
      undefined,
      'text',
      42,
      [],
      {},
      { protocolSection: [] },
      {
        protocolSection: {
          statusModule: 'x',
          designModule: { phases: 'PHASE1', enrollmentInfo: { count: {} } },
          armsInterventionsModule: { armGroups: [null, 3, { interventionNames: [{}] }], interventions: 'x' },
          contactsLocationsModule: { locations: [null, {}] },
        },
      },
    ];
    for (const study of odd) {
      const html = renderPreviewBody(study, [finding('/protocolSection/x', 'error')]);
      assert.match(html, /1 error/);
      assert.match(html, /a error at \/protocolSection\/x/);
    }
  });

  it('renders a full standalone page with a strict CSP and no scripts', () => {
    const page = renderStandalonePage(seedStudy(), [], { css: standalonePageCss() });
    assert.match(
      page,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/,
    );
    assert.match(page, /<title>NCT01547091 — Safety and Efficacy Study/);
    assert.match(page, /prefers-color-scheme: dark/);
    assert.match(page, /@media print/);
    assert.ok(!/<script/i.test(page));
  });
});
