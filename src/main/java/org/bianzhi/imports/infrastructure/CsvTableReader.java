package org.bianzhi.imports.infrastructure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * Reads a CSV file as offices produce it: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK
 * (what Chinese Excel writes). A file that is not valid UTF-8 throughout is read as GB18030, a superset of
 * GBK. The file is read twice, once to check the encoding and once to parse, never held in memory.
 * <p>
 * Row numbers are the ones a spreadsheet shows: empty lines count as rows (and are skipped), a quoted cell
 * spanning lines is one row.
 */
final class CsvTableReader {

    private static final int BUFFER = 64 * 1024;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).build();

    private CsvTableReader() {
    }

    static void read(Path file, ImportKind kind, RowSink sink) {
        RowSink guarded = SinkFailure.guard(sink);
        try {
            Encoding encoding = encoding(file);
            long size = Files.size(file);
            try (CountingInputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
                in.skipNBytes(encoding.bomLength());
                Reader reader = new InputStreamReader(in, encoding.charset());
                try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
                    parse(parser, encoding.name(), new HeaderSearch(kind), guarded, () -> in.fractionOf(size));
                }
            }
        } catch (IOException | RuntimeException e) {
            SinkFailure.rethrowFromSink(e);
            if (e instanceof BianzhiException be) throw be;
            throw BianzhiException.invalid("file", notCsv(e));
        }
    }

    /** The parser's English message (with its class names) turned into what a clerk can act on: the line, and the usual cause. */
    static String notCsv(Exception e) {
        // commons-csv says "(line 3)" or "at line: 1,234, position: 5", depending on the check that failed
        Matcher line = Pattern.compile("line:? ([\\d,]*\\d)").matcher(String.valueOf(e.getMessage()));
        String where = line.find() ? "第 " + line.group(1).replace(",", "") + " 行" : "文件中";
        return "文件不是有效的 CSV 格式：" + where + "的引号不成对，或引号之后紧跟了其他字符。请在 Excel 中另存为“CSV（逗号分隔）”后重新上传";
    }

    private static void parse(CSVParser parser, String encoding, HeaderSearch search, RowSink sink, DoubleSupplier fractionRead) {
        search.sheet(null);
        List<String> headers = null;
        try {
            for (CSVRecord r : parser) {
                if (isBlank(r)) continue;
                if (headers == null) {
                    if (search.offer((int) r.getRecordNumber(), r.toList())) continue;
                    headers = start(search, encoding, sink);
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < r.size(); i++) {
                    String h = headers.get(i);
                    if (h.isEmpty() || values.containsKey(h) && !values.get(h).isBlank()) continue; // a repeated column: the first filled one
                    values.put(h, r.get(i));
                }
                sink.row(new ImportTable.Row((int) r.getRecordNumber(), values), fractionRead.getAsDouble());
            }
        } catch (HeaderSearch.NotHere e) {
            throw search.refusal(false);
        }
        if (headers == null) {
            if (!search.endOfSheet()) throw search.refusal(false);
            start(search, encoding, sink);
        }
    }

    private static List<String> start(HeaderSearch search, String encoding, RowSink sink) {
        String where = search.where(false);
        if (where != null) sink.note(where);
        sink.headers(search.headers(), encoding);
        return search.headers();
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) if (!v.isBlank()) return false;
        return true;
    }

    record Encoding(String name, Charset charset, int bomLength) {}

    /** The encoding by the byte order mark, else UTF-8 if the whole file decodes as such, else GB18030. */
    static Encoding encoding(Path file) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(4);
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Encoding("UTF-8 (BOM)", StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Encoding("UTF-16LE", StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Encoding("UTF-16BE", StandardCharsets.UTF_16BE, 2);
        }
        // GB18030 encodes U+FEFF as 84 31 95 33; WPS and some converters write it
        if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && b[1] == 0x31 && (b[2] & 0xFF) == 0x95 && b[3] == 0x33) {
            return new Encoding("GB18030 (BOM)", Charset.forName("GB18030"), 4);
        }
        return isUtf8(file) ? new Encoding("UTF-8", StandardCharsets.UTF_8, 0)
                : new Encoding("GB18030", Charset.forName("GB18030"), 0);
    }

    /** Decodes the whole file strictly; the decoder carries a sequence split between two reads over. */
    private static boolean isUtf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] chars = new char[BUFFER];
            while (reader.read(chars) >= 0) {
                // only whether it decodes matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
