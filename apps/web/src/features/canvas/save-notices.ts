export interface Notice {
  title: string;
  message: string;
}

/**
 * What to tell the user after a 409 on a save: `discarded` of their changes were dropped, and the
 * journey as it is on the server now is shown (or could not be loaded).
 */
export function conflictNotice(discarded: number, latestLoaded: boolean): Notice {
  const one = discarded === 1;
  const lost = one
    ? 'Your last change could not be saved and was discarded.'
    : `Your last ${discarded} changes could not be saved and were discarded.`;
  const next = latestLoaded
    ? `The latest version is loaded — redo ${one ? 'it' : 'them'} if you still need ${one ? 'it' : 'them'}.`
    : 'The latest version could not be loaded; reload the page to see it.';
  return { title: 'Someone else changed this journey', message: `${lost} ${next}` };
}

/** What to tell the user when a save failed for another reason (the changes are kept for Retry). */
export function failureNotice(unsaved: number, reason: string): Notice {
  return {
    title: unsaved === 1 ? 'Your change was not saved' : `Your last ${unsaved} changes were not saved`,
    message: reason,
  };
}
