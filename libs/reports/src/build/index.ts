export * from './input';
export * from './health';
export * from './range';
export { buildMetric } from './metrics';
export { buildJourneyReport } from './build-journey-report';
export * from './share-link-audience';
