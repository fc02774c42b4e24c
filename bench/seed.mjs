// Seeds the large journey through the API, as a user would build it.
import { largeJourneyBatches, largeJourneyExtras } from './large-journey.mjs';
import { inParallel } from './support.mjs';

export async function seedLargeJourney(api) {
  const journey = await api.call('POST', `/workspaces/${api.workspaceId}/journeys`, { name: 'Benchmark: 2,000 touchpoints', template: 'blank' });
  const base = `/journeys/${journey.id}`;
  const graph = await api.call('GET', base);
  for (const ops of largeJourneyBatches({ firstStageId: graph.stages[0].id })) {
    await api.call('POST', `${base}/changes`, { ops });
  }
  const seeded = await api.call('GET', base);
  const extras = largeJourneyExtras({ touchpointIds: seeded.touchpoints.map((t) => t.id) });
  const attachments = await inParallel(extras.attachments.map((body) => () => api.call('POST', `${base}/metrics`, body)), 4);
  let measurements = 0;
  for (const batch of extras.measurementRows(attachments.map((a) => a.id))) {
    await api.call('POST', `${base}/measurements`, batch);
    measurements += batch.rows.length;
  }
  const annotations = await inParallel(extras.annotationRequests.map((body) => () => api.call('POST', `${base}/annotations`, body)), 4);
  // One annotation with a short thread: the small read of P3.
  const thread = annotations[0];
  await api.call('POST', `${base}/annotations/${thread.id}/replies`, { body: 'Seen on the support calls too.' });
  return {
    journeyId: journey.id,
    threadAnnotationId: thread.id,
    counts: `${seeded.stages.length} stages, ${seeded.touchpoints.length} touchpoints, ${seeded.links.length} links, ` +
      `${attachments.length} attached metrics with ${measurements} measurements, ${annotations.length} annotations`,
  };
}
