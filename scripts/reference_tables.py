#!/usr/bin/env python3
"""Writes the reference tables Scope carries (CPV 2008 labels, CPV 2003 -> 2008, NUTS-3 ->
department) into Sources/ScopeModel/Reference/ from the reference CSV files, so that the
binary holds them and no build reads a file beside it.

    python3 scripts/reference_tables.py DIR    # DIR holds cpv-2008.csv, cpv-2003-to-2008.csv, nuts3-fr.csv
"""
import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources" / "ScopeModel" / "Reference"


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def literal(lines):
    text = "\n".join(lines)
    assert '"#' not in text
    return '#"""\n' + text + '\n"""#'


def write(name, doc, source, var, lines):
    OUT.mkdir(parents=True, exist_ok=True)
    body = f"// {doc}\n// Source: {source}\n// Written by scripts/reference_tables.py from the reference CSV; do not edit by hand.\n\n"
    body += f"extension ReferenceTables {{\n    static let {var} = {literal(lines)}\n}}\n"
    (OUT / name).write_text(body, encoding="utf-8")


def main():
    src = pathlib.Path(sys.argv[1])
    cpv = rows(src / "cpv-2008.csv")
    assert len(cpv) == 9454, len(cpv)
    # Tab-separated: code, French, English (labels hold ';' but never a tab).
    write("CPV2008.swift", "The 9,454 codes of CPV 2008 with their French and English labels (code\\tfr\\ten).",
          "labels from OP-TED/eForms-SDK translations/code_fr.xml and code_en.xml (CC BY 4.0, (c) European Union); "
          "check digits from xterr/php-cpvcodes Resources/cpvCodes.json (MIT). Regulation (EC) No 213/2008.",
          "cpv2008", [f"{r['code']}\t{r['fr']}\t{r['en']}" for r in cpv])
    old = rows(src / "cpv-2003-to-2008.csv")
    write("CPV2003.swift", "CPV 2003 codes and the CPV 2008 codes they became (2003\\t2008\\ttable), the 1->2 table first.",
          "xterr/php-cpvcodes Resources/cpvCodesMapping.json, commit 608ca7cb (MIT).",
          "cpv2003", [f"{r['cpv2003']}\t{r['cpv2008']}\t{r['table']}" for r in old])
    nuts = rows(src / "nuts3-fr.csv")
    write("NUTS3.swift", "NUTS-3 regions of France and their departments (nuts\\tdepartment).",
          "OP-TED/eForms-SDK codelists/nuts_nuts-fra-lvl3.gc 1.15.1 (CC BY 4.0); NUTS (Eurostat).",
          "nuts3", [f"{r['nuts']}\t{r['department']}" for r in nuts])


if __name__ == "__main__":
    main()
