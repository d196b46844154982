import { describe, expect, it } from 'vitest';
import { reportYearIn, yearOfDigits, yearsIn } from './years';

describe('yearsIn', () => {
  it.each([
    ['寻乌县留车镇人民政府2021年政府信息公开工作年度报告', [2021]],
    ['某镇２０２０年报告', [2020]],
    ['某镇二〇二一年报告', [2021]],
    ['统计期限自 2024 年 1 月 1 日起', [2024]],
    ['郑郭镇政府信息公开工作年度报告', []],
    ['根据《条例》（2019年修订）和（2019 年修正），2021年', [2021]],
    ['共公开信息12021年', []],
  ] as const)('reads the years of %j', (title, years) => {
    expect(yearsIn(title)).toEqual(years);
  });
});

describe('yearOfDigits', () => {
  it.each([
    ['2021', 2021],
    ['２０２２', 2022],
    ['二〇二〇', 2020],
    ['二零二三', 2023],
  ])('reads %j as %j', (digits, year) => {
    expect(yearOfDigits(digits)).toBe(year);
  });
});

describe('reportYearIn', () => {
  it.each([
    ['柘城县伯岗镇人民政府2021年政府信息公开工作年度报告', 2021],
    ['城关街道办事处二〇二〇年度政府信息公开工作年度报告', 2020],
    ['2018年以来，特别是2020年', 2020],
    ['依据《条例》（2019年修订），2022年全年', 2022],
    ['郑郭镇政府信息公开工作年度报告', null],
  ])('reads %s as %s', (text, year) => {
    expect(reportYearIn(text)).toBe(year);
  });
});
