/**
 * Identifiers and secrets. Ids carry 128 random bits so nobody can guess one; API keys and delete
 * tokens carry 256 and are stored only as SHA-256 hashes (a leaked database leaks no usable key).
 */

/** Ids of scenarios, tenants and keys: 128 random bits as 32 lowercase hex digits. */
export const ID_PATTERN = /^[0-9a-f]{32}$/;

/** API keys: "cbec_" and 32 random bytes in base64url (43 characters). */
export const API_KEY_PATTERN = /^cbec_[A-Za-z0-9_-]{43}$/;

/** Delete tokens of anonymous scenarios: 32 random bytes in base64url. */
export const DELETE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** How much of a key is kept in clear to tell keys apart ("cbec_" and 7 characters). */
const KEY_PREFIX_LENGTH = 12;

function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function newId(): string {
  return hex(randomBytes(16));
}

export function newApiKey(): string {
  return `cbec_${base64url(randomBytes(32))}`;
}

export function newDeleteToken(): string {
  return base64url(randomBytes(32));
}

export function keyPrefix(key: string): string {
  return key.slice(0, KEY_PREFIX_LENGTH);
}

export async function sha256Hex(text: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))));
}

/** Compares two secrets through their hashes, in time independent of where they differ. */
export async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([sha256Hex(a), sha256Hex(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x.charCodeAt(i) ^ y.charCodeAt(i);
  return diff === 0;
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** An AES-256-GCM key derived from a secret the client holds (SHA-256 of it). */
async function keyFrom(secret: string, use: "encrypt" | "decrypt"): Promise<CryptoKey> {
  const raw = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret));
  return crypto.subtle.importKey("raw", raw, "AES-GCM", false, [use]);
}

/**
 * Encrypts `text` (AES-256-GCM, random 96-bit nonce) under a key derived from `secret`: stored, it
 * can be read back only by someone who presents `secret` again. Returns base64url(nonce | ciphertext).
 */
export async function seal(text: string, secret: string): Promise<string> {
  const nonce = randomBytes(12);
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv: nonce },
    await keyFrom(secret, "encrypt"),
    new TextEncoder().encode(text),
  );
  return base64url(new Uint8Array([...nonce, ...new Uint8Array(sealed)]));
}

/** The text `seal` encrypted under `secret` (throws when the secret or the sealed text is wrong). */
export async function unseal(sealed: string, secret: string): Promise<string> {
  const bytes = fromBase64url(sealed);
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: bytes.slice(0, 12) },
    await keyFrom(secret, "decrypt"),
    bytes.slice(12),
  );
  return new TextDecoder().decode(plain);
}
