import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { buildMinutesModel } from '../../shared/minutes/build';
import type { MinutesModel } from '../../shared/minutes/model';
import { plainText } from '../../shared/minutes/text';
import { minutesInputFromFile } from '../../src-main/pdf/minutes-data';
import { chiBoCongress } from '../helpers/chi-bo-congress';
import { tieCongress } from '../helpers/tie-congress';
import { openTestApp, unwrap } from '../helpers/api';
import { flatText, pdfPages } from '../helpers/pdf';

/** Issue 18, item 8: a further round's minutes say its own seats and the number the congress voted, each in its own words. */

function file(json: Record<string, unknown>): CongressFile {
  const read = readCongressFile(JSON.stringify(json));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function textOf(model: MinutesModel): string {
  const lines: string[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') lines.push(plainText(block.text));
    else if (block.kind === 'list') lines.push(...block.items.map((item) => `– ${plainText(item)}`));
  }
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

function minutes(congress: CongressFile, id: string): string {
  const election = congress.elections.find((e) => e.id === id) as CongressFile['elections'][number];
  return textOf(buildMinutesModel(minutesInputFromFile(congress, election)));
}

describe('the minutes of a round after the first', () => {
  const chiBo = file(chiBoCongress());

  it('give the round its seats, and the size the congress voted and what the rounds before elected, each in its own words', () => {
    const text = minutes(chiBo, 'cap_uy-v2');
    expect(text).toContain('1. Số lượng cần bầu ở vòng này: 1 đồng chí.');
    expect(text).toContain('– Đại hội đã biểu quyết số lượng Chi ủy Chi bộ Khu phố 3 là 3 đồng chí; vòng 1 đã bầu được 2 đồng chí.');
    expect(text).not.toContain('đại hội đã biểu quyết): 1');
  });

  it('say of one elected "đồng chí sau đây", of two "các đồng chí sau đây"', () => {
    expect(minutes(chiBo, 'cap_uy-v2')).toContain('7. Căn cứ kết quả kiểm phiếu, đồng chí sau đây trúng cử Chi ủy Chi bộ Khu phố 3:');
    expect(minutes(chiBo, 'bi_thu')).toContain('7. Căn cứ kết quả kiểm phiếu, đồng chí sau đây trúng cử Bí thư Chi bộ:');
    expect(minutes(chiBo, 'cap_uy')).toContain('7. Căn cứ kết quả kiểm phiếu, các đồng chí sau đây trúng cử Chi ủy Chi bộ Khu phố 3, xếp theo thứ tự số phiếu từ cao xuống thấp:');
  });

  it('leave the first round as it was: the seats the congress voted', () => {
    expect(minutes(chiBo, 'cap_uy')).toContain('1. Số lượng cần bầu (đại hội đã biểu quyết): 3 đồng chí.');
  });

  it('a tie-break: its one seat, the 14 voted and the 13 round 1 elected', () => {
    const text = minutes(file(tieCongress()), 'bch-2');
    expect(text).toContain('1. Số lượng cần bầu ở vòng này: 1 đồng chí.');
    expect(text).toContain('– Đại hội đã biểu quyết số lượng Ban Chấp hành Đảng bộ phường Hòa An khóa III là 14 đồng chí; vòng 1 đã bầu được 13 đồng chí.');
  });

  it('the app prints them so, from its own rounds', async () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.importCongressFile({ content: JSON.stringify(chiBoCongress()) }));
    const further = unwrap(app.api.getCongress({ congressId })).elections.find((e) => e.round === 2);
    const pdf = unwrap(await app.api.minutesPdf({ electionId: further?.id ?? -1 }));
    const text = flatText(pdfPages(pdf.data));
    expect(text).toContain('1. Số lượng cần bầu ở vòng này: 1 đồng chí.');
    expect(text).toContain('Đại hội đã biểu quyết số lượng Chi ủy Chi bộ Khu phố 3 là 3 đồng chí; vòng 1 đã bầu được 2 đồng chí.');
    expect(text).toContain('đồng chí sau đây trúng cử Chi ủy Chi bộ Khu phố 3:');
  });
});
