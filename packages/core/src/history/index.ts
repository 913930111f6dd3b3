export {
  type Checkpoint,
  type CheckpointVerdict,
  type CounterState,
  checkpointOf,
  compareWithCheckpoint,
  type Head,
  type HeadProblem,
  type OfficeKey,
  officeKeyFromSeed,
  type SignedCheckpoint,
  type SignedHistoryVerdict,
  signCheckpoint,
  type TrustProblem,
  verifyCheckpoint,
  verifySignedHistory,
} from './checkpoint.js';
export { canonicalJson, hashEvent, type TrustOptions, type VerifyResult, verifyHistory } from './hash.js';
