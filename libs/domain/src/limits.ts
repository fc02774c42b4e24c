/** Input limits shared by API validation and web forms. */
export const LIMITS = {
  nameMax: 200,
  titleMax: 200,
  descriptionMax: 4000,
  ownerTeamMax: 100,
  labelMax: 200,
  emailMax: 254,
  apiKeyNameMax: 80,
  passwordMin: 10,
  passwordMax: 200,
  /** Label of a share link. */
  shareLabelMax: 80,
  /** Furthest expiry of a share link, in days from its creation. */
  shareExpiryDaysMax: 365,
  /** Largest `/changes` batch; a bigger one is answered 413. */
  opsPerBatchMax: 5000,
  /** Largest coordinate accepted for a canvas position (either axis, either sign). */
  coordinateMax: 1_000_000,
  stagesPerJourneyMax: 50,
  touchpointsPerJourneyMax: 5000,
  linksPerJourneyMax: 10000,
  /** Largest file text accepted by the journey import (characters): far above any real journey map. */
  importContentMax: 1_000_000,
  /** Deepest nesting of objects and arrays accepted in a JSON body. */
  bodyDepthMax: 8,
  /** List endpoints: page size when `limit` is left out, and the largest accepted. */
  pageSizeDefault: 50,
  pageSizeMax: 200,
  /**
   * Active (unrevoked) API keys a workspace may hold, and active (unrevoked, unexpired) share links
   * a journey may hold: these lists are answered whole, so their size is capped at creation instead.
   */
  activeApiKeysPerWorkspaceMax: 50,
  activeShareLinksPerJourneyMax: 50,
} as const;

/** How long an invitation link stays valid. */
export const INVITATION_TTL_DAYS = 7;

/** Audit log pages: `limit` defaults to the first and may not exceed the second. */
export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;
