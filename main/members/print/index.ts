/**
 * Printing the register: loads what each document needs, lays it out in the NĐ 30/2020 frame
 * and renders it. Used by the IPC handlers (preview, save) and the CLI (`export members
 * --format pdf`).
 */
import type { Db } from '../../db/connection';
import { AppError } from '../../ipc/errors';
import { say } from '../../i18n/messages';
import { buildDocDefinition, type FormalDocument } from '../../pdf/frame';
import { renderPdf } from '../../pdf/render';
import { requireSettings } from '../../settings/service';
import { fileSlug, groupIdByName } from '../export/service';
import { groupById } from '../groups';
import { getMember } from '../service';
import { cardRequestDocument } from './card-request';
import { loadCardRequestMembers, loadGroup, loadListedMembers } from './data';
import { memberListDocument } from './list';
import { memberProfileDocument } from './profile';
import { printMessages as m } from './messages';

export { memberListDocument, memberListTable, memberListTableBody } from './list';
export { cardRequestDocument } from './card-request';
export { memberProfileDocument } from './profile';

export interface PrintedDocument {
  pdf: Buffer;
  /** For the preview window's title bar. */
  title: string;
  /** Offered in the save dialog. */
  fileName: string;
  /** Members listed (1 for a member sheet). */
  members: number;
  /** Card request: members listed without a CCCD, by which the higher union issues cards. */
  withoutCccd?: number;
}

/** `fileName` is ASCII, as for the spreadsheet exports: lists travel by Zalo and USB sticks. */
async function render(doc: FormalDocument, fileName: string, members: number): Promise<PrintedDocument> {
  const title = doc.subject ? `${doc.title} - ${doc.subject}` : doc.title;
  return { pdf: await renderPdf(buildDocDefinition(doc)), title, fileName: `${fileName}.pdf`, members };
}

export async function printMemberList(db: Db, opts: { groupId?: number; date: string }): Promise<PrintedDocument> {
  const group = opts.groupId === undefined ? undefined : await groupById(db, opts.groupId);
  const settings = await requireSettings(db);
  const members = await loadListedMembers(db, group?.id);
  const doc = memberListDocument(settings, members, { group, date: opts.date });
  const name = group ? `Danh-sach-doan-vien-${fileSlug(group.name)}` : 'Danh-sach-doan-vien';
  return render(doc, name, members.length);
}

/** The CLI's `export members --format pdf [--group NAME]`; the tổ is found as the importer finds it. */
export async function exportMemberListPdf(db: Db, opts: { groupName?: string; date: string }): Promise<Buffer> {
  const groupId = opts.groupName === undefined ? undefined : await groupIdByName(db, opts.groupName);
  return (await printMemberList(db, { groupId, date: opts.date })).pdf;
}

export async function printCardRequest(db: Db, date: string): Promise<PrintedDocument> {
  const settings = await requireSettings(db);
  const members = await loadCardRequestMembers(db);
  if (members.length === 0) {
    throw new AppError('CONFLICT', say(m.nobodyNeedsCard));
  }
  const doc = await render(cardRequestDocument(settings, members, date), 'De-nghi-cap-the-doan-vien', members.length);
  return { ...doc, withoutCccd: members.filter((member) => !member.cccd).length };
}

export async function printMemberProfile(db: Db, id: number, date: string): Promise<PrintedDocument> {
  const settings = await requireSettings(db);
  const detail = await getMember(db, id);
  const group = detail.fields.groupId === null ? null : await loadGroup(db, detail.fields.groupId);
  const doc = memberProfileDocument(settings, detail, group, date);
  return render(doc, `Phieu-doan-vien-${fileSlug(detail.fields.fullName)}`, 1);
}
