/**
 * Rule, section, table, row and column ids are literal unions derived from the declaration (issue
 * #12 item 6): a misspelt id fails to compile. `npm run typecheck` checks this file
 * (tsconfig.node.json); each `@ts-expect-error` line fails the typecheck if the misspelt id it
 * holds ever compiles. The assertions are type-level only.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { formatIndex } from '.';
import type {
  CellFact,
  ColumnId,
  Issue,
  RowId,
  RuleId,
  SectionId,
  Table2BlockId,
  Table3ColumnId,
  Table3RowId,
  TableId,
  TextSectionId,
} from '.';

describe('typed ids', () => {
  it('takes the rule ids of the declared rules and no other', () => {
    expectTypeOf<'T3-BALANCE'>().toExtend<RuleId>();
    expectTypeOf<'Y-CARRY-IN'>().toExtend<RuleId>();
    // @ts-expect-error a misspelt rule id
    expectTypeOf<'T3-BALANSE'>().toExtend<RuleId>();
    expectTypeOf<Issue['ruleId']>().toEqualTypeOf<RuleId>();
  });

  it('takes the section ids of the declared sections and no other', () => {
    expectTypeOf<SectionId>().toEqualTypeOf<'一' | '二' | '三' | '四' | '五' | '六'>();
    expectTypeOf<TextSectionId>().toEqualTypeOf<'一' | '五' | '六'>();
    expectTypeOf<TableId>().toEqualTypeOf<'二' | '三' | '四'>();
    // @ts-expect-error a section the report does not have
    expectTypeOf<'七'>().toExtend<SectionId>();
  });

  it('takes the row and column ids of the declared tables and no other', () => {
    expectTypeOf<'received' | 'outcomeTotal' | 'noCorrection'>().toExtend<Table3RowId>();
    expectTypeOf<'natural' | 'total'>().toExtend<Table3ColumnId>();
    // @ts-expect-error a misspelt row id
    expectTypeOf<'recieved'>().toExtend<RowId>();
    // @ts-expect-error a misspelt column id
    expectTypeOf<'totla'>().toExtend<ColumnId>();
    // @ts-expect-error a column of table 四 is not one of table 三
    expectTypeOf<'upheld'>().toExtend<Table3ColumnId>();
    const { address } = formatIndex('2021');
    expectTypeOf(address).toBeCallableWith('三', 'received', 'total');
    // @ts-expect-error a misspelt row id where a cell is looked up
    expectTypeOf(address).toBeCallableWith('三', 'recieved', 'total');
    expectTypeOf<Extract<CellFact, { table: '二' }>['blockId']>().toEqualTypeOf<Table2BlockId>();
  });
});
