import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPreviewBody } from '../../server/src/core/render';
import { finding, parseFragment } from '../render/helpers';

/** The text of an element with a space between elements (cells, headings). */
function textOf(element: Element | null | undefined): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else {
      parts.push(' ');
      node.childNodes.forEach((child) => walk(child));
      parts.push(' ');
    }
  };
  if (element) walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the fixture is edited by path */
function fixture(nct: string): any {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'records', `${nct}.json`), 'utf8'));
}

const FLOW = '/resultsSection/participantFlowModule';

describe('preview: the Results part', () => {
  const study = fixture('NCT03608150');
  const document = parseFragment(renderPreviewBody(study, []));
  const results = document.querySelector('.results-part')!;

  it("comes after the protocol, in the order of the registry's results page", () => {
    assert.ok(results, 'no Results part');
    const headings = [...document.querySelectorAll('h2')].map((h) => textOf(h));
    assert.ok(headings.indexOf('Results') > headings.indexOf('Eligibility'));
    assert.deepEqual(
      [...results.querySelectorAll('h2')].map((h) => textOf(h)),
      [
        'Results',
        'Participant Flow',
        'Baseline Characteristics',
        'Outcome Measures (Results)',
        'Adverse Events',
        'More Information',
      ],
    );
    assert.match(textOf(document.querySelector('.results-status')), /see the Results part/);
  });

  it('draws the flow per period, groups as columns and milestones as rows', () => {
    const table = results.querySelector('.flow-period table')!;
    assert.deepEqual(
      [...table.querySelectorAll('thead th')].map((th) => textOf(th)),
      ['', 'Therapeutic Group FG000', 'Control Group FG001'],
    );
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => textOf(c)));
    assert.deepEqual(rows, [
      ['STARTED', '58', '59'],
      ['COMPLETED', '47', '48'],
      ['NOT COMPLETED', '11', '11'],
    ]);
  });

  it('draws baseline measures with their caption and values with dispersion and percentages', () => {
    const text = textOf(results.querySelector('.baseline-table'));
    assert.match(text, /Overall Number of Baseline Participants 58 59 117/);
    assert.match(text, /Age, Continuous Mean \(Standard Deviation\) · Unit of measure: years 6\.2 \(0\.9\)/);
    assert.match(text, /Female 23 39\.7%/);
  });

  it('draws each outcome measure as a card with its table and analyses', () => {
    const outcomes = [...results.querySelectorAll('.result-outcome')];
    assert.equal(outcomes.length, 6);
    assert.match(textOf(outcomes[0].querySelector('h3')), /^Primary Best-Corrected Visual Acuity of Amblyopic Eye$/);
    assert.match(textOf(outcomes[0]), /Overall Number of Participants Analyzed 47 48/);
  });

  it('groups adverse events by organ system, with affected / at risk and events', () => {
    const other = [...results.querySelectorAll('.event-table')].find((t) =>
      /Other \(Not Including Serious\)/.test(textOf(t.querySelector('h3'))),
    )!;
    const systems = [...other.querySelectorAll('.organ-system > summary')].map((s) => textOf(s));
    assert.deepEqual(systems, ['Eye disorders 2 terms', 'General disorders 1 term']);
    assert.match(textOf(other), /New heterotropia 4\/51 \(7\.84%\) 4 events 4\/59 \(6\.78%\) 4 events/);
  });

  it('shows a finding in the table cell it concerns', () => {
    const pointer = `${FLOW}/periods/0/milestones/2/achievements/0/numSubjects`;
    const html = renderPreviewBody(study, [finding(pointer, 'error', 'does not add up')]);
    const cell = parseFragment(html).querySelector(`td[data-pointer="${FLOW}/periods/0/milestones/2/achievements/0"]`)!;
    assert.match(textOf(cell), /^11 Error does not add up/);
  });

  it('opens a folded organ system when one of its terms has a finding', () => {
    const big = fixture('NCT03608150');
    const events = big.resultsSection.adverseEventsModule.otherEvents;
    for (let i = 0; i < 80; i++) events.push({ ...events[0], term: `Term ${i}`, organSystem: `System ${i % 8}` });
    const folded = parseFragment(
      renderPreviewBody(big, [finding('/resultsSection/adverseEventsModule/otherEvents/70/stats/0', 'error', 'here')]),
    );
    const open = [...folded.querySelectorAll('.organ-system[open] > summary')].map((s) => textOf(s));
    // otherEvents/70 is the 68th added term: System 67 % 8 = 3.
    assert.deepEqual(open, ['System 3 10 terms']);
  });

  it('renders half-written results without throwing', () => {
    const broken = {
      resultsSection: {
        participantFlowModule: { groups: 'x', periods: [{ milestones: [{ achievements: [{ groupId: 1 }] }] }] },
        outcomeMeasuresModule: { outcomeMeasures: [null, { analyses: [{}] }] },
      },
    };
    const html = renderPreviewBody(broken, []);
    assert.match(html, /class="results-part"/);
  });
});
