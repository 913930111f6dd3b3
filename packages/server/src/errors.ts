import type { Bilingual } from '@xinfang/core';

/** An API error: `{ code, message: { zh, en } }` with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 429,
    readonly code: string,
    readonly bilingual: Bilingual,
  ) {
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = 'ApiError';
  }
}

export const badRequest = (what: string) =>
  new ApiError(400, 'bad-request', {
    zh: `请求无效（${what}）。请检查后重试。`,
    en: `The request is not valid (${what}). Check it and try again.`,
  });
export const signInRequired = () =>
  new ApiError(401, 'sign-in-required', {
    zh: '请先登录工作人员账号。',
    en: 'Sign in with your staff account first.',
  });
export const forbidden = () =>
  new ApiError(403, 'forbidden', {
    zh: '您无权查看或办理此项。如需办理，请联系本单位负责人。',
    en: 'You may not see or handle this. Ask your unit head if you need to.',
  });
export const notFound = () =>
  new ApiError(404, 'not-found', {
    zh: '找不到该信访事项。请核对编号后重试。',
    en: 'This petition was not found. Check the number and try again.',
  });
export const tooMany = (seconds: number) =>
  new ApiError(429, 'too-many-attempts', {
    zh: `尝试次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试。`,
    en: `Too many attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`,
  });
