#!/usr/bin/env python3
"""Writes the demo site's cover and figure SVGs into content/.

Run from the repository root: python3 tools/make-covers.py
The files are committed; rerun only after changing this script.
Each SVG is self-contained (no fonts, images or scripts from elsewhere)
and carries <title> and <desc> for screen readers.
"""
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent / "content"
FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
W, H = 1200, 630


def svg(title, desc, body, width=W, height=H):
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="t d">\n'
        f'  <title id="t">{escape(title)}</title>\n'
        f'  <desc id="d">{escape(desc)}</desc>\n'
        f'{body}</svg>\n'
    )


def cover(zh, en, bg, fg, accent, motif):
    body = (
        f'  <rect width="{W}" height="{H}" fill="{bg}"/>\n'
        f'  <g opacity="0.18" fill="{fg}">\n'
        + "".join(
            f'    <circle cx="{80 + x * 90}" cy="{60 + y * 90}" r="4"/>\n'
            for x in range(13) for y in range(7)
        )
        + "  </g>\n"
        f'  <g transform="translate(760 150)" fill="none" stroke="{accent}" stroke-width="14" '
        f'stroke-linecap="round" stroke-linejoin="round">\n{motif}  </g>\n'
        f'  <rect x="80" y="430" width="120" height="10" fill="{accent}"/>\n'
        f'  <text x="80" y="400" font-family="{FONT}" font-size="88" font-weight="700" fill="{fg}">{escape(zh)}</text>\n'
        f'  <text x="80" y="500" font-family="{FONT}" font-size="40" fill="{fg}" opacity="0.85">{escape(en)}</text>\n'
        f'  <text x="80" y="570" font-family="{FONT}" font-size="26" fill="{fg}" opacity="0.7">全民数字素养与技能提升 · Digital Literacy and Skills for All</text>\n'
    )
    return body


# Motifs are drawn in a 320x320 box.
def gear_path(cx=160, cy=160, teeth=8, r_in=100, r_out=128):
    """A gear outline: each tooth is a trapezoid between r_in and r_out."""
    import math
    pts = []
    step = 360 / teeth
    for k in range(teeth):
        a = k * step
        for ang, r in ((a - step * 0.32, r_in), (a - step * 0.18, r_out), (a + step * 0.18, r_out), (a + step * 0.32, r_in)):
            t = math.radians(ang)
            pts.append(f"{cx + r * math.cos(t):.1f} {cy + r * math.sin(t):.1f}")
    return "M" + " L".join(pts) + " Z"


GEAR = (
    f'    <path d="{gear_path()}"/>\n'
    '    <circle cx="160" cy="160" r="38"/>\n'
)
BOOK = (
    '    <path d="M20 60 Q90 30 160 60 Q230 30 300 60 V260 Q230 230 160 260 Q90 230 20 260 Z"/>\n'
    '    <line x1="160" y1="60" x2="160" y2="260"/>\n'
    '    <path d="M60 120 h60 M60 160 h60 M200 120 h60 M200 160 h40"/>\n'
)
PHONE = (
    '    <rect x="90" y="20" width="140" height="260" rx="24"/>\n'
    '    <line x1="140" y1="250" x2="180" y2="250"/>\n'
    '    <path d="M125 120 q35 -40 70 0 M140 150 q20 -20 40 0"/>\n'
    '    <circle cx="160" cy="180" r="6"/>\n'
)
MIC = (
    '    <rect x="120" y="20" width="80" height="150" rx="40"/>\n'
    '    <path d="M80 130 q0 90 80 90 q80 0 80 -90"/>\n'
    '    <line x1="160" y1="220" x2="160" y2="290"/>\n'
    '    <line x1="110" y1="290" x2="210" y2="290"/>\n'
)
SCREEN = (
    '    <rect x="20" y="40" width="280" height="180" rx="12"/>\n'
    '    <path d="M140 95 l50 35 l-50 35 Z"/>\n'
    '    <line x1="110" y1="280" x2="210" y2="280"/>\n'
    '    <line x1="160" y1="220" x2="160" y2="280"/>\n'
)
VILLAGE = (
    '    <path d="M20 280 V150 L100 80 L180 150 V280 Z"/>\n'
    '    <path d="M180 280 V190 L240 140 L300 190 V280"/>\n'
    '    <rect x="80" y="200" width="40" height="80"/>\n'
    '    <path d="M230 40 q30 -30 60 0 M240 60 q20 -18 40 0"/>\n'
)

