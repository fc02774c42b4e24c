export const figure = { id: 'P4', async measure() { return []; } };
