package org.bianzhi.imports.infrastructure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.bianzhi.shared.domain.BianzhiException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The merged cells of a sheet, so that a merged cell reads as its value in every row and column it covers (a unit name
 * merged down over its people, 序号 spanning a two-level header). A sheet lists them in {@code <mergeCells>} after all
 * its rows, so they are collected by a first pass over the sheet that keeps nothing else; the rows are read in a second.
 * Each merge takes 16 bytes (four ints), so even a million-row roster with a merge on every row stays within some 16 MB;
 * more than {@value #MAX} merges are refused.
 */
final class MergedCells {

    static final int MAX = 1_000_000;
    private static final MergedCells NONE = new MergedCells(new int[0], 0);

    /** firstRow, lastRow, firstCol, lastCol of each merge (0-based), sorted by first row. */
    private final int[] ranges;
    private final int count;
    private int next;
    private final List<Active> active = new ArrayList<>();

    private record Active(int lastRow, int firstCol, int lastCol, String value, boolean number) {}

    private MergedCells(int[] ranges, int count) {
        this.ranges = ranges;
        this.count = count;
    }

    static MergedCells none() {
        return NONE;
    }

    /** Reads the merges of a sheet (the first pass). */
    static MergedCells read(InputStream sheet, String sheetName) throws Exception {
        Collector collector = new Collector(sheetName);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(collector);
        parser.parse(new InputSource(sheet));
        if (collector.count == 0) return NONE;
        // sort by first row, keeping each merge's four ints together
        long[] order = new long[collector.count];
        for (int i = 0; i < collector.count; i++) order[i] = ((long) collector.ranges[4 * i] << 32) | i;
        Arrays.sort(order);
        int[] sorted = new int[4 * collector.count];
        for (int i = 0; i < order.length; i++) System.arraycopy(collector.ranges, 4 * (int) order[i], sorted, 4 * i, 4);
        return new MergedCells(sorted, collector.count);
    }

    boolean isEmpty() {
        return count == 0;
    }

    /**
     * Fills the cells of row {@code row} (0-based, rows in ascending order) that merges cover with the merge's value (its
     * top-left cell), marking them number cells when that one is; a cell of its own is left as it is.
     */
    void fill(int row, Map<Integer, String> cells, Set<Integer> numbers) {
        if (count == 0) return;
        while (next < count && ranges[4 * next] <= row) {
            int first = ranges[4 * next];
            int firstCol = ranges[4 * next + 2];
            // a merge whose first row was absent from the sheet has no value
            String value = first == row ? cells.get(firstCol) : null;
            if (value != null && !value.isBlank()) {
                active.add(new Active(ranges[4 * next + 1], firstCol, ranges[4 * next + 3], value, numbers.contains(firstCol)));
            }
            next++;
        }
        for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
            Active a = it.next();
            if (a.lastRow < row) {
                it.remove();
                continue;
            }
            for (int c = a.firstCol; c <= a.lastCol; c++) {
                String own = cells.get(c);
                if (own != null && !own.isBlank()) continue;
                cells.put(c, a.value);
                if (a.number) numbers.add(c);
            }
        }
    }

    private static final class Collector extends DefaultHandler {
        private final String sheetName;
        int[] ranges = new int[64];
        int count;

        Collector(String sheetName) {
            this.sheetName = sheetName;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!"mergeCell".equals(localName)) return;
            String ref = attributes.getValue("ref");
            if (ref == null || !ref.contains(":")) return;
            CellRangeAddress range;
            try {
                range = CellRangeAddress.valueOf(ref);
            } catch (RuntimeException e) {
                return; // not a range: nothing to fill
            }
            if (range.getFirstRow() < 0 || range.getFirstColumn() < 0) return;
            if (count == MAX) {
                throw BianzhiException.invalid("file", "工作表“" + sheetName + "”有超过 " + MAX + " 处合并单元格，无法读取。"
                        + "请全选后取消单元格合并，再重新上传");
            }
            if (4 * count + 4 > ranges.length) ranges = Arrays.copyOf(ranges, ranges.length * 2);
            ranges[4 * count] = range.getFirstRow();
            ranges[4 * count + 1] = range.getLastRow();
            ranges[4 * count + 2] = range.getFirstColumn();
            ranges[4 * count + 3] = range.getLastColumn();
            count++;
        }
    }
}
