package org.bianzhi.imports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BOUNDARY = 64 * 1024;
    private static final String NAME = "机构编制委员会办公室";

    @TempDir
    Path dir;

    private Path file(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.write(p);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void utf8WithBomKeepsChineseHeaders() throws Exception {
        Path f = file("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "单位代码,单位名称\n11331121009444601E,青田县编办\n".getBytes(StandardCharsets.UTF_8));
        ImportTable t = TableFiles.readAll(f);
        assertEquals("UTF-8 (BOM)", t.encoding());
        assertEquals(List.of("单位代码", "单位名称"), t.headers());
        assertEquals("青田县编办", t.rows().get(0).get("单位名称"));
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        Path f = file("utf16.csv", new byte[] {(byte) 0xFF, (byte) 0xFE},
                "单位代码,单位名称\r\n11331121009444601E,青田县编办\r\n".getBytes(StandardCharsets.UTF_16LE));
        ImportTable t = TableFiles.readAll(f);
        assertEquals("UTF-16LE", t.encoding());
        assertEquals(List.of("单位代码", "单位名称"), t.headers());
        assertEquals("青田县编办", t.rows().get(0).get("单位名称"));
    }

    /**
     * ASCII rows, then a Chinese name whose first byte is at {@code offset}. Around 64 KiB this tests that the
     * encoding check carries a character split between two buffers and that it looks past its first buffer.
     */
    private Path chineseAt(int offset, Charset charset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("code,name\n".getBytes(charset));
        for (int i = 0; out.size() < offset - 200; i++) out.write(("A" + i + "," + "x".repeat(40) + "\n").getBytes(charset));
        int padding = offset - 2 - out.size();
        out.write(("P," + "x".repeat(padding - 3) + "\n").getBytes(charset));
        out.write(("B," + NAME + "\n" + "C,编办\n").getBytes(charset));
        byte[] bytes = out.toByteArray();
        assertTrue(bytes[offset - 1] == ',' && bytes[offset] < 0, "the name starts at " + offset);
        return Files.write(dir.resolve(charset.name() + "-" + offset + ".csv"), bytes);
    }

    private static ImportTable.Row row(ImportTable t, String code) {
        return t.rows().stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
    }

    @Test
    void gb18030IsRecognisedWhenItsFirstChineseComesAfterTheFirst64KiB() throws Exception {
        for (int offset : new int[] {BOUNDARY - 1, BOUNDARY + 1000}) {
            ImportTable t = TableFiles.readAll(chineseAt(offset, GB18030));
            assertEquals("GB18030", t.encoding(), "Chinese at " + offset);
            assertEquals(NAME, row(t, "B").get("name"));
            assertEquals("编办", row(t, "C").get("name"));
        }
    }

    @Test
    void utf8WithoutBomIsNotTakenForGb18030WhenACharacterStraddlesABuffer() throws Exception {
        for (int offset : new int[] {BOUNDARY - 1, BOUNDARY - 2}) {
            ImportTable t = TableFiles.readAll(chineseAt(offset, StandardCharsets.UTF_8));
            assertEquals("UTF-8", t.encoding(), "Chinese at " + offset);
            assertEquals(NAME, row(t, "B").get("name"));
        }
    }

    @Test
    void blankLinesAreSkippedAndRowsKeepTheNumbersASpreadsheetShows() throws Exception {
        Path f = file("blank.csv", ("\n单位代码 , 单位名称\n\n11,甲\n,\n  \n\"多\n行\",乙\n12\n").getBytes(StandardCharsets.UTF_8));
        ImportTable t = TableFiles.readAll(f);
        assertEquals("UTF-8", t.encoding());
        assertEquals(List.of("单位代码", "单位名称"), t.headers(), "headers are stripped");
        assertEquals(List.of(4, 7, 8), t.rows().stream().map(ImportTable.Row::number).toList());
        assertEquals("多\n行", t.rows().get(1).get("单位代码"));
        assertNull(t.rows().get(2).get("单位名称"), "a short row misses its last cells");
    }

    @Test
    void emptyAndMalformedFilesAreRefusedInChinese() throws Exception {
        BianzhiException empty = assertThrows(BianzhiException.class, () -> TableFiles.readAll(file("empty.csv", "\n \n".getBytes())));
        assertTrue(empty.getMessage().contains("文件是空的"), empty.getMessage());
        Path open = file("open.csv", "a,b\n\"unterminated,1\n".getBytes(StandardCharsets.UTF_8));
        BianzhiException malformed = assertThrows(BianzhiException.class, () -> TableFiles.readAll(open));
        assertTrue(malformed.getMessage().contains("CSV"), malformed.getMessage());
        Path stray = file("stray.csv", "a,b\n1,2\n\"x\"y,3\n".getBytes(StandardCharsets.UTF_8));
        String detail = assertThrows(BianzhiException.class, () -> TableFiles.readAll(stray)).getMessage();
        assertTrue(detail.contains("第 3 行") && detail.contains("引号"), detail);
        for (String m : List.of(malformed.getMessage(), detail)) {
            assertTrue(!m.matches("(?s).*[a-z]+\\.[a-z]+\\.[A-Za-z].*") && !m.contains("Exception"), "no class names: " + m);
        }
    }

    @Test
    void whatTheSinkThrowsReachesTheCallerUnchanged() throws Exception {
        Path f = file("a.csv", "单位代码\n11\n12\n".getBytes(StandardCharsets.UTF_8));
        IllegalStateException cancelled = new IllegalStateException("cancelled");
        assertSame(cancelled, assertThrows(IllegalStateException.class, () -> TableFiles.read(f, new XlsxTableReaderTest.Rows() {
            @Override
            public void row(ImportTable.Row row, double fractionRead) {
                throw cancelled;
            }
        })));
        BianzhiException refused = BianzhiException.invalid("file", "表头不对");
        assertSame(refused, assertThrows(BianzhiException.class, () -> TableFiles.read(f, new XlsxTableReaderTest.Rows() {
            @Override
            public void headers(List<String> headers, String encoding) {
                throw refused;
            }
        })));
    }

    @Test
    void reportsProgressThroughTheFile() throws Exception {
        StringBuilder csv = new StringBuilder("身份证号,姓名\n");
        for (int i = 0; i < 5000; i++) csv.append("1101011990030").append(10000 + i).append(",张三").append(i).append('\n');
        XlsxTableReaderTest.Rows rows = new XlsxTableReaderTest.Rows();
        TableFiles.read(file("p.csv", csv.toString().getBytes(GB18030)), rows);
        assertEquals(5000, rows.fractions.size());
        XlsxTableReaderTest.assertProgress(rows.fractions);
    }

    /** 200,000 rows pass through a sink that keeps nothing: the reader must not hold the file meanwhile. */
    @Test
    void aLargeFileStreams() throws Exception {
        Path f = dir.resolve("large.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("身份证号,姓名,单位名称,编制类型,生效日期\n");
            for (int i = 0; i < 200_000; i++) w.write("110101199003" + (100000 + i) + ",张三" + i + "," + NAME + ",行政编制,2019-03-06\n");
        }
        long size = Files.size(f);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long[] growth = {0};
        double[] first = {-1};
        int[] count = {0};
        TableFiles.read(f, new XlsxTableReaderTest.Rows() {
            @Override
            public void row(ImportTable.Row row, double fractionRead) {
                if (first[0] < 0) first[0] = fractionRead;
                if (++count[0] == 100_000) {
                    System.gc();
                    growth[0] = rt.totalMemory() - rt.freeMemory() - before;
                }
            }
        });
        assertEquals(200_000, count[0]);
        assertTrue(first[0] < 0.01, "the first row comes before the file is read: " + first[0]);
        assertTrue(growth[0] < size / 4, "heap grew by " + growth[0] + " bytes reading a file of " + size);
    }
}
