import path from 'node:path';
import type { Config } from '../../config';
import { s3EvidenceStore } from './s3-store';
import { type EvidenceStore, fileEvidenceStore } from './store';

/** The store the configuration asks for: S3 when EVIDENCE_S3_ENDPOINT is set, else `<dataDir>/evidence`. */
export function evidenceStoreFromConfig(config: Config): EvidenceStore {
  if (config.EVIDENCE_S3_ENDPOINT) {
    return s3EvidenceStore({
      endpoint: config.EVIDENCE_S3_ENDPOINT,
      bucket: config.EVIDENCE_S3_BUCKET!,
      region: config.EVIDENCE_S3_REGION ?? 'us-east-1',
      accessKeyId: config.EVIDENCE_S3_ACCESS_KEY_ID!,
      secretAccessKey: config.EVIDENCE_S3_SECRET_ACCESS_KEY!,
    });
  }
  return fileEvidenceStore(path.join(config.dataDir, 'evidence'));
}
