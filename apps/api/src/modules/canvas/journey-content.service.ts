import { Injectable } from '@nestjs/common';
import type { GraphContent } from '@cxmap/journey-format';
import type { EntityManager } from 'typeorm';
import { CanvasRepository, type ContentScope } from './canvas.repository';

/** Read access to a journey's stages, touchpoints and links for other modules (three queries). */
@Injectable()
export class JourneyContentService {
  constructor(private readonly repository: CanvasRepository) {}

  load(manager: EntityManager, scope: ContentScope): Promise<GraphContent> {
    return this.repository.loadContent(manager, scope);
  }

  /**
   * The same three queries at once, each on a pooled connection of its own: `manager` must not be
   * a transaction's. Each sees its own moment; the caller proves them consistent (see readGraph).
   */
  loadConcurrently(manager: EntityManager, scope: ContentScope): Promise<GraphContent> {
    return this.repository.loadContent(manager, scope, true);
  }
}
