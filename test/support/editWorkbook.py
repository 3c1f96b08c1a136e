"""Edits the 项目表 of an exported workbook as a partner would, through openpyxl.

    python3 editWorkbook.py in.xlsx out.xlsx '<json list of edits>'

Edits, applied in order (columns named by their header text, rows by 项目名称):
  {"op": "insert", "after": "<name>", "rows": [{"项目名称": "…", "2018年": 12.5, …}]}
  {"op": "delete", "name": "<name>"}
  {"op": "set", "name": "<name>", "column": "<header>", "value": …}
  {"op": "fillBlank", "values": {"项目名称": "…", …}}   the first empty row inside the table (a 填报模板's spare row)
  {"op": "dropIds"}   empties the 行标识 column of every sheet (a workbook from before it, or re-typed elsewhere)
  {"op": "sortByName"}   the project rows (not 小计/合计) re-written in 项目名称 order, every column moving with its row
Inserting and deleting use openpyxl's insert_rows/delete_rows, which, like a
careless partner, do not adjust formulas: the 小计 rows then sum other rows.
"""
import json
import sys

import openpyxl

source, target, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(source)
ws = wb["项目表"] if "项目表" in wb.sheetnames else next(s for s in wb.worksheets if any(c.value == "项目名称" for row in s.iter_rows(max_row=8) for c in row))

header_rows = None
for r in range(1, 10):
    if any(ws.cell(r, c).value == "项目名称" for c in range(1, ws.max_column + 1)):
        header_rows = (r, r + 1)
        break
columns = {}
for c in range(1, ws.max_column + 1):
    for r in header_rows:
        v = ws.cell(r, c).value
        if isinstance(v, str) and v.strip():
            columns.setdefault(v.replace("\n", ""), c)
name_col = columns["项目名称"]


def data_rows():
    return range(header_rows[1] + 1, ws.max_row + 1)


def is_project(r):
    v = ws.cell(r, name_col).value
    return isinstance(v, str) and v.strip() != "" and v != "小计" and not v.endswith("个项目")


def row_of(name):
    for r in data_rows():
        if ws.cell(r, name_col).value == name:
            return r
    raise KeyError(name)


for e in edits:
    if e["op"] == "insert":
        at = row_of(e["after"]) + 1
        ws.insert_rows(at, len(e["rows"]))
        for i, values in enumerate(e["rows"]):
            for header, value in values.items():
                ws.cell(at + i, columns[header]).value = value
    elif e["op"] == "delete":
        ws.delete_rows(row_of(e["name"]))
    elif e["op"] == "set":
        ws.cell(row_of(e["name"]), columns[e["column"]]).value = e["value"]
    elif e["op"] == "fillBlank":
        last_col = max(columns.values())
        at = next(r for r in data_rows() if r < ws.max_row and all(ws.cell(r, c).value in (None, "") for c in range(1, last_col + 1)))
        for header, value in e["values"].items():
            ws.cell(at, columns[header]).value = value
    elif e["op"] == "dropIds":
        for sheet in wb.worksheets:
            for c in range(1, sheet.max_column + 1):
                if any(isinstance(sheet.cell(r, c).value, str) and sheet.cell(r, c).value.startswith("行标识") for r in range(1, 8)):
                    for r in range(1, sheet.max_row + 1):
                        if not isinstance(sheet.cell(r, c), openpyxl.cell.cell.MergedCell):
                            sheet.cell(r, c).value = None
                    break
    elif e["op"] == "sortByName":
        rows = [r for r in data_rows() if is_project(r)]
        width = ws.max_column
        values = [[ws.cell(r, c).value for c in range(1, width + 1)] for r in rows]
        values.sort(key=lambda v: v[name_col - 1])
        for r, v in zip(rows, values):
            for c in range(1, width + 1):
                ws.cell(r, c).value = v[c - 1]
    else:
        raise ValueError(e["op"])
wb.save(target)
