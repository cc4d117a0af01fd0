#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus: one campaign site for Placard and the same content for Hugo.

    python3 tools/gen-corpus.py --articles N --out DIR [--seed S] [--projects M]

DIR/placard/  a Placard site: site.yml (zh + en, six series, eleven groups), articles in both
              languages (`content/<series>/<slug>.<lang>.md`), pages, project lists (YAML and CSV).
DIR/hugo/     the same articles, pages and projects for Hugo 0.111 with the theme in
              bench/hugo-theme/ (copied in), ready for `hugo` and then `pagefind_extended --site`.

Every article and every project draws from its own random generator seeded by (seed, index), and
links only point at earlier articles, so the first N articles of a larger corpus are exactly the
corpus of N. Both folders are replaced when they exist. Python standard library only.

What an article holds: a title, a date in 2022-01-01..2025-12-27, groups, tags, a region; a summary
(35%), a source (30%); a body of `##` sections with paragraphs, bullet lists with **bold**, a GFM
table (20%) and links to 1-3 earlier articles. 85% of articles also exist in English, 1% are drafts,
2% have Chinese slugs. Chinese bodies run to about 1,500-2,300 characters, English to 300-650 words.
"""
import argparse
import datetime
import json
import pathlib
import random
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
HUGO_THEME = ROOT / "bench" / "hugo-theme"

# ---- Vocabulary: the demo campaign's series, groups, places and bodies, as (zh, en) pairs. ----

SERIES = [
    ("industry", "工业篇", "Industry", "产业工人数字技能与中小企业数字化转型", "Digital skills for workers and SMEs going digital"),
    ("education", "教育篇", "Education", "学生信息素养、教师数字教学能力与数字课程", "Student information literacy, teachers' digital teaching and open courses"),
    ("elderly", "助老助残篇", "Older People and Disability", "帮助老年人和残障人士用好智能手机和网上服务", "Helping older and disabled people use smartphones and online services"),
    ("women", "巾帼篇", "Women", "数字巾帼先锋、电商直播培训与数字家庭", "Digital women pioneers, livestream selling and digital families"),
    ("cadres", "党员干部篇", "Party Members and Officials", "领导干部和公务员学网、懂网、用网", "Officials learning, understanding and using the internet"),
    ("people", "百姓篇", "Everyday Life", "进村入户的数字技能巡讲和群众身边的数字生活", "Digital skills tours in villages and digital life close to home"),
]
GROUPS = [
    ("cadres", "领导干部和公务员", "Officials and civil servants"),
    ("farmers", "农民", "Farmers"),
    ("workers", "产业工人", "Industrial workers"),
    ("women", "妇女", "Women"),
    ("students", "学生", "Students"),
    ("teachers", "教师", "Teachers"),
    ("elderly", "老年人", "Older people"),
    ("disabled", "残障人士", "People with disabilities"),
    ("veterans", "退役军人", "Veterans"),
    ("youth", "青少年", "Young people"),
    ("gig-workers", "新就业形态劳动者", "Workers in new forms of employment"),
]
GROUPS_OF = {
    "industry": ["workers", "gig-workers", "youth"], "education": ["students", "teachers", "youth"],
    "elderly": ["elderly", "disabled", "veterans"], "women": ["women", "farmers", "gig-workers"],
    "cadres": ["cadres", "veterans"], "people": ["farmers", "elderly", "youth", "women"],
}
REGIONS = [
    ("四川省", "Sichuan"), ("成都市", "Chengdu"), ("绵阳市", "Mianyang"), ("德阳市", "Deyang"), ("南充市", "Nanchong"),
    ("遂宁市", "Suining"), ("乐山市", "Leshan"), ("宜宾市", "Yibin"), ("泸州市", "Luzhou"), ("达州市", "Dazhou"),
    ("凉山州", "Liangshan"), ("黑龙江省", "Heilongjiang"), ("齐齐哈尔市", "Qiqihar"), ("哈尔滨市", "Harbin"),
    ("大庆市", "Daqing"), ("辽宁省", "Liaoning"), ("沈阳市", "Shenyang"), ("大连市", "Dalian"), ("鞍山市", "Anshan"),
]
ORGANIZERS = [
    ("省委网信办", "Provincial Cyberspace Affairs Office", "department"),
    ("教育厅", "Department of Education", "department"),
    ("人力资源社会保障厅", "Department of Human Resources and Social Security", "department"),
    ("经济和信息化厅", "Department of Economy and Information Technology", "department"),
    ("民政厅", "Department of Civil Affairs", "department"),
    ("农业农村厅", "Department of Agriculture and Rural Affairs", "department"),
    ("市委网信办", "Municipal Cyberspace Affairs Office", "city"),
    ("区融媒体中心", "District Media Centre", "city"),
    ("数字素养与技能培训基地", "Digital Skills Training Base", "base"),
    ("老年大学", "University for the Elderly", "base"),
    ("省妇联", "Provincial Women's Federation", "association"),
    ("团省委", "Provincial Youth League", "association"),
    ("省总工会", "Provincial Federation of Trade Unions", "association"),
    ("省残联", "Provincial Disabled Persons' Federation", "association"),
    ("电信运营企业", "a telecom operator", "enterprise"),
    ("互联网平台企业", "an internet platform company", "enterprise"),
]
ACTIVITIES = {
    "industry": [("数字技能夜校", "an evening school of digital skills"), ("“5G+XR”职业技能培训", "\"5G+XR\" vocational training"),
                 ("智能工厂开放日", "a smart factory open day"), ("工业互联网标识解析培训", "training on industrial internet identifiers"),
                 ("中小企业数字化转型辅导", "coaching for SMEs going digital"), ("数字技能竞赛", "a digital skills contest")],
    "education": [("数字素养校园行", "a digital literacy campus tour"), ("人工智能教育周", "an AI education week"),
                  ("教师信息技术应用能力培训", "ICT training for teachers"), ("编程启蒙课", "a first coding class"),
                  ("网络安全知识竞赛", "a cyber safety quiz"), ("数字阅读马拉松", "a digital reading marathon")],
    "elderly": [("智能手机培训班", "a smartphone class"), ("防范电信诈骗讲座", "a talk on phone scams"),
                ("网上挂号帮办", "help with booking hospital visits online"), ("适老化应用体验课", "a class on age-friendly apps"),
                ("社区数字助老志愿服务", "digital help from community volunteers"), ("长者数字课堂", "a digital classroom for seniors")],
    "women": [("巾帼电商直播培训", "livestream selling training for women"), ("数字家庭建设活动", "a digital family programme"),
              ("农村妇女数字技能课", "digital skills for rural women"), ("数字巾帼先锋评选", "the digital women pioneers award"),
              ("女性创业线上课堂", "an online class for women founders")],
    "cadres": [("领导干部网络素养专题班", "an internet literacy course for officials"), ("数字政府能力培训", "digital government training"),
               ("网络安全法治培训", "cyber law training"), ("短视频和H5制作培训", "short video and H5 training"),
               ("“学网懂网用网”专题讲座", "a lecture on learning, understanding and using the internet")],
    "people": [("数字技能进村入户巡讲", "a digital skills tour of villages"), ("新农人直播带货培训", "livestream selling for new farmers"),
               ("全民数字素养宣传周", "a digital literacy week for all"), ("数字生活体验日", "a digital life open day"),
               ("农村电商服务站培训", "training at village e-commerce stations")],
}
TOPICS = [
    ("数字鸿沟", "digital divide"), ("智能手机", "smartphones"), ("网络安全", "cyber safety"), ("数字化转型", "digital transformation"),
    ("电子商务", "e-commerce"), ("人工智能", "artificial intelligence"), ("防范诈骗", "scam prevention"), ("在线课程", "online courses"),
    ("数字素养", "digital literacy"), ("工业互联网", "industrial internet"), ("直播带货", "livestream selling"), ("适老化改造", "age-friendly design"),
    ("数字政府", "digital government"), ("志愿服务", "volunteering"), ("各地经验", "lessons from elsewhere"), ("培训基地", "training bases"),
]
SECTION_HEADS = [
    ("活动安排", "What happened"), ("主要做法", "How it works"), ("参与情况", "Who took part"), ("效果与反馈", "Results and feedback"),
    ("经验做法", "Lessons learned"), ("下一步计划", "Next steps"), ("报名方式", "How to join"), ("典型案例", "A closer look"),
]

# Sentence templates; {r} region, {o} organizer, {a} activity, {g} group, {t}/{u} topics, {n}/{m} numbers, {mo} month.
ZH = [
    "{mo}月以来，{r}{o}围绕{t}组织开展{a}，累计服务{g}{n}人次。",
    "{a}采取“线上+线下”相结合的方式，邀请{m}名专业讲师走进社区和企业，手把手讲解{t}的常见问题。",
    "参加培训的{g}普遍反映，课程内容贴近生活，学得会、用得上，{u}方面的疑问当场就能得到解答。",
    "{o}负责同志介绍，今年将把{a}作为提升全民数字素养与技能的重点工作，覆盖{r}所有乡镇（街道）。",
    "活动现场设置了{u}体验区，工作人员一对一指导{g}完成注册、缴费、预约等操作。",
    "据统计，{r}已建成{m}个数字技能培训点，形成了“以点带面、逐步推开”的工作格局。",
    "为让{g}真正跨越数字鸿沟，{o}还编印了图文并茂的操作手册，发放{n}余册。",
    "下一步，{r}将继续深化{a}，推动{t}与{u}融合发展，让更多群众共享数字化发展成果。",
    "“以前不会用手机挂号，现在自己就能办。”一位参加{a}的{g}代表说。",
    "{a}共开设{m}期，每期{n}人，结业考核通过率达到百分之九十以上。",
    "{o}与{r}多家单位签订合作协议，共同推进{t}相关课程进基层、进企业、进校园。",
    "在{r}，{t}已经从“新鲜事”变成了群众身边的“日常事”。",
    "{r}把{a}纳入年度民生实事，由{o}统筹课程、师资和场地，{g}可就近报名。",
    "截至{mo}月底，线上课程点击量超过{n}次，{u}专题最受欢迎。",
    "针对{g}的不同需求，课程分为入门、提高和实操三个层次，每个层次{m}课时。",
    "不少学员结业后成为志愿者，回到村里、社区里继续教身边的人使用{t}。",
]
EN = [
    "Since {mo}, the {o} in {r} has run {a} on {t}, reaching {n} {g}.",
    "The sessions mix online and in-person teaching, with {m} trainers visiting neighbourhoods and firms to explain {t} step by step.",
    "{G} who took part said the lessons were practical and that questions about {u} were answered on the spot.",
    "A spokesperson for the {o} said that {a} would be a priority this year and would reach every township in {r}.",
    "At each event a corner for {u} let {g} try registration, payments and bookings with a helper beside them.",
    "{r} now has {m} training points for digital skills, and the work is spreading from a few pilots to every district.",
    "To help {g} across the digital divide, the {o} also printed an illustrated handbook and gave out more than {n} copies.",
    "Next, {r} plans to extend {a} and to bring {t} and {u} closer together, so that more people share in the digital economy.",
    "\"I could not book a doctor on my phone before; now I do it myself,\" said one of the {g} at {a}.",
    "{m} rounds of {a} have been held so far, each for {n} people, and more than nine in ten passed the final test.",
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
FIRST_DAY = datetime.date(2022, 1, 1)
DAYS = (datetime.date(2025, 12, 27) - FIRST_DAY).days + 1


class Article:
    """What later articles need to know to link to this one, drawn from its own generator."""

    def __init__(self, seed, index):
        rng = random.Random("%d/article/%d" % (seed, index))
        self.rng = rng
        self.index = index
        self.series = SERIES[rng.randrange(len(SERIES))][0]
        self.activity = ACTIVITIES[self.series][rng.randrange(len(ACTIVITIES[self.series]))]
        self.region = REGIONS[rng.randrange(len(REGIONS))]
        self.organizer = ORGANIZERS[rng.randrange(len(ORGANIZERS))]
        self.date = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
        self.has_en = rng.random() < 0.85
        self.draft = rng.random() < 0.01
        chinese_slug = rng.random() < 0.02
        words = ["sichuan", "digital", "skills", "training", "campus", "village", "class", "online", "safety", "service"]
        if chinese_slug:
            self.slug = "%s-%s-%05d" % (self.region[0], rng.choice(["培训", "讲座", "经验", "活动"]), index)
        else:
            self.slug = "%s-%s-%05d" % (rng.choice(words), rng.choice(words), index)
        self.title_zh = "%s%s%s" % (self.region[0], self.activity[0], rng.choice(["顺利开展", "走进基层", "见实效", "再上新台阶", "受到群众欢迎", "启动"]))
        self.title_en = "%s: %s %s" % (self.region[1], self.activity[1][0].upper() + self.activity[1][1:],
                                       rng.choice(["gets under way", "reaches the grassroots", "shows results", "wins local praise", "opens"]))


GROUP_BY_KEY = {g[0]: g for g in GROUPS}


def fill(template, art, rng, lang):
    """One sentence; indexes drawn with `random()` (randrange and sample cost 3x more, and this runs 600,000 times at 10k)."""
    r = rng.random
    groups = GROUPS_OF[art.series]
    group = GROUP_BY_KEY[groups[int(r() * len(groups))]]
    t, u = TOPICS[int(r() * len(TOPICS))], TOPICS[int(r() * len(TOPICS))]
    k = 0 if lang == "zh" else 1
    g = group[1] if k == 0 else group[2].lower()
    return template.format(
        r=art.region[k], o=art.organizer[k], a=art.activity[k], g=g, G=g[0].upper() + g[1:], t=t[k], u=u[k],
        n=120 + int(r() * 29880), m=3 + int(r() * 57), mo=art.date.month if k == 0 else MONTHS_EN[art.date.month - 1])


def paragraph(art, rng, lang, sentences):
    templates = ZH if lang == "zh" else EN
    r = rng.random
    return ("" if lang == "zh" else " ").join(fill(templates[int(r() * len(templates))], art, rng, lang) for _ in range(sentences))


def body(art, rng, lang, links):
    """Markdown: sections of paragraphs, a bold list now and then, a table sometimes, links to earlier articles."""
    zh = lang == "zh"
    out = [paragraph(art, rng, lang, rng.randrange(3, 5))]
    heads = rng.sample(SECTION_HEADS, rng.randrange(3, 6))
    table_at = rng.randrange(len(heads)) if rng.random() < 0.2 else -1
    for k, head in enumerate(heads):
        out.append("## " + head[0 if zh else 1])
        for _ in range(rng.randrange(2, 4) if zh else rng.randrange(1, 3)):
            out.append(paragraph(art, rng, lang, rng.randrange(2, 5) if zh else rng.randrange(2, 4)))
        if rng.random() < 0.35:
            items = rng.sample(TOPICS, 3)
            out.append("\n".join("- **%s**：%s" % (t[0], fill(rng.choice(ZH), art, rng, "zh")) if zh else
                                 "- **%s**: %s" % (t[1], fill(rng.choice(EN), art, rng, "en")) for t in items))
        if k == table_at:
            rows = ["| 地区 | 场次 | 人次 |" if zh else "| Region | Sessions | People |", "|---|---:|---:|"]
            for region in rng.sample(REGIONS, 4):
                rows.append("| %s | %d | %d |" % (region[0 if zh else 1], rng.randrange(2, 80), rng.randrange(100, 9000)))
            out.append("\n".join(rows))
    if links:
        refs = []
        for other in links:
            target = "%s.%s.md" % (other.slug, lang) if other.series == art.series else "../%s/%s.%s.md" % (other.series, other.slug, lang)
            refs.append("[%s](%s)" % (other.title_zh if zh else other.title_en, target))
        out.append(("相关阅读：" + "、".join(refs) + "。") if zh else "Related: " + ", ".join(refs) + ".")
    return "\n\n".join(out) + "\n"


def yaml_list(items):
    return "[" + ", ".join(json.dumps(i, ensure_ascii=False) for i in items) + "]"


def article_files(art, earlier):
    """(zh text, en text or None, front matter fields) of one article; `earlier` are the articles before it."""
    rng = art.rng
    groups = sorted(set(rng.sample(GROUPS_OF[art.series], rng.randrange(1, min(3, len(GROUPS_OF[art.series])) + 1))))
    tags = rng.sample(TOPICS, rng.randrange(2, 5))
    summary = rng.random() < 0.35
    source = rng.random() < 0.3
    candidates = [e for e in (earlier[rng.randrange(len(earlier))] for _ in range(rng.randrange(1, 4))) if not e.draft] if earlier else []
    texts = {}
    for lang in (["zh", "en"] if art.has_en else ["zh"]):
        zh = lang == "zh"
        links = [e for e in candidates if zh or e.has_en]
        text_rng = random.Random("%s/%s" % (rng.random(), lang))
        fields = [("title", json.dumps(art.title_zh if zh else art.title_en, ensure_ascii=False)), ("date", art.date.isoformat())]
        if summary:
            fields.append(("summary", json.dumps(paragraph(art, text_rng, lang, 1), ensure_ascii=False)))
        fields += [("groups", yaml_list(groups)), ("tags", yaml_list([t[0 if zh else 1] for t in tags])),
                   ("region", json.dumps(art.region[0 if zh else 1], ensure_ascii=False))]
        if source:
            fields.append(("source", json.dumps(art.organizer[0 if zh else 1], ensure_ascii=False)))
        if art.draft:
            fields.append(("draft", "true"))
        texts[lang] = (fields, body(art, text_rng, lang, links))
    return texts


def front(fields):
    return "---\n" + "".join("%s: %s\n" % f for f in fields) + "---\n\n"


def project(seed, index):
    rng = random.Random("%d/project/%d" % (seed, index))
    series = SERIES[rng.randrange(len(SERIES))][0]
    activity = ACTIVITIES[series][rng.randrange(len(ACTIVITIES[series]))]
    region = REGIONS[rng.randrange(len(REGIONS))]
    org = ORGANIZERS[rng.randrange(len(ORGANIZERS))]
    start = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS + 300))
    p = {
        "id": "p%05d-%s" % (index, series), "series": series, "organizerType": org[2],
        "title": (region[0] + activity[0], "%s: %s" % (region[1], activity[1])),
        "organizer": (org[0], org[1]), "region": (region[0], region[1]),
        "groups": sorted(set(rng.sample(GROUPS_OF[series], rng.randrange(1, 3)))),
        "start": start.isoformat(), "end": (start + datetime.timedelta(days=rng.randrange(1, 240))).isoformat() if rng.random() < 0.85 else None,
        "reach": rng.randrange(50, 20000) if rng.random() < 0.8 else None,
        "link": "https://www.example.gov.cn/projects/%d" % index if rng.random() < 0.3 else None,
    }
    # A project's texts read like an article about the same activity: the sentence filler needs only these fields.
    subject = Article.__new__(Article)
    subject.series, subject.activity, subject.region, subject.organizer, subject.date = series, activity, region, org, start
    p["summary"] = (paragraph(subject, rng, "zh", 1), paragraph(subject, rng, "en", 1))
    p["body"] = (paragraph(subject, rng, "zh", 3) + "\n\n" + paragraph(subject, rng, "zh", 2),
                 paragraph(subject, rng, "en", 3) + "\n\n" + paragraph(subject, rng, "en", 2)) if rng.random() < 0.5 else None
    return p


def pair(value):
    return "{zh: %s, en: %s}" % (json.dumps(value[0], ensure_ascii=False), json.dumps(value[1], ensure_ascii=False))


def project_yaml(title, projects):
    lines = ["title: " + pair(title), "projects:"]
    for p in projects:
        lines += ["  - id: " + p["id"], "    title: " + pair(p["title"]), "    organizer: " + pair(p["organizer"]),
                  "    organizerType: " + p["organizerType"], "    series: " + p["series"], "    groups: " + yaml_list(p["groups"]),
                  "    region: " + pair(p["region"]), "    start: " + p["start"]]
        lines += ["    end: " + p["end"]] if p["end"] else []
        lines += ["    reach: %d" % p["reach"]] if p["reach"] else []
        lines += ["    summary: " + pair(p["summary"])]
        lines += ["    body: " + pair(p["body"])] if p["body"] else []
        lines += ["    link: " + p["link"]] if p["link"] else []
    return "\n".join(lines) + "\n"


def project_csv(projects):
    def cell(v):
        v = "" if v is None else str(v)
        return '"%s"' % v.replace('"', '""') if any(c in v for c in ',"\n') else v
    head = ["id", "title.zh", "title.en", "organizer.zh", "organizer.en", "organizerType", "series", "groups",
            "region.zh", "region.en", "start", "end", "reach", "summary.zh", "summary.en", "link"]
    rows = [",".join(head)]
    for p in projects:
        rows.append(",".join(cell(v) for v in [p["id"], *p["title"], *p["organizer"], p["organizerType"], p["series"], ";".join(p["groups"]),
                                               *p["region"], p["start"], p["end"], p["reach"], *p["summary"], p["link"]]))
    return "\ufeff" + "\r\n".join(rows) + "\r\n"


PAGES = {
    "about": (("关于本行动", "About the campaign"),
              ("全民数字素养与技能提升行动由省委网信办牵头，联合有关部门、各市（州）、培训基地和企业共同开展。",
               "The digital literacy and skills campaign is led by the provincial cyberspace office together with departments, cities, training bases and companies.")),
    "contact": (("联系我们", "Contact"),
                ("电话 028-00000000，邮箱 contact@example.gov.cn。欢迎各地报送活动信息。",
                 "Call +86 28 0000 0000 or write to contact@example.gov.cn. Cities are welcome to send news of their activities.")),
}


def site_yml(seed):
    lines = ["# Generated by tools/gen-corpus.py (seed %d): a benchmark corpus, not a real campaign." % seed,
             "title: {zh: 全民数字素养与技能提升行动（测试语料）, en: \"Digital Literacy for All (benchmark corpus)\"}",
             "description: {zh: 由生成器写出的宣传专题, en: A campaign site written by a generator}",
             "baseURL: https://bench.example.gov.cn/", "languages:", "  - {code: zh, locale: zh-CN, name: 中文}",
             "  - {code: en, locale: en-US, name: English}", "paginate: 12", "feeds: {items: 20}", "series:"]
    for key, zh, en, dzh, den in SERIES:
        lines += ["  - key: " + key, "    title: {zh: %s, en: %s}" % (zh, json.dumps(en)),
                  "    description: {zh: %s, en: %s}" % (dzh, json.dumps(den))]
    lines.append("groups:")
    lines += ["  %s: {zh: %s, en: %s}" % (key, zh, en) for key, zh, en in GROUPS]
    return "\n".join(lines) + "\n"


def hugo_config():
    menu = "\n".join('  [[languages.%s.menu.main]]\n    name = "%s"\n    url = "/%s/%s/"\n    weight = %d' % (lang, s[1 if lang == "zh" else 2], lang, s[0], i + 1)
                     for lang in ("zh", "en") for i, s in enumerate(SERIES))
    return """baseURL = "https://bench.example.gov.cn/"
