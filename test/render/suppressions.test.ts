import { strict as assert } from 'node:assert';
import { createTrialRecordService, fixedClock } from '../../server/src/core';

describe('render: suppressions in the preview', () => {
  const service = createTrialRecordService({ clock: fixedClock('2025-01-15') });
  const html = (text: string) => {
    const doc = service.parse(text, 'yaml');
    return service.renderPreview(doc, service.check(doc));
  };

  it('lists each suppression with its rule ids, scope and reason, escaped', () => {
    const out = html(
      [
        '# trial-record-disable schema/required -- drafting <b>now</b>',
        'protocolSection:',
        '  designModule:',
        '    # trial-record-disable-next-line design/single-group-multiple-arms',
        '    interventionModel: SINGLE_GROUP',
      ].join('\n'),
    );
    assert.match(out, /<h2 id="suppressed-findings">Suppressed findings<\/h2>/);
    assert.match(out, /<code>schema\/required<\/code> \(whole file\): drafting &lt;b&gt;now&lt;\/b&gt;/);
    assert.match(out, /<code>design\/single-group-multiple-arms<\/code> \(line 5\): <em>no reason given<\/em>/);
  });

  it('adds nothing without suppressions', () => {
    assert.doesNotMatch(html('# just a comment\nprotocolSection: {}\n'), /Suppressed findings/);
  });
});
