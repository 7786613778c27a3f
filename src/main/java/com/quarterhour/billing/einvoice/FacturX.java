package com.quarterhour.billing.einvoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA1;

/**
 * A PDF with its e-invoice inside: Mustang turns the PDF into PDF/A-3 and attaches the XML as the Factur-X/ZUGFeRD
 * profile says (factur-x.xml for EN 16931, xrechnung.xml for XRechnung), with the XMP metadata that tells readers so.
 * The XML is attached as given, byte for byte: the one GET /api/invoices/{id}.xml serves.
 */
final class FacturX {

    private FacturX() {
    }

    static byte[] embed(byte[] pdf, byte[] xml, CiiWriter writer) {
        // OpenPDF's output is not PDF/A-1 to begin with (its standard fonts are not embedded): Mustang adds the PDF/A-3
        // metadata and attachment all the same
        try (IZUGFeRDExporter exporter = new ZUGFeRDExporterFromA1().ignorePDFAErrors()
                .setProducer("Quarterhour").setCreator("Quarterhour").setProfile(writer.mustangProfile())
                .load(pdf)) {
            exporter.setXML(xml);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed the e-invoice in the PDF", e);
        }
    }
}
