/** Test data for other projects' specs (`@cxmap/journey-format/testing`): never imported by app code. */
export { journeyDocumentArbitrary } from './document-arbitraries';
export { sampleJourneyDocument } from './document-sample';
export { planToSnapshot } from './plan-snapshot';
