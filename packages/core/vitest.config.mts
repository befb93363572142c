import { defineConfig } from 'vitest/config';

// The *.test-d.ts files are type tests (expectTypeOf, @ts-expect-error): vitest runs tsc on them
// as part of `vitest run`, so a type that stops saying what happens fails the suite.
export default defineConfig({
  test: {
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
