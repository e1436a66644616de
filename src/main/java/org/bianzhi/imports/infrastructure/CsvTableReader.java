package org.bianzhi.imports.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * Reads a CSV file as offices produce it: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK
 * (what Chinese Excel writes). Bytes that are not valid UTF-8 are read as GB18030, a superset of GBK.
 */
public final class CsvTableReader {

    private CsvTableReader() {
    }

    public static ImportTable read(byte[] bytes) {
        Decoded d = decode(bytes);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(d.text()), format)) {
            List<String> headers = null;
            List<ImportTable.Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (headers == null) {
                    headers = new ArrayList<>();
                    for (String h : r) headers.add(h.strip());
                    continue;
                }
                if (isBlank(r)) continue;
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < r.size(); i++) values.put(headers.get(i), r.get(i));
                rows.add(new ImportTable.Row((int) r.getRecordNumber(), values));
            }
            if (headers == null) throw BianzhiException.invalid("file", "文件是空的：第 1 行应为表头（如 单位代码,单位名称,…）");
            return new ImportTable(d.encoding(), headers, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BianzhiException be) throw be;
            throw BianzhiException.invalid("file", "文件不是有效的 CSV 格式：" + e.getMessage());
        }
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) if (!v.isBlank()) return false;
        return true;
    }

    record Decoded(String text, String encoding) {}

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, Charset.forName("GB18030")), "GB18030");
        }
    }
}
