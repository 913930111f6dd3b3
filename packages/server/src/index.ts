/**
 * `@xinfang/server` — the HTTP API of a petition office on Hono.
 *
 * @module
 */
export { createServer, type ServerOptions } from './app.js';
export { type Auth, createAuth, type Session, type StaffRecord } from './auth.js';
export { ApiError } from './errors.js';
export { openApiDocument } from './openapi.js';
