/**
 * Browser APIs that Fluent UI v9 calls and jsdom does not have, for the test files that run in
 * jsdom (`@jest-environment jsdom`); files in the node environment get nothing from here.
 * - ResizeObserver: MessageBar and the overflow helpers measure themselves with one. Nothing is
 *   laid out in jsdom, so an observer that never reports is what the browser would do here.
 * - matchMedia: Dialog asks for the reduced-motion preference; no media query matches.
 */
if (typeof window !== "undefined") {
  const g = globalThis as unknown as { ResizeObserver?: unknown };
  g.ResizeObserver ??= class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}
