"""Spreadsheets in and out (openpyxl): evaluation workbooks people fill in offline."""
