import { describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../i18n/messages';
import { Jobs, throwIfCancelled } from './jobs';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('jobs', () => {
  it('reports progress and keeps the result', async () => {
    const jobs = new Jobs();
    let step!: () => void;
    const id = jobs.start('import', 'Danh sách.xlsx', async (_signal, report) => {
      report({ done: 1, total: 2, phase: 'Đang đọc tệp' });
      await new Promise<void>((resolve) => (step = resolve));
      return { created: 2 };
    });
    await tick();
    expect(jobs.get(id)).toMatchObject({ state: 'running', progress: { done: 1, total: 2, phase: 'Đang đọc tệp' } });
    step();
    expect(await jobs.settled(id)).toMatchObject({ state: 'done', result: { created: 2 } });
  });

  it('cancels through the signal', async () => {
    const jobs = new Jobs();
    const id = jobs.start('import', 'Danh sách.xlsx', async (signal) => {
      for (;;) {
        throwIfCancelled(signal);
        await tick();
      }
    });
    jobs.cancel(id);
    const status = await jobs.settled(id);
    expect(status.state).toBe('cancelled');
    expect(status.error).toContain('không có dữ liệu nào bị thay đổi');
    setMessageLanguage('en');
    try {
      expect(jobs.get(id).error).toBe('Cancelled as asked; nothing was changed.');
    } finally {
      setMessageLanguage('vi');
    }
  });

  it('reports failures and unknown ids in Vietnamese', async () => {
    const jobs = new Jobs();
    const id = jobs.start('export', 'Danh sách.pdf', async () => {
      throw new Error('Ổ đĩa đầy');
    });
    expect(await jobs.settled(id)).toMatchObject({ state: 'failed', error: 'Ổ đĩa đầy' });
    expect(() => jobs.get('nope')).toThrow('Không tìm thấy công việc này');
  });
});
