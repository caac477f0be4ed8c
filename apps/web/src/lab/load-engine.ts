/**
 * The lab engine, as a page's code gets it: the module scripts/build-engine.ts
 * built apart from Next's bundles, at the URL the root layout names in
 * <meta name="rootlab-lab-engine">. A lesson page has usually started it
 * already (an async module script in its <head>, which may have drawn the
 * first terminal: lab/boot.ts); importing the same URL gives that instance.
 */
import { ENGINE_META } from "./page-contract";

type Engine = typeof import("./engine");

let engine: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  return (engine ??= importEngine().catch((e: unknown) => {
    engine = undefined; // a failed download is tried again on the next call
    throw e;
  }));
}

function importEngine(): Promise<Engine> {
  const url = document.querySelector<HTMLMetaElement>(`meta[name="${ENGINE_META}"]`)?.content;
  if (!url) return Promise.reject(new Error("this page does not name the lab engine"));
  return import(/* webpackIgnore: true */ url) as Promise<Engine>;
}
