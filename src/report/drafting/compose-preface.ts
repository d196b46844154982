/**
 * The 前言 from the report's fields, in the wording the 2021 notice's model and the published
 * reports use (spec §1: legal basis, statistics period, where it is published, whom to contact).
 * Parts whose fields are empty are left out rather than written as blanks or placeholders.
 */
import type { Report } from '../report';
import { formatSpecs } from '../spec';
import type { FormatId } from '../spec';

/** The notice that fixes each format, by its title (the number is in formatSpecs). */
const NOTICE_TITLES: Readonly<Record<FormatId, string>> = {
  '2021':
    '国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知',
  '2019': '国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知',
};

export function composePreface(report: Report): string {
  const { meta, format } = report;
  const body = meta.body.trim();
  const year = meta.year;
  const by = body ? `由${body}` : '';
  const sentences = [
    `本报告${by}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《${NOTICE_TITLES[format]}》（${formatSpecs[format].notice}）要求编制。`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
  ];
  const url = meta.publishUrl.trim();
  if (url) sentences.push(`本报告电子版可在政府网站（${url}）查阅或下载。`);
  const details = [
    ['地址', meta.contactAddress],
    ['邮编', meta.contactPostcode],
    ['电话', meta.contactPhone],
  ]
    .map(([label, value]) => [label, (value ?? '').trim()])
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}：${value}`);
  const office = meta.contactOffice.trim() || body;
  if (meta.contactOffice.trim() || details.length > 0) {
    const contact = details.length > 0 ? `（${details.join('；')}）` : '';
    sentences.push(`如对本报告有疑问，请与${office || '本机关'}联系${contact}。`);
  }
  return sentences.join('');
}

type ContactField =
  'publishUrl' | 'contactOffice' | 'contactAddress' | 'contactPostcode' | 'contactPhone';
const DETAIL_FIELDS: Readonly<Record<string, ContactField>> = {
  地址: 'contactAddress',
  邮编: 'contactPostcode',
  电话: 'contactPhone',
};

/**
 * The website and contact fields read back out of a 前言 in the wording composePreface() writes,
 * so a report read from print (our .txt, a Word file) gets its fields again. Only that wording is
 * read; a field it does not state is absent, never guessed.
 */
export function contactsFromPreface(preface: string): Partial<Record<ContactField, string>> {
  const found: Partial<Record<ContactField, string>> = {};
  const url = /本报告电子版可在政府网站（([^（）]+)）查阅或下载。/.exec(preface)?.[1];
  if (url) found.publishUrl = url;
  const contact = /如对本报告有疑问，请与([^（）。]+)联系(?:（([^（）]+)）)?。/.exec(preface);
  if (!contact) return found;
  if (contact[1] && contact[1] !== '本机关') found.contactOffice = contact[1];
  for (const detail of (contact[2] ?? '').split('；')) {
    const [label = '', ...value] = detail.split('：');
    const field = DETAIL_FIELDS[label];
    if (field && value.length > 0) found[field] = value.join('：');
  }
  return found;
}
