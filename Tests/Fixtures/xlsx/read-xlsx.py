#!/usr/bin/env python3
"""Reads an .xlsx workbook with Python's standard library alone (zipfile, xml.etree), independently of the
libxlsxwriter that wrote it, and prints what the tests check as JSON: every sheet's cells (value, number or text,
bold), merged ranges, column widths and page setup, and the workbook's defined names (print area, print titles).
With a second argument, also the records of a CSV file (';', UTF-8 with or without a BOM) under "csv".

Usage: read-xlsx.py BOOK.xlsx [REPORT.csv]"""
import csv
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def text_of(element):
    """The text of a shared or inline string: its <t>, or its rich-text runs' <t>s joined."""
    return "".join(t.text or "" for t in element.iter(MAIN + "t"))


def read_book(path):
    book = zipfile.ZipFile(path)
    names = set(book.namelist())
    shared = []
    if "xl/sharedStrings.xml" in names:
        shared = [text_of(si) for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall(MAIN + "si")]
    styles = ET.fromstring(book.read("xl/styles.xml"))
    bold_fonts = [font.find(MAIN + "b") is not None for font in styles.find(MAIN + "fonts").findall(MAIN + "font")]
    bold_styles = [bold_fonts[int(xf.get("fontId", "0"))] for xf in styles.find(MAIN + "cellXfs").findall(MAIN + "xf")]
    targets = {rel.get("Id"): rel.get("Target")
               for rel in ET.fromstring(book.read("xl/_rels/workbook.xml.rels")).findall(PKG_REL + "Relationship")}
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    defined = [{"name": d.get("name"), "localSheetId": d.get("localSheetId"), "value": d.text}
               for d in workbook.iter(MAIN + "definedName")]
    sheets = []
    for sheet in workbook.find(MAIN + "sheets").findall(MAIN + "sheet"):
        target = targets[sheet.get(REL + "id")]
        xml = ET.fromstring(book.read("xl/" + target.lstrip("/").removeprefix("xl/")))
        cells = {}
        for c in xml.iter(MAIN + "c"):
            kind, value = c.get("t"), c.find(MAIN + "v")
            if kind == "s":
                entry = {"type": "string", "value": shared[int(value.text)]}
            elif kind == "inlineStr":
                entry = {"type": "string", "value": text_of(c.find(MAIN + "is"))}
            elif kind == "str":
                entry = {"type": "string", "value": value.text or ""}
            elif value is None:
                entry = {"type": "blank", "value": ""}
            else:
                entry = {"type": "number", "value": float(value.text)}
            entry["bold"] = bold_styles[int(c.get("s", "0"))]
            cells[c.get("r")] = entry
        setup = xml.find(MAIN + "pageSetup")
        fit = xml.find(MAIN + "sheetPr/" + MAIN + "pageSetUpPr")
        sheets.append({
            "name": sheet.get("name"),
            "cells": cells,
            "merged": [m.get("ref") for m in xml.iter(MAIN + "mergeCell")],
            "columns": [{"min": int(col.get("min")), "max": int(col.get("max")), "width": float(col.get("width"))}
                        for col in xml.iter(MAIN + "col")],
            "pageSetup": dict(setup.attrib) if setup is not None else {},
            "fitToPage": fit is not None and fit.get("fitToPage") == "1",
        })
    return {"sheets": sheets, "definedNames": defined}


def main():
    result = read_book(sys.argv[1])
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8-sig", newline="") as file:
            result["csv"] = [record for record in csv.reader(file, delimiter=";")]
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
