import type { JourneySummaryDto } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { renameConflictNotice } from './rename-conflict-notice';

const current = { id: 'j1', name: 'Claims (Bo)', revision: 6 } as JourneySummaryDto;

describe('renameConflictNotice', () => {
  it('says the rename was not saved, why, what the journey is called now, and to try again', () => {
    expect(renameConflictNotice(current, 'Claims, end to end')).toEqual({
      title: 'This journey was changed elsewhere',
      message:
        'Your new name “Claims, end to end” was not saved: someone renamed the journey or edited its map since you opened it. ' +
        'The latest version is shown — it is named “Claims (Bo)”. Rename it again if you still want your name.',
    });
  });

  it('still explains itself when the refreshed list no longer holds the journey', () => {
    expect(renameConflictNotice(undefined, 'Claims').message).toMatch(/was not saved: .* The latest list is shown\.$/);
  });
});
