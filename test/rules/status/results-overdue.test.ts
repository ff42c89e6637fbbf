import rule from '../../../server/src/core/rules/status/results-overdue';
import { date, P, record, status } from '../builders';
import { runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'results posted',
      study: {
        ...record(
          { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE3'] } },
          { oversightModule: { isFdaRegulatedDrug: true } },
          status({ overallStatus: 'COMPLETED', primaryCompletionDateStruct: date('2021-03-31') }),
          {
            contactsLocationsModule: {
              locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
            },
          },
        ),
        hasResults: true,
      },
    },
    {
      name: 'phase 1 only',
      study: record(
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE1'] } },
        { oversightModule: { isFdaRegulatedDrug: true } },
        status({ overallStatus: 'COMPLETED', primaryCompletionDateStruct: date('2021-03-31') }),
        {
          contactsLocationsModule: {
            locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
          },
        },
      ),
    },
    {
      name: 'primary completion 6 months ago',
      study: record(
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE3'] } },
        { oversightModule: { isFdaRegulatedDrug: true } },
        status({ overallStatus: 'COMPLETED', primaryCompletionDateStruct: date('2025-01-15') }),
        {
          contactsLocationsModule: {
            locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
          },
        },
      ),
    },
    {
      name: 'a certified delay',
      study: record(
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE3'] } },
        { oversightModule: { isFdaRegulatedDrug: true } },
        status({
          overallStatus: 'COMPLETED',
          primaryCompletionDateStruct: date('2021-03-31'),
          dispFirstSubmitDate: '2022-03-01',
        }),
        {
          contactsLocationsModule: {
            locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
          },
        },
      ),
    },
    {
      name: 'no U.S. site',
      study: record(
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE3'] } },
        { oversightModule: { isFdaRegulatedDrug: true } },
        status({ overallStatus: 'COMPLETED', primaryCompletionDateStruct: date('2021-03-31') }),
        { contactsLocationsModule: { locations: [{ facility: 'Charite', city: 'Berlin', country: 'Germany' }] } },
      ),
    },
    {
      name: 'estimated primary completion',
      study: record(
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE3'] } },
        { oversightModule: { isFdaRegulatedDrug: true } },
        status({ overallStatus: 'COMPLETED', primaryCompletionDateStruct: date('2021-03-31', 'ESTIMATED') }),
        {
          contactsLocationsModule: {
            locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
          },
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'phase 3 drug trial at a U.S. site, completed 4 years ago, no results',
      study: record(
        { designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE3'] } },
        { oversightModule: { isFdaRegulatedDrug: true } },
        status({ overallStatus: 'COMPLETED', primaryCompletionDateStruct: date('2021-03-31') }),
        {
          contactsLocationsModule: {
            locations: [{ facility: 'City Hospital', city: 'Boston', country: 'United States' }],
          },
        },
      ),
      errors: [{ messageId: 'overdue', pointer: `${P}/statusModule/primaryCompletionDateStruct/date` }],
    },
  ],
});
