import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonsDoc } from '../simulations/cli/lessons-doc.ts';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { EntryHasherV2, ENTRY_V2_PREIMAGE_BYTES } from '../src/crypto/ledger-entry-v2.ts';
import { GENESIS } from '../src/crypto/ledger-hash.ts';
import { declarationMessage, signDeclaration, verifyDeclaration } from '../src/crypto/declaration.ts';
import { operatorKeys } from '../src/crypto/checkpoint.ts';
import { scenarioDoc } from '../simulations/cli/scenario-doc.ts';

describe('docs', () => {
  it('docs/scenario.md matches the schema (run `npm run docs` after changing a knob)', () => {
    expect(readFileSync('docs/scenario.md', 'utf8')).toBe(scenarioDoc());
  });

  it('docs/lessons.md matches src/content/lessons (run `npm run docs` after changing a lesson)', () => {
    expect(readFileSync('docs/lessons.md', 'utf8')).toBe(lessonsDoc());
  });

  it('the README starts with the two commands a newcomer types, then simulate', () => {
    const head = readFileSync('README.md', 'utf8').split('\n').slice(0, 20).join('\n');
    const start = head.indexOf('npm start');
    const test = head.indexOf('npm test');
    const simulate = head.indexOf('npm run simulate');
    expect(start).toBeGreaterThan(0);
    expect(test).toBeGreaterThan(start);
    expect(simulate).toBeGreaterThan(test);
  });

  it('docs/record-format.md gives the ledger entry v2 vector this code computes', () => {
    const doc = readFileSync('docs/record-format.md', 'utf8');
    const section = doc.slice(doc.indexOf('### Two chained ledger entries, v2'), doc.indexOf('### A checkpoint'));
    const blocks = [...section.matchAll(/```\n([0-9a-f]+)\n```/g)].map((m) => m[1]);
    const hasher = new EntryHasherV2();
    const token = hexToBytes('0102030405060708');
    const first = hasher.hash(GENESIS, 0, 0, 1_631_854_800, 197, token, 0, new Uint8Array(32).fill(0x11), 0);
    const firstPreimage = hasher.lastPreimage();
    const second = hasher.hash(first, 0, 1, 1_631_854_861, 197, token, 0, new Uint8Array(32).fill(0x22), 0);
    expect(firstPreimage.length).toBe(ENTRY_V2_PREIMAGE_BYTES);
    expect(blocks).toEqual([bytesToHex(firstPreimage), bytesToHex(first), bytesToHex(hasher.lastPreimage()), bytesToHex(second)]);
  });

  it('docs/record-format.md gives the declaration vector this code signs', () => {
    const doc = readFileSync('docs/record-format.md', 'utf8');
    const section = doc.slice(doc.indexOf('### A declaration'), doc.indexOf('## Versioning'));
    const blocks = [...section.matchAll(/```\n([0-9a-f]+)\n```/g)].map((m) => m[1]);
    const body = {
      electionId: 'classroom/2021',
      ledger: 'public',
      revoteResolution: 'public',
      policy: 'last-online',
      onlineOpens: 1_631_854_800,
      onlineCloses: 1_632_049_200,
      checkpointTimes: [1_631_876_400, 1_632_049_200],
      releaseTimes: [1_632_081_600],
      districts: [{ id: 197, registered: 3000, onlineRegistered: 1200 }],
      paperAudit: { riskLimitPerMillion: 50_000, maxDraws: 2000, seed: new Uint8Array(32) },
      e2e: null,
    } as const;
    const keys = operatorKeys(new Uint8Array(32).fill(1));
    const message = declarationMessage(body);
    const signature = signDeclaration(body, keys.secretKey);
    expect(message.length).toBe(180);
    expect(section).toContain('Message (180 bytes)');
    expect(blocks).toEqual([bytesToHex(message), bytesToHex(signature)]);
    expect(verifyDeclaration(body, hexToBytes(blocks[1]), keys.publicKey)).toBe(true);
    expect(verifyDeclaration({ ...body, checkpointTimes: [1_631_876_400] }, signature, keys.publicKey)).toBe(false);
  });
});
