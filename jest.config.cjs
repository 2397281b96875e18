/** Type-checking is `npm run typecheck`'s job; ts-jest only transpiles here, which keeps tests fast. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.node.json', diagnostics: false }],
  },
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/globalSetup.ts',
};
