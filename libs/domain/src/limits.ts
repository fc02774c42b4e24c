/** Input limits shared by API validation and web forms. */
export const LIMITS = {
  nameMax: 200,
  titleMax: 200,
  descriptionMax: 4000,
  ownerTeamMax: 100,
  labelMax: 200,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  /** Largest `/changes` batch; a bigger one is answered 413. */
  opsPerBatchMax: 5000,
  /** Largest coordinate accepted for a canvas position (either axis, either sign). */
  coordinateMax: 1_000_000,
  stagesPerJourneyMax: 50,
  touchpointsPerJourneyMax: 5000,
  linksPerJourneyMax: 10000,
  /** Deepest nesting of objects and arrays accepted in a JSON body. */
  bodyDepthMax: 8,
  /** List endpoints: page size when `limit` is left out, and the largest accepted. */
  pageSizeDefault: 50,
  pageSizeMax: 200,
} as const;

/** How long an invitation link stays valid. */
export const INVITATION_TTL_DAYS = 7;
