package nl.ketenlens.ingest;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Builds workbooks shaped like the RMI templates (CMRT 6.x layout: Declaration company name in
 * row 8, label in B and answer in D; Smelter List header in row 4, data from row 5, columns A–G).
 * The real templates may not be redistributed, so tests build their own.
 */
final class RmiWorkbooks {
    static final String[] HEADER = {"Smelter Identification Number Input Column", "Metal (*)", "Smelter Look-up (*)",
            "Smelter Name (1)", "Smelter Country (*)", "Smelter Identification", "Source of Smelter Identification Number"};

    private RmiWorkbooks() {
    }

    /** rows: {cidInput, metal, lookup, name, country, cid}; a cid starting with '=' becomes a formula cell with that cached value. */
    static byte[] cmrt(String company, String[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Revision");
            Sheet decl = wb.createSheet("Declaration");
            Row r8 = decl.createRow(7);
            r8.createCell(1).setCellValue("Company Name (*):");
            if (company != null) {
                r8.createCell(3).setCellValue(company);
            }
            Sheet list = wb.createSheet("Smelter List");
            list.createRow(0).createCell(0).setCellValue("Smelter List");
            Row header = list.createRow(3);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < rows.length; i++) {
                Row row = list.createRow(4 + i);
                for (int c = 0; c < rows[i].length; c++) {
                    if (rows[i][c] != null) {
                        row.createCell(c).setCellValue(rows[i][c]);
                    }
                }
            }
            wb.createSheet("Smelter Look-up");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
