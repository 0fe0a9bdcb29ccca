declare module 'async-exit-hook' {
  const exitHook: {
    (hook: () => void): void;
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  export default exitHook;
}
