/** The OpenAPI 3.1 description of the API, served at `/api/openapi.json`. */
const error = { $ref: '#/components/schemas/Error' };
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: 'error', ...json(error) }]));
const ok = (description: string) => ({ description, ...json({ type: 'object' }) });

/** The OpenAPI 3.1 description of the server's HTTP API (served at `/api/openapi.json`). */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'xinfang petition office API',
    version: '0.0.0',
    description:
      'Staff sign in (cookie session, SameSite=Strict; unsafe requests send the session CSRF token in X-CSRF-Token). Every command is decided by @xinfang/core as the signed-in staff member at the server time. Accusations are shown without the accuser to whoever has no need to know (22 art 30(3)).',
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string' },
          message: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } } },
        },
      },
    },
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: 'xf_session' },
      service: { type: 'http', scheme: 'bearer' },
    },
  },
  paths: {
    '/api/session': {
      post: {
        summary: 'Sign in (id, password)',
        responses: { 200: ok('actor and csrf token'), ...errors(400, 401, 429) },
      },
      get: { summary: 'The signed-in staff member', responses: { 200: ok('actor and csrf token'), ...errors(401) } },
      delete: { summary: 'Sign out', responses: { 200: ok('signed out'), ...errors(401, 403) } },
    },
    '/api/execute': {
      post: {
        summary: 'Decide and store a command or a list of commands for one petition ({ commands, expectedSeq? })',
        responses: { 200: ok('ExecuteResult'), ...errors(400, 401, 403, 409) },
      },
    },
    '/api/petitions/{id}/events': {
      post: {
        summary: 'Append decided events (service token only)',
        responses: { 200: ok('stored'), ...errors(400, 401, 403, 409, 412) },
      },
    },
    '/api/petitions/{id}': {
      get: { summary: 'A petition view', responses: { 200: ok('PetitionView'), ...errors(401, 404) } },
    },
    '/api/petitions/{id}/history': {
      get: { summary: 'A petition history (need to know)', responses: { 200: ok('events'), ...errors(401, 403, 404) } },
    },
    '/api/registrations/{no}': {
      get: { summary: 'A view by registration number', responses: { 200: ok('PetitionView'), ...errors(401, 404) } },
    },
    '/api/query': {
      post: {
        summary: "Work queue (ViewQuery; asOf defaults to the server clock's day for staff)",
        responses: { 200: ok('items and total'), ...errors(400, 401) },
      },
    },
    '/api/statistics': {
      get: { summary: 'Statistics (from, to, now)', responses: { 200: ok('Statistics'), ...errors(400, 401) } },
    },
    '/api/public/petitions': {
      post: {
        summary: 'Submit a petition online (no account)',
        responses: { 201: ok("registration number, query code and the petitioner's view"), ...errors(400, 429) },
      },
    },
    '/api/public/track': {
      post: {
        summary: 'Track with registration number and query code',
        responses: { 200: ok('view'), ...errors(400, 404, 429) },
      },
    },
    '/api/public/requests': {
      post: {
        summary: 'Request a review or re-review (registration number, query code, request, expectedSeq)',
        responses: { 200: ok("the result, with the petitioner's view"), ...errors(400, 404, 409, 429) },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: ok('OpenAPI') } } },
  },
} as const;
