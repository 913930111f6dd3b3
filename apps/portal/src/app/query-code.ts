/**
 * Query codes (查询码) in the portal: the core generates and digests them (`@xinfang/core`, scrypt with a
 * salt, see its README); the shell only supplies the randomness the core does not have.
 */
import { generateQueryCode, hashQueryCode } from '@xinfang/core';

/** A new query code and the digest to store (the code itself is shown once and never stored). */
export async function newQueryCode(
  random: (length: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): Promise<{ code: string; digest: string }> {
  const code = generateQueryCode(random(8));
  return { code, digest: await hashQueryCode(code, random(16)) };
}

/**
 * The digest every demo petition carries: of a code generated once and thrown away, so demo petitions
 * store a digest like every other and cannot be tracked online (petitions submitted in the demo can).
 */
export const DEMO_QUERY_CODE_DIGEST =
  'scrypt$16$8$1$d3b34d311224732b1ee10fcd4377713d$a66012b50d515ddff7e26e0ba1869dd1ab041c92affecb875026b4ae46de4ba5';
