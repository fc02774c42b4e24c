import type { DataSource } from 'typeorm';

export interface SchemaSnapshot {
  /** Every constraint of the schema with its definition and the index it rests on (`-` for none). */
  constraints: { table_name: string; conname: string; definition: string; index: string }[];
  indexes: { indexdef: string }[];
  columns: { table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null; is_identity: string }[];
}

/** The current schema's tables as the catalog describes them, in a stable order, to compare two states. */
export async function schemaSnapshot(db: DataSource): Promise<SchemaSnapshot> {
  const constraints = (await db.query(
    `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition, conindid::regclass::text AS index
       FROM pg_constraint
      WHERE connamespace = current_schema()::regnamespace
      ORDER BY 1, 2`,
  )) as SchemaSnapshot['constraints'];
  const indexes = (await db.query(
    `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY tablename, indexname`,
  )) as SchemaSnapshot['indexes'];
  const columns = (await db.query(
    `SELECT table_name, column_name, data_type, is_nullable, column_default, is_identity
       FROM information_schema.columns
      WHERE table_schema = current_schema()
      ORDER BY table_name, ordinal_position`,
  )) as SchemaSnapshot['columns'];
  return { constraints, indexes, columns };
}
