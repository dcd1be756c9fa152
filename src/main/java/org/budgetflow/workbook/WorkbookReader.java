package org.budgetflow.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.budgetflow.budget.Budget;
import org.budgetflow.classification.ClassificationCatalog;
import org.xml.sax.SAXException;

/**
 * Reads a filled drafting workbook (XLSX) back into a budget: a pure function, nothing is stored.
 * <p>
 * The file is checked before it is parsed: its size ({@link WorkbookLimits#maxBytes()}, 20 MB by default), that it
 * is an XLSX (not .xls, not encrypted, not another file), and its zip entries' decompressed sizes and ratio (zip
 * bombs). Sheets are then streamed, never loaded whole, and formulas are never evaluated. Every cell is checked:
 * amounts (numbers with at most two decimals, or text such as "8.33"), codes, choices, references; all errors up to
 * {@link WorkbookLimits#maxErrors()} are reported together in a {@link WorkbookFormatException}, each naming sheet,
 * row and column. Thread-safe.
 */
public final class WorkbookReader {
    static {
        // second line of defence inside POI (the ZipGuard check runs first): only ever tightened, never relaxed
        if (ZipSecureFile.getMinInflateRatio() < 1.0 / WorkbookLimits.DEFAULT.maxInflateRatio()) {
            ZipSecureFile.setMinInflateRatio(1.0 / WorkbookLimits.DEFAULT.maxInflateRatio());
        }
        if (ZipSecureFile.getMaxEntrySize() > WorkbookLimits.DEFAULT.maxEntryBytes()) {
            ZipSecureFile.setMaxEntrySize(WorkbookLimits.DEFAULT.maxEntryBytes());
        }
        if (ZipSecureFile.getMaxFileCount() > WorkbookLimits.DEFAULT.maxEntries()) {
            ZipSecureFile.setMaxFileCount(WorkbookLimits.DEFAULT.maxEntries());
        }
    }

    private final ClassificationCatalog catalog;
    private final WorkbookLimits limits;

    public WorkbookReader(ClassificationCatalog catalog) {
        this(catalog, WorkbookLimits.DEFAULT);
    }

    public WorkbookReader(ClassificationCatalog catalog, WorkbookLimits limits) {
        this.catalog = catalog;
        this.limits = limits;
    }

    /** Reads a workbook file; a file over the size limit is rejected without being read. */
    public Budget read(Path file) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw single(tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (NoSuchFileException e) {
            throw single("文件不存在：" + file);
        } catch (IOException e) {
            throw single("无法读取文件 " + file + "：" + e.getMessage());
        }
    }

    /**
     * Reads a workbook from a stream (not closed). At most {@link WorkbookLimits#maxBytes()} + 1 bytes are read
     * from it: a longer stream is rejected before parsing.
     *
     * @throws WorkbookFormatException naming every error (sheet, row, column); nothing is partially read
     */
    public Budget read(InputStream in) {
        return importWorkbook(bounded(in)).budget();
    }

    /** An imported budget with the workbook places its parts came from. */
    public record Imported(Budget budget, WorkbookSources sources) {
    }

    /**
     * Reads a workbook like {@link #read(InputStream)} and also returns where each record and field came from, so
     * that the findings of the budget's validation can name sheet, row and column.
     */
    public Imported importWorkbook(InputStream in) {
        return importWorkbook(bounded(in));
    }

