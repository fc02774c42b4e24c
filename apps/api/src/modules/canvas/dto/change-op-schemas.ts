import { ENTITY_KINDS, OP_KINDS } from '@cxmap/domain';
import type { EntityKind, OpKind } from '@cxmap/domain';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { OP_DATA_CLASSES } from './op-data.dto';

export const VERSION_MAX = 2_147_483_647;

export type SchemaClass = new () => object;

const capital = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/**
 * One documented shape per (entity, op): `op` and `entity` are single-value enums, `data` is the
 * entity's create or update class (the same classes that validate it). Documentation only: the
 * request is validated by ChangeOpDto and OP_DATA_CLASSES.
 */
function opSchema(entity: EntityKind, op: OpKind): SchemaClass {
  const schema = class {};
  const property = (name: string, options: Parameters<typeof ApiProperty>[0]): void =>
    ApiProperty(options)(schema.prototype, name);
  ApiSchema({ name: `${capital(entity)}${capital(op)}Op` })(schema);
  property('op', { enum: [op] });
  property('entity', { enum: [entity] });
  property('id', {
    type: 'string',
    format: 'uuid',
    description: op === 'create' ? 'Chosen by the client (UUID v4); unique within the workspace' : undefined,
  });
  if (op !== 'create') {
    property('version', {
      type: 'integer',
      minimum: 1,
      maximum: VERSION_MAX,
      description: 'The version the change is based on; a stale one answers 409 with the current state',
    });
  }
  if (op === 'create') property('data', { type: () => OP_DATA_CLASSES[entity].create });
  if (op === 'update') property('data', { type: () => OP_DATA_CLASSES[entity].update, minProperties: 1 });
  return schema;
}

export const CHANGE_OP_SCHEMAS: readonly SchemaClass[] = ENTITY_KINDS.flatMap((entity) =>
  OP_KINDS.map((op) => opSchema(entity, op)),
);
