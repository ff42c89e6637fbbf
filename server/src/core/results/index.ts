/**
 * The results domain: group scopes (ids → titles, per module and per outcome measure), the flow's
 * periods and milestones, measures with their numbers analyzed. Rules, editor features and the
 * preview read the results through it.
 */
export * from './groups';
export * from './flow';
export * from './measures';
export * from './numbers';
