#!/usr/bin/env python3
"""Makes the .xlsx fixtures of the project-list tests. Run it from this folder after changing it;
the workbooks are committed, so the tests need neither LibreOffice nor openpyxl.

  same-list.xlsx    LibreOffice (soffice --headless --convert-to xlsx) from a flat ODS written
                    here: same-list.csv's projects with Chinese headers, date cells in ISO and
                    Chinese formats, a formula, a blank row
  bad-cells.xlsx    LibreOffice: a bad cell in several rows, a formula giving #DIV/0!
  mac-1904.xlsx     openpyxl: the 1904 date system
  time-formats.xlsx openpyxl writes date cells in the built-in time formats 18–21 by their ids, then
                    LibreOffice saves the workbook again, writing them as custom codes (`h:mm\\ AM/PM`, ...)
  excel-traits.xlsx written here byte by byte, with what Excel and WPS write and LibreOffice does not:
                    mc:Ignorable and x14ac attributes, rich-text shared strings with phonetic runs,
                    inline strings, cells and rows without `r`, `t="str"` formulas, booleans,
                    built-in date formats 14 and 31, a [$-804] Chinese date format, a 0.00 number,
                    an _x000D_ escape (a Windows line break in a cell)
Excel and WPS themselves do not run here, so no fixture is saved by them.
"""
import csv, datetime, os, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')
STYLES = '''<office:automatic-styles>
<number:date-style style:name="N1"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
<number:date-style style:name="N2"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<style:style style:name="zh" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="iso" style:family="table-cell" style:data-style-name="N2"/>
</office:automatic-styles>'''


def text(value):
    paragraphs = "".join(f"<text:p>{escape(p)}</text:p>" for p in value.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


def date(value, style):
    return (f'<table:table-cell table:style-name="{style}" office:value-type="date" '
            f'office:date-value="{value}"><text:p>{value}</text:p></table:table-cell>')


def number(value, formula=None):
    f = f' table:formula="of:={formula}"' if formula else ""
    return f'<table:table-cell{f} office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'


def empty():
    return "<table:table-cell/>"


def libreoffice(name, rows):
    body = "".join("<table:table-row>" + "".join(cells) + "</table:table-row>" for cells in rows)
    fods = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.2" '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}<office:body>'
            f'<office:spreadsheet><table:table table:name="项目清单">{body}</table:table>'
            f'</office:spreadsheet></office:body></office:document>')
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, name + ".fods")
        with open(source, "w", encoding="utf-8") as f:
            f.write(fods)
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", folder, source],
                       check=True, capture_output=True)
        os.replace(os.path.join(folder, name + ".xlsx"), os.path.join(HERE, name + ".xlsx"))


def iso(value):
    for form in ("%Y/%m/%d", "%Y年%m月%d日", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(value, form).date().isoformat()
        except ValueError:
            pass
    raise ValueError(value)


def same_list():
    with open(os.path.join(HERE, "same-list.csv"), encoding="utf-8") as f:
        records = list(csv.DictReader(f))
    header = ["编号", "项目名称(中文)", "项目名称（英文）", "主办单位.zh", "主办单位(English)", "单位类型", "系列",
              "面向群体", "地区(中文)", "地区(英文)", "开始日期", "结束日期", "覆盖人数", "简介(中文)", "简介(英文)",
              "正文(中文)", "链接", "", ""]
    rows = [[text(h) if h else empty() for h in header]]
    for index, r in enumerate(records):
        cells = [text(r[k]) for k in ("id", "title.zh", "title.en", "organizer.zh", "organizer.en")]
        cells.append(text("省直部门" if r["organizerType"] == "department" else r["organizerType"]))
        cells += [text(r["series"]), text(r["groups"]), text(r["region.zh"]), text(r["region.en"])]
        cells.append(date(iso(r["start"]), "zh" if index == 1 else "iso"))
        cells.append(date(iso(r["end"]), "zh") if r["end"] else empty())
        reach = r["reach"]
        if reach == "1500":
            cells.append(number(1500, "1000+500"))
        else:
            cells.append(number(int(reach)) if reach else empty())
        for k in ("summary.zh", "summary.en", "body.zh", "link"):
            cells.append(text(r[k]) if r[k] else empty())
        rows.append(cells)
        if index == 0:
            rows.append([])  # a blank row keeps its number
    libreoffice("same-list", rows)


def bad_cells():
    header = ["id", "title", "organizer", "organizerType", "series", "groups", "start", "end", "reach"]
    ok = [text("ok-1"), text("甲"), text("厅"), text("department"), text("education"), text("students"),
          date("2024-01-01", "iso"), empty(), number(10)]
    rows = [[text(h) for h in header], ok, [],
            [text("bad-date"), text("乙"), text("厅"), text("city"), text("education"), empty(),
             text("2024年2月30日"), empty(), empty()],
            [text("bad-group"), text("丙"), text("厅"), text("city"), text("education"), text("students、aliens"),
             date("2024-03-01", "zh"), empty(), empty()],
            [text("bad-reach"), text("丁"), text("厅"), text("city"), text("education"), empty(),
             date("2024-03-01", "iso"), empty(), number("", "1/0").replace('office:value=""', 'office:value="0"')],
            [text("bad-end"), text("戊"), text("厅"), text("city"), text("education"), empty(),
             date("2024-03-01", "iso"), date("2024-02-01", "zh"), text("很多")]]
    libreoffice("bad-cells", rows)


def mac_1904():
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["id", "title", "organizer", "organizerType", "series", "start", "end"])
    ws.append(["mac-one", "苹果电脑", "厅", "department", "education", datetime.date(2024, 5, 20), datetime.date(2024, 12, 31)])
    for cell in ws[2][5:7]:
        cell.number_format = "yyyy/m/d"
    wb.save(os.path.join(HERE, "mac-1904.xlsx"))


