import type { AuditActorDto } from '@cxmap/domain';
import { Avatar } from '@mantine/core';
import { IconKey, IconSparkles } from '@tabler/icons-react';

/** A person's initials, a key for an API key, a spark for the system. */
export function ActorAvatar({ actor, size = 32 }: { actor: AuditActorDto; size?: number }) {
  if (actor.kind === 'user') return <Avatar name={actor.label} color="initials" size={size} aria-hidden />;
  const Icon = actor.kind === 'api_key' ? IconKey : IconSparkles;
  return (
    <Avatar size={size} color={actor.kind === 'api_key' ? 'orange' : 'gray'} variant="light" aria-hidden>
      <Icon size={size * 0.55} />
    </Avatar>
  );
}
