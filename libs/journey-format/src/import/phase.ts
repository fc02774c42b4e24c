import { PHASES, PHASE_LABELS, type Phase } from '@cxmap/domain';

/**
 * The lifecycle phase a stage name names ("Discovery", "4. Purchase"), else `custom`: imported
 * stages keep their own names; the phase only colours them like the lifecycle templates do.
 */
export function phaseOfStageName(name: string): Phase {
  const bare = name
    .trim()
    .replace(/^\d+\s*[.)-]\s*/, '')
    .toLowerCase();
  return PHASES.find((phase) => phase !== 'custom' && (phase === bare || PHASE_LABELS[phase].toLowerCase() === bare)) ?? 'custom';
}
