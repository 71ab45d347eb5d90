import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message';

describe('formatMessage', () => {
  it('puts a substituted value in as it is, never reading it as part of the message', () => {
    const entry = { message: 'also $ALIASES$ · $$1', placeholders: { aliases: { content: '$1' } } };
    expect(formatMessage(entry, ['A$$B $ALIASES$'])).toBe('also A$$B $ALIASES$ · $1');
  });

  it('leaves a $NAME$ without a placeholder as written', () => {
    expect(formatMessage({ message: 'cost $PRICE$' }, ['5'])).toBe('cost $PRICE$');
  });
});