def time_formats():
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "title", "organizer", "organizerType", "series", "start", "end"])
    for index, form in enumerate(["h:mm AM/PM", "h:mm:ss AM/PM", "h:mm", "h:mm:ss"]):
        ws.append([f"time-{index}", "时间格式", "厅", "department", "education",
                   datetime.datetime(2024, 3, 5 + index), datetime.datetime(2024, 12, 31)])
        for cell in ws[ws.max_row][5:7]:
            cell.number_format = form
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "source", "time-formats.xlsx")
        os.makedirs(os.path.dirname(source))
        wb.save(source)
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", folder, source],
                       check=True, capture_output=True)
        os.replace(os.path.join(folder, "time-formats.xlsx"), os.path.join(HERE, "time-formats.xlsx"))


EXCEL_SHEET = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}"><dimension ref="A1:L5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><sheetData>
<row r="2" spans="1:12" x14ac:dyDescent="0.2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>主办单位</t></is></c><c r="D2" t="inlineStr"><is><r><t>单位</t></r><r><rPr><b/></rPr><t>类型</t></r></is></c><c r="E2" t="s"><v>2</v></c><c r="F2" t="s"><v>3</v></c><c r="G2" t="s"><v>4</v></c><c r="H2" t="s"><v>5</v></c><c r="I2" t="s"><v>6</v></c><c r="J2" t="s"><v>7</v></c><c r="K2" t="s"><v>8</v></c><c r="L2" s="4"/></row>
<row r="4" spans="1:12" x14ac:dyDescent="0.2"><c r="A4" t="s"><v>9</v></c><c r="B4" t="s"><v>10</v></c><c r="C4" t="str"><f>"四川"&amp;"省网信办"</f><v>四川省网信办</v></c><c r="D4" t="inlineStr"><is><t>department</t></is></c><c r="E4" t="s"><v>11</v></c><c r="F4" s="1"><v>45432</v></c><c r="G4" s="2"><v>45657</v></c><c r="H4" s="3"><f>SUM(1000,234)</f><v>1234</v></c><c r="I4" t="b"><v>1</v></c><c r="J4" s="5"><v>45444</v></c><c r="K4" s="6"><v>2.5</v></c></row>
<row><c t="inlineStr"><is><t>no-refs</t></is></c><c t="inlineStr"><is><t>没有引用</t></is></c><c t="inlineStr"><is><t>市</t></is></c><c t="inlineStr"><is><t>city</t></is></c><c t="inlineStr"><is><t>elderly</t></is></c><c s="2"><v>45383</v></c></row>
</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'''

EXCEL_STRINGS = ['编号', '项目名称', '系列', '开始日期', '结束日期', '覆盖人数', '已核实', '备注日期', '得分',
                 'excel-one', None, 'education', '第一行_x000D_\n第二行_x005F_x0041_']


def excel_traits():
    items = []
    for s in EXCEL_STRINGS:
        if s is None:  # rich text with a phonetic guide, as East Asian Excel writes it
            items.append('<si><r><t>网络</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">安全 课堂</t></r>'
                         '<rPh sb="0" eb="2"><t>ワンルオ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>')
        else:
            items.append(f"<si><t>{escape(s)}</t></si>")
    strings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
               f'spreadsheetml/2006/main" count="{len(items)}" uniqueCount="{len(items)}">' + "".join(items) + "</sst>")
    styles = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><numFmts count="2"><numFmt numFmtId="176" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="&quot;年&quot;0.00"/></numFmts><fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'''
    workbook = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\staff\\Desktop\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets><sheet name="项目" sheetId="3" r:id="rId7"/><sheet name="说明" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'''
    other = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row></sheetData></worksheet>')
    path = os.path.join(HERE, "excel-traits.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                           ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels),
                           ("xl/worksheets/sheet1.xml", other), ("xl/worksheets/sheet2.xml", EXCEL_SHEET),
                           ("xl/sharedStrings.xml", strings), ("xl/styles.xml", styles)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    same_list()
    bad_cells()
    mac_1904()
    time_formats()
    excel_traits()
