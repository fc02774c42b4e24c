import { Button } from '@mantine/core';
import { IconShare } from '@tabler/icons-react';
import { useState } from 'react';
import { ShareLinksModal } from './share-links-modal';

/** The canvas toolbar's Share button (for roles with `journey:share`) and its modal. */
export function ShareJourneyButton({ journeyId }: { journeyId: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconShare size={14} aria-hidden />} onClick={() => setOpened(true)}>
        Share
      </Button>
      {opened && <ShareLinksModal journeyId={journeyId} opened onClose={() => setOpened(false)} />}
    </>
  );
}
