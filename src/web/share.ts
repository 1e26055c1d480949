/**
 * Shareable scenario links: the scenario's JSON, deflated and base64url-encoded into `?s=`.
 * A link carries the whole scenario (not a preset id plus edits) so that it keeps its meaning
 * when the presets change. Both directions are capped so a link cannot make us inflate a bomb.
 */

/** Longest `s` we accept or produce (URLs of this size work in every browser and proxy). */
export const MAX_LINK_CHARS = 8_000;
/** Largest scenario JSON a link may inflate to. */
export const MAX_SCENARIO_BYTES = 64 * 1024;

export class BrokenLink extends Error {
  constructor(readonly reason: "too-long" | "not-base64" | "not-deflate" | "too-large" | "not-json") {
    super(`broken scenario link: ${reason}`);
    this.name = "BrokenLink";
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new BrokenLink("not-base64");
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new BrokenLink("not-base64");
  }
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BrokenLink("too-large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** The `s` parameter for a scenario (wire form: the JSON a client would POST). */
export async function encodeScenario(scenario: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  const deflated = await readAll(
    streamOf(json).pipeThrough(new CompressionStream("deflate-raw")),
    MAX_SCENARIO_BYTES,
  );
  const link = toBase64Url(deflated);
  if (link.length > MAX_LINK_CHARS) throw new BrokenLink("too-long");
  return link;
}

/** The scenario a link carries, still unvalidated (the caller runs it through ScenarioSchema). */
export async function decodeScenario(link: string): Promise<unknown> {
  if (link.length > MAX_LINK_CHARS) throw new BrokenLink("too-long");
  const bytes = fromBase64Url(link);
  let json: Uint8Array;
  try {
    json = await readAll(
      streamOf(bytes).pipeThrough(new DecompressionStream("deflate-raw")),
      MAX_SCENARIO_BYTES,
    );
  } catch (err) {
    if (err instanceof BrokenLink) throw err;
    throw new BrokenLink("not-deflate");
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(json));
  } catch {
    throw new BrokenLink("not-json");
  }
}
