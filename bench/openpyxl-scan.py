"""The baseline for consolidation benches: open every file of a folder with openpyxl in read-only
mode and walk every row of every sheet, counting the cells that hold a value. Prints the count."""
import os
import sys

from openpyxl import load_workbook

cells = 0
for name in sorted(os.listdir(sys.argv[1])):
    workbook = load_workbook(os.path.join(sys.argv[1], name), read_only=True, data_only=True)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += sum(1 for value in row if value is not None)
    workbook.close()
print(cells)
