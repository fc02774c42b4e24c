// P1: the whole journey graph through the API (`GET /api/journeys/:id`) vs the same rows read with
// raw pg and assembled into the response shape in Node.
import pg from 'pg';
import { median, sampleInTurns } from './support.mjs';

/** The baseline: the same rows with raw pg, assembled into the response shape in Node. */
async function rawGraph(client, workspaceId, journeyId) {
  const scope = [workspaceId, journeyId];
  const [journey, stages, touchpoints, links] = await Promise.all([
    client.query('SELECT * FROM journeys WHERE workspace_id = $1 AND id = $2', scope),
    client.query('SELECT * FROM stages WHERE workspace_id = $1 AND journey_id = $2 ORDER BY "order"', scope),
    client.query('SELECT * FROM touchpoints WHERE workspace_id = $1 AND journey_id = $2', scope),
    client.query('SELECT * FROM links WHERE workspace_id = $1 AND journey_id = $2', scope),
  ]);
  const j = journey.rows[0];
  return JSON.stringify({
    journey: { id: j.id, workspaceId: j.workspace_id, name: j.name, description: j.description, state: j.state, status: j.status, personaId: j.persona_id, revision: j.revision, createdAt: j.created_at, updatedAt: j.updated_at },
    persona: null,
    stages: stages.rows.map((s) => ({ id: s.id, version: s.version, name: s.name, phase: s.phase, order: s.order, customerGoal: s.customer_goal, description: s.description })),
    touchpoints: touchpoints.rows.map((t) => ({
      id: t.id, version: t.version, stageId: t.stage_id, title: t.title, description: t.description, channel: t.channel,
      interaction: t.interaction, ownerTeam: t.owner_team, layer: t.layer, emotion: t.emotion, position: { x: t.position_x, y: t.position_y },
    })),
    links: links.rows.map((l) => ({ id: l.id, version: l.version, sourceId: l.source_id, targetId: l.target_id, type: l.type, label: l.label })),
  });
}

export const figure = {
  id: 'P1',
  async measure({ databaseUrl, api, journeyId }) {
    // A pool, so the baseline's four queries run in parallel: the fastest plain way to read the rows.
    const client = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    const options = { warmup: 5, runs: 25 };
    const [baseline, full] = await sampleInTurns(
      [() => rawGraph(client, api.workspaceId, journeyId), () => api.call('GET', `/journeys/${journeyId}`)],
      options,
    );
    await client.end();
    return [
      {
        key: 'P1',
        what: '`GET /api/journeys/:id`, p50',
        baselineLabel: 'raw `pg` fetch + assemble',
        baseline: median(baseline),
        value: median(full),
        unit: 'ms',
        ratio: median(full) / median(baseline),
        goal: { max: 2 },
      },
    ];
  },
};
