package org.bianzhi.imports.infrastructure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;

/**
 * Finds the header of a sheet as units make them: a title row or notes above it, a header of one or two levels (group
 * names such as 基本信息 / 编制情况 above the column names). The header is the run of consecutive rows, each holding at
 * least one column name of the kind, whose names together hold every required column; it must begin within the first
 * {@value #SEARCH_ROWS} non-blank rows. A column takes the lowest name of the run the kind knows, else the lowest text
 * (so 序号 spanning both rows, or a group name, stays an unknown column). Without a kind the first non-blank row is the header.
 * <p>
 * Fed one sheet's rows in order; keeps the closest miss over all sheets for the refusal, which names the kind's columns.
 */
final class HeaderSearch {

    static final int SEARCH_ROWS = 10;
    /** Header runs longer than this are not headers; the oldest row is let go. */
    private static final int MAX_LEVELS = 3;

    /** Thrown by {@link #offer} when the sheet holds no header within its first rows: the rest is not read. */
    static final class NotHere extends RuntimeException {
        NotHere() {
            super(null, null, false, false);
        }
    }

    private final ImportKind kind;
    private final Set<String> known;
    private String sheet;
    private int sheetIndex;
    private final List<List<String>> run = new ArrayList<>();
    private final List<Integer> runRows = new ArrayList<>();
    private int nonBlank;
    private boolean complete;
    private List<String> headers;
    private int firstRow;
    private int lastRow;
    private boolean anyText;
    // the closest miss: the run holding most required columns
    private int bestCount = -1;
    private String bestSheet;
    private int bestRow;
    private List<String> bestMissing;

    HeaderSearch(ImportKind kind) {
        this.kind = kind;
        this.known = kind == null ? Set.of() : new HashSet<>(kind.columns());
    }

    /** Starts a sheet ({@code name} null for a CSV file). */
    void sheet(String name) {
        sheet = name;
        sheetIndex++;
        run.clear();
        runRows.clear();
        nonBlank = 0;
        complete = false;
        headers = null;
    }

    /**
     * Offers a non-blank row (cells by column index, as read): true while it belongs to the header search (a title, a
     * header row), false once the header is known and this row is the first data row, as every later one.
     *
     * @throws NotHere when the first {@value #SEARCH_ROWS} non-blank rows of the sheet began no header
     */
    boolean offer(int rowNumber, List<String> cells) {
        if (headers != null) return false;
        anyText = true;
        List<String> names = cells.stream().map(HeaderSearch::normalise).toList();
        if (kind == null) {
            decide(List.of(names), rowNumber, rowNumber);
            return true;
        }
        boolean holdsName = names.stream().anyMatch(known::contains);
        if (complete && (!holdsName || run.size() >= MAX_LEVELS)) {
            decide(run, runRows.get(0), runRows.get(runRows.size() - 1));
            return false;
        }
        nonBlank++;
        if (!holdsName) {
            run.clear();
            runRows.clear();
        } else {
            run.add(names);
            runRows.add(rowNumber);
            if (run.size() > MAX_LEVELS && !complete) {
                run.remove(0);
                runRows.remove(0);
            }
            List<String> combined = combine(run);
            List<String> missing = kind.required().stream().filter(h -> !combined.contains(h)).toList();
            if (missing.isEmpty()) {
                complete = true;
            } else if (!complete && kind.required().size() - missing.size() > bestCount) {
                bestCount = kind.required().size() - missing.size();
                bestSheet = sheet;
                bestRow = rowNumber;
                bestMissing = missing;
            }
        }
        if (!complete && nonBlank >= SEARCH_ROWS) throw new NotHere();
        return true;
    }

    /** At the end of a sheet: whether it held a header (perhaps with no data row under it). */
    boolean endOfSheet() {
        if (headers == null && complete) decide(run, runRows.get(0), runRows.get(runRows.size() - 1));
        return headers != null;
    }

    boolean found() {
        return headers != null;
    }

    List<String> headers() {
        return headers;
    }

    /** 1 for the first sheet read (a CSV file is one sheet). */
    int sheetIndex() {
        return sheetIndex;
    }

    int firstRow() {
        return firstRow;
    }

    int lastRow() {
        return lastRow;
    }

    private void decide(List<List<String>> rows, int first, int last) {
        headers = List.copyOf(combine(rows));
        firstRow = first;
        lastRow = last;
    }

    /** Per column, the lowest name the kind knows, else the lowest text. */
    private List<String> combine(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<String> out = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            String name = "";
            String text = "";
            for (List<String> row : rows) {
                String v = c < row.size() ? row.get(c) : "";
                if (known.contains(v)) name = v;
                if (!v.isEmpty()) text = v;
            }
            out.add(name.isEmpty() ? text : name);
        }
        return out;
    }

    /** Where the header was found, for the import's notes; null when that says nothing (one sheet, header in row 1). */
    String where(boolean otherSheets) {
        if (!otherSheets && firstRow == 1 && lastRow == 1) return null;
        String rows = firstRow == lastRow ? "第 " + firstRow + " 行" : "第 " + firstRow + "–" + lastRow + " 行（" + (lastRow - firstRow + 1) + " 层表头）";
        String where = (sheet == null ? "" : "数据取自工作表“" + sheet + "”，") + "表头在" + rows;
        return firstRow > 1 ? where + "，其上的标题等行未导入" : where;
    }

    /** The refusal when no sheet held a header: it names the columns of the kind being imported, and the closest miss. */
    BianzhiException refusal(boolean workbook) {
        String columns = kind == null ? "" : "（" + kind.label() + "文件的必填列：" + String.join("、", kind.required()) + "）";
        if (!anyText) {
            return BianzhiException.invalid("file", (workbook ? "工作簿中没有数据" : "文件是空的") + "：应有一行表头" + columns
                    + "，其下每行一条数据");
        }
        if (kind == null) return BianzhiException.invalid("file", "文件中没有表头");
        String message = "未找到" + kind.label() + "文件的表头：" + (workbook ? "各工作表" : "文件") + "前 " + SEARCH_ROWS
                + " 行中没有一行（或两层表头）同时含有必填列 " + String.join("、", kind.required());
        if (bestMissing == null) {
            return BianzhiException.invalid("file", message + "。请确认上传的文件类型，表头应含 " + String.join("、", kind.columns())
                    + " 中的列（顺序不限）");
        }
        String at = (bestSheet == null ? "" : "工作表“" + bestSheet + "”") + "第 " + bestRow + " 行";
        List<Violation> missing = bestMissing.stream().map(h -> Violation.ofRow(bestRow, h, "缺少必填列“" + h + "”")).toList();
        return BianzhiException.invalid(message + "。最接近的是" + at + "，缺少 " + String.join("、", bestMissing)
                + "。请确认上传的文件类型和表头", missing);
    }

    /** A header as typed: blanks at the ends and inside (姓　名, 身份证号 ), a line break, the * some templates mark required columns with. */
    static String normalise(String header) {
        if (header == null) return "";
        StringBuilder b = new StringBuilder(header.length());
        header.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF')
                .forEach(b::appendCodePoint);
        String s = b.toString();
        while (s.startsWith("*") || s.startsWith("＊")) s = s.substring(1);
        while (s.endsWith("*") || s.endsWith("＊")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
