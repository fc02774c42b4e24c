import { randomUUID } from 'node:crypto';
import { JOURNEY_TEMPLATES } from '@cxmap/domain';
import type { ChangeOp, TemplateKey } from '@cxmap/domain';

/** The `/changes` operations that lay out a template's stages, in template order. */
export function templateOps(template: TemplateKey, newId: () => string = randomUUID): ChangeOp[] {
  return JOURNEY_TEMPLATES[template].stages.map((stage, index) => ({
    op: 'create',
    entity: 'stage',
    id: newId(),
    data: { name: stage.name, phase: stage.phase, order: index, customerGoal: stage.customerGoal, description: '' },
  }));
}
