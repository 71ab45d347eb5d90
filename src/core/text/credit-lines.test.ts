// Lines beside the story, in the shapes real pages give them.
import { describe, expect, it } from 'vitest';
import { isCreditLine } from './credit-lines';

describe('credit lines', () => {
  it('reads photo credits: agency lists, credit labels, a name and an agency after a slash', () => {
    expect(isCreditLine('Natalie Naccache | Bloomberg | Getty Images')).toBe(true);
    expect(isCreditLine('Photo: Ana Ruiz')).toBe(true);
    expect(isCreditLine('Image credit: NASA/JPL')).toBe(true);
    expect(isCreditLine('Credit: NASA/JPL')).toBe(true);
    expect(isCreditLine('Ana Ruiz/Reuters')).toBe(true);
    expect(isCreditLine('사진=연합뉴스')).toBe(true);
  });

  it('reads invitations to follow on a social network', () => {
    expect(isCreditLine('Follow him on Twitter @mwall. Follow us on Twitter @Spacedotcom or Facebook.')).toBe(true);
    expect(isCreditLine('Follow The New York Times Opinion section on Facebook, Twitter and Instagram.')).toBe(true);
  });

  it('reads the line that credits the reporters, at its end or its start', () => {
    expect(isCreditLine('Associated Press writers Alan Fram and Zeke Miller contributed to this report.')).toBe(true);
    expect(isCreditLine('(Reporting by Jane Doe; Editing by John Roe)')).toBe(true);
    expect(isCreditLine('The bill, which Smith said was reporting by the book, passed.')).toBe(false);
    expect(isCreditLine('She said the newsroom had contributed reporting to the project for years.')).toBe(false);
  });

  it('reads an author’s bio only among the closing lines', () => {
    expect(isCreditLine('Phil Helsel is a reporter for NBC News.', true)).toBe(true);
    expect(isCreditLine('Aner Shalev is an Israeli mathematician and writer born in 1958.', false)).toBe(false);
  });

  it('leaves headlines about an agency and sentences about following alone', () => {
    expect(isCreditLine('EPA rolls back emissions rules for power plants')).toBe(false);
    expect(isCreditLine('AFP journalists detained in Myanmar')).toBe(false);
    expect(isCreditLine('Investigators said they would follow up on Facebook complaints about the fraud.')).toBe(false);
    expect(isCreditLine('Fans can follow the match live on YouTube.')).toBe(false);
    expect(isCreditLine('The board will follow the plan on X-ray machines.')).toBe(false);
    // A caption that ends with its credit is a caption, not a credit line.
    expect(isCreditLine('Council members listen during the vote. (AFP)')).toBe(false);
    expect(isCreditLine('Ana Ruiz (Reuters)')).toBe(true);
  });

  it('leaves the story’s sentences alone, even those that name an agency', () => {
    expect(isCreditLine('The deal was first reported by Reuters on Tuesday, citing two people familiar with the talks.')).toBe(false);
    expect(isCreditLine('Bloomberg reported that the company would follow its rival into the market.')).toBe(false);
    expect(isCreditLine('She is a former reporter who now runs a bakery.', true)).toBe(false);
  });
});
