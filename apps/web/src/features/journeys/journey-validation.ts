import { LIMITS } from '@cxmap/domain';

export function validateJourneyName(name: string): string | undefined {
  const value = name.trim();
  if (!value) return 'Give the journey a name';
  if (value.length > LIMITS.nameMax) return `Name can be at most ${LIMITS.nameMax} characters`;
  return undefined;
}

export function validateJourneyDescription(description: string): string | undefined {
  if (description.trim().length > LIMITS.descriptionMax) {
    return `Description can be at most ${LIMITS.descriptionMax} characters`;
  }
  return undefined;
}
