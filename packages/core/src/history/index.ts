export { canonicalJson, hashEvent, type VerifyResult, verifyHistory } from './hash.js';
