/**
 * Font stacks of the printed annexes. Each reaches a font present on a
 * Chinese Windows PC first, then macOS, then the Noto CJK fonts of Linux
 * (fonts-noto-cjk), so the same document prints alike everywhere.
 */
export const FONT_STACKS = {
  /** 仿宋_GB2312 → 仿宋 → 宋体: body text of 公文 and of the tables. */
  fangsong: `"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif`,
  /** 黑体 → 微软雅黑: the 附件 label and table headers. */
  heiti: `"黑体", "SimHei", "微软雅黑", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`,
  /** 方正小标宋 → 华文中宋 → 宋体: titles. */
  xiaobiaosong: `"方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif`,
  /** 宋体: page numbers (GB/T 9704-2012 7.5: 4号半角宋体阿拉伯数字). */
  songti: `"宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif`,
} as const;
