import { describe, expect, it } from 'vitest';
import { reportYearIn } from '../../report';
import {
  bodyFromParagraph,
  bodyFromTitle,
  fullerBody,
  readFrontMatter,
  yearInFileName,
} from './front-matter';

describe('bodyFromTitle', () => {
  it.each([
    ['柘城县伯岗镇人民政府2021年政府信息公开工作年度报告', '柘城县伯岗镇人民政府'],
    ['郑郭镇政府信息公开工作年度报告', '郑郭镇政府'],
    ['寻乌县留车镇人民政府 2021 年政府信息公开工作年度报告', '寻乌县留车镇人民政府'],
    ['2021年留车镇人民政府政府信息公开工作年度报告', '留车镇人民政府'],
    ['留车镇人民政府政府信息公开工作年度报告', '留车镇人民政府'],
    ['城关街道办事处二〇二一年度政府信息公开工作年度报告', '城关街道办事处'],
    ['留车镇2021年政务公开工作报告', '留车镇'],
  ])('takes the body of %s as it is written', (title, body) => {
    expect(bodyFromTitle(title)).toBe(body);
  });

  it('gives nothing for a title of another shape', () => {
    expect(bodyFromTitle('关于2021年度工作情况的报告')).toBe('');
  });
});

describe('bodyFromParagraph', () => {
  it.each([
    ['2021年，汝州市寄料镇人民政府以习近平新时代…', '汝州市寄料镇人民政府'],
    ['2020年，郑郭镇政府以习近平新时代…', '郑郭镇政府'],
    ['一年来，城关街道办事处认真贯彻…', '城关街道办事处'],
  ])('takes the subject of %s', (paragraph, body) => {
    expect(bodyFromParagraph(paragraph)).toBe(body);
  });

  it.each([
    ['2021年，伯岗镇在县委、县政府的坚强领导下…'],
    ['紧紧围绕县政府中心工作，…'],
    ['2021年，我镇政府认真贯彻…'],
  ])('takes no other government named in %s', (paragraph) => {
    expect(bodyFromParagraph(paragraph)).toBe('');
  });
});

describe('yearInFileName', () => {
  it('reads a year in a file name', () => {
    expect(yearInFileName('伯岗镇2021年报.txt')).toBe(2021);
    expect(yearInFileName('report-2020-final.txt')).toBe(2020);
    expect(yearInFileName('报告12021.txt')).toBeNull();
  });
});

describe('readFrontMatter', () => {
  it('takes the first line as the title and the others as the preface', () => {
    expect(
      readFrontMatter(['', '　留车镇人民政府2021年政府信息公开工作年度报告 ', '', '根据条例，…']),
    ).toEqual({
      title: '留车镇人民政府2021年政府信息公开工作年度报告',
      preface: '根据条例，…',
    });
  });

  it('takes no title when the first line does not look like one', () => {
    expect(readFrontMatter(['根据《中华人民共和国政府信息公开条例》，…'])).toEqual({
      title: '',
      preface: '根据《中华人民共和国政府信息公开条例》，…',
    });
  });
});

describe('readFrontMatter on titles printed on two lines and pages with chrome', () => {
  it('joins a title printed on two lines, body first, and keeps it out of the preface', () => {
    const front = readFrontMatter([
      '淮安市人民政府',
      '2024 年政府信息公开工作年度报告',
      '本报告根据《中华人民共和国政府信息公开条例》编制。',
    ]);
    expect(front).toEqual({
      title: '淮安市人民政府2024 年政府信息公开工作年度报告',
      preface: '本报告根据《中华人民共和国政府信息公开条例》编制。',
    });
    expect(bodyFromTitle(front.title)).toBe('淮安市人民政府');
    expect(reportYearIn(front.title)).toBe(2024);
  });

  it('joins a title whose second line is only the report’s name', () => {
    expect(readFrontMatter(['留车镇人民政府2021年', '政府信息公开工作年度报告']).title).toBe(
      '留车镇人民政府2021年政府信息公开工作年度报告',
    );
  });

  it('leaves a web page’s metadata, breadcrumb and tool links out of title and preface', () => {
    const title = '柘城县伯岗镇人民政府2021年政府信息公开工作年度报告';
    const front = readFrontMatter([
      '当前位置：首页 > 政务公开 > 政府信息公开年报',
      '柘城县伯岗镇人民政府2020年政府信息公开工作年度报告',
      '名称',
      title,
      '索引号',
      '11411424MB1C23456X/2022-00015',
      '发布机构',
      '柘城县伯岗镇人民政府',
      title,
      '发布时间：2022-01-18 09:30 来源：伯岗镇 浏览次数：1024',
      '【字体：大 中 小】',
      '本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
    ]);
    expect(front).toEqual({
      title,
      preface: '本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
    });
  });

  it('never takes a preface sentence that mentions the report for the title', () => {
    const front = readFrontMatter([
      '伯岗镇2021年政府信息公开工作年度报告',
      '本报告电子版可在柘城县人民政府网站政府信息公开专栏查阅或下载',
    ]);
    expect(front.title).toBe('伯岗镇2021年政府信息公开工作年度报告');
  });
});

describe('fullerBody', () => {
  it('takes the full name the preface gives for the title’s short one', () => {
    expect(
      fullerBody('洪泽区人民政府', '本报告由淮安市洪泽区人民政府办公室编制，统计期限自…'),
    ).toBe('淮安市洪泽区人民政府');
  });

  it('keeps the title’s name when the text names no fuller one', () => {
    expect(fullerBody('洪泽区人民政府', '2023年，洪泽区人民政府坚持…')).toBe('洪泽区人民政府');
    expect(fullerBody('洪泽区人民政府', '根据本报告和我们洪泽区人民政府')).toBe('洪泽区人民政府');
  });
});
