import { randomBytes } from 'node:crypto';
import type { FrameSite } from './ui-context';

/** A Custom UI frame that a host page rendered: where it sits, and for whom. */
export interface IssuedFrame {
  readonly site: FrameSite;
  readonly accountId: string;
}

/**
 * The frames the host pages rendered, by an unguessable id. A frame's calls name only that id:
 * its module, issue and user are what the page rendered, as on Jira, where the frame's context
 * comes from the product and not from the frame.
 */
export interface FrameRegistry {
  issue(frame: IssuedFrame): string;
  find(frameId: string): IssuedFrame | undefined;
}

// Pages are rendered for as long as the sandbox runs; the oldest frames go first and need a reload.
const DEFAULT_LIMIT = 10_000;

export const createFrameRegistry = (limit = DEFAULT_LIMIT): FrameRegistry => {
  const frames = new Map<string, IssuedFrame>();
  return {
    issue: (frame) => {
      const frameId = randomBytes(18).toString('base64url');
      frames.set(frameId, frame);
      for (const oldest of frames.keys()) {
        if (frames.size <= limit) break;
        frames.delete(oldest);
      }
      return frameId;
    },
    find: (frameId) => frames.get(frameId),
  };
};