    private Imported importWorkbook(byte[] bytes) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw single("这是 Excel 97-2003 工作簿（.xls）或加密的工作簿；请在 Excel 中“另存为”不加密的 .xlsx 文件后再导入");
        }
        if (magic != FileMagic.OOXML) {
            throw single("文件不是 Excel 工作簿（.xlsx）" + (bytes.length == 0 ? "：文件为空" : ""));
        }
        String zipProblem = ZipGuard.check(bytes, limits);
        if (zipProblem != null) {
            throw single(zipProblem);
        }
        ErrorCollector errors = new ErrorCollector(limits.maxErrors());
        Map<String, List<SheetRow>> sheets = sheets(bytes, errors);
        BudgetAssembler assembler = new BudgetAssembler(catalog, errors, sheets);
        Budget budget = assembler.assemble();
        return new Imported(budget, assembler.sources());
    }

    private byte[] bounded(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw single(tooLarge(-1));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw single("无法读取上传的文件：" + e.getMessage());
        }
        return out.toByteArray();
    }

    /** The rows of every data sheet that is present with the right headers; problems go to {@code errors}. */
    private Map<String, List<SheetRow>> sheets(byte[] bytes, ErrorCollector errors) {
        Set<String> required = BudgetAssembler.requiredSheets();
        Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader reader = new XSSFReader(pkg);
            SharedStringCache strings = new SharedStringCache(new ReadOnlySharedStringsTable(pkg, false));
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheetXml = it.next()) {
                    String name = it.getSheetName();
                    if (!required.contains(name)) {
                        if (!name.equals(Layout.GUIDE) && !name.equals(Layout.LISTS)) {
                            unknown.add(name);
                        }
                        continue;
                    }
                    try {
                        List<SheetRow> rows = SheetParser.parse(sheetXml, strings, limits.maxRows());
                        if (headersMatch(Layout.SHEETS.stream().filter(s -> s.name().equals(name)).findFirst()
                                .orElseThrow(), rows, errors)) {
                            sheets.put(name, rows);
                        }
                    } catch (SheetParser.TooManyRows e) {
                        errors.add(CellError.sheet(name, "工作表“" + name + "”超过 " + limits.maxRows()
                                + " 行，无法导入；请拆分后分别导入或联系财政部门"));
                    }
                    sheets.putIfAbsent(name, null);
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | IllegalStateException
                 | IllegalArgumentException e) {
            throw single(corrupt(e));
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        for (String name : required) {
            if (!sheets.containsKey(name)) {
                errors.add(CellError.sheet(name, "缺少工作表“" + name + "”" + (unknown.isEmpty() ? ""
                        : "（工作簿中有未识别的工作表：" + String.join("、", unknown) + "）")
                        + "；请使用 BudgetFlow 下载的模板，不要删除或重命名工作表"));
            }
        }
        sheets.values().removeIf(rows -> rows == null);
        return sheets;
    }

    /** True when a sheet's header row is the template's; otherwise each wrong header is reported. */
    private static boolean headersMatch(SheetSpec spec, List<SheetRow> rows, ErrorCollector errors) {
        List<String> expected = spec.form() ? List.of(SheetSpec.FORM_LABEL, SheetSpec.FORM_VALUE)
                : spec.columns().stream().map(Column::header).toList();
        SheetRow header = rows.isEmpty() || rows.get(0).number() != 1 ? null : rows.get(0);
        boolean ok = true;
        for (int c = 0; c < expected.size(); c++) {
            RawCell cell = header == null ? null : header.cell(c);
            String found = cell == null ? "" : cell.text().trim();
            if (!found.equals(expected.get(c))) {
                ok = false;
                errors.add(CellError.cell(spec.name(), 1, CellReference.convertNumToColString(c), expected.get(c),
                        "表头应为“" + expected.get(c) + "”，实际为" + (found.isEmpty() ? "空" : "“" + found + "”")
                                + "；请不要修改、插入或删除模板的列"));
            }
        }
        return ok;
    }

    private static String corrupt(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("Zip bomb") || message.contains("zip bomb")) {
            return "文件压缩比异常或解压后过大，疑似压缩炸弹，拒绝导入";
        }
        return "文件已损坏或不是有效的 Excel 工作簿（.xlsx）：" + message.lines().findFirst().orElse("");
    }

    private String tooLarge(long size) {
        return "文件" + (size < 0 ? "" : "大小为 " + WorkbookLimits.megabytes(size) + "，") + "超过 "
                + WorkbookLimits.megabytes(limits.maxBytes()) + " 的上限，未读取；请删除无关的工作表、图片或格式后再导入";
    }

    private static WorkbookFormatException single(String message) {
        return new WorkbookFormatException(List.of(CellError.file(message)), 1);
    }
}
