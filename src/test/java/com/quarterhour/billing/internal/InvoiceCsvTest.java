package com.quarterhour.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.billing.InvoiceKind;
import com.quarterhour.billing.InvoiceStatus;
import com.quarterhour.billing.InvoiceView;
import com.quarterhour.billing.InvoiceView.Balance;
import com.quarterhour.billing.InvoiceView.Line;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The invoice CSV opened in a spreadsheet: customers' and technicians' text never runs as a formula. */
class InvoiceCsvTest {

    private final InvoiceDocuments documents = new InvoiceDocuments(InvoiceDocumentsTest.SELLER,
            ZoneId.of("Europe/London"));

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1");
        InvoiceView invoice = invoice(hostile.stream()
                .map(text -> new Line("TIME", LocalDate.of(2026, 10, 5), 7L, 9L, text, "technician", 30, 30, text,
                        "30 min at 90.00", new BigDecimal("0.5"), new BigDecimal("90.00"), new BigDecimal("45.00")))
                .toList(), new Line("REFUND", null, null, null, null, null, null, null, null, "Refund",
                        BigDecimal.ONE, new BigDecimal("-12.00"), new BigDecimal("-12.00")));

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(documents.csv(invoice))).getRecords();

        for (int i = 0; i < hostile.size(); i++) {
            assertThat(rows.get(i).get("title")).isEqualTo("'" + hostile.get(i));
            assertThat(rows.get(i).get("note")).isEqualTo("'" + hostile.get(i));
            assertThat(rows.get(i).get("technician")).isEqualTo("technician");
            assertThat(rows.get(i).get("customer")).as("the customer's name on every row").isEqualTo("'-Customer");
        }
        CSVRecord refund = rows.get(hostile.size());
        assertThat(refund.get("amount")).as("numbers stay numbers").isEqualTo("-12.00");
        assertThat(refund.get("description")).isEqualTo("Refund");
    }

    private static InvoiceView invoice(List<Line> lines, Line last) {
        List<Line> all = new java.util.ArrayList<>(lines);
        all.add(last);
        Balance none = new Balance(BigDecimal.ZERO, BigDecimal.ZERO);
        return new InvoiceView(1, "INV-2026-000001", 3, "-Customer", "2026-10", InvoiceKind.MONTHLY, InvoiceStatus.ISSUED,
                Currency.getInstance("GBP"), "STANDARD", new BigDecimal("0.20"), all, new BigDecimal("258.00"),
                new BigDecimal("51.60"), new BigDecimal("309.60"), none, none, null, null, null, null, null, null, null, List.of(),
                new BigDecimal("309.60"), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }
}
