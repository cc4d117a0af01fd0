#!/usr/bin/env python3
"""Writes a large site for measuring search: N Chinese articles made from the demo site's own
texts (titles, summaries and paragraphs of content/*/*.zh.md, shuffled with a fixed seed),
with the demo's site.yml (series, groups, synonyms) and project lists.

    python3 tools/make-search-corpus.py --articles 10000 --out /tmp/corpus
    placard build --source /tmp/corpus --output /tmp/corpus/public --now 2026-11-28

Every tenth article has its title and first paragraph in Traditional characters (a few common
ones swapped), as sites quoting Hong Kong or Taiwan sources do.
"""
import argparse
import pathlib
import random
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
TRADITIONAL = dict(zip("数字鸿沟养老网络技能发展电脑学习长者诈骗社区服务", "數字鴻溝養老網絡技能發展電腦學習長者詐騙社區服務"))
REGIONS = ["四川省", "成都市", "绵阳市", "齐齐哈尔市", "哈尔滨市", "沈阳市", "大连市", "南充市", "遂宁市", "乐山市"]


def front_matter(text):
    match = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        if ":" in line and not line.startswith(" "):
            key, value = line.split(":", 1)
            fields[key.strip()] = value.strip()
    return fields, match.group(2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", default=str(ROOT))
    args = parser.parse_args()
    source, out = pathlib.Path(args.source), pathlib.Path(args.out)
    random.seed(args.seed)
    titles, summaries, paragraphs, series = [], [], [], []
    for path in sorted((source / "content").glob("*/*.zh.md")):
        if path.parent.name in ("pages", "projects"):
            continue
        fields, body = front_matter(path.read_text(encoding="utf-8"))
        series.append(path.parent.name)
        titles.append(fields.get("title", "").strip('"'))
        summaries.append(fields.get("summary", "").strip('"'))
        # Links would point nowhere in the new site: keep their text only.
        body = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", body)
        paragraphs += [p for p in body.split("\n\n") if p.strip() and not p.startswith(("#", "|", "!", "<", "[^"))]
    config = (source / "site.yml").read_text(encoding="utf-8")
    block = re.search(r"^groups:\n((?:  .*\n)+)", config, re.M).group(1)
    groups = re.findall(r"^  ([a-z-]+):", block, re.M)
    if out.exists():
        shutil.rmtree(out)
    (out / "content").mkdir(parents=True)
    shutil.copy(source / "site.yml", out / "site.yml")
    shutil.copytree(source / "content" / "projects", out / "content" / "projects")
    for n in range(args.articles):
        k = random.randrange(len(titles))
        title = titles[k] + "（" + random.choice(REGIONS)[:2] + "第" + str(n % 97 + 1) + "期）"
        body = random.sample(paragraphs, min(len(paragraphs), random.randint(4, 12)))
        if n % 10 == 0:
            title = "".join(TRADITIONAL.get(c, c) for c in title)
            body[0] = "".join(TRADITIONAL.get(c, c) for c in body[0])
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        year = 2020 + (n // 336) % 6
        folder = out / "content" / series[k]
        folder.mkdir(exist_ok=True)
        summary = summaries[random.randrange(len(summaries))].replace('"', "”")
        (folder / f"a{n:05d}.zh.md").write_text(
            "---\n"
            f'title: "{title.replace(chr(34), "”")}"\n'
            f"date: {year}-{month:02d}-{day:02d}\n"
            + (f'summary: "{summary}"\n' if summary else "") +
            f"groups: [{random.choice(groups)}]\n"
            f"region: {random.choice(REGIONS)}\n"
            "---\n\n" + "\n\n".join(body) + "\n",
            encoding="utf-8")


if __name__ == "__main__":
    main()
