import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IC_LEVEL_MEANINGS, IC_LEVELS } from '../../src/content/icDescriptors';

/** The README's IC section tells a reader what the levels mean and whose words the levels are. */
const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const start = readme.indexOf('## Innovation Configuration (IC) maps');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1)).replace(/\s+/g, ' ');

describe('README: Innovation Configuration maps', () => {
  it('has the section', () => {
    expect(start).toBeGreaterThan(0);
  });

  it.each(IC_LEVELS.map((l) => [l]))('says what %s means, in the words the maps use', (level) => {
    expect(section).toContain(`**${level}** is ${IC_LEVEL_MEANINGS[level]}`);
  });

  it("says the descriptions were written for this add-on, and where Learning Forward's own maps are", () => {
    expect(section).toMatch(/\*\*written for this add-on\*\*/);
    expect(section).toMatch(/not Learning Forward's own IC maps/);
    expect(section).toMatch(/standards\.learningforward\.org.*"Action Guides" tab/);
  });
});
