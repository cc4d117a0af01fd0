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
2% have Chinese slugs. Chinese bodies run to about 1,350-2,500 characters, English to 300-650 words.
A third of the Chinese sentences join another region, organizer or activity and a venue in one clause.
"""
import argparse
import datetime
import json
import pathlib
import random
import shutil

# The vocabulary sits beside this file (a script's folder is the first place Python imports from).
from corpus_vocabulary import (ACTIVITIES, EN, GROUPS, GROUPS_OF, MONTHS_EN, ORGANIZERS, REGIONS, SECTION_HEADS, SERIES,
                               TOPICS, VENUES, ZH)

ROOT = pathlib.Path(__file__).resolve().parent.parent
HUGO_THEME = ROOT / "bench" / "hugo-theme"

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
    more = {}
    if "2}" in template or "{v}" in template:
        activities = ACTIVITIES[art.series]
        more = dict(r2=REGIONS[int(r() * len(REGIONS))][k], o2=ORGANIZERS[int(r() * len(ORGANIZERS))][k],
                    a2=activities[int(r() * len(activities))][k], v=VENUES[int(r() * len(VENUES))][k])
    return template.format(
        r=art.region[k], o=art.organizer[k], a=art.activity[k], g=g, G=g[0].upper() + g[1:], t=t[k], u=u[k],
        n=120 + int(r() * 29880), m=3 + int(r() * 57), mo=art.date.month if k == 0 else MONTHS_EN[art.date.month - 1], **more)


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
    if rng.random() < 0.5:
        # Two paragraphs and a list whose items start in bold (`- **…**`), as staff write them.
        items = [ACTIVITIES[series][int(rng.random() * len(ACTIVITIES[series]))] for _ in range(2)]
        p["body"] = tuple(paragraph(subject, rng, lang, 3) + "\n\n" + paragraph(subject, rng, lang, 2) + "\n\n" + "\n".join(
            "- **%s**%s%s" % (item[k], "：" if lang == "zh" else ": ", paragraph(subject, rng, lang, 1)) for item in items)
            for k, lang in ((0, "zh"), (1, "en")))
    else:
        p["body"] = None
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
        if p["body"]:
            # Block scalars, as a person writes several paragraphs in YAML.
            lines += ["    body:"] + [line for lang, text in zip(("zh", "en"), p["body"])
                                      for line in ["      %s: |-" % lang] + [("        " + l).rstrip() for l in text.split("\n")]]
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
