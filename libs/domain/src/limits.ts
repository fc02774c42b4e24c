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
  /** Metric attachments one journey may hold (a CXMap document holds as many). */
  metricsPerJourneyMax: 5000,
  /**
   * Measurements one journey may hold, over all its attachments: the benchmark journey's 50,000 (250
   * weekly series of 200 weeks). A CXMap document holds as many, so every export imports again.
   */
  measurementsPerJourneyMax: 50_000,
  /** Annotations one journey may hold (a CXMap document holds as many). */
  annotationsPerJourneyMax: 5000,
  /** Largest file text accepted by the journey import (characters) for Mermaid, OpenJourney, CSV and XLSX: far above any real journey map. */
  importContentMax: 1_000_000,
  /**
   * Largest CXMap journey document accepted by the import (characters). The benchmark journey at the
   * caps above (2,000 touchpoints, 3,000 links, 50,000 measurements, 1,000 annotations) exports as
   * 12.7 million characters (measured 2026-12-06, bench/document-size.mjs): twice that leaves room for
   * longer texts. Its import route takes a JSON body of `importDocumentBodyMaxBytes`.
   */
  journeyDocumentContentMax: 25_000_000,
  /**
   * Largest JSON body of the journey import route (bytes); every other route takes 5 MB. The document
   * travels as a JSON string, whose escapes (quotes, line breaks) and UTF-8 make it longer than its
   * characters: 1.14× for the benchmark document, so twice its characters is ample.
   */
  importDocumentBodyMaxBytes: 50_000_000,
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
