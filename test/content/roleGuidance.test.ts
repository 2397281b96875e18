import fs from 'node:fs';
import path from 'node:path';
import { ROLE_GUIDANCE } from '../../src/content';

/** The seed's advice on choosing a role, which the sidebar shows beside every role picker. */
const SEED = path.resolve(__dirname, '../../../shared/seeds/002_b108091404a0bf4d.txt');
/** The seed breaks lines inside sentences; joined with single spaces it reads as printed. */
const joined = (s: string) => s.replace(/\s+/g, ' ');

describe('role guidance', () => {
  const seed = joined(fs.readFileSync(SEED, 'utf8'));

  it('is the seed’s recommendation and its note, word for word', () => {
    expect(seed).toContain(ROLE_GUIDANCE.recommendation);
    // Printed in parentheses straight after the recommendation.
    expect(seed).toContain(`${ROLE_GUIDANCE.recommendation} (${ROLE_GUIDANCE.note})`);
  });

  it('says the role may not match the job title', () => {
    expect(ROLE_GUIDANCE.note).toMatch(
      /^Note that the role most relevant to your work might not match your job title\./,
    );
  });
});
