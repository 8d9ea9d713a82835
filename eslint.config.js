import neostandard from 'neostandard'

export default [
  ...neostandard({ ts: true, ignores: ['src/generated/**', 'node_modules/**', '.data/**', 'dist/**'] }),
  {
    rules: {
      // The code's existing style: trailing commas in multi-line literals and calls, no space before a named function's parentheses.
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/space-before-function-paren': ['error', { anonymous: 'always', named: 'never', asyncArrow: 'always' }],
      // Fire-and-forget promises are marked with `void`.
      'no-void': ['error', { allowAsStatement: true }],
      '@stylistic/max-len': ['error', { code: 160, ignoreUrls: true }],
    },
  },
]
