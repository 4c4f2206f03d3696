import { documentNumber, paragraph, simpleTable, type FormalDocument } from './frame';

/** What the settings page fills in from the branch's own settings for "Xem mẫu văn bản". */
export interface SampleOptions {
  higherUnion?: string;
  branchName?: string;
  place?: string;
  /** ISO YYYY-MM-DD */
  date?: string;
  chairName?: string;
}

export const sampleDocument = (opts: SampleOptions = {}): FormalDocument => {
  const branchName = opts.branchName ?? 'Công đoàn Sở Tài chính';
  return {
    header: {
      higherUnion: opts.higherUnion ?? 'Công đoàn Viên chức tỉnh Nghệ An',
      branchName,
      number: documentNumber(5, 'TB', 'CĐCS'),
      place: opts.place ?? 'Nghệ An',
      date: opts.date ?? '2026-02-05',
    },
    title: 'Thông báo',
    subject: 'Về việc tổ chức Hội nghị cán bộ, công chức, viên chức năm 2026',
    body: [
      paragraph(
        'Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022 và Kế hoạch số 12/KH-STC ngày 20 tháng 01 năm 2026 ' +
          'của Sở Tài chính về việc tổ chức Hội nghị cán bộ, công chức, viên chức năm 2026;',
      ),
      paragraph(
        `Ban Chấp hành ${branchName} trân trọng thông báo và kính mời toàn thể đoàn viên công đoàn ` +
          'tham dự Hội nghị cán bộ, công chức, viên chức năm 2026, cụ thể như sau:',
      ),
      paragraph('1. Thời gian: 08 giờ 00 phút, thứ Năm, ngày 26 tháng 02 năm 2026 (thời gian một buổi).'),
      paragraph('2. Địa điểm: Hội trường tầng 3, trụ sở Sở Tài chính.'),
      paragraph('3. Chương trình hội nghị:'),
      simpleTable({
        widths: [30, 80, '*', 120],
        header: ['STT', 'Thời gian', 'Nội dung', 'Người thực hiện'],
        align: ['center', 'center', 'left', 'left'],
        rows: [
          [1, '08:00 – 08:15', 'Ổn định tổ chức, tuyên bố lý do, giới thiệu đại biểu', 'Ban tổ chức'],
          [
            2,
            '08:15 – 09:00',
            'Báo cáo kết quả thực hiện nhiệm vụ năm 2025, phương hướng năm 2026',
            'Thủ trưởng cơ quan',
          ],
          [3, '09:00 – 09:30', 'Báo cáo hoạt động của Ban Thanh tra nhân dân; công khai tài chính', 'Trưởng ban TTND'],
          [
            4,
            '09:30 – 10:45',
            'Thảo luận, đóng góp ý kiến; giải đáp kiến nghị của người lao động',
            'Đoàn viên, đại biểu',
          ],
          [
            5,
            '10:45 – 11:15',
            'Ký kết giao ước thi đua; biểu quyết thông qua Nghị quyết hội nghị',
            'Chủ tịch Công đoàn',
          ],
        ],
      }),
      paragraph(
        'Đề nghị các tổ công đoàn thông báo đến từng đoàn viên; đoàn viên vắng mặt phải báo cáo lý do với ' +
          'Chủ tịch Công đoàn trước ngày 24 tháng 02 năm 2026. Trang phục: lịch sự, đeo huy hiệu Công đoàn Việt Nam.',
      ),
      paragraph('Rất mong các đồng chí sắp xếp công việc, tham dự đầy đủ và đúng giờ./.'),
    ],
    signature: {
      authority: ['TM. Ban Chấp hành', 'Chủ tịch'],
      name: opts.chairName ?? 'Nguyễn Thị Thu Hương',
    },
    recipients: [
      'Như trên;',
      'Công đoàn Viên chức tỉnh (để báo cáo);',
      'Lãnh đạo Sở Tài chính (để phối hợp);',
      'Lưu: VT, BCH.',
    ],
  };
};
