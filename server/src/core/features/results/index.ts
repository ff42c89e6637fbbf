/** Editor features for the results section: group ids (hover, navigation, completion) and the outline. */
export { groupDefinition, groupHover, groupIdAt, groupReferenceSpans, type GroupIdAt } from './groups';
export { resultsValues, type ResultsValue } from './completion';
export { isResultsLeafList, resultsItemDetail, RESULTS_NAME_FIELDS } from './symbols';
