/**
 * Test support: the three real published reports the readers are checked against, with what
 * check() reports for each transcription (src/report/published-fixtures.test.ts) and what a
 * reader leaves unread. Transcriptions are fixtures/published/<name>.json.
 */
export const BOGANG = 'bogang-2021';
export const ZHENGGUO = 'zhengguo-2020';
export const JILIAO = 'jiliao-2021-in-2019-layout';

export const publishedFixtures = [
  { name: BOGANG, ruleIds: ['X-SIX-FEE'], unread: [] },
  { name: ZHENGGUO, ruleIds: ['M-TITLE-YEAR'], unread: [] },
  {
    name: JILIAO,
    ruleIds: ['M-FORMAT-YEAR', 'M-TITLE-MISSING', 'X-REVIEW-TEXT'],
    unread: ['报告标题'],
  },
] as const;
