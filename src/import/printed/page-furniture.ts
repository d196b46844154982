/**
 * Lines that are printed around a report, not part of it: page numbers a PDF or Word page carries
 * (`-5-`, `— 5 —`, `第5页`, `第 5 页 共 12 页`), and a website's chrome that a saved page or a copy
 * of it (Ctrl+A, Ctrl+C) brings along — the metadata block (`索引号：…`, `发布机构：…`, or a label
 * alone on its line with its value on the next, as a flattened table prints it), breadcrumbs
 * (`当前位置：首页 > 政务公开`), tool links (`【打印本页】`, `【关闭窗口】`, `字号：大 中 小`) and what
 * follows the article (`相关文章`, `上一篇`, `版权所有`, `网站标识码`).
 */
import { foldWidth, squashSpaces } from '../../report';

const DASH = '-－–—―─~～';
const PAGE_NUMBER = new RegExp(
  `^(?:[${DASH}]+\\s*[0-9０-９]{1,3}\\s*[${DASH}]+|第\\s*[0-9０-９]{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*[0-9０-９]{1,3}\\s*页)?|[0-9０-９]{1,3}\\s*/\\s*[0-9０-９]{1,3}\\s*页?)$`,
);

/** `-5-`, `— 5 —`, `第5页`, `第 5 页 共 12 页`, `5/12`: a page number, not text. */
export const isPageNumber = (line: string): boolean =>
  PAGE_NUMBER.test(squashSpaces(foldWidth(line)));

/** The labels of a government page's metadata block (政府信息公开目录 fields). */
const METADATA_LABELS =
  '名\\s*称|标\\s*题|信息名称|索\\s*引\\s*号|信息索引号|发布机构|发文机关|发文单位|公开主体|发布日期|发文日期|成文日期|生成日期|公开日期|发布时间|更新时间|文\\s*号|发文字号|主题分类|主\\s*题\\s*词|关\\s*键\\s*词|体裁分类|组配分类|服务对象分类|公开方式|公开范围|公开时限|有\\s*效\\s*性|时效性|信息来源|来\\s*源|文章来源|浏览次数|访问量|点击数|阅读次数|字\\s*号|作\\s*者|责任编辑|所属机构|信息分类|统一编号';
const METADATA_ALONE = new RegExp(`^(?:${METADATA_LABELS})[:：]?$`);
const METADATA_LINE = new RegExp(`^【?(?:${METADATA_LABELS})】?\\s*[:：]`);
const NAVIGATION =
  /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)|^首页\s*[>＞›»/]|\s[>＞›»]\s.*[>＞›»]/;
const TOOLS =
  /^(?:[【[]?\s*(?:打印(?:本页|此页|正文)?|关闭(?:窗口|本页)?|收藏|分享到?|返回顶部|字[体号]\s*[:：]?\s*[大中小\s]*|[大中小](?:\s+[大中小])+)\s*[】\]]?\s*)+$/;
/** What begins the page below the article: every line from here on is chrome. */
const AFTER_ARTICLE =
  /^(?:[【[]?\s*)?(?:相关(?:文章|链接|阅读|信息|新闻|稿件|文件|推荐)|上一篇|下一篇|版权所有|主办单位|承办单位|网站标识码|网站地图|扫一扫|分享到)|ICP备|公网安备|版权所有|Copyright|©/i;

/** Whether a line is chrome to drop (a page number, metadata, breadcrumb or tool line). */
export const isChromeLine = (line: string): boolean => {
  const text = line.trim();
  return (
    isPageNumber(text) ||
    METADATA_LINE.test(text) ||
    NAVIGATION.test(text) ||
    (text !== '' && TOOLS.test(text))
  );
};

/** A metadata label alone on its line: its value is the next line. */
export const isMetadataLabel = (line: string): boolean => METADATA_ALONE.test(line.trim());

/** Whether a line begins what follows a web page's article (related links, the site's footer). */
export const endsArticle = (line: string): boolean => {
  const text = line.trim();
  return AFTER_ARTICLE.test(text) || (text !== '' && TOOLS.test(text));
};
