// P1 (graph read through the whole stack vs raw pg) and P2 (bulk move through /changes vs one raw
// UPDATE … FROM unnest), on the large journey.
import pg from 'pg';
import { median, sample } from './support.mjs';

/** The baseline for P1: the same rows with raw pg, assembled into the response shape in Node. */
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

export async function measureGraphRead({ databaseUrl, api, journeyId }) {
  // A pool, so the baseline's four queries run in parallel: the fastest plain way to read the rows.
  const client = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const options = { warmup: 5, runs: 25 };
  const baseline = await sample(() => rawGraph(client, api.workspaceId, journeyId), options);
  const full = await sample(() => api.call('GET', `/journeys/${journeyId}`), options);
  await client.end();
  return { baseline: median(baseline), full: median(full) };
}

export async function measureBulkMove({ databaseUrl, api, journeyId }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let shift = 0;
  const rawMove = async () => {
    const { rows } = await client.query(
      'SELECT id, position_x, position_y FROM touchpoints WHERE workspace_id = $1 AND journey_id = $2',
      [api.workspaceId, journeyId],
    );
    shift += 1;
    const started = process.hrtime.bigint();
    await client.query('BEGIN');
    await client.query(
      `UPDATE touchpoints t SET position_x = u.x, position_y = u.y, version = t.version + 1, updated_at = now()
         FROM unnest($2::uuid[], $3::float8[], $4::float8[]) AS u(id, x, y) WHERE t.workspace_id = $1 AND t.id = u.id`,
      [api.workspaceId, rows.map((r) => r.id), rows.map((r) => r.position_x + shift), rows.map((r) => r.position_y)],
    );
    await client.query('COMMIT');
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const apiMove = async () => {
    const graph = await api.call('GET', `/journeys/${journeyId}`);
    shift += 1;
    const ops = graph.touchpoints.map((t) => ({
      op: 'update', entity: 'touchpoint', id: t.id, version: t.version, data: { position: { x: t.position.x + shift, y: t.position.y } },
    }));
    const started = process.hrtime.bigint();
    await api.call('POST', `/journeys/${journeyId}/changes`, { ops });
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const runs = 9;
  const baseline = [];
  const full = [];
  for (let i = 0; i < 2; i++) {
    await rawMove();
    await apiMove();
  }
  for (let i = 0; i < runs; i++) {
    baseline.push(await rawMove());
    full.push(await apiMove());
  }
  await client.end();
  return { baseline: median(baseline), full: median(full) };
}