title = "全民数字素养与技能提升行动（测试语料）"
theme = "placard-bench"
defaultContentLanguage = "zh"
defaultContentLanguageInSubdir = true
hasCJKLanguage = true
paginate = 12
enableRobotsTXT = true
[taxonomies]
  group = "groups"
  tag = "tags"
[outputFormats.RSS]
  baseName = "feed"
[services.rss]
  limit = 20
[languages]
  [languages.zh]
    languageName = "中文"
    languageCode = "zh-CN"
    weight = 1
  [languages.en]
    languageName = "English"
    languageCode = "en-US"
    weight = 2
    title = "Digital Literacy for All (benchmark corpus)"
""" + menu + "\n"


def rewrite_links_for_hugo(text, lang, series):
    """`../s/slug.zh.md` and `slug.zh.md` become Hugo's `/zh/s/slug/`."""
    out, i = [], 0
    suffix = ".%s.md)" % lang
    while True:
        j = text.find("](", i)
        if j < 0:
            out.append(text[i:])
            return "".join(out)
        k = text.find(")", j)
        target = text[j + 2:k + 1]
        if target.endswith(suffix):
            path = target[:-len(suffix)]
            path = path[3:] if path.startswith("../") else series + "/" + path
            out.append(text[i:j + 2] + "/%s/%s/)" % (lang, path))
        else:
            out.append(text[i:k + 1])
        i = k + 1


