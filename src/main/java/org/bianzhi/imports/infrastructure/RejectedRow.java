package org.bianzhi.imports.infrastructure;

/** A rejected data row: its spreadsheet row number and why (several reasons joined with "；"). */
public record RejectedRow(int row, String reasons) {}
