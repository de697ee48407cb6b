/**
 * The messages between a Custom UI frame (global-bridge.ts) and its host page (host-page.ts).
 * Only data crosses: callbacks that @forge/bridge passes (events.on, history.listen) stay in
 * the frame, and the host answers each call by its id. Types only, so that each browser
 * script stays one self-contained file.
 */
export interface BridgeCall {
  readonly kind: 'forge-sandbox/call';
  readonly id: number;
  readonly method: string;
  readonly payload: unknown;
}

export type BridgeReply =
  | { readonly kind: 'forge-sandbox/reply'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly kind: 'forge-sandbox/reply'; readonly id: number; readonly ok: false; readonly error: string };

/** An `events.emit` from any frame on the page, fanned out to every frame. */
export interface BridgeEvent {
  readonly kind: 'forge-sandbox/event';
  readonly event: string;
  readonly payload: unknown;
}

/** The frame's content height, so the host can size the iframe as Jira does. */
export interface BridgeResize {
  readonly kind: 'forge-sandbox/resize';
  readonly height: number;
}

export type FrameMessage = BridgeCall | BridgeResize;
export type HostMessage = BridgeReply | BridgeEvent;

/** What the host answers to `enableTheming`: the token stylesheet and the html attributes to set. */
export interface ThemeGrant {
  readonly stylesheet: string;
  readonly attributes: Readonly<Record<string, string>>;
}
