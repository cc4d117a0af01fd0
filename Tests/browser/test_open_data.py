"""The project directory's open data (SPEC §7.3), read by the tools others will use:
icalendar (RFC 5545) for projects.ics, json for projects.json, csv (as Excel reads UTF-8
with a BOM) for /projects.csv; and the directory links all three."""
import csv
import datetime
import io
import json
import urllib.request

import pytest


@pytest.fixture(scope="module")
def languages(built_site):
    assert (built_site / "projects.csv").exists(), "the built site has no project directory"
    return sorted(p.parent.parent.name for p in built_site.glob("*/projects/projects.json"))


def test_calendar_parses_and_matches_the_json(built_site, languages):
    from icalendar import Calendar

    assert languages
    for code in languages:
        raw = (built_site / code / "projects" / "projects.ics").read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), "CRLF line ends only"
        assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "folded at 75 octets"
        calendar = Calendar.from_ical(raw)
        assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"])
        projects = {p["id"]: p for p in json.loads((built_site / code / "projects" / "projects.json").read_text("utf-8"))}
        events = calendar.walk("VEVENT")
        assert len(events) == len(projects)
        for event in events:
            project_id, host = str(event["UID"]).split("@")
            project = projects[project_id]
            assert host and "/" not in host and ":" not in host
            assert str(event["SUMMARY"]) == project["title"]
            assert str(event["URL"]) == project["url"]
            start, end = event["DTSTART"].dt, event["DTEND"].dt
            assert type(start) is datetime.date and type(end) is datetime.date, "all-day events"
            assert start.isoformat() == project["start"]
            last = datetime.date.fromisoformat(project["end"] or project["start"])
            assert end == last + datetime.timedelta(days=1), "DTEND is the day after the last day"
            assert event["DTSTAMP"].dt.tzinfo is not None


def test_csv_opens_with_its_chinese_and_has_every_project(built_site, languages):
    raw = (built_site / "projects.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so that Excel reads UTF-8"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    for code in languages:
        projects = json.loads((built_site / code / "projects" / "projects.json").read_text("utf-8"))
        assert sorted(r["id"] for r in rows) == sorted(p["id"] for p in projects)
        by_id = {r["id"]: r for r in rows}
        for project in projects:
            row = by_id[project["id"]]
            assert row["start"] == project["start"] and row["series"] == project["series"]
            assert [g for g in row["groups"].split(";") if g] == project["groups"]


def test_directory_links_the_three_files(chromium, site_url, languages):
    from selenium.webdriver.common.by import By

    for code in languages:
        chromium.get(f"{site_url}/{code}/projects/")
        links = {a.get_attribute("data-open-data"): a.get_attribute("href")
                 for a in chromium.find_elements(By.CSS_SELECTOR, "a[data-open-data]")}
        assert sorted(links) == ["csv", "ics", "json"]
        for kind, href in links.items():
            with urllib.request.urlopen(href) as response:
                assert response.status == 200 and len(response.read()) > 100, kind