COVERS = {
    "industry/5g-xr-training-cover.svg": ("工业篇", "Industry", "#0b3d5c", "#ffffff", "#f2b134", GEAR,
        "工业篇封面：深蓝底色上的齿轮图形", "Industry series cover: a gear on a dark blue ground"),
    "education/student-literacy-practice-cover.svg": ("教育篇", "Education", "#1f5e3b", "#ffffff", "#f7d774", BOOK,
        "教育篇封面：深绿底色上翻开的书本", "Education series cover: an open book on a dark green ground"),
    "elderly/phone-class-cover.svg": ("助老助残篇", "Older People and Disability", "#7a3b12", "#ffffff", "#ffd9a8", PHONE,
        "助老助残篇封面：暖棕底色上的智能手机", "Older people and disability series cover: a smartphone on a warm brown ground"),
    "women/livestream-ecommerce-cover.svg": ("巾帼篇", "Women", "#8c1c3c", "#ffffff", "#ffc2d1", MIC,
        "巾帼篇封面：玫红底色上的直播话筒", "Women series cover: a livestream microphone on a deep rose ground"),
    "cadres/short-video-h5-training-cover.svg": ("党员干部篇", "Party Members and Officials", "#a3161a", "#ffffff", "#ffd54a", SCREEN,
        "党员干部篇封面：红色底色上的视频播放屏幕", "Officials series cover: a video screen on a red ground"),
    "people/village-tour-talks-cover.svg": ("百姓篇", "Everyday Life", "#2d4a86", "#ffffff", "#9fd3ff", VILLAGE,
        "百姓篇封面：蓝色底色上的村舍与无线信号", "Everyday life series cover: village houses and a wireless signal on a blue ground"),
}


def write(rel, text):
    path = ROOT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print("wrote", path.relative_to(ROOT.parent))


def chart():
    """Bar chart of the 45 projects of the 2024 Sichuan action by kind of organizer."""
    bars = [("省直部门", "Provincial departments", 17, "#0b3d5c"),
            ("市（州）", "Cities and prefectures", 21, "#2d4a86"),
            ("基地、协会和企业", "Bases, associations, enterprises", 7, "#f2b134")]
    w, h = 900, 430
    body = f'  <rect width="{w}" height="{h}" fill="#ffffff"/>\n'
    body += f'  <text x="40" y="46" font-family="{FONT}" font-size="28" font-weight="700" fill="#222">2024四川行动45个项目的发布主体</text>\n'
    body += f'  <text x="40" y="76" font-family="{FONT}" font-size="18" fill="#555">The 45 projects of the 2024 Sichuan action, by organizer</text>\n'
    for i, (zh, en, n, color) in enumerate(bars):
        y = 105 + i * 100
        length = n * 22
        body += (
            f'  <text x="40" y="{y + 30}" font-family="{FONT}" font-size="22" fill="#222">{escape(zh)}</text>\n'
            f'  <text x="40" y="{y + 58}" font-family="{FONT}" font-size="16" fill="#555">{escape(en)}</text>\n'
            f'  <rect x="330" y="{y + 10}" width="{length}" height="44" fill="{color}"/>\n'
            f'  <text x="{340 + length}" y="{y + 42}" font-family="{FONT}" font-size="24" font-weight="700" fill="#222">{n}</text>\n'
        )
    return svg("2024四川全民数字素养与技能提升行动项目构成",
               "条形图：14个省直部门发布17项，21个市（州）发布21项，培训基地、行业协会和企业等发布其余7项，共45项。",
               body, w, h)


def mark():
    """The campaign mark used on the about page."""
    w = h = 240
    body = (
        f'  <circle cx="120" cy="120" r="112" fill="#a3161a"/>\n'
        f'  <circle cx="120" cy="120" r="84" fill="none" stroke="#ffd54a" stroke-width="6"/>\n'
        + "".join(
            f'  <rect x="{72 + i * 26}" y="{148 - hgt}" width="18" height="{hgt}" fill="#ffffff"/>\n'
            for i, hgt in enumerate([24, 40, 56, 72])
        )
        + f'  <text x="120" y="185" text-anchor="middle" font-family="{FONT}" font-size="22" font-weight="700" fill="#ffffff">数字素养</text>\n'
    )
    return svg("全民数字素养与技能提升行动标识",
               "红色圆形标识，内有四根逐级升高的白色柱形和“数字素养”字样。", body, w, h)


def main():
    for rel, (zh, en, bg, fg, accent, motif, alt_zh, alt_en) in COVERS.items():
        write(rel, svg(f"{alt_zh} / {alt_en}", f"{zh} · {en}", cover(zh, en, bg, fg, accent, motif)))
    write("people/sichuan-2024-projects-chart.svg", chart())
    write("images/campaign-mark.svg", mark())


if __name__ == "__main__":
    main()
