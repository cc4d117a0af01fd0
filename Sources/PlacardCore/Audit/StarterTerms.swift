/// The `term` rule's built-in list, used with (and overridden by) a site's `audit/terms.yml`.
/// Each entry names its source: the variant-form table of the Ministry of Education and the
/// State Language Commission, or the dictionary entry of the right form. `except` lists longer
/// phrases in which the wrong form is in fact right (发布署名 holds 布署).
enum StarterTerms {
    static let yaml = """
    # 《第一批异形词整理表》（教育部、国家语委，2001）：推荐词形
    - {wrong: 想像, right: 想象, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    - {wrong: 图象, right: 图像, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    - {wrong: 录象, right: 录像, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    - {wrong: 惟一, right: 唯一, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    - {wrong: 部份, right: 部分, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    - {wrong: 思惟, right: 思维, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    - {wrong: 笔划, right: 笔画, source: 《第一批异形词整理表》（教育部、国家语委，2001）, except: [笔划拨, 笔划转, 笔划入]}
    - {wrong: 丰富多采, right: 丰富多彩, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    - {wrong: 再接再砺, right: 再接再厉, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    - {wrong: 直捷了当, right: 直截了当, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    - {wrong: 必恭必敬, right: 毕恭毕敬, source: 《第一批异形词整理表》（教育部、国家语委，2001）}
    # 常见错别字：正确写法以《现代汉语词典》（第7版，商务印书馆，2016）的词条为准
    - {wrong: 截止目前, right: 截至目前, source: 《现代汉语词典》（第7版）「截至」：截止到（某个时候）}
    - {wrong: 布署, right: 部署, source: 《现代汉语词典》（第7版）「部署」, except: [发布署, 宣布署, 公布署, 颁布署, 分布署]}
    - {wrong: 再接再励, right: 再接再厉, source: 《现代汉语词典》（第7版）「再接再厉」}
    - {wrong: 按步就班, right: 按部就班, source: 《现代汉语词典》（第7版）「按部就班」}
    - {wrong: 震憾, right: 震撼, source: 《现代汉语词典》（第7版）「震撼」}
    - {wrong: 必竟, right: 毕竟, source: 《现代汉语词典》（第7版）「毕竟」}
    - {wrong: 迫不急待, right: 迫不及待, source: 《现代汉语词典》（第7版）「迫不及待」}
    - {wrong: 一愁莫展, right: 一筹莫展, source: 《现代汉语词典》（第7版）「一筹莫展」}
    - {wrong: 走头无路, right: 走投无路, source: 《现代汉语词典》（第7版）「走投无路」}
    - {wrong: 默守成规, right: 墨守成规, source: 《现代汉语词典》（第7版）「墨守成规」}
    - {wrong: 荟粹, right: 荟萃, source: 《现代汉语词典》（第7版）「荟萃」}
    - {wrong: 鞠躬尽粹, right: 鞠躬尽瘁, source: 《现代汉语词典》（第7版）「鞠躬尽瘁」}
    - {wrong: 急燥, right: 急躁, source: 《现代汉语词典》（第7版）「急躁」}
    - {wrong: 寒喧, right: 寒暄, source: 《现代汉语词典》（第7版）「寒暄」}
    - {wrong: 脉博, right: 脉搏, source: 《现代汉语词典》（第7版）「脉搏」}
    - {wrong: 防碍, right: 妨碍, source: 《现代汉语词典》（第7版）「妨碍」}
    - {wrong: 渡假, right: 度假, source: 《现代汉语词典》（第7版）「度假」}
    - {wrong: 既往不究, right: 既往不咎, source: 《现代汉语词典》（第7版）「既往不咎」}
    - {wrong: 一股作气, right: 一鼓作气, source: 《现代汉语词典》（第7版）「一鼓作气」}
    - {wrong: 谈笑风声, right: 谈笑风生, source: 《现代汉语词典》（第7版）「谈笑风生」}
    - {wrong: 穿流不息, right: 川流不息, source: 《现代汉语词典》（第7版）「川流不息」}
    - {wrong: 金榜提名, right: 金榜题名, source: 《现代汉语词典》（第7版）「金榜题名」}
    """
}