def write(path, text, cache):
    parent = path.parent
    if parent not in cache:
        parent.mkdir(parents=True, exist_ok=True)
        cache.add(parent)
    path.write_text(text, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--projects", type=int, help="number of projects (default: articles / 20, at least 10)")
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    placard, hugo = out / "placard", out / "hugo"
    for d in (placard, hugo):
        if d.exists():
            shutil.rmtree(d)
    made = set()
    write(placard / "site.yml", site_yml(args.seed), made)
    write(hugo / "config.toml", hugo_config(), made)
    shutil.copytree(HUGO_THEME, hugo / "themes" / "placard-bench")
    for lang in ("zh", "en"):
        zh = lang == "zh"
        for key, tzh, ten, dzh, den in SERIES:
            write(hugo / "content" / key / ("_index.%s.md" % lang), front([("title", json.dumps(tzh if zh else ten)), ("description", json.dumps(dzh if zh else den, ensure_ascii=False))]), made)
        for key, gzh, gen in GROUPS:
            write(hugo / "content" / "groups" / key / ("_index.%s.md" % lang), front([("title", json.dumps(gzh if zh else gen, ensure_ascii=False))]), made)
        write(hugo / "content" / "projects" / ("_index.%s.md" % lang), front([("title", json.dumps("项目清单" if zh else "Projects"))]), made)
        write(hugo / "content" / ("search.%s.md" % lang), front([("title", json.dumps("搜索" if zh else "Search")), ("layout", "search")]), made)
        for slug, (title, text) in PAGES.items():
            fields = [("title", json.dumps(title[0 if zh else 1], ensure_ascii=False)), ("date", "2024-05-20")]
            page = front(fields) + text[0 if zh else 1] + "\n"
            write(placard / "content" / "pages" / ("%s.%s.md" % (slug, lang)), page, made)
            write(hugo / "content" / ("%s.%s.md" % (slug, lang)), page, made)

    articles = []
    for i in range(args.articles):
        art = Article(args.seed, i)
        for lang, (fields, text) in article_files(art, articles).items():
            name = "%s.%s.md" % (art.slug, lang)
            write(placard / "content" / art.series / name, front(fields) + text, made)
            write(hugo / "content" / art.series / name, front(fields) + rewrite_links_for_hugo(text, lang, art.series), made)
        articles.append(art)

    count = args.projects if args.projects is not None else max(10, args.articles // 20)
    projects = [project(args.seed, j) for j in range(count)]
    per_list = 40
    for n, start in enumerate(range(0, count, per_list)):
        chunk = projects[start:start + per_list]
        title = ("项目清单（第%d批）" % (n + 1), "Project list %d" % (n + 1))
        folder = placard / "content" / "projects"
        if n % 3 == 2:
            write(folder / ("list-%03d.yml" % n), "title: " + pair(title) + "\n", made)
            (folder / ("list-%03d.csv" % n)).write_bytes(project_csv(chunk).encode("utf-8"))
        else:
            write(folder / ("list-%03d.yml" % n), project_yaml(title, chunk), made)
    for p in projects:
        for k, lang in enumerate(("zh", "en")):
            fields = [("title", json.dumps(p["title"][k], ensure_ascii=False)), ("date", p["start"]),
                      ("summary", json.dumps(p["summary"][k], ensure_ascii=False)), ("organizer", json.dumps(p["organizer"][k], ensure_ascii=False)),
                      ("organizerType", p["organizerType"]), ("series", p["series"]), ("groups", yaml_list(p["groups"])),
                      ("region", json.dumps(p["region"][k], ensure_ascii=False)), ("start", p["start"]), ("end", json.dumps(p["end"])),
                      ("reach", json.dumps(p["reach"]))]
            write(hugo / "content" / "projects" / ("%s.%s.md" % (p["id"], lang)), front(fields) + (p["body"][k] + "\n" if p["body"] else ""), made)


if __name__ == "__main__":
    main()
