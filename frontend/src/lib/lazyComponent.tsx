import { lazy, type ComponentType } from 'react';

/**
 * A lazily loaded component that renders at once when `preload()` has resolved and suspends
 * otherwise. React.lazy alone suspends on its first render even when the chunk has arrived (it asks
 * for the module only then), and a suspended page is revealed only after React's fallback throttle
 * (about 300 ms); a page whose chunk was preloaded while something else was awaited (the area of the
 * first address, the home while the session is restored) skips both.
 */
export function lazyComponent<P extends object, M>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = pick(module);
      },
      (error: unknown) => {
        // A failed chunk (a new release while the tab was open) may be tried again on the next visit.
        loading = null;
        throw error;
      },
    ));
  // React.lazy for the wait (it suspends the way React's tests and transitions expect), the module
  // itself once it is there.
  const Lazy = lazy(async () => {
    await preload();
    return { default: loaded! };
  });
  function LazyComponent(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(LazyComponent, { preload });
}
